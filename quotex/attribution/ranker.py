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
from dataclasses import dataclass
from typing import Optional

WEIGHTS = "speaker_weights.json.gz"


@dataclass(frozen=True)
class Model:
    """Feature weights, and how their scores become a probability: ``softmax`` over a group's
    candidates and *none* (a conditional logit), or ``binary`` (each candidate's own logistic)."""

    weights: dict[str, float]
    objective: str = "softmax"


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model; empty weights when the package has none."""
    try:
        raw = resources.files("quotex").joinpath("data", WEIGHTS)
        with gzip.open(raw, "rt", encoding="utf-8") as f:  # type: ignore[arg-type]
            data = json.load(f)
    except (FileNotFoundError, OSError):
        return Model({})
    return Model(dict(data["weights"]), data.get("objective", "binary"))


def weights() -> dict[str, float]:
    return model().weights


def score(feats: list[str], table: dict[str, float]) -> float:
    return sum(table.get(x, 0.0) for x in feats)


def probability(feats: list[str], table: dict[str, float]) -> float:
    """A candidate's own logistic probability (the binary objective)."""
    return _sigmoid(score(feats, table))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def choose(feats: list[list[str]], none: list[str], table: dict[str, float],
           objective: str = "softmax") -> tuple[Optional[int], float]:
    """The index of the best candidate (None: nobody) and the probability that it is right.
    A tie goes to *none*, then to the earlier candidate."""
    scores = [score(none, table), *(score(fs, table) for fs in feats)]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if objective == "binary":
        p = _sigmoid(scores[best])
    else:
        top = max(scores)
        p = math.exp(scores[best] - top) / sum(math.exp(z - top) for z in scores)
    return (None if best == 0 else best - 1), p
