"""Reported (indirect) speech: the content a reporting clause reports.

'Panetta said [he hoped to talk to Chinese defense officials]',
'[The United States wants a stable relationship], the official said',
'According to the Pentagon, [the talks will resume]'. With a parse the
content is the cue's clausal complement; without one, the rest of the
sentence after the cue, or the sentence before a trailing ', X said'.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .cues import Clause
from .speakers import has_parse

_COMPLEMENTS = ("ccomp", "xcomp")
_MAX_TOKENS = 120
_TRIM = set(",.;:!?-\u2014\u2013")


def content(doc: Doc, clause: Clause, quoted: set[int]) -> Optional[tuple[int, int]]:
    """Token range [start, end) of what ``clause`` reports, or None.

    A content made only of quoted tokens is a direct quote, not reported speech.
    """
    verb = doc[clause.verb]
    if clause.cue.text[:1] in ("\u2014", "\u2013", "-", ":"):
        return None  # a dash or colon names the source of a direct quote
    if verb.lower_ in ("according", "in"):
        found = _around_according(doc, clause)
    elif has_parse(doc):
        found = _complement(verb, clause)
    else:
        found = _rest_of_sentence(doc, clause)
    if found is None:
        return None
    start, end = _trim(doc, *found)
    if end - start < 2 or end - start > _MAX_TOKENS:
        return None
    inside = [i for i in range(start, end) if not doc[i].is_punct]
    if not inside or all(i in quoted for i in inside):
        return None
    return start, end


def _complement(verb: Token, clause: Clause) -> Optional[tuple[int, int]]:
    """The reported clause: a clausal complement ('said [he would go]'), or an
    object for verbs that report one ('promised [immigration reform]'). After
    the verb it runs to the end of the verb's phrase, coordinated clauses included."""
    lemma = verb.lemma_.lower()
    if lemma in lx.QUOTE_ONLY_CUES:
        return None
    outside = [c for c in verb.children if not (clause.first <= c.i <= clause.last)]
    comp = next((c for c in outside if c.dep_ == "ccomp"), None)
    if comp is None:
        comp = next((c for c in outside if c.dep_ == "xcomp" and lemma in lx.XCOMP_CUES), None)
    if comp is None and lemma in lx.OBJECT_CUES:
        comp = next((c for c in outside if c.dep_ in ("dobj", "oprd") and c.i > verb.i), None)
    if comp is None:
        return None
    if comp.i < verb.i:
        return comp.left_edge.i, comp.right_edge.i + 1  # '[…], the official said'
    return comp.left_edge.i, _before_aside(comp)


# A comma then one of these ends the content: an appositive, a non-restrictive
# relative clause, a participle or adverbial clause ('…, encouraging his supporters').
_ASIDES = frozenset({"appos", "relcl", "advcl", "acl"})


def _before_aside(comp: Token) -> int:
    """Where the content that ``comp`` heads ends: before a comma that opens an aside."""
    doc = comp.doc
    end = comp.right_edge.i + 1
    for i in range(comp.i + 1, end - 1):
        if doc[i].text != ",":
            continue
        nxt = doc[i + 1]
        opens = next((a for a in [nxt, *nxt.ancestors] if a.left_edge.i == nxt.i and a.dep_ in _ASIDES), None)
        if opens is not None and comp.i < opens.i:
            return i
    return end


def _sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Sentence around token ``i``, by punctuation and line breaks (works untagged)."""
    lo = i
    while lo > 0 and not _boundary(doc[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(doc) and not _boundary(doc[hi]):
        hi += 1
    return lo, hi + 1


def _boundary(tok: Token) -> bool:
    return (tok.is_punct and tok.text[-1:] in ".!?" and not tok.is_quote) or "\n" in tok.text_with_ws \
        or tok.is_space and "\n" in tok.text


def _rest_of_sentence(doc: Doc, clause: Clause) -> Optional[tuple[int, int]]:
    """No parse: 'X said (that) CONTENT.' or 'CONTENT, X said.'"""
    lo, hi = _sentence_bounds(doc, clause.verb)
    after = clause.last + 1
    if after < hi and doc[after].lower_ == "that":
        return after, hi
    if after < hi - 1 and not doc[after].is_punct and clause.first >= clause.verb - 3:
        return after, hi
    if clause.first > lo and doc[clause.first - 1].text == "," and clause.last >= hi - 3:
        return lo, clause.first - 1
    return None


def _around_according(doc: Doc, clause: Clause) -> Optional[tuple[int, int]]:
    """'According to X, CONTENT.' or 'CONTENT, according to X.'"""
    lo, hi = _sentence_bounds(doc, clause.verb)
    if clause.first == lo or (clause.first > lo and doc[clause.first - 1].text != ","):
        start = clause.last + 1
        if start < hi and doc[start].text == ",":
            start += 1
        return (start, hi) if start < hi else None
    return lo, clause.first - 1


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_space or doc[start].text in _TRIM):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _TRIM):
        end -= 1
    return start, end
