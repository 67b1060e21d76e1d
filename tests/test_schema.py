"""The published JSON Schemas: well formed, in step with the model and README, and true of real output.

Real output means every record quotex prints for the seed articles (through
the CLI) and for the 202 PolNeAR dev articles (extracted once for this module,
then written by the same renderers the CLI uses).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from quotex import cli
from quotex.output import model
from quotex.output.model import Quote
from quotex.output.fields import columns
from quotex.output.render import OutputFormat, make_renderer
from quotex.output.schema import (
    CUE_CLASSES,
    METHODS,
    QUOTE_RECORD,
    QUOTE_TYPES,
    SCHEMA_VERSION,
    SPEAKER_KINDS,
    SPEAKER_RECORD,
    column_name,
    field_names,
)
from quotex.output.views import SpeakersView

REPO = Path(__file__).parent.parent
SEEDS = REPO / "fixtures" / "seeds"
README = REPO / "README.md"

pytestmark = pytest.mark.usefixtures("cli_models")
runner = CliRunner()
quote_validator = Draft202012Validator(QUOTE_RECORD)
speaker_validator = Draft202012Validator(SPEAKER_RECORD)


def invalid(validator: Draft202012Validator, records: list[dict[str, Any]]) -> list[str]:
    """One line per schema error, naming the record: empty when every record is valid."""
    return [f"{r.get('doc')}#{r.get('index', r.get('name'))}: {e.json_path}: {e.message}"
            for r in records for e in validator.iter_errors(r)]


def undocumented(records: list[dict[str, Any]], schema: dict[str, Any]) -> set[str]:
    """Fields that records carry but the schema does not list (the schema itself allows them)."""
    known = set(field_names(schema))
    return {name for r in records for name in _paths(r)} - known


def _paths(record: dict[str, Any], prefix: str = "") -> Iterator[str]:
    for key, value in record.items():
        yield prefix + key
        if isinstance(value, dict):
            yield from _paths(value, prefix + key + ".")


def jsonl(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(cli.app, [*args, "-q"])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


# --- the schemas themselves -----------------------------------------------------------------


@pytest.mark.parametrize("schema", [QUOTE_RECORD, SPEAKER_RECORD], ids=["quotes", "speakers"])
def test_schemas_are_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert "schema_version" in schema["required"]


def test_schema_choices_match_the_model() -> None:
    assert set(QUOTE_TYPES) == set(model.QUOTE_TYPES)
    assert set(SPEAKER_KINDS) == set(model.SPEAKER_KINDS)
    assert set(METHODS) == set(model.METHODS)
    assert set(CUE_CLASSES) == set(getattr(model, "CUE_CLASSES", CUE_CLASSES))


def test_schema_command_prints_each_schema() -> None:
    for args, schema in ((["schema"], QUOTE_RECORD), (["schema", "speakers"], SPEAKER_RECORD)):
        result = runner.invoke(cli.app, args)
        assert result.exit_code == 0
        assert json.loads(result.stdout) == schema
    assert runner.invoke(cli.app, ["schema", "nope"]).exit_code == 2


def readme_fields(heading: str) -> set[str]:
    """The field names in the first column of the table under ``heading`` in README.

    A row such as ``speaker.mention`` whose meaning spells ``{text, start, end}``
    lists those nested fields, too.
    """
    text = README.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1]
    table = re.search(r"\| field \| type \| meaning \|\n\| --- \| --- \| --- \|\n((?:\|.*\n)+)", section)
    assert table, f"no field table under {heading}"
    names: set[str] = set()
    for row in table.group(1).splitlines():
        first, _kind, meaning = row.strip("|").split(" | ", 2)
        listed = re.findall(r"`([\w.]+)`", first)
        names.update(listed)
        nested = re.match(r"The (?:mention|reporting expression)[^{]*`\{([\w, ]+)\}`", meaning)
        if nested:
            names.update(f"{listed[0]}.{part.strip()}" for part in nested.group(1).split(","))
    return names


def test_readme_lists_every_quote_field() -> None:
    assert readme_fields("## Output fields") == set(field_names(QUOTE_RECORD))


def test_readme_lists_every_speaker_field() -> None:
    assert readme_fields("### Speaker records") == set(field_names(SPEAKER_RECORD))


def test_readme_shows_the_csv_columns() -> None:
    header = ",".join(column_name(c) for c in columns(QUOTE_RECORD, None))
    assert f"\n{header}\n" in README.read_text(encoding="utf-8")


# --- the seeds, through the CLI ----------------------------------------------------------------


def test_seed_quote_records_follow_the_schema() -> None:
    records = jsonl("extract", "--all", "-f", "jsonl", str(SEEDS))
    assert len(records) > 24
    assert invalid(quote_validator, records) == []
    assert undocumented(records, QUOTE_RECORD) == set()
    array = json.loads(runner.invoke(cli.app, ["extract", "-q", "--all", "-f", "json", str(SEEDS)]).stdout)
    assert array == records


def test_seed_speaker_records_follow_the_schema() -> None:
    for args in (["speakers", "-f", "jsonl", str(SEEDS)], ["speakers", "--across", "-f", "jsonl", str(SEEDS)]):
        records = jsonl(*args)
        assert records
        assert invalid(speaker_validator, records) == []
        assert undocumented(records, SPEAKER_RECORD) == set()


def test_seed_csv_has_the_schema_columns() -> None:
    result = runner.invoke(cli.app, ["extract", "-q", "-f", "csv", str(SEEDS)])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0]) == [column_name(c) for c in columns(QUOTE_RECORD, None)]
    assert {row["schema_version"] for row in rows} == {SCHEMA_VERSION}


# --- PolNeAR dev, extracted once ------------------------------------------------------------------


@pytest.fixture(scope="module")
def polnear_output(polnear_docs: list[dict[str, Any]],
                   polnear_quotes: list[list[Quote]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every quote record (terms included) and speaker record for PolNeAR dev, from the session's one parse."""
    rows = polnear_docs
    quotes_out, speakers_out, across_out = io.StringIO(), io.StringIO(), io.StringIO()
    quote_writer = make_renderer(OutputFormat.jsonl, quotes_out)
    views = [SpeakersView(OutputFormat.jsonl, speakers_out), SpeakersView(OutputFormat.jsonl, across_out, across=True)]
    for row, quotes in zip(rows, polnear_quotes):
        for writer in (quote_writer, *views):
            writer.document(row["id"], quotes, row["text"])
    for writer in (quote_writer, *views):
        writer.close()

    def parse(out: io.StringIO) -> list[dict[str, Any]]:
        return [json.loads(line) for line in out.getvalue().splitlines()]

    return parse(quotes_out), parse(speakers_out) + parse(across_out)


@pytest.mark.model
def test_polnear_dev_quote_records_follow_the_schema(polnear_output: tuple[list[dict[str, Any]], ...]) -> None:
    records = polnear_output[0]
    assert len({r["doc"] for r in records}) > 150
    assert invalid(quote_validator, records) == []
    assert undocumented(records, QUOTE_RECORD) == set()


@pytest.mark.model
def test_polnear_dev_speaker_records_follow_the_schema(polnear_output: tuple[list[dict[str, Any]], ...]) -> None:
    records = polnear_output[1]
    assert any(r["doc"] is None for r in records) and any(r["doc"] for r in records)
    assert invalid(speaker_validator, records) == []
    assert undocumented(records, SPEAKER_RECORD) == set()
