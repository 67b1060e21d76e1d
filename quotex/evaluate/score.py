"""Scoring quotes against gold annotations, by the rules of the team's reference scorer.

Gold and predictions are JSON objects, one a line (a JSON array, as written by
``quotex extract -f json``, is read too). The rules are those of
``shared/score.py``, and the tests check that the two agree:

- Documents are matched on their basename, so ``dir/x.txt`` and ``x.txt`` are one.
- In a document, predictions and gold speech quotes are paired one to one,
  greedily by descending IoU (``|intersection| / |union|`` of the character
  spans), ties going to the earlier gold row and then the earlier prediction.
  A pair needs at least one shared character and an IoU of at least ``min_overlap``.
- A pair is exact when the spans are identical, and loose-exact when they are
  identical once whitespace and punctuation are trimmed from both ends.
- A speaker is right when the gold row's ``accept`` strings (if any) include a
  substring of the predicted name or mention; otherwise when the mention spans
  overlap; otherwise when the last word of the predicted name or mention is a
  word of the gold speaker. A gold row whose ``speaker`` is present and null (an
  attribution with no source) is right when the prediction names no speaker;
  otherwise no predicted speaker is wrong.
- An unpaired prediction that overlaps a ``speech: false`` gold row is a
  scare-quote false positive. A ratio with nothing to divide by is ``None``.
"""

from __future__ import annotations

import os
import re
import string
from collections import defaultdict
from dataclasses import astuple, dataclass, fields
from typing import Any, Optional, Sequence

from .read import GoldQuote, Prediction, Span, parse_gold, parse_predictions, read_rows

DEFAULT_MIN_OVERLAP = 0.5

# What "loose exact" trims from both ends of a span: the reference scorer's set.
_TRIM = frozenset(string.whitespace + string.punctuation
                  + "\u201c\u201d\u2018\u2019\u2026\u2013\u2014\u00ab\u00bb")
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


# -- matching and speakers ------------------------------------------------------------


def doc_key(doc: str) -> str:
    """Documents are matched on their basename."""
    return os.path.basename(doc)


def overlap(a: Span, b: Span) -> tuple[int, float]:
    """Shared characters of two spans, and their intersection over union."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter, (inter / union if union > 0 else 0.0)


def match(golds: Sequence[GoldQuote], preds: Sequence[Prediction], min_overlap: float) -> dict[int, int]:
    """Gold index to prediction index: one to one, greedily by descending IoU."""
    candidates = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            inter, iou = overlap(gold.span, pred.span)
            if inter > 0 and iou >= min_overlap:
                candidates.append((-iou, gi, pi))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in taken:
            pairs[gi] = pi
            taken.add(pi)
    return pairs


def trimmed(span: Span, text: Optional[str]) -> Span:
    """The span without whitespace and punctuation at its ends (known only when the text fits it)."""
    start, end = span
    if text is None or len(text) != end - start:
        return span
    i, j = 0, len(text)
    while i < j and text[i] in _TRIM:
        i += 1
    while j > i and text[j - 1] in _TRIM:
        j -= 1
    return start + i, start + j


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(_POSSESSIVE.sub("", text))]


def speaker_correct(gold: GoldQuote, pred: Prediction) -> bool:
    """Whether the prediction names the gold speaker (see the module docstring)."""
    names = pred.speaker_names
    if gold.no_source and not gold.accept:
        return not names
    if not names:
        return False
    if gold.accept:
        return any(a.lower() in n.lower() for a in gold.accept for n in names)
    if pred.speaker_span and gold.speaker_span and overlap(gold.speaker_span, pred.speaker_span)[0] > 0:
        return True
    if not gold.speaker:
        return False
    gold_words = set(_words(gold.speaker))
    return any(words[-1] in gold_words for words in map(_words, names) if words)


# -- scores -------------------------------------------------------------------------------


def _ratio(part: int, whole: int) -> Optional[float]:
    return part / whole if whole else None


def _f1(precision: Optional[float], recall: Optional[float]) -> Optional[float]:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Counts:
    """The tallies for one document or for all of them; the ratios derive from these."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    loose_exact: int = 0
    speaker_correct: int = 0
    scare_gold: int = 0
    scare_fp: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(astuple(self), astuple(other))))

    @property
    def precision(self) -> Optional[float]:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> Optional[float]:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> Optional[float]:
        return _f1(self.precision, self.recall)

    @property
    def exact_precision(self) -> Optional[float]:
        return _ratio(self.exact, self.predicted)

    @property
    def exact_recall(self) -> Optional[float]:
        return _ratio(self.exact, self.gold)

    @property
    def exact_f1(self) -> Optional[float]:
        return _f1(self.exact_precision, self.exact_recall)

    @property
    def speaker_accuracy(self) -> Optional[float]:
        """Gold speech quotes matched with the right speaker, over all gold speech quotes."""
        return _ratio(self.speaker_correct, self.gold)

    @property
    def speaker_accuracy_matched(self) -> Optional[float]:
        """The same over matched gold quotes only."""
        return _ratio(self.speaker_correct, self.matched)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in RATIOS:
            out[name] = getattr(self, name)
        return out


RATIOS: tuple[str, ...] = ("precision", "recall", "f1", "exact_precision", "exact_recall", "exact_f1",
                           "speaker_accuracy", "speaker_accuracy_matched")


@dataclass(frozen=True)
class DocumentScore:
    doc: str
    counts: Counts


@dataclass(frozen=True)
class Evaluation:
    """The result: totals, one row per document (in name order), and the settings used."""

    total: Counts
    documents: tuple[DocumentScore, ...]
    min_overlap: float = DEFAULT_MIN_OVERLAP
    only_gold_docs: bool = False
    gold_types: Optional[frozenset[str]] = None
    pred_types: Optional[frozenset[str]] = None
    ignored_predictions: int = 0

    def to_dict(self, *, per_doc: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "min_overlap": self.min_overlap,
            "only_gold_docs": self.only_gold_docs,
            "gold_types": sorted(self.gold_types) if self.gold_types else None,
            "pred_types": sorted(self.pred_types) if self.pred_types else None,
            "documents": len(self.documents),
            "ignored_predictions": self.ignored_predictions,
            "all": self.total.to_dict(),
        }
        if per_doc:
            out["per_doc"] = [{"doc": d.doc, **d.counts.to_dict()} for d in self.documents]
        return out


def keep_types(rows: Sequence[Any], types: Optional[frozenset[str]]) -> list[Any]:
    """Rows whose type is listed; rows without a type are kept."""
    return [r for r in rows if not types or r.type is None or r.type in types]


def evaluate(
    gold: Sequence[GoldQuote],
    predictions: Sequence[Prediction],
    *,
    min_overlap: float = DEFAULT_MIN_OVERLAP,
    only_gold_docs: bool = False,
    gold_types: Optional[frozenset[str]] = None,
    pred_types: Optional[frozenset[str]] = None,
) -> Evaluation:
    """Score ``predictions`` against ``gold``.

    ``only_gold_docs`` ignores predictions on documents without gold rows;
    otherwise they count as false positives (gold is taken to be exhaustive).
    """
    gold_by_doc: dict[str, list[GoldQuote]] = defaultdict(list)
    for g in keep_types(gold, gold_types):
        gold_by_doc[doc_key(g.doc)].append(g)
    pred_by_doc: dict[str, list[Prediction]] = defaultdict(list)
    ignored = 0
    for p in keep_types(predictions, pred_types):
        key = doc_key(p.doc)
        if only_gold_docs and key not in gold_by_doc:
            ignored += 1
        else:
            pred_by_doc[key].append(p)
    documents = tuple(
        DocumentScore(doc, score_document(gold_by_doc.get(doc, []), pred_by_doc.get(doc, []), min_overlap))
        for doc in sorted(set(gold_by_doc) | set(pred_by_doc))
    )
    return Evaluation(
        total=sum((d.counts for d in documents), Counts()),
        documents=documents,
        min_overlap=min_overlap,
        only_gold_docs=only_gold_docs,
        gold_types=gold_types,
        pred_types=pred_types,
        ignored_predictions=ignored,
    )


def score_document(gold: Sequence[GoldQuote], preds: Sequence[Prediction], min_overlap: float) -> Counts:
    """The tallies for one document's gold rows and predictions."""
    speech = [g for g in gold if g.speech]
    scares = [g for g in gold if not g.speech]
    pairs = match(speech, preds, min_overlap)
    exact = loose = correct = 0
    for gi, pi in pairs.items():
        g, p = speech[gi], preds[pi]
        exact += g.span == p.span
        loose += trimmed(g.span, g.text) == trimmed(p.span, p.text)
        correct += speaker_correct(g, p)
    paired = set(pairs.values())
    scare_fp = sum(
        1 for pi, p in enumerate(preds)
        if pi not in paired and any(overlap(s.span, p.span)[0] > 0 for s in scares)
    )
    return Counts(gold=len(speech), predicted=len(preds), matched=len(pairs), exact=exact, loose_exact=loose,
                  speaker_correct=correct, scare_gold=len(scares), scare_fp=scare_fp)


def evaluate_files(gold_path: str, pred_path: str, **options: Any) -> Evaluation:
    """``evaluate`` on two files; options as for ``evaluate``."""
    gold = parse_gold(read_rows(gold_path))
    return evaluate(gold, parse_predictions(read_rows(pred_path)), **options)


def shares_documents(evaluation: Evaluation) -> bool:
    """Whether some document has both gold rows and predictions (else the names likely differ)."""
    return any(d.counts.predicted and (d.counts.gold or d.counts.scare_gold) for d in evaluation.documents)
