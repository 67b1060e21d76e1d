"""The command line: the commands, their options, and the one error boundary.

Wiring only: a command turns its options into ``run.job.JobOptions`` and runs
``run.job.process`` (reading is ``text.inputs``, finding quotes ``run``,
writing ``output``). This module owns the one error boundary (``_guarded``):
library code raises ``QuotexError``, and there it becomes one sentence on
stderr and an exit code. Every line written goes through ``output.channel.out``.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import replace
from enum import Enum
from typing import Annotated, Callable, NoReturn, Optional, TextIO, TypeVar, Union

import click
import typer

from . import __version__
from .errors import QuotexError, UsageError
from .evaluate.read import PredictionCollector, parse_gold, parse_predictions, parse_types, read_rows, unscored
from .evaluate.report import EvalFormat, write_evaluation
from .evaluate.score import DEFAULT_MIN_OVERLAP, evaluate, shares_documents
from .output.channel import ColorMode, out
from .output.render import MACHINE_FORMATS, OutputFormat, Renderer, make_renderer
from .output.model import ATTRIBUTION_CLASSES, QUOTE_TYPES
from .output.schema import CLUSTER_RECORD, QUOTE_RECORD, SCHEMAS, SPEAKER_RECORD, Schema, with_kept
from .output.streams import OutputError, finish, install
from .run.job import JobOptions, Selection, process
from .run.stopping import EXIT_TERMINATED, Terminated, handled_signals
from .text.decoding import AUTO, DecodeError, check_encoding
from .text.inputs import DEFAULT_MAX_BYTES, parse_size, shown

# Exit codes: 0 the run worked (even with no quotes), 1 an input failed,
# 2 a usage error (typer's own, and a model that cannot be loaded).
EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _examples(*examples: tuple[str, str]) -> str:
    """A command's help epilog: each example's purpose, then the command, indented."""
    lines = ["Examples:"]
    for purpose, command in examples:
        lines += ["", f"  {purpose}", f"    {command}"]
    return "\n".join(lines)


ROOT_EXAMPLES = _examples(
    ("The quotes of an article, and who said them:", "quotex extract story.txt"),
    ("The article itself, quotes coloured by speaker:", "quotex show story.txt"),
    ("Who gets a voice in a corpus:", "quotex speakers --across articles/"),
    ("Tab completion for your shell (then restart it):", "quotex --install-completion"),
)


def _plain_types_in_help() -> None:
    """Help names a parameter by its metavar, and a flag by nothing.

    Recent typer versions print each parameter's Python type in help (``--all <bool>``,
    ``PATH <list[str]>``), which tells a user nothing; an option that takes a value
    names it with a metavar here (``--format table|json|jsonl|csv``, ``--workers N``).
    """
    core = getattr(typer, "core", None)
    for cls in (getattr(core, "TyperOption", None), getattr(core, "TyperArgument", None)):
        show = getattr(cls, "display_type_rich", None)
        if show is None or getattr(show, "quotex", False):
            continue

        def display_type_rich(self: "click.Parameter", ctx: click.Context, _show=show) -> Optional[str]:
            if getattr(self, "is_flag", False) or self.param_type_name == "argument":
                return None
            return _show(self, ctx)

        display_type_rich.quotex = True  # type: ignore[attr-defined]
        cls.display_type_rich = display_type_rich  # type: ignore[union-attr]


_plain_types_in_help()

E = TypeVar("E", bound=Enum)


def _choice(kind: type[E]) -> Callable[[Union[str, E]], E]:
    """A parser for an option whose values are ``kind``'s, case-insensitive, whose error lists them."""

    def parse(value: Union[str, E]) -> E:
        if isinstance(value, kind):
            return value
        try:
            return kind(str(value).lower())
        except ValueError:
            names = ", ".join(member.value for member in kind)
            raise typer.BadParameter(f"{value!r} is not one of {names}") from None

    return parse


def _choices(kind: type[Enum]) -> Callable[[], list[str]]:
    return lambda: [member.value for member in kind]


app = typer.Typer(
    name="quotex",
    help="Find quoted speech in news text and say who said each quote.",
    epilog=ROOT_EXAMPLES,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        out.data(f"quotex {__version__}")
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


# Options that several commands share, declared once.
ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", metavar="NAME",
                 help="spaCy pipeline name or path, or \"blank\" for rules only. "
                      "Default: the best installed English pipeline."),
]
IdFieldOption = Annotated[
    str, typer.Option("--id-field", metavar="FIELD", help="Field holding a document's id in .jsonl input."),
]
TextFieldOption = Annotated[
    str, typer.Option("--text-field", metavar="FIELD", help="Field holding a document's text in .jsonl input."),
]
FastOption = Annotated[
    bool,
    typer.Option("--fast", help="Skip the model's NER, attribute ruler and lemmatizer (about twice as fast; "
                                "names come from capitalisation, and speaker kinds are vaguer)."),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No warnings and no summary on stderr; errors still show."),
]
MaxSizeOption = Annotated[
    int,
    typer.Option("--max-size", metavar="SIZE", parser=lambda value: _size_option(value), show_default="64M",
                 help="Fail a document (a file, stdin, a corpus line) larger than this, so that no endless "
                      "input (/dev/zero, 'yes |') fills memory; bytes, or a number with k, M or G."),
]
FollowLinksOption = Annotated[
    bool,
    typer.Option("--follow-links", help="Also read symbolic links in a directory that lead out of it "
                                        "(skipped with a warning otherwise)."),
]
SafeCsvOption = Annotated[
    bool,
    typer.Option("--safe-csv", help="With -f csv, put ' before a cell that begins with = + - @ (or a tab or CR), "
                                    "so that spreadsheets show it as text instead of running it as a formula."),
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Show a traceback when something goes wrong."),
]
ColorOption = Annotated[
    ColorMode,
    typer.Option("--color", parser=_choice(ColorMode), metavar="auto|always|never",
                 autocompletion=_choices(ColorMode),
                 help="Colour tables and views: on a terminal (auto, which obeys NO_COLOR and FORCE_COLOR), "
                      "always, or never. JSON and CSV are never coloured."),
]


def _size_option(value: str) -> int:
    if isinstance(value, int):
        return value
    try:
        return parse_size(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _encoding_option(value: str) -> str:
    try:
        return check_encoding(value)
    except DecodeError as exc:
        raise typer.BadParameter(str(exc)) from None


EncodingOption = Annotated[
    str,
    typer.Option("--encoding", metavar="NAME", callback=_encoding_option,
                 help="How files and stdin are decoded: \"auto\" (UTF-8, or UTF-16/32 with a BOM, else "
                      "Windows-1252 with a warning) or a codec name such as utf-8, which is strict. "
                      ".jsonl corpora are always UTF-8."),
]
HtmlOption = Annotated[
    bool, typer.Option("--html", help="Read every input as an HTML page and keep its article text "
                                      "(.html and .htm files are read so anyway)."),
]
ErrorsOption = Annotated[
    Optional[str],
    typer.Option("--errors", metavar="FILE", show_default=False,
                 help="Also write each failed input or corpus line to FILE as JSON Lines "
                      "(source, line, doc, reason), to repair and rerun."),
]
WorkersOption = Annotated[
    int,
    typer.Option("--workers", "-j", min=1, metavar="N",
                 help="Worker processes, each with its own pipeline; the output is the same as with one."),
]
SchedulerOption = Annotated[
    Optional[str],
    typer.Option("--scheduler", metavar="ADDRESS", show_default=False,
                 help="Run on the Dask cluster of this scheduler, e.g. tcp://10.0.0.5:8786 "
                      "(needs the dask extra)."),
]


def _print_help(ctx: typer.Context) -> int:
    """Help on stdout, for a command given nothing to read; a usage error."""
    help_text = ctx.get_help()  # typer's rich help prints itself and returns ""
    if help_text:
        out.data(help_text)
    return EXIT_USAGE


def _stdin_is_terminal() -> bool:
    return sys.stdin is None or sys.stdin.isatty()


def _guarded(command: Callable[[], int], *, quiet: bool, verbose: bool,
             color: ColorMode = ColorMode.auto) -> NoReturn:
    """The one error boundary: run ``command`` and exit with the code it returns.

    A ``UsageError`` exits with 2, any other error with 1, each as one line on
    stderr (a traceback only with ``-v``); a closed pipe ends quietly with 0,
    Ctrl-C with 130 and SIGTERM with 143.
    """
    out.configure(quiet=quiet, verbose=verbose, color=color)
    try:
        with handled_signals():
            code = command()
    except (click.ClickException, click.exceptions.Exit):
        raise  # click's own usage errors, in click's format
    except BrokenPipeError:
        _silence_stdout()  # the reader went away ('| head'): end quietly
        code = EXIT_OK
    except Terminated:
        code = EXIT_TERMINATED
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except Exception as exc:  # one line, a traceback only with -v
        code = _report(exc)
    finally:
        out.configure()  # the next command (in tests, the same process) starts afresh
    raise typer.Exit(code)


def _report(exc: Exception) -> int:
    if out.verbose:
        out.traceback(exc)
    message = str(exc) if isinstance(exc, QuotexError) else f"unexpected {type(exc).__name__}: {exc}"
    hint = "" if out.verbose or isinstance(exc, QuotexError) else " (run with -v for a traceback)"
    out.error(message + hint)
    return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_INPUT_FAILED


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at devnull so the exit flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (tests): nothing will flush to it


EXTRACT_EXAMPLES = _examples(
    ("A table to read:", "quotex extract story.txt"),
    ("One JSON object per quote, for jq:", "quotex extract -f jsonl articles/ > quotes.jsonl"),
    ("Some fields as CSV (all fields: quotex schema):",
     "quotex extract -f csv --fields doc,speaker.name,text corpus.jsonl > quotes.csv"),
    ("Quotes from unnamed sources:", "quotex extract -f jsonl articles/ | jq 'select(.speaker.anonymous)'"),
    ("From stdin:", "cat story.txt | quotex extract -f json -"),
)


InputsArgument = Annotated[
    Optional[list[str]],
    typer.Argument(metavar="PATH", show_default=False,
                   help="Text or HTML files, directories of them, .jsonl corpora, or - for stdin. "
                        "With none, stdin is read when it is not a terminal."),
]
FieldsOption = Annotated[
    Optional[str],
    typer.Option("--fields", metavar="A,B,C", show_default=False,
                 help="Only these fields (the table's columns, or the keys of json, jsonl and csv): "
                      "dotted names such as doc,text,speaker.name (see 'quotex schema')."),
]


TypesOption = Annotated[
    Optional[str],
    typer.Option("--types", metavar="T,..", show_default=False,
                 help="Only records of these types: direct, mixed, nested (a quote inside a quote), indirect "
                      "(reported speech), term. Default direct,mixed,nested; indirect brings speech and writing "
                      "with a source (see --classes)."),
]
ClassesOption = Annotated[
    Optional[str],
    typer.Option("--classes", metavar="C,..", show_default=False,
                 help="Reported speech (indirect) of these classes: speech, writing, thought, stance, action. "
                      "Default speech,writing; with --all, every class, and reports with no source. "
                      "Quoted speech is kept whatever its class."),
]


def _selection(ctx: typer.Context, include_all: bool, types: Optional[str], classes: Optional[str]) -> Optional[Selection]:
    """The records --types, --classes and --all ask for; None when none of the first two is given."""
    if types is None and classes is None:
        return None
    if include_all and types is not None:
        raise typer.BadParameter("cannot be combined with --all (which means every type)", ctx=ctx,
                                 param_hint="'--types'")
    chosen = Selection.everything() if include_all else Selection()
    if types is not None:
        chosen = replace(chosen, types=_names(ctx, types, QUOTE_TYPES, "'--types'"))
    if classes is not None:
        if "indirect" not in chosen.types:
            raise typer.BadParameter("chooses reported speech: add indirect to --types, or --all", ctx=ctx,
                                     param_hint="'--classes'")
        chosen = replace(chosen, classes=_names(ctx, classes, ATTRIBUTION_CLASSES, "'--classes'"))
    return chosen


def _names(ctx: typer.Context, value: str, known: tuple[str, ...], hint: str) -> frozenset[str]:
    names = frozenset(n.strip().lower() for n in value.split(",") if n.strip())
    unknown = sorted(names - set(known))
    if unknown or not names:
        raise typer.BadParameter(f"{', '.join(map(repr, unknown)) or 'nothing'} is not among "
                                 f"{', '.join(known)}", ctx=ctx, param_hint=hint)
    return names


@app.command(epilog=EXTRACT_EXAMPLES)
def extract(
    ctx: typer.Context,
    *,
    paths: InputsArgument = None,
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", parser=_choice(OutputFormat), metavar="table|json|jsonl|csv",
                     autocompletion=_choices(OutputFormat),
                     help="Output: a table for reading, a JSON array, JSON Lines (one quote per line), "
                          "or CSV with nested fields flattened (speaker_name)."),
    ] = OutputFormat.table,
    field_spec: FieldsOption = None,
    include_terms: Annotated[
        bool,
        typer.Option("--all", help="Also output reported speech (type \"indirect\") of every class and scare "
                                   "quotes and quoted terms (type \"term\")."),
    ] = False,
    types: TypesOption = None,
    classes: ClassesOption = None,
    model: ModelOption = None,
    id_field: IdFieldOption = "id",
    text_field: TextFieldOption = "text",
    encoding: EncodingOption = AUTO,
    html: HtmlOption = False,
    errors: ErrorsOption = None,
    emit_text: Annotated[
        Optional[str],
        typer.Option("--emit-text", metavar="DIR", show_default=False,
                     help="Write the text of each document, as read, to DIR/<doc>.txt: offsets index it."),
    ] = None,
    keep_spec: Annotated[
        Optional[str],
        typer.Option("--keep", metavar="FIELD,...", show_default=False,
                     help="Copy these fields of each .jsonl corpus row (date, publisher, url, ...) into every "
                          "record of its document, under \"row\" (CSV columns row_date, ...)."),
    ] = None,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    follow_links: FollowLinksOption = False,
    safe_csv: SafeCsvOption = False,
    fast: FastOption = False,
    color: ColorOption = ColorMode.auto,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Find the quotes in each input and write them to stdout."""
    keep = _keep_fields(ctx, keep_spec, text_field)
    fields = _fields(ctx, field_spec, fmt, with_kept(QUOTE_RECORD, keep or ()))
    _check_engine(ctx, workers, scheduler)
    opts = JobOptions(fmt, include_terms, model, id_field, text_field, quiet, verbose,
                    encoding=encoding, html=html, errors=errors, emit_text=emit_text,
                    workers=workers, scheduler=scheduler, progress=True, fast=fast,
                    max_bytes=max_size, follow_links=follow_links, color=color,
                    selection=_selection(ctx, include_terms, types, classes))
    _execute(ctx, paths, opts, lambda stream: make_renderer(fmt, stream, fields=fields, safe_csv=safe_csv,
                                                            keep=keep))


def _keep_fields(ctx: typer.Context, spec: Optional[str], text_field: str) -> Optional[list[str]]:
    """The corpus fields of ``--keep``, in order, without repeats; none named, or the text, is a usage error."""
    if spec is None:
        return None
    names = list(dict.fromkeys(name.strip() for name in spec.split(",") if name.strip()))
    if not names:
        raise typer.BadParameter("name at least one field of the corpus rows", ctx=ctx, param_hint="'--keep'")
    if text_field in names:
        raise typer.BadParameter(f"the text field {text_field!r} is the document itself; keep other fields",
                                 ctx=ctx, param_hint="'--keep'")
    return names


def _check_engine(ctx: typer.Context, workers: int, scheduler: Optional[str]) -> None:
    if scheduler and workers > 1:
        raise typer.BadParameter("cannot be combined with --scheduler", ctx=ctx, param_hint="'--workers'")


def _fields(ctx: typer.Context, spec: Optional[str], fmt: OutputFormat, schema: Schema) -> Optional[list[str]]:
    """The checked ``--fields`` names; a bad name is a usage error that lists the good ones."""
    from .output.fields import FieldError, parse_fields

    if spec is not None and fmt not in MACHINE_FORMATS and schema is not QUOTE_RECORD and "row" not in schema["properties"]:
        raise typer.BadParameter("works with --format json, jsonl or csv", ctx=ctx, param_hint="'--fields'")
    try:
        return parse_fields(spec, schema)
    except FieldError as exc:
        raise typer.BadParameter(str(exc), ctx=ctx, param_hint="'--fields'") from None


def _execute(ctx: typer.Context, paths: Optional[list[str]], opts: JobOptions,
             make_output: Callable[[TextIO], Renderer]) -> NoReturn:
    """Run ``paths`` through the pipeline to ``make_output(stdout)``, inside the error boundary."""

    def command() -> int:
        if not paths and _stdin_is_terminal():
            return _print_help(ctx)
        tally = process(paths or ["-"], opts, make_output)
        out.summary(tally.summary())
        return EXIT_INPUT_FAILED if tally.failed else EXIT_OK

    _guarded(command, quiet=opts.quiet, verbose=opts.verbose, color=opts.color)


SHOW_EXAMPLES = _examples(
    ("Quotes in their speaker's colour, a legend after:", "quotex show story.txt"),
    ("Paged, with reported speech marked and quoted terms dimmed:", "quotex show --pager --all story.txt"),
    ("As plain text, speakers in angle brackets:", "quotex show story.txt > story.view.txt"),
    ("Several articles, one after the other:", "quotex show articles/*.txt"),
)


@app.command(epilog=SHOW_EXAMPLES)
def show(
    ctx: typer.Context,
    *,
    paths: InputsArgument = None,
    pager: Annotated[
        bool, typer.Option("--pager", help="Page the output through $PAGER (less) when stdout is a terminal."),
    ] = False,
    include_terms: Annotated[
        bool,
        typer.Option("--all", help="Also mark reported speech (type \"indirect\") in its speaker's colour, and "
                                   "scare quotes and quoted terms dimmed, as extract --all outputs them."),
    ] = False,
    model: ModelOption = None,
    id_field: IdFieldOption = "id",
    text_field: TextFieldOption = "text",
    encoding: EncodingOption = AUTO,
    html: HtmlOption = False,
    errors: ErrorsOption = None,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    follow_links: FollowLinksOption = False,
    fast: FastOption = False,
    color: ColorOption = ColorMode.auto,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Print each article with every quote in its speaker's colour and the speaker's name before it."""
    from .output.views import ShowRenderer

    _check_engine(ctx, workers, scheduler)
    opts = JobOptions(OutputFormat.table, include_terms, model, id_field, text_field, quiet, verbose,
                    encoding=encoding, html=html, errors=errors, workers=workers, scheduler=scheduler, fast=fast,
                    max_bytes=max_size, follow_links=follow_links, color=color)
    _execute(ctx, paths, opts, lambda stream: ShowRenderer(out.console(stream), pager=pager))


SPEAKERS_EXAMPLES = _examples(
    ("Who is quoted, and how much rests on unnamed sources:", "quotex speakers story.txt"),
    ("One row per speaker across a corpus:", "quotex speakers --across articles/"),
    ("As CSV, counting reported speech too:", "quotex speakers --across --all -f csv corpus.jsonl > speakers.csv"),
    ("Documents that quote unnamed sources:", "quotex speakers -f jsonl articles/ | jq -r 'select(.anonymous) | .doc'"),
)


@app.command(epilog=SPEAKERS_EXAMPLES)
def speakers(
    ctx: typer.Context,
    *,
    paths: InputsArgument = None,
    across: Annotated[
        bool, typer.Option("--across", help="One row per speaker across all inputs (by speaker.key, a bare surname "
                                            "joined to the one full name the corpus quotes), instead of one per "
                                            "speaker per document."),
    ] = False,
    include_indirect: Annotated[
        bool, typer.Option("--all", help="Also count reported speech (type \"indirect\"), as extract --all outputs it."),
    ] = False,
    types: TypesOption = None,
    classes: ClassesOption = None,
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", parser=_choice(OutputFormat), metavar="table|json|jsonl|csv",
                     autocompletion=_choices(OutputFormat),
                     help="Output: tables for reading, a JSON array, JSON Lines (one speaker per line), or CSV."),
    ] = OutputFormat.table,
    field_spec: Annotated[
        Optional[str],
        typer.Option("--fields", metavar="A,B,C", show_default=False,
                     help="Only these fields, for json, jsonl and csv (see 'quotex schema speakers')."),
    ] = None,
    model: ModelOption = None,
    id_field: IdFieldOption = "id",
    text_field: TextFieldOption = "text",
    encoding: EncodingOption = AUTO,
    html: HtmlOption = False,
    errors: ErrorsOption = None,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    follow_links: FollowLinksOption = False,
    safe_csv: SafeCsvOption = False,
    fast: FastOption = False,
    color: ColorOption = ColorMode.auto,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Count who is quoted: quotes and words per speaker, and the share from unnamed sources."""
    from .output.views import SpeakersView

    fields = _fields(ctx, field_spec, fmt, SPEAKER_RECORD)
    _check_engine(ctx, workers, scheduler)
    opts = JobOptions(fmt, include_indirect, model, id_field, text_field, quiet, verbose,
                    encoding=encoding, html=html, errors=errors, workers=workers, scheduler=scheduler, fast=fast,
                    max_bytes=max_size, follow_links=follow_links, color=color,
                    selection=_selection(ctx, include_indirect, types, classes))
    _execute(ctx, paths, opts, lambda stream: SpeakersView(fmt, stream, across=across, fields=fields,
                                                                 safe_csv=safe_csv))


QUOTES_EXAMPLES = _examples(
    ("The quotes that several articles carry, and who had them first:", "quotex quotes --across articles/"),
    ("First appearance by the corpus's date field, as JSON Lines:",
     "quotex quotes --across --date-field published -f jsonl corpus.jsonl"),
    ("As each article is read, its quotes that an earlier article carried:", "quotex quotes corpus.jsonl"),
)


@app.command(epilog=QUOTES_EXAMPLES)
def quotes(
    ctx: typer.Context,
    *,
    paths: InputsArgument = None,
    across: Annotated[
        bool, typer.Option("--across", help="Once every input is read, list each quote that several documents "
                                            "carry, with its documents, speakers and first appearance."),
    ] = False,
    min_documents: Annotated[
        int, typer.Option("--min-documents", min=1, metavar="N",
                          help="With --across, list quotes that at least N documents carry."),
    ] = 2,
    date_field: Annotated[
        str, typer.Option("--date-field", metavar="FIELD",
                          help="The .jsonl corpus field that dates a document: the first appearance is the earliest "
                               "date, else the first in input order."),
    ] = "date",
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", parser=_choice(OutputFormat), metavar="table|json|jsonl|csv",
                     autocompletion=_choices(OutputFormat),
                     help="Output: tables for reading, a JSON array, JSON Lines (one quote per line), or CSV."),
    ] = OutputFormat.table,
    field_spec: Annotated[
        Optional[str],
        typer.Option("--fields", metavar="A,B,C", show_default=False,
                     help="Only these fields, for json, jsonl and csv (see 'quotex schema clusters')."),
    ] = None,
    model: ModelOption = None,
    id_field: IdFieldOption = "id",
    text_field: TextFieldOption = "text",
    encoding: EncodingOption = AUTO,
    html: HtmlOption = False,
    errors: ErrorsOption = None,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    follow_links: FollowLinksOption = False,
    safe_csv: SafeCsvOption = False,
    fast: FastOption = False,
    color: ColorOption = ColorMode.auto,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """List the quotes that several documents carry: reprints, wire copies, trimmed quotes."""
    from .output.clusters import QuotesView

    fields = _fields(ctx, field_spec, fmt, CLUSTER_RECORD)
    _check_engine(ctx, workers, scheduler)
    opts = JobOptions(fmt, False, model, id_field, text_field, quiet, verbose,
                      encoding=encoding, html=html, errors=errors, workers=workers, scheduler=scheduler, fast=fast,
                      max_bytes=max_size, follow_links=follow_links, color=color)
    _execute(ctx, paths, opts, lambda stream: QuotesView(fmt, stream, across=across, min_documents=min_documents,
                                                         date_field=date_field, fields=fields, safe_csv=safe_csv))


REPORT_EXAMPLES = _examples(
    ("A page to open in a browser:", "quotex report articles/ -o report.html"),
    ("A corpus with its outlet in 'source' and its date in 'published':",
     "quotex report --outlet-field source --date-field published corpus.jsonl -o report.html"),
)


@app.command(epilog=REPORT_EXAMPLES)
def report(
    ctx: typer.Context,
    *,
    paths: InputsArgument = None,
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="FILE", help="The HTML file to write (- for stdout)."),
    ] = "report.html",
    title: Annotated[str, typer.Option("--title", metavar="TEXT", help="The page's title.")] = "quotex report",
    date_field: Annotated[
        str, typer.Option("--date-field", metavar="FIELD", help="The .jsonl corpus field that dates a document."),
    ] = "date",
    outlet_field: Annotated[
        str, typer.Option("--outlet-field", metavar="FIELD", help="The .jsonl corpus field that names its outlet."),
    ] = "publisher",
    include_terms: Annotated[
        bool, typer.Option("--all", help="Also mark reported speech and quoted terms, as show --all does."),
    ] = False,
    model: ModelOption = None,
    id_field: IdFieldOption = "id",
    text_field: TextFieldOption = "text",
    encoding: EncodingOption = AUTO,
    html: HtmlOption = False,
    errors: ErrorsOption = None,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    follow_links: FollowLinksOption = False,
    fast: FastOption = False,
    color: ColorOption = ColorMode.auto,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Write one self-contained HTML page: a corpus summary with charts, and every article with its
    quotes coloured by speaker."""
    from .output.report import ReportRenderer

    _check_engine(ctx, workers, scheduler)
    if output != "-" and paths and os.path.abspath(output) in {os.path.abspath(p) for p in paths}:
        raise typer.BadParameter("is one of the inputs", ctx=ctx, param_hint="'--output'")
    if output != "-" and not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        raise typer.BadParameter(f"its directory does not exist: {output}", ctx=ctx, param_hint="'--output'")
    opts = JobOptions(OutputFormat.table, include_terms, model, id_field, text_field, quiet, verbose,
                      encoding=encoding, html=html, errors=errors, workers=workers, scheduler=scheduler, fast=fast,
                      max_bytes=max_size, follow_links=follow_links, color=color, progress=True)
    _execute(ctx, paths, opts, lambda stream: ReportRenderer(stream if output == "-" else output, title=title,
                                                             date_field=date_field, outlet_field=outlet_field))


class SchemaName(str, Enum):
    """The records ``quotex schema`` can describe."""

    quotes = "quotes"
    speakers = "speakers"
    clusters = "clusters"


SCHEMA_EXAMPLES = _examples(
    ("The records of quotex extract:", "quotex schema > quote.schema.json"),
    ("The records of quotex speakers:", "quotex schema speakers"),
    ("Just the field names:", "quotex schema | jq -r '.properties | keys[]'"),
)


@app.command(epilog=SCHEMA_EXAMPLES)
def schema(
    *,
    record: Annotated[
        SchemaName,
        typer.Argument(metavar="RECORD", case_sensitive=False,
                       help="Which records: those of extract (quotes), of speakers, or of quotes --across (clusters)."),
    ] = SchemaName.quotes,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the records quotex writes; each carries schema_version."""
    out.data(json.dumps(SCHEMAS[record.value], indent=2, ensure_ascii=False))


EVAL_EXAMPLES = _examples(
    ("Score predictions against gold annotations:", "quotex eval gold.jsonl pred.jsonl"),
    ("Extract first, then score; quoted speech only, as JSON:",
     "quotex eval --gold gold.jsonl --types direct,mixed -f json corpus.jsonl"),
    ("The five documents with the lowest F1:",
     "quotex eval gold.jsonl pred.jsonl -f json --per-doc | jq '.per_doc | map(select(.f1)) | sort_by(.f1) | .[:5]'"),
)


@app.command("eval", epilog=EVAL_EXAMPLES)
def eval_command(
    ctx: typer.Context,
    *,
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="GOLD PRED | INPUT", show_default=False,
                       help="A gold and a prediction JSON Lines file (- for stdin); with --gold, the inputs to "
                            "extract quotes from first (files, directories, .jsonl corpora or -, as for extract)."),
    ] = None,
    gold: Annotated[
        Optional[str],
        typer.Option("--gold", metavar="GOLD", show_default=False,
                     help="Gold JSON Lines file: extract quotes from the inputs, then score them against it."),
    ] = None,
    fmt: Annotated[
        EvalFormat,
        typer.Option("--format", "-f", parser=_choice(EvalFormat), metavar="table|json",
                     autocompletion=_choices(EvalFormat), help="Output: tables for reading, or one JSON object."),
    ] = EvalFormat.table,
    types: Annotated[
        Optional[str],
        typer.Option("--types", metavar="T,..", show_default=False,
                     help="Score only predictions of these types (e.g. direct,mixed); same as --pred-types."),
    ] = None,
    gold_types: Annotated[
        Optional[str],
        typer.Option("--gold-types", metavar="T,..", show_default=False,
                     help="Keep only gold rows of these types (rows without a type are kept)."),
    ] = None,
    pred_types: Annotated[
        Optional[str],
        typer.Option("--pred-types", metavar="T,..", show_default=False,
                     help="Keep only predictions of these types (rows without a type are kept)."),
    ] = None,
    min_overlap: Annotated[
        float,
        typer.Option("--min-overlap", min=0.0, max=1.0, metavar="IOU",
                     help="Least intersection over union of two spans for a match."),
    ] = DEFAULT_MIN_OVERLAP,
    only_gold_docs: Annotated[
        bool, typer.Option("--only-gold-docs", help="Ignore predictions on documents that have no gold rows."),
    ] = False,
    per_doc: Annotated[
        bool, typer.Option("--per-doc", help="Also show the figures of each document."),
    ] = False,
    include_terms: Annotated[
        bool, typer.Option("--all", help="With --gold: also score quoted terms (type \"term\"), as extract --all."),
    ] = False,
    model: ModelOption = None,
    id_field: IdFieldOption = "id",
    text_field: TextFieldOption = "text",
    encoding: EncodingOption = AUTO,
    html: HtmlOption = False,
    errors: ErrorsOption = None,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    follow_links: FollowLinksOption = False,
    fast: FastOption = False,
    color: ColorOption = ColorMode.auto,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Score quotes against gold annotations: precision, recall, F1, exact-span F1 and speaker accuracy.

    With --gold, quotes are extracted first, and the input options (--model, --fast, --encoding, ...)
    work as for extract. Spans are matched one to one by overlap (intersection over union).
    """
    paths = paths or []
    _check_engine(ctx, workers, scheduler)
    opts = JobOptions(OutputFormat.table, include_terms, model, id_field, text_field, quiet, verbose,
                    encoding=encoding, html=html, errors=errors, workers=workers, scheduler=scheduler, fast=fast,
                    max_bytes=max_size, follow_links=follow_links, color=color)
    pick = parse_types(pred_types or types)

    def command() -> int:
        if not paths and gold is None:
            return _print_help(ctx)
        _check_eval_usage(gold, paths, types, pred_types)
        tally = None
        gold_rows = parse_gold(read_rows(gold or paths[0]))  # a bad gold file fails before extracting
        if gold is None:
            rows = read_rows(paths[1])
            skipped = unscored(rows)
            if skipped:
                out.warning(f"{shown(paths[1])}: {skipped} prediction rows without integer \"start\" and \"end\" "
                            "were not scored")
            predictions = parse_predictions(rows)
        else:
            collector = PredictionCollector()  # extract's own reading and extraction, kept, not written
            tally = process(paths, opts, lambda stream: collector)
            predictions = collector.predictions
        evaluation = evaluate(gold_rows, predictions, min_overlap=min_overlap, only_gold_docs=only_gold_docs,
                              gold_types=parse_types(gold_types), pred_types=pick)
        write_evaluation(evaluation, fmt, out.stdout, per_doc=per_doc)
        if tally is not None:
            out.summary(tally.summary())
        if evaluation.total.predicted and not shares_documents(evaluation):
            out.warning("no predicted document has gold rows; documents are matched "
                        "on their file name (a corpus row's id)")
        return EXIT_INPUT_FAILED if tally and tally.failed else EXIT_OK

    _guarded(command, quiet=quiet, verbose=verbose, color=color)


def _check_eval_usage(gold: Optional[str], paths: list[str], types: Optional[str], pred_types: Optional[str]) -> None:
    """Usage errors of ``eval``, raised as ``UsageError`` (exit code 2)."""
    if gold is None and len(paths) != 2:
        raise UsageError("give GOLD and PRED files, or --gold GOLD and the inputs to extract quotes from")
    if gold is not None and not paths:
        raise UsageError("--gold needs inputs to extract quotes from (- for stdin)")
    if [gold, *paths].count("-") > 1:
        raise UsageError("stdin (-) can be read only once")
    if types and pred_types and parse_types(types) != parse_types(pred_types):
        raise UsageError("--types and --pred-types disagree; give one of them")


def main() -> None:
    """Entry point for the ``quotex`` script and ``python -m quotex``.

    stdout and stderr are UTF-8 (JSON carries non-ASCII text as is) and guarded
    (``output.streams``): a failed write to stdout, even of ``--help`` or
    ``schema``, is one line and exit code 1, and stderr never raises.
    """
    install()
    try:
        app(prog_name="quotex")
        code: object = EXIT_OK
    except SystemExit as exc:
        code = exc.code
    except OutputError as exc:  # outside every command's boundary: --help, --version, schema
        out.error(str(exc))
        code = EXIT_INPUT_FAILED
    reason = finish()
    if reason is not None:
        out.error(reason)
        code = code or EXIT_INPUT_FAILED
    if code in (EXIT_TERMINATED, EXIT_INTERRUPTED) and _threads_left():
        # A stopped worker pool can leave a thread waiting on a pipe for ever, and Python's exit
        # joins it: after a flush, an interrupted run ends here instead (WorkerPool.close).
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001 - a closed stream: nothing to flush
                pass
        os._exit(code)
    sys.exit(code)


def _threads_left() -> bool:
    """Is any thread besides this one still running?"""
    return any(t is not threading.current_thread() and t.is_alive() for t in threading.enumerate())
