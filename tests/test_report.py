"""quotex report: the page's parts, its escaping, and the page itself in a real headless Chromium.

Without Chromium the browser test is skipped, unless CI=true, where a missing Chromium fails
the run (``.ci/run`` installs Debian's).
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from browser import find_chromium, open_page
from quotex import cli
from quotex.corpus.stage import CorpusStage
from quotex.output.model import Quote, Speaker
from quotex.output.report import ReportRenderer, article_pieces

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
runner = CliRunner()


def quote(index: int, text: str, start: int, speaker: str = "", group: int = -1, type_: str = "direct") -> Quote:
    who = Speaker(speaker, None, "person", id=f"s{len(speaker)}") if speaker else None
    return Quote(index, index if group < 0 else group, text, start, start + len(text), type_, 0, who, None,  # type: ignore[arg-type]
                 "explicit" if who else "none", 0.9 if who else 0.0)


def test_article_pieces_colour_each_speaker_and_label_a_quotation_once() -> None:
    text = '"One two," Ana Ruiz said, "three." Then "four" and "a term".'
    quotes = [quote(0, "One two,", 1, "Ana Ruiz", group=0), quote(1, "three.", 27, "Ana Ruiz", group=0),
              quote(2, "four", 41), quote(3, "a term", 52, type_="term")]
    pieces, legend = article_pieces(text, quotes)
    assert "".join(p.text for p in pieces) == text
    marked = [(p.text, p.kind, p.label) for p in pieces if p.kind != "plain"]
    assert marked == [('"One two,"', "quote", "\u27e8Ana Ruiz\u27e9"), ('"three."', "quote", None),
                      ('"four"', "unattributed", "\u27e8?\u27e9"), ('"a term"', "term", None)]
    assert legend == [("Ana Ruiz", pieces[1].colour, 1, False)]


def test_the_page_escapes_the_articles_text() -> None:
    text = '<script>alert(1)</script> "Hello <b>world</b> and more words here," said Ana <Ruiz>.'
    page = io.StringIO()
    renderer = ReportRenderer(page)
    stage = CorpusStage()
    start = text.index("Hello")
    renderer.document("<doc & co>", stage.document("d", [quote(0, text[start:start + 35], start, "Ana")]), text,
                      {"publisher": "<x>", "date": "2016-01-02"})
    renderer.close()
    html = page.getvalue()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;doc &amp; co&gt;" in html and "<b>world</b>" not in html
    assert html.count("<script>") == 1  # the page's own
    assert 'id="chart-outlets"' in html and 'id="chart-months"' in html  # the row's fields are charted


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory, cli_models: None) -> Path:
    path = tmp_path_factory.mktemp("report") / "r.html"
    result = runner.invoke(cli.app, ["report", "-q", str(SEEDS), "-o", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # data goes to the file
    return path


def test_an_output_that_cannot_be_written_is_a_usage_error_before_the_run(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["report", "-q", str(SEEDS), "-o", str(tmp_path / "no" / "r.html")])
    assert result.exit_code == 2 and "does not exist" in result.stderr
    seed = next(SEEDS.glob("*.txt"))
    result = runner.invoke(cli.app, ["report", "-q", str(seed), "-o", str(seed)])
    assert result.exit_code == 2 and "is one of the inputs" in result.stderr


def test_the_page_is_self_contained(seeds_report: Path) -> None:
    html = seeds_report.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "default-src 'none'" in html  # and its policy forbids any request
    assert html.count('class="article"') == 5


DOM_CHECKS = """JSON.stringify({
  ready: document.body.dataset.ready,
  articles: document.querySelectorAll("details.article").length,
  quotes: document.querySelectorAll("details.article mark.q.quote").length,
  labels: Array.from(document.querySelectorAll("details.article .label")).map(e => e.textContent),
  speakerBars: document.querySelectorAll("#chart-speakers rect.bar").length,
  sourceBars: document.querySelectorAll("#chart-sources rect.bar").length,
  travelling: document.querySelectorAll("ol.travel > li").length,
  documents: document.getElementById("n-documents").textContent,
  brokenLinks: Array.from(document.querySelectorAll('a[href^="#"]'))
    .filter(a => !document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)))).length,
  colours: new Set(Array.from(document.querySelectorAll("mark.q.quote"))
    .map(m => getComputedStyle(m).borderBottomColor)).size,
})"""


def test_the_report_opens_in_headless_chromium(seeds_report: Path, tmp_path: Path) -> None:
    binary = find_chromium()
    if binary is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is not installed (apt-get install chromium); CI=true needs it")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    page = open_page(binary, seeds_report, DOM_CHECKS)
    assert page.errors == []
    dom: dict[str, Any] = json.loads(page.value)
    records = [json.loads(line) for line in runner.invoke(cli.app, ["extract", "-q", "-f", "jsonl",
                                                                     str(SEEDS)]).stdout.splitlines()]
    attributed = [r for r in records if r["speaker"]]
    assert dom["ready"] == "true" and dom["documents"] == "5" and dom["articles"] == 5
    assert dom["quotes"] == len(attributed)
    assert "\u27e8Leon Panetta\u27e9" in dom["labels"] and "\u27e8Dean Cheng\u27e9" in dom["labels"]
    assert dom["speakerBars"] >= 5 and dom["sourceBars"] == 4 and dom["colours"] >= 3
    assert dom["travelling"] == 3  # seed 001's reprinted quotes
    assert dom["brokenLinks"] == 0
    shot = tmp_path / "report.png"
    shot.write_bytes(page.screenshot)
    assert page.screenshot.startswith(b"\x89PNG") and shot.stat().st_size > 10_000
