"""The speaker of a quote group: the trained ranker's choice among every
generator's candidates; without weights, the rules' own."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from . import features, ranker
from .candidates import Candidate, propose
from .document import Bound, Document, Group


def ranked(d: Document, g: Group, last: Optional[Bound], fallback: Optional[Bound]) -> Optional[Bound]:
    """The ranker's choice among every generator's candidates; without weights, the rules' own."""
    learned = ranker.model()
    table = learned.weights if d.rank else {}
    if not table and d.collect is None:
        return fallback
    cands = propose(d, g, last)
    ctx = features.context(d, g)
    near = features.nearness(d, g, cands)
    feats = [features.candidate_features(d, g, c, ctx, len(cands), r) for c, r in zip(cands, near)]
    none = features.none_features(ctx, cands)
    if d.collect is not None:
        d.collect.append({"spans": [(d.spans[k].start, d.spans[k].end) for k in g.ks],
                             "candidates": cands, "features": feats, "none": none, "fallback": fallback})
    if not table:
        return fallback
    best, p = ranker.choose(feats, none, table, learned.objective)
    if best is None:
        return None
    chosen = _named_by_own_cue(d, g, cands[best])
    confidence = round(p, 3)
    if chosen.method == "continuation" and last is not None:
        confidence = min(confidence, last.confidence)  # never surer than the quote it continues
    return replace(chosen, confidence=confidence)


def _named_by_own_cue(d: Document, g: Group, cand: Candidate) -> Bound:
    """The proposal that names the chosen candidate in the record: the subject of the quote's own
    cue, as written in the quote's sentence, when it proposes the same person ('The longtime
    senator said he rarely asks …, "except for people I'm very close to"' is the senator's, named
    so, not by the nearer 'he'); else the proposal nearest the quote."""
    own = next((b for name, b in cand.proposals if name == "cue_subject"), None)
    subject = g.clause.subject if g.clause is not None else []
    if own is None or own.mention is None or not subject \
            or not subject[0].idx <= own.mention.start < subject[-1].idx + len(subject[-1]) \
            or own.mention.end > g.first.start or _SENTENCE_END.search(d.text, own.mention.end, g.first.start):
        return cand.bound
    return own


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s|\n")
