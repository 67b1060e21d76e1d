"""Across a corpus: speaker keys and their join, quote linking, --keep, and the acceptance on
PolNeAR dev and the seeds."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, Optional

import pytest
from typer.testing import CliRunner

from quotex import cli
from quotex.corpus.keys import KeyedSpeaker, join_keys, speaker_key
from quotex.corpus.linking import QuoteLinker, sign
from quotex.corpus.names import clean, is_headline, less_specific, person_words
from quotex.corpus.stage import CorpusStage
from quotex.output.model import Quote, Speaker
from quotex.output.render import OutputFormat
from quotex.output.views import SpeakersView

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = FIXTURES / "seeds"
runner = CliRunner()


# -- names ------------------------------------------------------------------------------------

CLEANED = [
    ("Donald J. Trump statements", "Donald J. Trump"),
    ("Obama Claims Hillary Most Qualified Presidential Candidate Ever", "Obama"),
    ("Bill de Blasio", "Bill de Blasio"),
    ("John Hope", "John Hope"),  # a verb as a surname stays
    ("Trump Tuesday", "Trump"),
]


@pytest.mark.parametrize("name, cleaned", CLEANED)
def test_clean_cuts_what_a_parse_left_on_a_name(name: str, cleaned: str) -> None:
    assert clean(name) == cleaned


def test_clean_keeps_an_organisations_common_nouns_and_cuts_its_time() -> None:
    assert clean("The Sanders campaign on Monday", org=True) == "The Sanders campaign"


PERSON_WORDS: list[tuple[str, Optional[tuple[str, ...]]]] = [
    ("Donald J. Trump", ("donald", "j", "trump")),
    ("President Obama", ("obama",)),
    ("José Ángel Núñez", ("jose", "angel", "nunez")),
    ("Donald Trump Jr.", ("donald", "trump", "jr")),
    ("Clinton Foundation", None),  # an organisation
    ("the Republican presidential candidate", None),
    ("a senior official", None),
    ("Sanders’ campaign manager", None),
    ("OBAMA’S LAST STATE OF THE UNION", None),
    ("he", None),
    ("President", None),  # a title alone
]


@pytest.mark.parametrize("name, words", PERSON_WORDS)
def test_person_words(name: str, words: Optional[tuple[str, ...]]) -> None:
    assert person_words(name) == words


@pytest.mark.parametrize("name, headline", [
    ("OBAMA’S LAST STATE OF THE UNION", True),
    ("Obama Claims Hillary Most Qualified Presidential Candidate Ever", True),
    ("Republican National Committee", False),
    ("a prominent Republican National Committee member", False),
])
def test_is_headline(name: str, headline: bool) -> None:
    assert is_headline(name) is headline


LESS_SPECIFIC = [
    (("trump",), ("donald", "trump"), True),
    (("de", "blasio"), ("bill", "de", "blasio"), True),
    (("donald", "trump"), ("donald", "j", "trump"), True),
    (("hilary", "clinton"), ("hillary", "clinton"), True),
    (("bill", "clinton"), ("hillary", "clinton"), False),
    (("dan", "smith"), ("don", "smith"), False),
    (("donald", "trump"), ("donald", "trump", "jr"), False),
    (("trump",), ("donald", "trump", "jr"), True),  # so that a bare 'Trump' stays apart from both
    (("donald",), ("donald", "trump"), False),  # a first name alone names no one
]


@pytest.mark.parametrize("short, full, expected", LESS_SPECIFIC)
def test_less_specific(short: tuple[str, ...], full: tuple[str, ...], expected: bool) -> None:
    assert less_specific(short, full) is expected


# -- keys -------------------------------------------------------------------------------------

KEYS = [
    ("Donald J. Trump", "person", False, "name:donald j trump"),
    ("Trump", "unknown", False, "name:trump"),
    ("Clinton Foundation", "person", False, "org:clinton foundation"),
    ("The Sanders campaign on Monday", "organization", False, "org:sanders campaign"),
    ("her campaign", "organization", False, "doc:d.txt#s1"),
    ("a senior official", "person", True, "doc:d.txt#s1"),
    ("Jane Doe", "person", True, "doc:d.txt#s1"),  # a name withheld is no name to merge
    ("Democrats", "group", False, "doc:d.txt#s1"),
    ("he", "person", False, "doc:d.txt#s1"),
]


@pytest.mark.parametrize("name, kind, anonymous, key", KEYS)
def test_speaker_key(name: str, kind: str, anonymous: bool, key: str) -> None:
    assert speaker_key("d.txt", Speaker(name, None, kind, anonymous, id="s1")) == key  # type: ignore[arg-type]


def joined(*speakers: tuple[str, str, int]) -> dict[str, str]:
    return join_keys(KeyedSpeaker(key, name, quotes) for key, name, quotes in speakers)


def test_a_surname_joins_the_one_quoted_person_of_that_name() -> None:
    joins = joined(("name:donald trump", "Donald Trump", 194), ("name:trump", "Trump", 14),
                   ("name:donald j trump", "Donald J. Trump", 1), ("name:barack obama", "Barack Obama", 22))
    assert joins == {"name:donald trump": "name:donald trump", "name:trump": "name:donald trump",
                     "name:donald j trump": "name:donald trump", "name:barack obama": "name:barack obama"}


def test_two_quoted_clintons_keep_a_bare_surname_apart() -> None:
    joins = joined(("name:hillary clinton", "Hillary Clinton", 100), ("name:bill clinton", "Bill Clinton", 2),
                   ("name:clinton", "Clinton", 3))
    assert joins == {key: key for key in joins}


def test_a_junior_keeps_a_bare_surname_apart() -> None:
    joins = joined(("name:donald trump", "Donald Trump", 9), ("name:donald trump jr", "Donald Trump Jr.", 2),
                   ("name:trump", "Trump", 3))
    assert joins == {key: key for key in joins}


def test_a_name_taken_for_a_group_joins_the_person_only() -> None:
    joins = joined(("name:bernie sanders", "Bernie Sanders", 40), ("doc:a#s2", "Sanders", 3),
                   ("doc:b#s1", "Democrats", 2), ("doc:c#s1", "Democrats", 2), ("org:sanders", "Sanders", 1))
    assert joins == {"name:bernie sanders": "name:bernie sanders", "doc:a#s2": "name:bernie sanders",
                     "doc:b#s1": "doc:b#s1", "doc:c#s1": "doc:c#s1", "org:sanders": "name:bernie sanders"}


def test_a_misspelt_first_name_joins_the_spelling_used_most() -> None:
    joins = joined(("name:hillary clinton", "Hillary Clinton", 100), ("name:hilary clinton", "Hilary Clinton", 1))
    assert set(joins.values()) == {"name:hillary clinton"}


def quote(index: int, text: str, speaker: Optional[str] = None, *, kind: str = "person", sid: str = "s1",
          anonymous: bool = False, type_: str = "direct") -> Quote:
    who = Speaker(speaker, None, kind, anonymous, id=sid) if speaker else None  # type: ignore[arg-type]
    return Quote(index, index, text, 0, len(text), type_, 0, who, None, "explicit" if who else "none",  # type: ignore[arg-type]
                 0.9 if who else 0.0)


def test_speakers_across_join_surnames_and_keep_unnamed_sources_apart() -> None:
    out = io.StringIO()
    view = SpeakersView(OutputFormat.jsonl, out, across=True)
    stage = CorpusStage()
    documents = {
        "a": [quote(0, "One two three.", "Donald Trump"), quote(1, "Four.", "a senior official", anonymous=True,
                                                                  sid="s2")],
        "b": [quote(0, "Five six.", "Trump"), quote(1, "Seven.", "a senior official", anonymous=True, sid="s2")],
        "c": [quote(0, "Nine.", "Obama Claims Hillary Most Qualified Presidential Candidate Ever"),
              quote(1, "Ten.", "Barack Obama", sid="s2"), quote(2, "Eleven.", "His", sid="s3"),
              quote(3, "Twelve.", "OBAMA’S LAST STATE OF THE UNION", sid="s4", kind="unknown")],
    }
    for doc, quotes in documents.items():
        view.document(doc, stage.document(doc, quotes))
    view.close()
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["name"], r["quotes"], r["documents"]) for r in rows] == [
        ("Donald Trump", 2, 2), ("Barack Obama", 2, 1), ("a senior official", 1, 1), ("a senior official", 1, 1)]
    assert rows[0]["key"] == "name:donald trump" and rows[0]["keys"] == ["name:donald trump", "name:trump"]


# -- quote linking ----------------------------------------------------------------------------

QUOTE = ("We are not going to stop until every family in this state has clean water to drink, "
         "and we will hold the company to account for what it did")


def link(*texts: str) -> list[str]:
    linker = QuoteLinker()
    return [linker.link(f"d{n}", [sign(quote(0, text, "Jane Doe"))])[0].quote_key or "" for n, text in enumerate(texts)]


LINKED = [
    ("a reprint", QUOTE, True),
    ("a word changed", QUOTE.replace("clean", "safe"), True),
    ("trimmed at the end", QUOTE.split(", and")[0], True),
    ("trimmed at the start", "every family in this state has clean water to drink, and we will hold the company", True),
    ("in other marks and case", QUOTE.upper().replace(",", " —"), True),
    ("another quote on the subject", "The company says the water in this state is clean and that families "
                                     "have nothing to fear from it", False),
    ("a common phrase that the quote holds", "we will hold the company to account", False),
]


@pytest.mark.parametrize("what, text, same", LINKED, ids=[row[0] for row in LINKED])
def test_near_copies_share_the_first_records_key(what: str, text: str, same: bool) -> None:
    first, second = link(QUOTE, text)
    assert first == "d0#0"
    assert (second == "d0#0") is same


def test_a_short_quote_is_never_linked() -> None:
    assert link("a total disaster", "a total disaster") == ["d0#0", "d1#0"]


def test_a_short_generic_phrase_is_not_taken_from_a_longer_quote() -> None:
    """PolNeAR dev: a state senator's 'I don't think that's the case.' is not Trump's longer quote."""
    trump = ("I certainly don't think that he would be considered by anybody as a vice president, and I don't "
             "think he could ever run for governor or whatever he might want to run for in the future,")
    pence = ("I think what's happening is this is a highly contested election, and it's going to be fought all "
             "the way to the finish line")
    assert link(trump, "I don't think that's the case.") == ["d0#0", "d1#0"]
    assert link(pence, "The reality is this is going to the convention.") == ["d0#0", "d1#0"]


def test_a_later_copy_joins_the_earliest_cluster() -> None:
    assert link(QUOTE, "something else entirely that nobody else said in this corpus at all", QUOTE) == [
        "d0#0", "d1#0", "d0#0"]


def run_jsonl(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(cli.app, list(args))
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.usefixtures("cli_models")
def test_seed_001s_quotes_are_linked_to_seed_000s_and_no_other_pair() -> None:
    records = run_jsonl("extract", "-q", "-f", "jsonl", str(SEEDS))
    clusters: dict[str, set[str]] = {}
    for record in records:
        clusters.setdefault(record["quote_key"], set()).add(record["doc"][:3])
    shared = {key: docs for key, docs in clusters.items() if len(docs) > 1}
    assert shared and all(docs == {"000", "001"} and key.startswith("000_") for key, docs in shared.items())
    seed_000 = [r["text"] for r in records if r["doc"].startswith("000")]
    for record in records:  # every quote of 001 that 000 carries is linked to 000's
        if record["doc"].startswith("001"):
            carried = any(record["text"].replace(" ...", "") in t.replace(" ...", "") for t in seed_000)
            assert record["quote_key"].startswith("000_") is carried, record["text"]
    listed = run_jsonl("quotes", "-q", "--across", "-f", "jsonl", str(SEEDS))
    assert {r["key"] for r in listed} == set(shared)
    assert all(r["first_doc"].startswith("000") and r["documents"] == 2 for r in listed)


# -- --keep -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("cli_models")
def test_keep_copies_corpus_fields_into_records_and_csv_columns(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": "a", "text": 'She said: "We will win this."', "date": "2016-06-09", "publisher": "x"},
            {"id": "b", "text": 'He said: "We will not lose this."', "meta": {"n": 1}}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    records = run_jsonl("extract", "-q", "-f", "jsonl", "--model", "blank", "--keep", "date,meta", str(corpus))
    assert [r["row"] for r in records] == [{"date": "2016-06-09", "meta": None}, {"date": None, "meta": {"n": 1}}]
    plain = run_jsonl("extract", "-q", "-f", "jsonl", "--model", "blank", str(corpus))
    assert all(r["row"] is None for r in plain)
    result = runner.invoke(cli.app, ["extract", "-q", "-f", "csv", "--model", "blank", "--keep", "date,meta",
                                     "--fields", "doc,row", str(corpus)])
    assert result.stdout.splitlines() == ["doc,row_date,row_meta", "a,2016-06-09,", 'b,,"{""n"": 1}"']
    bad = runner.invoke(cli.app, ["extract", "--keep", "text", str(corpus)])
    assert bad.exit_code == 2


# -- PolNeAR dev ------------------------------------------------------------------------------


def test_polnear_dev_speakers_across(polnear_docs: list[dict[str, Any]], polnear_quotes: list[list[Quote]]) -> None:
    """One Donald Trump row, one Barack Obama row holding his surname-only quotes, Bill and Hillary
    Clinton apart, and no headline, pronoun or 'campaign on Monday' row. Dev quotes Ivanka Trump
    too ('Ivanka Trump, who spoke passionately …: "I have seen him fight," she said'), so by the
    join rule a bare 'Trump' stays apart from both Trumps, as a bare 'Clinton' does."""
    out = io.StringIO()
    view = SpeakersView(OutputFormat.jsonl, out, across=True)
    stage = CorpusStage()
    for row, quotes in zip(polnear_docs, polnear_quotes):
        view.document(row["id"], stage.document(row["id"], [q for q in quotes if q.type in ("direct", "mixed")]))
    view.close()
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    by_name = {}
    for row in rows:
        by_name.setdefault(row["name"], []).append(row)
    assert len(by_name["Donald Trump"]) == len(by_name["Ivanka Trump"]) == 1
    assert "name:trump" not in by_name["Donald Trump"][0]["keys"] and len(by_name["Trump"]) == 1
    assert len(by_name["Barack Obama"]) == 1 and "name:obama" in by_name["Barack Obama"][0]["keys"]
    assert "Obama" not in by_name
    assert len(by_name["Hillary Clinton"]) == len(by_name["Bill Clinton"]) == 1
    [foundation] = [row for row in rows if "org:clinton foundation" in row["keys"]]  # named as written
    assert foundation["kind"] == "organization"
    pronouns = {"he", "she", "they", "his", "her", "him", "them", "we", "i", "you", "it", "the", "a"}
    for row in rows:
        assert row["name"].casefold() not in pronouns
        assert not is_headline(row["name"]) and "on Monday" not in row["name"], row["name"]


@pytest.mark.usefixtures("cli_models")
def test_quotes_without_across_lists_each_documents_quotes_met_before() -> None:
    rows = run_jsonl("quotes", "-q", "-f", "jsonl", str(SEEDS))
    assert rows and all(r["first_doc"].startswith("000") for r in rows)
    assert {a["doc"][:3] for r in rows for a in r["appearances"]} == {"000", "001"}
    result = runner.invoke(cli.app, ["quotes", "-q", "--across", "-f", "csv", "--fields", "documents,first_doc",
                                     str(SEEDS)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["documents,first_doc"] + ["2,000_004140655de9bfc6.txt"] * 3
