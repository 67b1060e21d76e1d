"""Help that teaches: every command's --help ends with examples, and shell completion is on."""

from __future__ import annotations

import re

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from quotex import cli

runner = CliRunner()
COMMANDS = sorted(get_command(cli.app).commands)  # type: ignore[attr-defined]


def test_the_views_are_commands() -> None:
    assert {"extract", "show", "speakers", "schema"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)], ids=lambda c: " ".join(c) or "quotex")
def test_help_has_examples_that_use_the_command(command: list[str]) -> None:
    result = runner.invoke(cli.app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    examples = result.stdout.split("Examples:", 1)[1]
    assert re.search(rf"quotex {command[0]}\b" if command else r"quotex \w+", examples)


def test_shell_completion_is_offered() -> None:
    result = runner.invoke(cli.app, ["--help"])
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


def test_completion_script_names_quotex(monkeypatch: pytest.MonkeyPatch) -> None:
    # Name the shell rather than detect it: detection reads the parent process,
    # which a test run started in the background (or by some CI runners) lacks.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = runner.invoke(cli.app, ["--show-completion", "bash"], prog_name="quotex")
    assert result.exit_code == 0, result.output
    assert "_QUOTEX_COMPLETE" in result.stdout


INPUT_OPTIONS = ("--model", "--fast", "--id-field", "--text-field", "--encoding", "--html", "--errors", "--workers",
                 "--scheduler", "--quiet", "--verbose")


@pytest.mark.parametrize("command", ["extract", "show", "speakers", "eval"])
def test_every_command_that_reads_inputs_takes_the_same_input_options(command: str) -> None:
    """Rough edge 4: speakers (and show, and eval --gold) read inputs as extract does."""
    result = runner.invoke(cli.app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    missing = [option for option in INPUT_OPTIONS if option not in result.stdout]
    assert not missing, f"{command} lacks {missing}"


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)], ids=lambda c: " ".join(c) or "quotex")
def test_help_names_values_not_python_types(command: list[str]) -> None:
    """Rough edge 5: no '--all <bool>' or 'PATH <list[str]>'; a value is named by its metavar."""
    result = runner.invoke(cli.app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert not re.search(r"<(bool|str|int|float|list\[\w+\])>", result.stdout), result.stdout


@pytest.mark.parametrize("command, choices", [("extract", "table, json, jsonl, csv"), ("speakers", "table, json, jsonl, csv"),
                                              ("eval", "table, json")])
def test_a_bad_format_lists_the_formats(command: str, choices: str) -> None:
    result = runner.invoke(cli.app, [command, "-f", "jsn", "x"], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert f"'jsn' is not one of {choices}" in result.stderr and "Value error" not in result.stderr


def test_help_and_readme_point_to_nothing_a_user_lacks() -> None:
    """Rough edge 8: no '../shared/…' (a folder of this team's, not of a clone), and speakers reads HTML too."""
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme and "`shared/score.py`" not in readme
    for command in COMMANDS:
        shown = runner.invoke(cli.app, [command, "--help"], env={"COLUMNS": "200"}).stdout
        assert "shared/" not in shown, command
    speakers = runner.invoke(cli.app, ["speakers", "--help"], env={"COLUMNS": "200"}).stdout
    assert "HTML" in speakers
