"""Reading inputs: text and HTML files, directories of them, stdin, and JSONL corpora.

Everything comes out as a stream of records: a ``Document`` to process or an
``InputError`` to report. Bad input never stops the stream, so one unreadable
file or malformed JSON line costs that input only.

Reading is bounded: no input, however endless (``/dev/zero``, ``yes |``),
is read past ``max_bytes``, and a directory walk reads only regular files
that stay inside the directory (``follow_links`` lets links leave it),
skipping the rest with a ``Skipped`` record. File names that are not UTF-8
are shown with ``\\xNN`` escapes, so every name can be printed and logged.

Files and stdin are decoded by the ``--encoding`` rules of ``decoding``
(UTF-8 by default, with a leading byte-order mark removed and no newline
translation), so quote offsets index the text exactly as decoded. HTML pages
are reduced to their article text first (``html``), and offsets index that.
JSONL corpora are always UTF-8, as JSON must be.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from dataclasses import dataclass, field
import re
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Mapping, Optional, Union

from .decoding import AUTO, DecodeError, decode
from .html import HTML_SUFFIXES, HtmlError, article_text, is_html_name

STDIN = "-"
STDIN_NAME = "<stdin>"
TEXT_SUFFIX = ".txt"
CORPUS_SUFFIX = ".jsonl"
DIRECTORY_SUFFIXES: tuple[str, ...] = (TEXT_SUFFIX, *HTML_SUFFIXES)
_BOM = b"\xef\xbb\xbf"
_GUESSED = "not UTF-8; read as Windows-1252"
DEFAULT_MAX_BYTES = 64_000_000  # a 10 MB article is a supported case; an endless input is not
_SKIP_LINE_CHUNK = 1 << 20
_SKIP_LINE_LIMIT = 16  # an over-long corpus line is skipped up to this many times the limit, then the file stops


@dataclass(frozen=True)
class Document:
    """One text to process; ``name`` is what output records call it.

    ``source`` and ``line`` say where it was read (a corpus row has a line);
    ``warning`` is a doubt about the reading worth telling the user, such as
    a guessed encoding; ``row`` holds a corpus row's other fields (``date``,
    ``publisher``, …), without its text. None of these take part in equality.
    """

    name: str
    text: str
    source: str = field(default="", compare=False)
    line: Optional[int] = field(default=None, compare=False)
    warning: Optional[str] = field(default=None, compare=False)
    row: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class InputError:
    """An input that could not be read: where it was and a one-line reason.

    ``source`` is the place as shown to the user: a path, ``<stdin>``, or
    ``path:line`` for a corpus row. ``path`` and ``line`` keep the two apart
    for the ``--errors`` log.
    """

    source: str
    reason: str
    path: Optional[str] = field(default=None, compare=False)
    line: Optional[int] = field(default=None, compare=False)

    @property
    def file(self) -> str:
        """The file (or ``<stdin>``) without a line number."""
        return self.source if self.path is None else self.path


@dataclass(frozen=True)
class Skipped:
    """A directory entry that is deliberately not read (a FIFO, a link leaving the directory): a warning."""

    source: str
    reason: str


Record = Union[Document, InputError, Skipped]


def shown(path: Union[str, "os.PathLike[str]"]) -> str:
    """``path`` as it can be printed: bytes that are not UTF-8 become ``\\xNN`` (``b\\xff.txt``)."""
    name = os.fspath(path)
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no file name produced
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


class InputTooLarge(ValueError):
    """More bytes than ``max_bytes``; the message is the user's reason."""


def size_limit_reason(limit: int) -> str:
    return f"larger than the {format_size(limit)} input limit (--max-size)"


def format_size(size: int) -> str:
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor and size % (factor // 10) == 0:
            return f"{size / factor:g} {unit}"
    return f"{size} bytes"


def parse_size(text: str) -> int:
    """``"64M"``, ``"500k"``, ``"1G"`` or a number of bytes (decimal units), else ``ValueError``."""
    match = _SIZE.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a size: {text!r} (give bytes, or a number with k, M or G)")
    number, unit = match.groups()
    size = int(float(number) * _UNITS[unit.lower()[:1]])
    if size < 1:
        raise ValueError(f"the size must be at least 1 byte, got {text!r}")
    return size


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kKmMgG]?[bB]?)")
_UNITS = {"": 1, "b": 1, "k": 10**3, "m": 10**6, "g": 10**9}


def _read_limited(stream: BinaryIO, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(size_limit_reason(limit))
    return data


@dataclass(frozen=True)
class _Reading:
    """How to turn bytes into text: the ``--encoding`` and whether everything is HTML."""

    encoding: str = AUTO
    html: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    follow_links: bool = False

    def wants_html(self, name: str) -> bool:
        return self.html or is_html_name(name)


def read_inputs(
    paths: Iterable[str],
    *,
    id_field: str = "id",
    text_field: str = "text",
    stdin: Optional[BinaryIO] = None,
    encoding: str = AUTO,
    html: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_links: bool = False,
) -> Iterator[Record]:
    """Yield a record for each document named by ``paths``, in order.

    A path is a text file, an HTML file (``.html``, ``.htm``), a directory
    (its ``*.txt``, ``*.html`` and ``*.htm`` files, recursively, in sorted
    order), ``-`` for stdin, or a ``.jsonl`` corpus with one object per line
    holding ``id_field`` and ``text_field``. ``encoding`` is ``auto`` or a
    codec name (see ``decoding``); with ``html`` every input is read as HTML.
    No document is read past ``max_bytes``; ``follow_links`` reads links in a
    directory that lead out of it.
    """
    reading = _Reading(encoding, html, max_bytes, follow_links)
    for path in paths:
        if path == STDIN:
            yield read_stdin(stdin, encoding=encoding, html=html, max_bytes=max_bytes)
        else:
            yield from _read_path(Path(path), id_field, text_field, reading)


def read_stdin(stream: Optional[BinaryIO] = None, *, encoding: str = AUTO, html: bool = False,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """The whole of stdin (or ``stream``) as one document, up to ``max_bytes``."""
    if stream is None:
        stream = getattr(sys.stdin, "buffer", None)  # bytes, so no newline translation
        if stream is None:
            return InputError(STDIN_NAME, "standard input is not available")
    try:
        data = _read_limited(stream, max_bytes)
    except InputTooLarge as exc:
        return InputError(STDIN_NAME, str(exc))
    except OSError as exc:
        return InputError(STDIN_NAME, _os_reason(exc))
    return _document(STDIN_NAME, STDIN_NAME, data, _Reading(encoding, html, max_bytes), html)


def read_path(
    path: Path, *, id_field: str = "id", text_field: str = "text", encoding: str = AUTO, html: bool = False,
) -> Iterator[Record]:
    """Records for one path given by the user: a file, a directory or a corpus."""
    yield from _read_path(path, id_field, text_field, _Reading(encoding, html))


def _read_path(path: Path, id_field: str, text_field: str, reading: _Reading) -> Iterator[Record]:
    if path.is_dir():
        yield from _read_directory(path, reading)
    elif not path.exists():
        yield InputError(shown(path), "no such file or directory")
    elif path.suffix.lower() == CORPUS_SUFFIX:
        yield from read_corpus(path, id_field=id_field, text_field=text_field, html=reading.html,
                               max_bytes=reading.max_bytes)
    else:
        yield _read_file(path, shown(path.name), reading)


def read_text_file(path: Path, name: str, *, encoding: str = AUTO, html: bool = False) -> Record:
    """One file as a document called ``name`` (HTML by its suffix, or with ``html``)."""
    return _read_file(path, name, _Reading(encoding, html))


def _read_file(path: Path, name: str, reading: _Reading) -> Record:
    source = shown(path)
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > reading.max_bytes:  # a regular file says its size: no need to read it
                raise InputTooLarge(size_limit_reason(reading.max_bytes))
            data = _read_limited(stream, reading.max_bytes)  # a device or a pipe does not
    except InputTooLarge as exc:
        return InputError(source, str(exc))
    except OSError as exc:
        return InputError(source, _os_reason(exc))
    return _document(source, name, data, reading, reading.wants_html(path.name))


def read_directory(directory: Path, *, encoding: str = AUTO, html: bool = False,
                   max_bytes: int = DEFAULT_MAX_BYTES, follow_links: bool = False) -> Iterator[Record]:
    """The text and HTML files under ``directory``, sorted by their path within it.

    A document is named by its path relative to ``directory`` (its plain file
    name when the directory is flat), so files in subfolders stay distinct.
    Only regular files are read, and a symbolic link only when it stays inside
    ``directory`` (or with ``follow_links``); the others are ``Skipped``.
    Links to directories are not descended into.
    """
    yield from _read_directory(directory, _Reading(encoding, html, max_bytes, follow_links))


def _read_directory(directory: Path, reading: _Reading) -> Iterator[Record]:
    problems: list[Union[InputError, Skipped]] = []
    files = _text_files(directory, problems, reading.follow_links)
    yield from problems
    if not files and not problems:
        yield InputError(shown(directory), "directory has no .txt or .html files")
    for relative in files:
        yield _read_file(directory / relative, shown(relative.as_posix()), reading)


def _text_files(directory: Path, problems: list[Union[InputError, Skipped]], follow_links: bool) -> list[Path]:
    def on_error(exc: OSError) -> None:
        problems.append(InputError(shown(exc.filename or directory), _os_reason(exc)))

    inside = os.path.realpath(directory)
    found: list[Path] = []
    for root, _dirs, files in os.walk(directory, onerror=on_error):
        for name in sorted(files):
            if not name.lower().endswith(DIRECTORY_SUFFIXES):
                continue
            path = Path(root, name)
            why = _not_readable(path, inside, follow_links)
            if why is None:
                found.append(path.relative_to(directory))
            else:
                problems.append(Skipped(shown(path), why))
    return sorted(found, key=lambda p: p.parts)


def _not_readable(path: Path, inside: str, follow_links: bool) -> Optional[str]:
    """Why a directory entry is skipped, or None to read it: only regular files, links kept inside."""
    try:
        if path.is_symlink() and not follow_links:
            target = os.path.realpath(path)
            if os.path.commonpath([inside, target]) != inside:
                return "symbolic link to outside the directory; skipped (--follow-links reads it)"
        mode = path.stat().st_mode
    except (OSError, ValueError) as exc:
        return f"skipped: {_os_reason(exc) if isinstance(exc, OSError) else exc}"
    if not stat.S_ISREG(mode):
        return f"not a regular file ({_file_kind(mode)}); skipped"
    return None


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))
    return next((kind for test, kind in kinds if test(mode)), "not a file")


def read_corpus(
    path: Path, *, id_field: str = "id", text_field: str = "text", html: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Record]:
    """One document per non-blank line of a JSONL corpus (UTF-8, as JSON must be).

    Lines are split on ``\\n`` only: U+2028 and friends are legal inside JSON
    strings. Each line is decoded on its own so a bad byte costs one row, and
    a line longer than ``max_bytes`` is one error, not a memory bomb.
    With ``html``, each row's text is an HTML page.
    """
    source = shown(path)
    try:
        with path.open("rb") as stream:
            lineno = 0
            while True:
                raw = stream.readline(max_bytes + 1)
                if not raw:
                    break
                lineno += 1
                if len(raw) > max_bytes and not raw.endswith(b"\n"):
                    yield InputError(f"{source}:{lineno}", "line " + size_limit_reason(max_bytes), path=source,
                                     line=lineno)
                    if not _skip_line(stream, max_bytes):
                        yield InputError(source, f"line {lineno} does not end within "
                                                 f"{format_size(max_bytes * _SKIP_LINE_LIMIT)}; the rest of the "
                                                 "file was not read")
                        break
                    continue
                if lineno == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM):]
                if raw.strip():
                    yield _row(raw, path, lineno, id_field, text_field, html)
    except OSError as exc:
        yield InputError(source, _os_reason(exc))


def _skip_line(stream: BinaryIO, max_bytes: int) -> bool:
    """Read to the end of an over-long line; False if it has no end within the skip limit."""
    budget = max_bytes * _SKIP_LINE_LIMIT
    while budget > 0:
        chunk = stream.readline(min(_SKIP_LINE_CHUNK, budget))
        if not chunk or chunk.endswith(b"\n"):
            return True
        budget -= len(chunk)
    return False


def _row(raw: bytes, path: Path, lineno: int, id_field: str, text_field: str, html: bool) -> Record:
    source = shown(path)

    def error(reason: str) -> InputError:
        return InputError(f"{source}:{lineno}", reason, path=source, line=lineno)

    try:
        row = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))  # the line end is not part of the row
    except UnicodeDecodeError as exc:
        return error(_utf8_reason(exc))
    except json.JSONDecodeError as exc:
        return error(f"malformed JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return error("malformed JSON: nested too deeply")
    except ValueError as exc:  # an integer past Python's digit limit
        return error(json_value_reason(exc))
    if not isinstance(row, dict):
        return error(f"expected a JSON object, got {_json_type(row)}")
    if text_field not in row:
        return error(f"missing field {text_field!r}")
    text = row[text_field]
    if not isinstance(text, str):
        return error(f"field {text_field!r} must be a string, got {_json_type(text)}")
    if not _encodable(text):
        return error(f"field {text_field!r} contains an unpaired surrogate escape")
    if html and text.strip():
        try:
            text = article_text(text)
        except HtmlError as exc:
            return error(str(exc))
    name = _row_name(row.get(id_field), f"{shown(path.name)}:{lineno}")
    del row[text_field]  # the text is the document's; the other fields may be kept (--keep)
    return Document(name, text, source=source, line=lineno, row=row)


def _row_name(value: Any, fallback: str) -> str:
    """The row's id as a string, or ``file:line`` when it has no usable id."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return fallback
    name = str(value)
    return name if name and _encodable(name) else fallback


def _document(source: str, name: str, data: bytes, reading: _Reading, html: bool) -> Record:
    try:
        decoded = decode(data, reading.encoding, html=html)
    except DecodeError as exc:
        return InputError(source, str(exc))
    text = decoded.text
    if html and text.strip():  # an empty page is an empty document, as an empty file is
        try:
            text = article_text(text)
        except HtmlError as exc:
            return InputError(source, str(exc))
    return Document(name, text, source=source, warning=_GUESSED if decoded.guessed else None)


def json_value_reason(exc: ValueError) -> str:
    """The reason for a ``ValueError`` from ``json.loads`` that is not a syntax error."""
    if "digits" in str(exc):
        return "malformed JSON: a number with too many digits"
    return f"malformed JSON: {exc}"


def _utf8_reason(exc: UnicodeDecodeError) -> str:
    byte = exc.object[exc.start:exc.start + 1].hex()
    return f"not UTF-8 text (byte 0x{byte} at byte offset {exc.start} of the line)"


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
