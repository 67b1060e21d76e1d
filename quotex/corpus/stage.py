"""The corpus stage of a run: each document's quotes get their speaker keys and quote keys
as the document is written, in input order (see ``keys`` and ``linking``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..output.model import Quote
from .keys import speaker_key
from .linking import QuoteLinker


def with_speaker_key(doc: str, quote: Quote) -> Quote:
    if quote.speaker is None or quote.speaker.key is not None:
        return quote
    return replace(quote, speaker=replace(quote.speaker, key=speaker_key(doc, quote.speaker)))


class CorpusStage:
    """One per run, in the process that writes the records."""

    def __init__(self) -> None:
        self.linker = QuoteLinker()

    def document(self, doc: str, quotes: Sequence[Quote]) -> list[Quote]:
        return self.linker.link(doc, [with_speaker_key(doc, quote) for quote in quotes])
