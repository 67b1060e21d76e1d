"""quotex show and quotex speakers: on hand-made quotes, and on the seeds as rendered text.

CliRunner's stdout is not a terminal, so rich writes plain text: no colour
codes to strip, and no wrapping of the article's lines.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Optional

import pytest
from rich.console import Console
from typer.testing import CliRunner, Result

from quotex import cli
from quotex.lexicon import PRONOUNS
from quotex.output import views
from quotex.output.model import Cue, Mention, Quote, Speaker
from quotex.output.render import PALETTE, OutputFormat, SpeakerPalette
from quotex.output.views import (
    LABEL_CLOSE,
    LABEL_OPEN,
    NO_SPEAKER_LABEL,
    ShowRenderer,
    SpeakersView,
    article_text,
    count_words,
)

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
LABEL = re.compile(f"{LABEL_OPEN}[^{LABEL_CLOSE}]*{LABEL_CLOSE} ")

pytestmark = pytest.mark.usefixtures("cli_models")
runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(cli.app, list(args))


def read_text(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return f.read()


def make_quote(index: int, text: str, start: int, speaker: Optional[str] = None, *, group: Optional[int] = None,
               kind: str = "direct", anonymous: bool = False, sid: str = "") -> Quote:
    who = Speaker(speaker, Mention(speaker, 0, 1), "person", anonymous, id=sid) if speaker else None
    return Quote(index, index if group is None else group, text, start, start + len(text), kind, 0,  # type: ignore[arg-type]
                 who, Cue("said", 0, 4) if who else None, "explicit" if who else "none", 0.9 if who else 0.0)


@pytest.fixture(scope="module")
def seed_records() -> dict[str, list[dict[str, Any]]]:
    """extract --all on the seeds, as JSON records grouped by document."""
    result = run("extract", "-q", "--all", "-f", "jsonl", str(SEEDS))
    assert result.exit_code == 0, result.stderr
    by_doc: dict[str, list[dict[str, Any]]] = {p.name: [] for p in SEEDS.glob("*.txt")}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        by_doc[record["doc"]].append(record)
    return by_doc


def speech(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quoted and reported speech: what --all adds to the quotes in quote marks, less the terms."""
    return [r for r in records if r["type"] != "term"]


def quoted(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotes in quote marks: what extract, show and speakers take without --all."""
    return [r for r in records if r["type"] in ("direct", "mixed")]


# --- show, by hand ------------------------------------------------------------------------------


TEXT = 'Intro [sic] line.\n\u201cWe will win,\u201d Ana said. Then "scare" words.\n\u201cMore,\u201d she said, \u201cand more.\u201d\n'


def hand_quotes() -> list[Quote]:
    def at(s: str) -> int:
        return TEXT.index(s)

    return [
        make_quote(0, "We will win,", at("We will"), "Ana Ruiz"),
        make_quote(1, "scare", at("scare"), kind="term"),
        make_quote(2, "More,", at("More"), "Ana Ruiz", group=2),
        make_quote(3, "and more.", at("and more"), "Ana Ruiz", group=2),
    ]


def test_article_text_labels_each_quotation_once_and_styles_quotes_with_marks() -> None:
    palette = SpeakerPalette()
    text = article_text(TEXT, hand_quotes(), palette)
    assert text.plain == TEXT.replace("\u201cWe", "\u27e8Ana Ruiz\u27e9 \u201cWe").replace(
        "\u201cMore", "\u27e8Ana Ruiz\u27e9 \u201cMore")
    assert palette.colours == {"Ana Ruiz": PALETTE[0]}
    styled = {text.plain[s.start:s.end]: str(s.style) for s in text.spans}
    assert styled["\u201cWe will win,\u201d"] == PALETTE[0]  # the marks take the colour too
    assert styled['"scare"'] == "dim"
    assert styled["\u27e8Ana Ruiz\u27e9"] == f"bold {PALETTE[0]}"
    assert "[sic]" in text.plain


def test_show_without_a_terminal_is_plain_unwrapped_text() -> None:
    out = io.StringIO()
    renderer = ShowRenderer(Console(file=out, width=20), pager=True)  # not a terminal: no pager either
    renderer.document("story.txt", hand_quotes(), TEXT)
    renderer.close()
    printed = out.getvalue()
    assert not ANSI.search(printed)
    assert LABEL.sub("", printed.split("\n", 1)[1]).startswith(TEXT)  # lines as written, despite width 20
    assert "speakers:\n\u25a0 Ana Ruiz: 2 quotations\ndim: quoted term, no speaker (1 term)" in printed


def test_show_pages_through_the_pager_in_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(views.LessPager, "show", lambda self, content: shown.append(content))
    out = io.StringIO()
    renderer = ShowRenderer(Console(file=out, force_terminal=True, color_system="standard"), pager=True)
    renderer.document("story.txt", hand_quotes(), TEXT)
    assert out.getvalue() == "" and shown == []  # held until the end
    renderer.close()
    assert len(shown) == 1 and "\x1b[" in shown[0]  # colours kept for less -R
    assert "Ana Ruiz" in ANSI.sub("", shown[0])


def test_less_pager_keeps_colours_unless_less_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(views.subprocess, "run", lambda cmd, **kw: calls.append({"cmd": cmd, **kw}))
    monkeypatch.setenv("PAGER", "mypager")
    monkeypatch.delenv("LESS", raising=False)
    views.LessPager().show("text")
    assert calls[-1]["cmd"] == "mypager" and calls[-1]["env"]["LESS"] == "FRX" and calls[-1]["input"] == b"text"
    monkeypatch.setenv("LESS", "-S")
    views.LessPager().show("text")
    assert calls[-1]["env"]["LESS"] == "-S"


def test_legend_counts_unattributed_quotes() -> None:
    quotes = [make_quote(0, "Who knows,", 0), make_quote(1, "Yes.", 20, "Ben", anonymous=True)]
    legend = views.legend(quotes, SpeakerPalette()).plain
    assert legend == ("speakers:\n\u25a0 Ben (anonymous): 1 quotation\n"
                      f"{NO_SPEAKER_LABEL} no speaker found: 1 quotation")
    assert views.legend([], SpeakerPalette()).plain == "speakers: none (no quotations found)"


# --- show, on the seeds ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_show_prints_the_seed_article_with_labels_and_a_legend(
        seed: str, seed_records: dict[str, list[dict[str, Any]]]) -> None:
    result = run("show", "-q", "--all", str(SEEDS / seed))
    assert result.exit_code == 0, result.stderr
    header, body = result.stdout.split("\n", 1)
    assert seed in header
    text = read_text(SEEDS / seed)
    article, legend = body.rsplit("\nspeakers:", 1)
    assert LABEL.sub("", article) == text + "\n"  # the article, as written, plus labels
    records = speech(seed_records[seed])
    quotations: Counter[str] = Counter()  # labels: one per quotation, at its first fragment
    seen: set[int] = set()
    for record in records:
        if record["group"] not in seen:
            quotations[record["speaker"]["name"] if record["speaker"] else "?"] += 1
        seen.add(record["group"])
    labels = re.findall(f"{LABEL_OPEN}([^{LABEL_CLOSE}]*){LABEL_CLOSE} ", article)
    assert Counter(labels) == quotations
    for name, count in quotations.items():
        if name == "?":
            assert f"{NO_SPEAKER_LABEL} no speaker found: {count} quotation" in legend
            continue
        assert f"\n\u25a0 {name}" in legend
        assert re.search(rf"{re.escape(name)}( \(anonymous\))?: {count} quotations?\n", legend + "\n")
    terms = len(seed_records[seed]) - len(records)
    assert (f"({terms} term" in legend) == bool(terms)


def test_show_keeps_editorial_brackets() -> None:
    result = run("show", "-q", str(SEEDS / "002_d490beff07df3f05.txt"))
    assert result.exit_code == 0
    assert "the [Chinese military], between" in result.stdout
    assert "\u27e8a senior official\u27e9 \u201cWe\u2019ve managed" in result.stdout


def test_show_without_all_leaves_terms_plain() -> None:
    result = run("show", "-q", str(SEEDS / "004_078a1ef925db4f9d.txt"))
    assert result.exit_code == 0
    assert "quoted term" not in result.stdout


def test_show_reports_a_missing_file() -> None:
    result = run("show", "no/such/file.txt")
    assert result.exit_code == 1
    assert "quotex: error: no/such/file.txt: no such file or directory" in result.stderr


def test_show_takes_several_files_as_extract_does() -> None:
    """Rough edge 3: 'quotex show seeds/*.txt' shows each article in turn."""
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    result = run("show", "-q", "--model", "blank", *map(str, seeds))
    assert result.exit_code == 0, result.output
    assert [seed.name in result.stdout for seed in seeds] == [True, True]
    assert result.stdout.index(seeds[0].name) < result.stdout.index(seeds[1].name)


# --- speakers -----------------------------------------------------------------------------------------


def test_count_words() -> None:
    assert count_words("an on-again, off-again cycle, we don\u2019t \u2014 U.S. ...") == 7


def test_speakers_count_quotations_words_and_unnamed_sources() -> None:
    quotes = [
        make_quote(0, "One two,", 0, "Ana Ruiz", group=0, sid="s1"),
        make_quote(1, "three.", 20, "Ana Ruiz", group=0, sid="s1"),
        make_quote(2, "Four five six.", 40, "an official", anonymous=True, sid="s2"),
        make_quote(3, "scare", 60, kind="term"),
        make_quote(4, "Seven.", 80),
        make_quote(5, "Eight.", 90, "ana ruiz", sid="s1"),
    ]
    out = io.StringIO()
    view = SpeakersView(OutputFormat.jsonl, out)
    view.document("d.txt", quotes)
    view.close()
    ana, official = (json.loads(line) for line in out.getvalue().splitlines())
    assert ana == {"schema_version": "1.4", "doc": "d.txt", "documents": 1, "id": "s1", "name": "Ana Ruiz",
                   "kind": "person", "anonymous": False, "description": None, "anonymity": None, "quotes": 2,
                   "fragments": 3, "words": 4, "first_quote": "One two,", "key": "name:ana ruiz",
                   "keys": ["doc:d.txt#s1", "name:ana ruiz"]}  # a name in lower case is not taken for one
    assert (official["name"], official["quotes"], official["words"]) == ("an official", 1, 3)
    table = io.StringIO()
    view = SpeakersView(OutputFormat.table, table, console=Console(file=table, width=120))
    view.document("d.txt", quotes)
    view.close()
    assert "1 of 4 quotations (3 of 8 words) from unnamed sources; 1 quotation with no speaker" in table.getvalue()


def test_speakers_across_group_names_in_any_case() -> None:
    out = io.StringIO()
    view = SpeakersView(OutputFormat.json, out, across=True)
    view.document("a.txt", [make_quote(0, "One.", 0, "Ana Ruiz", sid="s1")])
    view.document("b.txt", [make_quote(0, "Two three.", 0, "ANA RUIZ", sid="s4"),
                            make_quote(1, "Four.", 20, "Ana Ruiz", sid="s4")])
    assert out.getvalue() == "["  # written at the end
    view.close()
    (row,) = json.loads(out.getvalue())
    assert (row["doc"], row["id"], row["name"], row["documents"], row["quotes"], row["words"]) == (
        None, None, "Ana Ruiz", 2, 3, 4)


@pytest.mark.parametrize("across", [False, True], ids=["per-document", "across"])
def test_speakers_never_list_a_bare_pronoun_as_a_person(across: bool) -> None:
    out = io.StringIO()
    view = SpeakersView(OutputFormat.jsonl, out, across=across)
    view.document("a.txt", [make_quote(0, "One.", 0, "he", sid="s1"), make_quote(1, "Two.", 10, "Ana Ruiz", sid="s2")])
    view.document("b.txt", [make_quote(0, "Three.", 0, "He", sid="s1"), make_quote(1, "Four.", 10, "she", sid="s2")])
    view.close()
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [row["name"] for row in rows] == ["Ana Ruiz"]
    table = io.StringIO()
    view = SpeakersView(OutputFormat.table, table, across=across, console=Console(file=table, width=120))
    view.document("a.txt", [make_quote(0, "One.", 0, "he", sid="s1"), make_quote(1, "Two.", 10, "Ana Ruiz", sid="s2")])
    view.close()
    assert "0 of 2 quotations (0 of 2 words) from unnamed sources; 1 quotation whose speaker is only a pronoun" \
        in table.getvalue()
    assert "he" not in [line.split()[1] for line in table.getvalue().splitlines() if line.startswith("\u2502")]


def speaker_rows(*args: str) -> list[dict[str, Any]]:
    result = run("speakers", "-q", "-f", "jsonl", *args)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("include", [[], ["--all"]], ids=["quoted", "all"])
def test_speakers_on_the_seeds_match_extract(include: list[str], seed_records: dict[str, list[dict[str, Any]]]) -> None:
    rows = speaker_rows(*include, str(SEEDS))
    expected: dict[tuple[str, str], set[int]] = {}
    for doc, records in seed_records.items():
        for record in (speech if include else quoted)(records):
            if record["speaker"] and record["speaker"]["name"].casefold() not in PRONOUNS:
                expected.setdefault((doc, record["speaker"]["id"]), set()).add(record["group"])
    assert {(r["doc"], r["id"]): r["quotes"] for r in rows} == {k: len(v) for k, v in expected.items()}
    across = speaker_rows(*include, "--across", str(SEEDS))
    panetta = next(r for r in across if r["name"] == "Leon Panetta")
    assert panetta["documents"] == 2 and panetta["anonymous"] is False
    assert panetta["quotes"] == sum(r["quotes"] for r in rows if r["name"] == "Leon Panetta")
    assert [r["quotes"] for r in across] == sorted((r["quotes"] for r in across), reverse=True)


def test_speakers_table_on_a_seed(seed_records: dict[str, list[dict[str, Any]]]) -> None:
    seed = "000_004140655de9bfc6.txt"
    result = run("speakers", "-q", str(SEEDS / seed))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].strip() == seed
    for header in ("speaker", "kind", "anon", "description", "quotes", "words", "first quote"):
        assert header in lines[2]
    assert "Dean Cheng" in result.stdout and "Leon Panetta" in result.stdout
    assert "Heritage" in result.stdout  # Dean Cheng's description
    records = quoted(seed_records[seed])
    groups = {r["group"] for r in records}
    unnamed = {r["group"] for r in records if r["speaker"] and r["speaker"]["anonymous"]}
    assert re.search(rf"^{len(unnamed)} of {len(groups)} quotations \(\d+ of \d+ words\) from unnamed sources$",
                     result.stdout, re.M)


def test_speakers_across_table_and_csv() -> None:
    table = run("speakers", "-q", "--across", str(SEEDS))
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].strip() == "5 documents"
    assert "docs" in table.stdout and "from unnamed sources" in table.stdout
    csv_out = run("speakers", "-q", "--across", "-f", "csv", "--fields", "name,anonymous,quotes", str(SEEDS))
    assert csv_out.exit_code == 0
    lines = csv_out.stdout.splitlines()
    assert lines[0] == "name,anonymous,quotes"
    assert "Leon Panetta,false,7" in lines  # the gold's quotations in quote marks


def test_speakers_bad_fields_are_a_usage_error() -> None:
    result = run("speakers", "-f", "csv", "--fields", "name,speaker.name", str(SEEDS))
    assert result.exit_code == 2
    assert "speaker.name" in result.stderr and "first_quote" in result.stderr


@pytest.mark.parametrize("command", ["show", "speakers"])
def test_closed_pipe_ends_quietly(command: str) -> None:
    """Like '| head -1': rich would exit with 1; quotex ends with 0 and no traceback."""
    corpus = SEEDS.parent / "polnear-dev" / "docs.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "quotex", command, "--model", "blank", str(corpus)],
                            cwd=SEEDS.parent.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=300) == 0, stderr
    assert "Traceback" not in stderr and "documents," not in stderr
