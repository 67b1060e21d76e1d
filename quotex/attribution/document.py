"""One document as attribution reads it: its text, quote spans, paragraphs,
sections, reporting clauses and speakers so far, and positions in it.

``read`` builds a ``Document`` once per Doc; every other module of the package
takes it as its first argument. It is the working state of one document's
attribution: the speaker tracker, what each clause's subject resolved to, and
who spoke so far change as the quote groups are attributed in order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..output.model import Cue, Mention
from ..text.marks import DOUBLE_MARKS, Paragraph, QuoteSpan, paragraphs, scan
from .cues import Clause, cue_lemma, find_clauses
from .speakers import Entity, SpeakerTracker, anonymity_in
from .tokens import has_entities, has_parse

# How often the speaker is right, by what the attribution rests on, measured on
# PolNeAR dev (see README): a whole quoted sentence is attributed more reliably
# than a quoted phrase inside a reported clause, which gets the lower cap.
CONFIDENCE = {
    "explicit": 0.95, "unnamed": 0.9, "pronoun": 0.92, "continuation": 0.9, "nominal": 0.9,
    "comment": 0.7, "colon": 0.8, "headline": 0.6, "pronoun_guess": 0.6, "predicate": 0.4, "nearest": 0.35,
    "unresolved": 0.3, "none": 0.0,
}
MIXED_CAP = {"explicit": 0.85, "unnamed": 0.75, "pronoun": 0.9, "continuation": 0.65, "nominal": 0.75}
THIRD_PERSON = frozenset({"he", "she", "they"})
# Subjects outside quotes named as written when nothing resolves them: the writer ("I think …", "we know …")
# and the reader the article speaks to ("you might think …", "you know that …").
FIRST_PERSON = frozenset({"i", "we"})
AS_WRITTEN = FIRST_PERSON | {"you"}
# A third-person subject, the owner of a report noun ('his claim that …') or the source in
# 'according to him': bound as a pronoun even when nothing before it resolves it.
BOUND_AS_PRONOUN = THIRD_PERSON | {w for w, pronoun in lx.PRONOUN_STANDS_FOR.items() if pronoun in THIRD_PERSON}
MAX_QUOTES_PER_SENTENCE = 20  # bounds the work per quote on hostile text

_COMMENT_SECTION = re.compile(r"^\s*(\d+\s+)?(reader\s+)?(?:%s)\s*(\(\d+\))?\s*:?\s*$"
                              % "|".join(lx.COMMENT_SECTION_WORDS), re.I)
_COMMENT_HEADER = re.compile(
    r"^\s*(?P<name>\S(?:[^\n]{0,60}?\S)?)\s+(?P<verb>%s)" % "|".join(lx.COMMENT_HEADER_VERBS)
    + r"\s*(?P<end>:|\.\.\.|\u2026)\s*$")


def bound_as_pronoun(doc: Doc, clause: Clause) -> bool:
    """Is the clause's subject a pronoun bound as one, resolved or not: a third-person one, or an
    'it' that does the reporting ('It said the plan would fail', 'its claim that …', '"…," it said'),
    never guessed to be a person. Not the empty 'it' of 'it is hard to imagine …', 'it's clear that …',
    'it seems likely …': the subject of a linking verb, or of a verb above the cue."""
    first = clause.subject[0]
    if first.lower_ in BOUND_AS_PRONOUN:
        return True
    if lx.PRONOUN_STANDS_FOR.get(first.lower_, first.lower_) not in lx.NONPERSON_PRONOUNS:
        return False
    if first.lower_ not in lx.NONPERSON_PRONOUNS:
        return True  # ('its claim that …')
    verb = doc[clause.verb]
    if cue_lemma(verb) in lx.LINKING_VERBS:
        return False
    if has_parse(doc):
        return first.head.i == verb.i and first.dep_ == "nsubj"
    return abs(first.i - verb.i) == 1  # ('It said …', '"…," it said')


@dataclass
class Bound:
    """What a quote group was attributed to."""

    entity: Optional[Entity]
    mention: Optional[Mention]
    cue: Optional[Cue]
    method: str
    confidence: float
    paragraph: int
    end: int
    section: int
    basis: str = ""  # the CONFIDENCE key the confidence came from


class Interview(NamedTuple):
    """An interview's layout: its answer paragraphs, who answers them and where the article first names them, the
    paragraphs that are the writer's questions in quote marks, and those of them under a label that names no one
    ('NRK: "…?"')."""

    answers: frozenset[int]
    person: Optional[Entity]
    mention: Optional[Mention]
    questions: frozenset[int]
    labelled: frozenset[int]


@dataclass(frozen=True)
class Sections:
    """Article body (section 0) and reader comments (one section per comment)."""

    of_paragraph: tuple[int, ...]  # paragraph index -> section
    headers: dict[int, tuple[str, Mention]]  # section -> (commenter, header verb)
    header_paragraphs: frozenset[int]


def sections(text: str, paras: list[Paragraph]) -> Sections:
    """Where reader comments start: after a comments heading, or at a 'NAME wrote:' header."""
    of_paragraph: list[int] = []
    headers: dict[int, tuple[str, Mention]] = {}
    section, in_comments = 0, False
    for p in paras:
        line = text[p.start:p.end]
        if _COMMENT_SECTION.match(line):
            in_comments = True
        m = _COMMENT_HEADER.match(line)
        if m and len(m.group("name").split()) <= 4 and (in_comments or m.group("verb") == "wrote"
                                                          or m.group("end") != ":"):
            in_comments = True
            section += 1
            vs = p.start + m.start("verb")
            headers[section] = (m.group("name"), Mention(m.group("verb"), vs, p.start + m.end("verb")))
        of_paragraph.append(section)
    header_paragraphs = frozenset(p.index for p in paras if headers.get(of_paragraph[p.index])
                                  and _COMMENT_HEADER.match(text[p.start:p.end]))
    return Sections(tuple(of_paragraph), headers, header_paragraphs)


@dataclass(eq=False)
class Document:
    """A Doc, its quote spans and clauses, and the state of its attribution so far."""

    doc: Doc
    text: str
    paras: list[Paragraph]
    spans: list[QuoteSpan]
    starts: list[int]  # each token's character offset
    sections: Sections
    quoted: set[int]  # tokens inside quote marks
    tracker: SpeakerTracker
    rescore: bool  # the report scorer decides what reported speech to keep
    rank: bool  # the speaker ranker decides; False: the rules' own choice
    collect: Optional[list]  # training: each ranked group's candidates and features go here
    has_parse: bool
    has_ner: bool
    clauses: list[Clause] = field(default_factory=list)  # reporting clauses, in token order
    span_ends: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    by_verb: dict[int, Clause] = field(default_factory=dict)  # cues of quotes
    verbs: list[int] = field(default_factory=list)  # ascending: clauses come in token order
    resolved: dict[int, tuple[Optional[Entity], str]] = field(default_factory=dict)
    # clauses found late (by the report scorer, or a report noun's voicing verb)
    late_resolved: dict[tuple[int, int], tuple[Optional[Entity], str]] = field(default_factory=dict)
    pronoun_entities: dict[int, Optional[Entity]] = field(default_factory=dict)  # cue verb -> its unresolved pronoun
    spoken: dict[int, int] = field(default_factory=dict)  # entity -> how many quote groups it was given so far
    speakers: list[Bound] = field(default_factory=list)  # the speakers so far, as a later quote may continue one
    headlines: dict[int, Optional[tuple[int, int]]] = field(default_factory=dict)  # paragraph -> newsletter headline
    first_subjects: Optional[dict[int, int]] = None  # token -> its first 'nsubj' child (binding.first_subjects)
    interview: Optional[Interview] = None  # (layout_rules.interview_answer and interview_question), found once


@dataclass(frozen=True)
class Group:
    """One quote group (the fragments of one split quote) and what the rules saw around it."""

    index: int
    ks: tuple[int, ...]  # the indices of its fragments among the document's quote spans
    windows: dict[int, tuple[list[int], range]]  # fragment -> (pre-window tokens, post-window tokens)
    clause: Optional[Clause]  # the cue the rules found in the group's own sentence
    where: str  # where that cue is: 'post', 'pre', 'colon' or ''
    shapes: dict[int, str]  # fragment -> 'direct' or 'mixed'
    first: QuoteSpan
    section: int


def read(doc: Doc, rescore: bool = True, rank: bool = True, collect: Optional[list] = None) -> Document:
    """The document's quote spans, sections and reporting clauses, each clause's subject resolved."""
    text = doc.text
    paras = paragraphs(text)
    spans = scan(text, paras)
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    quoted = {i for sp in spans
              for i in range(bisect.bisect_left(starts, sp.start), bisect.bisect_left(starts, sp.end))}
    d = Document(doc=doc, text=text, paras=paras, spans=spans, starts=starts, sections=sections(text, paras),
                 quoted=quoted, tracker=SpeakerTracker(doc, quoted),
                 rescore=rescore and has_parse(doc), rank=rank, collect=collect,
                 has_parse=has_parse(doc), has_ner=has_entities(doc),
                 span_ends=[sp.end for sp in spans], para_starts=[p.start for p in paras])
    d.clauses = [c for c in find_clauses(doc, d.quoted) if para_of_token(d, c.verb) not in
                 d.sections.header_paragraphs]
    d.by_verb = {c.verb: c for c in d.clauses if not c.indirect_only}
    d.verbs = [c.verb for c in d.clauses]
    resolve_clauses(d)
    return d


# -- positions -------------------------------------------------------------------

def token_at(d: Document, char: int) -> int:
    return max(bisect.bisect_right(d.starts, char) - 1, 0)


def tokens_in(d: Document, c0: int, c1: int) -> range:
    return range(bisect.bisect_left(d.starts, c0), bisect.bisect_left(d.starts, c1))


def para_of_char(d: Document, char: int) -> int:
    i = bisect.bisect_right(d.para_starts, char) - 1
    return d.paras[max(i, 0)].index if d.paras else 0


def para_of_token(d: Document, i: int) -> int:
    return para_of_char(d, d.doc[i].idx)


def resolve_clauses(d: Document) -> None:
    section = 0
    cues = {c.verb for c in d.clauses}
    for c in d.clauses:
        s = d.sections.of_paragraph[para_of_token(d, c.verb)]
        if s != section:
            d.tracker.reset(section_start(d, s))
            section = s
        if c.indirect_only or _reported_within(d.doc[c.verb], cues):
            # weak evidence: it must not become what 'he said' refers to; nor a report inside what
            # another reports ('He … said [Mr Carrick had already written to every premier]. "…," he said.')
            d.resolved[c.verb] = d.tracker.peek(c.resolves)
            continue
        # a clause of time ('…, Ron Lieberman told the Journal, after de Blasio stated an interest …')
        # dates the sentence: its subject is no one's "last person named" before a quote
        d.resolved[c.verb] = d.tracker.resolve(c.resolves, counts=not _in_time_clause(d.doc[c.verb]))
        entity = d.resolved[c.verb][0]
        if entity is not None and entity.anonymous and entity.anonymity is None:
            entity.anonymity = anonymity_in(clause_sentence(d, c))


def _reported_within(verb: Token, cues: set[int]) -> bool:
    """Is the cue the verb of what another cue reports ('said [Mr Carrick had written …]'), or of a
    clause joined to it?"""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ccomp" and node.head.i in cues


def _in_time_clause(verb: Token) -> bool:
    """Is the cue the verb of a clause of time ('after de Blasio stated …'): an event the
    sentence dates itself by, not the source of what follows."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lx.TIME_CONJUNCTIONS for c in verb.children)


def clause_sentence(d: Document, c: Clause) -> list[Token]:
    """The clause and what follows it to the end of its sentence (bounded)."""
    end = c.last
    while end + 1 < len(d.doc) and end - c.last < 40 and not ends_sentence(d.doc[end]) \
            and not d.doc[end + 1].is_quote and "\n" not in d.doc[end].text_with_ws:
        end += 1
    return list(d.doc[c.first:end + 1])


def ner_label(d: Document, m: Mention) -> str:
    i = token_at(d, max(m.end - 1, m.start))
    return d.doc[i].ent_type_ or "O"


def section_start(d: Document, section: int) -> int:
    """Where the article (section 0) or a reader comment starts."""
    first = bisect.bisect_left(d.sections.of_paragraph, section)  # sections ascend
    return d.paras[first].start if first < len(d.paras) else 0


def depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i and n < 100:
        tok, n = tok.head, n + 1
    return n


def ends_sentence(tok: Token) -> bool:
    """A full stop, question or exclamation mark; or an abbreviation's stop before a new quote that
    opens with a capital ('said Chuck Schumer, D-N.Y. "Now we …"'), which ends both; not a title's."""
    text = tok.text
    if tok.is_punct:
        return text[-1:] in ".!?" and not tok.is_quote and not _abbreviation_in_brackets(tok)
    if text[-1:] != "." or len(text) < 2 or tok.whitespace_ != " " or tok.lower_ in lx.TITLES:
        return False  # (most tokens stop here: this runs over every token of a sentence)
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in DOUBLE_MARKS and doc[tok.i + 2].is_title


_MAX_ABBREVIATION = 5  # 'Calif'


def _abbreviation_in_brackets(tok: Token) -> bool:
    """'Sen. Bernie Sanders (I-Vt.) said': the stop of an abbreviation that closes a bracket ends no sentence."""
    doc, i = tok.doc, tok.i
    return tok.text == "." and 0 < i < len(doc) - 1 and doc[i + 1].text == ")" and doc[i - 1].is_alpha \
        and len(doc[i - 1]) <= _MAX_ABBREVIATION and doc[i - 1].text[:1].isupper()


def inner_ends(text: str, span: QuoteSpan, chars: str) -> bool:
    inner = text[span.start:span.end].rstrip(" \u2019'")
    return inner[-1:] in chars


def spans_in(d: Document, paragraph: int) -> list[QuoteSpan]:
    """The quote spans of a paragraph (the spans ascend, do not overlap, and end inside their paragraph)."""
    para = d.paras[paragraph]
    return d.spans[bisect.bisect_left(d.span_ends, para.start):bisect.bisect_right(d.span_ends, para.end)]


def starts_with_mark(text: str, para: Paragraph) -> bool:
    """Does the paragraph open with a double quotation mark?"""
    return text[para.start:para.end].lstrip()[:1] in DOUBLE_MARKS
