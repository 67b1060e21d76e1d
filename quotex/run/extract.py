"""Quotes of plain texts: batches through ``nlp.pipe``, one failing text never
stopping the others, and long texts cut into pieces.

A text longer than ``PIECE`` characters (or ``nlp.max_length``, if smaller) is
run piece by piece, each piece cut at a paragraph break, else after a sentence,
else at a space, else hard, with every offset mapped back into the whole text.
Each piece's quotes are packed as it is done (``PackedQuotes``: a paragraph of
1.67 million tiny quotes holds 15 MB, not 490 MB). So the memory of a run does
not grow with the size of a document beyond its text and its packed records, and
its time grows linearly. Each piece is attributed on its own: a speaker named in
one piece is not what 'he said' refers to in the next.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from ..corpus.linking import sign_all
from ..errors import QuotexError
from ..output.model import Quote
from ..text.marks import paragraphs
from .engine import DEFAULT_BATCH_SIZE, Result, batches
from .loader import FAST_SKIPS
from .packed import PackedQuotes

# What is parsed at once bounds the memory of a run: en_core_web_sm's parser and NER
# hold about 18 kB per token of a batch while they run. A text is run whole up to
# PIECE characters and PIECE_TOKENS tokens, far above any news article (PolNeAR's
# longest is 17,144 characters, about 4,000 tokens); texts are piped together up to
# BATCH_TOKENS tokens (a batch of 8 PolNeAR articles has 14,000 at most).
PIECE = 100_000
PIECE_TOKENS = 8_000
BATCH_TOKENS = 16_000


def extract(nlp: Language, text: str) -> list[Quote]:
    """Attributed quotes of one text (of any length)."""
    result = next(extract_many(nlp, [text]))
    if isinstance(result, QuotexError):
        raise result
    return result if isinstance(result, list) else list(result)  # a long text's packed quotes, unpacked


def extract_many(nlp: Language, texts: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE, *,
                 fast: bool = False) -> Iterator[Result]:
    """For each text, in order, its attributed quotes, or the error that stopped it.

    One bad document never stops the others: a batch that fails is redone one
    text at a time. Texts over ``PIECE`` characters (or ``nlp.max_length``) are cut
    into paragraph-aligned pieces whose offsets are mapped back into the whole text, and their
    quotes come packed (``PackedQuotes``, a sequence). ``fast`` leaves out the components
    attribution can do without (``FAST_SKIPS``). Each quote carries its MinHash signature
    (``corpus.linking``), computed here, where the text is (packed quotes were signed before
    they were packed; an error is passed on).
    """
    for batch in batches(texts, batch_size):
        yield from (sign_all(result) if isinstance(result, list) else result for result in _batch(nlp, batch, fast))


def _batch(nlp: Language, texts: list[str], fast: bool) -> Iterator[Result]:
    """The texts' results in order: short texts through ``nlp.pipe`` together, at most
    ``BATCH_TOKENS`` tokens at a time; a long one in pieces on its own."""
    group: list[Doc] = []
    for text in texts:
        doc = _whole(nlp, text)
        if group and (doc is None or sum(map(len, group)) + len(doc) > BATCH_TOKENS):
            yield from _piped(nlp, group, fast)
            group = []
        if doc is not None:
            group.append(doc)
        else:
            yield _alone(nlp, text, fast)
    if group:
        yield from _piped(nlp, group, fast)


def _whole(nlp: Language, text: str) -> Optional[Doc]:
    """``text`` tokenized, if it is short enough to run whole; else None."""
    if len(text) > piece_limit(nlp):
        return None
    try:
        doc = nlp.make_doc(text)
    except Exception:  # noqa: BLE001 - _alone reports it
        return None
    return doc if len(doc) <= PIECE_TOKENS else None


def _piped(nlp: Language, docs: list[Doc], fast: bool) -> list[Result]:
    try:
        return [_quotes_of(doc, nlp) for doc in nlp.pipe(docs, disable=_skipped(nlp, fast))]
    except Exception:  # noqa: BLE001 - find the text that failed: each again, from its text
        return [_alone(nlp, doc.text, fast) for doc in docs]


def _alone(nlp: Language, text: str, fast: bool) -> Result:
    try:
        return _chunked(nlp, text, fast)
    except Exception as exc:  # noqa: BLE001 - reported per document, never fatal
        return QuotexError(f"could not process the text: {type(exc).__name__}: {exc}")


def _skipped(nlp: Language, fast: bool) -> list[str]:
    """Components that fast mode disables, of those ``nlp`` has (none when it has no tagger)."""
    if not fast or "tagger" not in nlp.pipe_names:
        return []
    return [name for name in FAST_SKIPS if name in nlp.pipe_names]


def _parse(nlp: Language, doc: Doc, fast: bool) -> Doc:
    with nlp.select_pipes(disable=_skipped(nlp, fast)):
        return nlp(doc)


def piece_limit(nlp: Language) -> int:
    """The longest text ``nlp`` runs whole."""
    return min(PIECE, nlp.max_length)


def _chunked(nlp: Language, text: str, fast: bool = False) -> Union[list[Quote], PackedQuotes]:
    """The quotes of a text run whole (a list, signed later), or in pieces (packed as each piece
    is done, signed first: what is packed is final)."""
    quotes = PackedQuotes()
    groups = 0
    speakers = 0  # speaker ids of earlier pieces: a piece's own start after them
    para_starts: list[int] = []
    for start, doc in _pieces(nlp, text, 0, len(text), piece_limit(nlp)):
        part = _quotes_of(_parse(nlp, doc, fast), nlp)
        if not start and len(doc.text) == len(text):
            return part  # run whole
        para_starts = para_starts or [p.start for p in paragraphs(text)]
        base = len(quotes)
        quotes.add(sign_all([_placed(q, start, base + n, groups, speakers, para_starts) for n, q in enumerate(part)]))
        groups += max((q.group for q in part), default=-1) + 1
        speakers += max((_speaker_number(q) for q in part), default=-1) + 1
    return quotes


def _pieces(nlp: Language, text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, Doc]]:
    """``text[start:end]`` tokenized, in pieces of at most ``limit`` characters and
    ``PIECE_TOKENS`` tokens (a piece with more tokens is cut again, shorter)."""
    for a, b in chunks(text[start:end], limit):
        doc = nlp.make_doc(text[start + a:start + b])
        if len(doc) <= PIECE_TOKENS or b - a < 2:
            yield start + a, doc
        else:
            yield from _pieces(nlp, text, start + a, start + b, max((b - a) * PIECE_TOKENS // len(doc), 1))


def _placed(q: Quote, start: int, index: int, groups: int, speakers: int, para_starts: list[int]) -> Quote:
    """A quote of the piece at ``start``, in the whole text: its offsets, index, group, paragraph
    and speaker id after those of the pieces before."""
    paragraph = max(bisect.bisect_right(para_starts, q.start + start) - 1, 0)
    return _renamed(q.shifted(start, index=index, group=groups + q.group, paragraph=paragraph), speakers)


def _speaker_number(q: Quote) -> int:
    return int(q.speaker.id[1:]) if q.speaker is not None and q.speaker.id[1:].isdigit() else -1


def _renamed(q: Quote, offset: int) -> Quote:
    """``q`` with its speaker's id after those of earlier pieces: ids stay one per speaker."""
    if not offset or _speaker_number(q) < 0:
        return q
    return replace(q, speaker=replace(q.speaker, id=f"s{_speaker_number(q) + offset}"))


def chunks(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most ``limit`` characters, cut after a line break where
    there is one in the piece's second half, else after a sentence end, else after a
    space, else hard."""
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            end = _cut(text, start, end)
        yield start, end
        start = end


def _cut(text: str, start: int, end: int) -> int:
    finds = (lambda lo: text.rfind("\n", lo, end),
             lambda lo: max(text.rfind(". ", lo, end), text.rfind("\u201d ", lo, end), text.rfind('" ', lo, end)) + 1,
             lambda lo: text.rfind(" ", lo, end))
    for lo in (start + (end - start) // 2, start):  # the piece's second half first: no tiny pieces
        for find in finds:
            cut = find(lo)
            if cut > start:
                return cut + 1
    return end


def _quotes_of(doc: Doc, nlp: Language) -> list[Quote]:
    component = nlp.get_pipe("quotex")
    return list(doc._.get(component.extension) or [])
