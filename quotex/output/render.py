"""Output writers: a rich table for people; JSON, JSON Lines and CSV for programs.

One writer is chosen once from ``--format``; the CLI hands it each
document's quotes in turn and closes it at the end. JSON and CSV are written
straight to the stream, never through rich, so they are never wrapped,
coloured or marked up. This is the serialisation boundary: every record
gets its ``schema_version`` here, and ``--fields`` is applied here.
"""

from __future__ import annotations

import csv
import json
from enum import Enum
from typing import Any, Iterable, Mapping, Optional, Protocol, Sequence, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .channel import out
from .fields import columns, flatten, select
from .model import Quote
from .schema import QUOTE_RECORD, SCHEMA_VERSION, Schema, column_name, with_kept
from .streams import escape_json_controls, visible

# Speaker colours, one per distinct name, reused in turn.
PALETTE: tuple[str, ...] = (
    "cyan", "magenta", "green", "yellow", "blue", "red",
    "bright_cyan", "bright_magenta", "bright_green", "bright_yellow", "bright_blue", "bright_red",
)
ELLIPSIS = "\u2026"
NO_SPEAKER = "\u2014"

Record = dict[str, Any]


class OutputFormat(str, Enum):
    """The ``--format`` choices."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


MACHINE_FORMATS = (OutputFormat.json, OutputFormat.jsonl, OutputFormat.csv)


Row = Mapping[str, Any]  # a corpus row's fields other than its text: date, publisher, …


class Renderer(Protocol):
    """Takes each document's quotes (its text, and its corpus row's other fields) in turn;
    ``close`` finishes the output."""

    def document(self, name: str, quotes: Sequence[Quote], text: str = "", row: Optional[Row] = None) -> None: ...

    def close(self) -> None: ...


def takes_parts(renderer: Renderer) -> bool:
    """Whether ``renderer`` writes each record as it comes, so that a long document may be
    handed to it in parts (``document`` once a part, with the same name): the bytes are the
    same, and the document's records are never all held. JSON, JSON Lines and CSV do; a
    table, a report or a view needs the whole document."""
    return isinstance(renderer, RecordWriter)


class SpeakerPalette:
    """One colour per speaker name, in order of first appearance, reused in turn."""

    def __init__(self) -> None:
        self.colours: dict[str, str] = {}

    def colour(self, name: str) -> str:
        return self.colours.setdefault(name, PALETTE[len(self.colours) % len(PALETTE)])


def make_renderer(fmt: OutputFormat, stream: TextIO, *, console: Optional[Console] = None,
                  fields: Optional[Sequence[str]] = None, safe_csv: bool = False,
                  keep: Optional[Sequence[str]] = None) -> Renderer:
    """The writer for ``fmt``, writing to ``stream`` (the table goes through ``console``).

    ``fields`` (dotted names, already checked) limits the records, or the table's columns;
    ``safe_csv`` guards CSV cells against spreadsheet formulas; ``keep`` names the corpus
    row's fields that every record carries in ``row`` (``--keep``).
    """
    schema = with_kept(QUOTE_RECORD, keep or ())
    if fmt is OutputFormat.table:
        return TableRenderer(console or out.console(stream), fields=fields, schema=schema, keep=keep)
    return make_record_writer(fmt, stream, schema=schema, fields=fields, safe_csv=safe_csv, keep=keep)


def make_record_writer(fmt: OutputFormat, stream: TextIO, *, schema: Schema,
                       fields: Optional[Sequence[str]] = None, safe_csv: bool = False,
                       keep: Optional[Sequence[str]] = None) -> "RecordWriter":
    """A JSON, JSONL or CSV writer of records that follow ``schema``."""
    if fmt is OutputFormat.json:
        return JsonRenderer(stream, fields=fields, keep=keep)
    if fmt is OutputFormat.jsonl:
        return JsonlRenderer(stream, fields=fields, keep=keep)
    if fmt is OutputFormat.csv:
        return CsvRenderer(stream, schema=schema, fields=fields, safe=safe_csv, keep=keep)
    raise ValueError(f"not a record format: {fmt.value}")


def quote_record(quote: Quote, doc: str, *, keep: Optional[Sequence[str]] = None,
                 row: Optional[Row] = None) -> Record:
    """The JSON record of one quote: its ``to_dict`` with the schema version first, and
    ``row``: the ``keep`` fields of its corpus row (null where the row has none), or null
    when no field is kept."""
    record = {"schema_version": SCHEMA_VERSION, **quote.to_dict(doc=doc)}
    record["row"] = None if keep is None else {name: (row or {}).get(name) for name in keep}
    return record


def _dumps(record: Record) -> str:
    return json.dumps(record, ensure_ascii=False)


class RecordWriter:
    """Writes records (quotes, or any other view's rows) and quotes turned into records."""

    def __init__(self, stream: TextIO, *, fields: Optional[Sequence[str]] = None,
                 keep: Optional[Sequence[str]] = None) -> None:
        self.stream = stream
        self.fields = fields
        self.keep = keep
        self.terminal = _is_terminal(stream)  # then no control character is written raw

    def document(self, name: str, quotes: Sequence[Quote], text: str = "", row: Optional[Row] = None) -> None:
        self.write(quote_record(quote, name, keep=self.keep, row=row) for quote in quotes)

    def write(self, records: Iterable[Record]) -> None:
        """Write ``records`` and flush, so pipes see each document at once."""
        for record in records:
            self._write_one(record)
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()

    def _write_one(self, record: Record) -> None:
        raise NotImplementedError

    def _selected(self, record: Record) -> Record:
        return select(record, self.fields, keep=("schema_version",))

    def _json(self, record: Record) -> str:
        """One record as JSON; on a terminal, C1 and bidi controls as ``\\u`` escapes (the same JSON)."""
        text = _dumps(record)
        return escape_json_controls(text) if self.terminal else text


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


class JsonlRenderer(RecordWriter):
    """One JSON object per line, flushed after each document."""

    def _write_one(self, record: Record) -> None:
        self.stream.write(self._json(self._selected(record)) + "\n")


class JsonRenderer(RecordWriter):
    """One JSON array of every record, written as it goes rather than held."""

    def __init__(self, stream: TextIO, *, fields: Optional[Sequence[str]] = None,
                 keep: Optional[Sequence[str]] = None) -> None:
        super().__init__(stream, fields=fields, keep=keep)
        self.count = 0
        self.stream.write("[")

    def _write_one(self, record: Record) -> None:
        self.stream.write((",\n" if self.count else "\n") + self._json(self._selected(record)))
        self.count += 1

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
        self.stream.flush()


class CsvRenderer(RecordWriter):
    """A header row, then one row per record with nested fields flattened.

    ``speaker.mention.start`` becomes the column ``speaker_mention_start``;
    null is an empty cell and booleans are ``true`` and ``false``, as in JSON.
    With ``safe``, a text cell that a spreadsheet would run as a formula gets a
    leading ``'`` (``formula_guard``).
    """

    def __init__(self, stream: TextIO, *, schema: Schema = QUOTE_RECORD,
                 fields: Optional[Sequence[str]] = None, safe: bool = False,
                 keep: Optional[Sequence[str]] = None) -> None:
        super().__init__(stream, fields=fields, keep=keep)
        self.columns = columns(schema, fields)
        self.safe = safe
        self.writer = csv.writer(stream, lineterminator="\n")
        self.writer.writerow([column_name(c) for c in self.columns])

    def _write_one(self, record: Record) -> None:
        cells = flatten(record, self.columns)
        if self.safe:
            cells = [formula_guard(c) for c in cells]
        if self.terminal:
            cells = [visible(c) for c in cells]
        self.writer.writerow(cells)


# What spreadsheets take as the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_guard(cell: Any) -> Any:
    """A cell that begins like a formula, with a ``'`` before it (the records' numbers are never negative)."""
    return "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell


class TableRenderer:
    """A table per document for people, printed as soon as the document is done.

    The document's name heads its table, once. The columns are the speaker
    (one colour per speaker), the quote, whole, its type, its cue, and how the
    speaker was found with its confidence; with ``fields``, the columns are
    those fields instead. Every cell is a ``Text``, so that ``[brackets]`` in
    news text are shown as written, not read as rich markup.
    """

    def __init__(self, console: Console, *, fields: Optional[Sequence[str]] = None,
                 schema: Schema = QUOTE_RECORD, keep: Optional[Sequence[str]] = None) -> None:
        self.console = console
        self.palette = SpeakerPalette()
        self.columns = columns(schema, fields) if fields else None
        self.keep = keep

    @property
    def colours(self) -> dict[str, str]:
        return self.palette.colours

    def document(self, name: str, quotes: Sequence[Quote], text: str = "", row: Optional[Row] = None) -> None:
        if not quotes:
            return
        table = self._fields_table(name, quotes, row) if self.columns else self._quotes_table(name, quotes)
        self.console.print(table)

    def close(self) -> None:
        pass

    def _quotes_table(self, name: str, quotes: Sequence[Quote]) -> Table:
        table = _table(name)
        table.add_column("speaker", overflow="fold", ratio=2, min_width=11)  # '(anonymous)' whole
        table.add_column("quote", overflow="fold", ratio=5, min_width=20)
        table.add_column("type", no_wrap=True)
        table.add_column("cue", overflow="fold", ratio=1, min_width=9)
        table.add_column("found by", no_wrap=True)
        for quote in quotes:
            table.add_row(
                self._speaker_cell(quote),
                Text(quote.text),
                Text(quote.type),
                Text(quote.cue.text) if quote.cue else Text(NO_SPEAKER, style="dim"),
                Text(f"{quote.method}\n{quote.confidence:.2f}"),
            )
        return table

    def _fields_table(self, name: str, quotes: Sequence[Quote], row: Optional[Row]) -> Table:
        assert self.columns is not None
        table = _table(name)
        for column in self.columns:
            table.add_column(column, overflow="fold")
        for quote in quotes:
            cells = flatten(quote_record(quote, name, keep=self.keep, row=row), self.columns)
            table.add_row(*(Text("" if cell is None else str(cell)) for cell in cells))
        return table

    def _speaker_cell(self, quote: Quote) -> Text:
        if quote.speaker is None:
            return Text(NO_SPEAKER, style="dim")
        name = quote.speaker.name
        cell = Text(name, style=self.palette.colour(name))
        if quote.speaker.anonymous:
            cell.append(" (anonymous)", style="dim")
        return cell


def _table(name: str) -> Table:
    return Table(title=Text(name, style="bold"), title_justify="left", show_lines=True, expand=True)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:  # end on a word boundary when one is near
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS
