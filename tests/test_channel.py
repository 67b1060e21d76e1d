"""The one output object: data on stdout, one-line messages on stderr, -q silencing all but errors."""

from __future__ import annotations

import pytest

from quotex.output.channel import Output


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
