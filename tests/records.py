"""Checks on the JSON records the CLI prints, shared by the CLI test files."""

from __future__ import annotations

from typing import Any


def assert_offsets_match(record: dict[str, Any], text: str) -> None:
    """The record's text, speaker mention and cue are where its offsets say in ``text``."""
    assert text[record["start"]:record["end"]] == record["text"]
    speaker = record["speaker"]
    if speaker and speaker["mention"]:
        mention = speaker["mention"]
        assert text[mention["start"]:mention["end"]] == mention["text"]
    if record["cue"]:
        assert text[record["cue"]["start"]:record["cue"]["end"]] == record["cue"]["text"]
