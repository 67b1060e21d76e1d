"""A long document's records, packed: each piece's quotes pickled and compressed when the
piece is done, and unpacked one piece at a time when they are read.

A few megabytes of text can hold millions of tiny quotes (``'"a ' * 3_333_333``). As
``Quote`` objects they take about 300 bytes each (the object, and its index, group and
offsets as integers of their own); packed, about 10. So a worker holds, and sends, a long
document's records in a small part of that memory, and a writer that takes a document in
parts (``output.render.takes_parts``) never holds them all at once.
"""

from __future__ import annotations

import bisect
import pickle
import zlib
from typing import Iterable, Iterator, Sequence, Union, overload

from ..output.model import Quote

LEVEL = 1  # zlib's fastest: the records of a piece repeat themselves, 5 times smaller even so


class PackedQuotes(Sequence[Quote]):
    """Quotes in order, kept as one compressed pickle per piece; a read-only sequence.

    It equals any sequence of the same quotes (a list, or another ``PackedQuotes``).
    """

    __hash__ = None  # type: ignore[assignment]  # equal to a list, so never hashed

    def __init__(self, parts: Iterable[Sequence[Quote]] = ()) -> None:
        self._blocks: list[bytes] = []
        self._ends: list[int] = []  # how many quotes the blocks up to each one hold
        for part in parts:
            self.add(part)

    def add(self, quotes: Sequence[Quote]) -> None:
        """Pack the next piece's quotes (after those packed before)."""
        if quotes:
            self._blocks.append(zlib.compress(pickle.dumps(list(quotes), pickle.HIGHEST_PROTOCOL), LEVEL))
            self._ends.append(len(self) + len(quotes))

    def parts(self) -> Iterator[list[Quote]]:
        """The quotes, a piece at a time: only one piece is unpacked at once."""
        return (self._unpacked(k) for k in range(len(self._blocks)))

    def __iter__(self) -> Iterator[Quote]:
        for part in self.parts():
            yield from part

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, index: int) -> Quote: ...

    @overload
    def __getitem__(self, index: slice) -> list[Quote]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Quote, list[Quote]]:
        if isinstance(index, slice):
            return list(self)[index]
        n = index + len(self) if index < 0 else index
        if not 0 <= n < len(self):
            raise IndexError("quote index out of range")
        k = bisect.bisect_right(self._ends, n)
        return self._unpacked(k)[n - (self._ends[k - 1] if k else 0)]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (list, tuple, PackedQuotes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __repr__(self) -> str:
        return f"PackedQuotes({len(self)} quotes in {len(self._blocks)} pieces)"

    def _unpacked(self, k: int) -> list[Quote]:
        quotes: list[Quote] = pickle.loads(zlib.decompress(self._blocks[k]))
        return quotes
