"""A token tagger for reported content, trained with ``spacy train``: tried, not shipped.

    python -m training.report_tagger prepare --data ../shared/data/polnear-train --out tagger-run
    OMP_NUM_THREADS=1 nice -n 10 python -m spacy train training/report_tagger.cfg \\
        --paths.train tagger-run/train.spacy --paths.dev tagger-run/dev.spacy --output tagger-run/out
    python -m training.report_tagger evaluate --data ../shared/data/polnear-train --model tagger-run/out/model-best

``prepare`` writes PolNeAR's indirect content as one tag per token (``B`` its first token,
``I`` the rest, ``C`` a cue token outside content, ``O`` the others) into DocBins: fold 0
of ``training.crossval.folds`` (seed 0) is the held-out set, the other four the training
set. ``report_tagger.cfg`` fine-tunes the English pipeline's own tok2vec under a tagger.
``evaluate`` tags the held-out documents and scores the runs of ``B``/``I`` as content
spans against the indirect gold rows (IoU 0.5), as ``training.report_oracles`` scores the
report scorer's spans. Figures in training/README.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spacy.tokens import Doc, DocBin

from quotex.evaluate.read import GoldQuote, Prediction
from quotex.evaluate.score import evaluate as score
from training import corpus as corpora
from training.crossval import folds
from training.train_report_scorer import TRAIN


def tagged(corpus: corpora.Corpus, doc_id: str) -> Doc:
    """The document's tokens with PolNeAR's indirect content and cues as tags."""
    parsed = corpus.doc(doc_id)
    doc = Doc(parsed.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed])
    tags = ["O"] * len(doc)
    for row in corpus.gold_rows([doc_id]):
        if row.get("type") != "indirect":
            continue
        span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
        if span is None:
            continue
        tags[span.start:span.end] = ["B"] + ["I"] * (len(span) - 1)
        cue = doc.char_span(row["cue_start"], row["cue_end"], alignment_mode="expand") \
            if row.get("cue_start") is not None else None
        for i in range(cue.start, cue.end) if cue is not None else ():
            tags[i] = "C" if tags[i] == "O" else tags[i]
    for tok, tag in zip(doc, tags):
        tok.tag_ = tag
    return doc


def spans(tags: list[str]) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the content runs: a B or an I after no content opens one."""
    out, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I":
            out.append((start, i))
            start = None
        if tag == "B" or (tag == "I" and start is None):
            start = i
    return out


def prepare(data: Path, out: Path) -> None:
    corpus = corpora.load(data)
    fold = folds(corpus.ids, k=5, seed=0)[0]
    out.mkdir(parents=True, exist_ok=True)
    for name, ids in (("train", fold.train), ("dev", fold.test)):
        bin_ = DocBin(attrs=["TAG"])
        for doc_id in ids:
            bin_.add(tagged(corpus, doc_id))
        bin_.to_disk(out / f"{name}.spacy")


def evaluate(data: Path, model: str) -> tuple[float, float, float]:
    import spacy

    corpus = corpora.load(data)
    nlp = spacy.load(model)
    gold, preds = [], []
    for doc_id in folds(corpus.ids, k=5, seed=0)[0].test:
        doc = nlp(corpus.doc(doc_id).text)
        gold += [GoldQuote.from_dict(r) for r in corpus.gold_rows([doc_id]) if r.get("type") == "indirect"]
        preds += [Prediction(doc_id, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in spans([t.tag_ for t in doc])]
    total = score(gold, preds).total
    return total.precision or 0.0, total.recall or 0.0, total.f1 or 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=("prepare", "evaluate"))
    ap.add_argument("--data", default=str(TRAIN))
    ap.add_argument("--out", default="tagger-run", help="prepare: where the DocBins go")
    ap.add_argument("--model", help="evaluate: the trained pipeline")
    a = ap.parse_args()
    if a.step == "prepare":
        prepare(Path(a.data), Path(a.out))
    else:
        p, r, f = evaluate(Path(a.data), a.model)
        print(f"P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
