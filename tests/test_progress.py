"""The progress bar: on a terminal's stderr only, never with -q, never when piped."""

from __future__ import annotations

import io
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest
from typer.testing import CliRunner

from quotex import cli
from quotex.output import progress
from quotex.run import job
from quotex.output.progress import count_documents, progress_bar, wanted

STORY = "\u201cWe will not back down,\u201d Mayor Ana Ruiz said on Tuesday.\n"
runner = CliRunner()


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def bars(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records, for each run, whether the CLI asked for a bar to be shown."""
    shown: list[bool] = []
    real = job.progress_bar

    @contextmanager
    def recording(paths: Any, *, show: bool, stream: Optional[Any] = None) -> Iterator[Any]:
        shown.append(show)
        with real(paths, show=False) as update:
            yield update

    monkeypatch.setattr(job, "progress_bar", recording)
    return shown


def fake_terminals(monkeypatch: pytest.MonkeyPatch, *, stderr: bool, stdout: bool) -> None:
    def is_terminal(stream: Any) -> bool:
        return (stream is sys.stderr and stderr) or (stream is sys.stdout and stdout)

    monkeypatch.setattr(progress, "is_terminal", is_terminal)
    monkeypatch.setattr(job, "is_terminal", is_terminal)


def test_no_bar_when_stderr_is_not_a_terminal(story: Path) -> None:
    result = runner.invoke(cli.app, ["extract", "-f", "jsonl", "--model", "blank", str(story)])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == ["1 document, 1 fragment, 0 failed"]
    assert "\x1b" not in result.stderr and "docs/s" not in result.stderr


def test_bar_only_on_a_terminal_without_quiet(story: Path, bars: list[bool], monkeypatch: pytest.MonkeyPatch) -> None:
    def extract(*args: str) -> None:
        assert runner.invoke(cli.app, ["extract", "--model", "blank", *args, str(story)]).exit_code == 0

    extract("-f", "jsonl")  # CliRunner's stderr is no terminal
    fake_terminals(monkeypatch, stderr=True, stdout=False)
    extract("-f", "jsonl")  # stderr a terminal, data to a file: the bar
    extract("-f", "jsonl", "-q")  # never with -q
    extract("-f", "table")  # a table to a file: the bar
    fake_terminals(monkeypatch, stderr=True, stdout=True)
    extract("-f", "jsonl")  # JSON on the same terminal: no bar drawn through it
    extract("-f", "table")  # nor through a table, which is printed document by document
    assert bars == [False, True, False, True, False, False]


def test_other_commands_show_no_bar(story: Path, bars: list[bool], monkeypatch: pytest.MonkeyPatch) -> None:
    fake_terminals(monkeypatch, stderr=True, stdout=False)
    assert runner.invoke(cli.app, ["speakers", "--model", "blank", str(story)]).exit_code == 0
    assert bars == [False]


def test_wanted_needs_a_terminal_and_no_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    monkeypatch.setenv("TERM", "xterm")
    assert wanted(quiet=False, data_to_terminal=False)
    assert not wanted(quiet=True, data_to_terminal=False)
    assert not wanted(quiet=False, data_to_terminal=True)
    monkeypatch.setenv("TERM", "dumb")
    assert not wanted(quiet=False, data_to_terminal=False)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich would call this a terminal; a pipe is still a pipe
    assert not wanted(quiet=False, data_to_terminal=False)


def test_the_bar_draws_rate_and_count_on_a_terminal(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(f'{{"id": {n}, "text": "x"}}\n' for n in range(3)), encoding="utf-8")
    screen = FakeTerminal()
    with progress_bar([str(corpus)], show=True, stream=screen) as update:
        for done in range(1, 4):
            update(done)
    drawn = screen.getvalue()
    assert "docs/s" in drawn and "quotex" in drawn


def test_hidden_bar_writes_nothing() -> None:
    screen = FakeTerminal()
    with progress_bar(["-"], show=False, stream=screen) as update:
        update(1)
    assert screen.getvalue() == ""


def test_count_documents_follows_the_inputs(tmp_path: Path) -> None:
    (tmp_path / "dir" / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt", "c.md"):
        (tmp_path / "dir" / name).write_text("x", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": 1, "text": "x"}\n\n{"id": 2, "text": "y"}\n  \n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("x", encoding="utf-8")
    assert count_documents([str(tmp_path / "dir")]) == 2
    assert count_documents([str(corpus)]) == 2
    assert count_documents([str(story), "-", str(tmp_path / "missing.txt")]) == 3
    assert count_documents([str(tmp_path / "dir"), str(corpus), str(story)]) == 5
