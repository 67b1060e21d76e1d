"""Two apostrophes typed for a double mark (``''…,'' he said``), as archives of the New York
Times and PolNeAR's copies of its articles write quotes: found and attributed as quotes are,
and written as reported speech with their marks, as PolNeAR reads them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from quotex import cli
from quotex.attribution.attributor import attribute
from quotex.output.model import Quote
from quotex.run.extract import extract

ARTICLE = (
    "President Obama spoke in Philadelphia on Wednesday.\n\n"
    "''America is already great,'' he said. ''America is already strong.''\n\n"
    "Ms. Khan said Mr. Trump was ''ignorant'' of Islam.\n\n"
    "''To date,'' she continued, ''there has not been much interest.''\n\n"
    "''The first paragraph of a long quote runs on.\n\n"
    "''And it ends here,'' said Mr. Daley.\n"
)


def _who(q: Quote) -> Optional[tuple[str, str, bool]]:
    return None if q.speaker is None else (q.speaker.name, q.speaker.kind, q.speaker.anonymous)


def _records(nlp: Language) -> list[dict]:
    quotes = extract(nlp, ARTICLE)
    for q in quotes:
        assert ARTICLE[q.start:q.end] == q.text
    return [q.to_dict(doc="a.txt") for q in quotes]


@pytest.mark.model
def test_sentences_in_two_apostrophes_are_reported_speech_with_their_marks(nlp: Language) -> None:
    records = _records(nlp)
    marked = [(r["text"], r["type"], r["class"], r["speaker"]["name"] if r["speaker"] else None)
              for r in records if r["marks"] == "apostrophes"]
    assert marked == [
        ("''America is already great,''", "indirect", "speech", "Obama"),
        ("''America is already strong.''", "indirect", "speech", "Obama"),  # its continuation
        ("''To date,''", "indirect", "speech", "Khan"),
        ("''there has not been much interest.''", "indirect", "speech", "Khan"),  # the split quote's second half
        ("''The first paragraph of a long quote runs on.", "indirect", "speech", "Daley"),
        ("''And it ends here,''", "indirect", "speech", "Daley"),
    ]
    groups = [r["group"] for r in records if r["marks"] == "apostrophes"]
    assert groups[2] == groups[3] and groups[4] == groups[5] and groups[0] != groups[1]


@pytest.mark.parametrize("fixture", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
def test_two_apostrophes_are_attributed_as_double_marks_are(fixture: str, request: pytest.FixtureRequest) -> None:
    """The same speakers, cues and groups as with double marks; a sentence quoted whole is
    indirect, with its marks, and a phrase inside a report is no record of its own."""
    nlp = request.getfixturevalue(fixture)
    # (a report that holds a quoted phrase is given with its quote, in double marks; in two apostrophes
    # the phrase is no quote, and the report stays: the reports that hold phrases are compared apart)
    double = [q for q in extract(nlp, ARTICLE.replace("''", '"'))
              if q.type != "mixed" and not (q.type == "indirect" and q.marks is None and '"' in q.text)]
    typed = [q for q in extract(nlp, ARTICLE) if not (q.type == "indirect" and q.marks is None and "''" in q.text)]
    assert len(typed) == len(double)
    for a, b in zip(typed, double):
        assert (_who(a), a.cue and a.cue.text, a.method) == (_who(b), b.cue and b.cue.text, b.method)
        assert a.type == ("indirect" if b.type == "direct" else b.type)
        assert a.marks == ("apostrophes" if b.type == "direct" else None)
        assert a.text.strip("'\"") == b.text.strip("'\"") if b.type == "direct" else a.text == b.text.replace('"', "''")


def test_a_phrase_in_two_apostrophes_stays_inside_its_report(blank_nlp: Language) -> None:
    """'Mr. Trump was ''ignorant'' of Islam' is what Ms. Khan said: one report, the phrase in it."""
    records = _records(blank_nlp)
    assert not [r for r in records if r["text"] == "ignorant"]
    report = [r for r in records if r["type"] == "indirect" and "''ignorant''" in r["text"]]
    assert [(r["text"], r["marks"], r["speaker"]["name"]) for r in report] == [
        ("Mr. Trump was ''ignorant'' of Islam", None, "Khan")]


def test_no_quoted_speech_is_written_for_two_apostrophes(blank_nlp: Language) -> None:
    """The default types (direct, mixed) hold none of them."""
    assert not [r for r in _records(blank_nlp) if r["type"] in ("direct", "mixed")]


@pytest.mark.parametrize("text, records", [
    # no report holds the clause: it is reported speech, as a sentence in two apostrophes is
    ("Freddy, as he was known, ''was caught in the middle of a business he never loved,'' Mr. Trump said.",
     [("''was caught in the middle of a business he never loved,''", "indirect", "apostrophes", "Trump")]),
    # a phrase of a term's length is left out; the report that holds it stays
    ("He called the plan ''a disaster'' on Monday.",
     [("the plan ''a disaster'' on Monday", "indirect", None, "He")]),
])
def test_a_clause_in_two_apostrophes_no_report_holds(blank_nlp: Language, text: str,
                                                     records: list[tuple[str, str, Optional[str], str]]) -> None:
    quotes = extract(blank_nlp, text)
    assert [(q.text, q.type, q.marks, q.speaker.name if q.speaker else None) for q in quotes] == records
    assert all(text[q.start:q.end] == q.text for q in quotes)


@pytest.mark.usefixtures("cli_models")
def test_the_cli_says_when_the_default_types_leave_them_out(tmp_path: Path) -> None:
    path = tmp_path / "times.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    plain = CliRunner().invoke(cli.app, ["extract", "-f", "jsonl", "--model", "blank", str(path)])
    assert plain.exit_code == 0, plain.stderr
    assert plain.stdout == ""
    assert "6 quotes in two apostrophes ''…'' left out" in plain.stderr.splitlines()[-1]
    asked = CliRunner().invoke(cli.app, ["extract", "-f", "jsonl", "--model", "blank", "--types",
                                         "direct,mixed,indirect", str(path)])
    records = [json.loads(line) for line in asked.stdout.splitlines()]
    assert sum(r["marks"] == "apostrophes" for r in records) == 6
    assert "left out" not in asked.stderr


@pytest.mark.model
@pytest.mark.parametrize("text, report", [
    # a report that ends inside a quote in two apostrophes takes in the stop and the marks
    ("The president said the economy is ''doing much better than it has in years.''",
     "the economy is ''doing much better than it has in years.''"),
    ("Mr. Obama said Gulf allies were acting too often as ''free riders.'' He did not name them.",
     "Gulf allies were acting too often as ''free riders.''"),
    # one that holds the whole quote keeps its bounds
    ("Ms. Khan said Mr. Trump was ''ignorant'' of Islam.", "Mr. Trump was ''ignorant'' of Islam"),
])
def test_a_report_that_ends_in_two_apostrophes_takes_them_in(nlp: Language, text: str, report: str) -> None:
    quotes = [q for q in extract(nlp, text) if q.type == "indirect"]
    assert [q.text for q in quotes] == [report]
    assert all(text[q.start:q.end] == q.text for q in quotes)


@pytest.mark.model
def test_the_report_scorer_trains_on_its_own_bounds(nlp: Language) -> None:
    """What the scorer is trained on (``rule_reports``) has the bounds it sees at run time: a report's
    closing marks are taken in only for the reader."""
    with nlp.select_pipes(disable=["quotex"]):
        doc = nlp("The president said the economy is ''doing much better than it has in years.''")
    scored = [q.text for q in attribute(doc, reader_bounds=False) if q.type == "indirect"]
    read = [q.text for q in attribute(doc) if q.type == "indirect"]
    assert read == ["the economy is ''doing much better than it has in years.''"]
    assert scored == ["the economy is ''doing much better than it has in years"]
