"""Choosing where the work runs: here, in worker processes, or on a Dask cluster.

Every engine has the same interface (``engine.Engine``); the one-worker case
is decided here and nowhere else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from .engine import DEFAULT_BATCH_SIZE, Engine, Result, RunOptions

if TYPE_CHECKING:
    from spacy.language import Language


class InProcess:
    """The pipeline loaded in this process; no worker is started."""

    def __init__(self, model: Optional[str], *, warn: bool = True, options: RunOptions = RunOptions()) -> None:
        from .loader import load_pipeline

        self.options = options
        self.nlp: "Language" = load_pipeline(model, warn=warn, fast=options.fast)

    def __enter__(self) -> "InProcess":
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        pass

    def extract(self, texts: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Result]:
        from . import extract

        return extract.extract_many(self.nlp, texts, batch_size, fast=self.options.fast)


def open_engine(
    model: Optional[str], *, workers: int = 1, scheduler: Optional[str] = None, warn: bool = True,
    options: RunOptions = RunOptions(),
) -> Engine:
    """Started workers: a Dask cluster's with ``scheduler`` (an address), else ``workers``
    processes, else (one worker) the pipeline in this process.

    A model or a scheduler that does not work raises ``QuotexError`` here.
    """
    if scheduler:
        from .cluster import DaskEngine

        return DaskEngine(scheduler, model, warn=warn, options=options)
    if workers <= 1:
        return InProcess(model, warn=warn, options=options)
    from .workers import WorkerPool

    return WorkerPool(model, workers, warn=warn, options=options)


def extract_parallel(
    model: Optional[str],
    texts: Iterable[str],
    workers: int,
    batch_size: int = DEFAULT_BATCH_SIZE,
    *,
    warn: bool = True,
    options: RunOptions = RunOptions(),
) -> Iterator[Result]:
    """For each text, in order, its quotes or the error that stopped it, using ``workers`` processes.

    ``model`` is what ``load_pipeline`` takes. With one worker no process is
    started. A model that cannot be loaded raises ``QuotexError`` before any
    text is read.
    """
    with open_engine(model, workers=workers, warn=warn, options=options) as engine:
        yield from engine.extract(texts, batch_size)
