"""Train the report scorer (``quotex/attribution/report_scorer.py``) on annotated news.

    python training/train_report_scorer.py                          # PolNeAR train -> quotex/data
    python training/train_report_scorer.py --no-write --dev fixtures/polnear-dev   # 5-fold CV, then dev once

Reads ``docs.jsonl`` ({id, text}) and ``gold.jsonl`` (PolNeAR rows with
content, cue and type) from ``--data`` (``../shared/data/polnear-train`` by
default), parsed once and cached by ``training.corpus``. Cross-validation is
over documents (``training.crossval.folds``): each fold's weights are scored on
their own spans and end to end (quotex with those weights, quoted pieces and
reported speech by ``score.py``'s rules); ``--dev`` measures the weights fitted
on all of ``--data`` end to end on other documents. A candidate (cue word, span) is a
positive when an indirect gold row's cue holds the word and the span covers
the row's content at IoU >= 0.5, the scorer's matching rule. Needs
scikit-learn (``pip install -e '.[train]'``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotex.attribution import attributor as attribution, report_scorer as rs  # noqa: E402
from quotex.evaluate.read import GoldQuote, Prediction  # noqa: E402
from quotex.evaluate.score import evaluate as score, overlap  # noqa: E402
from quotex.text.marks import paragraphs, scan  # noqa: E402
from training import corpus as corpora  # noqa: E402
from training.crossval import DEFAULT_FOLDS, DEFAULT_SEED, Figures, evaluate_records, folds, predict  # noqa: E402
from training.records import report_weights  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "polnear-train"  # ../shared beside the clone


def quoted_tokens(doc) -> set[int]:
    """The tokens inside quote marks, as the attributor finds them."""
    out: set[int] = set()
    for sp in scan(doc.text, paragraphs(doc.text)):
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def chars(doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def rule_spans(doc) -> dict[tuple[int, int], int]:
    """The indirect fragments the rules find, as token spans with their cue words."""
    out: dict[tuple[int, int], int] = {}
    for q in attribution.rule_reports(doc):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        cue = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue else None
        if span is not None and cue is not None:
            out[(span.start, span.end)] = cue.start
    return out


Examples = tuple[list[list[str]], list[int], list[rs.Candidate], frozenset[tuple[int, int]]]


def examples(doc, rows: list[dict]) -> Examples:
    """Features and labels of every candidate in one document, and the rule spans
    that hold a quote (which decoding keeps whatever their score)."""
    quoted_rows = {id(r) for r in corpora.in_apostrophes(doc.text, rows)}  # quotex writes these from the
    # quote's own attribution: no report to learn
    golds = [r for r in rows if r.get("type") == "indirect" and id(r) not in quoted_rows]
    quoted = quoted_tokens(doc)
    feats, labels, cands = [], [], []
    for cand, fs in rs.featurized(doc, quoted, rule_spans(doc)):
        span = chars(doc, cand.start, cand.end)
        tok = doc[cand.cue]
        label = any((r["cue_start"] <= tok.idx < r["cue_end"] or cand.kind == "rule")
                    and overlap(span, (r["start"], r["end"]))[1] >= 0.5 for r in golds)
        feats.append(fs)
        labels.append(int(label))
        cands.append(cand)
    protected = frozenset((c.start, c.end) for c in cands
                          if c.kind == "rule" and any(i in quoted for i in range(c.start, c.end)))
    return feats, labels, cands, protected


def fit(feats: list[list[str]], labels: list[int], c: float) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in fs} for fs in feats]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear takes 32-bit only
    model = LogisticRegression(C=c, max_iter=2000, solver="liblinear", fit_intercept=False)
    model.fit(x, labels)
    names = vec.get_feature_names_out()
    return {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0]) if abs(w) >= 0.05 or n == "bias"}


@dataclass(frozen=True)
class Document:
    id: str
    doc: Doc
    examples: Examples
    rows: tuple[dict, ...]  # its rows of gold.jsonl


def evaluate(docs: list[Document], table: dict[str, float]) -> tuple[float, float, float]:
    """P, R, F1 of the spans ``report_scorer.best`` keeps on their own (not end to end)
    against indirect gold, by ``quotex.evaluate.score`` (the rules of ``../shared/score.py``)."""
    gold: list[GoldQuote] = []
    preds: list[Prediction] = []
    for d in docs:
        doc_id, doc, (feats, _, cands, protected) = d.id, d.doc, d.examples
        gold += [GoldQuote.from_dict(r) for r in d.rows if r.get("type") == "indirect"]
        pairs = [(cand, rs.probability(f, table)) for cand, f in zip(cands, feats)]
        preds += [Prediction(doc_id, *chars(doc, c.start, c.end)) for c, _ in rs.best(pairs, protected)]
    total = score(gold, preds).total
    return total.precision or 0.0, total.recall or 0.0, total.f1 or 0.0


def fit_documents(docs: list[Document], c: float) -> dict[str, float]:
    return fit([f for d in docs for f in d.examples[0]], [y for d in docs for y in d.examples[1]], c)


def end_to_end(corpus: corpora.Corpus, ids: Sequence[str], table: Optional[dict[str, float]]) -> Figures:
    """quotex with ``table`` as the report scorer's weights over the documents ``ids``, from their
    cached parses, scored as the README scores it (quoted pieces and reported speech)."""
    with report_weights(table):
        predicted = predict(corpus, ids)
    return evaluate_records(corpus.quote_rows(ids), corpus.gold_rows(ids), predicted, ids)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(TRAIN), help="the documents to train on (PolNeAR's format)")
    ap.add_argument("--dev", help="documents to measure the final weights on, end to end, once")
    ap.add_argument("--model", default=corpora.DEFAULT_MODEL)
    ap.add_argument("--c", type=float, default=0.1, help="inverse regularisation strength")
    ap.add_argument("--folds", type=int, default=DEFAULT_FOLDS, help="cross-validation folds over documents (0: none)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="the folds' shuffle")
    ap.add_argument("--no-write", action="store_true", help="only cross-validate (and measure --dev)")
    ap.add_argument("--cache", default=str(corpora.DEFAULT_CACHE), help="where the parses are cached")
    ap.add_argument("--out", default=str(ROOT / "quotex" / "data" / rs.WEIGHTS))
    a = ap.parse_args()

    corpus = corpora.load(a.data, model=a.model, cache=a.cache)
    docs = [Document(i, doc, examples(doc, list(corpus.gold.get(i, ()))), corpus.gold.get(i, ()))
            for i, doc in zip(corpus.ids, corpus.docs)]
    by_id = {d.id: d for d in docs}
    print(f"{len(docs)} documents, {sum(len(d.examples[0]) for d in docs)} candidates, "
          f"{sum(sum(d.examples[1]) for d in docs)} positives", file=sys.stderr)

    if a.folds > 1:
        total: Optional[Figures] = None
        for fold in folds(corpus.ids, a.folds, a.seed):
            table = fit_documents([by_id[i] for i in fold.train], a.c)
            test = [by_id[i] for i in fold.test]
            p, r, f = evaluate(test, table)
            rules = evaluate(test, {"rule=same": 30.0, "bias": -30.0})
            figures = end_to_end(corpus, fold.test, table)
            total = figures if total is None else total + figures
            print(f"fold {fold.index}: spans: scorer P {p:.3f} R {r:.3f} F1 {f:.3f}; "
                  f"rules alone P {rules[0]:.3f} R {rules[1]:.3f} F1 {rules[2]:.3f}")
            print(f"fold {fold.index}: end to end: {figures.line()}")
        if total is not None:
            print(f"all folds, end to end: {total.line()}")
    if a.no_write and not a.dev:
        return
    table = fit_documents(docs, a.c)
    if not a.no_write:
        with gzip.open(a.out, "wt", encoding="utf-8") as f:
            json.dump(dict(sorted(table.items())), f, separators=(",", ":"))
        print(f"{len(table)} weights -> {a.out}", file=sys.stderr)
    if a.dev:
        dev = corpora.load(a.dev, model=a.model, cache=a.cache)
        print(f"{corpus.name} -> {dev.name}, end to end: {end_to_end(dev, dev.ids, table).line()}")


if __name__ == "__main__":
    main()
