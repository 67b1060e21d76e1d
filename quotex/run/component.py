"""The spaCy component and its factory.

``nlp.add_pipe("quotex")`` puts the attributed quotes on ``doc._.quotes``
(the name is a config option) and their spans on ``doc.spans["quotex"]``.
``nlp.add_pipe("quotex_lines", first=True)`` makes each line without closing
punctuation a sentence of its own, before the parser runs.
"""

from __future__ import annotations

import bisect
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..attribution.attributor import attribute
from ..attribution.classes import with_classes
from ..text import tags
from ..text.lines import sentence_starts

SPANS_KEY = "quotex"


class QuoteAttributor:
    """Finds quotes in a Doc and says who said them."""

    def __init__(self, nlp: Language, name: str = "quotex", *, extension: str = "quotes", spans_key: str = SPANS_KEY):
        if not extension.isidentifier():
            raise ValueError(f"quotex: extension must be a Python identifier, got {extension!r}")
        self.name = name
        self.extension = extension
        self.spans_key = spans_key
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None, force=True)

    def __call__(self, doc: Doc) -> Doc:
        if tags.needs_filling(doc):
            tags.fill(doc)  # fast mode: the attribute ruler and lemmatizer did not run
        quotes = with_classes(doc, attribute(doc))
        doc._.set(self.extension, quotes)
        if self.spans_key:
            spans = []
            for q in quotes:
                span = doc.char_span(q.start, q.end, label=q.type, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "quotex",
    assigns=["doc._.quotes", "doc.spans"],
    default_config={"extension": "quotes", "spans_key": SPANS_KEY},
)
def make_quotex(nlp: Language, name: str, extension: str, spans_key: str) -> QuoteAttributor:
    return QuoteAttributor(nlp, name, extension=extension, spans_key=spans_key)


def mark_line_sentences(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token of each line that ``sentence_starts`` finds:
    the parser keeps sentence starts that are set before it."""
    starts = [t.idx for t in doc]
    for char in sentence_starts(doc.text):
        i = bisect.bisect_left(starts, char)
        if 0 < i < len(doc) and starts[i] == char:
            doc[i].is_sent_start = True
    return doc


@Language.factory("quotex_lines")
def make_quotex_lines(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: add it before the parser (``nlp.add_pipe("quotex_lines", first=True)``)."""
    return mark_line_sentences
