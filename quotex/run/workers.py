"""Several worker processes, each with its own pipeline, results in input order.

The parent never loads spaCy: it cuts the texts into small batches, keeps a
few batches per worker in flight, and yields each text's result in the order
the texts came in. A worker runs exactly the batches that ``extract_many``
would run in one process, so the output is the same, byte for byte.

Workers are started with ``spawn`` (the safe choice on every platform, and
the only one that never copies a parent's threads or locks). Each loads the
pipeline once, in its initializer, and ignores Ctrl-C so that the parent
alone decides when to stop.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from ..errors import QuotexError
from ..output.channel import out
from .engine import DEFAULT_BATCH_SIZE, Result, RunOptions, batches

if TYPE_CHECKING:
    from spacy.language import Language

# Batches queued per worker: enough that a worker never waits for the parent,
# few enough that memory does not grow with the corpus.
IN_FLIGHT_PER_WORKER = 4
START_METHOD = "spawn"
STOP_SECONDS = 5  # how long a cancelled worker may take to end before it is killed
# A pool broken by a dying worker is started again, up to this many times in a run.
MAX_RESTARTS = 20
WORKER_DIED = "a worker process died while processing it (killed, or out of memory?)"


class WorkerPool:
    """``workers`` processes with a loaded pipeline each; a context manager.

    Starting it waits until the pipeline has loaded, so a bad model fails
    here, as a ``QuotexError``, and what loading printed (the rules-only
    warning, say) is printed once, by the parent. ``peak_rss`` maps each
    worker's pid to its peak resident memory in bytes, for the benchmark.
    """

    def __init__(self, model: Optional[str], workers: int, *, warn: bool = True,
                 options: RunOptions = RunOptions()) -> None:
        if workers < 1:
            raise QuotexError(f"workers must be at least 1, got {workers}")
        self.workers = workers
        self.peak_rss: dict[int, int] = {}
        self.restarts = 0
        self._start = (model, warn, options)
        self._executor = self._new_executor()
        try:
            self._wait_until_loaded(warn)
        except BaseException:
            self.close(cancel=True)
            raise

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(START_METHOD),
            initializer=_init_worker,
            initargs=self._start,
        )

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close(cancel=exc_type is not None)

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers; with ``cancel`` (after Ctrl-C, SIGTERM or an error), at once, dropping
        their work.

        Cancelling never waits on the executor: a worker stopped while it was sending a result
        leaves half a message in the result pipe, and the executor's thread then waits for the
        rest for ever (as would ``shutdown(wait=True)``, and Python's exit, which joins that
        thread: ``cli.main`` ends an interrupted run without that join). So the workers are
        stopped and reaped here, killed if they do not end within ``STOP_SECONDS``, and the
        executor is shut down without waiting, from a thread of its own, since the interrupt may
        have come while the main thread held one of the executor's locks.
        """
        if not cancel:
            self._executor.shutdown(wait=True)
            return
        processes = list(getattr(self._executor, "_processes", {}).values())
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(STOP_SECONDS)
            if process.is_alive():
                process.kill()
                process.join(STOP_SECONDS)
        stopper = threading.Thread(target=self._executor.shutdown, kwargs={"wait": False, "cancel_futures": True},
                                   daemon=True)
        stopper.start()
        stopper.join(STOP_SECONDS)

    def extract(self, texts: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Result]:
        """Like ``extract_many``: one result per text, in order, read a few batches ahead.

        A worker that dies (killed, out of memory) breaks the whole pool and every
        batch in flight. The pool is started again and those batches rerun one at a
        time; a batch that breaks it again reruns one text at a time, and a text that
        breaks it then gets a ``QuotexError``: only the texts that kill a worker fail.
        The break shows either when a result is collected or, if the executor learnt
        of it first, when the next batch is sent; both recover alike.
        """
        pending: deque[tuple[list[str], Future[_BatchResult]]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for batch in batches(texts, batch_size):
            try:
                pending.append((batch, self._executor.submit(_extract_batch, batch)))
            except BrokenProcessPool:
                yield from self._recover(pending, batch)
                continue
            if len(pending) >= limit:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _collect(self, pending: deque[tuple[list[str], Future[_BatchResult]]]) -> list[Result]:
        """The results of the first batch in ``pending``, or of every batch in it if the pool broke."""
        try:
            done = pending[0][1].result()
        except BrokenProcessPool:
            return self._recover(pending)
        pending.popleft()
        return self._results(done)

    def _recover(self, pending: deque[tuple[list[str], Future[_BatchResult]]], *unsent: list[str]) -> list[Result]:
        """A new pool, and the results of the batches the broken one lost (those in flight, then any
        it never took), in order; ``pending`` is emptied."""
        lost = [batch for batch, _ in pending] + list(unsent)
        pending.clear()
        self._restart()
        return [result for batch in lost for result in self._rerun(batch)]

    def _rerun(self, batch: list[str], alone: bool = False) -> list[Result]:
        try:
            return self._results(self._executor.submit(_extract_batch, batch).result())
        except BrokenProcessPool:
            self._restart()
        if alone or len(batch) == 1:
            return [QuotexError(WORKER_DIED)]
        return [result for text in batch for result in self._rerun([text], alone=True)]

    def _results(self, done: _BatchResult) -> list[Result]:
        self.peak_rss[done.pid] = max(done.peak_rss, self.peak_rss.get(done.pid, 0))
        return done.results

    def _restart(self) -> None:
        """A new pool in place of a broken one; workers that keep dying stop the run."""
        self.restarts += 1
        if self.restarts > MAX_RESTARTS:
            raise QuotexError(f"worker processes died {self.restarts} times; the run was stopped")
        if self._start[1]:
            out.warning("a worker process died; the documents it held are run again")
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = self._new_executor()
        self._wait_until_loaded(warn=False)

    def _wait_until_loaded(self, warn: bool = True) -> None:
        # One probe per worker: the executor starts a new process for each
        # probe that finds no idle worker, so usually every worker answers.
        try:
            probes = [self._executor.submit(_probe) for _ in range(self.workers)]
            reports = [probe.result() for probe in probes]
        except BrokenProcessPool as exc:
            raise QuotexError("the worker processes could not start (a script that starts workers "
                              "needs an 'if __name__ == \"__main__\":' guard)") from exc
        for report in reports:
            if report.error is not None:
                raise QuotexError(report.error)
        if warn:
            out.relay(reports[0].said)


# --- in the worker process ----------------------------------------------------------------


@dataclass(frozen=True)
class _Report:
    error: Optional[str]
    said: str


@dataclass(frozen=True)
class _BatchResult:
    results: list[Result]
    pid: int
    peak_rss: int


_nlp: Optional["Language"] = None
_options = RunOptions()
_report = _Report(error="the worker was not initialised", said="")


def _init_worker(model: Optional[str], warn: bool, options: RunOptions) -> None:
    """Load the pipeline once. Never raises: a raising initializer would be
    retried forever by some pools, so the failure waits for ``_probe``."""
    global _nlp, _options, _report
    _options = options
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from .loader import loaded

        _nlp, said = loaded(model, options.fast, warn)
        _report = _Report(error=None, said=said)
    except QuotexError as exc:
        _report = _Report(error=str(exc), said="")
    except Exception as exc:  # noqa: BLE001 - reported by the parent as one sentence
        _report = _Report(error=f"a worker could not load the pipeline: {type(exc).__name__}: {exc}", said="")


def _probe() -> _Report:
    return _report


def _extract_batch(texts: list[str]) -> _BatchResult:
    from .extract import extract_many

    if _nlp is None:
        results: list[Result] = [QuotexError(_report.error or "no pipeline") for _ in texts]
    else:
        results = list(extract_many(_nlp, texts, batch_size=len(texts), fast=_options.fast))
    return _BatchResult(results, os.getpid(), peak_rss_bytes())


def peak_rss_bytes() -> int:
    """This process's peak resident memory in bytes (0 where it cannot be read).

    On Linux this is VmHWM, the peak of this process's own memory. getrusage's
    ru_maxrss would do elsewhere, but on Linux it carries over through fork
    and exec, so a fresh Python started by a big process reports the big one.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere
