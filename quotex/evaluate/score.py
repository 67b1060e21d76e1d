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

import json
import os
import re
import string
import sys
from collections import defaultdict
from dataclasses import astuple, dataclass, fields
from enum import Enum
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Optional, Sequence

from rich import box
from rich.table import Table
from rich.text import Text

from ..errors import QuotexError
from ..text.inputs import json_value_reason

if TYPE_CHECKING:
    from ..output.model import Quote

DEFAULT_MIN_OVERLAP = 0.5
STDIN = "-"
STDIN_NAME = "<stdin>"
UNDEFINED = "-"

Span = tuple[int, int]

# What "loose exact" trims from both ends of a span: the reference scorer's set.
_TRIM = frozenset(string.whitespace + string.punctuation
                  + "\u201c\u201d\u2018\u2019\u2026\u2013\u2014\u00ab\u00bb")
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


class EvalFormat(str, Enum):
    """The ``quotex eval --format`` choices."""

    table = "table"
    json = "json"


# -- reading --------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One JSON object read from a file, with where it was (``file:line``)."""

    where: str
    data: Mapping[str, Any]


def read_rows(path: str) -> list[Row]:
    """The objects of a JSON Lines file (or of one JSON array); ``-`` is stdin.

    Raises ``QuotexError`` naming the file, and the line where there is one.
    """
    name = STDIN_NAME if path == STDIN else path
    text = _read_text(path, name)
    if text.lstrip().startswith("["):
        return _array_rows(text, name)
    return list(_jsonl_rows(text, name))


def _read_text(path: str, name: str) -> str:
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as stream:
                data = stream.read()
    except OSError as exc:
        raise QuotexError(f"{name}: {(exc.strerror or str(exc)).lower()}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise QuotexError(f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x})") from None


def _jsonl_rows(text: str, name: str) -> Iterator[Row]:
    # Split on "\n" only: U+2028 and friends are legal inside JSON strings.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        yield Row(where, _object(_loads(line, where), where))


def _loads(text: str, where: str, *, lines: bool = False) -> Any:
    """One JSON value; a syntax error, a number past Python's digit limit or deep nesting names ``where``
    (and the line, with ``lines``)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        line = f":{exc.lineno}" if lines else ""
        raise QuotexError(f"{where}{line}: malformed JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise QuotexError(f"{where}: malformed JSON: nested too deeply") from None
    except ValueError as exc:
        raise QuotexError(f"{where}: {json_value_reason(exc)}") from None


def _array_rows(text: str, name: str) -> list[Row]:
    values = _loads(text, name, lines=True)
    return [Row(f"{name}: item {n}", _object(value, f"{name}: item {n}")) for n, value in enumerate(values, 1)]


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise QuotexError(f"{where}: expected a JSON object, got {type(value).__name__}")
    return value


# -- gold rows and predictions ----------------------------------------------------------


def _is_int(value: Any) -> bool:
    return isinstance(value, int)  # as in the reference scorer, so booleans count


def _span(start: Any, end: Any) -> Optional[Span]:
    return (start, end) if _is_int(start) and _is_int(end) else None


def _optional_str(value: Any) -> Optional[str]:
    return None if value is None else str(value)


@dataclass(frozen=True)
class GoldQuote:
    """One gold row. ``speech=False`` marks a scare quote or term that is not speech."""

    doc: str
    start: int
    end: int
    text: Optional[str] = None
    speech: bool = True
    type: Optional[str] = None
    speaker: Optional[str] = None
    speaker_span: Optional[Span] = None
    accept: tuple[str, ...] = ()
    no_source: bool = False  # "speaker": null, an attribution with no source

    @property
    def span(self) -> Span:
        return self.start, self.end

    @classmethod
    def from_dict(cls, row: Mapping[str, Any], where: str = "gold row") -> GoldQuote:
        if "doc" not in row:
            raise QuotexError(f"{where}: gold row has no \"doc\"")
        span = _span(row.get("start"), row.get("end"))
        if span is None:
            raise QuotexError(f"{where}: gold row needs integer \"start\" and \"end\"")
        accept = row.get("accept") or ()
        accept = accept if isinstance(accept, (list, tuple)) else (accept,)
        return cls(
            doc=str(row["doc"]),
            start=span[0],
            end=span[1],
            text=row["text"] if isinstance(row.get("text"), str) else None,
            speech=bool(row.get("speech", True)),
            type=_optional_str(row.get("type")),
            speaker=str(row["speaker"]) if row.get("speaker") else None,
            speaker_span=_span(row.get("speaker_start"), row.get("speaker_end")),
            accept=tuple(str(a) for a in accept),
            no_source="speaker" in row and row["speaker"] is None,
        )


@dataclass(frozen=True)
class Prediction:
    """One predicted quote: its span and the strings that name its speaker."""

    doc: str
    start: int
    end: int
    text: Optional[str] = None
    type: Optional[str] = None
    speaker_names: tuple[str, ...] = ()
    speaker_span: Optional[Span] = None

    @property
    def span(self) -> Span:
        return self.start, self.end

    @classmethod
    def from_dict(cls, row: Mapping[str, Any], where: str = "prediction") -> Prediction:
        """A prediction from a quotex record, or a row of the reference scorer's format.

        ``speaker`` is a string or ``{"name", "mention"}`` with a string or
        ``{"text", "start", "end"}`` mention; top-level ``speaker_start`` and
        ``speaker_end`` are read when the mention has no span.
        """
        if "doc" not in row:
            raise QuotexError(f"{where}: prediction has no \"doc\"")
        span = _span(row.get("start"), row.get("end"))
        if span is None:
            raise QuotexError(f"{where}: prediction needs integer \"start\" and \"end\"")
        names, speaker_span = _speaker_of(row)
        return cls(
            doc=str(row["doc"]),
            start=span[0],
            end=span[1],
            text=row["text"] if isinstance(row.get("text"), str) else None,
            type=_optional_str(row.get("type")),
            speaker_names=names,
            speaker_span=speaker_span,
        )


def _speaker_of(row: Mapping[str, Any]) -> tuple[tuple[str, ...], Optional[Span]]:
    speaker = row.get("speaker")
    names: list[Any] = []
    span: Optional[Span] = None
    if isinstance(speaker, dict):
        names.append(speaker.get("name"))
        mention = speaker.get("mention")
        if isinstance(mention, dict):
            names.append(mention.get("text"))
            span = _span(mention.get("start"), mention.get("end"))
        else:
            names.append(mention)
    else:
        names.append(speaker)
    if span is None:
        span = _span(row.get("speaker_start"), row.get("speaker_end"))
    return tuple(str(n) for n in names if n and str(n).strip()), span


def parse_gold(rows: Iterable[Row]) -> list[GoldQuote]:
    return [GoldQuote.from_dict(row.data, row.where) for row in rows]


def parse_predictions(rows: Iterable[Row]) -> list[Prediction]:
    """Predictions from rows; rows without integer offsets (summaries, say) are skipped."""
    return [Prediction.from_dict(row.data, row.where) for row in rows
            if _span(row.data.get("start"), row.data.get("end")) is not None]


def unscored(rows: Iterable[Row]) -> int:
    """How many rows ``parse_predictions`` skips, for a warning: they would inflate precision unseen."""
    return sum(_span(row.data.get("start"), row.data.get("end")) is None for row in rows)


def parse_types(value: Optional[str]) -> Optional[frozenset[str]]:
    """``"direct,mixed"`` as a set; ``None`` (no filter) for nothing."""
    types = frozenset(t.strip() for t in (value or "").split(",") if t.strip())
    return types or None


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


# -- predictions from quotex itself ---------------------------------------------------------


class PredictionCollector:
    """A renderer (see ``render.Renderer``) that keeps each document's quotes as predictions.

    Given to the CLI's extraction in place of an output writer, it makes
    ``quotex eval --gold`` read and extract exactly as ``quotex extract`` does.
    """

    def __init__(self) -> None:
        self.predictions: list[Prediction] = []

    def document(self, name: str, quotes: Sequence[Quote], text: str = "") -> None:
        self.predictions.extend(Prediction.from_dict(q.to_dict(doc=name)) for q in quotes)

    def close(self) -> None:
        pass


# -- output ----------------------------------------------------------------------------------


def write_json(evaluation: Evaluation, stream: Any, *, per_doc: bool = False) -> None:
    """The evaluation as one JSON object, straight to ``stream``."""
    stream.write(json.dumps(evaluation.to_dict(per_doc=per_doc), ensure_ascii=False, indent=2) + "\n")
    stream.flush()


def _fmt(value: Optional[float]) -> str:
    return UNDEFINED if value is None else f"{value:.3f}"


def _settings(evaluation: Evaluation) -> str:
    parts = [f"IoU \u2265 {evaluation.min_overlap:g}"]
    if evaluation.gold_types:
        parts.append("gold types " + ",".join(sorted(evaluation.gold_types)))
    if evaluation.pred_types:
        parts.append("predicted types " + ",".join(sorted(evaluation.pred_types)))
    if evaluation.ignored_predictions:
        parts.append(f"{evaluation.ignored_predictions} predictions on documents without gold ignored")
    return "; ".join(parts)


def summary_table(evaluation: Evaluation) -> Table:
    """The totals: one measure a line."""
    c = evaluation.total
    table = Table(title=f"quotex eval: {len(evaluation.documents)} documents", caption=_settings(evaluation))
    table.add_column("measure")
    table.add_column("value", justify="right")
    ratios = (("precision", c.precision), ("recall", c.recall), ("F1", c.f1), ("exact-span F1", c.exact_f1),
              ("speaker accuracy", c.speaker_accuracy), ("speaker accuracy, matched", c.speaker_accuracy_matched))
    for n, (label, value) in enumerate(ratios, start=1):
        table.add_row(label, _fmt(value), end_section=n == len(ratios))
    for label, count in (("gold quotes", str(c.gold)), ("predicted", str(c.predicted)),
                         ("matched", str(c.matched)), ("exact spans", str(c.exact)),
                         ("loose-exact spans", str(c.loose_exact)), ("right speakers", str(c.speaker_correct)),
                         ("scare-quote false positives", f"{c.scare_fp} of {c.scare_gold}")):
        table.add_row(label, count)
    return table


def per_doc_table(evaluation: Evaluation) -> Table:
    """One row per document, then the totals; narrow enough for 80 columns."""
    table = Table(title="per document", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("document", overflow="fold", min_width=10)
    for header in ("gold", "pred", "match", "P", "R", "F1", "exact F1", "speaker", "scare FP"):
        table.add_column(header, justify="right")
    for n, doc in enumerate(evaluation.documents, start=1):
        table.add_row(Text(doc.doc), *_cells(doc.counts), end_section=n == len(evaluation.documents))
    table.add_row(Text("ALL", style="bold"), *_cells(evaluation.total), style="bold")
    return table


def _cells(c: Counts) -> list[str]:
    return [str(c.gold), str(c.predicted), str(c.matched), _fmt(c.precision), _fmt(c.recall), _fmt(c.f1),
            _fmt(c.exact_f1), _fmt(c.speaker_accuracy), f"{c.scare_fp}/{c.scare_gold}"]


def write_evaluation(evaluation: Evaluation, fmt: EvalFormat, stream: Any, *, per_doc: bool = False) -> None:
    """The evaluation as tables through rich, or as JSON written straight to ``stream``."""
    if fmt is EvalFormat.json:
        write_json(evaluation, stream, per_doc=per_doc)
        return
    from rich.console import Console

    console = Console(file=stream)
    if per_doc:
        console.print(per_doc_table(evaluation))
    console.print(summary_table(evaluation))
