"""What the speaker ranker adds to quotex's time, against the budget in bench/baseline.json.

    python bench/ranker_cost.py [--data fixtures/polnear-dev] [--runs 3]

Parses the articles once (cached by ``training.corpus``), then runs the
attributor over every parsed Doc with the ranker and without it (the rules'
own choice, ``attribute(..., rank=False)``), alternating the two per run so a
busy machine slows both alike, and prints the median added seconds in full and
fast mode, and that as a share of the CLI default's work in the same run (the
full pipeline's parse of the same texts plus quotex with the ranker). The budget
(bench/budget.json) allows the ranker 5% of the CLI default's time on dev.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotex.attribution.attributor import attribute  # noqa: E402
from quotex.text import tags  # noqa: E402
from training import corpus as corpora  # noqa: E402
from training.records import as_mode  # noqa: E402


def timed(docs: list, rank: bool) -> float:
    t0 = time.perf_counter()
    for doc in docs:
        attribute(doc, rescore=True, rank=rank)
    return time.perf_counter() - t0


def parse_seconds(texts: list[str]) -> float:
    """The full default pipeline's own time over the texts, as the CLI batches them."""
    from quotex.run.loader import load_pipeline
    nlp = load_pipeline(corpora.DEFAULT_MODEL)
    with nlp.select_pipes(disable=["quotex"]):
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=8):
            pass
        return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / "fixtures" / "polnear-dev")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    parsed = corpora.load(args.data)
    out: dict[str, dict[str, float]] = {}
    for mode in ("full", "fast"):
        docs = [as_mode(d, mode) for d in parsed.docs]  # type: ignore[arg-type]
        for d in docs:
            if tags.needs_filling(d):
                tags.fill(d)
        with_ranker, without = [], []
        for _ in range(args.runs):
            without.append(timed(docs, rank=False))
            with_ranker.append(timed(docs, rank=True))
        added = statistics.median(with_ranker) - statistics.median(without)
        out[mode] = {"quotex_with_ranker_s": round(statistics.median(with_ranker), 2),
                     "quotex_rules_choice_s": round(statistics.median(without), 2),
                     "ranker_added_s": round(added, 2)}
    parse = parse_seconds([d.text for d in parsed.docs])
    # the CLI default's work is the parse plus quotex with the ranker; start-up and output aside
    default = parse + out["full"]["quotex_with_ranker_s"]
    out["full"]["parse_s"] = round(parse, 2)
    out["full"]["share_of_cli_default"] = round(out["full"]["ranker_added_s"] / default, 4)
    out["fast"]["share_of_cli_default"] = round(out["fast"]["ranker_added_s"] / default, 4)
    for mode, figures in out.items():
        print(mode, ", ".join(f"{k} {v}" for k, v in figures.items()), file=sys.stderr)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
