"""One quote across documents: MinHash signatures where a document is done, and clusters
formed in input order by a reduce step (``QuoteLinker``) with locality-sensitive hashing.

A quote's signature is a MinHash of its words and word pairs, folded as
names are (case, accents, punctuation), so a reprint, a wire copy, a quote trimmed at
either end or with a word changed has nearly the same one. ``sign`` runs where the
document is processed (in this process, a worker process or a Dask worker) and travels
with the quote as 516 bytes; ``QuoteLinker`` runs in the one process that writes the
records, in input order, so the keys are the same however the work was spread.

A quote's key (``quote_key``) is the key of the first record of its cluster in input
order, ``<doc>#<index>``: the record that first carried it gets its own key, and every
later copy gets that one, as the records stream. Only quoted speech (``direct`` and
``mixed``) of ``MIN_WORDS`` words or more is linked: a short quote ('qualified', 'a
disaster') is too common to say that one article took it from another. Every other
record's key is its own. Two quotes are one when they are alike (``SAME_QUOTE``), or
when the shorter, of ``MIN_CONTAINED_WORDS`` words or more, is nearly all in the longer
(``CONTAINED``): a quote trimmed. A shorter phrase inside a long quote ('I don't think
that's the case') is too common to count.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional, Sequence

import numpy as np

from ..output.model import Quote
from .names import fold

LINKED_TYPES = ("direct", "mixed")
MIN_WORDS = 6
MIN_CONTAINED_WORDS = 10
NUM_PERM = 128
SEED = 7
CANDIDATES = 0.3  # the LSH's threshold: pairs this alike are looked at
BANDS, ROWS = 37, 3  # the LSH's bands for that threshold (datasketch's MinHashLSH chooses the same)
SAME_QUOTE = 0.5  # estimated Jaccard similarity of the word and word-pair sets: one quote
CONTAINED = 0.9  # or this share of the shorter quote's words and pairs in the longer: one quote, trimmed
_SIZE = np.dtype("<u4")


# The MinHash is datasketch's (2.0, scheme "affine32"), written out here so that a run needs
# neither datasketch nor the scipy it imports (0.3 s at every start); tests/test_linking.py
# checks that the signatures and the LSH's candidates are datasketch's.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_EMPTY = np.uint32(0xFFFFFFFF)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The ``NUM_PERM`` affine permutations ``h -> a * h + b`` (mod 2**32, ``a`` odd) of seed ``SEED``."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def minhash(found: Sequence[bytes]) -> np.ndarray:
    """The MinHash of a set of byte strings: ``NUM_PERM`` unsigned 32-bit values. Each string's
    hash is the first 4 bytes of its SHA-1, mixed with MurmurHash3's finalizer, then permuted."""
    if not found:
        return np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    hv = np.array([int.from_bytes(hashlib.sha1(f).digest()[:4], "little") for f in found], dtype=np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = (hv ^ (hv >> s3)).reshape(-1, 1)
    a, b = _permutations()
    return (hv * a + b).min(axis=0)


def features(text: str) -> list[bytes]:
    """The words of ``text`` and its pairs of words, folded: what the MinHash is taken of."""
    words = fold(text).split()
    return [w.encode("utf-8") for w in dict.fromkeys(words + [f"{a} {b}" for a, b in zip(words, words[1:])])]


def linked(quote: Quote) -> bool:
    return quote.type in LINKED_TYPES and len(quote.text.split()) >= MIN_WORDS


def sign(quote: Quote) -> Quote:
    """The quote with its signature, when it is linked (see the module's docstring)."""
    if not linked(quote):
        return quote
    found = features(quote.text)
    header = np.array([len(found), len(quote.text.split())], dtype=_SIZE).tobytes()
    packed = header + minhash(found).astype(_SIZE).tobytes()
    return replace(quote, signature=packed)


def sign_all(quotes: Sequence[Quote]) -> list[Quote]:
    return [sign(q) for q in quotes]


@dataclass(frozen=True)
class _Signed:
    size: int  # features: words and pairs
    words: int
    hashvalues: np.ndarray

    def jaccard(self, other: "_Signed") -> float:
        """The MinHash estimate of the Jaccard similarity: the share of equal values."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / NUM_PERM

    def bands(self) -> list[bytes]:
        """The LSH's keys: each band of ``ROWS`` values, as bytes."""
        return [self.hashvalues[i * ROWS:(i + 1) * ROWS].tobytes() for i in range(BANDS)]


def _unpack(signature: bytes) -> _Signed:
    values = np.frombuffer(signature, dtype=_SIZE)
    return _Signed(int(values[0]), int(values[1]), values[2:])


def same_quote(a: _Signed, b: _Signed) -> bool:
    """Alike enough, or the shorter (long enough to tell) nearly all in the longer: by the
    MinHash estimates of their Jaccard similarity, and of the share they have in common."""
    jaccard = a.jaccard(b)
    if jaccard >= SAME_QUOTE:
        return True
    shorter = a if a.size <= b.size else b
    if shorter.words < MIN_CONTAINED_WORDS:
        return False
    shared = jaccard * (a.size + b.size) / (1 + jaccard)
    return shared >= CONTAINED * shorter.size


def record_key(doc: str, quote: Quote) -> str:
    return f"{doc}#{quote.index}"


class QuoteLinker:
    """The reduce step: each record's quote key, in input order, from the records before it.

    Holds, per linked record, its signature (516 bytes) and the LSH's band hashes; never
    a text, so memory grows by well under a kilobyte per quote.
    """

    def __init__(self) -> None:
        self.bands: list[dict[bytes, list[int]]] = [{} for _ in range(BANDS)]  # the LSH: band -> records
        self.signed: list[_Signed] = []
        self.root: list[int] = []  # by insertion number: the number of the first record of its cluster
        self.keys: dict[int, str] = {}  # a first record's number -> its quote key

    def link(self, doc: str, quotes: Sequence[Quote]) -> list[Quote]:
        """``quotes`` of document ``doc`` with their ``quote_key``; a quote not signed where it was
        processed is signed here."""
        return [self._link(doc, quote if quote.signature or not linked(quote) else sign(quote)) for quote in quotes]

    def _link(self, doc: str, quote: Quote) -> Quote:
        return replace(quote, quote_key=self.key(record_key(doc, quote), quote.signature))

    def key(self, own: str, signature: Optional[bytes]) -> str:
        """The quote key of the record ``own`` (``<doc>#<index>``) with this signature (None: not linked)."""
        if not signature:
            return own
        signed = _unpack(signature)
        number = len(self.signed)
        bands = signed.bands()
        candidates = {n for band, table in zip(bands, self.bands) for n in table.get(band, ())}
        roots = [self.root[n] for n in candidates if same_quote(signed, self.signed[n])]
        root = min(roots, default=number)  # the earliest cluster it matches
        if root == number:
            self.keys[number] = own
        self.signed.append(signed)
        self.root.append(root)
        for band, table in zip(bands, self.bands):
            table.setdefault(band, []).append(number)
        return self.keys[root]
