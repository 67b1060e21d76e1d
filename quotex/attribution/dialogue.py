"""Quotes whose speaker the layout of an exchange gives: paragraphs that are nothing but a short
quote, with no cue, as features, sketches and court reports print a dialogue.

- A turn: such a paragraph right after another one answers it, so the speaker is the one before
  the last (``"I didn't ask about the plan."`` / ``"And I am telling the member what we are
  doing."`` / ``"Then tell us when."``: the two speakers alternate), also after a short quote that
  says it answers (``"How many?" Brandt asked.`` / ``"There are many," Marsh replied.`` /
  ``"That is not what I asked."``: Brandt's), and after a quote that opens by naming whom it speaks
  to (``"Kendall, how long on the bass?" Ferreira asks.`` / ``"Two minutes, Chef."``: Kendall's).
- An exchange: a run of such paragraphs that a sentence right before it introduces (``The Times caught up
  with his son in the paddock.`` / ``"Were you close to the crash?"`` / ``"I had just gone through
  Lisboa …"``): the questions are whoever put them (the byline's writer for an outlet, ``we`` or ``this
  reporter``), the rest the one they were put to.
- An introduction: such a paragraph right after a paragraph of one short sentence about a person
  (``Ms Pendry was not having it.``) is that person's; and a quote that opens a paragraph with no cue
  is the person the next sentence of the paragraph names for the first time (``"Our children are in
  cells." Sarah Nalubega, whose son is held, waited outside.``) or names as whose the words were
  (``The words, from …``), as features introduce a speaker after the words.

Rules of layout, as a transcript's labels are: the ranker does not weigh them (PolNeAR, which it is
trained on, prints almost no dialogue: on train, three paragraphs in a row that are only quotes
occur nine times, each one speaker's, and no turn such as this rule reads).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Token

from .. import lexicon as lx
from ..output.model import Mention
from ..text.marks import QuoteSpan
from . import binding
from .document import CONFIDENCE, Bound, Document, Group, spans_in, starts_with_mark, tokens_in
from .speakers import Entity
from .tokens import capitalised_tail, has_parse, is_proper, mention_of, names_an_outlet, subject_tokens

_TURN_WORDS = 25  # a turn of a dialogue is short; a longer quote paragraph is a speech going on
_INTRO_WORDS = 30  # a paragraph that introduces the next one's speaker: one sentence
_MAX_TURN_GAP = 3  # paragraphs between the last turn and the one it answers
_OUTSIDE = re.compile(r"[\s\"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u2039\u203a.,;:!?\u2026\u2013\u2014-]*")
_SENTENCE_END = re.compile(r"(\w*)[.!?](?=\s|$)")


def turn(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """The speaker of a turn: the one before the last, when this paragraph and the last one are
    short quotes and nothing else, and the last two quotes were two people's."""
    span = g.first
    if g.clause is not None or len(g.ks) != 1 or last is None or last.entity is None \
            or last.paragraph != span.paragraph - 1 or len(d.speakers) < 2 \
            or not _short_quote_only(d, span.paragraph) \
            or not (_short_quote_only(d, last.paragraph) or _reply(d, last.paragraph)):
        return None
    other = d.speakers[-2]
    if other.entity is None or other.entity is last.entity or other.section != g.section \
            or last.paragraph - other.paragraph > _MAX_TURN_GAP:
        return None
    return Bound(other.entity, other.mention, other.cue, "continuation", CONFIDENCE["continuation"],
                 span.paragraph, span.end, g.section, "continuation")


def addressed(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """The speaker of a turn that answers whom the quote before it names as it opens ('"Kendall, how long on
    the bass?" Ferreira asks.' / '"Two minutes, Chef."': Kendall's): a paragraph that is a short quote and
    nothing else, right after the paragraph of a quote that opens by naming a person the article names
    outside quotes, other than its own speaker."""
    span = g.first
    if g.clause is not None or len(g.ks) != 1 or last is None or last.entity is None \
            or last.paragraph != span.paragraph - 1 or not _short_quote_only(d, span.paragraph):
        return None
    before = spans_in(d, last.paragraph)
    if not before or not _OUTSIDE.fullmatch(d.text, d.paras[last.paragraph].start, before[0].start):
        return None
    called = _VOCATIVE.match(d.text, before[0].start, before[0].end)
    if called is None:
        return None
    tokens = [d.doc[i] for i in tokens_in(d, called.start(1), called.end(1))]
    if not tokens or not all(is_proper(t) for t in tokens):
        return None
    entity, _ = d.tracker.peek(tokens)
    if entity is None or entity is last.entity or entity.kind != "person" or entity.anonymous \
            or len(entity.name.split()) < 2 or entity.name not in d.text[:before[0].start]:
        return None  # (no one the article names in full before: 'Chef', 'Doc', 'Mum')
    mention = Mention(called.group(1), called.start(1), called.end(1))
    return Bound(entity, mention, None, "continuation", CONFIDENCE["continuation"], span.paragraph, span.end,
                 g.section, "continuation")


# a quote that opens with a name and a comma: whom it speaks to ('Kendall, how long …?')
_VOCATIVE = re.compile(r"([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?),\s")


def answer(d: Document, g: Group, last: Optional[Bound], bound: Optional[Bound]) -> Optional[Bound]:
    """The speaker of an answer: '"Are you worried?" another reporter asked.' / '"I am worried about
    Atalanta," he said.' The pronoun is not the unnamed one who asked in the paragraph before (a reporter
    at a press conference), but the one who spoke before that question, when the pronoun fits them; a
    person named who asks goes on ('Sanders asks, "Any questions?" He jokes, "…"'). ``bound``: the choice
    made."""
    if bound is None or last is None or bound.entity is None or bound.entity is not last.entity \
            or not last.entity.anonymous \
            or bound.mention is None or bound.mention.text.lower() not in _ANSWERING or len(d.speakers) < 2 \
            or last.paragraph != g.first.paragraph - 1 or last.cue is None or last.mention is None \
            or last.mention.text.lower() in lx.PRONOUNS or lx.VERB_FORMS.get(last.cue.text.lower()) != "ask" \
            or not d.text[:last.end].rstrip(" \t" + _CLOSING).endswith("?"):
        return None
    other = d.speakers[-2]
    gender = lx.PRONOUNS[bound.mention.text.lower()][0]
    if other.entity is None or other.entity is last.entity or other.entity.kind != "person" \
            or other.section != g.section or gender is not None and other.entity.gender not in (None, gender):
        return None
    return replace(bound, entity=other.entity)


_ANSWERING = frozenset({"he", "she"})
_CLOSING = "\"'\u2019\u201d\u00bb"  # marks that close a quote, stripped before what follows or ends it


def exchange(d: Document, g: Group, met: Optional[tuple[Entity, Entity, Mention]]) -> Optional[Bound]:
    """A quote-only paragraph of an exchange that a sentence before the run introduces, as news prints a
    short interview inside a story ('The Times caught up with his son in the paddock.' / '"Were you close to
    the crash?"' / '"I had just gone through Lisboa …"'): a question is whoever put it (the byline's writer
    for the outlet, 'we' or 'this reporter'), and the rest the one it was put to. ``met``: the paragraph's
    exchange, ``in_exchange``'s."""
    span = g.first
    if met is None or g.clause is not None or _quote_only(d, span.paragraph) is None:
        return None
    asker, person, mention = met
    who, named = (asker, None) if _asks(d.text[span.start:d.spans[g.ks[-1]].end]) else (person, mention)
    return Bound(who, named, None, "explicit", CONFIDENCE["colon"], span.paragraph, span.end, g.section, "colon")


def in_exchange(d: Document, paragraph: int) -> Optional[tuple[Entity, Entity, Mention]]:
    """(who asks, the one asked, where that one is named) when the paragraph opens with a quote and is one of a
    run of such paragraphs that a sentence right before the run introduces as an exchange; else None."""
    if not has_parse(d.doc) or not _in_turn(d, paragraph):
        return None
    lead = paragraph - 1  # (back over the exchange's paragraphs: quotes, and a short cue at most)
    while lead >= 0 and _in_turn(d, lead) and paragraph - lead <= _MAX_EXCHANGE:
        lead -= 1
    # (the exchange opens with a question in quote marks alone: '"Were you close to the crash?"')
    first = lead + 1
    if lead < 0 or _quote_only(d, first) is None or not _asks(d.text[d.paras[first].start:d.paras[first].end]):
        return None
    return _interviewed(d, lead)


def _in_turn(d: Document, paragraph: int) -> bool:
    """Is the paragraph a turn of an exchange: quotes, with a short cue at most outside them ('"Too much advice,"
    Duarte said, laughing. "He says …"'), not a sentence of its own ('He then had a question for the crowd.')?"""
    para = d.paras[paragraph]
    spans = spans_in(d, paragraph)
    if not spans or not starts_with_mark(d.text, para):
        return False
    pos, outside = para.start, 0
    for sp in spans:
        outside += len(d.text[pos:sp.start].split())
        pos = sp.end
    return outside + len(d.text[pos:para.end].split()) <= _TURN_CUE_WORDS


_MAX_EXCHANGE = 12  # quote paragraphs an exchange's introduction reaches
_TURN_CUE_WORDS = 6  # words outside the quotes of a turn: its cue ('Duarte said, laughing.')
_YOU = re.compile(r"\b(?:you|your)\b", re.I)


def _asks(words: str) -> bool:
    """Is a quote a question put to the one interviewed: it ends with '?', or puts one to 'you' before a
    statement ('What did you say to the boys at half-time? You were 2-3 down.'); not an answer that asks
    itself ('Is it enough? No.')."""
    words = words.rstrip().rstrip(_CLOSING).rstrip()
    return words.endswith("?") or "?" in words and _YOU.search(words[:words.index("?")]) is not None


def _interviewed(d: Document, paragraph: int) -> Optional[tuple[Entity, Entity, Mention]]:
    """(who asks, the person asked, where that person is named) for a paragraph of one sentence outside quotes
    that says someone spoke to a person ('The SOLOMON STAR spoke to head coach Dickson Kadau at the airport',
    'We caught up with her after the race', 'Reporters asked the coach about the final')."""
    para = d.paras[paragraph]
    text = d.text[para.start:para.end]
    if spans_in(d, paragraph) or len(text.split()) > _INTRO_WORDS or _sentences(text) != 1:
        return None
    doc = d.doc
    for i in tokens_in(d, para.start, para.end):
        verb = doc[i]
        lemma = lx.INTERVIEW_FORMS.get(verb.lower_) or (verb.lemma_ or "").lower()
        if verb.pos_ != "VERB" or lemma not in lx.INTERVIEW_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        person = _put_to(verb, lx.INTERVIEW_VERBS[lemma])
        if subject is None or person is None:
            continue
        named = capitalised_tail(person)  # ('head coach Dickson Kadau': the name after the role)
        person = named if 0 < len(named) < len(person) else person
        asked, _ = d.tracker.peek(person)
        if asked is None or asked.kind != "person":
            return None  # (someone unnamed too: 'We spoke to a nurse at the clinic')
        asker = _asker(d, subject)
        return (asker, asked, mention_of(person)) if asker is not None else None
    return None


def _put_to(verb: Token, prepositions: frozenset[str]) -> Optional[list[Token]]:
    """The words that name whom a verb of interviewing says was spoken to, read in their order (a parse may
    take 'to head coach …' for a verb): its object ('interviewed X', 'asked X'), or the object of its
    preposition ('spoke to X', 'caught up with X', 'sat down with X'), up to a comma or the next preposition."""
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and doc[j].lower_ in _INTERVIEW_PARTICLES:
        j += 1
    if prepositions:
        if j >= len(doc) or doc[j].lower_ not in prepositions:
            return None
        j += 1
    k = j
    while k < len(doc) and k - j < _MAX_NAMED and (doc[k].is_alpha or doc[k].lower_ in ("'s", "\u2019s")) \
            and doc[k].lower_ not in _AFTER_WHOM:
        k += 1
    return list(doc[j:k]) or None


_INTERVIEW_PARTICLES = frozenset({"up", "down", "briefly", "exclusively", "recently", "later"})
_AFTER_WHOM = frozenset({"at", "about", "after", "on", "in", "before", "during", "for", "from", "by", "as", "when",
                         "while", "outside", "inside", "near", "over", "ahead", "to", "and", "with"})
_MAX_NAMED = 8  # words that name whom an exchange's introduction says was spoken to ('head coach Dickson Kadau')


def _asker(d: Document, subject: Token) -> Optional[Entity]:
    """Who asks: the byline's writer for 'I', 'we', 'this reporter' or a news outlet; else whom the subject
    names."""
    tokens = subject_tokens(subject)
    words = [t.lower_.strip(".") for t in tokens if not t.is_punct]
    if d.tracker.author is not None and (words in (["i"], ["we"]) or names_an_outlet(words)
                                         or len(words) == 2 and words[0] == "this" and words[1] in lx.WRITER_NOUNS):
        return d.tracker.writer_entity()
    entity, _ = d.tracker.peek(tokens)
    return entity if entity is not None and entity.kind in ("person", "group", "organization") else None


def introduced(d: Document, g: Group) -> Optional[Bound]:
    """The person a paragraph of one short sentence is about, for a paragraph after it that is
    a quote and nothing else ('Ms Pendry was not having it.' / '"I didn't ask about the plan."')."""
    span = g.first
    if g.clause is not None or span.paragraph == 0:
        return None
    spans = _quote_only(d, span.paragraph)
    # (the group's quotes in its first paragraph: a quote that runs on over paragraphs is one group)
    if spans is None or len(spans) != sum(1 for k in g.ks if d.spans[k].paragraph == span.paragraph):
        return None
    before = d.paras[span.paragraph - 1]
    text = d.text[before.start:before.end]
    if spans_in(d, before.index) or len(text.split()) > _INTRO_WORDS \
            or _sentences(text) != 1:
        return None
    bound = binding.action_subject(d, span, g.section, across=True)
    if bound is not None and bound.entity is not None and bound.entity.kind == "person":
        entity, mention = bound.entity, bound.mention
    else:
        named = _one_person_named(d, range(before.start, before.end))
        if named is None:
            return None
        entity, mention = named
    return Bound(entity, mention, None, "nearest", CONFIDENCE["continuation"], span.paragraph,
                 span.end, g.section, "nearest")


def introduced_after(d: Document, g: Group) -> Optional[Bound]:
    """The person news introduces right after a quote that opens a paragraph and has no cue, in the
    sentence after it: named there for the first time ('"Our children are in cells." Sarah Nalubega,
    whose son is among those held, waited outside.'), or named as whose the words were ('"Fire does
    not read contracts." The words, from Oleiros mayor Helena Matos, drew applause.')."""
    span, last = g.first, d.spans[g.ks[-1]]
    para = d.paras[span.paragraph]
    if g.clause is not None or not _OUTSIDE.fullmatch(d.text, para.start, span.start) or not has_parse(d.doc):
        return None
    bound = _subject_after(d, g)
    ent = bound.entity if bound is not None else None
    if ent is not None and ent.kind == "person" and not ent.anonymous and len(ent.name.split()) > 1:
        if re.search(r"\b%s\b" % re.escape(ent.name.split()[-1]), d.text[:span.start]):
            return None  # (someone named before: what the sentence says of them is no introduction)
        return replace(bound, confidence=CONFIDENCE["continuation"])
    after = _clause_after(d, last)
    if after is None:
        return None
    verb, end = after
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject.lemma_ or subject.lower_).lower() not in lx.WORDS_NOUNS \
            or not any(c.lower_ in lx.DEFINITE or c.lower_ in _POINTING for c in subject.children):
        return None
    named = _one_person_named(d, range(d.doc[subject.left_edge.i].idx, end), subject)
    if named is None:
        return None
    return Bound(named[0], named[1], None, "nearest", CONFIDENCE["continuation"], span.paragraph, last.end,
                 g.section, "nearest")


_POINTING = frozenset({"this", "that", "these", "those"})
_MAX_AFTER_TOKENS = 60  # a sentence after a quote is read this far


def _sentence_after(d: Document, span: QuoteSpan) -> Optional[int]:
    """The first token of the sentence that starts right after a quote's closing mark, in its
    paragraph and outside quotes; None when the paragraph ends there or goes on in lower case."""
    doc = d.doc
    i = next((k for k in tokens_in(d, span.end, d.paras[span.paragraph].end)
              if not (doc[k].is_quote or doc[k].is_space)), None)
    return i if i is not None and i not in d.quoted and doc[i].text[:1].isupper() else None


def _subject_after(d: Document, g: Group) -> Optional[Bound]:
    """'"Our children are in cells." Sarah Nalubega, whose son is among those held, waited outside.':
    the person or people the sentence right after a quote that ends a sentence opens with, in the
    quote's paragraph."""
    doc, last = d.doc, d.spans[g.ks[-1]]
    i = _sentence_after(d, last) if d.text[last.start:last.end].rstrip().endswith((".", "!", "?")) else None
    if i is None:
        return None
    head = doc[i]
    while head.dep_ not in ("nsubj", "nsubjpass") and head.head.i != head.i and head.head.left_edge.i == i \
            and head.head.i > i:
        head = head.head  # the phrase that opens the sentence: 'Sarah Nalubega', 'Her boyfriend, Kamil Lis,'
    if head.dep_ not in ("nsubj", "nsubjpass") or head.left_edge.i != i or head.head.i in d.quoted:
        return None
    tokens = subject_tokens(head)
    entity, _ = d.tracker.peek(tokens)
    if entity is None or entity.kind not in ("person", "group"):
        return None
    return Bound(entity, mention_of(tokens), None, "nearest", CONFIDENCE["nearest"], g.first.paragraph, last.end,
                 g.section, "nearest")


def _clause_after(d: Document, span: QuoteSpan) -> Optional[tuple[Token, int]]:
    """The verb of the sentence that starts right after a quote's closing mark, in its paragraph and
    outside quotes, and the character where that sentence ends."""
    doc = d.doc
    i = _sentence_after(d, span)
    if i is None:
        return None
    stop = min(tokens_in(d, span.end, d.paras[span.paragraph].end).stop, i + _MAX_AFTER_TOKENS)
    end = next((k for k in range(i, stop) if doc[k].text in (".", "!", "?")), None)
    if end is None:
        return None
    verb = doc[i]
    while verb.head.i != verb.i and i <= verb.head.i <= end and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    return (verb, doc[end].idx + 1) if verb.pos_ in ("VERB", "AUX") and i <= verb.i <= end else None


def _one_person_named(d: Document, chars: range, subject: Optional[Token] = None) -> Optional[tuple[Entity, Mention]]:
    """The one person a sentence about no person names after 'from' or 'by' ('That drew a sharp
    response from Sen. Liza Marquez-Tan.'); none when its subject is a person or a pronoun ('He turned
    to Smith.': the quote after it may be his), and not whom something goes to ('… apologised to
    Sanders for the emails': the apology is not his). ``subject``: the sentence's, known to be no one."""
    doc = d.doc
    toks = [doc[i] for i in tokens_in(d, chars.start, chars.stop)]
    if not toks or not has_parse(doc):
        return None
    if any(t.lower_ in lx.PRONOUN_STANDS_FOR or t.lower_ in lx.PRONOUNS for t in toks):
        return None  # (a pronoun in it may be someone else: 'As Ash argued in his email, …')
    if subject is None:
        subject = next((c for c in toks[0].sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        entity, _ = d.tracker.peek(subject_tokens(subject))
        if entity is not None and entity.kind in ("person", "group"):
            return None
    found: dict[int, tuple[Entity, Mention]] = {}
    for t in toks:
        if t.dep_ == "pobj" and t.head.lower_ in ("from", "by") and is_proper(t) and t.i not in d.quoted:
            tokens = subject_tokens(t)
            lower = [k for k, w in enumerate(tokens) if w.is_lower]
            if lower and len(tokens) - lower[-1] > 2:  # (a name after its role: 'Oleiros mayor Helena Matos')
                tokens = tokens[lower[-1] + 1:]
            entity, _ = d.tracker.peek(tokens)
            if entity is not None and entity.kind == "person" and not any(w.is_lower for w in tokens):
                found.setdefault(id(entity), (entity, mention_of(tokens)))  # (a name, not 'Robert's Rules of
                # Order')
    return next(iter(found.values())) if len(found) == 1 else None


def _sentences(text: str) -> int:
    """How many sentences end in ``text``: not at a title's or an initial's point ('Sen. Liza
    Marquez-Tan', 'Arturo P. Manansala')."""
    return sum(1 for m in _SENTENCE_END.finditer(text)
               if not (m.group(0).endswith(".") and (len(m.group(1)) == 1 and m.group(1).isupper()
                                                     or m.group(1).lower() in lx.TITLE_ABBREVIATIONS
                                                     or m.group(1).lower() + "." in lx.TITLES)))


def _quote_only(d: Document, paragraph: int) -> Optional[list[QuoteSpan]]:
    """The paragraph's quotes, when it is nothing but quotes, marks, spaces and punctuation; else None."""
    para = d.paras[paragraph]
    spans = spans_in(d, paragraph)
    pos = para.start
    for s in spans:
        if not _OUTSIDE.fullmatch(d.text, pos, s.start):
            return None
        pos = s.end
    return spans if spans and _OUTSIDE.fullmatch(d.text, pos, para.end) else None


_REPLIES = "|".join(sorted(lx.REPLY_VERBS))
_REPLY = re.compile(r"[\s,]*(?:(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:%s)|(?:%s)\s+(?:[A-Z][\w.'\u2019-]*\s*){1,3})[.!]?\s*"
                    % (_REPLIES, _REPLIES))  # ('Marsh replied.', 'replied Marsh.')


_WRITER_ASKS = re.compile(r"[\s,]*I (?:ask|asked|wonder|wondered)(?: (?:her|him|them))?[.!]?\s*")


def _reply(d: Document, paragraph: int) -> bool:
    """Is the paragraph one short quote and a cue that says it answers ('"…," Marsh replied.'), or the
    writer's question ('"Do you ever think about hiring help?" I ask.'), which the one asked answers?"""
    spans = spans_in(d, paragraph)
    para = d.paras[paragraph]
    if len(spans) != 1 or not _OUTSIDE.fullmatch(d.text, para.start, spans[0].start) \
            or len(d.text[spans[0].start:spans[0].end].split()) > _TURN_WORDS:
        return False
    after = d.text[spans[0].end:para.end].lstrip(_CLOSING)
    question = d.text[:spans[0].end].rstrip(_CLOSING).endswith("?")
    return _REPLY.fullmatch(after) is not None or question and _WRITER_ASKS.fullmatch(after) is not None


def _short_quote_only(d: Document, paragraph: int) -> bool:
    """Is the paragraph one short quote and nothing else: a turn of a dialogue?"""
    spans = _quote_only(d, paragraph)
    return spans is not None and len(spans) == 1 and len(d.text[spans[0].start:spans[0].end].split()) <= _TURN_WORDS

