"""The class of each record (speech, writing, thought, stance, action), and --types / --classes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from quotex import cli
from quotex.output.model import ATTRIBUTION_CLASSES
from quotex.run.extract import extract
from training.measure_classes import figures, iou, matched

LABELS = Path(__file__).parent.parent / "fixtures" / "polnear-dev" / "classes.jsonl"


def classes_of(nlp: Language, text: str) -> dict[str, str]:
    return {q.text: q.attribution_class for q in extract(nlp, text) if q.type == "indirect"}


@pytest.mark.model
@pytest.mark.parametrize("text, content, kind", [
    ("Leon Panetta said he hoped to talk to Chinese officials.", "he hoped to talk to Chinese officials", "speech"),
    ("The lawmakers wrote that the agency had failed.", "that the agency had failed", "writing"),
    ("McConnell issued a statement saying that the Senate should wait.", "that the Senate should wait", "writing"),
    ("Clinton believes that the vote is rigged.", "that the vote is rigged", "thought"),
    ("Many Republicans endorsed Trump.", "Trump", "stance"),
    ("Democrats blasted Republicans for being sore losers.", "Republicans for being sore losers", "stance"),
    ("A new poll showed Clinton leading by five points.", "Clinton leading by five points", "action"),
    ("The spokesman declined to comment on the report.", "to comment on the report", "action"),
    ("The House is expected to pass the bill.", "to pass the bill", "thought"),
    # an adjective of insisting reports words, one of attitude a belief (the parse may hang the clause on 'was')
    ("Ridley was adamant that the ball struck his chest.", "that the ball struck his chest", "speech"),
    ("She is adamant the yard will never become a heritage centre.", "the yard will never become a heritage centre",
     "speech"),
    ("He was confident the plan would work.", "the plan would work", "thought"),
    # words not said are no report of speech
    ("Carson did not mention any of his opponents by name.", "any of his opponents by name", "action"),
    ("The network did not respond to the request.", "the request", "action"),
    ("She never said she would support the plan.", "she would support the plan", "action"),
    ("She said she would support the plan.", "she would support the plan", "speech"),
    # a report hung on 'be' is a claim nobody is said to make
    ("Republicans were far less divided on the issue of allowing Muslims into the country.",
     "far less divided on the issue of allowing Muslims into the country", "thought"),
    # the passive of persuading is a belief of its subject
    ("Clinton was persuaded that the deal was good.", "that the deal was good", "thought"),
    ("Mr. Autor is convinced that trade helps workers.", "that trade helps workers", "thought"),
    # what people find is a judgement, what they show an act; what a poll finds, a finding
    ("Nine percent of the voters found it to be a deterrent.", "it to be a deterrent", "thought"),
    ("A Gallup poll found that most voters oppose the plan.", "that most voters oppose the plan", "action"),
    # a response made by doing something is an act; one made in words, speech
    ("The DNC responded by blocking the campaign's access to its data.",
     "blocking the campaign's access to its data", "action"),
    ("The senator responded that the bill was dead.", "that the bill was dead", "speech"),
    # confirming a person is an act of appointing; confirming a fact, speech
    ("The Senate voted on Thursday to confirm Judge Maria Ortiz to the appeals court.",
     "Judge Maria Ortiz to the appeals court", "action"),
    ("The Senate confirmed the nominee on Thursday.", "the nominee", "action"),
    ("The company confirmed that it would cut jobs.", "that it would cut jobs", "speech"),
    # a verb of saying or writing whose content is a thing, not words, reports the act
    ("The union announced the walkout on Monday.", "the walkout", "action"),
    ("The two ministers discussed the matter at length.", "the matter at length", "action"),
    ("Officials talked about the flooding.", "the flooding", "action"),
    ("Ms Brown addressed a small crowd outside the court.", "a small crowd outside the court", "action"),
    ("The company published its annual report on Tuesday.", "its annual report", "action"),
    ("He said nothing.", "nothing", "action"),
    # ... but a clause, a predicate on the thing, or a request's thing is what was said
    ("He denied that he had lied.", "that he had lied", "speech"),
    ("She called him a liar.", "him a liar", "speech"),
    ("The council described the junction as dangerous.", "the junction as dangerous", "speech"),
    ("Protesters called for a ceasefire.", "a ceasefire", "speech"),
    # a quote's topic beside it is no report of words, though its group has the quote
    ('"He is a fraud," Smith said of Trump.', "Trump", "action"),
    # going on doing something is no saying; going on to say is
    ("The company continued to invest billions each year in new reserves.",
     "to invest billions each year in new reserves", "action"),
    ("He went on to say that the plan would fail.", "that the plan would fail", "speech"),
    # naming or accusing with a predicate all in quote marks takes a stance; the quoted words are a quote
    ("Residents call the plant \u201cthe museum\u201d.", "the plant \u201cthe museum\u201d", "stance"),
    ("Robert Elliott described the route as \u2018a lifeline, not a luxury\u2019.",
     "the route as \u2018a lifeline, not a luxury\u2019", "stance"),
    ('Daniel Okafor accused ministers of "setting councils up to fail".', 'ministers of "setting councils up to fail"',
     "stance"),
    # ... not a clause whose verb is in the marks, nor a predicate out of them
    ('She said the trial "addresses a genuine gap" in care.', 'the trial "addresses a genuine gap" in care', "speech"),
    ('He promised a "once-in-a-generation reset" of the system.', 'a "once-in-a-generation reset" of the system',
     "speech"),
    # (a straight mark closes as a curly one does: the verb after it is outside the marks)
    ('She described the deal as "a disaster" that would cost jobs for years.',
     'the deal as "a disaster" that would cost jobs for years', "speech"),
])
def test_each_indirect_record_has_the_class_of_its_cue(nlp: Language, text: str, content: str, kind: str) -> None:
    assert classes_of(nlp, text).get(content) == kind


@pytest.mark.model
def test_a_finding_in_according_to_is_an_action_and_a_newspaper_is_writing(nlp: Language) -> None:
    text = ("Clinton drew deep support among women, according to exit polls. "
            "The information is in the report, according to the Times.")
    got = classes_of(nlp, text)
    assert got.get("Clinton drew deep support among women") == "action"
    assert got.get("The information is in the report") == "writing"


def test_a_thing_is_said_only_with_a_parse_to_tell(blank_nlp: Language) -> None:
    """Without a parse nothing tells a thing from a clause: the verb's class stands."""
    got = classes_of(blank_nlp, "The union announced the walkout on Monday.")
    assert got and set(got.values()) == {"speech"}


@pytest.mark.model
def test_a_report_in_two_pieces_is_words_when_either_piece_is(nlp: Language) -> None:
    text = "The plan, which he said was not a prison sentence, passed."
    got = classes_of(nlp, text)
    assert got and set(got.values()) == {"speech"}


def test_blank_records_have_a_class_and_terms_none(blank_nlp: Language) -> None:
    quotes = extract(blank_nlp, 'Officials said the plan would fail. The so-called "reform" passed.')
    assert {q.type: q.attribution_class for q in quotes} == {"indirect": "speech", "term": None}
    assert all(q.to_dict()["class"] in (*ATTRIBUTION_CLASSES, None) for q in quotes)


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ('Trump attacked the press on Monday.\n"We are up 400,000 jobs. We are winning."', "speech"),
    ('"We will win this state," Clinton wrote in a letter to donors.', "writing"),
    ('He attacked her as "a fraud who cannot be trusted".', "speech"),
])
def test_quoted_speech_is_speech_or_writing_whatever_cue_stands_near(nlp: Language, text: str, kind: str) -> None:
    quotes = [q for q in extract(nlp, text) if q.type in ("direct", "mixed")]
    assert quotes and {q.attribution_class for q in quotes} == {kind}


def test_matching_labels_to_predictions() -> None:
    labels = [{"doc": "d", "start": 0, "end": 10, "class": "speech"},
              {"doc": "d", "start": 20, "end": 30, "class": "stance"},
              {"doc": "d", "start": 40, "end": 50, "class": "thought"}]
    preds = [{"doc": "d", "type": "indirect", "start": 0, "end": 9, "class": "speech"},
             {"doc": "d", "type": "indirect", "start": 20, "end": 30, "class": "speech"},
             {"doc": "d", "type": "direct", "start": 40, "end": 50, "class": "thought"}]
    out = figures(matched(labels, preds))
    assert iou((0, 10), (0, 9)) == pytest.approx(0.9)
    assert (out["matched"], out["agreement"], out["speech_writing_precision"]) == (2, 0.5, 0.5)


def test_the_labelled_fixture_is_300_dev_indirect_rows_with_a_class() -> None:
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 300 and {r["type"] for r in rows} == {"indirect"}
    assert {r["class"] for r in rows} == set(ATTRIBUTION_CLASSES)


runner = CliRunner()
TEXT = ("Officials said the plan would fail. Trump attacked Clinton. She believes the vote is rigged. "
        '"We will win," he said.\n')


def records(tmp_path: Path, *args: str) -> list[dict[str, Any]]:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(cli.app, ["extract", "-f", "jsonl", "--model", "blank", *args, str(path)])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.usefixtures("cli_models")
@pytest.mark.parametrize("args, kinds", [
    ((), {("direct", "speech")}),
    (("--types", "indirect"), {("indirect", "speech")}),
    (("--types", "direct,indirect", "--classes", "speech,thought"),
     {("direct", "speech"), ("indirect", "speech"), ("indirect", "thought")}),
    (("--all", "--classes", "thought"), {("direct", "speech"), ("indirect", "thought")}),
])
def test_types_and_classes_choose_the_records(tmp_path: Path, args: tuple[str, ...], kinds: set) -> None:
    assert {(r["type"], r["class"]) for r in records(tmp_path, *args)} == kinds


@pytest.mark.usefixtures("cli_models")
@pytest.mark.parametrize("args, hint", [
    (("--classes", "stance"), "--classes"),
    (("--all", "--types", "indirect"), "--types"),
    (("--types", "indirect", "--classes", "gossip"), "--classes"),
    (("--types", "quoted"), "--types"),
])
def test_bad_types_and_classes_are_usage_errors(tmp_path: Path, args: tuple[str, ...], hint: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(cli.app, ["extract", "--model", "blank", *args, str(path)])
    assert result.exit_code == 2 and hint in result.stderr


@pytest.mark.model
@pytest.mark.usefixtures("cli_models")
@pytest.mark.parametrize("args, sourceless", [
    (("--types", "indirect"), False),  # reported speech names who said it
    (("--all",), True),  # everything: a question an unnamed reporter put too
])
def test_reported_speech_with_no_source_is_written_with_all_only(tmp_path: Path, args: tuple[str, ...],
                                                                 sourceless: bool) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Officials said the plan would fail.\n\nAsked whether he would resign, Smith shook his head.\n",
                    encoding="utf-8")
    result = runner.invoke(cli.app, ["extract", "-f", "jsonl", *args, str(path)])
    assert result.exit_code == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    reports = [r for r in reports if r["type"] == "indirect" and r["class"] == "speech"]
    assert "the plan would fail" in [r["text"] for r in reports]
    assert any(r["speaker"] is None for r in reports) is sourceless
