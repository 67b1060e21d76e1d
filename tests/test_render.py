"""The output writers, on hand-made quotes."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Optional

from rich.console import Console

from quotex.output.model import Cue, Mention, Quote, Speaker
from quotex.output.render import (
    ELLIPSIS,
    PALETTE,
    CsvRenderer,
    JsonlRenderer,
    JsonRenderer,
    OutputFormat,
    TableRenderer,
    make_renderer,
    shorten,
)
from quotex.output.schema import QUOTE_RECORD, SCHEMA_VERSION, field_names


def quote(index: int, text: str, speaker: Optional[str] = None, anonymous: bool = False) -> Quote:
    who = Speaker(speaker, Mention(speaker, 0, len(speaker)), "person", anonymous) if speaker else None
    return Quote(index, index, text, 10, 10 + len(text), "direct", 0, who,
                 Cue("said", 5, 9) if who else None, "explicit" if who else "none", 0.9 if who else 0.0)


class CountingStream(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.flushes = 0

    def flush(self) -> None:
        self.flushes += 1
        super().flush()


def test_json_is_streamed_as_one_array() -> None:
    stream = io.StringIO()
    renderer = JsonRenderer(stream)
    assert stream.getvalue() == "["  # written before any document is processed
    renderer.document("a", [quote(0, "one", "Ana")])
    renderer.document("b", [])
    renderer.document("c", [quote(0, "two \u00e9")])
    renderer.close()
    records = json.loads(stream.getvalue())
    assert [(r["doc"], r["text"]) for r in records] == [("a", "one"), ("c", "two \u00e9")]
    assert "\u00e9" in stream.getvalue()  # not escaped
    assert records[0] == {"schema_version": SCHEMA_VERSION, **quote(0, "one", "Ana").to_dict(doc="a"), "row": None}


def test_json_without_records_is_an_empty_array() -> None:
    stream = io.StringIO()
    renderer = JsonRenderer(stream)
    renderer.close()
    assert json.loads(stream.getvalue()) == []


def test_jsonl_is_one_object_per_line_flushed_per_document() -> None:
    stream = CountingStream()
    renderer = JsonlRenderer(stream)
    renderer.document("a", [quote(0, "one"), quote(1, "line\u2028break")])
    assert stream.flushes == 1
    renderer.document("b", [quote(0, "three")])
    assert stream.flushes == 2
    lines = stream.getvalue().split("\n")
    assert lines[-1] == ""
    assert [json.loads(line)["text"] for line in lines[:-1]] == ["one", "line\u2028break", "three"]


def test_table_gives_each_speaker_one_colour_in_turn() -> None:
    console = Console(file=io.StringIO(), width=120, color_system=None)
    renderer = TableRenderer(console)
    renderer.document("d", [quote(0, "a", "Ana"), quote(1, "b", "Ben"), quote(2, "c", "Ana")])
    assert renderer.colours == {"Ana": PALETTE[0], "Ben": PALETTE[1]}


def test_table_prints_text_literally_and_marks_anonymous_sources() -> None:
    out = io.StringIO()
    renderer = TableRenderer(Console(file=out, width=200, color_system=None))
    renderer.document("doc.txt", [quote(0, "[He] is [bold]wrong[/bold]", "an official", anonymous=True),
                                  quote(1, "nobody's", None)])
    renderer.close()
    text = out.getvalue()
    assert "[He] is [bold]wrong[/bold]" in text
    assert "an official (anonymous)" in text
    assert re.search(r"explicit\s.*\n.*0\.90", text) and re.search(r"none\s.*\n.*0\.00", text)


def test_table_is_printed_per_document_under_its_name_with_type_and_cue() -> None:
    """Rough edges 1 and 2: each document's table is printed as soon as it is done, under its name,
    which no row repeats; the quote is whole; type and cue have columns."""
    out = io.StringIO()
    renderer = TableRenderer(Console(file=out, width=80, color_system=None))
    long = "word " * 80 + "end."
    renderer.document("first-document-with-a-long-name.txt", [quote(0, long, "Ana")])
    first = out.getvalue()
    assert first.splitlines()[0].strip() == "first-document-with-a-long-name.txt"
    assert first.count("first-document-with-a-long-name.txt") == 1
    assert "end." in first and ELLIPSIS not in first
    header = next(line for line in first.splitlines() if "speaker" in line)
    assert re.search(r"speaker.*quote.*type.*cue", header)
    assert "direct" in first and "said" in first
    renderer.document("second.txt", [quote(1, "b", "Ben")])
    assert out.getvalue().startswith(first) and "second.txt" in out.getvalue()[len(first):]
    renderer.close()


def test_table_with_fields_has_those_columns() -> None:
    out = io.StringIO()
    renderer = make_renderer(OutputFormat.table, out, console=Console(file=out, width=120, color_system=None),
                             fields=["doc", "speaker.name", "text"])
    renderer.document("d.txt", [quote(0, "We will win", "Ana")])
    header = next(line for line in out.getvalue().splitlines() if "speaker.name" in line)
    assert re.search(r"doc.*speaker\.name.*text", header) and "method" not in out.getvalue()
    assert "We will win" in out.getvalue() and "Ana" in out.getvalue()


def test_table_with_no_quotes_prints_nothing() -> None:
    out = io.StringIO()
    renderer = TableRenderer(Console(file=out))
    renderer.document("doc.txt", [])
    renderer.close()
    assert out.getvalue() == ""


def test_make_renderer_picks_by_format() -> None:
    stream = io.StringIO()
    assert isinstance(make_renderer(OutputFormat.json, stream), JsonRenderer)
    assert isinstance(make_renderer(OutputFormat.jsonl, stream), JsonlRenderer)
    assert isinstance(make_renderer(OutputFormat.table, stream), TableRenderer)
    assert isinstance(make_renderer(OutputFormat.csv, stream), CsvRenderer)


def test_every_record_starts_with_the_schema_version() -> None:
    stream = io.StringIO()
    renderer = JsonlRenderer(stream)
    renderer.document("a", [quote(0, "one", "Ana"), quote(1, "two")])
    for line in stream.getvalue().splitlines():
        assert next(iter(json.loads(line).items())) == ("schema_version", SCHEMA_VERSION)


def test_csv_flattens_every_leaf_field_in_schema_order() -> None:
    stream = io.StringIO()
    renderer = CsvRenderer(stream)
    renderer.document("d.txt", [quote(0, 'say "when", then', "Ana"), quote(1, "line\nbreak")])
    renderer.close()
    rows = list(csv.reader(io.StringIO(stream.getvalue())))
    leaves = field_names(QUOTE_RECORD, leaves_only=True)
    assert rows[0] == [leaf.replace(".", "_") for leaf in leaves]
    first, second = (dict(zip(rows[0], row)) for row in rows[1:])
    assert first["text"] == 'say "when", then'  # quoted, not split
    assert first["speaker_name"] == "Ana" and first["speaker_mention_start"] == "0"
    assert first["speaker_anonymous"] == "false" and first["cue_text"] == "said" and first["cue_class"] == "speech"
    assert second["text"] == "line\nbreak"
    assert second["speaker_name"] == "" and second["cue_start"] == "" and second["confidence"] == "0.0"
    assert not stream.getvalue().endswith("\r\n")


def test_csv_without_records_is_the_header_alone() -> None:
    stream = io.StringIO()
    CsvRenderer(stream, fields=["doc", "speaker.name"]).close()
    assert stream.getvalue() == "doc,speaker_name\n"


def test_fields_choose_columns_and_json_keys() -> None:
    stream = io.StringIO()
    renderer = make_renderer(OutputFormat.csv, stream, fields=["text", "speaker.mention", "doc"])
    renderer.document("d.txt", [quote(0, "one", "Ana")])
    header, row = stream.getvalue().splitlines()
    assert header == "text,speaker_mention_text,speaker_mention_start,speaker_mention_end,doc"
    assert row == "one,Ana,0,3,d.txt"
    stream = io.StringIO()
    renderer = make_renderer(OutputFormat.jsonl, stream, fields=["text", "speaker.name", "cue.class"])
    renderer.document("d.txt", [quote(0, "one", "Ana"), quote(1, "two")])
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first == {"schema_version": SCHEMA_VERSION, "text": "one", "speaker": {"name": "Ana"},
                     "cue": {"class": "speech"}}
    assert second == {"schema_version": SCHEMA_VERSION, "text": "two", "speaker": None, "cue": None}


def test_shorten() -> None:
    assert shorten("short", 10) == "short"
    assert shorten("hello world foo bar", 12) == "hello world" + ELLIPSIS
    assert shorten("x" * 50, 20) == "x" * 19 + ELLIPSIS
    assert all(len(shorten("word " * 100, n)) <= n for n in range(2, 60))


def test_at_80_columns_the_quote_has_the_most_room() -> None:
    """Rough edge 1: at 80 columns the quote column is the widest, and a long name is not cut mid-word."""
    out = io.StringIO()
    renderer = TableRenderer(Console(file=out, width=80, color_system=None))
    renderer.document("a-long-document-name-that-a-reader-wants-whole.txt",
                      [quote(0, "We will keep talking with our partners in the region for as long as it takes.",
                             "a senior U.S. defense official", anonymous=True)])
    lines = out.getvalue().splitlines()
    assert lines[0].strip() == "a-long-document-name-that-a-reader-wants-whole.txt"
    header = next(line for line in lines if "speaker" in line and "quote" in line)
    widths = {name.strip(): len(cell) for cell in header.strip("┃").split("┃") for name in [cell]}
    assert max(widths, key=lambda name: widths[name]) == "quote", widths
    assert all(len(line) <= 80 for line in lines)
