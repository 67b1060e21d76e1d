"""Reported (indirect) speech: the content a reporting clause reports.

'Panetta said [he hoped to talk to Chinese defense officials]',
'[The United States wants a stable relationship], the official said',
'According to the Pentagon, [the talks will resume]'. With a parse the
content is the cue's clausal complement, or what a stance verb acts on
('accused [Trump of lying]', 'called for [a prosecutor]'); a cue that
interrupts its content reports two pieces ('[The closures], he said, [have
…]'). Without a parse, the rest of the sentence after the cue, or the
sentence before a trailing ', X said'. ``unattributed`` finds claims the
text makes without a source ('Clinton [appeared] to waver').
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import replace
from typing import Optional

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..text.tags import is_verb_tag
from .cues import Clause, cue_lemma, of_saying, outer_report, poll_clause
from .tokens import has_parse, has_tags, hyphen_joined, is_proper

_COMPLEMENTS = ("ccomp", "xcomp")
_MAX_TOKENS = 120
_TRIM = set(",.;:!?-\u2014\u2013")


def content(doc: Doc, clause: Clause, quoted: set[int]) -> list[tuple[int, int]]:
    """Token ranges [start, end) of what ``clause`` reports, in order: one, or more when the
    clause interrupts its content ('[The closures], he said, [have involved public courses]',
    '[which] he said [was not a prison sentence]'); none when it reports nothing.

    A content made only of quoted tokens is a direct quote, not reported speech.
    """
    verb = doc[clause.verb]
    if clause.cue.text[:1] in ("\u2014", "\u2013", "-", ":"):
        return []  # a dash or colon names the source of a direct quote
    if clause.quote_only:
        return []  # 'Those were the words of Jane Doe' points back to a quote, and reports nothing
    polled = poll_clause(verb) if verb.lower_ == "in" else None
    if polled is not None:
        found = _read_in_poll(verb, polled)
    elif verb.lower_ in ("according", "in"):
        found = _around_according(doc, clause)
    elif has_parse(doc) and verb.pos_ == "NOUN":
        found = [_noun_content(verb)]
    elif has_parse(doc):
        if clause.subject[0].i > verb.i and questioned(verb):  # 'Asked [whether …], Rubio gave an answer':
            clause = replace(clause, first=verb.i, last=verb.i)  # the question lies between cue and subject
        outside = [c for c in verb.children if not (clause.first <= c.i <= clause.last)]
        around = _clauses_around(verb, outside)
        found = [_fronted_piece(verb, around), _complement(verb, outside, around)]
        if found[1] is None:
            found = _relative(verb, clause) or _interrupted(verb, clause) or [_patient(verb, clause)]
    else:
        found = [_rest_of_sentence(doc, clause)]
    if has_parse(doc):
        found = [_before_next_report(verb, piece) if piece is not None else None for piece in found]
    found = [_past_colon(doc, piece, clause.first, quoted) if piece is not None and piece[1] <= clause.first
             else piece for piece in found]
    pieces = [part for piece in found if piece is not None for part in _around_clause(piece, clause)]
    wh = clause.first > 0 and doc[clause.first - 1].lower_ in _WH_OBJECTS  # '[which] he said [was …]'
    return _kept(doc, pieces, quoted, lone=(clause.first - 1, clause.first) if wh else None)


def _around_clause(piece: tuple[int, int], clause: Clause) -> list[tuple[int, int]]:
    """A content never holds its own cue and source: a complement whose subject the parse hung
    before them is two pieces ('…, [which] he believes [will make it impossible to win]'; the
    relative word alone is a piece)."""
    start, end = piece
    if start < clause.first and clause.last < end - 1:
        return [(start, clause.first), (clause.last + 1, end)]
    return [piece]


def _past_colon(doc: Doc, piece: tuple[int, int], cue: int, quoted: set[int]) -> Optional[tuple[int, int]]:
    """A content before its cue (the clause's first token ``cue``) starts after the last colon or
    semicolon in it, outside quote marks: the source vouches for the clause next to it ('The tax has
    not made the U.K. less attractive: [London was the financial capital of the world], according to
    one index'); not before a list ('the three closest to her: Cheryl Mills, Jake Sullivan and Huma
    Abedin'), where the tags show no verb after it. A clause that a colon or semicolon parts from the
    cue is no content of it ('The race is lopsided: Clinton is backed by 520 superdelegates')."""
    start, end = piece
    if any(doc[i].text in (":", ";") and i not in quoted for i in range(end, cue)):
        return None
    for i in range(end - 2, start - 1, -1):
        if doc[i].text in (":", ";") and i not in quoted:
            if has_tags(doc) and not any(is_verb_tag(t.tag_) for t in doc[i + 1:end]):
                return piece
            return i + 1, end
    return piece


def _before_next_report(verb: Token, piece: tuple[int, int]) -> tuple[int, int]:
    """A content ends before a second report its source makes, which the parse hung inside it
    ('He said [that he was focused on the platform] and noted that …': ``cues.outer_report``)."""
    start, end = piece
    doc = verb.doc
    for t in doc[max(start, verb.i + 1):end]:
        outer = outer_report(t) if t.dep_ == "conj" else None
        if outer is not None and outer.i == verb.i:
            cut = t.i - 1
            return start, cut - 1 if cut - 1 > start and doc[cut - 1].text == "," else cut
    return piece


def topic(doc: Doc, clause: Clause, quoted: set[int]) -> list[tuple[int, int]]:
    """What a cue that introduces a direct quote says it is about: '"…," he said
    [of the council's support]'."""
    verb = doc[clause.verb]
    if not has_parse(doc) or verb.lower_ in ("according", "in"):
        return []
    outside = [c for c in verb.children if c.i > verb.i and not (clause.first <= c.i <= clause.last)]
    found = _prep_object(verb, cue_lemma(verb), outside)
    return _kept(doc, [(found.left_edge.i, _before_aside(found))] if found is not None else [], quoted)


def _kept(doc: Doc, found: list[tuple[int, int]], quoted: set[int],
          lone: Optional[tuple[int, int]] = None) -> list[tuple[int, int]]:
    """The pieces worth reporting: trimmed, of a sensible length (the one word ``lone`` too), not all quoted."""
    out: list[tuple[int, int]] = []
    for piece in found:
        start, end = _trim(doc, *piece)
        if end <= start or end - start > _MAX_TOKENS or end - start < 2 and not (
                (start, end) == lone or _lone_participant(doc[start]) or _before_interruption(doc[start])):
            continue
        inside = [i for i in range(start, end) if not doc[i].is_punct]
        if inside and not all(i in quoted for i in inside):
            out.append((start, end))
    return out


def _before_interruption(tok: Token) -> bool:
    """A one-word first piece of a content its cue interrupts is still a piece of it ('[Instead], she
    said, [her boss told her …]', '[Trump], Sexton said, [has created …]'): the word and its comma
    stand right before the cue's parenthetical phrase (not a relative 'when' the content hangs on)."""
    doc = tok.doc
    if not has_parse(doc) or tok.is_punct or tok.tag_ == "WRB" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    return any(c.dep_ == "parataxis" and c.left_edge.i == tok.i + 1 for c in tok.head.children)


def _lone_participant(tok: Token) -> bool:
    """A one-word content that is still a report: 'endorsed [Trump]', 'attacked [him]'."""
    return tok.dep_ in ("dobj", "pobj") and (tok.pos_ == "PROPN" or tok.lower_ in ("him", "her", "them")
                                              or tok.lower_ in _WH_OBJECTS)


def unattributed(doc: Doc, quoted: set[int]) -> list[tuple[Token, list[tuple[int, int]]]]:
    """Claims a text makes without a source: 'Clinton [seemed] to waver', 'it
    [appears] that …', 'the bill [is expected] to pass'. Each cue word with the
    pieces it presents: its subject and its complement (needs a parse)."""
    if not has_parse(doc):
        return []
    out: list[tuple[Token, list[tuple[int, int]]]] = []
    for verb in doc:
        if verb.lower_ in lx.HEARSAY_ADVERBS and verb.i not in quoted:
            pieces = _around_hearsay(verb)
            if pieces:
                out.append((verb, pieces))
            continue
        if verb.i in quoted or verb.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in lx.REPORT_NOUNS \
                and not any(c.dep_ == "poss" for c in verb.children):
            piece = _noun_content(verb)
            if piece is not None:
                out.append((verb, [piece]))
            continue
        lemma = cue_lemma(verb)
        passive = lemma in lx.PASSIVE_CUES and agentless_passive(verb)
        if lemma not in lx.RAISING_CUES and not passive:
            continue
        pieces = _subject_and_claim(verb, passive)
        pieces = [p for p in pieces if not all(i in quoted or doc[i].is_punct for i in range(*p))]
        if pieces:
            out.append((verb, pieces))
    return out


_CLAIMS = ("xcomp", "oprd", "acomp", "ccomp", "advcl")
_EXPLETIVES = frozenset({"it", "there"})


def questioned(verb: Token) -> bool:
    """'Asked whether he would fire a speechwriter, Priebus said …', '… she said when asked about
    [her weaknesses]', 'he was asked about [it]': a participle of asking with no subject of its own,
    or a passive with no 'by', reports a question an unnamed asker put, not the subject's words
    (needs a parse). The tagger takes a sentence's opening 'Asked' for a past tense at times: an
    adverbial clause's verb with no subject is the participle whatever its tag."""
    if not has_parse(verb.doc) or verb.tag_ not in ("VBN", "VBD") or cue_lemma(verb) not in lx.QUESTIONING_CUES \
            or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # 'when he was asked about [the former first lady]'
    return verb.dep_ == "advcl" and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)


def agentless_passive(verb: Token) -> bool:
    """'was favored', 'is expected': a passive with no 'by' agent names no source; not one whose
    subject holds the views ('Republican senators are split on whether …', lexicon.DIVIDED_CUES)."""
    return has_parse(verb.doc) and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children) and cue_lemma(verb) not in lx.DIVIDED_CUES


def passive_subject(verb: Token, content_start: int) -> Optional[tuple[int, int]]:
    """'[Cruz] was favored [to win]': the subject of a passive cue with no 'by' agent is
    the first piece of what it presents, when the content found follows the cue. None
    for an expletive ('it was reported that …') or a subject inside the content."""
    if content_start <= verb.i or not agentless_passive(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or subj.lower_ in _EXPLETIVES:
        return None
    return _piece(subj)


def _subject_and_claim(verb: Token, passive: bool) -> list[tuple[int, int]]:
    """'[Clinton] appeared [to assuage concerns]', 'it seems [that …]', '[He] is seen [as weak]'."""
    after = [c for c in verb.children if c.i > verb.i]
    claim = next((c for c in after if c.dep_ in _CLAIMS and (not passive or _passive_claim(c))), None)
    if claim is None:
        prep = next((c for c in after if c.dep_ == "prep" and c.lower_ in ("like", "as")), None)
        claim = prep if prep is not None and any(o.dep_ in ("pobj", "pcomp") for o in prep.children) else None
    if claim is None:
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    right = (claim.left_edge.i, _before_aside(claim))
    if subj is None:
        return []
    if subj.lower_ in _EXPLETIVES and claim.dep_ in ("ccomp", "advcl", "oprd", "acomp", "prep"):
        return [right]  # 'it seems [that …]': an expletive subject is no part of the claim
    return [_piece(subj), _trim(verb.doc, *right)]


def _around_hearsay(adverb: Token) -> list[tuple[int, int]]:
    """'[The Club for Growth is] reportedly [spending $1.5 million on ads]', 'with [Michael Bloomberg]
    reportedly [considering a run]': the clause a hearsay adverb sits in, in two pieces around it."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.i <= adverb.i or cue_lemma(verb) in lx.CUE_CLASS:
        return []  # (not a report's own verb: 'Smith reportedly told aides that …' is Smith's report)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < adverb.i), None)
    if subj is None and verb.dep_ == "acl" and verb.head.i < adverb.i:
        subj = verb.head  # ('with [Bloomberg] reportedly [considering a run]': the noun it tells of)
    if subj is None or subj.lower_ in lx.RELATIVE_PRONOUNS:
        return []  # (not 'the manager, [who] allegedly [assaulted a reporter]')
    left = (subj.left_edge.i, adverb.i)
    right = _trim(adverb.doc, adverb.i + 1, _before_aside(verb))
    return [left, right] if right[1] > right[0] else []


def _piece(tok: Token) -> tuple[int, int]:
    """The words ``tok`` heads, trimmed: a subject as a piece of what is presented."""
    return _trim(tok.doc, tok.left_edge.i, tok.right_edge.i + 1)


def _patient(verb: Token, clause: Clause) -> Optional[tuple[int, int]]:
    """What a passive cue with a 'by' source reports: its subject ('[The plan] was
    praised by …'), or the noun it describes ('[the country] described by the president')."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is not None:
        return subj.left_edge.i, subj.right_edge.i + 1
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head.left_edge.i, verb.left_edge.i
    return None


def _noun_content(noun: Token) -> Optional[tuple[int, int]]:
    """What a report noun reports: its 'that' clause or 'to'-infinitive ('claim [that
    he can win]', 'decision [to withdraw]') or its object ('criticism [of the plan]')."""
    for c in noun.children:
        if c.i > noun.i and c.dep_ in ("acl", "ccomp", "relcl") and \
                (c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark" or c.left_edge.lower_ == "to"):
            return c.left_edge.i, _before_aside(c)
        if c.i > noun.i and c.dep_ == "prep" and c.lower_ in lx.NOUN_PREPS:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj.left_edge.i, _before_aside(obj)
    return None


def _passive_claim(c: Token) -> bool:
    """What a passive cue presents as claimed: 'is expected [to pass]', 'is deemed
    [classified]'; not 'is seen [walking]' (perception) or a following clause."""
    if c.dep_ == "xcomp":
        return any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    return c.dep_ in ("oprd", "acomp") and c.head.lemma_ in ("consider", "deem")


def _interrupted(verb: Token, clause: Clause) -> list[Optional[tuple[int, int]]]:
    """A parenthetical cue ('…, he said, …' or '…, he said.'): the parser hangs it on
    the clause it reports. The content is that clause without the cue's phrase."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i == verb.i:
        return []
    lo, hi = verb.left_edge.i, verb.right_edge.i
    left = (_skip_openers(verb.doc, head.left_edge.i, lo), lo) if head.left_edge.i < lo else None
    right = (hi + 1, _before_aside(head) if head.i > hi else head.right_edge.i + 1) \
        if head.right_edge.i > hi else None
    return [left, right]


def _skip_openers(doc: Doc, start: int, end: int) -> int:
    """Past a conjunction or sentence adverb that opens the sentence, not the report ('But', 'Still,')."""
    while start < end - 1 and (doc[start].dep_ == "cc" or doc[start].dep_ == "advmod" and doc[start + 1].text == ","):
        start += 1
    return start


def _complement(verb: Token, outside: list[Token], around: tuple[Optional[Token], Optional[Token]]
                ) -> Optional[tuple[int, int]]:
    """The reported clause: a clausal complement ('said [he would go]'), a
    'to'-infinitive with its object ('asked [the court to block it]'), an
    object for verbs that report one ('promised [immigration reform]', 'accused
    [Trump of lying]'), or a prepositional object ('called for [a prosecutor]').
    ``outside``: the verb's children outside its clause; ``around``: ``_clauses_around`` them."""
    lemma = cue_lemma(verb)
    if lemma in lx.QUOTE_ONLY_CUES:
        return None
    # a clause after the verb is what it reports, though the parse hung a clause before it on the
    # verb too ('… and he was so fired up he said [she should call Compaq]', '…; 46 percent said [they …]')
    before, comp = around
    comp = comp or before
    if comp is None and verb.pos_ == "ADJ" and verb.dep_ == "acomp":
        # ('Ridley was adamant [the ball struck his chest]': the parse hangs the clause on the copula)
        comp = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if comp is not None:
        if comp.i < verb.i:
            return comp.left_edge.i, comp.right_edge.i + 1  # '[…], the official said'
        return comp.left_edge.i, _before_aside(_last_of_run(comp, outside))
    after = [c for c in outside if c.i > verb.i]
    that = _complementizer_in_phrase(after)
    if that is not None:
        return that.i, _before_aside(that.head)
    adjective = verb.lower_ in lx.ATTITUDE_ADJECTIVES and verb.pos_ == "ADJ"
    xcomp = next((c for c in after if c.dep_ == "xcomp"), None) if lemma in lx.XCOMP_CUES or adjective else None
    obj = next((c for c in after if c.dep_ in ("dobj", "oprd")), None)
    prep = _prep_object(verb, lemma, [c for c in verb.children if c.i > verb.i])  # 'pointed to' ends the cue
    if xcomp is not None:
        start = xcomp.left_edge.i
        for lead in (obj, prep):  # 'urged [them to vote]', 'called on [Obama to act]'
            if lead is not None and lead.i < xcomp.i:
                start = min(start, lead.left_edge.i)
        return start, _before_aside(xcomp)
    if obj is not None and lemma in lx.OBJECT_CUES:
        end = _before_aside(obj)
        for c in after:  # 'accused [Trump of lying]', 'attacked [her as a fraud]'
            if c.i > obj.i and c.dep_ in _OBJECT_TAILS and c.i == end:
                end = _before_aside(c)
        return obj.left_edge.i, _before_setting(obj, end)
    predicate = _naming_predicate(obj, after) if obj is not None and lemma in lx.NAMING_CUES else None
    if predicate is not None:
        return obj.left_edge.i, _before_aside(predicate)  # 'called [the actions lawful]'
    if prep is not None:
        end = _before_aside(prep)
        tail = next((c for c in after if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == end
                     and c.left_edge.lower_ == "to"), None) if prep.head.lower_ == "for" else None
        # ('called for [the coalition to act]', parsed as 'called for [the coalition]' and 'to act')
        return prep.left_edge.i, _before_aside(tail) if tail is not None else _before_setting(prep, end)
    return None


def _naming_predicate(obj: Token, after: list[Token]) -> Optional[Token]:
    """What a naming cue's object is said to be: the verb's predicate after the object ('called the
    actions [lawful]'), or a noun in apposition to the object with no comma between ('called her son
    [her hero]', which the parse reads as one noun phrase); a description after a comma is none."""
    predicate = next((c for c in after if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > obj.i), None) \
        or next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i
                 and not any(t.text == "," for t in obj.doc[obj.i + 1:c.left_edge.i])), None)
    return predicate if predicate is not None and _characterizes(predicate) else None


def _characterizes(predicate: Token) -> bool:
    """An adjective or common noun says what a thing is ('[lawful]', '[her hero]'); a name only
    names it ('Tokyo calls the islands [the Senkaku]'), a pronoun stresses who ('calling major
    fundraisers [himself]'), and a verb is no predicate of the object."""
    return predicate.tag_.startswith("JJ") or predicate.tag_ in ("NN", "NNS")


def _before_setting(head: Token, end: int) -> int:
    """Where a reported thing (a noun phrase) ends once the phrases that end it and say where or
    when it was said are left out: 'praised [Obama's presidency] in an interview', 'mocked [Trump]
    on Twitter', 'announced [his endorsement of Cruz] on Sunday', 'attacked [Clinton] at a rally in
    Ohio'. The parse hangs them on the noun; they are the verb's. Not a phrase of the thing itself
    ('denied [any role in the scandal]')."""
    doc = head.doc
    while True:
        last = next((t for t in doc[head.i + 1:end] if t.dep_ == "prep" and t.lower_ in lx.SETTING_PREPOSITIONS
                     and _ends(doc, t.right_edge.i + 1, end) and _is_setting(t)
                     and not _in_clause(t, head)), None)
        if last is None:
            return end
        end = last.i


def _in_clause(tok: Token, head: Token) -> bool:
    """A verb stands between ``tok`` and ``head``: the phrase is a clause's inside the thing reported
    ('accused [China of hacking computers in recent years]', 'the strategy Obama trumpeted on Sunday')."""
    return any(a.tag_.startswith("VB") for a in tok.ancestors if a.i != head.i and head.is_ancestor(a))


def _is_setting(prep: Token) -> bool:
    """'in an interview', 'on Twitter', 'at a press conference in Hanahan', 'on Sunday night', 'in
    2012'; not 'in the 2016 race', 'participants in the meeting', 'examples in political speech'."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None:
        return False
    if noun.lower_ in lx.SETTING_TIMES or _a_year(noun):
        return True
    determined = noun.tag_ == "NNP" or any(c.dep_ in ("det", "poss") for c in noun.children)
    return noun.lower_ in lx.SAYING_SETTINGS and determined


def _a_year(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _fronted_piece(verb: Token, around: tuple[Optional[Token], Optional[Token]]) -> Optional[tuple[int, int]]:
    """The first piece of a content the cue interrupts, when the parse hung both on it as clauses
    (``around``, ``_clauses_around``'s): '[It makes a difference], he said, [that they came]', set off by a
    comma (not a clause the parse ran into the cue's sentence: '… fired up he said [she should call]')."""
    before, after = around
    if before is None or after is None or cue_lemma(verb) in lx.QUOTE_ONLY_CUES:
        return None
    end = before.right_edge.i + 1
    if end >= len(verb.doc) or verb.doc[end].text != ",":
        return None
    return before.left_edge.i, end


def _last_of_run(comp: Token, outside: list[Token]) -> Token:
    """The last of the clausal complements that run on from ``comp`` with nothing between: one
    clause the parse split in two at a contraction ('told me [he’s] [had a tragedy-free life]')."""
    for c in outside:
        last = comp.doc[comp.right_edge.i]  # (not '[won a pay rise], its first in years', nor '[A], and B said')
        if c.dep_ == "ccomp" and c.i > comp.i and c.left_edge.i == last.i + 1 and not last.is_punct \
                and last.dep_ != "cc":
            comp = c
    return comp


def _clauses_around(verb: Token, outside: list[Token]) -> tuple[Optional[Token], Optional[Token]]:
    """The first clausal complement the parse hung on ``verb`` before it, and the first after it."""
    comps = [c for c in outside if c.dep_ == "ccomp"]
    return next((c for c in comps if c.i < verb.i), None), next((c for c in comps if c.i > verb.i), None)


def _complementizer_in_phrase(after: list[Token]) -> Optional[Token]:
    """'said in one of a series of interviews [that the truck was carrying arms]': a 'that'
    clause the parse hung on the noun of a phrase after the cue, as a relative clause,
    though 'that' opens it as a complementizer ('mark'), not as a relative pronoun, and
    the noun takes no content of its own ('the fact that …', 'reports that …'), or the phrase
    says how it was said ('claiming without any evidence [that Obama wanted …]')."""
    for phrase in after:
        if phrase.dep_ != "prep":
            continue
        for t in phrase.subtree:
            if t.lower_ == "that" and t.dep_ == "mark" and t.head.dep_ in ("relcl", "acl") and t.head.i > t.i \
                    and (t.head.head.lemma_.lower() not in lx.CONTENT_NOUNS or phrase.lower_ in ("with", "without")):
                return t
    return None


_WH_OBJECTS = frozenset({"which", "that", "what", "whom", "who"})


def _relative(verb: Token, clause: Clause) -> list[Optional[tuple[int, int]]]:
    """'…, [which] he described [as “an open orchid”]': a relative or 'what' object
    stands for what is reported, and the rest of the cue's phrase says what of it."""
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in _WH_OBJECTS), None)
    if rel is None or clause.first <= rel.i <= clause.last:
        return []
    rest = [c for c in verb.children if c.i > clause.last and c.dep_ in ("prep", "oprd", "xcomp", "ccomp", "acomp")]
    named = [c for c in verb.children if c.i > clause.last and c.dep_ in ("dobj", "oprd", "xcomp", "ccomp")]
    if cue_lemma(verb) in lx.NAMING_CUES and named and all(c.tag_ in ("NNP", "NNPS") for c in named):
        return []  # ('islands [which] Tokyo calls the Senkaku': a name only names)
    pieces: list[Optional[tuple[int, int]]] = [(rel.i, rel.i + 1)]
    if rest:
        pieces.append((rest[0].left_edge.i, _before_aside(rest[-1])))
    return pieces


def _prep_object(verb: Token, lemma: str, after: list[Token]) -> Optional[Token]:
    """'called for [X]', 'spoke about [X]': the object of the cue's preposition,
    or the clause a 'for' introduces ('called for [candidates to lay out plans]')."""
    preps = lx.ADJECTIVE_PREPS if verb.pos_ == "ADJ" else lx.PREP_CUES.get(lemma, ())
    for c in after:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):  # not 'spoke on [Monday]'
                return obj
        if c.dep_ == "advcl" and c.left_edge.lower_ in preps and c.left_edge.dep_ == "mark":
            return c
    return None


# What runs on after an object cue's object: 'accused [Trump of lying]',
# 'cited [remarks as examples]', 'described [an incident at a theater]'.
_OBJECT_TAILS = frozenset({"prep", "oprd", "xcomp", "dative"})

# A comma then one of these ends the content: an appositive, a non-restrictive
# relative clause, a participle or adverbial clause ('…, encouraging his supporters').
_ASIDES = frozenset({"appos", "relcl", "advcl", "acl"})


def _before_aside(comp: Token) -> int:
    """Where the content that ``comp`` heads ends: before a comma that opens an aside
    that runs to its end ('said [the tax would rise], a move that angered unions'). An
    aside the content goes on after is part of it ('says [its reporting found that the
    entities, which include trusts, are still his]'), and so is a name in apposition, which
    says who or where the noun before it is ('showed [Trump leading his closest rival, Mr. Cruz]',
    '[the attack on the consulate in Benghazi, Libya]')."""
    doc = comp.doc
    end = comp.right_edge.i + 1
    for i in range(comp.i + 1, end - 1):
        if doc[i].text != ",":
            continue
        nxt = doc[i + 1]
        opens = next((a for a in [nxt, *nxt.ancestors] if a.left_edge.i == nxt.i and a.dep_ in _ASIDES), None)
        if opens is not None and comp.i < opens.i and _ends(doc, opens.right_edge.i + 1, end) \
                and not (opens.dep_ == "appos" and is_proper(opens)):
            return i
    end = _past_conjunction(comp, end)
    while end < len(doc) and not doc[end - 1].whitespace_ and "-" in (doc[end - 1].text, doc[end].text):
        end += 1  # the whole of a hyphenated word the parse split ('a request for [e]-mails')
    return end


def _past_conjunction(comp: Token, end: int) -> int:
    """A content the parse ends on a coordinating conjunction goes on with what that joins, which the
    parse hung elsewhere ('talk about [the Southern border and how many Syrians can slip through]'),
    unless that is a report of its own: then it ends before the conjunction ('said [Clinton is
    honest], and three-quarters said the same of Sanders'; '[she had met him twice] but said …')."""
    doc = comp.doc
    if end >= len(doc) or end - 1 <= comp.i or doc[end - 1].dep_ != "cc":
        return end
    joined = doc[end]
    for a in joined.ancestors:
        if a.left_edge.i != doc[end].i:
            break
        joined = a
    if not (joined.tag_.startswith("VB") and cue_lemma(joined) in lx.CUE_CLASS):
        return max(end, joined.right_edge.i + 1)
    while end - 1 > comp.i and (doc[end - 1].dep_ == "cc" or doc[end - 1].text == ","):
        end -= 1
    return end


def _ends(doc: Doc, i: int, end: int) -> bool:
    """Nothing but punctuation between token ``i`` and ``end``."""
    return all(t.is_punct for t in doc[i:end])


def _sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Sentence around token ``i``, by punctuation and line breaks (works untagged)."""
    ends = _boundaries(doc)
    n = bisect.bisect_left(ends, i)
    lo = ends[n - 1] + 1 if n else 0
    hi = ends[n] if n < len(ends) else len(doc) - 1
    return lo, hi + 1


_ENDING_CHARS = re.compile(r"[.!?\n]")
_last_boundaries: tuple[Optional[weakref.ref], list[int]] = (None, [])  # the last Doc's, read and set whole


def _boundaries(doc: Doc) -> list[int]:
    """The tokens that end a sentence (``_boundary``), ascending, found once per Doc:
    walking from each cue to its sentence's ends is quadratic in text without them."""
    global _last_boundaries
    ref, ends = _last_boundaries
    if ref is not None and ref() is doc:
        return ends
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    found = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _ENDING_CHARS.finditer(doc.text)})
    ends = [t for t in found if t >= 0 and _boundary(doc[t])]
    _last_boundaries = (weakref.ref(doc), ends)
    return ends


def _boundary(tok: Token) -> bool:
    return (tok.is_punct and tok.text[-1:] in ".!?" and not tok.is_quote) or "\n" in tok.text_with_ws \
        or tok.is_space and "\n" in tok.text


_ARTICLES = frozenset({"a", "an", "the"})


def _subject_words(doc: Doc, first: int, verb: int) -> int:
    """The words before the cue, a word written with hyphens one word ('the San Francisco-based company'
    is three, as 'the company' is one), an article none."""
    return sum(1 for t in doc[first:verb] if not hyphen_joined(t) and t.lower_ not in _ARTICLES)


def _rest_of_sentence(doc: Doc, clause: Clause) -> Optional[tuple[int, int]]:
    """No parse: 'X said (that) CONTENT.' or 'CONTENT, X said.'"""
    lo, hi = _sentence_bounds(doc, clause.verb)
    after = clause.last + 1
    if after < hi and doc[after].lower_ == "that":
        return after, hi
    if after < hi - 1 and not doc[after].is_punct and _subject_words(doc, clause.first, clause.verb) <= 3:
        return after, hi
    if clause.first > lo and doc[clause.first - 1].text == "," and clause.last >= hi - 3:
        return lo, clause.first - 1
    return None


def _around_according(doc: Doc, clause: Clause) -> list[Optional[tuple[int, int]]]:
    """'According to X, CONTENT.', 'CONTENT, according to X.' or, around it,
    'CONTENT, according to X, CONTENT.' (two pieces)."""
    lo, hi = _sentence_bounds(doc, clause.verb)
    last = clause.last
    if has_parse(doc):  # past an appositive: 'according to Dennis Ross, a former envoy, …'
        last = max([last] + [t.right_edge.i for t in clause.subject if t.right_edge.i < hi])
        comma = doc[clause.verb].right_edge.i  # past the whole phrase up to its comma, whatever of it the source
        comma += doc[comma].text != "," and comma + 1 < hi and doc[comma + 1].text == ","  # holds ('According to
        if last < comma - 1 and comma < hi - 1 and doc[comma].text == ",":  # documents from Diane Blair, a friend
            last = comma - 1  # of hers, [the first lady …]', 'According to Fleming's book and other sources, […]')
    start = last + 1
    if start < hi and doc[start].text == ",":
        start += 1
    after = (start, hi) if start < hi else None
    if clause.first == lo or (clause.first > lo and doc[clause.first - 1].text != ","):
        return [after]
    resumes = doc[start - 1].text == ","  # 'A, according to X, B': B goes on with A's sentence
    before = (_past_frame(doc, clause, _skip_openers(doc, lo, clause.first - 1)), clause.first - 1)
    return [_past_own_report(doc, before), after if resumes else None]


def _past_own_report(doc: Doc, piece: tuple[int, int]) -> tuple[int, int]:
    """What 'according to X' after a report of someone else's vouches for: the last clause joined to it
    by a comma or 'and', a relative or a coordinated one ('Weaver says it's proof the candidate can still
    close the gap in delegates, [which stood at 263], according to the AP'; 'Clinton has praised Obama,
    and [won 77 percent of the black vote], according to exit polls'): the rest has its own source."""
    if not has_parse(doc):
        return piece
    start, end = piece
    own = next((t for t in doc[start:end] if t.tag_.startswith("VB") and of_saying(t)
                and any(c.dep_ in ("nsubj", "nsubjpass") and start <= c.i < end for c in t.children)), None)
    if own is None:
        return piece
    joined = [t for t in doc[own.i + 1:end] if t.dep_ in ("relcl", "conj") and t.tag_.startswith("VB")
              and _ends(doc, t.right_edge.i + 1, end) and doc[t.left_edge.i - 1].text in (",", "and")]
    return (max(t.left_edge.i for t in joined), end) if joined else piece


def _read_in_poll(prep: Token, head: Token) -> list[Optional[tuple[int, int]]]:
    """The clause ``head`` heads, which a poll's phrase modifies, up to the phrase ('[he has been leading]
    in the polls, …'; a relative's word is no part of it), or after it when it opens the clause ('In
    the poll, [Trump leads]'): what goes on after a phrase inside the clause is seldom the poll's ('… in
    the polls and is coping with a controversy')."""
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    while lo < prep.left_edge.i and prep.doc[lo].tag_ in ("WRB", "WDT"):
        lo += 1
    if lo < prep.left_edge.i:
        return [(lo, prep.left_edge.i)]
    return [(prep.right_edge.i + 1, hi)] if prep.right_edge.i + 1 < hi else []


def _past_frame(doc: Doc, clause: Clause, start: int) -> int:
    """Past a subordinate clause or phrase that sets the scene before the main
    clause ('[Although he was battered], he remains in a tight race, according to polls')."""
    if not has_parse(doc):
        return start
    head = doc[clause.verb].head
    for c in sorted(head.children, key=lambda t: t.i):
        if c.left_edge.i == start and c.dep_ in ("advcl", "prep") and c.right_edge.i + 2 < clause.first \
                and doc[c.right_edge.i + 1].text == ",":
            start = c.right_edge.i + 2
    return start


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_space or doc[start].text in _TRIM):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _TRIM):
        end -= 1
    return start, end
