"""The trained speaker ranker: scores every candidate of a quote group and picks one, or none.

Candidates come from ``candidates.GENERATORS`` and are described by
``features``. A logistic regression trained on PolNeAR train
(``training/train_speaker_ranker.py``; weights in ``data/speaker_weights.json.gz``)
scores each; a pseudo-candidate *none* stands for "nobody is named". The best
one wins, and its probability is the quote's confidence.
"""

from __future__ import annotations

import gzip
import json
import math
from functools import lru_cache
from importlib import resources
from typing import Optional

WEIGHTS = "speaker_weights.json.gz"


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The shipped weights; an empty table when the package has none."""
    try:
        raw = resources.files("quotex").joinpath("data", WEIGHTS)
        with gzip.open(raw, "rt", encoding="utf-8") as f:  # type: ignore[arg-type]
            return dict(json.load(f)["weights"])
    except (FileNotFoundError, OSError):
        return {}


def probability(feats: list[str], table: dict[str, float]) -> float:
    z = sum(table.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def choose(feats: list[list[str]], none: list[str], table: dict[str, float]) -> tuple[Optional[int], float]:
    """The index of the best candidate (None: nobody) and its probability."""
    best, best_p = None, probability(none, table)
    for i, fs in enumerate(feats):
        p = probability(fs, table)
        if p > best_p:
            best, best_p = i, p
    return best, best_p
