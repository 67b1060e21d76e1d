"""The command line, driven through typer's CliRunner (and once or twice as a real process)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import pytest
from spacy.language import Language
from typer.testing import CliRunner, Result

from quotex import __version__, cli
from quotex.run import extract as extraction
from quotex.output.model import Quote, Speaker
from records import assert_offsets_match

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = FIXTURES / "seeds"
POLNEAR_DOCS = FIXTURES / "polnear-dev" / "docs.jsonl"
REPO = Path(__file__).parent.parent
SUMMARY = re.compile(r"^(\d+) documents?, (\d+) fragments?, (\d+) failed$")
STORY = (
    "\u201cWe will not back down,\u201d Mayor Ana Ruiz said on Tuesday.\n"
    "\n"
    "The [city] council called the plan \u201cbold\u201d and \u201cexpensive.\u201d\n"
)

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("cli_models")  # the CLI loads each model once (conftest.py)


def run(*args: str, input: Optional[str | bytes] = None) -> Result:
    return runner.invoke(cli.app, list(args), input=input)


def read_text(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return f.read()


def jsonl_records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def summary_of(result: Result) -> tuple[int, int, int]:
    match = SUMMARY.match(result.stderr.strip().splitlines()[-1])
    assert match, result.stderr
    documents, quotes, failed = (int(n) for n in match.groups())
    return documents, quotes, failed


@pytest.fixture(scope="module")
def seeds_jsonl() -> list[dict[str, Any]]:
    """The seed texts through the trained pipeline, as JSON Lines records."""
    result = runner.invoke(cli.app, ["extract", "--format", "jsonl", *map(str, sorted(SEEDS.glob("*.txt")))])
    assert result.exit_code == 0, result.stderr
    return jsonl_records(result)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


# --- basics ------------------------------------------------------------------------


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"quotex {__version__}"


def test_extract_help_documents_every_option() -> None:
    result = run("extract", "--help")
    assert result.exit_code == 0
    for option in ("--format", "--all", "--model", "--id-field", "--text-field", "--fast", "--quiet", "--verbose"):
        assert option in result.stdout


def test_unknown_format_is_a_usage_error(story: Path) -> None:
    result = run("extract", "--format", "xml", str(story))
    assert result.exit_code == 2


def test_no_path_with_a_terminal_on_stdin_prints_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)
    result = run("extract")
    assert result.exit_code == 2
    assert "Usage:" in result.stdout
    assert "--format" in result.stdout


# --- output formats ------------------------------------------------------------------


def test_jsonl_records_point_into_the_input_text(seeds_jsonl: list[dict[str, Any]]) -> None:
    texts = {p.name: read_text(p) for p in SEEDS.glob("*.txt")}
    assert seeds_jsonl, "the seeds have quotes"
    assert {r["doc"] for r in seeds_jsonl} <= set(texts)
    for record in seeds_jsonl:
        assert_offsets_match(record, texts[record["doc"]])


def test_jsonl_records_follow_the_contract(seeds_jsonl: list[dict[str, Any]]) -> None:
    keys = {"doc", "index", "group", "text", "start", "end", "type", "paragraph",
            "speaker", "cue", "method", "confidence"}
    for record in seeds_jsonl:
        assert keys <= set(record)
        assert record["type"] in ("direct", "mixed")
        assert 0 <= record["confidence"] <= 1
        if record["speaker"] is not None:
            assert record["speaker"]["kind"] in ("person", "group", "organization", "unknown")
            assert isinstance(record["speaker"]["anonymous"], bool)


def test_fast_mode_gives_the_same_quotes_and_speakers(seeds_jsonl: list[dict[str, Any]]) -> None:
    result = run("extract", "--fast", "--format", "jsonl", *map(str, sorted(SEEDS.glob("*.txt"))))
    assert result.exit_code == 0, result.stderr
    fast = jsonl_records(result)
    pick = lambda rows: [(r["doc"], r["start"], r["end"], r["speaker"] and r["speaker"]["name"])  # noqa: E731
                         for rows_ in [rows] for r in rows_]
    assert pick(fast) == pick(seeds_jsonl)


def test_json_is_one_array_of_the_same_records(seeds_jsonl: list[dict[str, Any]]) -> None:
    result = run("extract", "--format", "json", str(SEEDS))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == seeds_jsonl


def test_json_without_quotes_is_an_empty_array(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Nothing quoted here.\n", encoding="utf-8")
    result = run("extract", "-f", "json", str(path))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert summary_of(result) == (1, 0, 0)


def test_json_keeps_non_ascii_text_as_is(tmp_path: Path) -> None:
    path = tmp_path / "accents.txt"
    path.write_text("\u201cC'est la vie, mon ami \u00e9l\u00e8ve,\u201d said Zo\u00eb Dupont.\n", encoding="utf-8")
    result = run("extract", "-f", "jsonl", "--all", "--model", "blank", str(path))
    assert result.exit_code == 0
    assert "\u00e9l\u00e8ve" in result.stdout
    assert "\\u00e9" not in result.stdout


def test_table_renders_speakers_and_quotes(seeds_jsonl: list[dict[str, Any]]) -> None:
    path = SEEDS / seeds_jsonl[0]["doc"]
    result = run("extract", "--format", "table", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].strip() == path.name  # the document's name heads its table, once
    assert result.stdout.count(path.name) == 1
    for header in ("speaker", "quote", "type", "cue", "found by"):
        assert header in result.stdout
    assert seeds_jsonl[0]["method"] in result.stdout


def test_table_takes_fields_as_its_columns(story: Path) -> None:
    """Rough edge 1: --fields works with the table."""
    result = run("extract", "--model", "blank", "--fields", "speaker.name,text", str(story))
    assert result.exit_code == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if "speaker.name" in line)
    assert "text" in header and "found by" not in result.stdout



def test_table_shows_brackets_literally(tmp_path: Path) -> None:
    path = tmp_path / "brackets.txt"
    path.write_text("\u201c[Trump] is [bold] wrong about this,\u201d she said.\n", encoding="utf-8")
    result = run("extract", "--all", "--model", "blank", str(path))
    assert result.exit_code == 0, result.stderr
    assert "[Trump]" in result.stdout
    assert "[bold]" in result.stdout


# --- inputs and failures --------------------------------------------------------------


def test_directory_input_reads_every_seed(seeds_jsonl: list[dict[str, Any]]) -> None:
    result = run("extract", "-f", "jsonl", str(SEEDS))
    assert result.exit_code == 0
    assert jsonl_records(result) == seeds_jsonl
    documents, quotes, failed = summary_of(result)
    assert (documents, quotes, failed) == (len(list(SEEDS.glob("*.txt"))), len(seeds_jsonl), 0)


def test_missing_path_fails_but_other_inputs_are_processed(story: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("extract", "-f", "jsonl", str(missing), str(story))
    assert result.exit_code == 1
    assert f"quotex: error: {missing}: no such file or directory" in result.stderr.splitlines()
    records = jsonl_records(result)
    assert records and {r["doc"] for r in records} == {"story.txt"}
    assert summary_of(result) == (1, len(records), 1)


def test_malformed_corpus_line_fails_but_good_rows_are_processed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "good-1", "text": STORY}) + "\n"
        + '{"id": "broken", "text": "\u201cunfinished\n'
        + json.dumps({"id": "good-2", "text": STORY.replace("Ruiz", "Diaz")}) + "\n",
        encoding="utf-8",
    )
    result = run("extract", "-f", "jsonl", str(corpus))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("quotex: error:")]
    assert len(errors) == 1 and errors[0].startswith(f"quotex: error: {corpus}:2: malformed JSON")
    records = jsonl_records(result)
    assert {r["doc"] for r in records} == {"good-1", "good-2"}
    for record in records:
        assert_offsets_match(record, STORY if record["doc"] == "good-1" else STORY.replace("Ruiz", "Diaz"))


def test_custom_corpus_fields(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"key": "k", "body": STORY}) + "\n", encoding="utf-8")
    result = run("extract", "-f", "jsonl", "--id-field", "key", "--text-field", "body", str(corpus))
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in jsonl_records(result)} == {"k"}


def test_dash_reads_stdin_without_newline_translation() -> None:
    text = "Intro line.\r\n\r\n" + STORY.replace("\n", "\r\n")
    result = run("extract", "-f", "jsonl", "-", input=text.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    records = jsonl_records(result)
    assert records and {r["doc"] for r in records} == {"<stdin>"}
    for record in records:
        assert_offsets_match(record, text)


def test_no_path_with_piped_stdin_reads_stdin() -> None:
    result = run("extract", "-f", "jsonl", input=STORY)
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in jsonl_records(result)} == {"<stdin>"}


def test_text_longer_than_max_length_is_chunked_with_whole_text_offsets(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, blank_nlp: Language) -> None:
    paragraph = '"We will not back down," Mayor Jane Smith said on Tuesday.\n\n'
    text = "Filler words here.\n\n" * 10 + paragraph * 12
    long = tmp_path / "long.txt"
    long.write_text(text, encoding="utf-8")
    monkeypatch.setattr(blank_nlp, "max_length", 300)
    result = run("extract", "-f", "jsonl", "--model", "blank", str(long))
    assert result.exit_code == 0, result.stderr
    records = jsonl_records(result)
    assert len(records) == 12
    assert [r["index"] for r in records] == list(range(12))
    assert len({r["group"] for r in records}) == 12
    for record in records:
        assert_offsets_match(record, text)
        assert record["speaker"]["name"] == "Jane Smith"


# --- models -----------------------------------------------------------------------------


def test_blank_model_works_without_a_warning(story: Path) -> None:
    result = run("extract", "-f", "jsonl", "--model", "blank", str(story))
    assert result.exit_code == 0, result.stderr
    records = jsonl_records(result)
    assert any(r["text"] == "We will not back down," for r in records)
    for record in records:
        assert_offsets_match(record, STORY)
    assert "warning" not in result.stderr


def test_unknown_model_is_a_clean_error(story: Path) -> None:
    result = run("extract", "--model", "no_such_model", str(story))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("quotex: error: cannot load model 'no_such_model'")
    assert result.stdout == ""


# --- options ----------------------------------------------------------------------------


def fake_quotes(text: str) -> list[Quote]:
    """Two quotes per text, one of them a term: to test the CLI's filtering alone."""
    speaker = Speaker(name="Ana Ruiz", mention=None, kind="person")
    return [
        Quote(0, 0, text[0:4], 0, 4, "direct", 0, speaker, None, "explicit", 0.9),
        Quote(1, 1, text[5:9], 5, 9, "term", 0, None, None, "none", 0.0),
    ]


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    def extract_many(nlp: Language, texts: Iterable[str], batch_size: int = 8,
                     fast: bool = False) -> Iterator[list[Quote]]:
        return (fake_quotes(text) for text in texts)

    monkeypatch.setattr(extraction, "extract_many", extract_many)


@pytest.mark.usefixtures("fake_extract")
def test_terms_are_left_out_unless_all_is_given(story: Path) -> None:
    default = jsonl_records(run("extract", "-f", "jsonl", str(story)))
    everything = jsonl_records(run("extract", "-f", "jsonl", "--all", str(story)))
    assert [r["type"] for r in default] == ["direct"]
    assert [r["type"] for r in everything] == ["direct", "term"]


def test_terms_from_the_real_pipeline_need_all(seeds_jsonl: list[dict[str, Any]]) -> None:
    result = run("extract", "-f", "jsonl", "--all", str(SEEDS))
    assert result.exit_code == 0
    everything = jsonl_records(result)
    assert [r for r in everything if r["type"] in ("direct", "mixed")] == seeds_jsonl


@pytest.mark.usefixtures("fake_extract")
def test_quiet_silences_the_summary(story: Path) -> None:
    quiet = run("extract", "-q", "-f", "jsonl", str(story))
    assert quiet.exit_code == 0
    assert quiet.stderr == ""
    loud = run("extract", "-f", "jsonl", str(story))
    assert summary_of(loud) == (1, 1, 0)


def test_quiet_still_reports_errors(tmp_path: Path) -> None:
    result = run("extract", "-q", str(tmp_path / "gone.txt"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"quotex: error: {tmp_path / 'gone.txt'}: no such file or directory"


def test_unexpected_failure_is_one_line_and_verbose_shows_the_traceback(
    monkeypatch: pytest.MonkeyPatch, story: Path,
) -> None:
    def broken(nlp: Language, texts: Iterable[str], batch_size: int = 8, fast: bool = False) -> Iterator[list[Quote]]:
        raise RuntimeError("boom")

    monkeypatch.setattr(extraction, "extract_many", broken)
    plain = run("extract", "-f", "json", str(story))
    assert plain.exit_code == 1
    assert plain.stderr.strip() == "quotex: error: unexpected RuntimeError: boom (run with -v for a traceback)"
    assert json.loads(plain.stdout) == []  # the array is still closed
    verbose = run("extract", "-v", str(story))
    assert verbose.exit_code == 1
    assert "Traceback" in verbose.stderr and "RuntimeError: boom" in verbose.stderr


# --- as a real process --------------------------------------------------------------------


def test_python_dash_m_quotex_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "quotex", "--version"], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert result.stdout.strip() == f"quotex {__version__}"


def test_closed_pipe_ends_quietly() -> None:
    """Like '| head -1': the reader leaves early; no traceback, no error exit."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotex", "extract", "--model", "blank", "--all", "-f", "jsonl", str(POLNEAR_DOCS)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=300) == 0, stderr
    assert json.loads(first)["doc"]
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
    assert "documents," not in stderr  # it stopped early: no summary of a run it did not finish


def test_table_is_streamed_per_document(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Rough edge 2: a document's table is on stdout before the next document's quotes are found."""
    for n in range(3):
        (tmp_path / f"doc{n}.txt").write_text(STORY, encoding="utf-8")
    written: list[str] = []

    def extract_many(nlp: Language, texts: Iterable[str], batch_size: int = 8,
                     fast: bool = False) -> Iterator[list[Quote]]:
        for text in texts:
            written.append(sys.stdout.buffer.getvalue().decode("utf-8"))  # type: ignore[attr-defined]
            yield fake_quotes(text)

    monkeypatch.setattr(extraction, "extract_many", extract_many)
    result = run("extract", "-q", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert ["doc0.txt" in w for w in written] == [False, True, True]
    assert ["doc1.txt" in w for w in written] == [False, False, True]
