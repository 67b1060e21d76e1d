"""--fields: parsing and checking names, selecting from nested records, flattening to CSV cells."""

from __future__ import annotations

import pytest

from quotex.output.fields import FieldError, columns, flatten, parse_fields, select
from quotex.output.schema import QUOTE_RECORD, SPEAKER_RECORD

RECORD = {
    "schema_version": "1.0", "doc": "d", "text": "hi", "confidence": 0.5,
    "speaker": {"name": "Ana", "anonymous": False, "mention": {"text": "she", "start": 1, "end": 4}},
    "cue": None,
}


def test_no_spec_means_every_field() -> None:
    assert parse_fields(None, QUOTE_RECORD) is None
    assert select(RECORD, None) is RECORD


def test_dotted_and_column_names_are_accepted_once_each() -> None:
    spec = " doc, speaker.name ,speaker_name,speaker_mention_start,cue,"
    assert parse_fields(spec, QUOTE_RECORD) == ["doc", "speaker.name", "speaker.mention.start", "cue"]


def test_unknown_names_are_listed_with_the_valid_ones() -> None:
    with pytest.raises(FieldError) as info:
        parse_fields("doc,speaker.nam,bogus", QUOTE_RECORD)
    message = str(info.value)
    assert "unknown fields 'speaker.nam', 'bogus'" in message
    assert "speaker.name" in message and "cue.class" in message and "schema_version" in message


def test_an_empty_spec_is_an_error() -> None:
    with pytest.raises(FieldError, match="no field named"):
        parse_fields(" , ", QUOTE_RECORD)


def test_speaker_record_fields_are_their_own() -> None:
    assert parse_fields("name,quotes,first_quote", SPEAKER_RECORD) == ["name", "quotes", "first_quote"]
    with pytest.raises(FieldError):
        parse_fields("speaker.name", SPEAKER_RECORD)


def test_select_keeps_the_nesting_and_null_objects() -> None:
    chosen = select(RECORD, ["speaker.mention.start", "text", "cue.text", "speaker.name"], keep=("schema_version",))
    assert chosen == {"schema_version": "1.0", "speaker": {"mention": {"start": 1}, "name": "Ana"},
                      "text": "hi", "cue": None}
    assert list(chosen) == ["schema_version", "speaker", "text", "cue"]


def test_select_skips_fields_a_record_lacks() -> None:
    assert select(RECORD, ["speaker.description", "index"]) == {"speaker": {}}


def test_columns_expand_objects_to_their_leaves_in_order() -> None:
    assert columns(QUOTE_RECORD, ["cue", "doc"]) == ["cue.text", "cue.start", "cue.end", "cue.class", "doc"]
    assert columns(QUOTE_RECORD, None)[0] == "schema_version"


def test_flatten_writes_json_like_cells() -> None:
    cols = ["doc", "speaker.anonymous", "speaker.mention.end", "cue.text", "confidence", "speaker.id"]
    assert flatten(RECORD, cols) == ["d", "false", "4", "", "0.5", ""]
