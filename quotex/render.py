"""Output writers: a rich table for people, JSON and JSON Lines for programs.

One writer is chosen once from ``--format``; the CLI hands it each
document's quotes in turn and closes it at the end. JSON is written straight
to the stream, never through rich, so it is never wrapped, coloured or
marked up.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any, Optional, Protocol, Sequence, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .model import Quote

# Speaker colours, one per distinct name, reused in turn.
PALETTE: tuple[str, ...] = (
    "cyan", "magenta", "green", "yellow", "blue", "red",
    "bright_cyan", "bright_magenta", "bright_green", "bright_yellow", "bright_blue", "bright_red",
)
TABLE_QUOTE_LIMIT = 200
ELLIPSIS = "\u2026"
NO_SPEAKER = "\u2014"


class OutputFormat(str, Enum):
    """The ``--format`` choices."""

    table = "table"
    json = "json"
    jsonl = "jsonl"


class Renderer(Protocol):
    """Takes each document's quotes in turn; ``close`` finishes the output."""

    def document(self, name: str, quotes: Sequence[Quote]) -> None: ...

    def close(self) -> None: ...


def make_renderer(fmt: OutputFormat, stream: TextIO, *, console: Optional[Console] = None) -> Renderer:
    """The writer for ``fmt``, writing to ``stream`` (the table goes through ``console``)."""
    if fmt is OutputFormat.json:
        return JsonRenderer(stream)
    if fmt is OutputFormat.jsonl:
        return JsonlRenderer(stream)
    return TableRenderer(console or Console(file=stream))


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


class JsonlRenderer:
    """One JSON object per line, flushed after each document so pipes see it at once."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def document(self, name: str, quotes: Sequence[Quote]) -> None:
        for quote in quotes:
            self.stream.write(_dumps(quote.to_dict(doc=name)) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonRenderer:
    """One JSON array of every record, written as it goes rather than held."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0
        self.stream.write("[")

    def document(self, name: str, quotes: Sequence[Quote]) -> None:
        for quote in quotes:
            self.stream.write((",\n" if self.count else "\n") + _dumps(quote.to_dict(doc=name)))
            self.count += 1
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
        self.stream.flush()


class TableRenderer:
    """A table of document, speaker, quote and method, one colour per speaker.

    Every cell is a ``Text`` so that ``[brackets]`` in news text are shown
    as written, not read as rich markup.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.colours: dict[str, str] = {}
        self.table = Table(show_lines=True, expand=True)
        self.table.add_column("document", overflow="fold", style="dim", ratio=2)
        self.table.add_column("speaker", overflow="fold", ratio=2)
        self.table.add_column("quote", overflow="fold", ratio=5)
        self.table.add_column("method", no_wrap=True)

    def document(self, name: str, quotes: Sequence[Quote]) -> None:
        for quote in quotes:
            self.table.add_row(
                Text(name),
                self._speaker_cell(quote),
                Text(shorten(quote.text, TABLE_QUOTE_LIMIT)),
                Text(f"{quote.method} {quote.confidence:.2f}"),
            )

    def close(self) -> None:
        if self.table.row_count:
            self.console.print(self.table)

    def _speaker_cell(self, quote: Quote) -> Text:
        if quote.speaker is None:
            return Text(NO_SPEAKER, style="dim")
        name = quote.speaker.name
        colour = self.colours.setdefault(name, PALETTE[len(self.colours) % len(PALETTE)])
        cell = Text(name, style=colour)
        if quote.speaker.anonymous:
            cell.append(" (anonymous)", style="dim")
        return cell


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:  # end on a word boundary when one is near
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS
