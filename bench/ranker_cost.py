"""What the speaker ranker adds to quotex's time, against the budget in bench/baseline.json.

    python bench/ranker_cost.py [--data fixtures/polnear-dev] [--runs 3]

Parses the articles once (cached by ``training.corpus``), then runs the
attributor over every parsed Doc with the ranker and without it (the rules'
own choice, ``attribute(..., rank=False)``), alternating the two per run so a
busy machine slows both alike, and prints the median added seconds in full and
fast mode. The budget (bench/budget.json) allows the ranker 5% of the CLI
default's time on dev, which bench/baseline.json records as a whole process.
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


def cli_default_seconds() -> float | None:
    path = ROOT / "bench" / "baseline.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    for key in ("speed", "timing", "commands"):
        block = data.get(key)
        if isinstance(block, dict):
            for name, value in block.items():
                if "default" in name and isinstance(value, dict):
                    for k in ("median_s", "seconds", "median_seconds"):
                        if isinstance(value.get(k), (int, float)):
                            return float(value[k])
    return None


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
    default = cli_default_seconds()
    if default:
        out["full"]["share_of_cli_default"] = round(out["full"]["ranker_added_s"] / default, 4)
        out["full"]["cli_default_s"] = default
    for mode, figures in out.items():
        print(mode, ", ".join(f"{k} {v}" for k, v in figures.items()), file=sys.stderr)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
