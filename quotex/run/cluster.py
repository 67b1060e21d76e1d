"""Beyond one machine: quotes for a Dask bag of ``{id, text}`` records.

The work is mapped partition by partition (``Bag.map_partitions``). Each
worker process loads the pipeline once, the first time one of its tasks
needs it, and keeps it for every later partition (a per-process cache keyed
by model name). Within a partition texts go through ``extract_many`` exactly
as in one process, so the records are the same as a single-process run's.

Dask is an optional extra: ``pip install 'quotex[dask]'``. Importing this
module does not import Dask; the functions do.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Iterable, Iterator, NoReturn, Optional

from ..errors import QuotexError
from ..output.channel import out
from .engine import DEFAULT_BATCH_SIZE, Result, RunOptions, batches

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client, Future
    from spacy.language import Language

DASK_MISSING = "Dask is not installed: pip install 'quotex[dask]'"
# Documents per partition in ``DaskEngine``: big enough that scheduling is a
# small cost, small enough that a few partitions per worker stay in memory.
PARTITION_DOCS = 64
PARTITIONS_PER_THREAD = 6  # partitions in flight per worker thread: none waits, memory stays flat
# A cluster with no workers for this long (seconds), or whose scheduler is gone, is lost: the run
# does not hang. QUOTEX_DASK_LOST_AFTER sets it, for a cluster whose workers come and go.
LOST_AFTER = float(os.environ.get("QUOTEX_DASK_LOST_AFTER", "30"))
_POLL = 1.0  # seconds between two looks at the cluster's health while waiting
_TICK = 0.02  # seconds between two looks at a future
WORKER_KILLED = "a Dask worker died while processing it (killed, or over its memory limit?)"


def extract_bag(
    bag: "Bag",
    model: Optional[str] = None,
    *,
    include_all: bool = False,
    id_field: str = "id",
    text_field: str = "text",
    batch_size: int = DEFAULT_BATCH_SIZE,
    options: RunOptions = RunOptions(),
) -> "Bag":
    """A bag with one result per input record, in order.

    Each result is a plain dict: ``{"doc": id, "quotes": [...], "error": None,
    "signatures": [...]}``, where ``quotes`` holds the same objects that ``quotex
    extract -f jsonl`` writes (with ``include_all``, those of ``--all``) but with
    ``quote_key`` null, and ``signatures`` each quote's MinHash signature in hex
    (null when it is not linked), for ``linked_records``; or ``{"doc": id,
    "quotes": [], "error": "reason", "signatures": []}`` for a record that could
    not be processed. ``quote_records`` flattens it. ``options`` says how
    each text is run (``RunOptions(fast=True)`` for ``--fast``).
    """
    return bag.map_partitions(_partition_records, model, include_all, id_field, text_field, batch_size, options)


def quote_records(results: "Bag") -> "Bag":
    """The quote records of ``extract_bag``'s results, one per quote, in order."""
    return results.map(_quotes_of).flatten()


def _quotes_of(result: dict[str, Any]) -> list[dict[str, Any]]:
    return result["quotes"]


def linked_records(results: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The quote records of ``extract_bag``'s computed results, in order, each with its
    ``quote_key``: the reduce step of linking, run where the results are gathered (the
    signatures were made on the workers). ``quote_records`` leaves ``quote_key`` null."""
    from ..corpus.linking import QuoteLinker

    linker = QuoteLinker()
    for result in results:
        for record, signature in zip(result["quotes"], result.get("signatures", [])):
            own = f"{result['doc']}#{record['index']}"
            yield {**record, "quote_key": linker.key(own, bytes.fromhex(signature) if signature else None)}


class DaskEngine:
    """Texts in, results out in order, computed on a Dask cluster; a context manager.

    Used by ``quotex extract --scheduler``: the texts are read here and sent
    to the cluster a few partitions at a time, so memory stays flat.
    Connecting loads the pipeline on every worker, so a bad model fails at
    once, as a ``QuotexError``.
    """

    def __init__(self, address: str, model: Optional[str], *, warn: bool = True, timeout: float = 10,
                 options: RunOptions = RunOptions(), lost_after: Optional[float] = None) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise QuotexError(DASK_MISSING) from exc
        self.model = model
        self.options = options
        self.address = address
        self.lost_after = LOST_AFTER if lost_after is None else lost_after
        self.lost: Optional[str] = None  # why the cluster was given up, once it is
        self._quiet = _QuietLogs()  # the client's own tracebacks would drown the one-line error
        try:
            self.client: Client = Client(address, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            self._quiet.restore()
            raise QuotexError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from exc
        try:
            self._warm(warn)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> "DaskEngine":
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.client.close(timeout=5)
        except Exception:  # noqa: BLE001 - a lost scheduler: nothing left to close
            pass
        finally:
            self._quiet.restore()

    def extract(self, texts: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Result]:
        """Like ``extract_many``: one result per text, in order.

        Each partition is one task. A partition whose worker died (Dask's
        ``KilledWorker``) runs again one text per task, so that only the texts
        that kill a worker fail. Once the cluster is lost (its scheduler gone,
        or no worker for ``lost_after`` seconds), every text still to come gets
        a ``QuotexError`` at once: the run ends, and names each one.
        """
        # Whole batches per partition, so every batch is the one a single process would run.
        per_partition = max(batch_size, PARTITION_DOCS // batch_size * batch_size)
        in_flight = PARTITIONS_PER_THREAD * max(1, self._threads())
        pending: deque[tuple[list[str], Optional[Future]]] = deque()
        for chunk in batches(texts, per_partition):
            pending.append((chunk, self._submit(chunk, batch_size)))
            if len(pending) >= in_flight:
                yield from self._collect(*pending.popleft(), batch_size)
        while pending:
            yield from self._collect(*pending.popleft(), batch_size)

    def _submit(self, chunk: list[str], batch_size: int) -> Optional[Future]:
        if self.lost:
            return None
        return self.client.submit(_partition_results, chunk, self.model, batch_size, self.options, pure=False)

    def _collect(self, chunk: list[str], future: Optional[Future], batch_size: int) -> list[Result]:
        from distributed.scheduler import KilledWorker

        try:
            return self._wait(future)
        except KilledWorker:
            if len(chunk) == 1:
                return [QuotexError(WORKER_KILLED)]
            alone = [(text, self._submit([text], 1)) for text in chunk]
            return [result for text, single in alone for result in self._collect([text], single, 1)]
        except _Lost:
            return [QuotexError(self.lost or "the Dask cluster was lost") for _ in chunk]

    def _wait(self, future: Optional[Future]) -> list[Result]:
        """The future's result, waiting no longer than the cluster stays alive.

        The future is polled (``done()``), not waited on with a timeout: a timed-out
        wait leaves a task in the client's loop that logs a traceback at exit.
        """
        from concurrent.futures import CancelledError

        if future is None or self.lost:
            raise _Lost
        alone_since: Optional[float] = None
        next_check = time.monotonic() + _POLL
        while not future.done():
            time.sleep(_TICK)
            now = time.monotonic()
            if now < next_check:
                continue
            next_check = now + _POLL
            if self.client.status not in ("running", "connecting"):
                self._give_up(f"lost the Dask scheduler at {self.address}")
            if self._workers() > 0:
                alone_since = None
                continue
            alone_since = alone_since or now
            if now - alone_since >= self.lost_after:
                self._give_up(f"the Dask cluster at {self.address} has had no workers for {self.lost_after:g} s")
        try:
            return future.result()
        except CancelledError:
            self._give_up(f"lost the Dask scheduler at {self.address}")
        except OSError as exc:
            self._give_up(f"lost the Dask scheduler at {self.address}: {exc}")

    def _threads(self) -> int:
        try:
            return sum(self.client.nthreads().values())
        except Exception as exc:  # noqa: BLE001 - the scheduler went away before the run
            self.lost = f"lost the Dask scheduler at {self.address}: {exc}; not processed"
            return 0

    def _workers(self) -> int:
        try:
            return len(self.client.scheduler_info().get("workers", {}))
        except Exception:  # noqa: BLE001 - the scheduler is going: the status check will say
            return 0

    def _give_up(self, reason: str) -> NoReturn:
        self.lost = f"{reason}; not processed"
        raise _Lost

    def _warm(self, warn: bool) -> None:
        reports = self.client.run(_warm_worker, self.model, self.options.fast)
        if not reports:
            raise QuotexError("the Dask cluster has no workers")
        errors = [error for error, _ in reports.values() if error]
        if errors:
            raise QuotexError(errors[0])
        said = next(iter(reports.values()))[1]
        if warn:
            out.relay(said)


class _Lost(Exception):
    """The cluster is gone; ``DaskEngine.lost`` says why."""


class _QuietLogs:
    """Distributed's loggers held to CRITICAL while the engine lives: quotex reports in one line."""

    NAMES = ("distributed", "distributed.client", "distributed.core", "distributed.comm", "tornado", "asyncio")

    def __init__(self) -> None:
        self.levels = {name: logging.getLogger(name).level for name in self.NAMES}
        for name in self.NAMES:
            logging.getLogger(name).setLevel(logging.CRITICAL)

    def restore(self) -> None:
        for name, level in self.levels.items():
            logging.getLogger(name).setLevel(level)


# --- on a worker --------------------------------------------------------------------------

_loading = threading.Lock()


def worker_pipeline(model: Optional[str] = None, fast: bool = False) -> "Language":
    """This process's pipeline for ``model``, loaded the first time it is asked for."""
    from .loader import loaded

    with _loading:  # one load per process, even with several worker threads
        return loaded(model, fast)[0]


def _warm_worker(model: Optional[str], fast: bool = False) -> tuple[Optional[str], str]:
    from .loader import loaded

    try:
        with _loading:
            said = loaded(model, fast)[1]
    except QuotexError as exc:
        return str(exc), ""
    except Exception as exc:  # noqa: BLE001 - reported by the client as one sentence
        return f"a Dask worker could not load the pipeline: {type(exc).__name__}: {exc}", ""
    return None, said


def _partition_results(texts: Iterable[str], model: Optional[str], batch_size: int,
                       options: RunOptions) -> list[Result]:
    from .extract import extract_many

    nlp = worker_pipeline(model, fast=options.fast)
    return list(extract_many(nlp, list(texts), batch_size=batch_size, fast=options.fast))


# What ``quotex extract`` writes without --all (cli._keep): quotes in quote marks.
QUOTED_SPEECH = ("direct", "mixed", "nested")


def _partition_records(
    records: Iterable[Any], model: Optional[str], include_all: bool, id_field: str, text_field: str,
    batch_size: int, options: RunOptions,
) -> list[dict[str, Any]]:
    from ..corpus.stage import with_speaker_key
    from ..output.render import quote_record

    rows = list(records)
    names: list[Optional[str]] = []
    problems: list[Optional[str]] = []
    texts: list[str] = []
    for row in rows:
        name, problem = _check(row, id_field, text_field)
        names.append(name)
        problems.append(problem)
        if problem is None:
            texts.append(row[text_field])
    results = iter(_partition_results(texts, model, batch_size, options) if texts else [])
    out: list[dict[str, Any]] = []
    for name, problem in zip(names, problems):
        result: Result = QuotexError(problem) if problem is not None else next(results)
        if isinstance(result, QuotexError):
            out.append({"doc": name, "quotes": [], "error": str(result), "signatures": []})
        else:
            kept = [with_speaker_key(name, q) for q in result if include_all or q.type in QUOTED_SPEECH]
            out.append({"doc": name, "quotes": [quote_record(q, name) for q in kept], "error": None,
                        "signatures": [q.signature.hex() if q.signature else None for q in kept]})
    return out


def _check(row: Any, id_field: str, text_field: str) -> tuple[Optional[str], Optional[str]]:
    """The record's name, and why it cannot be processed (None if it can)."""
    if not isinstance(row, dict):
        return None, f"expected a dict record, got {type(row).__name__}"
    value = row.get(id_field)
    name = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
    if name is None:
        return None, f"missing or bad id field {id_field!r} (a string or an integer)"
    if not isinstance(row.get(text_field), str):
        return name, f"missing or bad text field {text_field!r} (a string)"
    return name, None
