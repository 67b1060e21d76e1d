"""``--fields``: choosing some of a record's fields, and flattening records into CSV rows.

Names are dotted paths into the record (``speaker.name``); the CSV column
form (``speaker_name``) is accepted too. A selected object brings all of its
fields; a selected nested field keeps its place in the nesting, so jq paths
such as ``.speaker.name`` read the same with or without ``--fields``.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Optional, Sequence

from ..errors import QuotexError
from .schema import Schema, column_name, field_names

Record = dict[str, Any]


class FieldError(QuotexError):
    """A ``--fields`` name that the records do not have."""


def parse_fields(spec: Optional[str], schema: Schema) -> Optional[list[str]]:
    """The dotted names in a comma-separated ``spec``, checked against ``schema``.

    None when no spec is given: every field. Duplicates are dropped.
    """
    if spec is None:
        return None
    known = field_names(schema)
    by_column = {column_name(name): name for name in known}
    chosen: list[str] = []
    unknown: list[str] = []
    for raw in spec.split(","):
        name = raw.strip()
        if not name:
            continue
        dotted = name if name in known else by_column.get(name)
        if dotted is None:
            unknown.append(name)
        elif dotted not in chosen:
            chosen.append(dotted)
    if unknown:
        listed = ", ".join(repr(n) for n in unknown)
        raise FieldError(f"unknown field{'s' if len(unknown) > 1 else ''} {listed}; "
                         f"valid fields are: {', '.join(known)}")
    if not chosen:
        raise FieldError(f"no field named; valid fields are: {', '.join(known)}")
    return chosen


def select(record: Record, fields: Optional[Sequence[str]], *, keep: Iterable[str] = ()) -> Record:
    """``record`` with only ``fields`` (dotted names), and the top-level ``keep`` fields first.

    A null object stays null: ``speaker.name`` of a quote with no speaker is
    ``{"speaker": null}``.
    """
    if fields is None:
        return record
    out: Record = {k: record[k] for k in keep if k in record}
    for field in fields:
        _copy(record, out, field.split("."))
    return out


def _copy(source: Any, target: Record, path: list[str]) -> None:
    head, rest = path[0], path[1:]
    if not isinstance(source, dict) or head not in source:
        return
    value = source[head]
    if not rest or value is None:
        target[head] = value
        return
    branch = target.get(head)
    if not isinstance(branch, dict):
        branch = target[head] = {}
    _copy(value, branch, rest)


def columns(schema: Schema, fields: Optional[Sequence[str]]) -> list[str]:
    """The CSV columns (dotted leaf names) for ``fields``: an object stands for all its leaves."""
    leaves = field_names(schema, leaves_only=True)
    if fields is None:
        return leaves
    out: list[str] = []
    for field in fields:
        for leaf in leaves:
            if (leaf == field or leaf.startswith(field + ".")) and leaf not in out:
                out.append(leaf)
    return out


def flatten(record: Record, cols: Sequence[str]) -> list[str]:
    """One CSV row: each column's value as text; null and missing are empty."""
    return [_cell(_lookup(record, col.split("."))) for col in cols]


def _lookup(record: Any, path: list[str]) -> Any:
    for part in path:
        if not isinstance(record, dict):
            return None
        record = record.get(part)
    return record


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):  # a kept corpus field (--keep) or a list: as JSON
        return json.dumps(value, ensure_ascii=False)
    return str(value)
