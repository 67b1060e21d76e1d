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


def linking_texts() -> list[str]:
    """The seeds, then a wire copy of seed 000 with a word changed, then seed 001 again: texts whose
    quotes link across documents."""
    from pathlib import Path

    seeds = sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8-sig") for path in seeds]
    return [*texts, texts[0].replace("relationship", "partnership", 1), texts[1]]


def corpus_keys(results: Any) -> list[tuple[str, Any, Any, bool]]:
    """Each record's quote key and speaker key, as the run's corpus stage gives them in input order
    (documents named d0, d1, …), and whether its signature came with it from where it was processed."""
    from quotex.corpus.stage import CorpusStage

    stage = CorpusStage()
    keys = []
    for n, result in enumerate(results):
        assert isinstance(result, list), result
        signed = [q.signature is not None for q in result]
        for quote, came_signed in zip(stage.document(f"d{n}", result), signed):
            keys.append((f"d{n}#{quote.index}", quote.quote_key, quote.speaker.key if quote.speaker else None,
                         came_signed))
    return keys
