"""The spaCy component, model loading and per-document robustness."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotex.run import component, loader
from quotex.run import extract as extract_module
from quotex.errors import QuotexError
from quotex.run.extract import chunks, extract, extract_many
from quotex.run.loader import load_pipeline
from quotex.run.packed import PackedQuotes

GOOD = '"We will not back down," Mayor Jane Smith said.'


def test_blank_model_loads_without_warning(capsys: pytest.CaptureFixture[str]) -> None:
    nlp = load_pipeline("blank")
    assert nlp.pipe_names == ["quotex"]
    assert capsys.readouterr().err == ""


def test_no_installed_model_falls_back_to_rules_with_one_warning(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(loader, "PREFERRED_MODELS", ("no_such_model_xyz",))
    nlp = load_pipeline(None)
    err = capsys.readouterr().err
    assert err.count("warning") == 1 and "rules only" in err
    assert nlp.pipe_names == ["quotex"]
    assert extract(nlp, GOOD)[0].speaker.name == "Jane Smith"


def test_named_model_that_cannot_load_is_a_quotex_error() -> None:
    with pytest.raises(QuotexError, match="no_such_model_xyz"):
        load_pipeline("no_such_model_xyz")


def test_the_trained_model_is_preferred(nlp: Language) -> None:
    assert "parser" in nlp.pipe_names and nlp.pipe_names[-1] == "quotex"


def test_one_failing_document_does_not_stop_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_pipeline("blank")
    real = component.attribute

    def flaky(doc):  # type: ignore[no-untyped-def]
        if "BOOM" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(component, "attribute", flaky)
    results = list(extract_many(nlp, [GOOD, "BOOM " + GOOD, GOOD], batch_size=8))
    assert len(results) == 3
    assert isinstance(results[1], QuotexError) and "boom" in str(results[1])
    for good in (results[0], results[2]):
        assert isinstance(good, list) and good[0].speaker.name == "Jane Smith"


def test_chunks_cut_after_line_breaks_and_cover_the_text() -> None:
    text = "aaaa\nbbbb\ncccc\n" * 5
    pieces = list(chunks(text, 12))
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(b - a <= 12 for a, b in pieces)
    assert all(text[b - 1] == "\n" for a, b in pieces[:-1])


def test_long_text_offsets_point_into_the_whole_text() -> None:
    nlp = load_pipeline("blank")
    nlp.max_length = 200
    text = "Intro line.\n\n" * 20 + (GOOD + "\n\n") * 6
    quotes = extract(nlp, text)
    assert len(quotes) == 6
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.speaker.mention.start:q.speaker.mention.end] == q.speaker.mention.text
        assert text[q.cue.start:q.cue.end] == q.cue.text


def test_chunks_without_line_breaks_cut_after_a_sentence_or_a_space() -> None:
    nlp = load_pipeline("blank")
    nlp.max_length = 60
    text = "Filler words go here, and more of them. \u201cWe will not back down,\u201d Mayor Ana Ruiz said."
    [q] = extract(nlp, text)
    assert (q.text, q.speaker.name, q.paragraph) == ("We will not back down,", "Ana Ruiz", 0)
    assert all(b - a <= 60 for a, b in chunks("word " * 100, 60))


def test_chunked_quotes_keep_whole_text_paragraph_numbers() -> None:
    nlp = load_pipeline("blank")
    nlp.max_length = 60
    text = "Filler words go here.\n\nAnd more of them here.\n\n\u201cWe will not back down,\u201d Mayor Ana Ruiz said."
    [q] = extract(nlp, text)
    assert q.paragraph == 2


@pytest.mark.model
def test_fast_mode_texts_are_the_original_texts(nlp: Language) -> None:
    text = '"we", Ana Ruiz said. Ana Ruiz said : "we"  said \n\xa0\nwill.\n'
    [quotes] = list(extract_many(nlp, [text], fast=True))
    assert quotes
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert "\n" not in q.text


def test_a_text_of_many_tokens_runs_in_pieces_with_whole_text_offsets_and_ids(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "PIECE_TOKENS", 40)
    nlp = load_pipeline("blank")
    text = "\n\n".join(f"{GOOD} Filler words here and more of them too." for _ in range(6))
    [whole] = list(extract_many(nlp, [GOOD]))
    quotes = extract(nlp, text)
    assert len(quotes) == 6 and len({q.group for q in quotes}) == 6
    assert all(text[q.start:q.end] == q.text == whole[0].text for q in quotes)
    assert [q.paragraph for q in quotes] == list(range(6))
    assert len({q.speaker.id for q in quotes}) == 6  # one speaker per piece: never one id for two


def test_short_texts_are_piped_together_up_to_a_token_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "BATCH_TOKENS", 15)
    nlp = load_pipeline("blank")
    results = list(extract_many(nlp, [GOOD, "", GOOD * 3, GOOD], batch_size=8))
    assert [len(r) for r in results] == [1, 0, 3, 1]


def test_a_text_run_in_pieces_gives_its_quotes_packed_a_piece_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Millions of tiny quotes must not be held as objects until they are written (bench/hostile.py)."""
    monkeypatch.setattr(extract_module, "PIECE_TOKENS", 40)
    nlp = load_pipeline("blank")
    said = '"We will not back down on this," Mayor Jane Smith said.'  # 7 words: signed for linking
    text = "\n\n".join(f"{said} Filler words here and more of them too." for _ in range(6))
    [packed] = list(extract_many(nlp, [text]))
    assert isinstance(packed, PackedQuotes) and [len(part) for part in packed.parts()] == [1] * 6
    assert packed == extract(nlp, text) and all(q.signature is not None for q in packed)
    [short] = list(extract_many(nlp, [GOOD]))
    assert isinstance(short, list)


@pytest.mark.parametrize("text, words", [
    ("-Craig Fehrman explains why.", ["-", "Craig", "Fehrman", "explains", "why", "."]),  # a list's bullet
    ("a co-op, -5 degrees and x-Ray", ["a", "co", "-", "op", ",", "-5", "degrees", "and", "x", "-", "Ray"]),
])
def test_a_hyphen_that_opens_a_capitalised_word_is_a_token_of_its_own(text: str, words: list[str]) -> None:
    nlp = load_pipeline("blank")
    assert [t.text for t in nlp.make_doc(text)] == words
    loader.split_leading_marks(nlp)  # once only
    assert [t.text for t in nlp.make_doc(text)] == words


@pytest.mark.parametrize("text, words", [
    ("\u201cWe won,\u201dClinton said.", ["\u201c", "We", "won", ",", "\u201d", "Clinton", "said", "."]),
    ('so do voters!"After his rally', ["so", "do", "voters", "!", '"', "After", "his", "rally"]),
    ("a,b and 5,000 and U.S. news", ["a", ",", "b", "and", "5,000", "and", "U.S.", "news"]),  # the model's own infixes
])
def test_a_closing_mark_glued_to_the_next_word_is_split_off(text: str, words: list[str]) -> None:
    nlp = load_pipeline("blank")
    assert [t.text for t in nlp.make_doc(text)] == words
    loader.split_glued_marks(nlp)  # once only
    assert [t.text for t in nlp.make_doc(text)] == words
