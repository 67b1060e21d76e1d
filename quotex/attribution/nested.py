"""Quotes inside quotes: what a quoted speaker tells another person saying.

'"My mother asked me last night, 'Are they going to put you in prison?' I told her, 'Not this
week.'"' quotes the mother inside the daughter's quote, and the daughter herself. Each inner quote
that a verb of saying or writing in the outer quote introduces ('She told me, …', 'a woman in her
eighties said to me, …', 'I heard a woman screaming, …') or follows ("'…,' he said") is a
``nested`` record, in a group of its own, said by whom that clause names, as the outer speaker
tells it (``NESTED_SPEAKERS``, in order): 'I' is the outer speaker; 'my mother' is the outer
speaker's mother ('Nilüfer Kocabaş's mother'); 'he' is the person the outer quote mentioned last
('My surgeon came to see me … He told me, …'); 'a woman in her eighties' is an unnamed person;
a name is the person the article names in full. An inner quote no such clause introduces (a
title, a term, a slogan) stays part of its quote, with no record.

The clause is read from the words, the same in every mode: a parse only joins a verb to the
subject of the verb it is coordinated with ('I turned to my missus and said, …').
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace
from typing import Callable, NamedTuple, Optional

from spacy.tokens import Token

from .. import lexicon as lx
from ..output.model import Cue, Quote, Speaker
from ..text import single_marks
from ..text.marks import is_sentence
from .document import Document, tokens_in
from .speakers import name_gender
from .tokens import has_entities, has_parse, has_tags, mention_of

_INNER_DOUBLE = re.compile("[\"\u201c\u201e]([^\"\u201c\u201d\u201e\n]+)[\"\u201d]")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"\u201d\u2019']?\s")
_LEAD_REACH = 300  # characters back from an inner quote to the start of its sentence
_CUE_REACH = 9  # tokens from the verb to the opening mark: 'told me on the phone last week,'
_AFTER_REACH = 4  # tokens after a closing mark in which the verb stands: "'…,' she said"
_SUBJECT_REACH = 8  # tokens of a subject before its verb: 'a woman in her eighties'
_ANTECEDENT_REACH = 600  # characters of the outer quote back to a pronoun's antecedent
# Words between a subject and its verb of saying ('She used to say', 'My father would always tell me',
# 'my friends are telling me').
_BEFORE_VERB = frozenset("""
would always once then had has have just also kept still later finally again even often simply only
actually suddenly quietly calmly is are was were be been am 's 're 'm 'd did do does
""".split())
# Words before the verb that make what follows no one's words: what someone might, could or never
# said ('Somebody might say', 'Not once has an adviser said', 'refused to say').
_UNSAID = frozenset("might could may can should must cannot ca not n't never to".split())
# Words that end a subject, read back from its verb: a clause's start ('and a woman … said to me').
_CLAUSE_STARTS = frozenset("""
and but then so when because while as if after before until heard hear hears saw see sees watched
""".split())
# A relative or a complement before the verb: the clause describes someone ('The woman who says …').
_RELATIVES = frozenset({"who", "that", "which", "whom"})
_PREPOSITIONS = frozenset("in of at on for to with from by about into over under near".split())
# Words before a verb form that make it a noun ('this great saying', 'the question').
_NOUN_MAKERS = frozenset("a an the this that these those his her its their our my your great".split())
# Determiners a described person opens with.
_DESCRIBED = frozenset({"a", "an", "the", "one", "some", "two", "three", "this", "that", "another"})
_FIRST_PERSON = frozenset({"i", "we"})
_THIRD_PERSON = frozenset({"he", "she", "they"})
_OWNERS = frozenset({"my", "our"})
_STORY_OWNERS = frozenset({"his", "her", "their"})  # the speaker's, in the story's words before the quote
# Words that end a described person's trailing phrase ('a woman in Clachan Bay who is 83').
_PHRASE_ENDS = frozenset({"who", "whom", "whose", "which", "that", "and", "but", "is", "was", "are", "were", "has",
                          "had", "have", "will", "would", "can", "could", "might", "may", "should", "must"})
_PERSON_WORDS = lx.PERSON_NOUNS | lx.KIN_NOUNS | lx.PLAIN_PERSON_NOUNS | frozenset(lx.NOUN_GENDER) \
    | frozenset(lx.KIN_PLAIN)
_PERSON_ENDINGS = tuple(sorted(w for w in _PERSON_WORDS if len(w) >= 5))  # 'schoolteacher', 'fisherwoman'
_PLURAL_PEOPLE = frozenset({"people", "children", "folk", "folks"})


@functools.lru_cache(maxsize=4096)
def _person_noun(word: str) -> bool:
    """Is a word in lower case a noun of people ('woman', 'surgeon', 'mum', 'schoolteacher', 'neighbours')?"""
    return word in _PERSON_WORDS or word.endswith(_PERSON_ENDINGS) or word in _PLURAL_PEOPLE \
        or word.endswith("s") and word[:-1] in _PERSON_WORDS \
        or word.endswith("men") and word[:-3] + "man" in _PERSON_WORDS  # ('men', 'women', 'firemen')


class Clause(NamedTuple):
    """A verb of saying in the outer quote and the words of its subject."""

    verb: Token
    subject: list[Token]


class Told(NamedTuple):
    """An inner quote's clause, in its outer quote, whose speaker's quoted words are ``fragments``."""

    outer: Quote
    clause: Clause
    fragments: list[tuple[int, int]]


def nested_quotes(d: Document, quotes: list[Quote]) -> list[Quote]:
    """The inner quotes of ``quotes`` that someone is told to have said, as ``nested`` records,
    each in a group of its own (after every group of ``quotes``)."""
    taken = {(q.start, q.end) for q in quotes}  # (an inner quote the scan found as a quote of its own)
    fragments: dict[object, list[tuple[int, int]]] = {}  # a speaker's quoted words: where an antecedent may stand
    for q in quotes:
        if q.type in ("direct", "mixed"):
            fragments.setdefault(_voice(q), []).append((q.start, q.end))
    fresh = max((q.group for q in quotes), default=-1) + 1
    out: list[Quote] = []
    for outer in quotes:
        if outer.type not in ("direct", "mixed") or outer.marks not in ("double", "guillemet", "single"):
            continue
        for start, end in inner_spans(d.text, outer):
            if (start, end) in taken or not is_sentence(d.text, start, end):
                continue  # ('called him a "fraud"': a term, whoever says it)
            found = _told(d, outer, start, end, fragments[_voice(outer)])
            if found is None:
                continue
            clause, speaker, method, confidence = found
            cue = Cue(clause.verb.text, clause.verb.idx, clause.verb.idx + len(clause.verb.text),
                      "writing" if lx.CUE_CLASS.get(_lemma(clause.verb)) == "writing" else "speech")
            out.append(Quote(index=len(quotes) + len(out), group=fresh, text=d.text[start:end], start=start, end=end,
                             type="nested", paragraph=outer.paragraph, speaker=speaker, cue=cue, method=method,
                             confidence=confidence, marks=_marks_of(d.text, start)))
            fresh += 1
    return out


def _voice(q: Quote) -> object:
    """Whose words a quote is: its speaker's, else its group's."""
    return q.speaker.id if q.speaker is not None else ("group", q.group)


def inner_spans(text: str, outer: Quote) -> list[tuple[int, int]]:
    """(start, end) of each closed quote inside ``outer``, marks excluded: single marks inside double marks
    or guillemets, double marks inside single marks or guillemets; none that overlaps one before it (inside
    guillemets, a single pair and a double pair can cross: '«… "'0 we we" “we’, …»')."""
    found: list[tuple[int, int]] = []
    if outer.marks in ("double", "guillemet"):
        found += [(p.open + 1, p.close) for p in single_marks.pairs(text, outer.start, outer.end) if p.closed]
    if outer.marks in ("single", "guillemet"):
        found += [m.span(1) for m in _INNER_DOUBLE.finditer(text, outer.start, outer.end)]
    out: list[tuple[int, int]] = []
    for s, e in sorted((s, e) for s, e in found if text[s:e].strip()):
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


def _marks_of(text: str, start: int) -> str:
    return "single" if text[start - 1] in single_marks.SINGLE_MARKS else "double"


def _told(d: Document, outer: Quote, start: int, end: int,
          fragments: list[tuple[int, int]]) -> Optional[tuple[Clause, Speaker, str, float]]:
    clause = _clause_before(d, outer, start) or _clause_after(d, outer, end)
    if clause is None or not clause.subject:
        return None
    told = Told(outer, clause, fragments)
    for rule in NESTED_SPEAKERS:
        found = rule(d, told)
        if found is not None:
            speaker, method, confidence = found
            return clause, speaker, method, round(confidence, 3)
    return None


# -- the clause ---------------------------------------------------------------------------------
def _tokens(d: Document, lo: int, hi: int) -> list[Token]:
    """The tokens that start in the characters [lo, hi), but spaces."""
    at = tokens_in(d, lo, hi)
    return [t for t in d.doc[at.start:at.stop] if not t.is_space]


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence of the outer quote that holds ``at`` starts (at ``lo``, or ``_LEAD_REACH``
    characters back, at the latest: the work per inner quote is bounded on hostile text)."""
    lo = max(lo, at - _LEAD_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, at)]
    return ends[-1] if ends else lo


def _says(tok: Token) -> bool:
    """Is the token a verb of saying or writing ('told', 'asked', 'wrote'), not a noun ('a saying')?"""
    if lx.CUE_CLASS.get(_lemma(tok)) not in ("speech", "writing") or tok.text[:1].isupper():
        return False
    if has_tags(tok.doc):
        return tok.pos_ in ("VERB", "AUX")
    return tok.i == 0 or tok.doc[tok.i - 1].lower_ not in _NOUN_MAKERS


def _lemma(tok: Token) -> str:
    return lx.VERB_FORMS.get(tok.lower_, "")


def _clause_before(d: Document, outer: Quote, start: int) -> Optional[Clause]:
    """'She told me, ‘…’': a verb of saying a few words before the opening mark, in its sentence."""
    lead = _tokens(d, _sentence_start(d.text, outer.start, start - 1), start - 1)
    for n in range(len(lead) - 1, max(len(lead) - 1 - _CUE_REACH, -1), -1):
        if _says(lead[n]):
            return Clause(lead[n], _subject(lead[:n], lead[n]))
    return None


def _clause_after(d: Document, outer: Quote, end: int) -> Optional[Clause]:
    """"'…,' she said": a verb of saying right after the closing mark, its subject before or after it."""
    if d.text[:end].rstrip()[-1:] not in (",", "?", "!", "\u2014"):
        return None  # ("… Trump.' He wrote, …": a sentence of its own ended there)
    after = _tokens(d, end + 1, min(outer.end, end + 60))[:_AFTER_REACH]
    for n, tok in enumerate(after):
        if tok.is_punct and n > 0:
            return None
        if _says(tok):
            subject = _subject(after[:n], tok) if n else [t for t in after[1:] if not t.is_punct][:3]
            return Clause(tok, subject)
    return None


def _subject(before: list[Token], verb: Token) -> list[Token]:
    """The words of the verb's subject, read back from it: a pronoun, or a phrase from its determiner,
    owner or name ('a woman in her eighties', 'My mother', 'Maria'); across 'and' to the subject of the
    verb it is coordinated with, as the parse says ('I turned to my missus and said')."""
    n = len(before)
    while n > 0 and (before[n - 1].lower_ in _BEFORE_VERB or before[n - 1].lower_ == "to" and n > 1
                     and before[n - 2].lower_ == "used" or before[n - 1].lower_ == "used"):
        n -= 1
    if n > 0 and before[n - 1].lower_ in _UNSAID | _RELATIVES:
        return []
    if n > 0 and before[n - 1].lower_ == "and":
        return _coordinated_subject(verb)
    words: list[Token] = []
    while n > 0 and len(words) < _SUBJECT_REACH:
        tok = before[n - 1]
        if tok.lower_ in _RELATIVES:
            return []  # ('a revolt of parents who are saying …')
        if tok.is_punct and tok.text not in ("'s", "\u2019s") or tok.lower_ in _CLAUSE_STARTS:
            break
        words.insert(0, tok)
        n -= 1
        if tok.lower_ in lx.PRONOUNS and len(words) == 1:
            break
    opener = next((i for i, t in enumerate(words) if t.lower_ in _DESCRIBED | _OWNERS or t.text[:1].isupper()), None)
    return words[opener:] if opener is not None else []


def _coordinated_subject(verb: Token) -> list[Token]:
    if not has_parse(verb.doc) or verb.dep_ != "conj":
        return []
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    appos = next((c for c in subject.children if c.dep_ == "appos"), None)
    head = appos if appos is not None and subject.lower_ in ("one", "some") else subject
    cut = {t.i for c in head.children if c.dep_ in ("relcl", "appos", "punct", "acl") for t in c.subtree}
    return [t for t in head.subtree if t.i not in cut]


# -- who the subject is ---------------------------------------------------------------------------
Found = Optional[tuple[Speaker, str, float]]


def _the_speaker_self(d: Document, told: Told) -> Found:
    """'I said to the nurse, …': the outer speaker."""
    words, outer = told.clause.subject, told.outer
    if len(words) != 1 or words[0].lower_ not in _FIRST_PERSON or outer.speaker is None:
        return None
    return replace(outer.speaker, mention=mention_of(words)), "pronoun", outer.confidence


def _antecedent(d: Document, told: Told) -> Found:
    """'"My surgeon came to see me …," she said. "He told me, …"': the person the speaker's quoted
    words (of this quote, or one just before) mentioned last, of the pronoun's gender and number."""
    words, outer = told.clause.subject, told.outer
    if len(words) != 1 or words[0].lower_ not in _THIRD_PERSON:
        return None
    gender, number = lx.PRONOUNS[words[0].lower_]
    at = words[0].idx
    lo = at - _ANTECEDENT_REACH
    quoted = [t for t in _tokens(d, lo, at) if any(s <= t.idx < e for s, e in told.fragments)]
    # then the story's own words before the quote, in its paragraph and the one before ('Derek Ofori-Atta
    # … said his manager had called him. "She said, '…'"'), where 'his' is the speaker's
    first = min(s for s, _ in told.fragments if s <= outer.start)
    told_before = _tokens(d, d.paras[max(outer.paragraph - 1, 0)].start, first)
    story = [t for t in told_before if t.i not in d.quoted and not any(s <= t.idx < e for s, e in told.fragments)]
    candidates = [(p, _OWNERS) for p in reversed(_people(d, quoted))] \
        + [(p, _STORY_OWNERS) for p in reversed(_people(d, story, _STORY_OWNERS))]
    for phrase, owners in candidates:
        head = next((t for t in phrase if _person_noun(t.lower_)), phrase[0])
        if not _agrees(head, phrase, gender, number):
            continue
        named = _appositive_name(d, phrase)  # ('The former accountant, Jana Vargová,': the name's person)
        found = _by_phrase(d, outer, named or phrase, owners)
        if found is None or outer.speaker is not None and found.name == outer.speaker.name:
            continue  # ('he' in his own quote is someone else)
        if phrase[0].lower_ not in _OWNERS | _STORY_OWNERS | _DESCRIBED \
                and name_gender(found.name, found.name) not in (None, gender):
            continue  # ('Clinton': Hillary, whom the article named in full, not 'he')
        return replace(found, mention=mention_of(words)), "pronoun", min(outer.confidence, 0.6)
    return None


def _appositive_name(d: Document, phrase: list[Token]) -> list[Token]:
    """The name of a described person: set off by a comma right after the description ('The former
    accountant, Jana Vargová, told …'), or ending it ('the set designer Alžběta Kratochvílová'), if the
    article names a person so; else none."""
    doc, after = d.doc, phrase[-1].i + 1
    if phrase[0].lower_ in _OWNERS:
        return []
    n = len(phrase)
    while n > 1 and phrase[n - 1].is_alpha and phrase[n - 1].text[:1].isupper():
        n -= 1
    if 1 < n < len(phrase) and phrase[n - 1].is_lower:
        return _name_run(d, phrase[n:])
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    return _name_run(d, list(doc[after + 1:after + 1 + _SUBJECT_REACH]))


def _described_or_named(d: Document, told: Told) -> Found:
    """'My mother asked me', 'a woman in her eighties said to me', 'Maria says': the person as the
    clause describes or names them."""
    found = _by_phrase(d, told.outer, told.clause.subject)
    return (found, "explicit", min(told.outer.confidence, 0.8)) if found is not None else None


NESTED_SPEAKERS: tuple[Callable[[Document, Told], Found], ...] = (
    _the_speaker_self,
    _antecedent,
    _described_or_named,
)


def _by_phrase(d: Document, outer: Quote, words: list[Token], owners: frozenset[str] = _OWNERS) -> Optional[Speaker]:
    """The person a phrase of the outer quote names or describes: the outer speaker's own ('my
    mother'), an unnamed person as described ('a woman in Clachan Bay'), a name in full."""
    first = words[0]
    owner = outer.speaker.name if outer.speaker is not None and not outer.speaker.name.lower() in lx.PRONOUNS \
        else None
    if first.lower_ in owners and len(words) > 1:
        return _owned(d, owner or first.text, words, words[1:])
    body = _body(d, words)
    if body:  # 'the EC told us, …': the Election Commission, as the article spelt it out
        name = " ".join(t.text for t in body)
        return d.tracker.told_of(name, "organization", None, withheld=False).speaker(mention_of(body))
    if first.lower_ in _DESCRIBED or _bare_people(words):  # ('Customers come to the till and ask, …')
        phrase = _phrase_of(words)
        head = next((t for t in reversed(phrase) if _person_noun(t.lower_)), None)
        if head is None:
            return None  # ('the campaign trail saying …': no one)
        plural = _plural_people(head.lower_)
        name = d.text[phrase[0].idx:phrase[-1].idx + len(phrase[-1].text)]
        ent = d.tracker.told_of(name, "group" if plural else "person", lx.NOUN_GENDER.get(head.lower_),
                                withheld=head.lower_ not in lx.KIN_NOUNS)
        return ent.speaker(mention_of(words))
    run = _name_run(d, words)
    if not run:
        return None
    full = d.tracker.names.full_name(" ".join(t.text for t in run))
    rest = words[len(run):]
    if rest and rest[0].text in ("'s", "\u2019s"):  # ('Trump's campaign manager'): the named person's own
        return _owned(d, full, words, rest[1:]) if len(rest) > 1 and _person_noun(_phrase_of(rest[1:])[-1].lower_) \
            else None
    ent = d.tracker.told_of(full, "person", name_gender(full, full), withheld=False)
    return ent.speaker(mention_of(words))


def _bare_people(words: list[Token]) -> bool:
    """People by a plural noun alone, capitalised or not ('Customers', 'local traders')."""
    head = words[-1].lower_
    return head.endswith("s") and _person_noun(head) and all(t.is_alpha and (t is words[0] or t.is_lower)
                                                               for t in words)


def _body(d: Document, words: list[Token]) -> list[Token]:
    """The name of an organisation the phrase is, with or without 'the': an initialism in capitals ('the
    EC', 'UNICEF'), or a name NER calls an organisation ('the Chamber of Mines'); after a sentence's
    opening words ('Last year the EC')."""
    the = max((n for n, t in enumerate(words) if t.lower_ == "the"), default=-1)
    rest = words[the + 1:]
    run = list(itertools.takewhile(lambda t: t.is_alpha and t.text[:1].isupper() or t.lower_ == "of", rest))
    if not run or len(run) != len(rest) or run[-1].lower_ == "of" or len(run) > _MAX_BODY_WORDS:
        return []
    initialism = len(run) == 1 and run[0].is_upper and 2 <= len(run[0].text) <= 6
    named = has_entities(d.doc) and all(t.ent_type_ == "ORG" for t in run if t.lower_ != "of")
    return run if initialism or named else []


_MAX_BODY_WORDS = 6


def _name_run(d: Document, words: list[Token]) -> list[Token]:
    """The words of a person's name a phrase opens with ('Maria', 'Hillary Clinton'), if it is one the
    article or the name lists know; none for a capitalised word ('Other countries', 'Ultimately')."""
    run: list[Token] = []
    for t in words:
        if not (t.is_alpha and t.text[:1].isupper()) or t.lower_ in lx.PRONOUNS:
            break
        run.append(t)
    if not run or has_entities(d.doc) and any(t.ent_type_ not in ("", "PERSON") for t in run) \
            and not (len(run) == 1 and _named_person(d, d.tracker.names.full_name(run[0].text))):
        return []  # ('Madison Square Garden', a place NER knows; but the given name of one the article names in
        # full, whatever NER took it for: 'Nadia pulled me aside and said, ‘…’' after 'Nadia Ferreira')
    return run if d.tracker.names_person(run) and run[0].lower_ not in lx.GENERIC_DETERMINERS else []


def _named_person(d: Document, full: str) -> bool:
    """Is ``full`` a person's name in full that the article names (NER's, or a run of a first name): 'Nadia
    Ferreira', not 'Madison Square Garden'?"""
    return len(full.split()) > 1 and any(name == full for _, name in d.tracker.names.mentions)


def _owned(d: Document, owner: str, words: list[Token], rest: list[Token]) -> Speaker:
    """Someone's own ('my mother' in Nilüfer Kocabaş's quote): 'Nilüfer Kocabaş's mother', the relation
    in plain words ('mum' is 'mother'); 'my mother' when the outer quote has no speaker."""
    noun = "".join(lx.KIN_PLAIN.get(t.lower_, t.lower_) + t.whitespace_ for t in _phrase_of(rest)).strip()
    head = noun.split()[-1]
    # (a relation, 'my mom', only one of the owner's family the article names so: 'Their mother, Rosa Villanueva')
    holder = _one_holder(d, head, owner if head in lx.KIN_NOUNS else None) if len(noun.split()) == 1 else None
    if holder is not None:  # ('My coach told me, …' by a runner who 'trains under coach Daniel Kosgei')
        return d.tracker.told_of(holder, "person", name_gender(holder, holder), withheld=False).speaker(
            mention_of(words))
    name = f"{owner} {noun}" if owner.lower() in _OWNERS else f"{owner}'s {noun}"
    ent = d.tracker.told_of(name, "person", lx.NOUN_GENDER.get(head), withheld=head not in lx.KIN_NOUNS)
    return ent.speaker(mention_of(words))


def _one_holder(d: Document, noun: str, kin_of: Optional[str] = None) -> Optional[str]:
    """The one person the article names in full with a title or a description of ``noun`` ('coach Daniel
    Kosgei', 'sports director Pieter Claes'), to whom a quoted speaker's 'my coach' refers; for a relation of the
    quoted speaker ``kin_of``, one of their family name who is not them ('Their mother, Rosa Villanueva,' for
    Miguel Villanueva's 'my mom'); None when none or several are, or ``kin_of`` has no family name in the text."""
    family = kin_of.split()[-1] if kin_of is not None and len(kin_of.split()) > 1 else None
    holders = [full for full in d.tracker.names.holders(noun) if len(full.split()) > 1
               and (kin_of is None or full.split()[-1] == family and full != kin_of)]
    return holders[0] if len(holders) == 1 else None


def _phrase_of(words: list[Token]) -> list[Token]:
    """A described person's words up to a relative clause or a verb ('a woman in Clachan Bay who is 83',
    'a young woman stopped me')."""
    out: list[Token] = []
    person = False
    for t in words:
        if out and (t.lower_ in _PHRASE_ENDS or t.is_punct and t.text not in ("'s", "\u2019s", "-")
                    or person and _verb(t) or _after_noun(out[-1], t)):
            break
        out.append(t)
        person = person or _person_noun(t.lower_)
    return out


def _after_noun(noun: Token, tok: Token) -> bool:
    """Without tags, a word in lower case right after the noun of people that no preposition is: its
    verb ('Two men came at night'; not 'two men on a motorbike')."""
    return not has_tags(tok.doc) and _person_noun(noun.lower_) and tok.is_alpha and tok.is_lower \
        and tok.lower_ not in _PREPOSITIONS


def _verb(tok: Token) -> bool:
    if has_tags(tok.doc):
        return tok.pos_ in ("VERB", "AUX")
    return tok.is_lower and (tok.lower_ in lx.VERB_FORMS or tok.lower_.endswith("ed"))


def _people(d: Document, tokens: list[Token], owners: frozenset[str] = _OWNERS) -> list[list[Token]]:
    """The people a stretch of quote mentions, in order: 'my surgeon', 'a woman in Clachan Bay',
    'the nurse', a name."""
    out: list[list[Token]] = []
    n = 0
    while n < len(tokens):
        tok = tokens[n]
        if tok.lower_ in owners | _DESCRIBED:
            head = _head_after(tokens, n)
            if head is not None:
                phrase = _phrase_of(tokens[n:n + _SUBJECT_REACH]) if tok.lower_ in _DESCRIBED else tokens[n:head + 1]
                out.append(phrase)
                n = max(n + len(phrase), head + 1)
                continue
        elif tok.text[:1].isupper():
            run = _name_run(d, tokens[n:n + _SUBJECT_REACH])
            if run:
                out.append(run)
                n += len(run)
                continue
        n += 1
    return out


def _head_after(tokens: list[Token], n: int) -> Optional[int]:
    """Where the noun of people stands that the determiner at ``n`` opens, past up to two words in lower
    case ('my little brother', 'a young woman'; not 'a match in person')."""
    for k in range(n + 1, min(n + 4, len(tokens))):
        word = tokens[k].lower_
        if _person_noun(word):
            return k
        if not (tokens[k].is_alpha and tokens[k].is_lower) or word in _PREPOSITIONS:
            return None
    return None


def _plural_people(word: str) -> bool:
    """Is a noun of people plural: 'neighbours', 'men', 'women', 'firemen', 'people', 'children' (not 'boss')?"""
    return word.endswith("men") or word in _PLURAL_PEOPLE or word.endswith("s") and word not in _PERSON_WORDS



def _agrees(head: Token, phrase: list[Token], gender: Optional[str], number: str) -> bool:
    if head.text[:1].isupper():
        known = name_gender(" ".join(t.text for t in phrase), " ".join(t.text for t in phrase))
    else:
        known = lx.NOUN_GENDER.get(lx.KIN_PLAIN.get(head.lower_, head.lower_))
    plural = _person_noun(head.lower_) and _plural_people(head.lower_)
    if number == "pl":
        return plural
    return not plural and (known is None or gender is None or known == gender)
