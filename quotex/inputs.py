"""Reading inputs: text files, directories of them, stdin, and JSONL corpora.

Everything comes out as a stream of records: a ``Document`` to process or an
``InputError`` to report. Bad input never stops the stream, so one unreadable
file or malformed JSON line costs that input only.

Text is decoded as UTF-8 with a leading byte-order mark removed and with no
newline translation, so quote offsets index the text exactly as stored.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional, Union

STDIN = "-"
STDIN_NAME = "<stdin>"
TEXT_SUFFIX = ".txt"
CORPUS_SUFFIX = ".jsonl"
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Document:
    """One text to process; ``name`` is what output records call it."""

    name: str
    text: str


@dataclass(frozen=True)
class InputError:
    """An input that could not be read: where it was and a one-line reason."""

    source: str
    reason: str


Record = Union[Document, InputError]


def read_inputs(
    paths: Iterable[str],
    *,
    id_field: str = "id",
    text_field: str = "text",
    stdin: Optional[BinaryIO] = None,
) -> Iterator[Record]:
    """Yield a record for each document named by ``paths``, in order.

    A path is a text file, a directory (its ``*.txt`` files, recursively, in
    sorted order), ``-`` for stdin, or a ``.jsonl`` corpus with one object
    per line holding ``id_field`` and ``text_field``.
    """
    for path in paths:
        if path == STDIN:
            yield read_stdin(stdin)
        else:
            yield from read_path(Path(path), id_field=id_field, text_field=text_field)


def read_stdin(stream: Optional[BinaryIO] = None) -> Record:
    """The whole of stdin (or ``stream``) as one document."""
    if stream is None:
        stream = getattr(sys.stdin, "buffer", None)  # bytes, so no newline translation
        if stream is None:
            return InputError(STDIN_NAME, "standard input is not available")
    try:
        data = stream.read()
    except OSError as exc:
        return InputError(STDIN_NAME, _os_reason(exc))
    return _document(STDIN_NAME, STDIN_NAME, data)


def read_path(path: Path, *, id_field: str = "id", text_field: str = "text") -> Iterator[Record]:
    """Records for one path given by the user: a file, a directory or a corpus."""
    if path.is_dir():
        yield from read_directory(path)
    elif not path.exists():
        yield InputError(str(path), "no such file or directory")
    elif path.suffix.lower() == CORPUS_SUFFIX:
        yield from read_corpus(path, id_field=id_field, text_field=text_field)
    else:
        yield read_text_file(path, path.name)


def read_text_file(path: Path, name: str) -> Record:
    """One text file as a document called ``name``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputError(str(path), _os_reason(exc))
    return _document(str(path), name, data)


def read_directory(directory: Path) -> Iterator[Record]:
    """The ``*.txt`` files under ``directory``, sorted by their path within it.

    A document is named by its path relative to ``directory`` (its plain file
    name when the directory is flat), so files in subfolders stay distinct.
    """
    failures: list[InputError] = []
    files = _text_files(directory, failures)
    yield from failures
    if not files and not failures:
        yield InputError(str(directory), f"directory has no {TEXT_SUFFIX} files")
    for relative in files:
        yield read_text_file(directory / relative, relative.as_posix())


def _text_files(directory: Path, failures: list[InputError]) -> list[Path]:
    def on_error(exc: OSError) -> None:
        failures.append(InputError(str(exc.filename or directory), _os_reason(exc)))

    found: list[Path] = []
    for root, _dirs, files in os.walk(directory, onerror=on_error):
        found.extend(
            Path(root, f).relative_to(directory) for f in files if f.lower().endswith(TEXT_SUFFIX)
        )
    return sorted(found, key=lambda p: p.parts)


def read_corpus(path: Path, *, id_field: str = "id", text_field: str = "text") -> Iterator[Record]:
    """One document per non-blank line of a JSONL corpus.

    Lines are split on ``\\n`` only: U+2028 and friends are legal inside JSON
    strings. Each line is decoded on its own so a bad byte costs one row.
    """
    try:
        with path.open("rb") as stream:
            for lineno, raw in enumerate(stream, start=1):
                if lineno == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM):]
                if raw.strip():
                    yield _row(raw, f"{path}:{lineno}", f"{path.name}:{lineno}", id_field, text_field)
    except OSError as exc:
        yield InputError(str(path), _os_reason(exc))


def _row(raw: bytes, source: str, fallback_name: str, id_field: str, text_field: str) -> Record:
    try:
        row = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return InputError(source, _decode_reason(exc))
    except json.JSONDecodeError as exc:
        return InputError(source, f"malformed JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(row, dict):
        return InputError(source, f"expected a JSON object, got {_json_type(row)}")
    if text_field not in row:
        return InputError(source, f"missing field {text_field!r}")
    text = row[text_field]
    if not isinstance(text, str):
        return InputError(source, f"field {text_field!r} must be a string, got {_json_type(text)}")
    if not _encodable(text):
        return InputError(source, f"field {text_field!r} contains an unpaired surrogate escape")
    return Document(_row_name(row.get(id_field), fallback_name), text)


def _row_name(value: Any, fallback: str) -> str:
    """The row's id as a string, or ``file:line`` when it has no usable id."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return fallback
    name = str(value)
    return name if name and _encodable(name) else fallback


def _document(source: str, name: str, data: bytes) -> Record:
    nul = data.find(b"\x00")
    if nul >= 0:
        return InputError(source, f"binary file (NUL byte at offset {nul})")
    try:
        return Document(name, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return InputError(source, _decode_reason(exc))


def _decode_reason(exc: UnicodeDecodeError) -> str:
    byte = exc.object[exc.start:exc.start + 1].hex()
    return f"not UTF-8 text (byte 0x{byte} at byte offset {exc.start})"


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
