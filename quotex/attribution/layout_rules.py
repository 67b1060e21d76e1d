"""Attributions the layout of a document states: a transcript's speaker label,
a lead-in 'as follows:', a newsletter item's headline, a reader comment's header."""

from __future__ import annotations

import re
from typing import Optional

from .. import lexicon as lx
from ..output.model import Cue, Mention
from ..text.marks import DOUBLE_MARKS, QuoteSpan, headline_lead
from .document import CONFIDENCE, Bound, Document, starts_with_mark

_SPEAKER_LABEL = re.compile(r"(?P<name>[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}):[ \t\u00a0]")
_NOT_SPEAKERS = frozenset({"VIDEO", "AUDIO", "NOTE", "EDITOR'S NOTE", "EDITOR\u2019S NOTE", "UPDATE", "BREAKING",
                           "EXCLUSIVE", "WATCH", "READ", "CLIP", "PHOTO", "PHOTOS", "SOURCE", "SOURCES", "CORRECTION"})
_AS_FOLLOWS = re.compile(r"\s*(?P<src>[A-Z][^\n:.!?\"\u201c\u201d]{0,60}?)\s+(?:is\s+|are\s+|was\s+|reads\s+)?as\s+follows\s*:\s*")
_MAX_QUOTED_PARAGRAPHS = 40


def speaker_label(d: Document, span: QuoteSpan, section: int) -> Optional[Bound]:
    """A quote that opens with a speaker's name in capitals and a colon, as
    transcripts have it: '"RAMOS: Secretary Clinton, did you lie to them?'."""
    m = _SPEAKER_LABEL.match(d.text, span.start, span.end)
    if m is None or m.group("name") in _NOT_SPEAKERS:
        return None
    label = m.group("name")
    entity = d.tracker.commenter(d.tracker.names.full_name(label.title()))
    return Bound(entity, Mention(label, m.start("name"), m.end("name")), None, "explicit",
                  CONFIDENCE["colon"], span.paragraph, span.end, section, "colon")


def as_follows(d: Document, span: QuoteSpan, section: int) -> Optional[Bound]:
    """'Partial transcript as follows:' and the quote paragraphs after it: the
    lead-in names the source of every one of them."""
    if not starts_with_mark(d.text, d.paras[span.paragraph]):
        return None
    n = span.paragraph - 1
    while n >= 0 and span.paragraph - n <= _MAX_QUOTED_PARAGRAPHS and starts_with_mark(d.text, d.paras[n]):
        n -= 1
    if n < 0 or n == span.paragraph - 1 - _MAX_QUOTED_PARAGRAPHS:
        return None
    para = d.paras[n]
    m = _AS_FOLLOWS.fullmatch(d.text, para.start, para.end)
    if m is None:
        return None
    mention = Mention(m.group("src"), m.start("src"), m.end("src"))
    return Bound(d.tracker.source(mention.text), mention, None, "explicit", CONFIDENCE["colon"],
                  span.paragraph, span.end, section, "colon")


def newsletter_item(d: Document, span: QuoteSpan, section: int) -> Optional[tuple[Bound, bool]]:
    """'HEADLINE "excerpt" [Source.]': the headline speaks for every quote of its
    item; True when the quote follows the headline directly."""
    if span.paragraph not in d.headlines:  # once per paragraph, not once per quote
        d.headlines[span.paragraph] = headline_lead(d.text, d.paras[span.paragraph])
    head = d.headlines[span.paragraph]
    if head is None:
        return None
    name = d.text[head[0]:head[1]]
    bound = Bound(d.tracker.source(name), Mention(name, head[0], head[1]), None, "explicit",
                   CONFIDENCE["headline"], span.paragraph, span.end, section, "headline")
    return bound, not d.text[head[1]:span.start].strip(" \u00a0" + "".join(DOUBLE_MARKS))


def comment_bound(d: Document, span: QuoteSpan, section: int) -> Optional[Bound]:
    header = d.sections.headers.get(section)
    if header is None:
        return None
    name, verb = header
    ent = d.tracker.commenter(name)
    cue_class = lx.CUE_CLASS.get(lx.VERB_FORMS.get(verb.text.lower(), ""), "speech")
    return Bound(ent, None, Cue(verb.text, verb.start, verb.end, cue_class), "explicit", CONFIDENCE["comment"],
                  span.paragraph, span.end, section)
