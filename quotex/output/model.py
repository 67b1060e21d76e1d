"""The JSON contract: frozen result types and their ``to_dict``.

Offsets are half-open character offsets (Unicode code points) into the text
as read, so ``text[q.start:q.end] == q.text`` always holds. Later versions
may add fields; they never rename or remove one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal, Optional

QuoteType = Literal["direct", "mixed", "nested", "indirect", "term"]
CueClass = Literal["speech", "writing", "thought"]
SpeakerKind = Literal["person", "group", "organization", "unknown"]
Method = Literal["explicit", "pronoun", "continuation", "nominal", "nearest", "none"]
Marks = Literal["double", "single", "guillemet", "mixed", "apostrophes"]
AttributionClass = Literal["speech", "writing", "thought", "stance", "action"]

QUOTE_TYPES: tuple[str, ...] = ("direct", "mixed", "nested", "indirect", "term")
CUE_CLASSES: tuple[str, ...] = ("speech", "writing", "thought")
SPEAKER_KINDS: tuple[str, ...] = ("person", "group", "organization", "unknown")
METHODS: tuple[str, ...] = ("explicit", "pronoun", "continuation", "nominal", "nearest", "none")
MARKS: tuple[str, ...] = ("double", "single", "guillemet", "mixed", "apostrophes")
ATTRIBUTION_CLASSES: tuple[str, ...] = ("speech", "writing", "thought", "stance", "action")


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of the original text: where a speaker or cue is written."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    def shifted(self, delta: int) -> "Mention":
        return replace(self, start=self.start + delta, end=self.end + delta)


@dataclass(frozen=True, slots=True)
class Cue(Mention):
    """The reporting expression (``said``, ``told reporters``, ``according to``, a dash).

    ``cue_class`` (``class`` in JSON) says whether it reports speech, writing or thought.
    """

    cue_class: CueClass = "speech"

    def to_dict(self) -> dict[str, Any]:
        return {**Mention.to_dict(self), "class": self.cue_class}  # no bare super() in a slots class


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote. ``name`` is the fullest form found in the document.

    ``id`` is the same for every fragment of one speaker within a document.
    ``description`` is the appositive or title ('a China analyst at …');
    ``anonymity`` is an unnamed source's justification as written
    ('on condition of anonymity'). ``key`` names the speaker across documents
    (``quotex.corpus.keys``); it is set when a run writes the record, None before.
    """

    name: str
    mention: Optional[Mention]
    kind: SpeakerKind = "unknown"
    anonymous: bool = False
    id: str = ""
    description: Optional[str] = None
    anonymity: Optional[str] = None
    key: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention.to_dict() if self.mention else None,
            "kind": self.kind,
            "anonymous": self.anonymous,
            "id": self.id,
            "description": self.description,
            "anonymity": self.anonymity,
            "key": self.key,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote fragment: the text between its marks, never the marks.

    ``marks`` says which marks enclose it (``mixed``: a closing mark of another
    kind than the opening one); None for reported speech, which has none, except
    a sentence in two apostrophes typed for a double mark (``''…,'' he said``):
    reported speech to PolNeAR, it is ``indirect`` with ``marks`` ``apostrophes``,
    and its text keeps them.
    ``attribution_class`` (``class`` in JSON) says what kind of attribution it is:
    speech, writing, thought, stance or action (``attribution.classes``); None for terms.
    ``quote_key`` links the quote across documents (``quotex.corpus.linking``),
    set when a run writes the record; ``signature`` is the MinHash it is linked
    by, computed where the document was processed, and never written.
    """

    index: int
    group: int
    text: str
    start: int
    end: int
    type: QuoteType
    paragraph: int
    speaker: Optional[Speaker]
    cue: Optional[Cue]
    method: Method
    confidence: float
    marks: Optional[Marks] = None
    attribution_class: Optional[AttributionClass] = None
    quote_key: Optional[str] = None
    signature: Optional[bytes] = field(default=None, compare=False, repr=False)

    def shifted(self, delta: int, *, index: int, group: int, paragraph: int) -> "Quote":
        """The same quote, for a text that starts ``delta`` characters earlier."""
        speaker = self.speaker
        if speaker is not None and speaker.mention is not None:
            speaker = replace(speaker, mention=speaker.mention.shifted(delta))
        return replace(self, index=index, group=group, paragraph=paragraph, start=self.start + delta,
                       end=self.end + delta,
                       speaker=speaker, cue=self.cue.shifted(delta) if self.cue else None)

    def to_dict(self, doc: Optional[str] = None) -> dict[str, Any]:
        out: dict[str, Any] = {} if doc is None else {"doc": doc}
        out.update(
            index=self.index,
            group=self.group,
            text=self.text,
            start=self.start,
            end=self.end,
            type=self.type,
            paragraph=self.paragraph,
            speaker=self.speaker.to_dict() if self.speaker else None,
            cue=self.cue.to_dict() if self.cue else None,
            method=self.method,
            confidence=round(self.confidence, 3),
            marks=self.marks,
            quote_key=self.quote_key,
        )
        out["class"] = self.attribution_class
        return out
