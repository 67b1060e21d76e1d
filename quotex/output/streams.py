"""stdout and stderr as quotex writes them: every write failure is one line, no control code reaches a terminal.

Meant to be taken over by the one output object; until then ``cli.main``
installs the two streams and each writer calls ``visible``.

- ``install()`` puts a guard on stdout: a write that fails (a full disk,
  ``/dev/full``, a closed descriptor) raises ``OutputError``, a
  ``QuotexError`` that the CLI reports in one line with exit code 1, once; a
  closed pipe stays a ``BrokenPipeError`` (``| head`` ends quietly). stderr
  never raises: when it cannot be written there is nowhere to report, so
  messages are dropped and the run goes on. ``finish()`` flushes stdout
  before the interpreter does, so nothing fails after the last word.
- ``visible(text)`` replaces control characters (C0, DEL, C1) and the bidi
  controls that reorder a line with visible stand-ins, one character for
  one, so offsets into the text still hold: ``\\x1b`` becomes ``␛``, a
  newline in a one-line message ``␊``.
"""

from __future__ import annotations

import errno
import io
import os
import re
import sys
from typing import Optional

from ..errors import QuotexError

# Bidi embeddings, overrides and isolates: they reorder what a terminal shows.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_REPLACEMENT = "\ufffd"


class OutputError(QuotexError):
    """stdout cannot be written."""


def visible(text: str, keep: str = "") -> str:
    """``text`` with control characters replaced one for one by a visible stand-in.

    C0 controls and DEL become their Unicode control pictures (``␛``, ``␊``),
    C1 controls and bidi controls ``�``. Characters in ``keep`` (such as
    ``"\\n\\t"`` for an article) stay; a kept ``\\r`` stays only before ``\\n``.
    """
    pattern = _pattern(keep)
    return pattern.sub(_stand_in, text) if pattern.search(text) else text


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else _REPLACEMENT


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(keep: str) -> re.Pattern[str]:
    if keep not in _PATTERNS:
        c0 = "".join(re.escape(chr(c)) for c in range(0x20) if chr(c) not in keep)
        lone_cr = r"|\r(?!\n)" if "\r" in keep else ""
        _PATTERNS[keep] = re.compile(f"[{c0}\x7f-\x9f{_BIDI}]{lone_cr}")
    return _PATTERNS[keep]


def escape_json_controls(line: str) -> str:
    """A JSON text with DEL, C1 and bidi controls written as ``\\u`` escapes: the same JSON, safe to show."""
    return _JSON_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


_JSON_CONTROLS = re.compile(f"[\x7f-\x9f{_BIDI}]")


class _GuardedStdout(io.TextIOWrapper):
    """stdout whose write failures are ``OutputError`` (reported once), and a closed pipe ``BrokenPipeError``."""

    failed: Optional[str] = None

    def write(self, text: str) -> int:
        self._check()
        try:
            return super().write(text)
        except OSError as exc:
            raise self._failure(exc) from None

    def flush(self) -> None:
        if self.failed is not None:
            return  # reported when the write failed; the interpreter's flush at exit must not raise again
        try:
            super().flush()
        except OSError as exc:
            raise self._failure(exc) from None

    def _check(self) -> None:
        if self.failed is not None:
            raise OutputError(self.failed)

    def _failure(self, exc: OSError) -> OSError:
        if isinstance(exc, BrokenPipeError) or exc.errno == errno.EPIPE:
            return exc
        self.failed = f"cannot write to standard output: {(exc.strerror or str(exc)).lower()}"
        return OutputError(self.failed)


class _ClosedStdout(_GuardedStdout):
    """What ``sys.stdout`` is when the process was started with it closed (``>&-``)."""

    failed = "standard output is closed"


class _TolerantStderr(io.TextIOWrapper):
    """stderr that drops what it cannot write: there is nowhere left to report that."""

    def write(self, text: str) -> int:
        try:
            return super().write(text)
        except (OSError, ValueError):
            return len(text)

    def flush(self) -> None:
        try:
            super().flush()
        except (OSError, ValueError):
            pass


def install() -> None:
    """Put the guards on ``sys.stdout`` and ``sys.stderr`` (UTF-8; stderr escapes what cannot be encoded)."""
    sys.stdout = _wrap(sys.stdout, _GuardedStdout, errors="strict") or _ClosedStdout(
        open(os.devnull, "wb"), encoding="utf-8")
    sys.stderr = _wrap(sys.stderr, _TolerantStderr, errors="backslashreplace") or _TolerantStderr(
        open(os.devnull, "wb"), encoding="utf-8")


def _wrap(stream: Optional[io.TextIOBase], kind: type[io.TextIOWrapper], *, errors: str) -> Optional[io.TextIOWrapper]:
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        return None
    try:
        buffer.fileno()
    except (OSError, ValueError):
        return None
    return kind(buffer, encoding="utf-8", errors=errors, newline="\n",
                line_buffering=bool(getattr(stream, "line_buffering", False)) or kind is _TolerantStderr)


def finish() -> Optional[str]:
    """Flush stdout now; the reason it cannot be written, if that was not reported yet, else None.

    Afterwards stdout points at the null device, so the interpreter's own
    flush at exit has nothing left to fail on.
    """
    reason = None
    stdout = sys.stdout
    try:
        stdout.flush()
    except OutputError as exc:
        reason = str(exc)
    except (OSError, ValueError):
        pass
    _to_devnull(stdout)
    return reason


def _to_devnull(stream: object) -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())  # type: ignore[attr-defined]
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
