"""One quote across documents: MinHash signatures where a document is done, and clusters
formed in input order by a reduce step (``QuoteLinker``) with locality-sensitive hashing.

A quote's signature is a MinHash (datasketch) of its words and word pairs, folded as
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

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional, Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from ..output.model import Quote
from .names import fold

LINKED_TYPES = ("direct", "mixed")
MIN_WORDS = 6
MIN_CONTAINED_WORDS = 10
NUM_PERM = 128
SEED = 7
CANDIDATES = 0.3  # the LSH's threshold: pairs this alike are looked at (bands of 3 rows)
SAME_QUOTE = 0.5  # estimated Jaccard similarity of the word and word-pair sets: one quote
CONTAINED = 0.9  # or this share of the shorter quote's words and pairs in the longer: one quote, trimmed
_SIZE = np.dtype("<u4")


@lru_cache(maxsize=1)
def _prototype() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED)


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
    proto = _prototype()
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=proto.permutations, scheme=proto.scheme)
    minhash.update_batch(found)
    header = np.array([len(found), len(quote.text.split())], dtype=_SIZE).tobytes()
    packed = header + minhash.hashvalues.astype(_SIZE).tobytes()
    return replace(quote, signature=packed)


def sign_all(quotes: Sequence[Quote]) -> list[Quote]:
    return [sign(q) for q in quotes]


@dataclass(frozen=True)
class _Signed:
    size: int  # features: words and pairs
    words: int
    minhash: LeanMinHash


def _unpack(signature: bytes) -> _Signed:
    values = np.frombuffer(signature, dtype=_SIZE)
    return _Signed(int(values[0]), int(values[1]),
                   LeanMinHash(seed=SEED, hashvalues=values[2:], scheme=_prototype().scheme))


def same_quote(a: _Signed, b: _Signed) -> bool:
    """Alike enough, or the shorter (long enough to tell) nearly all in the longer: by the
    MinHash estimates of their Jaccard similarity, and of the share they have in common."""
    jaccard = a.minhash.jaccard(b.minhash)
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
        self.index = MinHashLSH(threshold=CANDIDATES, num_perm=NUM_PERM)
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
        roots = [self.root[n] for n in self.index.query(signed.minhash) if same_quote(signed, self.signed[n])]
        root = min(roots, default=number)  # the earliest cluster it matches
        if root == number:
            self.keys[number] = own
        self.signed.append(signed)
        self.root.append(root)
        self.index.insert(number, signed.minhash, check_duplication=False)
        return self.keys[root]
