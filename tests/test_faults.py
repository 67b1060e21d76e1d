"""Faults: SIGTERM, a worker that dies, a Dask cluster that goes away.

The quick cases of ``bench/faults.py``, which kills workers of whole runs with
SIGKILL and SIGTERM and checks the same things at a larger scale. A stopped
run leaves no process behind and valid JSON Lines up to its last line; a
worker's death costs at most the texts that kill it; a lost cluster is an
error within a bounded time.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from quotex.errors import QuotexError
from quotex.run.workers import WorkerPool

REPO = Path(__file__).parent.parent
QUOTE = "\u201cThis is quote number {n}, and it runs on for a while,\u201d said Senator Ana Ruiz. "


def write_corpus(path: Path, docs: int, repeat: int = 12) -> list[str]:
    ids = [f"doc{n:05d}" for n in range(docs)]
    path.write_text("".join(json.dumps({"id": i, "text": QUOTE.format(n=n) * repeat}) + "\n"
                            for n, i in enumerate(ids)), encoding="utf-8")
    return ids


def descendants(pid: int) -> set[int]:
    tree: dict[int, list[int]] = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] != "Z":
            tree.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def assert_whole_jsonl(raw: bytes) -> list[dict[str, Any]]:
    assert not raw or raw.endswith(b"\n")
    return [json.loads(line) for line in raw.splitlines()]


def sigterm_mid_run(tmp_path: Path, *options: str) -> tuple[subprocess.Popen[bytes], set[int], bytes]:
    write_corpus(tmp_path / "c.jsonl", 3000)
    out = tmp_path / "out.jsonl"
    with out.open("wb") as stdout:
        process = subprocess.Popen([sys.executable, "-m", "quotex", "extract", "--model", "blank", "-f", "jsonl",
                                    *options, str(tmp_path / "c.jsonl")], stdout=stdout, stderr=subprocess.PIPE,
                                   cwd=REPO, start_new_session=True)
        try:
            deadline = time.monotonic() + 120
            while out.stat().st_size < 20_000 and time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.05)
            family = descendants(process.pid)
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    time.sleep(0.5)  # the resource tracker ends when the last of its pipes closes
    return process, family, out.read_bytes()


@pytest.mark.parametrize("options", [(), ("-j", "2")], ids=["one-process", "two-workers"])
def test_sigterm_flushes_and_exits_143_leaving_no_process(tmp_path: Path, options: tuple[str, ...]) -> None:
    process, family, output = sigterm_mid_run(tmp_path, *options)
    assert process.returncode == 143
    assert process.stderr is not None and b"Traceback" not in process.stderr.read()
    assert [pid for pid in family if alive(pid)] == []
    assert assert_whole_jsonl(output)
    if options:
        assert family, "the workers were running"


def test_a_worker_killed_mid_run_costs_no_document() -> None:
    texts = [QUOTE.format(n=n) * 4 for n in range(400)]

    def feed(pool: WorkerPool) -> Iterator[str]:
        for n, text in enumerate(texts):
            if n == 120:
                victim = next(iter(pool._executor._processes.values()))  # type: ignore[attr-defined]
                os.kill(victim.pid, signal.SIGKILL)
            yield text

    with WorkerPool("blank", 2, warn=False) as pool:
        results = list(pool.extract(feed(pool)))
        assert pool.restarts >= 1
    assert len(results) == len(texts)
    assert all(isinstance(r, list) and r for r in results)


def test_a_pool_found_broken_when_a_batch_is_sent_costs_no_document() -> None:
    """The executor may learn of a dead worker before the parent collects a result:
    then sending the next batch is what fails, and that batch and those in flight rerun."""
    texts = [QUOTE.format(n=n) * 4 for n in range(200)]

    def feed(pool: WorkerPool) -> Iterator[str]:
        for n, text in enumerate(texts):
            if n == 60:
                executor = pool._executor
                victim = next(iter(executor._processes.values()))  # type: ignore[attr-defined]
                os.kill(victim.pid, signal.SIGKILL)
                deadline = time.monotonic() + 30
                while not executor._broken and time.monotonic() < deadline:  # type: ignore[attr-defined]
                    time.sleep(0.01)
                assert executor._broken  # type: ignore[attr-defined]
            yield text

    with WorkerPool("blank", 2, warn=False) as pool:
        results = list(pool.extract(feed(pool)))
        assert pool.restarts == 1
    assert len(results) == len(texts)
    assert all(isinstance(r, list) and r for r in results)
    assert [r[0].text for r in results] == [  # type: ignore[index,union-attr]
        f"This is quote number {n}, and it runs on for a while," for n in range(200)]


# --- Dask -------------------------------------------------------------------------------------

dask_distributed = pytest.importorskip("distributed")


@pytest.fixture
def lone_cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0") as cluster:
        yield cluster


def test_a_cluster_without_workers_is_lost_in_bounded_time(lone_cluster: Any) -> None:
    from quotex.run.cluster import DaskEngine

    with DaskEngine(lone_cluster.scheduler_address, "blank", warn=False, lost_after=2) as engine:
        lone_cluster.scale(0)
        lone_cluster.sync(lone_cluster._correct_state)
        started = time.monotonic()
        results = list(engine.extract([QUOTE.format(n=n) for n in range(100)]))
        assert time.monotonic() - started < 30
    assert len(results) == 100
    assert all(isinstance(r, QuotexError) for r in results)
    assert "has had no workers for 2 s" in str(results[0])


def test_a_lost_scheduler_is_an_error_for_each_text_not_a_hang(lone_cluster: Any) -> None:
    from quotex.run.cluster import DaskEngine

    engine = DaskEngine(lone_cluster.scheduler_address, "blank", warn=False, lost_after=2, timeout=2)
    try:
        lone_cluster.close()
        started = time.monotonic()
        results = list(engine.extract([QUOTE.format(n=n) for n in range(100)]))
        assert time.monotonic() - started < 60
    finally:
        engine.close()
    assert len(results) == 100
    assert all(isinstance(r, QuotexError) for r in results)


def test_a_partition_that_kills_its_worker_runs_again_text_by_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dask's KilledWorker for a partition: its texts run one per task, and only the killer fails."""
    from distributed.scheduler import KilledWorker

    from quotex.run.cluster import WORKER_KILLED, DaskEngine

    engine = DaskEngine.__new__(DaskEngine)
    engine.lost = None

    def wait(future: Any) -> list[Any]:
        if "poison" in future:
            raise KilledWorker("task", "worker", 3)
        return [[text] for text in future]

    monkeypatch.setattr(engine, "_submit", lambda chunk, batch_size: chunk, raising=False)
    monkeypatch.setattr(engine, "_wait", wait, raising=False)
    chunk = ["a", "poison", "b"]
    results = engine._collect(chunk, chunk, 8)
    assert results[0] == ["a"] and results[2] == ["b"]
    assert isinstance(results[1], QuotexError) and str(results[1]) == WORKER_KILLED


HALF_A_RESULT = r"""
import os, struct, sys, time
from quotex.run.workers import WorkerPool
pool = WorkerPool("blank", 2, warn=False)
list(pool.extract(["\u201cHi there,\u201d said Ana Ruiz."] * 20))
# a worker stopped while sending its result leaves half a message: the header, and no body
os.write(pool._executor._result_queue._writer.fileno(), struct.pack("!i", 1000))
time.sleep(0.5)  # the executor's thread now waits for the rest, for ever
started = time.monotonic()
pool.close(cancel=True)
print(f"closed in {time.monotonic() - started:.1f} s", flush=True)
os._exit(0)  # as cli.main ends an interrupted run: the waiting thread is not joined
"""


def test_cancelling_a_pool_does_not_wait_on_half_a_result() -> None:
    """A worker stopped mid-send (SIGTERM to `quotex extract -j 2`) once hung the run for ever:
    cancelling the pool must not join the executor's thread, which waits on the pipe."""
    proc = subprocess.run([sys.executable, "-c", HALF_A_RESULT], capture_output=True, text=True, timeout=60,
                          cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("closed in "), proc.stdout + proc.stderr
    assert float(proc.stdout.split()[2]) < 20
