"""A trained scorer for reported content: which (cue word, content span) pairs
in a parsed Doc are attributions.

The rules in ``reported`` know the reporting verbs of ``lexicon``. News also
attributes with stance and action verbs, light verbs and idioms ('took aim
at', 'made clear', 'has concerns about') that no word list covers. This
module proposes, for every verb, the spans its parse offers as content (its clausal complement, its object, what follows a
preposition, the clause it interrupts …) and scores each pair with a linear
model over parse features. The weights are data (``data/report_weights.json.gz``)
trained by ``training/train_report_scorer.py`` on PolNeAR dev; nothing here
needs scikit-learn.

Every function here needs a dependency parse.
"""

from __future__ import annotations

import bisect
import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..text.tags import PENN_TO_UPOS, is_verb_tag, noun_lemma

WEIGHTS = "report_weights.json.gz"
# The probability a new pair needs, and a rule's pair: set by 2-fold cross-validation
# over PolNeAR dev documents (training/README.md).
THRESHOLD = 0.3
RULE_THRESHOLD = 0.2

# Children that are never what a cue reports: its source, its auxiliaries, its modifiers.
_NOT_CONTENT = frozenset({
    "nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "punct", "det", "poss", "case", "cc", "mark",
    "compound", "amod", "nummod", "expl", "prt", "dep", "intj", "predet", "quantmod", "nmod", "appos",
    "preconj", "meta",
})
# Cue words the scorer proposes: verbs. Nouns, adjectives and adverbs as well
# find 0.003 more F1 in cross-validation for 2.8 times the candidates.
_CUE_POS = frozenset({"VERB", "AUX"})
_AUXILIARY = frozenset({"aux", "auxpass"})
_OPENERS = frozenset({"that", "to", "if", "whether", "what", "why", "how", "who", "when", "where", "as",
                      "for", "of", "about", "on", "with", "against", "like"})
_MAX_TOKENS = 120


@dataclass(frozen=True)
class Candidate:
    """A cue word and a span of tokens [start, end) it might report."""

    cue: int
    kind: str
    start: int
    end: int


class _View:
    """What the scorer reads of a Doc, read once: token attributes as lists, and
    prefix counts so that a span's features take constant time."""

    def __init__(self, doc: Doc, quoted: set[int]):
        self.doc = doc
        self.quoted = quoted
        toks = list(doc)
        self.pos = [_pos(t) for t in toks]
        self.dep = [t.dep_ for t in toks]
        self.lower = [t.lower_ for t in toks]
        self.head = [t.head.i for t in toks]
        self.left = [t.left_edge.i for t in toks]
        self.right = [t.right_edge.i for t in toks]
        self.edge = [t.is_punct or t.is_space for t in toks]  # trimmed from a span's ends
        self.sent_start = [0] * len(toks)
        self.sent_end = [0] * len(toks)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                self.sent_start[i], self.sent_end[i] = sent.start, sent.end
        self._words = _prefix(not t.is_punct for t in toks)
        self._quoted = _prefix(not t.is_punct and t.i in quoted for t in toks)
        self._verbs = _prefix(p in ("VERB", "AUX") for p in self.pos)
        self._reports = _prefix(p == "VERB" and w in lx.VERB_FORMS for p, w in zip(self.pos, self.lower))
        self._breaks = _prefix("\n" in t.text_with_ws for t in toks)

    def count(self, prefix: list[int], start: int, end: int) -> int:
        return prefix[end] - prefix[start]


def _prefix(flags: Iterable[bool]) -> list[int]:
    out = [0]
    for flag in flags:
        out.append(out[-1] + bool(flag))
    return out


def candidates(view: _View, rules: Optional[dict[tuple[int, int], int]] = None) -> list[Candidate]:
    """Every (cue word, content span) pair the parse offers, outside quotes, and
    the pairs the rules found (``rules`` maps a token span to its cue word)."""
    out: list[Candidate] = [Candidate(cue, "rule", start, end) for (start, end), cue in sorted((rules or {}).items())]
    taken = {(c.cue, c.start, c.end) for c in out}
    for i, pos in enumerate(view.pos):
        if pos not in _CUE_POS or i in view.quoted or view.edge[i] or view.dep[i] in _AUXILIARY:
            continue  # (an auxiliary is no cue: the verb it serves is, 'was [accused]')
        seen: set[tuple[int, int]] = set()
        for kind, start, end in _spans(view, i):
            if end - start < 1 or end - start > _MAX_TOKENS:
                continue
            start, end = _trim(view, start, end)
            if end <= start or start <= i < end:
                continue
            if (start, end) in seen or (i, start, end) in taken:
                continue
            seen.add((start, end))
            out.append(Candidate(i, kind, start, end))
    return out


def _trim(view: _View, start: int, end: int) -> tuple[int, int]:
    """Without the punctuation and spaces at either end."""
    while start < end and view.edge[start]:
        start += 1
    while end > start and view.edge[end - 1]:
        end -= 1
    return start, end


def _spans(view: _View, i: int) -> Iterable[tuple[str, int, int]]:
    """(kind, start, end) of what token ``i``'s parse offers as its content."""
    left, right = view.left, view.right
    for c in view.doc[i].children:
        dep = view.dep[c.i]
        if dep in _NOT_CONTENT:
            continue
        yield dep, left[c.i], right[c.i] + 1
        if dep in ("prep", "agent"):
            for g in c.children:
                if view.dep[g.i] in ("pobj", "pcomp"):
                    yield "prep>" + view.dep[g.i], left[g.i], right[g.i] + 1
        elif dep == "dobj":
            for g in c.children:
                if view.dep[g.i] == "prep":
                    for h in g.children:
                        if view.dep[h.i] in ("pobj", "pcomp"):
                            yield "dobj>prep", left[h.i], right[h.i] + 1
                elif view.dep[g.i] in ("acl", "relcl", "ccomp"):
                    yield "dobj>" + view.dep[g.i], left[g.i], right[g.i] + 1
    if right[i] > i:
        yield "right", i + 1, right[i] + 1
    head = view.head[i]
    if head != i:
        if left[head] < left[i]:
            yield "head-left", left[head], left[i]
        if right[head] > right[i]:
            yield "head-right", right[i] + 1, right[head] + 1
    if view.sent_start[i] < left[i]:
        yield "sent-left", view.sent_start[i], left[i]
    if right[i] + 1 < view.sent_end[i]:
        yield "sent-right", right[i] + 1, view.sent_end[i]


def cue_features(tok: Token) -> list[str]:
    """What the cue word brings: its lemma and lexicon class, its syntax, its source."""
    lemma = _lemma(tok)
    klass = lx.CUE_CLASS.get(lemma, "none")
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    pos = _pos(tok)
    feats = [f"l={lemma}", f"cls={klass}", f"p={pos}", f"t={tok.tag_}", f"d={tok.dep_}",
             f"hd={_pos(tok.head)}:{tok.head.dep_}", f"s={_source_kind(subj)}",
             f"s:{subj.dep_ if subj is not None else '-'}:cls={klass}"]
    src = _source_kind(subj).split(":")[0]
    feats += [f"s+cls={src} {klass}", f"s+p={src} {pos}", f"s+l={src} {lemma}"]
    before = tok.doc[tok.i - 1] if tok.i else None
    if before is not None and before.text in (",", "\u2014", "--", "(", "\u201d", '"'):
        feats.append(f"after={before.text}")
    for c in tok.children:
        if c.dep_ in ("prt", "neg", "auxpass", "agent", "ccomp", "xcomp", "dobj", "dative"):
            feats.append(f"ch={c.dep_}")
            feats.append(f"s+ch={src} {c.dep_}")
        if c.dep_ == "prt":
            feats.append(f"l+prt={lemma} {c.lower_}")
        elif c.dep_ in ("dobj", "acomp", "oprd"):
            feats.append(f"l+{c.dep_}={lemma} {_lemma(c)}")
        elif c.dep_ == "prep":
            feats.append(f"l+prep={lemma} {c.lower_}")
    return feats


def _source_kind(subj: Optional[Token]) -> str:
    if subj is None:
        return "none"
    word = subj.lower_
    if word in lx.PRONOUNS:
        return "pron:" + word
    if subj.tag_ in ("NNP", "NNPS"):
        return "propn"
    noun = _lemma(subj)
    if noun in lx.PERSON_NOUNS:
        return "person-noun"
    if noun in lx.ORG_NOUNS:
        return "org-noun"
    return _pos(subj).lower()


# Parts of speech and lemmas from the tagger's tags alone, as fast mode has them
# (tags.fill): the scorer reads the same features with or without the lemmatizer,
# the attribute ruler and NER.
def _pos(tok: Token) -> str:
    return PENN_TO_UPOS.get(tok.tag_, "X")


def _lemma(tok: Token) -> str:
    word = tok.lower_
    if is_verb_tag(tok.tag_):
        return lx.CUE_VERB_FORMS.get(word, word)
    if tok.tag_ in ("NNS", "NNPS"):
        return noun_lemma(word)
    return word


def span_features(view: _View, cand: Candidate) -> list[str]:
    """What the span brings: how it hangs on the cue, how long it is, how it opens."""
    start, end = cand.start, cand.end
    n = end - start
    first = view.lower[start]
    opener = first if first in _OPENERS else view.pos[start]
    words = view.count(view._words, start, end)
    quoted = view.count(view._quoted, start, end)
    size = "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else \
        "11-20" if n <= 20 else "21-40" if n <= 40 else "41+"
    verb = view.count(view._verbs, start, end) > 0
    para = view.count(view._breaks, start, end - 1) > 0
    side = "left" if end <= cand.cue else "right"
    k = cand.kind
    root = next((i for i in range(start, end) if not start <= view.head[i] < end or view.head[i] == i), start)
    shape = f"{view.dep[root]}:{view.pos[root]}"
    nested = view.count(view._reports, start, end) > 0
    return [f"k={k}", f"root={shape}", f"k+root={k} {shape}", f"nested={nested}",
            f"k+len={k} {size}", f"len={size}", f"open={opener}", f"k+open={k} {opener}",
            f"verb={verb}", f"k+verb={k} {verb}", f"quoted={0 if not quoted else 1 if quoted == words else 'part'}",
            f"side={side}", f"para={para}"]


def rule_features(cand: Candidate, rules: list[tuple[int, int]], rule_cues: set[int]) -> list[str]:
    """How the pair stands to what the rules found (``rules``: their spans, sorted):
    the same span, one like it, or the same cue."""
    if cand.kind == "rule":
        return ["rule=same"]
    return [f"rule={'near' if _near_rule(cand, rules) else 'none'}", f"rulecue={cand.cue in rule_cues}"]


def _rule_index(rules: Optional[dict[tuple[int, int], int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """The rules' reports (span -> cue) as ``rule_features`` reads them: spans sorted, and the cues."""
    rules = rules or {}
    return sorted(rules), set(rules.values())


def _near_rule(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    """Does a rule span (``spans``, sorted) overlap the pair's by half their union or more?
    Only one that starts at most twice the pair's length before its end can: the
    union is at most twice the overlap, which is at most the pair's length."""
    reach = 2 * (cand.end - cand.start)
    lo = bisect.bisect_left(spans, (cand.end - reach, -1))
    hi = bisect.bisect_left(spans, (cand.end, -1))
    return any(_token_iou(cand.start, cand.end, a, b) >= 0.5 for a, b in spans[lo:hi])


def _token_iou(a0: int, a1: int, b0: int, b1: int) -> float:
    inter = max(0, min(a1, b1) - max(a0, b0))
    return inter / (max(a1, b1) - min(a0, b0))


def features(view: _View, cand: Candidate, cue: list[str], rules: list[tuple[int, int]],
             rule_cues: set[int]) -> list[str]:
    """The features of one pair: the cue's, the span's, how the rules saw it, and
    the cue's and the rules' crossed with the span's kind."""
    span = span_features(view, cand)
    rule = rule_features(cand, rules, rule_cues)
    kind = span[0]
    return ["bias", *cue, *span, *rule, *[f"{c}|{kind}" for c in (*cue, *rule)]]


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The trained weights, from the package data."""
    with resources.files("quotex").joinpath("data", WEIGHTS).open("rb") as raw:
        with gzip.open(raw, "rt", encoding="utf-8") as f:
            return json.load(f)


def probability(feats: list[str], table: Optional[dict[str, float]] = None) -> float:
    table = table if table is not None else weights()
    return _sigmoid(sum(table.get(f, 0.0) for f in feats))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def scored(doc: Doc, quoted: set[int], rules: Optional[dict[tuple[int, int], int]] = None,
           table: Optional[dict[str, float]] = None) -> list[tuple[Candidate, float]]:
    """Every candidate with its probability of being an attribution: the same as
    ``probability(features(…))``, with the weights of a cue's features, and of
    those crossed with a span kind, summed once per cue and kind."""
    table = table if table is not None else weights()
    view = _View(doc, quoted)
    rule_spans, rule_cues = _rule_index(rules)
    bias = table.get("bias", 0.0)
    cue_sums: dict[tuple[int, str], float] = {}
    cue_feats: dict[int, list[str]] = {}
    out: list[tuple[Candidate, float]] = []
    for cand in candidates(view, rules):
        key = (cand.cue, cand.kind)
        kind = f"k={cand.kind}"
        part = cue_sums.get(key)
        if part is None:
            cue = cue_feats.get(cand.cue)
            if cue is None:
                cue = cue_feats[cand.cue] = cue_features(doc[cand.cue])
            part = cue_sums[key] = sum(table.get(f, 0.0) for f in cue) \
                + sum(table.get(f"{f}|{kind}", 0.0) for f in cue)
        rule = rule_features(cand, rule_spans, rule_cues)
        z = bias + part + sum(table.get(f, 0.0) for f in span_features(view, cand)) \
            + sum(table.get(f, 0.0) + table.get(f"{f}|{kind}", 0.0) for f in rule)
        out.append((cand, _sigmoid(z)))
    return out


def featurized(doc: Doc, quoted: set[int], rules: Optional[dict[tuple[int, int], int]] = None
               ) -> list[tuple[Candidate, list[str]]]:
    """Every candidate with its features."""
    view = _View(doc, quoted)
    rule_spans, rule_cues = _rule_index(rules)
    out: list[tuple[Candidate, list[str]]] = []
    cue_cache: dict[int, list[str]] = {}
    for cand in candidates(view, rules):
        cue = cue_cache.get(cand.cue)
        if cue is None:
            cue = cue_cache[cand.cue] = cue_features(doc[cand.cue])
        out.append((cand, features(view, cand, cue, rule_spans, rule_cues)))
    return out


def best(scored_pairs: list[tuple[Candidate, float]], protected: frozenset[tuple[int, int]] = frozenset()
         ) -> list[tuple[Candidate, float]]:
    """What to report: each rule span at ``RULE_THRESHOLD`` or above, and each one in
    ``protected`` (the report a mixed quote sits in, which the spec asks for
    whatever the score); then, for each cue with no rule span kept, its most
    likely other span at ``THRESHOLD`` or above, unless it overlaps one kept."""
    kept = [(c, p) for c, p in scored_pairs
            if c.kind == "rule" and (p >= RULE_THRESHOLD or (c.start, c.end) in protected)]
    ruled = {c.cue for c, _ in kept}
    top: dict[int, tuple[Candidate, float]] = {}
    for cand, p in scored_pairs:
        if cand.kind != "rule" and cand.cue not in ruled and p >= THRESHOLD \
                and (cand.cue not in top or p > top[cand.cue][1]):
            top[cand.cue] = (cand, p)
    for cand, p in sorted(top.values(), key=lambda cp: -cp[1]):
        if not any(cand.start < other.end and other.start < cand.end for other, _ in kept):
            kept.append((cand, p))
    return sorted(kept, key=lambda cp: (cp[0].start, cp[0].end))


def governed_object(doc: Doc, cand: Candidate) -> bool:
    """Whether ``cand`` is a phrase its cue verb governs after it as an object or an
    adjunct, not a clause: '"…," he told [the Times in February]', 'said on [Tuesday]'."""
    first = next((t for t in doc[cand.start:cand.end] if not t.is_punct), None)
    if first is None or cand.start <= cand.cue:
        return False
    top = first
    while top.head.i != cand.cue and cand.start <= top.head.i < cand.end and top.head.i != top.i:
        top = top.head
    if top.head.i == cand.cue:
        return top.dep_ in _OBJECTS
    return top.dep_ == "pobj" and top.head.head.i == cand.cue and top.head.i < cand.start


_OBJECTS = frozenset({"dobj", "dative", "npadvmod", "prep", "agent", "attr", "oprd"})


# Words between a verb and its content that belong to the cue: 'made [clear]
# that …', 'took [aim at] the plan', 'offered [a] [scathing] [critique of] …'.
_CUE_PARTS = frozenset({"prt", "acomp", "oprd", "dobj", "det", "amod", "neg"})
_MAX_CUE_WORDS = 5


def phrase(doc: Doc, cand: Candidate) -> tuple[int, int]:
    """The end of the cue's words and the start of the content, as token indices.

    A content that opens with the verb's own particle or adjective ('made
    [clear that …]') starts after it; the words from the verb to the content
    make the cue when they are all its light parts ('took aim at'), else the
    verb alone is the cue ('said on Tuesday that …' is cued by 'said')."""
    verb = cand.cue
    start = cand.start
    if start <= verb:
        return verb + 1, start
    while start < cand.end - 1 and doc[start].head.i == verb and (
            doc[start].dep_ in ("acomp", "oprd", "prt") or _bare_modifier(doc[start])):
        start += 1
    between = range(verb + 1, start)
    if 0 < len(between) <= _MAX_CUE_WORDS and all(
            verb <= doc[j].head.i < j + 2 and (doc[j].dep_ in _CUE_PARTS and not _addressee(doc[j])
                                               or _bare_modifier(doc[j]) or doc[j].dep_ == "prep" and j + 1 == start)
            for j in between):
        return start, start
    return verb + 1, start


def _addressee(tok: Token) -> bool:
    """An object that is who the report is aimed at, not part of its cue: 'accused
    [Obama] of …', 'telling [schools] that …'."""
    return tok.dep_ == "dobj" and (tok.tag_ not in ("NN", "NNS") or tok.lower_ in lx.PRONOUNS
                                   or _lemma(tok) in lx.PERSON_NOUNS | lx.ORG_NOUNS)


def _bare_modifier(tok: Token) -> bool:
    """An adjective or particle with no words of its own: 'made [clear] that …',
    which the parser may hang on the verb as a clause."""
    return tok.tag_ in ("JJ", "RP") and not tok.n_lefts and not tok.n_rights
