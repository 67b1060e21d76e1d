"""Reading inputs: files, directories, stdin and JSONL corpora, and their errors."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.text.inputs import (
    STDIN_NAME,
    Document,
    InputError,
    read_corpus,
    read_directory,
    read_inputs,
    read_path,
    read_stdin,
    read_text_file,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
BOM = b"\xef\xbb\xbf"
PAGE = (
    "<html><head><title>Vote</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    "<article><h1>Council approves riverfront plan</h1>"
    "<p>The Riverton City Council voted 5-2 on Tuesday night to approve a $40 million plan to rebuild "
    "the riverfront, ending months of argument over parking and flood walls.</p>"
    "<p>\u201cWe will not back down on this,\u201d Mayor Ana Ruiz said after the vote. \u201cThe river "
    "is the reason this city exists.\u201d</p></article>"
    "<footer>\u00a9 2024 The Riverton Ledger</footer></body></html>"
)


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_bytes("".join(line + "\n" for line in lines).encode("utf-8"))
    return path


# --- text files -------------------------------------------------------------


def test_text_file_is_named_by_its_basename(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("He said \u201chi.\u201d", encoding="utf-8")
    assert read_text_file(path, path.name) == Document("story.txt", "He said \u201chi.\u201d")


def test_newlines_are_not_translated_and_bom_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(BOM + b"one\r\ntwo\rthree\n")
    (record,) = read_path(path)
    assert record == Document("crlf.txt", "one\r\ntwo\rthree\n")


def test_only_a_leading_bom_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "inner.txt"
    path.write_bytes(b"a" + BOM + b"b")
    (record,) = read_path(path)
    assert isinstance(record, Document)
    assert record.text == "a\ufeffb"


def test_empty_file_is_an_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert list(read_path(path)) == [Document("empty.txt", "")]


def test_any_suffix_but_jsonl_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text('{"id": 1}', encoding="utf-8")
    assert list(read_path(path)) == [Document("notes.md", '{"id": 1}')]


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert list(read_path(missing)) == [InputError(str(missing), "no such file or directory")]


def test_invalid_utf8_is_read_as_windows_1252_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "archive.txt"
    path.write_bytes(b"He said \x93caf\xe9.\x94")
    (record,) = read_path(path)
    assert record == Document("archive.txt", "He said \u201ccaf\u00e9.\u201d")
    assert isinstance(record, Document) and record.warning == "not UTF-8; read as Windows-1252"


def test_strict_encoding_gives_the_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\u00e9".encode("latin-1"))
    (record,) = read_path(path, encoding="utf-8")
    assert record == InputError(str(path), "not UTF-8 text (byte 0xe9 at byte offset 3)")


def test_utf8_text_has_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("\u201cHi,\u201d she said.", encoding="utf-8")
    (record,) = read_path(path)
    assert isinstance(record, Document) and record.warning is None
    assert record.source == str(path) and record.line is None


def test_binary_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02")
    (record,) = read_path(path)
    assert record == InputError(str(path), "binary file (NUL byte at offset 6)")


def test_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")

    def denied(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    assert list(read_path(path)) == [InputError(str(path), "permission denied")]


def test_records_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Document("a", "b").text = "c"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        InputError("a", "b").reason = "c"  # type: ignore[misc]


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00")),
       bom=st.booleans())
def test_text_round_trips_exactly(tmp_path_factory: pytest.TempPathFactory, text: str, bom: bool) -> None:
    path = tmp_path_factory.mktemp("rt") / "doc.txt"
    path.write_bytes((BOM if bom else b"") + text.encode("utf-8"))
    assert read_text_file(path, "doc.txt") == Document("doc.txt", text)


# --- directories --------------------------------------------------------------


def test_directory_yields_txt_files_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "skip.json").write_text("{}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("C", encoding="utf-8")
    assert list(read_path(tmp_path)) == [
        Document("a.txt", "A"), Document("b.txt", "B"), Document("sub/c.txt", "C"),
    ]


def test_seed_directory_names_match_the_gold_file() -> None:
    names = [r.name for r in read_directory(FIXTURES / "seeds") if isinstance(r, Document)]
    gold_docs = {json.loads(line)["doc"] for line in (FIXTURES / "seeds.gold.jsonl").open(encoding="utf-8")}
    assert names == sorted(p.name for p in (FIXTURES / "seeds").glob("*.txt"))
    assert gold_docs <= set(names)


def test_directory_without_txt_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b", encoding="utf-8")
    assert list(read_path(tmp_path)) == [InputError(str(tmp_path), "directory has no .txt or .html files")]


def test_directory_includes_html_pages(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "b.HTM").write_text(PAGE, encoding="utf-8")
    records = list(read_path(tmp_path))
    assert [r.name for r in records] == ["a.txt", "b.HTM"]  # type: ignore[union-attr]
    assert isinstance(records[1], Document) and "Mayor Ana Ruiz said" in records[1].text
    assert "<p>" not in records[1].text


def test_bad_file_in_directory_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "b.txt").write_text("fine", encoding="utf-8")
    records = list(read_path(tmp_path))
    assert isinstance(records[0], InputError) and records[0].source == str(tmp_path / "a.txt")
    assert records[1] == Document("b.txt", "fine")


# --- stdin ---------------------------------------------------------------------


def test_stdin_is_read_as_bytes_without_newline_translation() -> None:
    record = read_stdin(io.BytesIO(BOM + "a\r\nb \u201cc\u201d".encode("utf-8")))
    assert record == Document(STDIN_NAME, "a\r\nb \u201cc\u201d")


def test_stdin_that_is_not_utf8_is_an_error_when_the_encoding_is_strict() -> None:
    record = read_stdin(io.BytesIO(b"\xc3("), encoding="utf-8")
    assert isinstance(record, InputError) and record.source == STDIN_NAME
    assert record.reason == "not UTF-8 text (byte 0xc3 at byte offset 0)"


def test_stdin_follows_the_encoding_rules() -> None:
    record = read_stdin(io.BytesIO(b"\xff\xfe" + "\u201cHi\u201d".encode("utf-16-le")))
    assert record == Document(STDIN_NAME, "\u201cHi\u201d")
    guessed = read_stdin(io.BytesIO(b"\x93Hi\x94"))
    assert guessed == Document(STDIN_NAME, "\u201cHi\u201d")
    assert isinstance(guessed, Document) and guessed.warning


def test_stdin_can_be_html() -> None:
    record = read_stdin(io.BytesIO(PAGE.encode("utf-8")), html=True)
    assert isinstance(record, Document) and "Mayor Ana Ruiz said" in record.text


def test_dash_means_stdin() -> None:
    records = list(read_inputs(["-"], stdin=io.BytesIO(b"hello")))
    assert records == [Document(STDIN_NAME, "hello")]


# --- JSONL corpora -------------------------------------------------------------


def test_corpus_rows_become_documents_named_by_id(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        json.dumps({"id": "first", "text": "One."}),
        "",
        json.dumps({"id": 7, "text": "Two.", "extra": [1, 2]}),
    ])
    assert list(read_path(path)) == [Document("first", "One."), Document("7", "Two.")]


def test_row_without_usable_id_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        json.dumps({"text": "no id"}),
        json.dumps({"id": None, "text": "null id"}),
        json.dumps({"id": "", "text": "empty id"}),
        json.dumps({"id": {"x": 1}, "text": "object id"}),
    ])
    assert [r.name for r in read_path(path) if isinstance(r, Document)] == [
        "c.jsonl:1", "c.jsonl:2", "c.jsonl:3", "c.jsonl:4",
    ]


def test_corpus_errors_name_the_line_and_the_good_rows_survive(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        json.dumps({"id": "a", "text": "ok"}),
        '{"id": "b", "text": ',
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": 42}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "f", "text": "also ok"}),
    ])
    records = list(read_path(path))
    assert records[0] == Document("a", "ok")
    assert records[-1] == Document("f", "also ok")
    errors = records[1:-1]
    assert [e.source for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert all(isinstance(e, InputError) for e in errors)
    assert [(e.file, e.line) for e in errors] == [(str(path), n) for n in (2, 3, 4, 5)]  # type: ignore[union-attr]
    reasons = [e.reason for e in errors]  # type: ignore[union-attr]
    assert reasons[0].startswith("malformed JSON: ")
    assert reasons[1] == "missing field 'text'"
    assert reasons[2] == "field 'text' must be a string, got a number"
    assert reasons[3] == "expected a JSON object, got an array"


def test_corpus_rows_know_their_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", ["", json.dumps({"id": "a", "text": "x"})])
    (record,) = read_corpus(path)
    assert isinstance(record, Document) and (record.source, record.line) == (str(path), 2)


def test_corpus_rows_can_hold_html(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [json.dumps({"id": "page", "text": PAGE}),
                                              json.dumps({"id": "nav", "text": "<nav><a href='/'>Home</a></nav>"})])
    page, nav = read_corpus(path, html=True)
    assert isinstance(page, Document) and "Mayor Ana Ruiz said" in page.text and "<p>" not in page.text
    assert nav == InputError(f"{path}:2", "no article text found in the HTML")


def test_corpus_is_utf8_whatever_the_encoding_option(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [json.dumps({"id": "a", "text": "\u201cx\u201d"}, ensure_ascii=False)])
    assert list(read_path(path, encoding="latin-1")) == [Document("a", "\u201cx\u201d")]


def test_custom_field_names(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [json.dumps({"key": "k1", "body": "Body text."})])
    assert list(read_path(path, id_field="key", text_field="body")) == [Document("k1", "Body text.")]


def test_corpus_lines_split_on_newline_only(tmp_path: Path) -> None:
    text = "para one\u2028still one\r\npara two"
    path = tmp_path / "c.jsonl"
    path.write_bytes(BOM + (json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\r\n").encode("utf-8"))
    assert list(read_corpus(path)) == [Document("x", text)]


def test_undecodable_corpus_line_costs_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "\xff"}\n{"id": "b", "text": "fine"}\n')
    first, second = read_corpus(path)
    assert isinstance(first, InputError) and first.source == f"{path}:1"
    assert first.reason.startswith("not UTF-8 text")
    assert second == Document("b", "fine")


def test_unpaired_surrogate_in_text_is_an_error(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", ['{"id": "s", "text": "bad \\ud800 here"}'])
    (record,) = read_corpus(path)
    assert isinstance(record, InputError) and "surrogate" in record.reason


def test_polnear_corpus_reads_completely() -> None:
    path = FIXTURES / "polnear-dev" / "docs.jsonl"
    records = list(read_path(path))
    assert len(records) == 202
    assert all(isinstance(r, Document) and r.text for r in records)
    assert len({r.name for r in records}) == 202


# --- several inputs --------------------------------------------------------------


def test_inputs_keep_their_order_and_errors_do_not_stop_the_stream(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("1", encoding="utf-8")
    corpus = write_jsonl(tmp_path / "c.jsonl", [json.dumps({"id": "r", "text": "2"})])
    records = list(read_inputs([str(one), str(tmp_path / "missing.txt"), "-", str(corpus)],
                               stdin=io.BytesIO(b"3")))
    assert records == [
        Document("one.txt", "1"),
        InputError(str(tmp_path / "missing.txt"), "no such file or directory"),
        Document(STDIN_NAME, "3"),
        Document("r", "2"),
    ]


def test_inputs_are_read_lazily(tmp_path: Path) -> None:
    stream = read_inputs([str(tmp_path / "missing.txt")])
    assert not isinstance(stream, list)
    assert next(stream) == InputError(str(tmp_path / "missing.txt"), "no such file or directory")
