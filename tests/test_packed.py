"""A long document's records, packed a piece at a time: a sequence like the list it stands for."""

from __future__ import annotations

import pickle

import pytest

from quotex.output.model import Cue, Mention, Quote, Speaker
from quotex.run.packed import PackedQuotes


def quote(n: int) -> Quote:
    speaker = Speaker("Ana Ruiz", Mention("Ana Ruiz", 10 * n + 5, 10 * n + 13), "person", id="s0")
    return Quote(index=n, group=n, text="a", start=10 * n, end=10 * n + 1, type="direct", paragraph=0,
                 speaker=speaker, cue=Cue("said", 10 * n + 14, 10 * n + 18), method="explicit", confidence=0.9,
                 marks="double", signature=bytes([n]))


QUOTES = [quote(n) for n in range(7)]
PIECES = [QUOTES[:3], [], QUOTES[3:4], QUOTES[4:]]


def packed() -> PackedQuotes:
    return PackedQuotes(PIECES)


@pytest.mark.parametrize("index", [0, 2, 3, 4, 6, -1, -7, slice(2, 5), slice(None, None, -2)])
def test_an_index_or_a_slice_gives_what_the_list_gives(index: "int | slice") -> None:
    assert packed()[index] == QUOTES[index]


@pytest.mark.parametrize("index", [7, -8])
def test_an_index_out_of_range_is_an_index_error(index: int) -> None:
    with pytest.raises(IndexError):
        packed()[index]


def test_it_equals_the_list_and_keeps_every_field() -> None:
    quotes = packed()
    assert len(quotes) == 7 and quotes == QUOTES and QUOTES == quotes and list(quotes) == QUOTES
    assert [q.signature for q in quotes] == [q.signature for q in QUOTES]  # not compared by ==
    assert quotes != QUOTES[:-1] and quotes != [*QUOTES[:-1], quote(9)]


def test_it_unpacks_a_piece_at_a_time_and_skips_empty_pieces() -> None:
    assert list(packed().parts()) == [QUOTES[:3], QUOTES[3:4], QUOTES[4:]]


def test_it_travels_to_another_process_as_it_is() -> None:
    quotes = packed()
    again = pickle.loads(pickle.dumps(quotes))
    assert isinstance(again, PackedQuotes) and again == QUOTES and list(again.parts()) == list(quotes.parts())


def test_nothing_packed_is_an_empty_sequence() -> None:
    assert len(PackedQuotes()) == 0 and list(PackedQuotes()) == [] and PackedQuotes() == []
