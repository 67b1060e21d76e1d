"""Quotes of plain texts: batches through ``nlp.pipe``, one failing text never
stopping the others, and texts over ``max_length`` cut into chunks."""

from __future__ import annotations

import bisect
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..corpus.linking import sign_all
from ..errors import QuotexError
from ..output.model import Quote
from ..text.marks import paragraphs
from .engine import DEFAULT_BATCH_SIZE, Result, batches
from .loader import FAST_SKIPS


def extract(nlp: Language, text: str) -> list[Quote]:
    """Attributed quotes of one text (of any length)."""
    result = next(extract_many(nlp, [text]))
    if isinstance(result, QuotexError):
        raise result
    return result


def extract_many(nlp: Language, texts: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE, *,
                 fast: bool = False) -> Iterator[Result]:
    """For each text, in order, its attributed quotes, or the error that stopped it.

    One bad document never stops the others: a batch that fails is redone one
    text at a time. Texts over ``nlp.max_length`` are cut into paragraph-aligned
    chunks whose offsets are mapped back into the whole text. ``fast`` leaves out
    the components attribution can do without (``FAST_SKIPS``). Each quote carries
    its MinHash signature (``corpus.linking``), computed here, where the text is.
    """
    for batch in batches(texts, batch_size):
        yield from (sign_all(result) if isinstance(result, list) else result for result in _batch(nlp, batch, fast))


def _batch(nlp: Language, texts: list[str], fast: bool) -> Iterator[Result]:
    if all(len(t) <= nlp.max_length for t in texts):
        try:
            docs = nlp.pipe(texts, disable=_skipped(nlp, fast))
            yield from [_quotes_of(doc, nlp) for doc in docs]
            return
        except Exception:  # noqa: BLE001 - find the text that failed, below
            pass
    for text in texts:
        try:
            yield _chunked(nlp, text, fast)
        except Exception as exc:  # noqa: BLE001 - reported per document, never fatal
            yield QuotexError(f"could not process the text: {type(exc).__name__}: {exc}")


def _skipped(nlp: Language, fast: bool) -> list[str]:
    """Components that fast mode disables, of those ``nlp`` has (none when it has no tagger)."""
    if not fast or "tagger" not in nlp.pipe_names:
        return []
    return [name for name in FAST_SKIPS if name in nlp.pipe_names]


def _parse(nlp: Language, text: str, fast: bool) -> Doc:
    with nlp.select_pipes(disable=_skipped(nlp, fast)):
        return nlp(text)


def _chunked(nlp: Language, text: str, fast: bool = False) -> list[Quote]:
    if len(text) <= nlp.max_length:
        return _quotes_of(_parse(nlp, text, fast), nlp)
    quotes: list[Quote] = []
    groups = 0
    para_starts = [p.start for p in paragraphs(text)]
    for start, end in chunks(text, nlp.max_length):
        part = _quotes_of(_parse(nlp, text[start:end], fast), nlp)
        base = len(quotes)
        quotes.extend(q.shifted(start, index=base + n, group=groups + q.group,
                                paragraph=max(bisect.bisect_right(para_starts, q.start + start) - 1, 0))
                      for n, q in enumerate(part))
        groups += max((q.group for q in part), default=-1) + 1
    return quotes


def chunks(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most ``limit`` characters, cut after a line break where
    there is one, else after a sentence end, else after a space."""
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            end = _cut(text, start, end)
        yield start, end
        start = end


def _cut(text: str, start: int, end: int) -> int:
    for find in (lambda: text.rfind("\n", start, end),
                 lambda: max(text.rfind(". ", start, end), text.rfind("\u201d ", start, end),
                             text.rfind('" ', start, end)) + 1,
                 lambda: text.rfind(" ", start, end)):
        cut = find()
        if cut > start:
            return cut + 1
    return end


def _quotes_of(doc: Doc, nlp: Language) -> list[Quote]:
    component = nlp.get_pipe("quotex")
    return list(doc._.get(component.extension) or [])
