"""Faults: kill quotex's workers mid-run; nothing may be lost, left running or half written.

    python bench/faults.py [--docs N] [--only NAME,...] [--lost-after S]

Each scenario runs ``quotex extract -f jsonl --errors FILE --model blank`` over
a corpus in which every document has a quote, waits until output flows, does
its damage, and checks:

- no process of the run is left (the parent, its workers, the resource tracker);
- stdout is valid JSON Lines up to its last line;
- every document is in the output or named in ``--errors`` (not after a
  SIGTERM to quotex itself, which stops the run: exit code 143 there);
- the run ends within a bound (a lost cluster is an error, not a hang);
- stderr holds quotex's one-line messages only, no traceback.

Scenarios (``-j 2``, then a Dask cluster on 127.0.0.1):

- ``jobs-sigkill-worker``, ``jobs-sigterm-worker``: one worker process dies;
- ``jobs-sigterm-quotex``: ``timeout``/systemd/Kubernetes stop quotex itself;
- ``dask-sigkill-worker``: one Dask worker process dies (its nanny starts another);
- ``dask-kill-all-workers``: every worker and nanny dies; the run ends after ``--lost-after``;
- ``dask-kill-scheduler``: the scheduler's process dies.

The Dask cluster is a ``LocalCluster`` scheduler in a process of its own and a
``dask worker`` process with two nannies, so that each can be killed alone.

One line per scenario; the last line of output is one JSON object. Exit code 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Optional

REPO = Path(__file__).resolve().parent.parent
QUOTE = '\u201cThis is quote number {n}, and it runs on for a while,\u201d said Senator Ana Ruiz. '
SCHEDULER = """
import time
from distributed import LocalCluster
cluster = LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address=None)
print(cluster.scheduler_address, flush=True)
while True:
    time.sleep(1)
"""


@dataclass
class Outcome:
    scenario: str
    ok: bool = True
    exit_code: Optional[int] = None
    output: int = 0
    failed: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def fail(self, problem: str) -> None:
        self.ok = False
        self.problems.append(problem)


def write_corpus(path: Path, docs: int) -> list[str]:
    ids = [f"doc{n:05d}" for n in range(docs)]
    with path.open("w", encoding="utf-8") as out:
        for n, doc in enumerate(ids):
            out.write(json.dumps({"id": doc, "text": QUOTE.format(n=n) * 12}) + "\n")
    return ids


def children() -> dict[int, list[int]]:
    """Each live process's children, from /proc."""
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] != "Z":
            tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def descendants(pid: int) -> set[int]:
    tree, found, todo = children(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return state[state.rindex(")") + 2] != "Z"


def lines_of(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except OSError:
        return 0


def wait_for_output(path: Path, lines: int, process: subprocess.Popen, limit: float = 120) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        if lines_of(path) >= lines:
            return True
        time.sleep(0.1)
    return False


def check(outcome: Outcome, work: Path, ids: list[str], *, complete: bool) -> None:
    """Valid JSONL to the last line, and every document output or named in --errors."""
    raw = (work / "out.jsonl").read_bytes()
    if raw and not raw.endswith(b"\n"):
        outcome.fail("stdout does not end with a whole line")
    output = set()
    for n, line in enumerate(raw.splitlines(), 1):
        try:
            output.add(json.loads(line)["doc"])
        except (ValueError, KeyError):
            outcome.fail(f"stdout line {n} is not a quote record")
            break
    named = set()
    for line in (work / "errors.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        named.add(record["doc"] or f"{record['source']}:{record['line']}")
    outcome.output, outcome.failed = len(output), len(named)
    missing = [doc for doc in ids if doc not in output and doc not in named]
    if complete and missing:
        outcome.fail(f"{len(missing)} documents neither output nor named in --errors, e.g. {missing[0]}")


def run_quotex(work: Path, ids: list[str], name: str, args: list[str], damage: Callable[[int], None], *,
               expect: tuple[int, ...], complete: bool = True, bound: float = 300,
               env: Optional[dict[str, str]] = None) -> Outcome:
    outcome = Outcome(name)
    command = [sys.executable, "-m", "quotex", "extract", "--model", "blank", "-f", "jsonl", "-q",
               "--errors", str(work / "errors.jsonl"), *args, str(work / "corpus.jsonl")]
    started = time.monotonic()
    with open(work / "out.jsonl", "wb") as out, open(work / "err.txt", "wb") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, cwd=REPO, start_new_session=True,
                                   env={**os.environ, **(env or {})})
        try:
            if not wait_for_output(work / "out.jsonl", 200, process):
                outcome.fail("no output came before the damage")
            ours = descendants(process.pid) | {process.pid}
            damage(process.pid)
            try:
                outcome.exit_code = process.wait(timeout=bound)
            except subprocess.TimeoutExpired:
                outcome.fail(f"still running {bound:g} s after the damage")
            ours |= descendants(process.pid)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    outcome.seconds = round(time.monotonic() - started, 1)
    time.sleep(1)  # the resource tracker ends when its pipe closes
    left = sorted(pid for pid in ours if alive(pid))
    if left:
        outcome.fail(f"processes left: {left}")
        for pid in left:
            os.kill(pid, signal.SIGKILL)
    stderr = (work / "err.txt").read_text(encoding="utf-8", errors="replace").strip().splitlines()
    if outcome.exit_code not in expect:
        outcome.fail(f"exit code {outcome.exit_code}, expected {expect}: {stderr[-1:]}")
    if any(line.startswith("Traceback") for line in stderr):
        outcome.fail("a traceback on stderr")
    strays = [line for line in stderr if not line.startswith("quotex: ")]
    if strays:
        outcome.fail(f"{len(strays)} stderr lines that are not quotex's own, e.g. {strays[0]!r}")
    check(outcome, work, ids, complete=complete)
    return outcome


def spawned_workers(pid: int) -> list[int]:
    return [child for child in descendants(pid) if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()]


def jobs_scenarios(work: Path, ids: list[str]) -> list[Outcome]:
    def kill_worker(sig: int) -> Callable[[int], None]:
        return lambda pid: os.kill(spawned_workers(pid)[0], sig)

    return [
        run_quotex(work, ids, "jobs-sigkill-worker", ["-j", "2"], kill_worker(signal.SIGKILL), expect=(0, 1)),
        run_quotex(work, ids, "jobs-sigterm-worker", ["-j", "2"], kill_worker(signal.SIGTERM), expect=(0, 1)),
        run_quotex(work, ids, "jobs-sigterm-quotex", ["-j", "2"], lambda pid: os.kill(pid, signal.SIGTERM),
                   expect=(143,), complete=False, bound=30),
    ]


class Cluster:
    """A LocalCluster's scheduler on 127.0.0.1, and two workers with their nannies, each in a
    process group of its own so that either can be killed."""

    def __init__(self) -> None:
        from distributed import Client

        self.scheduler = subprocess.Popen([sys.executable, "-c", SCHEDULER], stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL, start_new_session=True, text=True)
        assert self.scheduler.stdout is not None
        self.address = self.scheduler.stdout.readline().strip()
        if not self.address:
            raise RuntimeError("the LocalCluster did not start")
        self.workers = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", self.address, "--nworkers", "2", "--nthreads", "1",
             "--no-dashboard", "--host", "127.0.0.1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        with Client(self.address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)

    def worker_processes(self) -> list[int]:
        """The worker processes (children of the nannies), not the nannies."""
        nannies = descendants(self.workers.pid)
        return sorted(pid for pid in nannies
                      if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes())

    def kill_workers(self) -> None:
        os.killpg(self.workers.pid, signal.SIGKILL)

    def kill_scheduler(self) -> None:
        os.killpg(self.scheduler.pid, signal.SIGKILL)

    def close(self) -> None:
        for process in (self.workers, self.scheduler):
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()


def dask_scenarios(work: Path, ids: list[str], lost_after: float) -> list[Outcome]:
    env = {"QUOTEX_DASK_LOST_AFTER": str(lost_after)}
    outcomes = []
    for name, damage, expect in (
        ("dask-sigkill-worker", lambda cluster: os.kill(cluster.worker_processes()[0], signal.SIGKILL), (0, 1)),
        ("dask-kill-all-workers", lambda cluster: cluster.kill_workers(), (1,)),
        ("dask-kill-scheduler", lambda cluster: cluster.kill_scheduler(), (1,)),
    ):
        cluster = Cluster()
        try:
            outcomes.append(run_quotex(work, ids, name, ["--scheduler", cluster.address],
                                       lambda pid, c=cluster, d=damage: d(c), expect=expect,
                                       bound=lost_after + 60, env=env))
        finally:
            cluster.close()
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=4000, help="documents in the corpus")
    parser.add_argument("--only", help="comma-separated scenario prefixes, e.g. jobs,dask-kill-scheduler")
    parser.add_argument("--lost-after", type=float, default=10.0,
                        help="seconds without workers after which a Dask cluster counts as lost")
    args = parser.parse_args()
    wanted = tuple(args.only.split(",")) if args.only else ("jobs", "dask")
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="quotex-faults-") as tmp:
        work = Path(tmp)
        ids = write_corpus(work / "corpus.jsonl", args.docs)
        if any(w.startswith("jobs") for w in wanted):
            outcomes += [o for o in jobs_scenarios(work, ids) if o.scenario.startswith(wanted)]
        if any(w.startswith("dask") for w in wanted):
            outcomes += [o for o in dask_scenarios(work, ids, args.lost_after) if o.scenario.startswith(wanted)]
    for o in outcomes:
        verdict = "ok" if o.ok else "FAILED: " + "; ".join(o.problems)
        print(f"{o.scenario:24} exit {o.exit_code}  output {o.output:5}  named {o.failed:5}  {o.seconds:6.1f} s  "
              f"{verdict}")
    print(json.dumps({"scenarios": [asdict(o) for o in outcomes], "ok": all(o.ok for o in outcomes)}))
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
