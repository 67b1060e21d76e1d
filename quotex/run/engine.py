"""What every engine shares: the typed run options, a text's result, the engine
interface, and the one batching loop.

Nothing here loads spaCy, so the parent of a worker pool never does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Protocol, Sequence, TypeVar, Union

from ..errors import QuotexError
from ..output.model import Quote

# A text's attributed quotes, or the error that stopped it.
Result = Union[Sequence[Quote], QuotexError]  # a list, or a long text's PackedQuotes

DEFAULT_BATCH_SIZE = 8

T = TypeVar("T")


@dataclass(frozen=True)
class RunOptions:
    """How each text is run, the same in every engine.

    ``fast`` leaves out the components attribution can do without (NER, the
    attribute ruler and the lemmatizer; see ``loader.FAST_SKIPS``).
    """

    fast: bool = False


class Engine(Protocol):
    """Texts in, one result per text out, in order; a context manager that stops its workers."""

    def extract(self, texts: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Result]: ...

    def __enter__(self) -> "Engine": ...

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None: ...


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter), read lazily."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
