"""One run of a command: inputs read, texts through the engine, each document's quotes to
the renderer, failures counted, reported and logged.

The CLI builds ``JobOptions`` from its options and calls ``process``; everything
it prints goes through ``output.channel.out``.
"""

from __future__ import annotations

import warnings
from collections import deque
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional, Sequence, TextIO, Union

from ..corpus.stage import CorpusStage
from ..errors import QuotexError, UsageError
from ..output.channel import ColorMode, out
from ..output.model import ATTRIBUTION_CLASSES, QUOTE_TYPES, Quote
from ..output.progress import is_terminal, progress_bar, wanted
from ..output.render import OutputFormat, Renderer, takes_parts
from ..output.sidecars import ErrorLog, TextEmitter, check_outputs
from ..text.decoding import AUTO
from ..text.inputs import DEFAULT_MAX_BYTES, Document, InputError, Record, Skipped, read_inputs
from .packed import PackedQuotes
from .stopping import whole

# Texts in, each one's quotes (or the error that stopped it) out, in order.
Extract = Callable[[Iterable[str]], Iterator[Union[Sequence[Quote], QuotexError]]]


QUOTED_SPEECH = frozenset({"direct", "mixed", "nested"})
REPORTED_SPEECH = frozenset({"speech", "writing"})  # the default classes of --types indirect


@dataclass(frozen=True)
class Selection:
    """Which records to write: these types, and reported speech (``indirect``) of these classes.

    ``--types indirect`` alone is what a journalist calls reported speech: people
    saying or writing something (classes speech and writing), not their beliefs,
    stances or actions, and someone who said it: a report with no source (a question
    an unnamed reporter put, 'it was reported that …') is written with ``--all``.
    Quoted speech is kept whatever its class.
    """

    types: frozenset[str] = QUOTED_SPEECH
    classes: frozenset[str] = REPORTED_SPEECH
    sourced: bool = True  # reported speech names who said it

    def keeps(self, quote: Quote) -> bool:
        if quote.type not in self.types:
            return False
        return quote.type != "indirect" or quote.attribution_class in self.classes \
            and (quote.speaker is not None or not self.sourced)

    @classmethod
    def everything(cls) -> "Selection":
        """What --all writes: every type, every class, reports with no source too."""
        return cls(frozenset(QUOTE_TYPES), frozenset(ATTRIBUTION_CLASSES), sourced=False)


@dataclass(frozen=True)
class JobOptions:
    """What a command asked for, from its options: how to read, run and write."""

    fmt: OutputFormat
    include_terms: bool
    model: Optional[str]
    id_field: str
    text_field: str
    quiet: bool
    verbose: bool
    encoding: str = AUTO
    html: bool = False
    errors: Optional[str] = None
    emit_text: Optional[str] = None
    workers: int = 1  # --workers: processes; 1 runs in this process
    scheduler: Optional[str] = None  # --scheduler: a Dask scheduler's address
    progress: bool = False  # a progress bar on stderr when it is a terminal
    fast: bool = False  # --fast: extract_many(fast=True)
    color: ColorMode = ColorMode.auto  # --color
    max_bytes: int = DEFAULT_MAX_BYTES  # --max-size
    follow_links: bool = False  # --follow-links
    selection: Optional[Selection] = None  # --types and --classes; None: include_terms decides


@dataclass
class Tally:
    """What a run did, for its closing summary and its exit code."""

    documents: int = 0
    quotes: int = 0
    failed: int = 0
    apostrophes: int = 0  # sentences in two apostrophes (reported speech) that --types left out

    def summary(self) -> str:
        """What the run did: documents read, fragments written (a record each), inputs that failed;
        and the quotes in two apostrophes left out, which a reader of the archive would miss."""
        line = f"{_plural(self.documents, 'document')}, {_plural(self.quotes, 'fragment')}, {self.failed} failed"
        if self.apostrophes:
            line += (f"; {_plural(self.apostrophes, 'quote')} in two apostrophes ''…'' left out, written as "
                     "reported speech: add --types direct,mixed,nested,indirect")
        return line


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class Feed:
    """Turns input records into texts for ``extract_many``, reporting errors as met.

    ``nlp.pipe`` reads a few texts ahead, so documents wait in a queue until
    their quotes come back, in the same order (``show`` needs their text).
    """

    def __init__(self, records: Iterable[Record], tally: Tally, *,
                 log: Optional[ErrorLog] = None, emitter: Optional[TextEmitter] = None) -> None:
        self.records = records
        self.tally = tally
        self.pending: deque[Document] = deque()
        self.log = log  # --errors
        self.emitter = emitter  # --emit-text

    def texts(self) -> Iterator[str]:
        for record in self.records:
            if isinstance(record, Skipped):
                out.warning(f"{record.source}: {record.reason}")
                continue
            if isinstance(record, Document):
                record = self._accept(record)
            if isinstance(record, InputError):
                self.fail(record.source, record.reason, file=record.file, line=record.line)
                continue
            self.pending.append(record)
            yield record.text

    def _accept(self, document: Document) -> Record:
        """Warn about a doubtful reading and write the text out, before extraction."""
        where = document.source or document.name
        if document.warning:
            out.warning(f"{where}: {document.warning}")
        if self.emitter is not None:
            try:
                self.emitter.write(document.name, document.text, source=document.source or None, line=document.line)
            except QuotexError as exc:
                return InputError(where, str(exc), path=document.source or None, line=document.line)
        return document

    def fail(self, shown: str, reason: str, *, file: Optional[str] = None, line: Optional[int] = None,
             doc: Optional[str] = None) -> None:
        """Count and report one failed input, on stderr and in the --errors log."""
        with whole():
            self.tally.failed += 1
            out.error(f"{shown}: {reason}")
            if self.log is not None:
                try:
                    self.log.write(file or shown, reason, line=line, doc=doc)
                except QuotexError as exc:  # a full disk: say so once, and go on
                    out.error(str(exc))
                    self.log = None


def selection(opts: JobOptions) -> Selection:
    """Quoted speech (direct and mixed) by default; --all adds every type and class; --types
    and --classes choose."""
    if opts.selection is not None:
        return opts.selection
    return Selection.everything() if opts.include_terms else Selection()


def _run_documents(renderer: Renderer, feed: Feed, extract: Extract, chosen: Selection,
         progress: Callable[[int], None] = lambda done: None) -> None:
    corpus = CorpusStage()  # speaker and quote keys, here, in input order
    for quotes in extract(feed.texts()):
        progress(feed.tally.documents + feed.tally.failed + 1)  # this one, and every input so far
        document = feed.pending.popleft()
        if isinstance(quotes, QuotexError):
            feed.fail(document.name, str(quotes), file=document.source, line=document.line, doc=document.name)
            continue
        with whole():  # a SIGTERM now waits until the document is written
            written, left_out = _write(renderer, corpus, document, quotes, chosen)
            feed.tally.quotes += written
            feed.tally.apostrophes += left_out
            feed.tally.documents += 1


def _write(renderer: Renderer, corpus: CorpusStage, document: Document, quotes: Sequence[Quote],
           chosen: Selection) -> tuple[int, int]:
    """Write one document's chosen quotes, with their keys; how many, and how many quotes in two
    apostrophes were left out. A long document's packed quotes go a piece at a time to a renderer
    that takes parts, so they are never all unpacked."""
    parts = quotes.parts() if isinstance(quotes, PackedQuotes) and takes_parts(renderer) else [quotes]
    written = left_out = 0
    for part in parts:
        kept = corpus.document(document.name, [q for q in part if chosen.keeps(q)])
        renderer.document(document.name, kept, document.text, document.row)
        written += len(kept)
        left_out += sum(1 for q in part if q.marks == "apostrophes" and not chosen.keeps(q))
    return written, left_out


def _progress_wanted(opts: JobOptions) -> bool:
    """A bar for extract, unless its output is being drawn on the same terminal (a table streams too)."""
    data_to_terminal = is_terminal(out.stdout)
    return opts.progress and wanted(quiet=opts.quiet, data_to_terminal=data_to_terminal)


@contextmanager
def _engine(opts: JobOptions) -> Iterator[Extract]:
    """Where the work runs: here, in --workers processes, or on the --scheduler's Dask cluster.

    A model that cannot be loaded there is a usage error. Imported here so that
    importing this module (and ``--help``) need not import spaCy.
    """
    from .engine import RunOptions
    from .engines import open_engine

    try:
        engine = open_engine(opts.model, workers=opts.workers, scheduler=opts.scheduler, warn=not opts.quiet,
                             options=RunOptions(fast=opts.fast))
    except QuotexError as exc:
        raise UsageError(str(exc)) from exc
    with engine:
        yield engine.extract


def process(paths: list[str], opts: JobOptions, make_output: Callable[[TextIO], Renderer]) -> Tally:
    """Load the model once, then stream every input through it to the renderer."""
    with warnings.catch_warnings(), ExitStack() as stack:
        if opts.quiet:
            warnings.simplefilter("ignore")  # spaCy's own warnings, too
        log, emitter = _open_sidecars(opts, paths)
        extract = stack.enter_context(_engine(opts))
        tally = Tally()
        records = read_inputs(paths, id_field=opts.id_field, text_field=opts.text_field,
                              encoding=opts.encoding, html=opts.html, max_bytes=opts.max_bytes,
                              follow_links=opts.follow_links)
        feed = Feed(records, tally, log=log, emitter=emitter)
        renderer = make_output(out.stdout)
        try:
            with progress_bar(paths, show=_progress_wanted(opts)) as progress:
                _run_documents(renderer, feed, extract, selection(opts), progress)
        finally:
            renderer.close()  # keeps a JSON array well formed even after an error
            for sidecar in (log, emitter):
                if sidecar is not None:
                    sidecar.close()
    return tally


def _open_sidecars(opts: JobOptions, paths: list[str]) -> tuple[Optional[ErrorLog], Optional[TextEmitter]]:
    """The --errors log and the --emit-text directory; one that cannot be made, or that would
    overwrite or be read as an input, is a usage error."""
    try:
        check_outputs(paths, errors=opts.errors, emit_text=opts.emit_text)
        log = ErrorLog.open(opts.errors) if opts.errors else None
        emitter = TextEmitter.open(opts.emit_text) if opts.emit_text else None
    except QuotexError as exc:
        raise UsageError(str(exc)) from exc
    return log, emitter
