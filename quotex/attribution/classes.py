"""What kind of attribution a record makes: its ``class``.

``speech`` ('said', 'told', 'according to an official'), ``writing`` ('wrote',
'tweeted', 'issued a statement saying'), ``thought`` ('believes', 'hopes', 'is
expected to'), ``stance`` ('endorsed', 'attacked', 'praised') or ``action``
('declined to', 'voted for', 'a poll showed'). The cue word decides, read with its
source and its complement: a finding of a poll is an action, a stance verb with a
'that' clause reports words ('criticized that …'). Rules are small functions in an
ordered table; the first that answers wins. Quoted terms have no class.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..output.model import AttributionClass, Quote
from .cues import cue_lemma
from .reported import agentless_passive
from .tokens import has_parse

_SEARCH = 12  # tokens around a content without a cue where its cue word is looked for


@dataclass(frozen=True)
class CueWord:
    """The word that decides the class, with what the rules read around it."""

    token: Optional[Token]
    lemma: str
    words: tuple[str, ...]  # every word of the cue as written, lower case
    source: tuple[str, ...]  # the source's words, lower case (its mention, or the cue's subject)
    says_words: bool = True  # the content (or its group) is a clause, a quote or 'X a Y': words, not a thing
    quoted_predicate: bool = False  # a naming cue whose predicate is all in quote marks ('called it "the museum"')


def with_classes(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with their class set (None for terms)."""
    # (a report's other pieces, not its group's quote: '"…," Dale Wetherbee said [to laughter]')
    worded = frozenset(q.group for q in quotes if q.type == "indirect" and holds_words(doc, q))
    return [replace(q, attribution_class=classify(doc, q, q.type != "indirect" or q.group in worded)) for q in quotes]


def classify(doc: Doc, quote: Quote, says_words: Optional[bool] = None) -> Optional[AttributionClass]:
    """``says_words``: whether the record's group holds words (``holds_words`` of one of its
    pieces); by default, of this record alone."""
    if quote.type == "term":
        return None
    if quote.cue is None and quote.marks is not None:
        return "speech"  # words in quote marks with no cue are someone's words, whatever stands near
    cue = cue_word(doc, quote)
    cue = replace(cue, says_words=holds_words(doc, quote) if says_words is None else says_words,
                  quoted_predicate=cue.lemma in lx.NAMING_CUES and _quoted_predicate(doc, quote))  # (read only then)
    found = next((kind for kind in (rule(cue) for rule in RULES) if kind is not None), "speech")
    return _quoted(found, quote) if quote.marks is not None else found


def _quoted(found: AttributionClass, quote: Quote) -> AttributionClass:
    """Words in quote marks are speech, writing, or a thought their own cue gives ('"…," she
    thought'): a stance or action verb nearby ('attacked him as "a fraud"') does not make them one."""
    if found == "writing" or found == "thought" and quote.method in ("explicit", "pronoun"):
        return found
    return "speech"


def cue_word(doc: Doc, quote: Quote) -> CueWord:
    """The cue's deciding word: the first word of the cue that a class list knows, else
    its first word; without a cue, the content's head or the nearest known cue word."""
    source = _source_words(quote)
    if quote.cue is not None:
        span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        tokens = list(span) if span is not None else []
        words = tuple(t.lower_ for t in tokens)
        token = next((t for t in tokens if _known(t)), tokens[0] if tokens else None)
    else:
        token = _cue_of_content(doc, quote)
        words = (token.lower_,) if token is not None else ()
    if token is not None and not source:
        source = _subject_words(token)
    return CueWord(token, cue_lemma(token) if token is not None else "", words, source)


_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")


def holds_words(doc: Doc, quote: Quote) -> bool:
    """Does a report's content say what was said: a clause (a verb in it), words in quote marks,
    or a predicate on a thing ('called [him a misogynist]', 'described [the route as a lifeline]',
    'what his aides describe [as a coalescing …]')?
    Not a thing alone ('announced [the walkout]', 'discussed [the matter]'). Without a parse,
    yes: nothing tells."""
    if quote.type != "indirect" or not has_parse(doc) or _MARKS & set(quote.text):
        return True
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span is None or span[0].lower_ in _OPENERS or any(
        t.pos_ in ("VERB", "AUX") or t.dep_ == "oprd" or t.dep_ == "prep" and t.lower_ == "as" for t in span)


_OPENERS = frozenset({"that", "whether", "if"})  # a clause, whatever the tagger made of its verb
_OPENING_MARKS = frozenset("\u201c\u2018\u00ab\u201e")
_CLOSING_MARKS = frozenset("\u201d\u2019\u00bb")
_STRAIGHT_MARKS = frozenset("\"'")  # open and close in turn


def _quoted_predicate(doc: Doc, quote: Quote) -> bool:
    """Is a report's content an object and, in quote marks, what is said of it, with no verb outside the
    marks ('the route as ‘a lifeline, not a luxury’', 'ministers of "setting councils up to fail"')?"""
    if quote.type != "indirect" or not has_parse(doc) or not _OPENING_MARKS & set(quote.text) and '"' not in quote.text:
        return False
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span[0].lower_ in _OPENERS:
        return False
    inside = False
    for t in span:
        if t.text in _STRAIGHT_MARKS:
            inside = not inside
        elif t.text in _OPENING_MARKS or t.text in _CLOSING_MARKS:
            inside = t.text in _OPENING_MARKS
        elif not inside and t.pos_ in ("VERB", "AUX"):
            return False
    return True


def _known(tok: Token) -> bool:
    lemma = cue_lemma(tok)
    return lemma in _ALL_CUES or tok.lower_ in lx.NOUN_CLASS or tok.lower_ in lx.REPORT_NOUNS \
        or tok.lower_ in lx.ATTITUDE_ADJECTIVES or tok.lower_ == "according"


def _source_words(quote: Quote) -> tuple[str, ...]:
    speaker = quote.speaker
    if speaker is None:
        return ()
    text = speaker.mention.text if speaker.mention is not None else speaker.name
    return tuple(text.lower().split())


def _subject_words(tok: Token) -> tuple[str, ...]:
    if not has_parse(tok.doc):
        return ()
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.lower_ == "according":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        subj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return tuple(t.lower_ for t in subj.subtree) if subj is not None else ()


def _cue_of_content(doc: Doc, quote: Quote) -> Optional[Token]:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return None
    if has_parse(doc):
        root = span.root
        if not (span.start <= root.head.i < span.end) and _known(root.head):
            return root.head
        kid = next((c for c in root.children if not (span.start <= c.i < span.end) and _known(c)), None)
        if kid is not None:
            return kid
    return _nearest_known(doc, span)


def _nearest_known(doc: Doc, span: Span) -> Optional[Token]:
    around = [*range(span.start - 1, max(span.start - _SEARCH, 0) - 1, -1),
              *range(span.end, min(span.end + _SEARCH, len(doc)))]
    return next((doc[i] for i in sorted(around, key=lambda i: abs(i - span.start) if i < span.start
                                        else i - span.end + 1) if _known(doc[i])), None)


# The rules, in order: each a small function of the cue word.

def _written_source(cue: CueWord) -> Optional[AttributionClass]:
    """'issued a statement saying …', 'according to the Times', 'the report said', a line labelled
    'Report: …': a written source."""
    if cue.lemma in lx.FINDING_CUES and any(w in lx.FINDING_SOURCES for w in cue.source):
        return None  # 'the report found': a finding, below
    if cue.lemma in lx.STANCE_CUES:
        return None
    if any(w in lx.WRITTEN_SOURCES for w in cue.words) or _issued_in_writing(cue.token):
        return "writing"
    word = cue.token.lower_ if cue.token is not None else ""
    if (word in ("according", ":", "in") or cue.lemma in _SAY) and cue.source \
            and cue.source[-1] in lx.WRITTEN_SOURCES | lx.FINDING_SOURCES - _SPOKEN_FINDINGS:
        return "action" if cue.source[-1] in _POLLS else "writing"
    return None


_SAY = frozenset({"say", "report", "state", "claim", "note"})


def _issued_in_writing(tok: Optional[Token]) -> bool:
    """'a statement saying …', 'sent a letter to Comey, seeking …': the cue hangs on a written thing."""
    if tok is None or not has_parse(tok.doc) or tok.dep_ not in ("acl", "advcl", "relcl", "xcomp"):
        return False
    near = [tok.head, *(c for c in tok.head.children if c.dep_ == "dobj")]
    return any(t.pos_ == "NOUN" and t.lower_ in lx.WRITTEN_SOURCES for t in near)


_POLLS = frozenset({"poll", "polls", "polling", "survey", "surveys", "data", "figures", "numbers", "statistics",
                    "count", "results", "tally", "tallies", "projections", "census", "estimates", "estimate"})
_SPOKEN_FINDINGS = frozenset({"investigation", "evidence", "model", "models"})


def _finding(cue: CueWord) -> Optional[AttributionClass]:
    """'a poll showed …', 'emails suggest …', 'HuffPost Pollster puts …': what a poll, study or
    document found is an action, not anyone's words."""
    if cue.lemma in lx.FINDING_CUES and any(w in lx.FINDING_SOURCES or w.startswith("poll") for w in cue.source):
        return "action"
    return None


def _found_by_people(cue: CueWord) -> Optional[AttributionClass]:
    """What a person or a group finds is a judgement ('9 percent found it a deterrent', 'voters
    find him honest'), what they show an act ('he showed no sign of slowing down'): a finding
    is words only from a poll or a document, above."""
    if cue.token is None or not cue.source or not has_parse(cue.token.doc):
        return None
    return _PEOPLE_FINDING.get(cue.lemma)


_PEOPLE_FINDING: dict[str, AttributionClass] = {"find": "thought", "show": "action"}


def _responded_by(cue: CueWord) -> Optional[AttributionClass]:
    """'The DNC responded by blocking his access': a response made by doing something is an act."""
    tok = cue.token
    if tok is None or cue.lemma not in ("respond", "react", "reply") or not has_parse(tok.doc):
        return None
    by = next((c for c in tok.children if c.lower_ == "by" and c.i > tok.i), None)
    return "action" if by is not None and any(g.dep_ == "pcomp" for g in by.children) else None


def _unsourced(cue: CueWord) -> Optional[AttributionClass]:
    """'is expected to', 'appears to', 'was favored to win': a claim nobody is said to make."""
    tok = cue.token
    if tok is not None and (agentless_passive(tok) and not _by_complement(tok) and cue.lemma in lx.PASSIVE_CUES
                            | lx.THOUGHT_CUES or cue.lemma in lx.RAISING_CUES):
        return "thought"
    return None


def _by_complement(verb: Token) -> bool:
    """'was described as "reckless" [by Senator Jane Smith]': the parse hangs the source's 'by' on
    the verb's complement (no verb between), not on the verb as its agent."""
    for tok in verb.subtree:
        if tok.lower_ == "by" and tok.dep_ == "prep" and tok.head.pos_ not in ("VERB", "AUX"):
            head = tok.head
            if head.head == verb or head.head.head == verb and head.head.pos_ == "ADP":
                return True
    return False


def _report_noun(cue: CueWord) -> Optional[AttributionClass]:
    """'her criticism of …' is a stance, 'his hope that …' a thought."""
    tok = cue.token
    if tok is None or has_parse(tok.doc) and tok.pos_ != "NOUN":
        return None
    for word in (tok.lower_, tok.lemma_.lower()):
        if word in lx.NOUN_CLASS:
            return lx.NOUN_CLASS[word]  # type: ignore[return-value]
    return None


def _says_that(cue: CueWord) -> Optional[AttributionClass]:
    """A stance or action verb with a finite clause reports words: 'criticized that …',
    'charged that …', 'questioned whether …'."""
    tok = cue.token
    if tok is None or cue.lemma not in lx.STANCE_CUES | lx.ACTION_CUES or not has_parse(tok.doc):
        return None
    if any(c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" for m in c.children) for c in tok.children):
        return "speech"
    return None


def _not_said(cue: CueWord) -> Optional[AttributionClass]:
    """'did not respond to requests', 'never mentioned Sanders by name', 'declined to discuss', 'was
    not authorized to discuss': words not said are no report of speech, but an action."""
    tok = cue.token
    if tok is None or not has_parse(tok.doc) or tok.pos_ != "VERB" or cue.lemma not in _SPEECH_VERBS:
        return None
    if _negated(tok) or tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in _REFUSALS or _negated(tok.head)):
        return "action"
    return None


_REFUSALS = frozenset({"decline", "refuse"})
_SPEECH_VERBS = frozenset(lx.SPEECH_VERBS) - lx.STANCE_CUES - lx.ACTION_CUES - lx.THOUGHT_CUES | {"discuss"}


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _confirmed_to_office(cue: CueWord) -> Optional[AttributionClass]:
    """'voted to confirm Judge Maria Ortiz to the appeals court': confirming a person, not a report, is
    an act of appointing ('confirmed that …', 'confirmed the report' stay speech)."""
    tok = cue.token
    if tok is None or cue.lemma != "confirm" or not has_parse(tok.doc):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    person = obj is not None and (obj.ent_type_ == "PERSON" or (obj.lemma_ or obj.lower_).lower() in lx.PERSON_NOUNS)
    return "action" if person else None


def _copula(cue: CueWord) -> Optional[AttributionClass]:
    """'Republicans were far less divided on …': a report the scorer hung on 'be' or 'have' is a
    claim nobody is said to make, not anyone's words."""
    return "thought" if cue.lemma in ("be", "have") else None


def _persuaded(cue: CueWord) -> Optional[AttributionClass]:
    """'Clinton was persuaded that …', 'Mr. Autor is convinced that …': the passive of a verb of
    persuading tells what its subject believes, not what anyone said."""
    tok = cue.token
    if tok is None or cue.lemma not in lx.PERSUASION_VERBS or not has_parse(tok.doc):
        return None
    return "thought" if any(c.dep_ == "auxpass" for c in tok.children) else None


def _naming(cue: CueWord) -> Optional[AttributionClass]:
    """'called it “the museum”', 'described the route as ‘a lifeline’', 'accused ministers of "setting
    councils up to fail"': a verb of naming or accusing whose predicate is all in quote marks takes a
    stance on its object; the quoted words are a quote of their own (``mixed``), said by the same source."""
    return "stance" if cue.quoted_predicate else None


def _going_on(cue: CueWord) -> Optional[AttributionClass]:
    """'continued to teach there', 'went on to fight professionally': a verb of going on before an
    infinitive tells what someone went on doing, not saying ('she continued, "…"' is speech)."""
    tok = cue.token
    if tok is None or cue.lemma not in _GOING_ON or not has_parse(tok.doc):
        return None
    xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if xcomp is None or xcomp.lemma_.lower() in lx.SPEECH_VERBS or xcomp.lemma_.lower() in lx.CUE_CLASS:
        return None  # ('went on to say that …' reports its words)
    return "action"


_GOING_ON = frozenset({"continue", "go"})


def _no_words(cue: CueWord) -> Optional[AttributionClass]:
    """'announced the walkout', 'discussed the matter', 'addressed a crowd', 'published its
    blueprint': a verb of saying or writing whose content is a thing, not words, reports the act
    of speaking, not what was said. A request's thing is what was asked for ('urged restraint',
    'called for a truce': speech). Stances, actions and thoughts keep their own class ('endorsed
    Trump')."""
    if cue.says_words or cue.token is None or cue.lemma in _NOT_VOICED or _request(cue) \
            or cue.token.lower_ in lx.ATTITUDE_ADJECTIVES:
        return None
    return "action"


def _request(cue: CueWord) -> bool:
    return cue.lemma in lx.REQUEST_CUES or cue.lemma in lx.REQUEST_FOR_CUES and "for" in cue.words


_NOT_VOICED = lx.STANCE_CUES | lx.ACTION_CUES | lx.THOUGHT_CUES | lx.FINDING_CUES


def _by_lemma(cue: CueWord) -> Optional[AttributionClass]:
    for words, kind in _LEMMA_CLASSES:
        if cue.lemma in words:
            return kind
    if cue.token is not None and cue.token.lower_ in lx.ASSERTING_ADJECTIVES:
        return "speech"  # ('was adamant that …': insisted)
    if cue.token is not None and cue.token.lower_ in lx.ATTITUDE_ADJECTIVES:
        return "thought"
    return None


_LEMMA_CLASSES: tuple[tuple[frozenset[str], AttributionClass], ...] = (
    (lx.WRITING_CUES, "writing"),
    (lx.STANCE_CUES, "stance"),
    (lx.ACTION_CUES, "action"),
    (lx.THOUGHT_CUES, "thought"),
)
_ALL_CUES = frozenset(lx.CUE_CLASS) | lx.WRITING_CUES | lx.STANCE_CUES | lx.ACTION_CUES | lx.THOUGHT_CUES \
    | lx.FINDING_CUES

RULES: tuple[Callable[[CueWord], Optional[AttributionClass]], ...] = (
    _finding, _written_source, _found_by_people, _responded_by, _unsourced, _report_noun, _persuaded, _says_that,
    _not_said, _confirmed_to_office, _copula, _naming, _going_on, _no_words, _by_lemma,
)
