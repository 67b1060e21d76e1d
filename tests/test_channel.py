"""The one output object: data on stdout, one-line messages on stderr, -q silencing all but errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotex import cli
from quotex.output.channel import Output

COLOUR = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-7]|9[0-7])(?:;\d+)*m")  # a foreground colour, not bold or dim


@pytest.mark.parametrize("quiet, stderr", [
    (False, "quotex: warning: w\nsummary\nquotex: error: e\n"),
    (True, "quotex: error: e\n"),
], ids=["normal", "quiet"])
def test_messages_go_to_stderr_and_quiet_keeps_only_errors(
        quiet: bool, stderr: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = Output()
    out.configure(quiet=quiet)
    out.data("record")
    out.warning("w")
    out.summary("summary")
    out.error("e")
    captured = capsys.readouterr()
    assert captured.out == "record\n"
    assert captured.err == stderr


def test_streams_are_looked_up_at_each_write(capsys: pytest.CaptureFixture[str]) -> None:
    """A stream redirected after the object was made (a test runner, a worker) is honoured."""
    import contextlib
    import io

    out = Output()
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        out.warning("loading")
    out.relay(said.getvalue())
    assert capsys.readouterr().err == "quotex: warning: loading\n"


@pytest.mark.parametrize("args, env, coloured", [
    (["--color", "always"], {}, True),
    (["--color", "never"], {"FORCE_COLOR": "1"}, False),
    ([], {}, False),  # auto, and CliRunner's stdout is no terminal
    ([], {"FORCE_COLOR": "1"}, True),
    (["--color", "auto"], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
], ids=["always", "never-beats-FORCE_COLOR", "auto-piped", "auto-FORCE_COLOR", "auto-NO_COLOR"])
@pytest.mark.parametrize("command", ["extract", "show", "speakers"])
def test_color_option(command: str, args: list[str], env: dict[str, str], coloured: bool, tmp_path: Path) -> None:
    """Rough edge 6: --color auto|always|never, with FORCE_COLOR and NO_COLOR as rich reads them."""
    story = tmp_path / "story.txt"
    story.write_text("\u201cWe will not back down,\u201d Mayor Ana Ruiz said on Tuesday.\n", encoding="utf-8")
    result = CliRunner().invoke(cli.app, [command, "-q", "--model", "blank", *args, str(story)],
                                env={"NO_COLOR": "", "FORCE_COLOR": "", **env})
    assert result.exit_code == 0, result.output
    assert bool(COLOUR.search(result.stdout)) is coloured
    assert "Ana Ruiz" in result.stdout
