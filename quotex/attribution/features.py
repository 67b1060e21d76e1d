"""What the speaker ranker knows of a candidate: binary features, as strings.

Which generators propose the candidate (and with what quote shape, cue
position and annotations), where its mention is, what kind of entity it is,
whether it spoke before, how long the quote is. Annotations a mode lacks are
features that are missing, not branches: fast mode has no NER label, rules-only
mode no parse, and the features that say so let one set of weights serve all
three modes. No feature says what the rules' own chain would have chosen.
"""

from __future__ import annotations

import math
from typing import Any, Optional

from .. import lexicon as lx
from ..output.model import Cue
from . import document
from .candidates import Candidate
from .document import Bound, Document, Group

NONE = "none"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _log_bucket(n: int) -> str:
    return str(min(int(math.log2(n + 1)), 12))


def _group_shape(g: Group) -> str:
    return "direct" if any(s == "direct" for s in g.shapes.values()) else "mixed"


def context(d: Document, g: Group) -> dict[str, Any]:
    """What the features of every candidate of one group share."""
    para = d.paras[g.first.paragraph]
    lead = d.text[para.start:g.first.start].strip(" \t\u00a0\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
    words = len(d.text[g.first.start:d.spans[g.ks[-1]].end].split())
    return {
        "shape": _group_shape(g),
        "where": g.where or "nowhere",
        "opens_paragraph": not lead,
        "words": _bucket(words, (3, 8, 20, 50)),
        "parts": _bucket(len(g.ks), (1, 2)),
        "parse": d.has_parse,
        "ner": d.has_ner,
        "governors": _governors(d, g) if d.has_parse else frozenset(),
    }


def _mention_kind(d: Document, bound: Bound) -> str:
    m = bound.mention
    if m is None:
        return "nomention"
    word = m.text.lower()
    if word in lx.PRONOUNS or word in lx.PRONOUN_STANDS_FOR:
        return "pronoun"
    first = m.text.split()[0] if m.text.split() else ""
    if first.lower() in lx.DEFINITE:
        return "definite"
    if first.lower() in lx.INDEFINITE:
        return "indefinite"
    return "capital" if first[:1].isupper() else "lower"


def distance(d: Document, g: Group, cand: Candidate) -> int:
    """Characters between a candidate's mention and the group's quotes (large when it has none)."""
    m = cand.bound.mention
    if m is None:
        return 1 << 30
    quote_start, quote_end = g.first.start, d.spans[g.ks[-1]].end
    return max(quote_start - m.end, m.start - quote_end, 0)


def nearness(d: Document, g: Group, cands: list[Candidate]) -> list[int]:
    """Each candidate's rank by distance among the group's candidates: 0 is the nearest."""
    dists = [distance(d, g, c) for c in cands]
    order = sorted(range(len(cands)), key=lambda i: dists[i])
    ranks = [0] * len(cands)
    for rank, i in enumerate(order):
        ranks[i] = rank
    return ranks


_BETWEEN = " \t\n\u00a0,:;-\u2013\u2014\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
_OPENING = " \t\u00a0\"'\u201c\u2018\u00ab"


def _adjacent(d: Document, g: Group, cue: Optional[Cue]) -> bool:
    """Is the cue right next to one of the group's quotes ('X said, "…"', '"…," said X', '"…" - X')?
    A subject between them is allowed: 'X told reporters: "…"' has the cue word itself near. A
    sentence's end between them is not ('"We lost," Bo Lee said. "Nobody saw it coming."'), nor a
    line break, unless after a colon ('X said:' ending the paragraph before)."""
    for k in g.ks:
        span = d.spans[k]
        if cue.end <= span.start:  # the cue before the quote
            gap = d.text[max(cue.end, span.start - 60):span.start]
            if any(c in gap for c in ".!?"):
                continue  # the cue's sentence ended before the quote began
            lead_in = gap.rstrip().rstrip(_OPENING).rstrip().endswith(":")
        elif cue.start >= span.end:  # the cue after it
            gap, lead_in = d.text[span.end:min(cue.start, span.end + 60)], False
        else:
            continue
        if len(gap.strip(_BETWEEN).split()) <= 3 and ("\n" not in gap or lead_in):
            return True
    return False


_MAX_GOVERNING_DEPTH = 12


def _governors(d: Document, g: Group) -> frozenset[int]:
    """The tokens that govern the group's quotes in the parse, up to ``_MAX_GOVERNING_DEPTH``
    heads above each fragment's first token: a cue among them has the quote in its clause
    ('one lawmaker called Trump "…"'), one outside does not ('prompted Parliament to call a
    debate; one lawmaker called Trump "…"'). Found once per group, for all its candidates."""
    found: set[int] = set()
    for k in g.ks:
        inside = document.tokens_in(d, d.spans[k].start, d.spans[k].end)
        if not len(inside):
            continue
        tok = d.doc[inside.start]
        for _ in range(_MAX_GOVERNING_DEPTH):  # bounded: a parse of hostile text can be a long chain
            if tok.head.i == tok.i:
                break
            tok = tok.head
            found.add(tok.i)
    return frozenset(found)


def candidate_features(d: Document, g: Group, cand: Candidate, ctx: dict[str, Any], n_cands: int,
                       rank: int = 0) -> list[str]:
    """The binary features of one candidate, as strings; ``rank`` is its nearness (0: nearest)."""
    bound = cand.bound
    ent = cand.entity
    shape, where = ctx["shape"], ctx["where"]
    gens = cand.generators
    named_by = cand.proposals[cand.chosen][0]  # the generator whose mention names it
    f = ["bias", f"ngen={min(len(gens), 4)}", f"ncand={min(n_cands, 5)}", f"near={min(rank, 2)}",
         f"near={min(rank, 2)}&gen0={named_by}"]
    for name in gens:
        f += [f"gen={name}", f"gen={name}&shape={shape}", f"gen={name}&where={where}",
              f"gen={name}&parse={ctx['parse']}", f"gen={name}&ner={ctx['ner']}"]
    f += [f"pair={a}+{b}" for i, a in enumerate(gens) for b in gens[i + 1:]][:6]
    kind = ent.kind
    if ent.bare_pronoun:  # a pronoun nothing resolved: the record can only say 'he'
        f += ["bare_pronoun", f"bare_pronoun&ncand={min(n_cands, 3)}"]
    f += [f"kind={kind}", f"anon={ent.anonymous}", f"kind={kind}&anon={ent.anonymous}",
          f"kind={kind}&gen0={named_by}", f"method={bound.method}", f"basis={bound.basis or '-'}"]
    mk = _mention_kind(d, bound)
    f += [f"mention={mk}", f"mention={mk}&gen0={named_by}"]
    if bound.mention is not None:
        m = bound.mention
        quote_start, quote_end = g.first.start, d.spans[g.ks[-1]].end
        if m.end <= quote_start:
            side, dist = "before", quote_start - m.end
        elif m.start >= quote_end:
            side, dist = "after", m.start - quote_end
        else:
            side, dist = "inside", 0
        para_gap = g.first.paragraph - document.para_of_char(d, m.start)
        f += [f"side={side}", f"dist={side}{_log_bucket(dist)}", f"paragap={_bucket(abs(para_gap), (0, 1, 2))}",
              f"side={side}&gen0={named_by}"]
        if ctx["ner"]:
            label = document.ner_label(d, m)
            f += [f"ner={label}", f"ner={label}&kind={kind}"]
        word = m.text.lower()
        if word in lx.PRONOUNS and ent.gender is not None:
            gender = lx.PRONOUNS[word][0]
            f.append("gender=" + ("agree" if gender is None or gender == ent.gender else "disagree"))
    if bound.cue is not None:
        f += [f"cueclass={bound.cue.cue_class}", f"cue={bound.cue.text.lower()[:20]}"]
        adjacent = _adjacent(d, g, bound.cue)
        f += [f"cue_adjacent={adjacent}", f"cue_adjacent={adjacent}&gen0={named_by}",
              f"cue_adjacent={adjacent}&kind={kind}"]
        if ctx["parse"]:
            governs = document.token_at(d, bound.cue.start) in ctx["governors"]
            f += [f"governs={governs}", f"governs={governs}&gen0={named_by}"]
    last_word = ent.name.split()[-1] if ent.name.split() else ""
    if len(last_word) > 2 and last_word[:1].isupper():
        para = d.paras[g.first.paragraph]
        quote_start, quote_end = g.first.start, d.spans[g.ks[-1]].end
        around = d.text[para.start:quote_start] + " " + d.text[quote_end:para.end]
        # (or by the initials it was mentioned by: 'the NRA' for the National Rifle Association)
        named = last_word in around or any(_initials(m.text) in around
                                           for m in [*ent.mentions, *([bound.mention] if bound.mention else [])]
                                           if _initials(m.text))
        f += [f"in_paragraph={named}", f"in_quote={last_word in d.text[quote_start:quote_end]}"]
    spoke = d.spoken.get(id(ent), 0)
    f += [f"spoke={_bucket(spoke, (0, 1, 3))}", f"spoke={_bucket(spoke, (0, 1, 3))}&gen0={named_by}",
          f"mentions={_bucket(len(ent.mentions), (0, 1, 3))}"]
    f += [f"opens={ctx['opens_paragraph']}&gen0={named_by}", f"words={ctx['words']}&gen0={named_by}",
          f"parts={ctx['parts']}&gen0={named_by}"]
    return f


def _initials(mention: str) -> str:
    """The initials a mention ends with ('NRA' of 'the NRA'), if it ends with a word in capitals of three
    letters or more; else ''."""
    words = mention.split()
    return words[-1] if words and words[-1].isupper() and len(words[-1]) > 2 else ""


def none_features(ctx: dict[str, Any], cands: list[Candidate]) -> list[str]:
    """The features of 'nobody is named' for one group."""
    top = cands[0].generators[0] if cands else "nothing"  # the earliest generator that proposed anyone
    return [NONE, f"{NONE}&shape={ctx['shape']}", f"{NONE}&where={ctx['where']}",
            f"{NONE}&ncand={min(len(cands), 5)}", f"{NONE}&top={top}", f"{NONE}&words={ctx['words']}",
            f"{NONE}&opens={ctx['opens_paragraph']}", f"{NONE}&parse={ctx['parse']}"]
