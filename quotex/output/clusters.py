"""``quotex quotes``: which quotes travel from document to document.

Each record's ``quote_key`` (``corpus.linking``) names the first record that carried the
quote, in input order. With ``across``, the view gathers the records of each key and, once
the run is done, lists each quote that at least ``min_documents`` documents carry, with its
appearances: the document, its date (the corpus's ``date_field``), the speaker each gave it.
The first appearance is the earliest date, else the first in input order; undated
appearances come after dated ones. Dates are compared as written, so ISO 8601 dates
(``2016-06-09``) sort right. Without ``across``, each document's quotes that an earlier
document carried are listed as the document is done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .channel import out
from .model import Quote
from .render import OutputFormat, Record, Row, make_record_writer, shorten
from .schema import CLUSTER_RECORD, SCHEMA_VERSION

TEXT_LIMIT = 100


@dataclass(frozen=True)
class Appearance:
    """One record of a quote: where, when, and who the document says said it."""

    doc: str
    index: int
    order: int  # the record's place in the run's output
    date: Optional[str]
    speaker: Optional[str]
    speaker_key: Optional[str]
    text: str

    def sort_key(self) -> tuple[bool, str, int]:
        return (self.date is None, self.date or "", self.order)

    def record(self) -> Record:
        return {"doc": self.doc, "index": self.index, "date": self.date, "speaker": self.speaker,
                "speaker_key": self.speaker_key, "text": self.text}


@dataclass
class Cluster:
    key: str
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return len({a.doc for a in self.appearances})

    def ordered(self) -> list[Appearance]:
        return sorted(self.appearances, key=Appearance.sort_key)

    def record(self) -> Record:
        seen = self.ordered()
        first = seen[0]
        return {
            "schema_version": SCHEMA_VERSION,
            "key": self.key,
            "text": first.text,
            "documents": self.documents,
            "fragments": len(seen),
            "first_doc": first.doc,
            "first_date": first.date,
            "first_speaker": first.speaker,
            "speakers": list(dict.fromkeys(a.speaker for a in seen if a.speaker)),
            "appearances": [a.record() for a in seen],
        }


def date_of(row: Optional[Row], date_field: str) -> Optional[str]:
    value = (row or {}).get(date_field)
    return None if value is None else str(value)


class QuoteClusters:
    """The records of each quote key, gathered over a run (the reduce step's listing)."""

    def __init__(self, date_field: str = "date") -> None:
        self.date_field = date_field
        self.clusters: dict[str, Cluster] = {}
        self.order = 0

    def add(self, doc: str, quotes: Sequence[Quote], row: Optional[Row] = None) -> None:
        date = date_of(row, self.date_field)
        for quote in quotes:
            self.order += 1
            if quote.quote_key is None or quote.signature is None:
                continue  # not linked: a term, reported speech, a short quote
            speaker = quote.speaker
            cluster = self.clusters.setdefault(quote.quote_key, Cluster(quote.quote_key))
            cluster.appearances.append(Appearance(
                doc, quote.index, self.order, date, speaker.name if speaker else None,
                speaker.key if speaker else None, quote.text))

    def shared(self, min_documents: int) -> list[Cluster]:
        """Clusters of ``min_documents`` documents or more: most documents first, then first seen."""
        found = [c for c in self.clusters.values() if c.documents >= min_documents]
        return sorted(found, key=lambda c: (-c.documents, c.ordered()[0].sort_key()))


class QuotesView:
    """``quotex quotes``: the quotes that documents share, as a table or as records."""

    def __init__(self, fmt: OutputFormat, stream: TextIO, *, across: bool = True, min_documents: int = 2,
                 date_field: str = "date", fields: Optional[Sequence[str]] = None,
                 console: Optional[Console] = None, safe_csv: bool = False) -> None:
        self.across = across
        self.min_documents = min_documents
        self.table = fmt is OutputFormat.table
        self.console = console or out.console(stream)
        self.writer = None if self.table else make_record_writer(fmt, stream, schema=CLUSTER_RECORD,
                                                                 fields=fields, safe_csv=safe_csv)
        self.clusters = QuoteClusters(date_field)

    def document(self, name: str, quotes: Sequence[Quote], text: str = "", row: Optional[Row] = None) -> None:
        if self.across:
            self.clusters.add(name, quotes, row)
            return
        local = QuoteClusters(self.clusters.date_field)
        self.clusters.add(name, quotes, row)
        local.add(name, [q for q in quotes if q.quote_key and not q.quote_key.startswith(f"{name}#")], row)
        shared = [self.clusters.clusters[key] for key in local.clusters]
        self._emit(shared, title=name)

    def close(self) -> None:
        if self.across:
            self._emit(self.clusters.shared(self.min_documents), title="quotes carried by "
                       f"{self.min_documents} documents or more")
        if self.writer is not None:
            self.writer.close()

    def _emit(self, clusters: list[Cluster], title: str) -> None:
        if self.writer is not None:
            self.writer.write(c.record() for c in clusters)
            return
        if not clusters:
            if self.across:
                self.console.print(Text(f"{title}: none", style="italic"))
            return
        table = Table(title=Text(title), title_justify="left", show_lines=True, expand=True)
        table.add_column("quote", overflow="fold", ratio=4)
        table.add_column("docs", justify="right", no_wrap=True)
        table.add_column("first", overflow="fold", ratio=2)
        table.add_column("speakers", overflow="fold", ratio=2)
        for cluster in clusters:
            record: dict[str, Any] = cluster.record()
            first = record["first_doc"] + (f"\n{record['first_date']}" if record["first_date"] else "")
            table.add_row(Text(shorten(record["text"], TEXT_LIMIT)), Text(str(record["documents"])), Text(first),
                          Text("; ".join(record["speakers"])))
        self.console.print(table)
