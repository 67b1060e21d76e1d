"""Cross-validation over training documents, scored by ``../shared/score.py``'s rules.

    python -m training.crossval --data ../shared/data/polnear-train     # quotex as shipped, fold by fold

Run as a script it measures quotex as shipped, fold by fold, which shows the
harness at work and the spread between folds; the shipped report scorer is
trained on all of train, so on train those figures are in-sample for it. A
trainer's honest figure comes from ``crossvalidate`` with its own ``train``
and ``predict`` (``train_report_scorer.py`` does this).

Train is the team's stand-in for held-out data: a model is chosen by its
cross-validated figure on train, and dev is looked at once, at the end. Folds
are over documents (a seeded shuffle, then every k-th document), so no article
is both trained on and measured. Five folds by default: each model is trained on
four fifths of train (539 of PolNeAR's 674 articles, 2.7 times dev) and measured
on about 135 (two thirds of dev), at five fits' cost; two folds would train on
half and understate what the data buys, ten would double the cost for little.

Two figures, as the README gives them: quoted pieces (predicted direct and
mixed against ``quotes.jsonl``) and reported speech (predicted indirect against
the indirect rows of ``gold.jsonl``), by ``quotex.evaluate`` (the same rules as
``score.py``, the new no-source rule included).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from quotex.evaluate.read import GoldQuote, Prediction, parse_types  # noqa: E402
from quotex.evaluate.score import Counts, evaluate  # noqa: E402
from training import corpus as corpora  # noqa: E402
from training.records import MODES, Mode, records  # noqa: E402

DEFAULT_FOLDS = 5
DEFAULT_SEED = 0
Row = Mapping[str, Any]
QUOTED = parse_types("direct,mixed")
INDIRECT = parse_types("indirect")


@dataclass(frozen=True)
class Fold:
    """One split of the documents: fit on ``train``, measure on ``test``."""

    index: int
    train: tuple[str, ...]
    test: tuple[str, ...]


def folds(doc_ids: Sequence[str], k: int = DEFAULT_FOLDS, seed: int = DEFAULT_SEED) -> list[Fold]:
    """``k`` folds over ``doc_ids``: a shuffle seeded by ``seed``, then every k-th document
    to fold 0, 1, …; each document is tested in exactly one fold. Ids keep their input order."""
    if not 2 <= k <= len(doc_ids):
        raise ValueError(f"k must be between 2 and the number of documents ({len(doc_ids)}), got {k}")
    order = list(range(len(doc_ids)))
    random.Random(seed).shuffle(order)
    fold_of = {i: n % k for n, i in enumerate(order)}
    return [Fold(f, tuple(d for i, d in enumerate(doc_ids) if fold_of[i] != f),
                 tuple(d for i, d in enumerate(doc_ids) if fold_of[i] == f)) for f in range(k)]


@dataclass(frozen=True)
class Figures:
    """Quoted pieces and reported speech, each as ``quotex eval`` counts them."""

    quoted: Counts
    reported: Counts

    def __add__(self, other: Figures) -> Figures:
        return Figures(self.quoted + other.quoted, self.reported + other.reported)

    def to_dict(self) -> dict[str, Any]:
        return {"quoted_pieces": self.quoted.to_dict(), "reported_speech": self.reported.to_dict()}

    def line(self) -> str:
        return f"quoted pieces {_brief(self.quoted)}; reported speech {_brief(self.reported)}"


def _brief(c: Counts) -> str:
    def f(x: Optional[float]) -> str:
        return "-" if x is None else f"{x:.3f}"

    return f"P {f(c.precision)} R {f(c.recall)} F1 {f(c.f1)} speaker {f(c.speaker_accuracy)}"


def evaluate_records(quote_rows: Iterable[Row], gold_rows: Iterable[Row], predicted: Iterable[Row],
                     doc_ids: Optional[Iterable[str]] = None) -> Figures:
    """Score quotex records (``training.records.records``, or lines of ``quotex extract --all``).

    ``quote_rows`` are ``quotes.jsonl``'s (the quoted pieces), ``gold_rows`` ``gold.jsonl``'s.
    With ``doc_ids``, only those documents count, gold and predicted alike, so a
    fold is measured on its own documents; a prediction on a listed document
    with no gold rows is a false positive, as ``score.py`` counts it.
    """
    keep = set(doc_ids) if doc_ids is not None else None

    def mine(rows: Iterable[Row]) -> list[Row]:
        return [r for r in rows if keep is None or str(r["doc"]) in keep]

    preds = [Prediction.from_dict(r) for r in mine(predicted)]
    quoted = evaluate([GoldQuote.from_dict(r) for r in mine(quote_rows)], preds, pred_types=QUOTED).total
    reported = evaluate([GoldQuote.from_dict(r) for r in mine(gold_rows)], preds, gold_types=INDIRECT,
                        pred_types=INDIRECT).total
    return Figures(quoted, reported)


def predict(corpus: corpora.Corpus, ids: Iterable[str], mode: Mode = "full") -> list[dict[str, Any]]:
    """quotex's records (``--all``) for the documents ``ids`` of ``corpus``, from their cached parses."""
    return [r for i in ids for r in records(corpus.doc(i), i, mode)]


Trainer = Callable[[corpora.Corpus, Sequence[str]], Any]
Predictor = Callable[[corpora.Corpus, Sequence[str], Any], list[dict[str, Any]]]


def crossvalidate(corpus: corpora.Corpus, train: Trainer, predict_with: Predictor, *, k: int = DEFAULT_FOLDS,
                  seed: int = DEFAULT_SEED, report: Callable[[str], None] = lambda line: None) -> list[Figures]:
    """For each fold, ``train(corpus, train_ids)`` makes a model and ``predict_with(corpus,
    test_ids, model)`` its records; the figures of each fold, in order (sum them for the whole)."""
    out = []
    for fold in folds(corpus.ids, k, seed):
        model = train(corpus, fold.train)
        figures = evaluate_records(corpus.quote_rows(fold.test), corpus.gold_rows(fold.test),
                                   predict_with(corpus, fold.test, model), fold.test)
        report(f"fold {fold.index} ({len(fold.test)} documents): {figures.line()}")
        out.append(figures)
    return out


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT / "fixtures" / "polnear-dev"), help="a folder in PolNeAR's format")
    ap.add_argument("--model", default=corpora.DEFAULT_MODEL)
    ap.add_argument("--cache", default=str(corpora.DEFAULT_CACHE))
    ap.add_argument("--mode", choices=MODES, default="full", help="what the cached parse is taken to hold")
    ap.add_argument("--folds", type=int, default=DEFAULT_FOLDS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    a = ap.parse_args(argv)
    began = time.perf_counter()
    corpus = corpora.load(a.data, model=a.model, cache=a.cache)
    print(f"{corpus.name}: {len(corpus.ids)} documents parsed in {time.perf_counter() - began:.0f} s",
          file=sys.stderr)
    per_fold = crossvalidate(corpus, lambda c, ids: None, lambda c, ids, _: predict(c, ids, a.mode),
                             k=a.folds, seed=a.seed, report=print)
    print(f"all folds: {sum(per_fold[1:], per_fold[0]).line()}")


if __name__ == "__main__":
    main()
