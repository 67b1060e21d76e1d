"""The one way out: every line quotex writes goes through ``out``.

stdout carries data only: records, tables, the article, the schema, and help
that was asked for. Errors, warnings and the closing summary go to stderr,
each as one line. ``-q`` silences warnings and the summary, never errors.

The streams are looked up at each write, not kept, so a redirected
``sys.stdout`` or ``sys.stderr`` is honoured: a test runner's, a worker's
``contextlib.redirect_stderr``, and rich's proxy that prints above a live
progress bar.
"""

from __future__ import annotations

import sys
import traceback
from typing import Optional, TextIO

from .streams import visible

PROGRAM = "quotex"


class Output:
    """Where data and messages go, set once per command from ``-q`` and ``-v``."""

    def __init__(self) -> None:
        self.quiet = False
        self.verbose = False

    def configure(self, *, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose

    @property
    def stdout(self) -> TextIO:
        return sys.stdout

    @property
    def stderr(self) -> TextIO:
        return sys.stderr

    def data(self, text: str) -> None:
        """A piece of data on stdout, ended with a line break."""
        self._write(self.stdout, text + "\n")

    def error(self, message: str) -> None:
        """``quotex: error: message`` on stderr, always; control characters shown (``streams.visible``)."""
        self._write(self.stderr, f"{PROGRAM}: error: {visible(message)}\n")

    def warning(self, message: str) -> None:
        """``quotex: warning: message`` on stderr, unless quiet."""
        if not self.quiet:
            self._write(self.stderr, f"{PROGRAM}: warning: {visible(message)}\n")

    def summary(self, text: str) -> None:
        """The closing line of a run on stderr, unless quiet."""
        if not self.quiet:
            self._write(self.stderr, text + "\n")

    def relay(self, said: str) -> None:
        """What another process printed on its stderr (a worker loading its model), as it was."""
        if said:
            self._write(self.stderr, said)

    def traceback(self, exc: BaseException) -> None:
        """The traceback of ``exc`` on stderr: with ``-v`` only, which the caller checks."""
        traceback.print_exception(exc, file=self.stderr)
        self.stderr.flush()

    @staticmethod
    def _write(stream: Optional[TextIO], text: str) -> None:
        if stream is None:  # pythonw, or a closed descriptor: nowhere to write
            return
        stream.write(text)
        stream.flush()


out = Output()
