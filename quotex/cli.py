"""The command line: inputs and options in, rendered quotes out.

Wiring only: reading is ``inputs``, finding quotes is ``pipeline``, writing
is ``render``. This module owns the error boundary: library code raises
``QuotexError``, and here it becomes one sentence on stderr and an exit code.
"""

from __future__ import annotations

import os
import sys
import traceback
import warnings
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Iterable, Iterator, NoReturn, Optional

import typer

from . import __version__
from .errors import QuotexError
from .inputs import Document, InputError, Record, read_inputs
from .model import Quote
from .render import OutputFormat, Renderer, make_renderer

if TYPE_CHECKING:
    from spacy.language import Language

# Exit codes: 0 the run worked (even with no quotes), 1 an input failed,
# 2 a usage error (typer's own, and a model that cannot be loaded).
EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

app = typer.Typer(
    name="quotex",
    help="Find quoted speech in news text and say who said each quote.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"quotex {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    *,
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_print_version, is_eager=True,
                     help="Show the version and exit."),
    ] = None,
) -> None:
    """Find quoted speech in news text and say who said each quote."""


@dataclass(frozen=True)
class _Options:
    fmt: OutputFormat
    include_terms: bool
    model: Optional[str]
    id_field: str
    text_field: str
    quiet: bool
    verbose: bool


@dataclass
class _Tally:
    documents: int = 0
    quotes: int = 0
    failed: int = 0

    def summary(self) -> str:
        return f"{self.documents} documents, {self.quotes} quotes, {self.failed} failed"


def _error(message: str) -> None:
    typer.echo(f"quotex: error: {message}", err=True)


class _Feed:
    """Turns input records into texts for ``extract_many``, reporting errors as met.

    ``nlp.pipe`` reads a few texts ahead, so names wait in a queue until
    their quotes come back, in the same order.
    """

    def __init__(self, records: Iterable[Record], tally: _Tally) -> None:
        self.records = records
        self.tally = tally
        self.names: deque[str] = deque()

    def texts(self) -> Iterator[str]:
        for record in self.records:
            if isinstance(record, InputError):
                self.tally.failed += 1
                _error(f"{record.source}: {record.reason}")
                continue
            self.names.append(record.name)
            yield record.text


def _print_help(ctx: typer.Context) -> None:
    help_text = ctx.get_help()  # typer's rich help prints itself and returns ""
    if help_text:
        typer.echo(help_text)


def _stdin_is_terminal() -> bool:
    return sys.stdin is None or sys.stdin.isatty()


def _keep(quote: Quote, include_terms: bool) -> bool:
    return include_terms or quote.type != "term"


def _run(renderer: Renderer, feed: _Feed, nlp: Language, include_terms: bool) -> None:
    from .pipeline import extract_many

    for quotes in extract_many(nlp, feed.texts()):
        name = feed.names.popleft()
        if isinstance(quotes, QuotexError):
            feed.tally.failed += 1
            _error(f"{name}: {quotes}")
            continue
        kept = [q for q in quotes if _keep(q, include_terms)]
        renderer.document(name, kept)
        feed.tally.documents += 1
        feed.tally.quotes += len(kept)


def _load(model: Optional[str], quiet: bool, verbose: bool) -> Language:
    """The pipeline, loaded once; a model that cannot load is a usage error.

    Imported here so that ``--help`` and ``--version`` need not import spaCy.
    """
    from .pipeline import load_pipeline

    try:
        return load_pipeline(model, warn=not quiet)
    except QuotexError as exc:
        _fail(exc, EXIT_USAGE, verbose)


def _fail(exc: BaseException, code: int, verbose: bool) -> NoReturn:
    if verbose:
        traceback.print_exception(exc, file=sys.stderr)
    message = str(exc) if isinstance(exc, QuotexError) else f"unexpected {type(exc).__name__}: {exc}"
    hint = "" if verbose or isinstance(exc, QuotexError) else " (run with -v for a traceback)"
    _error(message + hint)
    raise typer.Exit(code)


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at devnull so the exit flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (tests): nothing will flush to it


@app.command()
def extract(
    ctx: typer.Context,
    *,
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="PATH", show_default=False,
                       help="Text files, directories of .txt files, .jsonl corpora, or - for stdin. "
                            "With none, stdin is read when it is not a terminal."),
    ] = None,
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", case_sensitive=False,
                     help="Output: a table for reading, a JSON array, or JSON Lines (one quote per line)."),
    ] = OutputFormat.table,
    include_terms: Annotated[
        bool,
        typer.Option("--all", help="Also output scare quotes and quoted terms (type \"term\")."),
    ] = False,
    model: Annotated[
        Optional[str],
        typer.Option("--model", metavar="NAME",
                     help="spaCy pipeline name or path, or \"blank\" for rules only. "
                          "Default: the best installed English pipeline."),
    ] = None,
    id_field: Annotated[
        str, typer.Option("--id-field", metavar="FIELD", help="Field holding a document's id in .jsonl input."),
    ] = "id",
    text_field: Annotated[
        str, typer.Option("--text-field", metavar="FIELD", help="Field holding a document's text in .jsonl input."),
    ] = "text",
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No warnings and no summary on stderr; errors still show."),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show a traceback when something goes wrong."),
    ] = False,
) -> None:
    """Find the quotes in each input and write them to stdout."""
    if not paths:
        if _stdin_is_terminal():
            _print_help(ctx)
            raise typer.Exit(EXIT_USAGE)
        paths = ["-"]
    try:
        tally = _process(paths, _Options(fmt, include_terms, model, id_field, text_field, quiet, verbose))
    except typer.Exit:
        raise
    except BrokenPipeError:
        _silence_stdout()  # the reader went away ('| head'): end quietly
        raise typer.Exit(EXIT_OK)
    except KeyboardInterrupt:
        raise typer.Exit(EXIT_INTERRUPTED)
    except Exception as exc:  # the error boundary: one line, a traceback only with -v
        _fail(exc, EXIT_INPUT_FAILED, verbose)
    if not quiet:
        typer.echo(tally.summary(), err=True)
    raise typer.Exit(EXIT_INPUT_FAILED if tally.failed else EXIT_OK)


def _process(paths: list[str], opts: _Options) -> _Tally:
    """Load the model once, then stream every input through it to the renderer."""
    with warnings.catch_warnings():
        if opts.quiet:
            warnings.simplefilter("ignore")  # spaCy's own warnings, too
        nlp = _load(opts.model, opts.quiet, opts.verbose)
        tally = _Tally()
        records = read_inputs(paths, id_field=opts.id_field, text_field=opts.text_field)
        feed = _Feed(records, tally)
        renderer = make_renderer(opts.fmt, sys.stdout)
        try:
            _run(renderer, feed, nlp, opts.include_terms)
        finally:
            renderer.close()  # keeps a JSON array well formed even after an error
    return tally


def main() -> None:
    """Entry point for the ``quotex`` script and ``python -m quotex``."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")  # JSON carries non-ASCII text as is
    app(prog_name="quotex")
