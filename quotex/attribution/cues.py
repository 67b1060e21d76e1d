"""Reporting clauses in a Doc: the cue ('said', 'according to', a dash) and its subject.

With a dependency parse the subject is the verb's ``nsubj``; without one (or
when the parse has none) token patterns find it: 'X said', 'said X',
'X, a ..., said', 'according to X'.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..output.model import Cue
from .tokens import (PERSON_LABELS, has_entities, has_parse, has_tags, inner_hyphen, is_possessive, is_pronoun,
                     is_proper, looks_capitalised, names_a_body, past_dateline, past_participle_phrase, seat_holder,
                     site_name, subject_tokens)

# Words that end a name after a cue without tags: 'said the Bank of Canada in a statement', '… on Monday'.
_AFTER_NAME = frozenset({"in", "on", "at", "during", "after", "before", "last", "this", "earlier", "late",
                         "when", "while", "as", "told", "to", "via", "through"})
_SKIP_LEFT = frozenset({
    "also", "later", "then", "again", "once", "still", "previously", "recently", "repeatedly", "has",
    "have", "had", "was", "is", "would", "will", "did", "does", "just", "further", "often",
    "flatly", "simply", "quickly", "earlier", "now", "never", "reportedly", "not",
})
# Verbs whose subject, not their object, does what the complement says ('promised
# voters to fight'); with any other verb an object controls it ('led X to fear').
_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "offer"})
_DASHES = frozenset({"\u2014", "\u2013", "--", "\u2015", "-"})
_MAX_NP = 8
_MAX_JOINED = 3  # names joined by 'and' in one subject
_MAX_ROLE_WORDS = 3  # 'campaign press secretary'
_ROLE_NOUNS = lx.PERSON_NOUNS | lx.ORG_NOUNS | frozenset(lx.TITLES)
_MAX_OWNER_WORDS = 5  # words of the name in 'in Okafor's words'
_DETERMINERS = lx.DEFINITE | lx.INDEFINITE | frozenset(lx.POSSESSIVE_PRONOUNS)


@dataclass
class Clause:
    """A reporting clause: ``subject`` + cue, spanning tokens ``first``..``last``."""

    cue: Cue
    cue_class: str
    verb: int  # token index of the cue word
    subject: list[Token]
    first: int
    last: int
    finite: bool = True  # 'said', not 'saying' or 'called' as a participle
    referent: Optional[list[Token]] = None  # what a relative 'who' stands for
    indirect_only: bool = False  # reports content, never introduces a quote (lexicon.INDIRECT_ONLY)
    quote_only: bool = False  # names the source of a quote and reports nothing ('Those were the words of X')

    @property
    def resolves(self) -> list[Token]:
        """The tokens that say who the speaker is: the antecedent of 'who', else the subject."""
        return self.referent or self.subject


def find_clauses(doc: Doc, quoted: Optional[set[int]] = None) -> list[Clause]:
    """Every reporting clause with a subject outside quotes, in document order.

    ``quoted`` holds the indices of tokens inside quotes: a cue or subject
    there belongs to the quoted speech, not to the report around it.
    """
    quoted = quoted or set()
    out: list[Clause] = []
    for i in _candidates(doc):
        if i in quoted:
            continue
        tok = doc[i]
        clause = _according_to(tok) or _verb_clause(tok, quoted) or _agent_clause(tok, quoted) \
            or _adjective_clause(tok, quoted) or _words_of(tok, quoted) or _noun_clause(tok, quoted)
        if clause is not None:
            out.append(clause)
    return out


# Hashes of the words a clause can start with: cue verb forms, the first
# words of 'according to', attitude adjectives and report nouns; and of cue
# lemmas, for forms a lemmatizer knows.
_START_FORMS = numpy.array(sorted({hash_string(w) for w in [*lx.VERB_FORMS, *lx.POST_QUOTE_FORMS]}
                                  | {hash_string(p[0]) for p in lx.ACCORDING_TO}
                                  | {hash_string(w) for w in lx.ATTITUDE_ADJECTIVES | lx.REPORT_NOUNS
                                     | lx.WORDS_OF_NOUNS}),
                           dtype="uint64")
_CUE_LEMMAS = numpy.array(sorted({hash_string(f(w)) for w in [*lx.CUE_CLASS, *lx.REPORT_NOUNS, *lx.POST_QUOTE_CUES]
                                  for f in (str.lower, str.capitalize)}), dtype="uint64")


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that could start a clause, found over arrays, not Token objects."""
    if not len(doc):
        return []
    words = doc.to_array([LOWER, LEMMA])
    hit = _member(words[:, 0], _START_FORMS) | _member(words[:, 1], _CUE_LEMMAS)
    return numpy.flatnonzero(hit).tolist()


def _member(values: numpy.ndarray, table: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, table)`` for a sorted ``table``, by binary search: no sort of the
    values, which made ``isin`` cost more than the rest of a short text's cue search."""
    at = numpy.minimum(numpy.searchsorted(table, values), len(table) - 1)
    return table[at] == values


def clause_at(tok: Token, quoted: set[int]) -> Optional[Clause]:
    """The clause of any cue word, also one the lexicon does not know (the report
    scorer finds those: 'took aim at', 'made clear'): its parsed subject, or the
    subject of the verb an adjective or noun cue completes. None without a
    parse or a subject outside quotes."""
    if not has_parse(tok.doc) or tok.i in quoted:
        return None
    known = _according_to(tok) or _verb_clause(tok, quoted) or _agent_clause(tok, quoted) \
        or _adjective_clause(tok, quoted) or _words_of(tok, quoted) or _noun_clause(tok, quoted)
    if known is not None:
        return known
    node = tok.head if tok.pos_ in ("NOUN", "ADJ", "ADV", "ADP") and tok.head.pos_ in ("VERB", "AUX") else tok
    node = phrase_verb(tok) or node  # 'responded with attacks on …': the subject of 'responded'
    subject = _named_owner(tok) or noun_agent(tok) or _parsed_subject(node) \
        or (_subject_left(tok) if tok.pos_ == "VERB" else None)
    if not subject or any(t.i in quoted for t in subject):
        return None
    resolved = _through_relative(subject)
    if resolved is None:
        return None
    subject, referent = resolved
    cue_class = lx.CUE_CLASS.get(cue_lemma(tok), "speech")
    first = min([subject[0].i, tok.i] + ([referent[0].i] if referent else []))
    return Clause(Cue(tok.text, tok.idx, tok.idx + len(tok), cue_class), cue_class, tok.i, subject,
                  first, max(subject[-1].i, tok.i), referent=referent, indirect_only=True)


def phrase_verb(noun: Token) -> Optional[Token]:
    """The verb whose 'with' phrase holds a noun ('responded [with] attacks on …'), the verb of
    saying whose 'in' phrase does ('says [in] a statement that …', 'wrote in a letter that …'), or
    the verb whose phrase holds a thought, which is its subject's ('barnstorming the state [in] hopes
    of …', 'cling [to] the hope that …')."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.head.pos_ != "VERB":
        return None
    if prep.lower_ == "with" or prep.lower_ == "in" and of_saying(prep.head) or holds_thought(noun):
        return prep.head
    return None


def holds_thought(noun: Token) -> bool:
    """A noun of thought ('hope', 'fear', 'belief'): whoever has it holds it, and it is theirs."""
    return "thought" in (lx.NOUN_CLASS.get(noun.lower_), lx.NOUN_CLASS.get(noun.lemma_.lower()))


def noun_agent(noun: Token) -> Optional[list[Token]]:
    """Whose a noun cue is when a phrase after it says so: 'criticism [from Clinton] about …', 'a
    demand, [by Nancy Pelosi], that …', 'an allegation [from his first wife, Ivana Trump], that …'.
    A person, a group or a body only ('support from the start' is no one's)."""
    if noun.pos_ != "NOUN" or not has_parse(noun.doc):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > noun.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP")
                           or obj.lemma_.lower() in lx.PERSON_NOUNS or obj.lemma_.lower() in lx.ORG_NOUNS):
        return None
    return subject_tokens(obj)


def _named_owner(tok: Token) -> Optional[list[Token]]:
    """The named possessor of a noun cue or of the noun a cue completes: '[Trump's]
    plan to deport …', '[Trump's] initial failure to denounce …'. A possessive
    pronoun is left to the parse, as for report nouns."""
    noun = tok if tok.pos_ == "NOUN" else tok.head if tok.dep_ in ("acl", "xcomp") and tok.head.pos_ == "NOUN" \
        else None
    if noun is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if poss is None or poss.lower_ in lx.PRONOUNS or poss.lower_ in lx.POSSESSIVE_PRONOUNS \
            or poss.lower_ in ("my", "your", "our", "whose"):
        return None
    return [t for t in poss.subtree if t.dep_ != "case"] or None


def dash_clause(doc: Doc, i: int) -> Optional[Clause]:
    """'"…" — Commissioner X': a dash right after a quote, then a name."""
    if i >= len(doc) or doc[i].text not in _DASHES:
        return None
    run = proper_run_right(doc, i + 1)
    if not run:
        return None
    dash = doc[i]
    return Clause(Cue(dash.text, dash.idx, dash.idx + len(dash)), "speech", i, run, i, run[-1].i)


def name_colon(doc: Doc, window: list[int], person: Callable[[str], bool] = lambda name: False) -> Optional[Clause]:
    """'Donald Trump: "…"': a person's name and a colon right before a quote, alone or after a
    dash that ends a digest's topic ('Pollsters agree - Carl Bialik: "…"')."""
    colon = window[-1]
    if doc[colon].text != ":" or colon == 0:
        return None
    run = _proper_run_left(doc, colon - 1)
    before = doc[colon - 1]
    if not run and before.is_alpha and before.text[:1].isupper() and person(before.text):
        run = [before]  # ('Starmer: "…"', a headline's surname the tagger read as a noun, named in full below)
    site = not run and site_name(before.text)  # ('Kun.uz: "…?"', an interview's questions under the site's name)
    if site:
        run = [before]
    if not run:
        return None
    digest = run[0].i > window[0] and doc[run[0].i - 1].text in _DASHES
    if run[0].i != window[0] and not digest:
        return None
    if has_entities(doc) and not site and not any(t.ent_type_ == "PERSON" for t in run) \
            and not person(" ".join(t.text for t in run)) \
            and not (digest and all(t.ent_type_ in ("", "ORG") for t in run)):
        # ('Starmer: "…"' where NER missed what it tags later; a digest's source may be an outlet or a
        # pollster, 'Polls misled - HuffPollster: "…"', 'Pew Research: "…"', but no place or date)
        return None
    c = doc[colon]
    return Clause(Cue(c.text, c.idx, c.idx + 1), "speech", colon, run, run[0].i, colon)


def cue_lemma(tok: Token) -> str:
    """A cue word's lemma, from the lemmatizer or, without one, from the lexicon's verb forms.
    A form the lexicon knows wins over a lemma it does not ('hoping' is 'hope', not 'hop')."""
    lemma = tok.lemma_.lower()
    if lemma and (lemma in lx.CUE_CLASS or tok.lower_ not in lx.VERB_FORMS):
        return lemma
    return lx.VERB_FORMS.get(tok.lower_, lemma)


_SAYING = ("speech", "writing")


def of_saying(tok: Token) -> bool:
    """Is ``tok`` a cue of saying or writing by its lemma ('said', 'wrote'; not 'believes')?"""
    return lx.CUE_CLASS.get(cue_lemma(tok)) in _SAYING


def _is_cue_verb(tok: Token) -> bool:
    lemma = cue_lemma(tok)
    if lemma not in lx.CUE_CLASS and lx.VERB_FORMS.get(tok.lower_) not in lx.CUE_CLASS \
            and not (_manner_lemma(tok) and bare_after_quote(tok)):
        return False
    if has_tags(tok.doc) and tok.pos_ not in ("VERB", "AUX"):
        return False
    if not has_tags(tok.doc) and (tok.lower_ not in lx.VERB_FORMS and tok.lower_ not in lx.POST_QUOTE_FORMS
                                  or _bare_form_after_name(tok) or _before_saying(tok)
                                  or tok.text[:1].isupper() and looks_capitalised(tok)):
        return False  # (nor 'States' of 'the United States', which is a place's name)
    return _particle(tok) is not None


def _before_saying(tok: Token) -> bool:
    """Without tags, a cue's form right before a verb of saying is a noun of that verb's subject, no
    verb ('Tenant advocates said …', 'the reports said …')."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in lx.SAYING_FORMS


def _manner_lemma(tok: Token) -> Optional[str]:
    """The lemma of a verb of manner that reports only right after a quote (lexicon.POST_QUOTE_CUES)."""
    lemma = cue_lemma(tok)
    return lemma if lemma in lx.POST_QUOTE_CUES else lx.POST_QUOTE_FORMS.get(tok.lower_)


_CLOSES_ON = frozenset({",", "?", "!", "\u2014", "\u2013"})
_MAX_MANNER_SUBJECT = 5  # words between the quote and the verb ('Texas delegate Bill Eastland pressed')
_AFTER_BARE = frozenset({"as", "when", "while", "before", "after", "on", "in", "at", "from", "with", "to",
                         "again", "back", "then", "later", "and"})
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "dative", "oprd"})


def bare_after_quote(verb: Token) -> bool:
    """'"Would it be negotiable?" Hannity pressed.', '"This is fantastic!" beamed Donald
    Hartley': a verb right after a quote that closes on a comma, '?' or '!', with no more than a
    short subject between, and no object after it ('He offered no proof' is no cue)."""
    doc = verb.doc
    j, words = verb.i - 1, 0
    while j >= 0 and (doc[j].is_space or not (doc[j].is_punct or doc[j].is_quote) and words < _MAX_MANNER_SUBJECT):
        words += not doc[j].is_space
        j -= 1
    if j < 1 or not doc[j].is_quote or doc[j - 1].text not in _CLOSES_ON or "\n" in doc[j:verb.i].text:
        return False
    if words == 0:
        return True  # the subject after the verb ('beamed Donald Hartley')
    if has_parse(doc) and any(c.dep_ in _OBJECTS and c.i > verb.i for c in verb.children):
        return False
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.lower_ in _AFTER_BARE \
        or has_tags(doc) and nxt.pos_ in ("ADV", "ADP", "SCONJ")


def _bare_form_after_name(tok: Token) -> bool:
    """Untagged 'Heritage Foundation think tank': a bare verb form after a
    singular name is no verb ('Foundation thinks' would be)."""
    if lx.VERB_FORMS.get(tok.lower_) != tok.lower_ or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return is_proper(prev) or (prev.is_alpha and not prev.lower_.endswith("s") and prev.lower_ not in lx.PRONOUNS)


def _particle(tok: Token) -> Optional[Token]:
    """The word that ends the cue: the verb, or its required particle ('point out')."""
    particles = lx.NEEDS_PARTICLE.get(cue_lemma(tok) or lx.VERB_FORMS.get(tok.lower_, ""))
    if not particles:
        return tok
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt if nxt is not None and nxt.lower_ in particles else None


def _verb_clause(tok: Token, quoted: set[int]) -> Optional[Clause]:
    if not _is_cue_verb(tok) or charged(tok):
        return None
    participle = has_tags(tok.doc) and tok.tag_ in ("VBG", "VBN")
    finders = [_parsed_subject]
    if not (participle and has_parse(tok.doc)):
        finders += [_subject_left, _subject_right]  # a parsed participle has no subject of its own
    subject = None
    for find in finders:
        subject = find(tok)
        if subject and not any(t.i in quoted or t.i == tok.i for t in subject):
            break  # (a subject that holds the verb itself is a parse gone wrong: '[deny] services')
        subject = None
    if not subject:
        return None
    manner = _manner_lemma(tok)
    after_quote = manner is not None and bare_after_quote(tok)  # '"…?" Hannity pressed.': reports nothing
    lemma = cue_lemma(tok) or lx.VERB_FORMS.get(tok.lower_, "") or manner or ""
    end_tok = _particle(tok) or tok
    text = tok.doc[tok.i:end_tok.i + 1].text
    first = min(subject[0].i, tok.i)
    last = max(subject[-1].i, end_tok.i)
    finite = not participle or subject[0].i > tok.i or any(c.dep_ == "nsubj" for c in tok.children)
    resolved = _through_relative(subject)
    if resolved is None:
        return None
    subject, referent = resolved
    first = min(first, (referent or subject)[0].i)
    cue_class = "speech" if after_quote else lx.CUE_CLASS.get(lemma, "speech")
    pointing = _points_back(tok)  # 'So said Maria Lopez': the quote before is hers, and nothing is reported
    return Clause(Cue(text, tok.idx, tok.idx + len(text), cue_class), cue_class, tok.i, subject,
                  first if not pointing else tok.i - 1, last, finite, referent,
                  lemma in lx.INDIRECT_ONLY and not after_quote, quote_only=pointing or after_quote)


_CHARGE_LOOKBACK = 4  # words before the verb where a relative pronoun would stand as its object


def charged(tok: Token) -> bool:
    """'Ministers accused of "betraying" islands': a verb that needs its target as object, with
    'of' or 'with' right after it and no auxiliary before it, is a headline's passive whose subject
    is the one accused. Not when the object went before as a relative pronoun ('the preacher whom
    Erdogan accuses of masterminding the coup'); a passive with its auxiliary is read as before."""
    doc, nxt = tok.doc, tok.i + 1
    if cue_lemma(tok) not in lx.CHARGING_VERBS or nxt >= len(doc) or doc[nxt].lower_ not in lx.CHARGE_PREPOSITIONS:
        return False
    before = [t.lower_ for t in doc[max(0, tok.i - _CHARGE_LOOKBACK):tok.i]]
    return not (before and before[-1] in lx.AUXILIARY_FORMS) and not set(before) & lx.RELATIVE_PRONOUNS


_POINTING_BACK = frozenset({"so", "thus"})


def _points_back(verb: Token) -> bool:
    """Does the cue open its sentence after 'So' or 'Thus' ('So said Maria Lopez, the mayor')?"""
    doc, i = verb.doc, verb.i
    if i < 1 or doc[i - 1].lower_ not in _POINTING_BACK:
        return False
    before = doc[i - 2] if i >= 2 else None
    return before is None or before.is_space or before.is_quote or before.text in (".", "!", "?")


def _agent_clause(tok: Token, quoted: set[int]) -> Optional[Clause]:
    """'The plan was praised [by Wall Street critics]': a passive cue whose 'by'
    phrase names the source (needs a parse)."""
    if not has_parse(tok.doc) or tok.tag_ != "VBN" or not _is_cue_verb(tok):
        return None
    return _by_clause(tok, _agent(tok), quoted, indirect_only=True)


def _agent(verb: Token) -> Optional[Token]:
    """The object of a passive verb's 'by', if it can be a source: not a medium ('said [by telephone]'), nor
    who quotes a speaker ('Park Jong-soo was quoted [by Yonhap] as saying': the subject speaks)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if source is not None and verb.lemma_.lower() == "quote" and any(c.lower_ == "as" for c in verb.children):
        return None
    return None if source is None or source.lower_ in lx.MEDIUM_NOUNS else source


def _by_clause(verb: Token, source: Optional[Token], quoted: set[int], indirect_only: bool) -> Optional[Clause]:
    """The clause of a passive cue ``verb`` whose source is ``source``, the object of a 'by'."""
    if source is None or source.i in quoted:
        return None
    subject = agent_tokens(verb, source)
    if not subject or any(t.i in quoted for t in subject):
        return None
    cue_class = lx.CUE_CLASS.get(cue_lemma(verb), "speech")
    return Clause(Cue(verb.text, verb.idx, verb.idx + len(verb), cue_class), cue_class, verb.i, subject,
                  verb.i, max(t.i for t in subject), finite=False, indirect_only=indirect_only)


_AGENT_STEPS = 3  # from the quote's head up to the passive verb


def quoted_agent_clause(tok: Token, quoted: set[int]) -> Optional[Clause]:
    """'It was called "a disgrace" [by critics]', 'described as "reckless" [by Senator Jane Smith]':
    ``tok`` is the first word after a quote's closing mark; a 'by' there whose phrase hangs on the
    quote, under a passive cue verb that governs the quote, names who said the quoted words."""
    if not has_parse(tok.doc) or tok.lower_ != "by" or tok.i in quoted:
        return None
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    verb = tok.head
    for _ in range(_AGENT_STEPS):
        if verb.tag_ == "VBN" or verb.head.i == verb.i:
            break
        verb = verb.head
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in ("acl", "advcl")
    if verb.tag_ != "VBN" or not passive or not _is_cue_verb(verb) or lx.CUE_CLASS.get(cue_lemma(verb)) != "speech":
        return None
    return _by_clause(verb, source, quoted, indirect_only=False)


def _noun_clause(tok: Token, quoted: set[int]) -> Optional[Clause]:
    """'Sanders's [claim] that he can still win': a report noun whose possessor
    is its source (needs a parse)."""
    if not has_parse(tok.doc) or tok.pos_ != "NOUN" or tok.lemma_.lower() not in lx.REPORT_NOUNS:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if poss is None or poss.i in quoted or poss.lower_ in ("its", "my", "our", "your"):
        return None
    subject = [t for t in poss.subtree if t.dep_ != "case"]
    if not subject or any(t.i in quoted for t in subject):
        return None
    cue = Cue(tok.text, tok.idx, tok.idx + len(tok), "speech")
    doc, first = tok.doc, subject[0].i
    after_quote = first >= 2 and doc[first - 1].text == ":" and doc[first - 2].is_quote
    # ('"I'm heartbroken": Mum's plea after …', a headline's: the noun names the quote's source, and reports nothing)
    return Clause(cue, "speech", tok.i, subject, first, tok.i, finite=False, indirect_only=not after_quote,
                  quote_only=after_quote)


_DEMONSTRATIVES = frozenset({"that", "those", "these", "this", "such"})
# The words a clause that points back to a quote opens with ('That was how …', 'Those were the words
# of …', 'So said …').
POINTING_WORDS = _DEMONSTRATIVES | _POINTING_BACK


def _words_of(tok: Token, quoted: set[int]) -> Optional[Clause]:
    """'Those were the words of Jane Doe', 'That was the verdict of one analyst', 'That was the message
    from union leader Jo Hartley', 'That was the first-term MP's only reply': a sentence whose subject
    points back names whose words they were (without a parse, by the words' order: ``_words_of_plain``)."""
    if not has_parse(tok.doc):
        return _words_of_plain(tok, quoted)
    if tok.pos_ != "NOUN" or tok.lower_ not in lx.WORDS_OF_NOUNS or tok.dep_ != "attr" \
            or tok.head.lemma_.lower() != "be":
        return None
    pointer = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.lower_ in _DEMONSTRATIVES), None)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)  # 'the message from
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is None:  # ('the first-term MP's only reply', 'his only answer')
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if pointer is None or owner is None or owner.i in quoted:
        return None
    subject = [t for t in subject_tokens(owner) if t.dep_ != "case"]
    if not subject or any(t.i in quoted for t in subject):
        return None
    text = tok.doc[tok.i:of.i + 1].text if of is not None else tok.text
    cue = Cue(text, tok.idx, tok.idx + len(text), "speech")
    return Clause(cue, "speech", tok.i, subject, pointer.i, subject[-1].i, quote_only=True)


_BE_FORMS = frozenset({"was", "is", "were", "are"})


def _words_of_plain(tok: Token, quoted: set[int]) -> Optional[Clause]:
    """'That was the view of Omar Farouk, …' read without a parse: a pointing word, a form of 'be',
    'the', at most one word more, the noun and 'of' or 'from' before the one whose words they were."""
    doc, i = tok.doc, tok.i
    if tok.lower_ not in lx.WORDS_OF_NOUNS or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("of", "from"):
        return None
    the = next((j for j in (i - 1, i - 2) if j >= 2 and doc[j].lower_ == "the"), None)
    if the is None or doc[the - 1].lower_ not in _BE_FORMS or doc[the - 2].lower_ not in _DEMONSTRATIVES \
            or doc[the - 2].i in quoted:
        return None
    subject = _np_right(doc, i + 2)
    if not subject or any(t.i in quoted for t in subject):
        return None
    text = doc[i:i + 2].text
    cue = Cue(text, tok.idx, tok.idx + len(text), "speech")
    return Clause(cue, "speech", i, subject, the - 2, subject[-1].i, quote_only=True)


def _adjective_clause(tok: Token, quoted: set[int]) -> Optional[Clause]:
    """'Sarandon is not [sure] she can vote for Clinton': an attitude adjective
    predicated of a subject that holds it (needs a parse)."""
    if tok.lower_ not in lx.ATTITUDE_ADJECTIVES or not has_parse(tok.doc) or tok.pos_ != "ADJ" \
            or tok.dep_ not in ("acomp", "oprd"):
        return None
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i in quoted or subj.lower_ in lx.RELATIVE_PRONOUNS or subj.lower_ in ("it", "this"):
        return None
    subject = subject_tokens(subj)
    if not subject or any(t.i in quoted for t in subject):
        return None
    cue = Cue(tok.text, tok.idx, tok.idx + len(tok), "thought")
    return Clause(cue, "thought", tok.i, subject, min(subject[0].i, tok.i), max(subject[-1].i, tok.i),
                  indirect_only=True)


def _through_relative(subject: list[Token]) -> Optional[tuple[list[Token], Optional[list[Token]]]]:
    """(subject, referent): a relative 'who' keeps its place as the subject and
    names what it stands for; 'which' or 'that' gives way to its antecedent ('a
    letter that says': the issuer, as written). None when a relative pronoun
    has no antecedent in the parse."""
    if len(subject) != 1 or subject[0].lower_ not in lx.RELATIVE_PRONOUNS:
        return subject, None
    referent = _antecedent(subject[0])
    if not referent:
        return None
    if referent[0].i > subject[0].i or subject[0].lower_ != "who":
        return referent, None
    return subject, referent


def _antecedent(rel: Token) -> Optional[list[Token]]:
    """'O'Donnell, who wrote …': the noun a relative clause hangs on."""
    if not has_parse(rel.doc):
        return None
    clause = rel.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    noun = clause.head
    if noun.lemma_ in lx.DOCUMENT_NOUNS and noun.dep_ == "dobj":
        return _parsed_subject(noun.head)  # 'released a letter that says …'
    return subject_tokens(_whose(noun) if rel.lower_ in ("who", "whom") else noun)


def _whose(noun: Token) -> Token:
    """The person a relative 'who' the parse hung on ``noun`` stands for: the person a preposition's
    phrase describes, or the noun of people right before it where the parse hung the phrase elsewhere
    ('a man in a flat cap who stopped me', hung on the cap); and the name a description is the
    appositive of ('Robert B. Reich, a secretary of labor during the Clinton administration who …')."""
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.lemma_.lower() not in lx.PERSON_NOUNS:
        noun = next((t for t in (noun.head.head, noun.doc[noun.head.i - 1]) if t.pos_ == "NOUN"
                     and t.lemma_.lower() in lx.PERSON_NOUNS), noun)
    elif noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.lower_ in _AFFILIATIONS \
            and _someone_of_a_body(noun.head.head) and noun.head.head.i == noun.head.i - 1:
        noun = noun.head.head  # ('A rescuer with Basarnas, who spoke on condition of anonymity': the rescuer)
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and is_proper(noun.head) and noun.head.i < noun.i:
        noun = noun.head
    return noun


_AFFILIATIONS = frozenset({"with", "for", "from", "at"})  # 'a rescuer with Basarnas', 'a nurse at Mulago'
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")  # of nouns of people no list holds ('rescuer')


def _someone_of_a_body(noun: Token) -> bool:
    """Is the noun an unnamed person's, one a body has ('a rescuer', 'one volunteer')?"""
    return noun.pos_ == "NOUN" \
        and any(c.dep_ in ("det", "nummod") and c.lower_ in lx.INDEFINITE for c in noun.children) \
        and (noun.lemma_.lower() in lx.PERSON_NOUNS or noun.lower_.endswith(_PERSON_ENDINGS))

# Words of place and time that open a sentence and that the parser can take into its subject's phrase.
_FRONTED = frozenset({"outside", "inside", "after", "before", "later", "afterwards", "earlier", "meanwhile"})


def _past_fronted(subject: Token) -> Optional[Token]:
    """'Outside court, the charity's chief executive, Tom Hughes, said …', parsed with 'Outside court'
    for the subject and the rest its appositive: the appositive is the subject. So too after a
    dateline ('TALLAHASSEE — Rep. Gwen Graham on Friday pummeled …'), and after an opening participle's phrase
    ('Reporting from Muscat, Al Jazeera's Rania Khoury said …'); a dateline alone is no subject."""
    dated = past_dateline(subject)
    if dated is not subject:
        return dated
    if subject.tag_ in ("VBG", "VBN"):
        return past_participle_phrase(subject)
    if subject.left_edge.lower_ not in _FRONTED or subject.i + 1 >= len(subject.doc) \
            or subject.doc[subject.i + 1].text != ",":
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), subject)


def outer_report(verb: Token) -> Optional[Token]:
    """The verb of saying whose content the parse hung ``verb`` in, when ``verb`` is its source's
    second report: 'He said [that he was focused on the platform] and noted that …', parsed with
    'noted' coordinated with 'was'. ``verb`` is a verb of saying in the outer verb's form, after
    'and' or 'but', with no subject of its own; not what a finding shows."""
    if verb.dep_ != "conj" or verb.i == 0 or verb.doc[verb.i - 1].dep_ != "cc" \
            or not of_saying(verb) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    node = verb.head
    if any(c.dep_ == "auxpass" or c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children):
        return None  # 'that Schilling had shared it and added …': a participle may share the auxiliary
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.i < node.i:
            outer = node.head
            lemma = cue_lemma(outer)
            ok = outer.tag_ == verb.tag_ and lx.CUE_CLASS.get(lemma) in _SAYING and lemma not in lx.FINDING_CUES
            return outer if ok else None
        if node.head.i == node.i or node.dep_ not in ("conj", "xcomp", "advcl"):
            return None
        node = node.head
    return None


def agent_tokens(verb: Token, by: Token) -> list[Token]:
    """The words of a passive's agent, the object of its 'by'; without the 'of' or 'with' the parse hung
    on it that belongs to a verb of charging ('accused by [the opposition] of misleading parliament')."""
    tokens = subject_tokens(by)
    if cue_lemma(verb) not in lx.CHARGING_VERBS:
        return tokens
    cut = next((c.i for c in by.children if c.dep_ == "prep" and c.lower_ in lx.CHARGE_PREPOSITIONS), None)
    return [t for t in tokens if cut is None or t.i < cut]


def _parsed_subject(verb: Token) -> Optional[list[Token]]:
    if not has_parse(verb.doc):
        return None
    by = _agent(verb)
    if by is not None:
        return agent_tokens(verb, by)  # 'asked by Thrush if …': the agent of a passive speaks
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and before is not None and before.pos_ == "PROPN" and before.dep_ in ("pobj", "dobj") \
            and (before.ent_type_ == "PERSON" or not has_entities(verb.doc)):
        return subject_tokens(before)  # 'footage of Hillary Clinton asking, "…"': the person shown speaks
    node = outer_report(verb) or verb
    for _ in range(4):
        subjects = _subjects(node, verb, "nsubj")
        if not subjects and node is not verb and verb.tag_ == "VBG":
            # a participle's doer is its main clause's subject, passive too ('Trump was remarkably
            # understated in the debate, not once [referring] to his rivals as …')
            subjects = _subjects(node, verb, "nsubjpass")
        if subjects:
            # Several subjects come from a parse that ran two clauses together: the nearest one.
            subject = _past_fronted(min(subjects, key=lambda c: abs(c.i - verb.i)))
            return subject_tokens(subject) if subject is not None else None
        controller = next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None) \
            if node.dep_ == "xcomp" and node.head.lemma_ not in _SUBJECT_CONTROL else None
        if controller is not None and (controller.pos_ == "PROPN" or controller.pos_ == "NOUN" and (
                controller.lemma_.lower() in lx.PERSON_NOUNS or controller.lemma_.lower() in lx.ORG_NOUNS)):
            return subject_tokens(controller)  # 'led the journalist to fear a "…"': the object does the fearing
        held = next((c for c in node.children if c.dep_ == "nsubjpass"), None) if node is verb else None
        if held is not None and cue_lemma(verb) in lx.DIVIDED_CUES:
            return subject_tokens(held)  # 'Republican senators are split on whether …': theirs are the views
        if node is verb and any(c.dep_ in ("nsubjpass", "expl") for c in node.children):
            break  # a cue's clause with a subject of its own takes none from the clause above ('when it was revealed')
        if node.dep_ in ("conj", "advcl", "xcomp", "pcomp", "acomp") and node.head.i != node.i:
            node = node.head
            if node.dep_ == "prep":  # 'by tweeting that …'
                node = node.head
        elif node.dep_ == "acl" and node.head.lemma_ in lx.DOCUMENT_NOUNS and node.head.dep_ == "dobj":
            node = node.head.head  # 'issued a statement saying …': the issuer speaks
        elif node.dep_ == "acl" and node.tag_ == "VBG" and node.i > 0 and node.doc[node.i - 1].text == "," \
                and lx.CUE_CLASS.get(cue_lemma(node)) == "speech" \
                and node.head.pos_ in ("NOUN", "PRON") and (node.head.lemma_ or "").lower() not in lx.PERSON_NOUNS \
                and node.sent.root.pos_ in ("VERB", "AUX") and node.sent.root.i < node.i:
            # a participle set off by a comma at the end of a clause, which the parse hung on a thing or on a phrase
            # set off in it ('about 200 farmers gathered outside the depot, some with bags of maize tied to
            # bicycles, chanting "…"', 'residents blocked a stretch of Avenida Brasil, one of the main arteries
            # of the city, chanting "…"'): the clause's subject does it
            node = node.sent.root
        elif node.dep_ == "acl" and node.head.i < node.i and (
                node.head.pos_ == "PROPN" or node.head.lemma_.lower() in lx.PERSON_NOUNS) and (
                node.tag_ == "VBG" or any(c.dep_ in ("dobj", "oprd") for c in node.children)
                or node.head.dep_ == "ROOT"):  # (the participle is its sentence's only verb: 'Spain's
            # prime minister, Pedro Sánchez, posted on Facebook: "…"', the noun made the root)
            # 'footage of Hillary Clinton asking, "…"', and 'De Blasio, on WOR710, called Trump a "…"'
            # or 'one lawmaker called Trump "…"' parsed as a participle with an object: the name
            # or person speaks; unless the name sits inside a relative clause on the real subject
            # ('Colman, who has been nominated for a Golden Globe, called Ruth "…"')
            return subject_tokens(_relative_owner(node.head) or node.head)
        else:
            break
    return None


def _subjects(node: Token, verb: Token, dep: str) -> list[Token]:
    """``node``'s subjects of the dependency ``dep`` that may be ``verb``'s source: no preposition,
    no word of time ('Monday'), none on a line before the verb's."""
    return [c for c in node.children if c.dep_ == dep and c.pos_ != "ADP" and c.lower_ not in lx.TIME_NOUNS
            and not _line_between(c, verb)]


def _relative_owner(tok: Token) -> Optional[Token]:
    """The person or name a relative clause holding ``tok`` as a preposition's object is about
    ('Colman, who has been nominated for a Golden Globe': Colman), if any, a few heads up."""
    if tok.dep_ != "pobj":
        return None
    node = tok
    for _ in range(_RELATIVE_DEPTH):
        if node.dep_ == "relcl":
            owner = node.head
            return owner if owner.pos_ == "PROPN" or owner.lemma_.lower() in lx.PERSON_NOUNS else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


_RELATIVE_DEPTH = 5


def _line_between(a: Token, b: Token) -> bool:
    """Is there a line break between two tokens? A parse may run a headline into the next paragraph.
    (Read from the tokens between them: ``doc.text`` would build the whole text on each call.)"""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text_with_ws for t in a.doc[lo:hi])


def _according_to(tok: Token) -> Optional[Clause]:
    doc = tok.doc
    for phrase in lx.ACCORDING_TO:
        n = len(phrase)
        if tok.lower_ != phrase[0] or tok.i + n > len(doc) \
                or tuple(t.lower_ for t in doc[tok.i:tok.i + n]) != phrase:
            continue
        after = tok.i + n
        alone = after + 1 >= len(doc) or doc[after + 1].is_punct  # 'according to her,', not 'her lawyer'
        right = [doc[after]] if after < len(doc) and doc[after].lower_ in lx.OBJECT_PRONOUNS and alone \
            else _np_right(doc, after)
        if not right:
            return None
        k = right[-1].i + 1
        if k + 1 < len(doc) and doc[k].text == "," \
                and (right[-1].lemma_ or right[-1].lower_).lower() in lx.PERSON_NOUNS:
            name = proper_run_right(doc, k + 1)  # 'According to the city planner, Sunita Rao, …'
            if name and name[-1].i + 1 < len(doc) and doc[name[-1].i + 1].text == ",":
                right = right + [doc[k]] + name
        last = doc[tok.i + n - 1]
        text = doc[tok.i:last.i + 1].text
        return Clause(Cue(text, tok.idx, tok.idx + len(text)), "speech", tok.i, right, tok.i, right[-1].i)
    return _in_own_words(tok) or _in_poll(tok)


_POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _in_own_words(tok: Token) -> Optional[Clause]:
    """'In her words, "…"', 'in Okafor's own words': whose words they are said them."""
    doc = tok.doc
    if tok.lower_ != "in":
        return None
    j = tok.i + 1
    if j < len(doc) and doc[j].lower_ in lx.POSSESSIVE_PRONOUNS:
        owner = [doc[j]]
        j += 1
    else:
        k = j
        while k < len(doc) and k - j < _MAX_OWNER_WORDS and is_proper(doc[k]) \
                and doc[k].lower_ not in _POSSESSIVE_ENDINGS:
            k += 1
        if k == j or k >= len(doc) or doc[k].lower_ not in _POSSESSIVE_ENDINGS:
            return None
        owner = list(doc[j:k])
        j = k + 1
    if j < len(doc) and doc[j].lower_ == "own":
        j += 1
    if j >= len(doc) or doc[j].lower_ != "words":
        return None
    text = doc[tok.i:j + 1].text
    return Clause(Cue(text, tok.idx, tok.idx + len(text)), "speech", tok.i, owner, tok.i, j)


def _in_poll(tok: Token) -> Optional[Clause]:
    """'In the latest CBS poll, [Trump's lead narrowed]', '[he has been leading] in the polls': a
    clause read in a poll is the poll's finding, the poll its source (needs a parse; the clause is
    ``poll_clause``'s)."""
    if tok.lower_ != "in" or poll_clause(tok) is None:
        return None
    poll = next(c for c in tok.children if c.dep_ == "pobj")
    source = list(tok.doc[poll.left_edge.i:poll.i + 1])
    return Clause(Cue(tok.text, tok.idx, tok.idx + len(tok)), "speech", tok.i, source, tok.i, poll.i,
                  indirect_only=True)


def poll_clause(prep: Token) -> Optional[Token]:
    """The head of the clause a phrase 'in' a poll modifies, through the phrases it hangs on ('rose
    …, before slipping to 39 percent in Monday's poll': 'rose'); None when the phrase is no poll's,
    hangs on a noun ('voters in the poll'), the clause is a cue's own ('In the poll, 52 percent
    said …': 'said' reports it) or subordinate, or joined to a subordinate one ('as he rises in the
    polls', 'told a crowd that he expects to win and [he is doing better] in the polls')."""
    if not has_parse(prep.doc) or prep.dep_ != "prep":
        return None
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lower_ not in lx.POLL_NOUNS:
        return None
    head = prep.head
    for _ in range(_POLL_DEPTH):
        if head.dep_ not in ("pcomp", "prep", "xcomp") or head.head.i == head.i:
            break
        head = head.head
    top = head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if head.pos_ not in ("VERB", "AUX") or cue_lemma(head) in lx.CUE_CLASS \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children) \
            or top.dep_ not in ("ROOT", "relcl", "parataxis") \
            or any(c.dep_ == "mark" for c in (*head.children, *top.children)):
        return None
    return head


_POLL_DEPTH = 4


def _subject_left(verb: Token) -> Optional[list[Token]]:
    found = _words_left(verb)
    return _outside_relative(found, verb) if found and has_parse(verb.doc) else found


def _outside_relative(found: list[Token], verb: Token) -> list[Token]:
    """'a White House official who spoke anonymously to discuss internal strategy said': the words
    before the verb end a relative clause, which the parser hung elsewhere; the noun it describes is
    the subject, not the clause's last object."""
    node = found[-1]
    for _ in range(6):
        if node.dep_ == "relcl" and node.head.i < node.i and node.head.pos_ in ("NOUN", "PROPN") \
                and not any(t.is_punct or t.is_space for t in verb.doc[node.head.i:verb.i]):
            return subject_tokens(node.head)
        if node.head.i == node.i or node.head.i > verb.i:
            break
        node = node.head
    return found


def _words_left(verb: Token) -> Optional[list[Token]]:
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].lower_ in _SKIP_LEFT or (doc[j].lower_.endswith("ly") and doc[j].is_lower)
                      or j >= 1 and doc[j].lower_ in lx.TIME_NOUNS and doc[j - 1].lower_ in lx.TIME_PHRASE_STARTS):
        j -= 2 if doc[j].lower_ in lx.TIME_NOUNS else 1  # (past 'last week', 'on Tuesday': 'Beck last week said')
    j = _before_parenthesis(doc, j)  # 'Sen. Elizabeth Warren (D-MA) said'
    if j < 0:
        return None
    tok = doc[j]
    if is_pronoun(tok):
        return [tok]
    if tok.text == ",":
        # 'Dean Cheng, a China analyst at ..., said': skip back over the appositive.
        k = j - 1
        while k >= 0 and j - k < 30 and doc[k].text != "," and not doc[k].is_sent_start and doc[k].text not in ".!?":
            k -= 1
        if k >= 1 and doc[k].text == ",":
            run = _proper_run_left(doc, _before_parenthesis(doc, k - 1))  # ('Lin Mei-hua (林美華), an …, told')
            if not run and (doc[k + 1].lower_ in lx.RELATIVE_PRONOUNS - {"that"}
                            or doc[k + 1].is_lower and doc[k + 1].lower_.endswith("ing")
                            and doc[k + 1].lower_ not in _ING_PREPOSITIONS):
                # 'an intelligence source, who was not authorized to speak, told', 'a senior official,
                # speaking on condition of anonymity, told'
                return _np_left(doc, k - 1)
            # (or an office in capitals: 'the Minister of Public Utilities, Dr Keston Ramdeen, told')
            office = len(run) > 1 and run[0].lower_ in lx.OFFICES_OF | lx.SEAT_HOLDERS
            name = _proper_run_left(doc, j - 1) if not run or office else []
            if name and name[0].i == k + 1 and office:
                return run + [doc[k]] + name if _opens_as_name(name) else run
            if name and name[0].i == k + 1:
                # 'The chancellor, Philip Hammond, said': the noun phrase and the name between the commas
                noun = _np_left(doc, k - 1) or []
                noun = noun[max((n + 1 for n, t in enumerate(noun) if t.text == "."), default=0):]
                whole = noun and noun[-1].is_lower and (noun[0].text[:1].isupper() or noun[0].lower_ in _DETERMINERS)
                return noun + [doc[k]] + name if whole else name
            return run or None
        return None
    if is_proper(tok):
        run = _proper_run_left(doc, j)
        if not run:
            return run
        if any(t.lower_ in lx.FIRST_NAMES or t.lower_.rstrip(".") in _TITLE_WORDS for t in run):
            return run  # a person's name ('Secretary of State John F. Kerry'), not a body's
        person = _proper_run_left(doc, run[0].i - 2) if run[0].i >= 2 and doc[run[0].i - 1].lower_ == "of" else []
        if any(t.lower_ in lx.FIRST_NAMES for t in person):
            return person  # 'Josh Matlow of Toronto said', 'Sen. Marco Rubio of Florida said': the person
        the = [doc[run[0].i - 1]] if run[0].i > 0 and doc[run[0].i - 1].lower_ == "the" else []
        whole = _with_role_before(the + run)  # ('a spokesperson for the European Commission')
        return whole if len(whole) > len(the + run) else the + run  # ('the Federal Reserve said')
    return _np_left(doc, j)


# Participles that are prepositions: what they open is no aside on the subject before them
# ('many of the people interviewed for this article, including top officials, worry')
_ING_PREPOSITIONS = frozenset("""
including according regarding concerning following excluding barring pending considering involving
""".split())


def _opens_as_name(name: list[Token]) -> bool:
    """Does a run in capitals open as a person's name: a title, a known first name, or NER's person?"""
    first = name[0]
    return first.lower_ in lx.TITLES or first.lower_ in lx.FIRST_NAMES or first.ent_type_ in PERSON_LABELS \
        or name[-1].ent_type_ in PERSON_LABELS


def _before_parenthesis(doc: Doc, j: int) -> int:
    """The token before a short parenthesis that token ``j`` closes ('Warren (D-MA)', 'Lin Mei-hua
    (林美華)'); ``j`` when it closes none, -1 when it opens none."""
    if j < 0 or doc[j].text != ")":
        return j
    k = j - 1
    while k >= 0 and j - k < 8 and doc[k].text not in "()":
        k -= 1
    return k - 1 if k >= 0 and doc[k].text == "(" else -1


def _subject_right(verb: Token) -> Optional[list[Token]]:
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and not (before.is_punct or before.is_quote or before.is_space or _points_back(verb)):
        return None
    if cue_lemma(verb) in lx.ADDRESSEE_CUES:
        return None  # '…, told the Taipei Times': whom a person tells follows the verb, never who tells
    return _np_right(doc, verb.i + 1)


def given_syllable(tok: Token) -> bool:
    """The part after the hyphen of a given name written so, after a family name ('Kim Soo-jin',
    'Tsai Ing-wen', 'Park Ji-hoon'): short, in lower case."""
    doc, i = tok.doc, tok.i
    return tok.is_lower and tok.is_alpha and len(tok) <= _SYLLABLE and i >= 3 and inner_hyphen(doc[i - 1]) \
        and is_proper(doc[i - 2]) and doc[i - 2].text[:1].isupper() and is_proper(doc[i - 3]) \
        and doc[i - 3].text[:1].isupper()


_SYLLABLE = 5


def _proper_run_left(doc: Doc, j: int, joined: int = 0) -> list[Token]:
    """The name that ends at token ``j``, and names joined to it by 'and' ('Burton and Nick')."""
    if j >= 3 and given_syllable(doc[j]):
        run = _proper_run_left(doc, j - 2, joined)  # 'Kim Soo-jin said'
        return run + list(doc[j - 1:j + 1]) if run else []
    if j < 0 or not is_proper(doc[j]):
        return []
    k = j
    while k - 1 >= 0 and j - k < _MAX_NP and (is_proper(doc[k - 1]) or doc[k - 1].lower_ in lx.TITLES
                                              and doc[k - 1].text[:1].isupper()
                                              or k - 2 >= 0 and inner_hyphen(doc[k - 1]) and is_proper(doc[k - 2])):
        k -= 1  # (back through the hyphen inside a name: 'Jean-Pierre said', 'Ocasio-Cortez said')
    if k >= 2 and doc[k - 1].lower_ in lx.COORDINATORS and joined < _MAX_JOINED:
        before = _proper_run_left(doc, k - 2, joined + 1)
        if before:
            return before + list(doc[k - 1:j + 1])
    if k >= 2 and doc[k - 1].lower_ == "of" and (names_a_body(doc[k - 2]) or doc[k - 2].text[:1].isupper()
                                                 and doc[k - 2].lower_ in lx.TITLES):
        # 'the Department of Finance', 'the Bank of Canada', 'Secretary of State John Kerry'
        before = _proper_run_left(doc, k - 2, joined)
        if before:
            return before + list(doc[k - 1:j + 1])
    if k >= 2 and doc[k - 1].lower_ == "for" and doc[k - 2].lower_ in lx.SEAT_HOLDERS:
        # 'Minister for Foreign Affairs Penny Wong': the office and what it is for (``seat_holder``)
        whole = (_proper_run_left(doc, k - 2, joined) or [doc[k - 2]]) + list(doc[k - 1:j + 1])
        if seat_holder(whole) is not None:  # (not when no name can be told from the words before it)
            return whole
    return list(doc[k:j + 1])


def proper_run_right(doc: Doc, i: int, joined: int = 0) -> list[Token]:
    """The name that starts at token ``i``, and names joined to it by 'and' ('Burton and Nick')."""
    k = i
    while k < len(doc) and k - i < _MAX_NP and (is_proper(doc[k]) or (doc[k].lower_ in lx.TITLES
                                                                      and doc[k].text[:1].isupper())
                                                or k > i and inner_hyphen(doc[k])
                                                and (is_proper(doc[k + 1]) or given_syllable(doc[k + 1]))
                                                or given_syllable(doc[k]) and k >= i + 3):
        k += 1  # (through the hyphen inside a name: 'Jean-Baptiste Moreau', 'Kim Soo-jin')
    run = list(doc[i:k])
    if run and inner_hyphen(run[-1]):
        run.pop()
    if not run or not (is_proper(run[-1]) or given_syllable(run[-1])):
        return []
    if k + 1 < len(doc) and doc[k].lower_ in lx.COORDINATORS and joined < _MAX_JOINED:
        after = proper_run_right(doc, k + 1, joined + 1)
        if after:
            return run + [doc[k]] + after
    if k + 1 < len(doc) and doc[k].lower_ == "of" and names_a_body(run[-1]):
        after = proper_run_right(doc, k + 1, joined)  # 'the Bank of Canada', 'the University of Toronto'
        if after:
            return run + [doc[k]] + after
    return run


def _np_left(doc: Doc, j: int) -> Optional[list[Token]]:
    """A common noun phrase ending at ``j``: 'a senior U.S. defense official'."""
    k = j
    while k >= 0 and j - k < _MAX_NP:
        t = doc[k]
        if t.is_punct and t.text != "." and not inner_hyphen(t) or t.is_quote or t.lower_ in lx.VERB_FORMS and k != j:
            k += 1
            break
        if t.lower_ in lx.INDEFINITE or t.lower_ in lx.DEFINITE:
            break
        if has_tags(doc) and t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") and k != j:
            k += 1
            break
        k -= 1
    k = max(k, 0)
    while k < j and doc[k].is_punct:
        k += 1  # (a hyphen whose first word stopped the phrase: 'anti-[gas extraction method]')
    if k > j:
        return None
    toks = list(doc[k:j + 1])
    head = toks[-1]
    if has_tags(doc) and head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not has_tags(doc) and head.lower_.rstrip("s") not in lx.PERSON_NOUNS | lx.ORG_NOUNS:
        return None
    return _with_role_before(toks)


_ROLE_PREPS = frozenset({"for", "of", "at", "with"})
_TITLE_WORDS = frozenset(t.rstrip(".") for t in lx.TITLES)


def _with_role_before(toks: list[Token]) -> list[Token]:
    """Without tags: a phrase with the noun of people it is the object of before it ('a spokesperson
    for' the European Commission, 'the head of' the union): the person speaks, not the body."""
    doc = toks[0].doc
    k = toks[0].i
    if has_tags(doc) or k < 2 or doc[k - 1].lower_ not in _ROLE_PREPS \
            or doc[k - 2].lower_.rstrip("s") not in lx.PERSON_NOUNS:
        return toks
    role = _np_left(doc, k - 2)
    return role + [doc[k - 1]] + toks if role else toks


def _role_and_name_after(doc: Doc, i: int) -> list[Token]:
    """'Millbrook [councillor Dave Hughes]', 'Cruz [campaign spokesman Rick Tyler]': the role
    nouns and the name that go on a phrase begun by a name, else nothing."""
    k = i
    while k < len(doc) and k - i < _MAX_ROLE_WORDS and doc[k].is_lower and doc[k].lower_ in _ROLE_NOUNS:
        k += 1
    if k == i or doc[k - 1].lower_ in lx.ORG_NOUNS:
        return []
    name = proper_run_right(doc, k)
    return list(doc[i:k]) + name if name else []


def _np_right(doc: Doc, i: int, owned: bool = False) -> Optional[list[Token]]:
    if i >= len(doc):
        return None
    tok = doc[i]
    if is_pronoun(tok):
        return [tok]
    run = proper_run_right(doc, i)
    if run:
        k = run[-1].i + 1
        if not owned and k + 1 < len(doc) and is_possessive(doc[k]) and doc[k + 1].text[:1].isupper():
            # 'asked Tenants' Union organiser Liam Walsh': the owner's person (one owner, not a chain)
            person = _np_right(doc, k + 1, owned=True)
            if person and not is_pronoun(person[0]):
                return run + [doc[k]] + person
        return run + _role_and_name_after(doc, k)
    k = i
    while k < len(doc) and k - i < _MAX_NP and not (doc[k].is_punct or doc[k].is_quote) \
            and not (has_tags(doc) and doc[k].pos_ in ("VERB", "AUX", "ADP", "SCONJ") and k > i):
        k += 1
    toks = list(doc[i:k])
    if not toks:
        return None
    if has_parse(doc):
        head = next((t for t in toks if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return None
        while head.head.i != head.i and i <= head.head.i < k and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        return subject_tokens(head)
    if tok.lower_ == "the" and (body := proper_run_right(doc, i + 1)) \
            and (body[-1].i == k - 1 or doc[body[-1].i + 1].lower_ in _AFTER_NAME) \
            and not any(t.lower_ in lx.FIRST_NAMES for t in body):
        return toks[:body[-1].i + 1 - i]  # 'said the Bank of Canada (in a statement)': a name, with its article
    if toks[-1].lower_.rstrip("s") in lx.PERSON_NOUNS | lx.ORG_NOUNS:
        name = proper_run_right(doc, k + 1) if k < len(doc) and doc[k].text == "," else []
        after = name[-1].i + 1 if name else len(doc)
        if name and (after == len(doc) or doc[after].is_punct):
            return toks + [doc[k]] + name  # 'said the chancellor, Philip Hammond.'
        return toks
    return toks if _titled_name(toks) else None


def _titled_name(toks: list[Token]) -> bool:
    """Untagged 'crane operator Sam Whitfield': a name after the noun that describes it."""
    first = next((n for n, t in enumerate(toks) if is_proper(t)), None)
    return first is not None and first > 0 and all(is_proper(t) for t in toks[first:]) \
        and toks[first - 1].is_lower and toks[first - 1].lower_ in lx.PERSON_NOUNS
