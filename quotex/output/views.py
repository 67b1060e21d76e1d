"""Views for people: the article with its quotes highlighted (``show``) and who is quoted (``speakers``).

Both take each document's quotes in turn like any renderer (see ``render``)
and colour speakers as the table does: one palette colour per name, in
order of first appearance (``show`` starts afresh with each article).
Article text always goes into ``rich.text.Text``, never markup, so that
``[bracketed]`` editorial insertions are printed as written.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence, TextIO

from rich.console import Console, RenderableType
from rich.pager import Pager, SystemPager
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..corpus.keys import DOC, ORG, KeyedSpeaker, join_keys, key_kind, speaker_key
from ..corpus.names import clean, is_headline, is_stray_word
from ..lexicon import PRONOUN_FORMS, PRONOUNS
from .channel import out
from .model import Quote
from .render import (
    OutputFormat,
    Record,
    Row,
    SpeakerPalette,
    make_record_writer,
    shorten,
)
from .schema import SCHEMA_VERSION, SPEAKER_RECORD

LABEL_OPEN, LABEL_CLOSE = "\u27e8", "\u27e9"  # ⟨ ⟩: not in news text, unlike [ ]
NO_SPEAKER_LABEL = f"{LABEL_OPEN}?{LABEL_CLOSE}"
SWATCH = "\u25a0"  # ■
TERM_STYLE = "dim"
UNATTRIBUTED_STYLE = "underline"
QUOTE_MARKS = "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"
FIRST_QUOTE_LIMIT = 80
_WORD = re.compile(r"\w+(?:['\u2019.\-]\w+)*")


def count_words(text: str) -> int:
    """Words as a reader counts them: ``on-again``, ``don't`` and ``U.S`` are one each."""
    return len(_WORD.findall(text))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _speech(quotes: Iterable[Quote]) -> list[Quote]:
    return [q for q in quotes if q.type != "term"]


# --- quotex show --------------------------------------------------------------------------


class ShowRenderer:
    """Each article in full, quotes in their speaker's colour, and a legend of speakers.

    Colour and wrapping are for a terminal; piped, the article comes out as
    plain text with its own line breaks and the speaker labels in ``⟨ ⟩``.
    With ``pager``, the output goes through ``$PAGER`` (``less``) once it is
    complete, and only when stdout is a terminal.
    """

    def __init__(self, console: Console, *, pager: bool = False) -> None:
        self.console = console
        self.paging = pager and console.is_terminal
        self.held: list[RenderableType] = []

    def document(self, name: str, quotes: Sequence[Quote], text: str = "", row: Optional[Row] = None) -> None:
        palette = SpeakerPalette()
        parts: list[RenderableType] = [
            Rule(Text(name), style="dim"),
            article_text(text, quotes, palette),
            Text(),
            legend(quotes, palette),
        ]
        if self.paging:
            self.held.extend(parts)
        else:
            for part in parts:
                self._print(part)

    def close(self) -> None:
        if not self.held:
            return
        with self.console.pager(pager=LessPager(), styles=True):
            for part in self.held:
                self._print(part)
        self.held = []

    def _print(self, part: RenderableType) -> None:
        # In a terminal rich wraps on word boundaries; elsewhere lines stay as written.
        self.console.print(part, soft_wrap=not self.console.is_terminal)


def article_text(text: str, quotes: Sequence[Quote], palette: SpeakerPalette) -> Text:
    """``text`` with each quote (and its marks) styled, and its speaker's label before it.

    A quotation split in fragments is labelled once, at its first fragment.
    """
    out = Text()
    pos = 0
    labelled: set[int] = set()
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        begin, end = _with_marks(text, quote.start, quote.end)
        if begin < pos:  # overlaps the previous quote: leave it plain
            continue
        out.append(text[pos:begin])
        style = _quote_style(quote, palette)
        if quote.type != "term" and quote.group not in labelled:
            labelled.add(quote.group)
            out.append(_label(quote, palette))
            out.append(" ")
        out.append(text[begin:end], style=style)
        pos = end
    out.append(text[pos:])
    return out


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The quote's span widened to its quote marks, where they are next to it."""
    if start > 0 and text[start - 1] in QUOTE_MARKS:
        start -= 1
    if end < len(text) and text[end] in QUOTE_MARKS:
        end += 1
    return start, end


def _quote_style(quote: Quote, palette: SpeakerPalette) -> str:
    if quote.type == "term":
        return TERM_STYLE
    if quote.speaker is None:
        return UNATTRIBUTED_STYLE
    return palette.colour(quote.speaker.name)


def _label(quote: Quote, palette: SpeakerPalette) -> Text:
    if quote.speaker is None:
        return Text(NO_SPEAKER_LABEL, style="bold")
    name = quote.speaker.name
    return Text(f"{LABEL_OPEN}{name}{LABEL_CLOSE}", style=f"bold {palette.colour(name)}")


def legend(quotes: Sequence[Quote], palette: SpeakerPalette) -> Text:
    """Who is quoted and how often, in order of first appearance; then no speaker and terms."""
    speech = _speech(quotes)
    groups: dict[str, set[int]] = {}
    anonymous: dict[str, bool] = {}
    for quote in speech:
        if quote.speaker is not None:
            groups.setdefault(quote.speaker.name, set()).add(quote.group)
            anonymous.setdefault(quote.speaker.name, quote.speaker.anonymous)
    out = Text()
    out.append("speakers:", style="bold")
    if not speech:
        out.append(" none (no quotations found)")
    for name, seen in groups.items():
        out.append("\n")
        out.append(SWATCH, style=palette.colour(name))
        out.append(" ")
        out.append(name, style=palette.colour(name))
        if anonymous[name]:
            out.append(" (anonymous)", style="dim")
        out.append(f": {_plural(len(seen), 'quotation')}")
    unattributed = {q.group for q in speech if q.speaker is None}
    if unattributed:
        out.append("\n")
        out.append(NO_SPEAKER_LABEL, style=UNATTRIBUTED_STYLE)
        out.append(f" no speaker found: {_plural(len(unattributed), 'quotation')}")
    terms = sum(q.type == "term" for q in quotes)
    if terms:
        out.append("\n")
        out.append("dim", style=TERM_STYLE)
        out.append(f": quoted term, no speaker ({_plural(terms, 'term')})")
    return out


class LessPager(Pager):
    """``$PAGER``, or ``less`` keeping colours (``LESS=FRX`` unless set, as git does)."""

    def show(self, content: str) -> None:
        command = os.environ.get("PAGER") or ("less" if shutil.which("less") else "")
        if not command:
            SystemPager().show(content)
            return
        env = {**os.environ}
        env.setdefault("LESS", "FRX")
        try:
            subprocess.run(command, shell=True, input=content.encode("utf-8"), env=env, check=False)
        except OSError:
            out.stdout.write(content)


# --- quotex speakers ----------------------------------------------------------------------


@dataclass
class SpeakerCount:
    """One speaker's quotes, in one document or across the corpus."""

    doc: Optional[str]
    id: Optional[str]
    order: int
    kind: str
    anonymous: bool
    names: Counter[str] = field(default_factory=Counter)
    description: Optional[str] = None
    anonymity: Optional[str] = None
    documents: set[str] = field(default_factory=set)
    groups: set[tuple[str, int]] = field(default_factory=set)
    fragments: int = 0
    words: int = 0
    first_quote: str = ""
    keys: Counter[str] = field(default_factory=Counter)  # speaker.key -> quotations

    def add(self, doc: str, quote: Quote, key: str) -> None:
        speaker = quote.speaker
        assert speaker is not None
        named = not key.startswith(DOC)  # a name, cleaned of what a parse left on it; a description as written
        self.names[clean(speaker.name, org=key.startswith(ORG)) if named else speaker.name] += 1
        self.description = self.description or getattr(speaker, "description", None)
        self.anonymity = self.anonymity or getattr(speaker, "anonymity", None)
        self.documents.add(doc)
        if (doc, quote.group) not in self.groups:
            self.keys[key] += 1
        self.groups.add((doc, quote.group))
        self.fragments += 1
        self.words += count_words(quote.text)
        self.first_quote = self.first_quote or quote.text

    def absorb(self, other: "SpeakerCount") -> None:
        """Count ``other``'s quotes as this speaker's (a key joined to this one's)."""
        if other.order < self.order:
            self.first_quote, self.description, self.anonymity = (
                other.first_quote, other.description or self.description, other.anonymity or self.anonymity)
            self.order = other.order
        self.names.update(other.names)
        self.documents |= other.documents
        self.groups |= other.groups
        self.fragments += other.fragments
        self.words += other.words
        self.keys.update(other.keys)

    @property
    def name(self) -> str:
        return self.names.most_common(1)[0][0]  # the most used spelling; the first on a tie

    @property
    def key(self) -> str:
        return self.keys.most_common(1)[0][0]

    def record(self) -> Record:
        return {
            "schema_version": SCHEMA_VERSION,
            "doc": self.doc,
            "documents": len(self.documents),
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "anonymous": self.anonymous,
            "description": self.description,
            "anonymity": self.anonymity,
            "quotes": len(self.groups),
            "fragments": self.fragments,
            "words": self.words,
            "first_quote": shorten(self.first_quote, FIRST_QUOTE_LIMIT),
            "key": self.key,
            "keys": sorted(self.keys),
        }


@dataclass
class SourceShare:
    """How many quotes (and words) come from unnamed sources, and how many have no speaker."""

    quotes: set[tuple[str, int]] = field(default_factory=set)
    anonymous: set[tuple[str, int]] = field(default_factory=set)
    unattributed: set[tuple[str, int]] = field(default_factory=set)
    pronouns: set[tuple[str, int]] = field(default_factory=set)
    headlines: set[tuple[str, int]] = field(default_factory=set)
    words: int = 0
    anonymous_words: int = 0

    def add(self, doc: str, quote: Quote) -> None:
        key = (doc, quote.group)
        words = count_words(quote.text)
        self.quotes.add(key)
        self.words += words
        if quote.speaker is None:
            self.unattributed.add(key)
        elif only_a_pronoun(quote.speaker):
            self.pronouns.add(key)
        elif quote.speaker.anonymous:
            self.anonymous.add(key)
            self.anonymous_words += words

    def summary(self) -> str:
        """'5 of 12 quotations (310 of 580 words) from unnamed sources; 1 quotation with no speaker'."""
        if not self.quotes:
            return "no quotations"
        line = (f"{len(self.anonymous)} of {_plural(len(self.quotes), 'quotation')} "
                f"({self.anonymous_words} of {_plural(self.words, 'word')}) from unnamed sources")
        if self.unattributed:
            line += f"; {_plural(len(self.unattributed), 'quotation')} with no speaker"
        if self.pronouns:
            line += f"; {_plural(len(self.pronouns), 'quotation')} whose speaker is only a pronoun"
        if self.headlines:
            line += f"; {_plural(len(self.headlines), 'quotation')} whose speaker is a headline or a stray word"
        return line


def only_a_pronoun(speaker: Any) -> bool:
    """A speaker named by a pronoun that nothing resolved ('he', 'His'): no one to list as a
    person, and no one to merge with another document's 'he'."""
    return speaker.name.casefold() in PRONOUNS or speaker.name.casefold() in PRONOUN_FORMS


class SpeakerTally:
    """Speakers counted in one document (by ``speaker.id``), or across many when ``across``
    (by ``speaker.key``, keys joined over the corpus when the rows are asked for: ``corpus.keys``)."""

    def __init__(self, *, across: bool) -> None:
        self.across = across
        self.counts: dict[Any, SpeakerCount] = {}
        self.share = SourceShare()
        self.documents: set[str] = set()

    def add(self, doc: str, quotes: Sequence[Quote]) -> None:
        self.documents.add(doc)
        for quote in _speech(quotes):
            self.share.add(doc, quote)
            speaker = quote.speaker
            if speaker is None or only_a_pronoun(speaker):
                continue  # counted in the share: no speaker, or only a pronoun
            key = speaker.key or speaker_key(doc, speaker)
            if key.startswith(DOC) and (is_headline(speaker.name) or is_stray_word(speaker.name)):
                self.share.headlines.add((doc, quote.group))
                continue  # a heading or a lone determiner taken for a source: no one to list
            slot = key if self.across else (getattr(speaker, "id", None) or speaker.name.casefold())
            count = self.counts.get(slot)
            if count is None:
                count = self.counts[slot] = SpeakerCount(
                    doc=None if self.across else doc,
                    id=None if self.across else (getattr(speaker, "id", None) or None),
                    order=len(self.counts), kind=key_kind(key, speaker.kind), anonymous=speaker.anonymous)
            count.add(doc, quote, key)

    def rows(self) -> list[SpeakerCount]:
        """Most quoted first, then most words, then first quoted."""
        counts = list(self.counts.values())
        if self.across:
            counts = _joined(self.counts)
        return sorted(counts, key=lambda c: (-len(c.groups), -c.words, c.order))


def _joined(counts: dict[Any, SpeakerCount]) -> list[SpeakerCount]:
    """The corpus's rows: each key's count absorbed into the count of the key it joins."""
    joins = join_keys(KeyedSpeaker(key, count.name, len(count.groups)) for key, count in counts.items())
    rows: dict[str, SpeakerCount] = {}
    for key in sorted(counts, key=lambda k: counts[k].order):
        target = joins.get(key, key)
        if target == key:
            rows[key] = counts[key]
    for key in sorted(counts, key=lambda k: counts[k].order):
        target = joins.get(key, key)
        if target != key:
            rows[target].absorb(counts[key])
    for row in rows.values():  # the kind of the spelling used most ('Sanders' taken for a group joins a person)
        leader = counts[row.key] if row.key in counts else row
        row.kind, row.anonymous = leader.kind, leader.anonymous
    return list(rows.values())


class SpeakersView:
    """``quotex speakers``: one row per speaker per document, or per name with ``across``.

    Tables are for reading and end with the share of quotes from unnamed
    sources; JSON, JSONL and CSV carry one record per row, as ``SPEAKER_RECORD``.
    """

    def __init__(self, fmt: OutputFormat, stream: TextIO, *, across: bool = False,
                 fields: Optional[Sequence[str]] = None, console: Optional[Console] = None,
                 safe_csv: bool = False) -> None:
        self.across = across
        self.table = fmt is OutputFormat.table
        self.console = console or out.console(stream)
        self.writer = None if self.table else make_record_writer(fmt, stream, schema=SPEAKER_RECORD,
                                                                 fields=fields, safe_csv=safe_csv)
        self.palette = SpeakerPalette()
        self.corpus = SpeakerTally(across=True)

    def document(self, name: str, quotes: Sequence[Quote], text: str = "", row: Optional[Row] = None) -> None:
        if self.across:
            self.corpus.add(name, quotes)
            return
        tally = SpeakerTally(across=False)
        tally.add(name, quotes)
        self._emit(tally, title=name)

    def close(self) -> None:
        if self.across:
            self._emit(self.corpus, title=f"{_plural(len(self.corpus.documents), 'document')}")
        if self.writer is not None:
            self.writer.close()

    def _emit(self, tally: SpeakerTally, title: str) -> None:
        rows = tally.rows()
        if self.writer is not None:
            self.writer.write(row.record() for row in rows)
            return
        if rows:
            self.console.print(self._table(rows, title))
        else:
            self.console.print(Text(title, style="italic"))
        self.console.print(Text(tally.share.summary()))
        self.console.print()

    def _table(self, rows: list[SpeakerCount], title: str) -> Table:
        described = any(row.description for row in rows)
        table = Table(title=Text(title), title_justify="left")
        table.add_column("speaker")
        table.add_column("kind", no_wrap=True)
        table.add_column("anon", no_wrap=True)
        if described:
            table.add_column("description")
        if self.across:
            table.add_column("docs", justify="right", no_wrap=True)
        table.add_column("quotes", justify="right", no_wrap=True)
        table.add_column("words", justify="right", no_wrap=True)
        table.add_column("first quote")
        for row in rows:
            cells = [Text(row.name, style=self.palette.colour(row.name)), Text(row.kind),
                     Text("yes" if row.anonymous else "")]
            if described:
                cells.append(Text(row.description or ""))
            if self.across:
                cells.append(Text(str(len(row.documents))))
            cells += [Text(str(len(row.groups))), Text(str(row.words)),
                      Text(shorten(row.first_quote, FIRST_QUOTE_LIMIT))]
            table.add_row(*cells)
        return table
