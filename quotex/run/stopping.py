"""Stopping a run cleanly: SIGTERM as SIGINT is, and never half a document's output.

``timeout``, systemd and Kubernetes stop a process with SIGTERM. Inside
``handled_signals()`` it raises ``Terminated`` (a ``KeyboardInterrupt``, so
every cleanup that Ctrl-C runs, such as stopping worker processes, runs for
it too) and the CLI exits with 143. A signal that arrives while a document's
records are being written (``whole()``) waits until they are all written,
so the output is valid up to its last line. A second signal while the run is
already stopping is ignored: the first one's cleanup finishes.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from types import FrameType
from typing import Iterator, Optional

EXIT_TERMINATED = 128 + signal.SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM was received."""


class _State:
    writing = False
    pending: Optional[BaseException] = None
    stopping = False


_state = _State()


def _stop(signum: int, frame: Optional[FrameType]) -> None:
    if _state.stopping:
        return  # already stopping: let the first signal's cleanup finish
    exc: BaseException = Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()
    if _state.writing:
        _state.pending = exc  # raised when the document is written
        return
    _state.stopping = True
    raise exc


@contextmanager
def handled_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise ``KeyboardInterrupt`` and ``Terminated`` here, between documents."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    _state.writing, _state.pending, _state.stopping = False, None, False
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def whole() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block (one document's output) is done."""
    _state.writing = True
    try:
        yield
    finally:
        _state.writing = False
    if _state.pending is not None:
        exc, _state.pending = _state.pending, None
        _state.stopping = True
        raise exc
