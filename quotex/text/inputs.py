"""Reading inputs: text and HTML files, directories of them, stdin, and JSONL corpora.

Everything comes out as a stream of records: a ``Document`` to process or an
``InputError`` to report. Bad input never stops the stream, so one unreadable
file or malformed JSON line costs that input only.

Files and stdin are decoded by the ``--encoding`` rules of ``decoding``
(UTF-8 by default, with a leading byte-order mark removed and no newline
translation), so quote offsets index the text exactly as decoded. HTML pages
are reduced to their article text first (``html``), and offsets index that.
JSONL corpora are always UTF-8, as JSON must be.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional, Union

from .decoding import AUTO, DecodeError, decode
from .html import HTML_SUFFIXES, HtmlError, article_text, is_html_name

STDIN = "-"
STDIN_NAME = "<stdin>"
TEXT_SUFFIX = ".txt"
CORPUS_SUFFIX = ".jsonl"
DIRECTORY_SUFFIXES: tuple[str, ...] = (TEXT_SUFFIX, *HTML_SUFFIXES)
_BOM = b"\xef\xbb\xbf"
_GUESSED = "not UTF-8; read as Windows-1252"


@dataclass(frozen=True)
class Document:
    """One text to process; ``name`` is what output records call it.

    ``source`` and ``line`` say where it was read (a corpus row has a line);
    ``warning`` is a doubt about the reading worth telling the user, such as
    a guessed encoding. None of the three take part in equality.
    """

    name: str
    text: str
    source: str = field(default="", compare=False)
    line: Optional[int] = field(default=None, compare=False)
    warning: Optional[str] = field(default=None, compare=False)


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


Record = Union[Document, InputError]


@dataclass(frozen=True)
class _Reading:
    """How to turn bytes into text: the ``--encoding`` and whether everything is HTML."""

    encoding: str = AUTO
    html: bool = False

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
) -> Iterator[Record]:
    """Yield a record for each document named by ``paths``, in order.

    A path is a text file, an HTML file (``.html``, ``.htm``), a directory
    (its ``*.txt``, ``*.html`` and ``*.htm`` files, recursively, in sorted
    order), ``-`` for stdin, or a ``.jsonl`` corpus with one object per line
    holding ``id_field`` and ``text_field``. ``encoding`` is ``auto`` or a
    codec name (see ``decoding``); with ``html`` every input is read as HTML.
    """
    reading = _Reading(encoding, html)
    for path in paths:
        if path == STDIN:
            yield read_stdin(stdin, encoding=encoding, html=html)
        else:
            yield from _read_path(Path(path), id_field, text_field, reading)


def read_stdin(stream: Optional[BinaryIO] = None, *, encoding: str = AUTO, html: bool = False) -> Record:
    """The whole of stdin (or ``stream``) as one document."""
    if stream is None:
        stream = getattr(sys.stdin, "buffer", None)  # bytes, so no newline translation
        if stream is None:
            return InputError(STDIN_NAME, "standard input is not available")
    try:
        data = stream.read()
    except OSError as exc:
        return InputError(STDIN_NAME, _os_reason(exc))
    return _document(STDIN_NAME, STDIN_NAME, data, _Reading(encoding, html), html)


def read_path(
    path: Path, *, id_field: str = "id", text_field: str = "text", encoding: str = AUTO, html: bool = False,
) -> Iterator[Record]:
    """Records for one path given by the user: a file, a directory or a corpus."""
    yield from _read_path(path, id_field, text_field, _Reading(encoding, html))


def _read_path(path: Path, id_field: str, text_field: str, reading: _Reading) -> Iterator[Record]:
    if path.is_dir():
        yield from _read_directory(path, reading)
    elif not path.exists():
        yield InputError(str(path), "no such file or directory")
    elif path.suffix.lower() == CORPUS_SUFFIX:
        yield from read_corpus(path, id_field=id_field, text_field=text_field, html=reading.html)
    else:
        yield _read_file(path, path.name, reading)


def read_text_file(path: Path, name: str, *, encoding: str = AUTO, html: bool = False) -> Record:
    """One file as a document called ``name`` (HTML by its suffix, or with ``html``)."""
    return _read_file(path, name, _Reading(encoding, html))


def _read_file(path: Path, name: str, reading: _Reading) -> Record:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputError(str(path), _os_reason(exc))
    return _document(str(path), name, data, reading, reading.wants_html(path.name))


def read_directory(directory: Path, *, encoding: str = AUTO, html: bool = False) -> Iterator[Record]:
    """The text and HTML files under ``directory``, sorted by their path within it.

    A document is named by its path relative to ``directory`` (its plain file
    name when the directory is flat), so files in subfolders stay distinct.
    """
    yield from _read_directory(directory, _Reading(encoding, html))


def _read_directory(directory: Path, reading: _Reading) -> Iterator[Record]:
    failures: list[InputError] = []
    files = _text_files(directory, failures)
    yield from failures
    if not files and not failures:
        yield InputError(str(directory), "directory has no .txt or .html files")
    for relative in files:
        yield _read_file(directory / relative, relative.as_posix(), reading)


def _text_files(directory: Path, failures: list[InputError]) -> list[Path]:
    def on_error(exc: OSError) -> None:
        failures.append(InputError(str(exc.filename or directory), _os_reason(exc)))

    found: list[Path] = []
    for root, _dirs, files in os.walk(directory, onerror=on_error):
        found.extend(
            Path(root, f).relative_to(directory) for f in files if f.lower().endswith(DIRECTORY_SUFFIXES)
        )
    return sorted(found, key=lambda p: p.parts)


def read_corpus(
    path: Path, *, id_field: str = "id", text_field: str = "text", html: bool = False,
) -> Iterator[Record]:
    """One document per non-blank line of a JSONL corpus (UTF-8, as JSON must be).

    Lines are split on ``\\n`` only: U+2028 and friends are legal inside JSON
    strings. Each line is decoded on its own so a bad byte costs one row.
    With ``html``, each row's text is an HTML page.
    """
    try:
        with path.open("rb") as stream:
            for lineno, raw in enumerate(stream, start=1):
                if lineno == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM):]
                if raw.strip():
                    yield _row(raw, path, lineno, id_field, text_field, html)
    except OSError as exc:
        yield InputError(str(path), _os_reason(exc))


def _row(raw: bytes, path: Path, lineno: int, id_field: str, text_field: str, html: bool) -> Record:
    def error(reason: str) -> InputError:
        return InputError(f"{path}:{lineno}", reason, path=str(path), line=lineno)

    try:
        row = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))  # the line end is not part of the row
    except UnicodeDecodeError as exc:
        return error(_utf8_reason(exc))
    except json.JSONDecodeError as exc:
        return error(f"malformed JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return error("malformed JSON: nested too deeply")
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
    name = _row_name(row.get(id_field), f"{path.name}:{lineno}")
    return Document(name, text, source=str(path), line=lineno)


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
