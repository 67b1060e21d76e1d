"""Reading gold rows and predictions: JSON Lines (or a JSON array) from files or stdin,
and the predictions of quotex's own extraction."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Optional, Sequence

from ..errors import QuotexError
from ..text.inputs import json_value_reason

if TYPE_CHECKING:
    from ..output.model import Quote

STDIN = "-"
STDIN_NAME = "<stdin>"

Span = tuple[int, int]


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


# -- predictions from quotex itself ---------------------------------------------------------


class PredictionCollector:
    """A renderer (see ``render.Renderer``) that keeps each document's quotes as predictions.

    Given to the CLI's extraction in place of an output writer, it makes
    ``quotex eval --gold`` read and extract exactly as ``quotex extract`` does.
    """

    def __init__(self) -> None:
        self.predictions: list[Prediction] = []

    def document(self, name: str, quotes: Sequence[Quote], text: str = "", row: Optional[Mapping[str, Any]] = None) -> None:
        self.predictions.extend(Prediction.from_dict(q.to_dict(doc=name)) for q in quotes)

    def close(self) -> None:
        pass
