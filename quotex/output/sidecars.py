"""Side outputs of a run, next to the quotes on stdout: the ``--errors`` log and ``--emit-text``.

Both are written as the run goes, so a run that is stopped half way still
leaves a usable log and the texts of the documents it read.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from pathlib import Path
from typing import Any, Optional, TextIO

from ..errors import QuotexError

TEXT_SUFFIX = ".txt"


class ErrorLog:
    """``--errors FILE``: one JSON object per line for each input or corpus line that failed.

    Fields: ``source`` (the file as given, or ``<stdin>``), ``line`` (the
    corpus line, or null), ``doc`` (the document's name if it was read, or
    null) and ``reason`` (the message also shown on stderr). The file is
    created even when nothing fails, so an empty log means a clean run.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    @classmethod
    def open(cls, path: str) -> "ErrorLog":
        try:
            return cls(open(path, "w", encoding="utf-8", newline="\n"))
        except OSError as exc:
            raise QuotexError(f"cannot write the error log {path}: {_reason(exc)}") from exc

    def write(self, source: str, reason: str, *, line: Optional[int] = None, doc: Optional[str] = None) -> None:
        """Log one failure; a log that cannot be written (a full disk) is a ``QuotexError``."""
        record: dict[str, Any] = {"source": source, "line": line, "doc": doc, "reason": reason}
        try:
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.stream.flush()  # a run killed later still leaves this line
        except OSError as exc:
            raise QuotexError(f"cannot write the error log {self.stream.name}: {_reason(exc)}; "
                              "later failures are on stderr only") from exc
        self.count += 1

    def close(self) -> None:
        try:
            self.stream.close()
        except OSError:
            pass  # a write already failed and was reported


class TextEmitter:
    """``--emit-text DIR``: each document's text, as quotex read it, in one file of ``DIR``.

    Offsets in the output index these files exactly (UTF-8, no newline
    translation). The file is named after the document (``file_name``): the
    characters that file systems or shells trip on are percent-encoded, so
    ``sub/a.txt`` gives ``sub%2Fa.txt.txt``, and names stay distinct. A name
    met twice in a run (the same id in two corpora) gets ``~2``, ``~3``; an
    overlong one is cut and given a hash. ``DIR/index.jsonl`` records which
    file holds which document, one ``{"doc", "file", "source", "line"}`` per line.

    Nothing is written through a symbolic link: files are created relative to
    DIR's open descriptor with ``O_NOFOLLOW`` and ``O_EXCL``, and an existing
    entry that is not a regular file is an error for that document.
    """

    INDEX = "index.jsonl"

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
        self._used: set[str] = set()
        self._index = os.fdopen(self._create(self.INDEX), "w", encoding="utf-8", newline="\n")

    @classmethod
    def open(cls, directory: str) -> "TextEmitter":
        path = Path(directory)
        try:
            path.mkdir(parents=True, exist_ok=True)
            return cls(path)
        except OSError as exc:
            raise QuotexError(f"cannot create the --emit-text directory {directory}: {_reason(exc)}") from exc

    def write(self, name: str, text: str, *, source: Optional[str] = None, line: Optional[int] = None) -> Path:
        """Write one text and index it; a failure is a ``QuotexError`` naming the file."""
        file = self._claim(name)
        try:
            with os.fdopen(self._create(file), "wb") as stream:
                stream.write(text.encode("utf-8"))
            self._index.write(json.dumps({"doc": name, "file": file, "source": source, "line": line},
                                         ensure_ascii=False) + "\n")
            self._index.flush()
        except OSError as exc:
            raise QuotexError(f"cannot write {self.directory / file}: {_reason(exc)}") from exc
        return self.directory / file

    def close(self) -> None:
        self._index.close()
        os.close(self._fd)

    def _claim(self, name: str) -> str:
        """This document's file name, never one given out before in this run (in any case)."""
        stem = file_stem(name)
        file, n = stem + TEXT_SUFFIX, 1
        while file.casefold() in self._used:
            n += 1
            file = f"{stem}~{n}{TEXT_SUFFIX}"
        self._used.add(file.casefold())
        return file

    def _create(self, file: str) -> int:
        """A new file in DIR, opened for writing; a stale regular file is replaced, anything else refused."""
        try:
            return os.open(file, _CREATE, 0o666, dir_fd=self._fd)
        except FileExistsError:
            mode = os.stat(file, dir_fd=self._fd, follow_symlinks=False).st_mode
            if not stat.S_ISREG(mode):
                raise OSError(errno.EEXIST, "exists and is not a regular file (a symbolic link?); "
                                            "nothing is written through it") from None
            os.unlink(file, dir_fd=self._fd)  # from an earlier run; unlinking never touches another file
            return os.open(file, _CREATE, 0o666, dir_fd=self._fd)


_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | _CLOEXEC
# Percent-encoded in emitted file names: '%' itself and '~' (so names stay reversible and the
# '~2' of a repeated name is never part of a name), path separators, what Windows refuses,
# and control characters.
_ENCODED = re.compile(r'[%~/\\:*?"<>|\x00-\x1f\x7f-\x9f]|^\.')
_MAX_STEM_BYTES = 200  # file systems allow 255 bytes per name; room for '~hash', '~n' and '.txt'
_HASH_CHARS = 12


def file_stem(name: str) -> str:
    """``name`` as a file name without its suffix: percent-encoded (``urllib.parse.unquote``
    reverses it), and, past 200 bytes, cut and given a hash of the whole name."""
    stem = _ENCODED.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), name) or "%"
    if len(stem.encode("utf-8")) <= _MAX_STEM_BYTES:
        return stem
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_CHARS]
    cut = stem.encode("utf-8")[:_MAX_STEM_BYTES - _HASH_CHARS - 1].decode("utf-8", "ignore")
    cut = re.sub(r"%[0-9A-F]?$", "", cut)  # never half an escape
    return f"{cut}~{digest}"


def check_outputs(inputs: list[str], *, errors: Optional[str], emit_text: Optional[str]) -> None:
    """Refuse, before anything is opened, an --errors file that is an input (opening it would empty
    it first) and an --emit-text directory that an input directory holds or is (its texts would be read)."""
    for given in inputs:
        if given == "-":
            continue
        source = os.path.realpath(given)
        if errors and os.path.realpath(errors) == source:
            raise QuotexError(f"the error log {errors} is also an input; writing it would empty it first")
        if emit_text and os.path.isdir(given) and _within(os.path.realpath(emit_text), source):
            raise QuotexError(f"the --emit-text directory {emit_text} is inside the input directory {given}, "
                              "whose texts would be read back")


def _within(path: str, directory: str) -> bool:
    return os.path.commonpath([path, directory]) == directory


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
