"""The one way out: every line quotex writes goes through ``out``.

stdout carries data only: records, tables, the article, the schema, and help
that was asked for. Errors, warnings and the closing summary go to stderr,
each as one line. ``-q`` silences warnings and the summary, never errors.

The streams are looked up at each write, not kept, so a redirected
``sys.stdout`` or ``sys.stderr`` is honoured: a test runner's, a worker's
``contextlib.redirect_stderr``, and rich's proxy that prints above a live
progress bar. Tables and views are drawn by rich consoles made here, which
obey ``--color``.
"""

from __future__ import annotations

import sys
import traceback
from enum import Enum
from typing import Iterable, Optional, TextIO

from rich.console import Console
from rich.segment import Segment

from .streams import visible

PROGRAM = "quotex"


class ColorMode(str, Enum):
    """The ``--color`` choices."""

    auto = "auto"  # colour on a terminal, unless NO_COLOR is set (or FORCE_COLOR forces it)
    always = "always"
    never = "never"


class PipeConsole(Console):
    """A console that leaves a closed pipe ('| head') to the CLI, which ends quietly with 0,
    and that shows the control characters of the text it prints (``streams.visible``).

    rich's own handling of a closed pipe exits with 1, which would read as a failed
    input. rich's own styles and cursor moves are not text, so they are left alone;
    an article's line breaks and tabs stay.
    """

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment if segment.control else Segment(visible(segment.text, keep=TEXT_KEEPS), segment.style)
            for segment in buffer
        )


TEXT_KEEPS = "\n\t\r"  # what an article may hold and a terminal shows harmlessly (a lone \r is shown)


class Output:
    """Where data and messages go, set once per command from ``-q`` and ``-v``."""

    def __init__(self) -> None:
        self.quiet = False
        self.verbose = False
        self.color = ColorMode.auto

    def configure(self, *, quiet: bool = False, verbose: bool = False, color: ColorMode = ColorMode.auto) -> None:
        self.quiet = quiet
        self.verbose = verbose
        self.color = color

    def console(self, stream: Optional[TextIO] = None) -> Console:
        """A rich console on ``stream`` (stdout by default) that obeys ``--color``.

        ``always`` colours even a pipe or a file, without treating it as a terminal (lines
        are not wrapped to its width, no pager starts); ``never`` writes no escape codes.
        """
        file = stream if stream is not None else self.stdout
        if self.color is ColorMode.always:
            return PipeConsole(file=file, color_system="standard")
        if self.color is ColorMode.never:
            return PipeConsole(file=file, color_system=None)
        return PipeConsole(file=file)

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
