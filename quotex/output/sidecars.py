"""Side outputs of a run, next to the quotes on stdout: the ``--errors`` log and ``--emit-text``.

Both are written as the run goes, so a run that is stopped half way still
leaves a usable log and the texts of the documents it read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath
from typing import Any, Optional, TextIO

from ..errors import QuotexError

TEXT_SUFFIX = ".txt"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f\\:*?"<>|]')
_MAX_PART = 200  # characters per path component; file systems allow about 255 bytes


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
            raise QuotexError(f"cannot write the error log {path}: {(exc.strerror or str(exc)).lower()}") from exc

    def write(self, source: str, reason: str, *, line: Optional[int] = None, doc: Optional[str] = None) -> None:
        record: dict[str, Any] = {"source": source, "line": line, "doc": doc, "reason": reason}
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.stream.flush()  # a run killed later still leaves this line
        self.count += 1

    def close(self) -> None:
        self.stream.close()


class TextEmitter:
    """``--emit-text DIR``: each document's text, as quotex read it, in ``DIR/<doc>.txt``.

    Offsets in the output index these files exactly (UTF-8, no newline
    translation). A document name becomes a relative path: ``sub/a.html``
    gives ``DIR/sub/a.html.txt``; ``..``, absolute paths and characters
    that file systems refuse are replaced by ``_``.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @classmethod
    def open(cls, directory: str) -> "TextEmitter":
        path = Path(directory)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise QuotexError(f"cannot create the --emit-text directory {directory}: "
                              f"{(exc.strerror or str(exc)).lower()}") from exc
        return cls(path)

    def path_for(self, name: str) -> Path:
        return self.directory.joinpath(*safe_parts(name + TEXT_SUFFIX))

    def write(self, name: str, text: str) -> Path:
        """Write one text; an ``OSError`` is the caller's to report."""
        target = self.path_for(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
        return target


def safe_parts(name: str) -> tuple[str, ...]:
    """The components of a relative path for ``name`` that cannot leave the directory."""
    parts = []
    for part in PurePosixPath(name.replace("\\", "/")).parts:
        if part == "/":
            continue
        part = "_" if part in (".", "..") else _UNSAFE.sub("_", part)[:_MAX_PART]
        parts.append(part)
    return tuple(parts) or ("_",)
