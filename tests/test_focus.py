"""focus.py: the text the trained pipeline sees in fast mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from quotex.focus import focus
from quotex.marks import paragraphs, scan
from quotex.pipeline import extract_many

SEEDS = sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.txt"))
PIECES = st.sampled_from(['"', "\u201c", "\u201d", "\n", "\n\n", " ", ". ", "said ", "Leon Panetta ",
                          "He ", "the plan ", "Mr. ", "according to ", "x", "Yes"])


def check_same_shape(text: str) -> None:
    out = focus(text)
    assert len(out) == len(text)
    assert [i for i, c in enumerate(out) if c in "\r\n"] == [i for i, c in enumerate(text) if c in "\r\n"]
    assert [(p.start, p.end) for p in paragraphs(out)] == [(p.start, p.end) for p in paragraphs(text)]
    for q in scan(text):
        assert out[q.start:q.end] == text[q.start:q.end]


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_focus_keeps_offsets_lines_paragraphs_and_quotes(text: str) -> None:
    check_same_shape(text)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_focus_on_the_seeds(seed: Path) -> None:
    check_same_shape(seed.read_text(encoding="utf-8"))


def test_focus_blanks_sentences_without_quotes_or_cues() -> None:
    text = ("The weather was mild in Tokyo on Sunday and the markets were calm all day long.\n\n"
            "U.S. Defense Secretary Leon Panetta arrived in Tokyo on Sunday for a long series of talks.\n\n"
            '"We will keep talking," Panetta said after the first meeting with his counterpart.\n')
    out = focus(text)
    assert "weather" not in out and "Leon Panetta" in out and "keep talking" in out


@pytest.mark.model
def test_fast_mode_keeps_the_seed_speakers(nlp: Language) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for slow, fast in zip(extract_many(nlp, texts), extract_many(nlp, texts, fast=True)):
        pick = lambda qs: [(q.start, q.end, q.speaker and q.speaker.name) for q in qs if q.type == "direct"]  # noqa: E731
        assert pick(fast) == pick(slow)
