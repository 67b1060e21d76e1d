"""A progress bar on stderr: documents done, docs/s and, when the total is known, an ETA.

It is for a person watching, so it shows only when stderr is a terminal,
never with ``-q``, and not when JSON goes to that same terminal (the bar
would be drawn through the data). The total is counted in a background
thread, so a big corpus starts at once and the ETA appears when the count
is in; stdin counts as one document and is never read twice.
"""

from __future__ import annotations

import os
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, TextIO

from rich.console import Console
from rich.file_proxy import FileProxy
from rich.progress import (
    BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn,
    TimeElapsedColumn, TimeRemainingColumn,
)
from rich.text import Text

from .channel import out

Update = Callable[[int], None]  # how many documents are done


def is_terminal(stream: Optional[TextIO]) -> bool:
    """True for a real terminal; rich's FORCE_COLOR and TTY_COMPATIBLE do not count."""
    try:
        return stream is not None and stream.isatty() and os.environ.get("TERM") != "dumb"
    except (ValueError, AttributeError):  # closed or not a real stream
        return False


def wanted(*, quiet: bool, data_to_terminal: bool) -> bool:
    """Whether to show the bar: stderr is a terminal, no ``-q``, and no JSON drawn on that terminal."""
    return not quiet and not data_to_terminal and is_terminal(out.stderr)


class DocsPerSecond(ProgressColumn):
    """The recent rate, in documents per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("- docs/s" if speed is None else f"{speed:,.1f} docs/s", style="progress.data.speed")


@contextmanager
def progress_bar(paths: Sequence[str], *, show: bool, stream: Optional[TextIO] = None) -> Iterator[Update]:
    """Yield ``update(done)``, to call as documents finish; a no-op when ``show`` is false."""
    if not show:
        yield _nothing
        return
    console = Console(file=stream or out.stderr)
    bar = Progress(
        SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), DocsPerSecond(), TimeElapsedColumn(), TextColumn("eta"),
        TimeRemainingColumn(), console=console, transient=True, redirect_stdout=False,
    )
    task = bar.add_task("quotex", total=None)
    stop = threading.Event()

    def count() -> None:
        total = count_documents(paths, stop)
        if total is not None and not stop.is_set():
            bar.update(task, total=total)

    counter = threading.Thread(target=count, name="quotex-count", daemon=True)
    with bar:
        if isinstance(sys.stderr, FileProxy):  # rich's, while the bar is live: make it one click writes through
            sys.stderr = _TextProxy(console, sys.stderr.rich_proxied_file)
        counter.start()
        try:
            yield lambda done: bar.update(task, completed=done)
        finally:
            stop.set()


def _nothing(done: int) -> None:
    pass


class _TextProxy(FileProxy):
    """rich's stderr proxy, which prints lines above the bar, with the real stream's encoding.

    Without an encoding, a writer that checks the stream's encoding (click's
    ``echo``) takes the proxy for a broken stream and writes to the file under
    it, through the bar.
    """

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.rich_proxied_file, "encoding", None) or "utf-8"

    @property
    def errors(self) -> Optional[str]:  # type: ignore[override]
        return getattr(self.rich_proxied_file, "errors", None)


def count_documents(paths: Sequence[str], stop: Optional[threading.Event] = None) -> Optional[int]:
    """About how many documents ``paths`` hold, cheaply: a hint for the ETA, None if unsure.

    Follows the reading rules in ``inputs``: a directory is its ``*.txt``
    files, a ``.jsonl`` corpus is its non-blank lines, anything else is one.
    """
    from ..text import inputs

    text_suffix = getattr(inputs, "TEXT_SUFFIX", ".txt")
    corpus_suffix = getattr(inputs, "CORPUS_SUFFIX", ".jsonl")
    total = 0
    try:
        for name in paths:
            path = Path(name)
            if name != "-" and path.is_dir():
                total += max(1, sum(f.lower().endswith(text_suffix) for _, _, files in os.walk(path) for f in files))
            elif name != "-" and path.suffix.lower() == corpus_suffix and path.is_file():
                total += _count_lines(path, stop)
            else:
                total += 1
            if stop is not None and stop.is_set():
                return None
    except (OSError, TypeError, ValueError):
        return None
    return total


def _count_lines(path: Path, stop: Optional[threading.Event]) -> int:
    count = 0
    with path.open("rb") as stream:
        for line in stream:
            if line.strip():
                count += 1
            if stop is not None and not count % 4096 and stop.is_set():
                break
    return count
