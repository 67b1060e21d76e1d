"""The corpus stage of a run: each document's quotes get their speaker keys and quote keys
as the document is written, in input order (see ``keys`` and ``linking``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..output.model import Quote, Speaker
from .keys import speaker_key
from .linking import QuoteLinker, linked, record_key, sign


def with_speaker_key(doc: str, quote: Quote) -> Quote:
    if quote.speaker is None or quote.speaker.key is not None:
        return quote
    return replace(quote, speaker=replace(quote.speaker, key=speaker_key(doc, quote.speaker)))


class CorpusStage:
    """One per run, in the process that writes the records."""

    def __init__(self) -> None:
        self.linker = QuoteLinker()

    def document(self, doc: str, quotes: Sequence[Quote]) -> list[Quote]:
        """``quotes`` with their speaker keys and quote keys; a quote not signed where it was
        processed is signed here."""
        speakers: dict[int, Speaker] = {}  # one keyed copy of each speaker object
        out = []
        for quote in quotes:
            speaker = quote.speaker
            if speaker is not None and speaker.key is None:
                if id(speaker) not in speakers:
                    speakers[id(speaker)] = replace(speaker, key=speaker_key(doc, speaker))
                speaker = speakers[id(speaker)]
            signature = quote.signature if quote.signature or not linked(quote) else sign(quote).signature
            out.append(replace(quote, speaker=speaker, signature=signature,
                               quote_key=self.linker.key(record_key(doc, quote), signature)))
        return out
