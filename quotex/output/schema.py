"""The versioned JSON Schema of every record quotex writes, and the field names it defines.

The schemas are the one source of truth for the output's fields: CSV columns
and the names ``--fields`` accepts are read off them, and a test checks that
README lists the same fields. ``schema_version`` changes when a field changes
meaning or goes away; adding a field is a minor version, as consumers must
ignore fields they do not know.
"""

from __future__ import annotations

import copy
from typing import Any, Iterator, Sequence

SCHEMA_VERSION = "1.4"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

QUOTE_TYPES = ("direct", "mixed", "nested", "indirect", "term")
SPEAKER_KINDS = ("person", "group", "organization", "unknown")
CUE_CLASSES = ("speech", "writing", "thought")
METHODS = ("explicit", "pronoun", "nominal", "continuation", "nearest", "none")
MARKS = ("double", "single", "guillemet", "mixed", "apostrophes")
ATTRIBUTION_CLASSES = ("speech", "writing", "thought", "stance", "action")

Schema = dict[str, Any]


def _obj(properties: dict[str, Schema], required: tuple[str, ...], description: str, *,
         nullable: bool = False) -> Schema:
    """An object schema; unknown properties are allowed, as the contract promises."""
    return {
        "type": ["object", "null"] if nullable else "object",
        "description": description,
        "properties": properties,
        "required": list(required),
    }


def _prop(kind: str | list[str], description: str, **extra: Any) -> Schema:
    return {"type": kind, "description": description, **extra}


def _offset(description: str) -> Schema:
    return _prop("integer", description, minimum=0)


def _span(description: str, *, nullable: bool, extra: dict[str, Schema] | None = None) -> Schema:
    properties = {
        "text": _prop("string", "The words as written."),
        "start": _offset("Where they start in the document (half-open, in code points)."),
        "end": _offset("Where they end in the document (half-open, in code points)."),
        **(extra or {}),
    }
    return _obj(properties, tuple(properties), description, nullable=nullable)


_VERSION = _prop("string", "The version of this schema that the record follows.", const=SCHEMA_VERSION)
_NAME = _prop("string", "The fullest form of the speaker's name in the document, or the description "
                        "for unnamed sources ('a senior U.S. defense official').")
_KIND = _prop("string", "What sort of source the speaker is.", enum=list(SPEAKER_KINDS))
_ANONYMOUS = _prop("boolean", "True for unnamed sources ('officials said', 'a person familiar with the matter').")
_DESCRIPTION = _prop(["string", "null"], "The speaker's appositive or title as written "
                                         "('a China analyst at the Heritage Foundation'), or null.")
_ANONYMITY = _prop(["string", "null"], "An unnamed source's justification as written "
                                       "('on condition of anonymity'), or null.")

SPEAKER = _obj(
    {
        "id": _prop("string", "The same for every fragment of one speaker within a document ('s1')."),
        "name": _NAME,
        "mention": _span("The mention the attribution rests on, as written; it can be a pronoun.", nullable=True),
        "kind": _KIND,
        "anonymous": _ANONYMOUS,
        "description": _DESCRIPTION,
        "anonymity": _ANONYMITY,
        "key": _prop(["string", "null"], "The speaker across documents: 'name:donald trump' for a person's name, "
                                         "'org:clinton foundation' for an organisation's, 'doc:<doc>#<id>' for a "
                                         "speaker that never merges with another document's (since 1.3)."),
    },
    ("id", "name", "mention", "kind", "anonymous", "description", "anonymity", "key"),
    "Who said the quote, or null if nobody was found.",
    nullable=True,
)

CUE = _span(
    "The reporting expression ('said', 'told reporters', 'according to', a colon or dash), or null.",
    nullable=True,
    extra={"class": _prop("string", "What the cue reports.", enum=list(CUE_CLASSES))},
)

QUOTE_RECORD: Schema = {
    "$schema": DIALECT,
    "title": "quotex quote record",
    **_obj(
        {
            "schema_version": _VERSION,
            "doc": _prop("string", "The document's name: a file's name or path, a corpus row's id, or <stdin>."),
            "index": _offset("The fragment's position in its document, from 0, counting terms."),
            "group": _offset("The quotation the fragment belongs to; split and multi-paragraph quotes share it."),
            "text": _prop("string", "The quoted words, without the quote marks."),
            "start": _offset("Where text starts in the document (half-open, in code points)."),
            "end": _offset("Where text ends in the document (half-open, in code points)."),
            "type": _prop("string", "direct: the whole content of its sentence; mixed: inside a reported "
                                    "sentence; indirect: reported speech without quote marks; term: a "
                                    "quoted phrase nobody is reported to say (only with --all).",
                          enum=list(QUOTE_TYPES)),
            "paragraph": _offset("The index of the fragment's paragraph (a non-blank line), from 0."),
            "speaker": SPEAKER,
            "cue": CUE,
            "method": _prop("string", "How the speaker was found.", enum=list(METHODS)),
            "confidence": _prop("number", "How sure the attribution is, from 0 to 1; 0 without a speaker.",
                                minimum=0, maximum=1),
            "marks": _prop(["string", "null"], "The quote marks that enclose the text: double, single, "
                                               "guillemet, or mixed (a closing mark of another kind than the "
                                               "opening one); null for reported speech (since 1.1), except "
                                               "apostrophes: a sentence in two apostrophes typed for a double "
                                               "mark, an indirect record whose text keeps them (since 1.4).",
                           enum=[*MARKS, None]),
            "class": _prop(["string", "null"], "What kind of attribution it is: speech (said, told, according "
                                               "to), writing (wrote, tweeted, a statement saying), thought "
                                               "(believes, hopes, is expected to), stance (endorsed, attacked, "
                                               "praised) or action (declined to, voted for, a poll showed); "
                                               "null for terms (since 1.2).",
                           enum=[*ATTRIBUTION_CLASSES, None]),
            "quote_key": _prop(["string", "null"], "The same for one quote in every document of a run: the "
                                                   "'<doc>#<index>' of the first record that carried it, in input "
                                                   "order (since 1.3)."),
            "row": _prop(["object", "null"], "The fields of the document's corpus row that --keep names "
                                             "(null where the row has none), or null without --keep (since 1.3).",
                         properties={}),
        },
        ("schema_version", "doc", "index", "group", "text", "start", "end", "type", "paragraph",
         "speaker", "cue", "method", "confidence", "marks", "class", "quote_key", "row"),
        "One quote fragment, as written by 'quotex extract' (csv flattens nested fields: "
        "speaker.mention.start becomes the column speaker_mention_start).",
    ),
}

SPEAKER_RECORD: Schema = {
    "$schema": DIALECT,
    "title": "quotex speaker record",
    **_obj(
        {
            "schema_version": _VERSION,
            "doc": _prop(["string", "null"], "The document, or null when counted across the corpus (--across)."),
            "documents": _prop("integer", "How many documents quote the speaker.", minimum=1),
            "id": _prop(["string", "null"], "The speaker's id within its document, or null (--across, "
                                            "or a quotex that assigns none)."),
            "name": _NAME,
            "kind": _KIND,
            "anonymous": _ANONYMOUS,
            "description": _DESCRIPTION,
            "anonymity": _ANONYMITY,
            "quotes": _prop("integer", "How many quotations are attributed to the speaker "
                                       "(a split or multi-paragraph quote counts once).", minimum=1),
            "fragments": _prop("integer", "How many quote fragments are attributed to the speaker.", minimum=1),
            "words": _prop("integer", "How many words those quotes hold.", minimum=0),
            "first_quote": _prop("string", "The speaker's first quote, shortened to 80 characters."),
            "key": _prop("string", "The speaker's key: as speaker.key, or with --across the key the row's "
                                   "keys join into, the one used most (since 1.3)."),
            "keys": _prop("array", "Every speaker.key that the row counts (since 1.3).", items={"type": "string"}),
        },
        ("schema_version", "doc", "documents", "id", "name", "kind", "anonymous", "description",
         "anonymity", "quotes", "fragments", "words", "first_quote", "key", "keys"),
        "One speaker of one document, or of the corpus with --across, as written by 'quotex speakers'.",
    ),
}

_APPEARANCE = _obj(
    {
        "doc": _prop("string", "The document."),
        "index": _offset("The record's index in its document."),
        "date": _prop(["string", "null"], "The document's date (its corpus row's --date-field), or null."),
        "speaker": _prop(["string", "null"], "The speaker this document gives the quote (speaker.name), or null."),
        "speaker_key": _prop(["string", "null"], "That speaker's speaker.key, or null."),
        "text": _prop("string", "The quote as this document has it."),
    },
    ("doc", "index", "date", "speaker", "speaker_key", "text"),
    "One record of the quote.",
)

CLUSTER_RECORD: Schema = {
    "$schema": DIALECT,
    "title": "quotex quote cluster record",
    **_obj(
        {
            "schema_version": _VERSION,
            "key": _prop("string", "The quote_key that the records of this quote share."),
            "text": _prop("string", "The quote as its first appearance has it."),
            "documents": _prop("integer", "How many documents carry the quote.", minimum=1),
            "fragments": _prop("integer", "How many records carry it.", minimum=1),
            "first_doc": _prop("string", "The document of the first appearance: the earliest date, else the first "
                                         "in input order."),
            "first_date": _prop(["string", "null"], "The date of the first appearance, or null."),
            "first_speaker": _prop(["string", "null"], "The speaker the first appearance gives, or null."),
            "speakers": _prop("array", "Every speaker the documents give the quote, first appearance first.",
                              items={"type": "string"}),
            "appearances": _prop("array", "Every record of the quote, first appearance first.",
                                 items=_APPEARANCE),
        },
        ("schema_version", "key", "text", "documents", "fragments", "first_doc", "first_date", "first_speaker",
         "speakers", "appearances"),
        "One quote that several documents carry, as written by 'quotex quotes --across' (since 1.3).",
    ),
}

SCHEMAS: dict[str, Schema] = {"quotes": QUOTE_RECORD, "speakers": SPEAKER_RECORD, "clusters": CLUSTER_RECORD}


def with_kept(schema: Schema, keep: Sequence[str]) -> Schema:
    """``schema`` with the kept corpus fields (``--keep``) under ``row``: CSV columns ``row_<name>``."""
    if not keep or "row" not in schema.get("properties", {}):
        return schema
    extended = copy.deepcopy(schema)
    extended["properties"]["row"]["properties"] = {
        name: {"description": f"The corpus row's field {name!r}, as it is there."} for name in keep}
    return extended


def _is_object(schema: Schema) -> bool:
    kind = schema.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind)


def field_names(schema: Schema, *, leaves_only: bool = False) -> list[str]:
    """Every field's dotted name in schema order (``speaker``, ``speaker.name``, …).

    With ``leaves_only``, just the fields that are not objects: the CSV columns.
    """
    return list(_walk(schema, "", leaves_only))


def _walk(schema: Schema, prefix: str, leaves_only: bool) -> Iterator[str]:
    for name, sub in schema.get("properties", {}).items():
        dotted = prefix + name
        nested = _is_object(sub) and "properties" in sub
        if not nested or not leaves_only:
            yield dotted
        if nested:
            yield from _walk(sub, dotted + ".", leaves_only)


def column_name(field: str) -> str:
    """The CSV column of a dotted field: ``speaker.mention.start`` is ``speaker_mention_start``."""
    return field.replace(".", "_")
