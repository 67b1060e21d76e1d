"""A hostile user's inputs: none ends the run, hangs it, or makes it write where it must not.

Each test is a case that broke once (issue: "No input ends the run, hangs it or
writes where it must not"), run through the CLI next to good inputs that must
still be processed. Rules-only mode (``--model blank``): the model is not the point.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Optional
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner, Result

from quotex import cli
from quotex.output.sidecars import TextEmitter, file_stem
from records import assert_offsets_match

REPO = Path(__file__).parent.parent
HI = '"Hi," said Bob Smith.\n'
ERROR = "quotex: error: "
WARNING = "quotex: warning: "
LATIN1_NAME = os.fsdecode(b"b\xff.txt")  # a Latin-1 file name, not UTF-8

runner = CliRunner()

pytestmark = pytest.mark.usefixtures("cli_models")


def run(*args: str, input: Optional[bytes] = None, fmt: str = "jsonl") -> Result:
    return runner.invoke(cli.app, ["extract", "--model", "blank", "-f", fmt, *args], input=input)


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def docs(result: Result) -> list[str]:
    return [r["doc"] for r in records(result)]


def lines_with(result: Result, prefix: str) -> list[str]:
    return [line[len(prefix):] for line in result.stderr.splitlines() if line.startswith(prefix)]


def summary(result: Result) -> str:
    return result.stderr.strip().splitlines()[-1]


def quotex(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    """The real command in a child process, for what CliRunner cannot fake (file descriptors, signals)."""
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run([sys.executable, "-m", "quotex", *args], timeout=120, cwd=REPO, **streams)


@pytest.fixture
def abc(tmp_path: Path) -> Path:
    """A directory of three good articles."""
    folder = tmp_path / "d"
    folder.mkdir()
    for name in "abc":
        (folder / f"{name}.txt").write_text(HI, encoding="utf-8")
    return folder


# --- 1. file names that are not UTF-8 -------------------------------------------------------------------


def test_a_latin1_file_name_in_a_directory_costs_nothing(abc: Path) -> None:
    (abc / LATIN1_NAME).write_text('"Yo," said Al Bo.\n', encoding="utf-8")
    result = run(str(abc))
    assert result.exit_code == 0, result.stderr
    assert docs(result) == ["a.txt", "b.txt", "b\\xff.txt", "c.txt"]


def test_a_latin1_file_name_in_the_table_and_a_warning(abc: Path) -> None:
    (abc / LATIN1_NAME).write_bytes(b"Caf\xe9, no quote here.\n")  # Latin-1 inside too: a warning names it
    result = run(str(abc), fmt="table")
    assert result.exit_code == 0, result.stderr
    assert lines_with(result, WARNING) == [f"{abc}/b\\xff.txt: not UTF-8; read as Windows-1252"]
    assert summary(result) == "4 documents, 3 fragments, 0 failed"


def test_a_missing_latin1_file_is_one_error(abc: Path, tmp_path: Path) -> None:
    log = tmp_path / "errors.jsonl"
    missing = str(abc / LATIN1_NAME)
    result = run("--errors", str(log), missing, str(abc / "c.txt"))
    assert result.exit_code == 1
    assert lines_with(result, ERROR) == [f"{abc}/b\\xff.txt: no such file or directory"]
    assert docs(result) == ["c.txt"]
    assert json.loads(log.read_text(encoding="utf-8"))["source"] == f"{abc}/b\\xff.txt"


def test_a_latin1_file_name_that_fails_is_logged(abc: Path, tmp_path: Path) -> None:
    (abc / LATIN1_NAME).write_bytes(b"\x00\x01binary")
    log = tmp_path / "errors.jsonl"
    result = run("--errors", str(log), str(abc))
    assert result.exit_code == 1
    assert docs(result) == ["a.txt", "b.txt", "c.txt"]
    assert json.loads(log.read_text(encoding="utf-8"))["source"] == f"{abc}/b\\xff.txt"


# --- 2. JSON that Python refuses to read -------------------------------------------------------------------

HUGE_NUMBER = '{"id": "x", "text": "a", "n": 1' + "0" * 5000 + "}"
DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("line, reason", [
    (HUGE_NUMBER, "malformed JSON: a number with too many digits"),
    ('{"id": "x", "text": "a", "n": ' + DEEP + "}", "malformed JSON: nested too deeply"),
])
def test_a_corpus_row_python_cannot_read_costs_that_row(tmp_path: Path, line: str, reason: str) -> None:
    corpus = tmp_path / "c.jsonl"
    good = json.dumps({"id": "y", "text": HI})
    corpus.write_text(f"{good}\n{line}\n{good.replace('y', 'z')}\n", encoding="utf-8")
    result = run(str(corpus))
    assert result.exit_code == 1
    assert lines_with(result, ERROR) == [f"{corpus}:2: {reason}"]
    assert docs(result) == ["y", "z"]


@pytest.mark.parametrize("line, reason", [
    (HUGE_NUMBER, "malformed JSON: a number with too many digits"),
    (DEEP, "malformed JSON: nested too deeply"),
])
@pytest.mark.parametrize("side", ["gold", "pred"])
def test_eval_names_the_line_python_cannot_read(tmp_path: Path, line: str, reason: str, side: str) -> None:
    good = json.dumps({"doc": "a.txt", "start": 1, "end": 4, "text": "Hi,"})
    files = {name: tmp_path / f"{name}.jsonl" for name in ("gold", "pred")}
    for name, path in files.items():
        path.write_text(f"{good}\n{line if name == side else good}\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["eval", str(files["gold"]), str(files["pred"])])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{ERROR}{files[side]}:2: {reason}"


# --- 3. endless inputs -----------------------------------------------------------------------------------


def test_stdin_past_the_size_limit_is_one_error() -> None:
    result = run("--max-size", "1k", "-", input=b"y\n" * 2000)
    assert result.exit_code == 1
    assert lines_with(result, ERROR) == ["<stdin>: larger than the 1 kB input limit (--max-size)"]


def test_dev_zero_is_one_error_and_later_inputs_are_read(abc: Path) -> None:
    result = run("--max-size", "1M", "/dev/zero", str(abc / "a.txt"))
    assert result.exit_code == 1
    assert lines_with(result, ERROR) == ["/dev/zero: larger than the 1 MB input limit (--max-size)"]
    assert docs(result) == ["a.txt"]


def test_the_default_limit_stops_an_endless_input() -> None:
    result = run("/dev/zero")
    assert lines_with(result, ERROR) == ["/dev/zero: larger than the 64 MB input limit (--max-size)"]


def test_a_big_file_is_refused_without_being_read(abc: Path) -> None:
    (abc / "big.txt").write_text("x" * 2000, encoding="utf-8")
    result = run("--max-size", "1000", str(abc))
    assert lines_with(result, ERROR) == [f"{abc}/big.txt: larger than the 1 kB input limit (--max-size)"]
    assert docs(result) == ["a.txt", "b.txt", "c.txt"]


def test_a_ten_megabyte_document_is_within_the_default_limit(tmp_path: Path) -> None:
    result = run("-", input=b"x" * 10_000_000)
    assert result.exit_code == 0, result.stderr


def test_an_endless_corpus_line_is_one_error(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    good = json.dumps({"id": "y", "text": HI})
    corpus.write_text(f'{{"id": "x", "text": "{"a" * 5000}"}}\n{good}\n', encoding="utf-8")
    result = run("--max-size", "1k", str(corpus))
    assert lines_with(result, ERROR) == [f"{corpus}:1: line larger than the 1 kB input limit (--max-size)"]
    assert docs(result) == ["y"]


def test_a_corpus_that_never_ends_its_line_is_stopped(tmp_path: Path) -> None:
    corpus = tmp_path / "zero.jsonl"
    corpus.symlink_to("/dev/zero")
    result = run("--max-size", "1k", str(corpus))
    assert result.exit_code == 1
    assert lines_with(result, ERROR) == [
        f"{corpus}:1: line larger than the 1 kB input limit (--max-size)",
        f"{corpus}: line 1 does not end within 16 kB; the rest of the file was not read",
    ]


def test_a_fifo_and_a_device_in_a_directory_are_skipped(abc: Path) -> None:
    os.mkfifo(abc / "fifo.txt")
    (abc / "zero.txt").symlink_to("/dev/zero")
    (abc / "inner.txt").symlink_to(abc / "fifo.txt")
    result = run(str(abc))
    assert result.exit_code == 0, result.stderr
    assert lines_with(result, WARNING) == [
        f"{abc}/fifo.txt: not a regular file (a named pipe); skipped",
        f"{abc}/inner.txt: not a regular file (a named pipe); skipped",
        f"{abc}/zero.txt: symbolic link to outside the directory; skipped (--follow-links reads it)",
    ]
    assert docs(result) == ["a.txt", "b.txt", "c.txt"]


def test_a_size_that_is_not_a_size_is_a_usage_error(abc: Path) -> None:
    result = run("--max-size", "lots", str(abc))
    assert result.exit_code == 2


# --- 7. an output that is also an input ---------------------------------------------------------------


def test_an_error_log_that_is_an_input_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "v.jsonl"
    content = json.dumps({"id": "y", "text": HI}) + "\n"
    corpus.write_text(content, encoding="utf-8")
    result = run("--errors", str(corpus), str(corpus))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{ERROR}the error log {corpus} is also an input")
    assert corpus.read_text(encoding="utf-8") == content


def test_an_emit_text_directory_inside_an_input_directory_is_refused(abc: Path) -> None:
    result = run("--emit-text", str(abc / "texts"), str(abc))
    assert result.exit_code == 2
    assert not (abc / "texts").exists()


# --- 8 and 9. --emit-text writes only its own files, one per document ----------------------------------


def test_emit_text_never_writes_through_a_symlink(abc: Path, tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    victim = elsewhere / "victim.txt"
    victim.write_text("victim", encoding="utf-8")
    (out / "a.txt.txt").symlink_to(victim)
    (out / "sub").symlink_to(elsewhere)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "sub/x", "text": HI}) + "\n", encoding="utf-8")
    result = run("--emit-text", str(out), str(abc), str(corpus))
    assert victim.read_text(encoding="utf-8") == "victim"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["victim.txt"]
    assert lines_with(result, ERROR) == [
        f"{abc}/a.txt: cannot write {out}/a.txt.txt: exists and is not a regular file (a symbolic link?); "
        "nothing is written through it",
    ]
    assert docs(result) == ["b.txt", "c.txt", "sub/x"]


def emitted(out: Path) -> dict[str, list[str]]:
    """Each document's emitted texts, by the index."""
    texts: dict[str, list[str]] = {}
    for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        texts.setdefault(entry["doc"], []).append((out / entry["file"]).read_text(encoding="utf-8"))
    return texts


def test_emit_text_gives_every_document_its_own_file(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "001.txt").write_text(f'"{folder}," said Bob Smith.\n', encoding="utf-8")
    ids = ["x:y", "x_y", "dup", "dup", "é" * 120 + "1", "é" * 120 + "2", "p", "p.txt/q", "P", "a\\b"]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": f'"{n}," said Al Bo.'}) + "\n"
                              for n, i in enumerate(ids)), encoding="utf-8")
    out = tmp_path / "out"
    result = run("--emit-text", str(out), str(tmp_path / "one" / "001.txt"), str(tmp_path / "two" / "001.txt"),
                 str(corpus))
    assert result.exit_code == 0, result.stderr
    texts = emitted(out)
    assert texts["001.txt"] == ['"one," said Bob Smith.\n', '"two," said Bob Smith.\n']
    assert texts["dup"] == ['"2," said Al Bo.', '"3," said Al Bo.']
    for n, name in enumerate(ids):
        assert f'"{n}," said Al Bo.' in texts[name]
    assert len(list(out.iterdir())) == 2 + len(ids) + 1  # one file per document, and the index
    assert all(p.is_file() for p in out.iterdir())
    for record in records(result):  # every quote's offsets index its own document's text
        assert any(text[record["start"]:record["end"]] == record["text"] for text in texts[record["doc"]])


@pytest.mark.parametrize("name, stem", [
    ("story.html", "story.html"),
    ("sub/dir/a.txt", "sub%2Fdir%2Fa.txt"),
    ("../../etc/passwd", "%2E.%2F..%2Fetc%2Fpasswd"),
    ("/abs/path", "%2Fabs%2Fpath"),
    ("c.jsonl:17", "c.jsonl%3A17"),
    ("a\\b", "a%5Cb"),
    ("<stdin>", "%3Cstdin%3E"),
    ("50%~", "50%25%7E"),
    ("\x1b]0;x\x07", "%1B]0;x%07"),
    ("é", "é"),
])
def test_file_stems_are_percent_encoded_and_reversible(name: str, stem: str) -> None:
    assert file_stem(name) == stem
    assert unquote(stem) == name


def test_long_file_stems_are_cut_with_a_hash() -> None:
    first, second = file_stem("é" * 300 + "1"), file_stem("é" * 300 + "2")
    assert first != second
    assert len(first.encode("utf-8")) <= 200


def test_emitted_paths_stay_inside_the_directory(tmp_path: Path) -> None:
    emitter = TextEmitter(tmp_path)
    for name in ("../x", "/etc/passwd", "a/../../b", "..", "c:/windows", "."):
        path = emitter.write(name, "t")
        assert path.parent == tmp_path
    emitter.close()


# --- 10. symbolic links in an input directory ----------------------------------------------------------


def test_a_link_out_of_the_directory_is_skipped_unless_asked(abc: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text('"Secret," said Eve Smith.\n', encoding="utf-8")
    (abc / "leak.txt").symlink_to(secret)
    (abc / "alias.txt").symlink_to(abc / "a.txt")  # stays inside: read
    out = tmp_path / "out"
    result = run("--emit-text", str(out), str(abc))
    assert result.exit_code == 0, result.stderr
    assert lines_with(result, WARNING) == [
        f"{abc}/leak.txt: symbolic link to outside the directory; skipped (--follow-links reads it)",
    ]
    assert docs(result) == ["a.txt", "alias.txt", "b.txt", "c.txt"]
    assert not (out / "leak.txt.txt").exists()
    followed = run("--follow-links", str(abc))
    assert "leak.txt" in docs(followed)


# --- 13. eval says what it did not score -----------------------------------------------------------------


def test_eval_warns_about_predictions_without_offsets(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": 1, "end": 4, "speaker": "Bob"}) + "\n", encoding="utf-8")
    rows = [{"doc": "a.txt", "start": 1, "end": 4, "speaker": "Bob"}, {"doc": "a.txt", "start": "9", "end": 12},
            {"doc": "a.txt", "end": 3}, {"doc": "a.txt", "start": 1.0, "end": 3.0}]
    pred.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(cli.app, ["eval", "-f", "json", str(gold), str(pred)])
    assert result.exit_code == 0, result.stderr
    assert lines_with(result, WARNING) == [
        f'{pred}: 3 prediction rows without integer "start" and "end" were not scored',
    ]
    assert json.loads(result.stdout)["all"]["precision"] == 1.0  # as ../shared/score.py counts them


# --- 12. CSV that a spreadsheet would run ----------------------------------------------------------------

FORMULA = '"=HYPERLINK(""http://x"")," said Bob Smith. "+1," said Al Bo. "@SUM(A1)," he added.\n'


def csv_cells(result: Result) -> list[list[str]]:
    import csv
    import io

    return list(csv.reader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("command", ["extract", "speakers"])
def test_safe_csv_neutralises_formulas(tmp_path: Path, command: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(FORMULA.replace("Bob Smith", "=Bob Smith"), encoding="utf-8")
    args = [command, "--model", "blank", "-f", "csv", str(story)]
    plain, safe = (runner.invoke(cli.app, args + extra) for extra in ([], ["--safe-csv"]))
    assert safe.exit_code == 0, safe.stderr
    starts = ("=", "+", "-", "@", "\t", "\r")
    assert any(cell.startswith(starts) for row in csv_cells(plain) for cell in row)
    assert not any(cell.startswith(starts) for row in csv_cells(safe) for cell in row)
    assert any(cell.startswith("'") and cell[1:].startswith(starts) for row in csv_cells(safe) for cell in row)


# --- 6. writes that fail ----------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["schema"], ["--help"], ["--version"], ["extract", "--model", "blank", "-f", "jsonl"],
                                  ["extract", "--model", "blank", "-f", "json"]])
def test_stdout_on_a_full_disk_is_one_line_and_exit_1(abc: Path, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = quotex(*args, *([str(abc)] if args[0] == "extract" else []), stdout=full)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == ["quotex: error: cannot write to standard output: "
                                                 "no space left on device"]


@pytest.mark.parametrize("args", ["--version", "extract --model blank -f jsonl"])
def test_a_closed_stdout_is_one_line_and_exit_1(abc: Path, args: str) -> None:
    extra = f" {abc}" if args.startswith("extract") else ""
    done = subprocess.run(f"{sys.executable} -m quotex {args}{extra} >&-", shell=True, stderr=subprocess.PIPE,
                          timeout=120, cwd=REPO)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == ["quotex: error: standard output is closed"]


def test_stderr_on_a_full_disk_costs_nothing(abc: Path, tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = quotex("extract", "--model", "blank", "-f", "jsonl", str(abc), str(tmp_path / "missing.txt"),
                      stderr=full)
    assert done.returncode == 1  # the missing file, which could not be told
    assert len(done.stdout.splitlines()) == 3


def test_an_error_log_on_a_full_disk_is_one_line_and_the_run_goes_on(abc: Path, tmp_path: Path) -> None:
    done = quotex("extract", "--model", "blank", "-f", "jsonl", "--errors", "/dev/full",
                  str(tmp_path / "missing.txt"), str(abc))
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        f"quotex: error: {tmp_path}/missing.txt: no such file or directory",
        "quotex: error: cannot write the error log /dev/full: no space left on device; "
        "later failures are on stderr only",
        "3 documents, 3 fragments, 1 failed",
    ]
    assert len(done.stdout.splitlines()) == 3


def test_a_closed_pipe_still_ends_quietly(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{n}", "text": HI * 20}) + "\n" for n in range(2000)),
                      encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "quotex", "extract", "--model", "blank", "-f", "jsonl", "-q",
                                str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    assert process.stdout is not None and process.stderr is not None
    assert json.loads(process.stdout.readline())
    process.stdout.close()  # '| head -1'
    assert process.wait(timeout=120) == 0
    assert process.stderr.read() == b""


# --- 11. control characters never reach a terminal raw ------------------------------------------------

HOSTILE_TEXT = '"Hi \x1b]0;pwned\x07 there \x1b[2J," said Bob Smith.\n'
HOSTILE_NAME = "a\x1b[31mred\u202e.txt"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "h"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    return folder


def assert_no_raw_controls(text: str) -> None:
    assert not any(c in text for c in "\x1b\x07\u202e"), repr(text)


@pytest.mark.parametrize("args", [
    ["extract", "--model", "blank"],
    ["speakers", "--model", "blank"],
    ["show", "--model", "blank"],
])
def test_tables_and_show_make_control_characters_visible(hostile: Path, args: list[str]) -> None:
    target = hostile / HOSTILE_NAME if args[0] == "show" else hostile
    result = runner.invoke(cli.app, [*args, str(target)])
    assert result.exit_code == 0, result.stderr
    assert_no_raw_controls(result.stdout)
    assert "\u241b" in result.stdout  # ␛


def test_error_lines_make_control_characters_and_newlines_visible(tmp_path: Path) -> None:
    missing = tmp_path / "no\x1b[2J\nsuch.txt"
    result = run(str(missing))
    assert result.exit_code == 1
    (line, summary_line) = result.stderr.splitlines()
    assert line == f"{ERROR}{tmp_path}/no\u241b[2J\u240asuch.txt: no such file or directory"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_records_written_to_a_terminal_hold_no_raw_control(fmt: str) -> None:
    from quotex.output.render import OutputFormat, make_record_writer
    from quotex.output.schema import QUOTE_RECORD

    record = {"schema_version": "1.0", "doc": "a\x9b2J\u202e", "text": "x\x1b[2J\x7f"}
    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        writer = make_record_writer(OutputFormat(fmt), stream, schema=QUOTE_RECORD, fields=["doc", "text"])
        writer.write([record])
        writer.close()
    assert_no_raw_controls(terminal.getvalue())
    assert "\x9b" not in terminal.getvalue() and "\x7f" not in terminal.getvalue()
    if fmt != "csv":  # the same JSON, escaped
        loads = json.loads if fmt == "json" else lambda s: [json.loads(s)]
        assert loads(terminal.getvalue()) == loads(pipe.getvalue())
    assert "\x9b" in pipe.getvalue()  # data to a pipe or file is written as it is
