"""Lines without closing punctuation are sentences of their own (quotex.lines), and titles are terms."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from quotex.run.component import mark_line_sentences
from quotex.run.extract import extract
from quotex.text.lines import sentence_starts


def starts(text: str) -> list[str]:
    """The first word of each line that starts a sentence of its own."""
    return [text[i:].split()[0] for i in sentence_starts(text)]


@pytest.mark.parametrize("text, expected", [
    ("Story continues below advertisement\n\nSmith said it.", ["Smith"]),
    ("THE LATEST ON THE ELECTION\n\nOfficials said it.", ["Officials"]),
    ("Photo by Jane Doe/Reuters\nSmith told reporters.", ["Smith"]),  # a new paragraph, no blank line
    ("By JOHN SMITH and MARY JONES\nAssociated Press\n\nThe president said it.", ["Associated", "The"]),
    ("Heading\r\n\r\nBody text.", ["Body"]),
    ("Heading\n\n\u201cWe will win,\u201d she said.", ["\u201cWe"]),
    ("Heading\n\n  Indented body.", ["Indented"]),
    # a blank line after a sentence's end starts a sentence ('"No."' and the next paragraph
    # were one sentence to the parser, its subject the object of 'replied')
    ("He said so.\n\nThen he left.", ["Then"]),
    ("Is it over?\n\nNo.", ["No."]),
    ('Asked whether she would resign, Mrs May replied: "No."\n\nOne minister said it.', ["One"]),
    ("\u201cWe will win.\u201d\n\n\u201cWe always do,\u201d she said.", ["\u201cWe"]),
    # a lead-in, a quote that runs on, and hard-wrapped sentences run on as the parse decides
    ("He said so.\nThen he left.", []),
    ("She said:\n\n\u201cWe will win.\u201d", []),
    ("\u201cWe will win,\u201d\n\nshe said.", []),
    # quoted words that end a heading or a line, and a blank line after, end the sentence ('"Everybody knew"'
    # over the next paragraph was one sentence to the parser, its subject 'Everybody')
    ("\"Everybody knew\"\n\nA nurse said it.", ["A"]),
    ("Ferrante: \u201cNobody says the word\u201d\n\nThe coach smiled.", ["The"]),
    ("The vote was \u2018historic\u2019\n\nOthers agreed.", ["Others"]),
    # ... not an owner's mark
    ("The plan of the workers\u2019\n\nOthers agreed.", []),
    # hard-wrapped text carries on with a lower-case word
    ("The talks went on until\nlate in the night.", []),
    ("One line only", []),
    ("", []),
])
def test_sentence_starts(text: str, expected: list[str]) -> None:
    assert starts(text) == expected


def test_the_component_marks_sentence_starts_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    doc = mark_line_sentences(nlp.make_doc("Story continues below advertisement\n\nSmith said it.\nAnd more"))
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == ["Smith"]


@pytest.mark.model
def test_load_pipeline_puts_the_component_before_the_parser(nlp: Language, blank_nlp: Language) -> None:
    assert nlp.pipe_names[0] == "quotex_lines" and nlp.pipe_names[-1] == "quotex"
    assert blank_nlp.pipe_names == ["quotex"]  # no parse: the rules end sentences at line breaks themselves


def test_the_component_is_found_by_name() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quotex_lines", first=True)
    doc = nlp("Heading\n\nBody.")
    assert doc[2].is_sent_start


@pytest.mark.model
@pytest.mark.parametrize("text, quote, speaker", [
    ("THE LATEST ON THE ELECTION\n\nOfficials said the count was \"almost complete\" on Monday.",
     "almost complete", "Officials"),
    ("Photo by Jane Doe/Reuters\n\nSmith told reporters the deal was \"dead\".", "dead", "Smith"),
    ("Story continues below advertisement\n\nMayor Ana Ruiz called the plan \"a disaster\".", "a disaster",
     "Ana Ruiz"),
])
def test_a_line_before_a_quote_hides_no_cue(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = [q for q in extract(nlp, text) if q.type in ("direct", "mixed")]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [(quote, speaker)]


# -- titles are terms ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Burton claims that his favorite book is "One Hundred Years of Solitude".',
    'Burton said he wrote a report titled "Why We Lost" last year.',
    'Burton said he watched "House of Cards" last night.',
    "Burton said his favourite film is 'The Third Man'.",
])
def test_a_title_is_a_term(blank_nlp: Language, text: str) -> None:
    quoted = [q for q in extract(blank_nlp, text) if q.type != "indirect"]
    assert [q.type for q in quoted] == ["term"]
