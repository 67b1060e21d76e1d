"""The speaker of a quote group: the trained ranker's choice among every
generator's candidates; without weights, the rules' own."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from . import features, ranker
from .candidates import propose
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
    chosen = cands[best].named_bound
    confidence = round(p, 3)
    if chosen.method == "continuation" and last is not None:
        confidence = min(confidence, last.confidence)  # never surer than the quote it continues
    return replace(chosen, confidence=confidence)
