"""Attributions the layout of a document states: a transcript's speaker label,
a lead-in 'as follows:', a newsletter item's headline, a reader comment's header,
an interview's answers."""

from __future__ import annotations

import re
from typing import Optional

from .. import lexicon as lx
from ..output.model import Cue, Mention
from ..text.marks import DOUBLE_MARKS, QuoteSpan, headline_lead
from . import named_later
from .document import CONFIDENCE, Bound, Document, Interview, para_of_token, spans_in, starts_with_mark

_SPEAKER_LABEL = re.compile(r"(?P<name>[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}):[ \t\u00a0]")
_NOT_SPEAKERS = frozenset({"VIDEO", "AUDIO", "NOTE", "EDITOR'S NOTE", "EDITOR\u2019S NOTE", "UPDATE", "BREAKING",
                           "EXCLUSIVE", "WATCH", "READ", "CLIP", "PHOTO", "PHOTOS", "SOURCE", "SOURCES", "CORRECTION"})
_AS_FOLLOWS = re.compile(r"\s*(?P<src>[A-Z][^\n:.!?\"\u201c\u201d]{0,60}?)\s+(?:is\s+|are\s+|was\s+|reads\s+)?as\s+follows\s*:\s*")
_MAX_QUOTED_PARAGRAPHS = 40
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)  # a question put to the person interviewed
_MIN_ANSWERS = 2  # question-and-answer pairs that make an interview's layout


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


def interview_answer(d: Document, span: QuoteSpan, section: int) -> Optional[Bound]:
    """An interview's answer: a quote that opens the paragraph after a question put to the
    person interviewed ('Your publisher called it "a miracle." Was it?', 'What comes
    next?'), in an article with two such pairs or more. The person interviewed answers:
    whom 'Her name is …' names, else the one the article names first in full outside its
    questions and its quotes ('an interview with Maya Lindqvist'), not one a question names
    ('Critics have compared you to Elena Ferrante.')."""
    answers, person, mention, _, _ = _interview_of(d)
    if person is None or span.paragraph not in answers:
        return None
    return Bound(person, mention, None, "explicit", CONFIDENCE["colon"], span.paragraph, span.end, section, "colon")


def interview_question(d: Document, span: QuoteSpan, section: int) -> Optional[Bound]:
    """An interview's question printed in quote marks with no cue, as the answers are ('"How did you end
    up in a brewery?"' / '"By accident, like most good things."'): the writer's, whom the byline names."""
    author = d.tracker.author
    if author is None or span.paragraph not in _interview_of(d).questions:
        return None
    return Bound(d.tracker.writer_entity(), None, None, "explicit", CONFIDENCE["colon"], span.paragraph, span.end,
                 section, "colon")


def _interview_of(d: Document) -> Interview:
    if d.interview is None:
        d.interview = _interview(d)
    return d.interview


def _interview(d: Document) -> Interview:
    asked = {p.index: addressed for p in d.paras if (addressed := _question(d, p.index)) is not None}
    answers = frozenset(n + 1 for n in asked if n + 1 < len(d.paras) and n + 1 not in asked
                        and starts_with_mark(d.text, d.paras[n + 1]))
    labelled = _labelled_questions(d)
    if sum(asked[n - 1] for n in answers) < _MIN_ANSWERS:  # the layout: questions put to 'you', answered
        return Interview(frozenset(), None, None, labelled, labelled)
    quoted = frozenset(n - 1 for n in answers if starts_with_mark(d.text, d.paras[n - 1])) | labelled
    # whom 'Her name is …' names before the first answer, as a feature that describes someone first names them;
    # else the one the article names first in full outside its questions and its quotes, as an interview's
    # introduction names whom it presents (not the byline's writer, who asks)
    owned = named_later.first_owned_name(d.text, d.paras[min(answers)].start)
    if owned is not None:
        return Interview(answers, d.tracker.commenter(d.tracker.names.full_name(owned)), None, quoted, labelled)
    mentions = d.tracker.names.mentions
    full = next((full for i, full in mentions if len(full.split()) > 1 and i not in d.quoted
                 and para_of_token(d, i) not in asked and full != d.tracker.author), None)
    if full is None:
        return Interview(frozenset(), None, None, frozenset(), labelled)
    at = d.doc[next(i for i, name in mentions if name == full)].idx  # (where it is first named, anywhere)
    mention = Mention(full, at, at + len(full)) if d.text.startswith(full, at) else None
    return Interview(answers, d.tracker.commenter(full), mention, quoted, labelled)


# a paragraph that a label and a colon open, its words in quote marks: 'swissinfo.ch: “Can you hear the difference?”'
_LABELLED_QUOTE = re.compile(r"(?P<label>[^\W\d_][^:\n]{0,40}?)[ \t]*:[ \t]+[\"'\u201c\u2018\u00ab]")
_CLOSING = "\"'\u201d\u2019\u00bb \t"


def asked_under_label(d: Document, span: QuoteSpan) -> bool:
    """Is the quote an interview's question under a label that names no one ('NRK: "Who will continue your
    work?"'), which the label's colon does not attribute to the label?"""
    return span.paragraph in _interview_of(d).labelled


def _labelled_questions(d: Document) -> frozenset[int]:
    """An interview printed as labelled lines in quote marks ('swissinfo.ch: “Can you hear the difference?”' /
    'Ueli Zbinden: “A good player can.”'): the paragraphs of a label whose every line asks, when another label's
    lines answer, and the asking label names no person of the article (the outlet's, the writer's)."""
    by_label: dict[str, list[int]] = {}
    asks: dict[str, bool] = {}
    for para in d.paras:
        text = d.text[para.start:para.end].strip()
        line = _LABELLED_QUOTE.match(text)
        if line is None:
            continue
        label = line.group("label").strip()
        by_label.setdefault(label, []).append(para.index)
        asks[label] = asks.get(label, True) and text.rstrip(_CLOSING).endswith("?")
    turns = {label: len(paras) >= _MIN_ANSWERS for label, paras in by_label.items()}
    askers = [label for label in by_label if turns[label] and asks[label]
              and not d.tracker.names.is_person_name(label)]
    if not askers or not any(turns[label] and not asks[label] for label in by_label):
        return frozenset()
    return frozenset(n for label in askers for n in by_label[label])


def _question(d: Document, n: int) -> Optional[bool]:
    """None unless the paragraph asks something: it ends with a question mark outside quote
    marks, or, in an article whose byline names its writer, it is one short question in quote marks
    and nothing else; True when it asks the person interviewed, saying 'you' (outside the marks of
    the first kind)."""
    para = d.paras[n]
    text = d.text[para.start:para.end].rstrip()
    if starts_with_mark(d.text, para):
        return _quoted_question(d, n) if d.tracker.author is not None else None
    if not text.endswith("?"):
        return None
    for span in spans_in(d, n):  # blank out what is quoted ('called it "a miracle."')
        text = text[:span.start - para.start] + " " * (span.end - span.start) + text[span.end - para.start:]
    return _ADDRESSED.search(text) is not None


_QUESTION_WORDS = 25  # a question is short; a quote paragraph with more words is an answer going on
_AROUND_MARKS = re.compile(r"[\s\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]*")
# the writer's cue after a question ('"What does a patrol look like?" I asked her on the bridge.')
_WRITER_ASKS = re.compile(r"[\"'\u2019\u201d\u00bb]*\s+I (?:ask|asked|wonder|wondered)\b"
                          r"[^\"\u201c\u201d\n]{0,60}[.!]?\s*")


def _quoted_question(d: Document, n: int) -> Optional[bool]:
    """For a paragraph that is one short question in quote marks and nothing else, whether it says
    'you'; else None."""
    para = d.paras[n]
    spans = spans_in(d, n)
    if len(spans) != 1:
        return None
    span = spans[0]
    words = d.text[span.start:span.end]
    if not _AROUND_MARKS.fullmatch(d.text, para.start, span.start) \
            or not (_AROUND_MARKS.fullmatch(d.text, span.end, para.end)
                    or _WRITER_ASKS.fullmatch(d.text, span.end, para.end)) \
            or not words.rstrip().endswith("?") or len(words.split()) > _QUESTION_WORDS:
        return None
    return _ADDRESSED.search(words) is not None
