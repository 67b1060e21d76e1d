"""Where the report scorer loses: its candidates, its decoding, and its classifier, apart.

    python -m training.report_oracles --data ../shared/data/polnear-train

Over the documents of ``--data`` (cached parses, ``training.corpus``), with the report
scorer's candidates and labels (``train_report_scorer.examples``) and its logistic
regression cross-validated by document (5 folds, seed 0), it prints, as span-level P, R
and F1 against the indirect gold rows (``quotex.evaluate``, IoU 0.5; content spans only, no
speaker, before the attributor's clipping to the paragraph):

- candidates: the share of gold rows that some candidate matches (an upper bound);
- scorer: the cross-validated probabilities through ``report_scorer.best``;
- labels through best: each candidate's label as its probability (what decoding can make of
  a perfect classifier);
- cue oracle: the scorer's probabilities, zeroed for every cue with no positive candidate
  (perfect cue detection, the scorer's own choice of span);
- span oracle: within each cue that has a positive candidate, the positives take the cue's
  highest probability and the other spans nothing (perfect choice of span, the scorer's own
  cue detection).
"""

from __future__ import annotations

import argparse
import math
import time
from collections import defaultdict
from pathlib import Path
from typing import Sequence

from quotex.attribution import report_scorer as rs
from quotex.evaluate.read import GoldQuote, Prediction
from quotex.evaluate.score import evaluate as score, overlap
from training import corpus as corpora
from training.crossval import DEFAULT_SEED, folds
from training.train_report_scorer import TRAIN, Examples, chars, examples, fit

Probabilities = dict[str, list[float]]


class Scored:
    """One document: its candidates, their character spans and labels, and its gold rows."""

    def __init__(self, doc_id: str, ex: Examples, spans: list[tuple[int, int]], rows: list[dict]):
        self.id = doc_id
        self.feats, self.labels, self.cands, self.protected = ex
        self.spans = spans
        self.rows = rows


def scored_documents(corpus: corpora.Corpus) -> list[Scored]:
    out = []
    for doc_id in corpus.ids:
        doc = corpus.doc(doc_id)
        rows = [r for r in corpus.gold_rows([doc_id]) if r.get("type") == "indirect"]
        ex = examples(doc, rows)
        out.append(Scored(doc_id, ex, [chars(doc, c.start, c.end) for c in ex[2]], rows))
    return out


def f1(docs: Sequence[Scored], probs: Probabilities) -> tuple[float, float, float]:
    gold: list[GoldQuote] = []
    preds: list[Prediction] = []
    for d in docs:
        gold += [GoldQuote.from_dict(r) for r in d.rows]
        where = dict(zip(d.cands, d.spans))
        preds += [Prediction(d.id, *where[c]) for c, _ in rs.best(list(zip(d.cands, probs[d.id])), d.protected)]
    total = score(gold, preds).total
    return total.precision or 0.0, total.recall or 0.0, total.f1 or 0.0


def candidate_recall(docs: Sequence[Scored]) -> float:
    rows = [(d, r) for d in docs for r in d.rows]
    hit = sum(any(overlap(s, (r["start"], r["end"]))[1] >= 0.5 for s in d.spans) for d, r in rows)
    return hit / len(rows) if rows else 0.0


def cross_validated(docs: Sequence[Scored], k: int, seed: int, c: float) -> Probabilities:
    by_id = {d.id: d for d in docs}
    out: Probabilities = {}
    for fold in folds([d.id for d in docs], k=k, seed=seed):
        train = [by_id[i] for i in fold.train]
        table = fit([f for d in train for f in d.feats], [y for d in train for y in d.labels], c)
        for i in fold.test:
            out[i] = [rs.probability(f, table) for f in by_id[i].feats]
    return out


def oracles(docs: Sequence[Scored], probs: Probabilities) -> dict[str, Probabilities]:
    labels, cue_oracle, span_oracle = {}, {}, {}
    for d in docs:
        p = probs[d.id]
        good = {c.cue for c, y in zip(d.cands, d.labels) if y}
        best_of: dict[int, float] = defaultdict(float)
        for c, q in zip(d.cands, p):
            best_of[c.cue] = max(best_of[c.cue], q)
        labels[d.id] = [float(y) for y in d.labels]
        cue_oracle[d.id] = [q if c.cue in good else 0.0 for c, q in zip(d.cands, p)]
        span_oracle[d.id] = [(best_of[c.cue] if y else 0.0) if c.cue in good else q
                             for c, q, y in zip(d.cands, p, d.labels)]
    return {"labels through best": labels, "cue oracle": cue_oracle, "span oracle": span_oracle}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(TRAIN))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--c", type=float, default=0.1)
    a = ap.parse_args()
    began = time.perf_counter()
    docs = scored_documents(corpora.load(Path(a.data)))
    print(f"{len(docs)} documents, {sum(len(d.cands) for d in docs)} candidates, "
          f"{sum(len(d.rows) for d in docs)} indirect gold rows")
    print(f"candidates matching a gold row (IoU 0.5): {candidate_recall(docs):.3f}")
    probs = cross_validated(docs, a.folds, a.seed, a.c)
    rows = {"scorer (cross-validated)": probs, **oracles(docs, probs)}
    for name, table in rows.items():
        p, r, f = f1(docs, table)
        print(f"{name:26} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"{time.perf_counter() - began:.0f} s", flush=True)
    assert all(math.isfinite(x) for t in probs.values() for x in t)


if __name__ == "__main__":
    main()
