"""What quotex outputs for a parsed Doc, without parsing again.

``records(doc, doc_id)`` runs what the quotex component runs
(``quotex.run.component.QuoteAttributor.__call__``: fill fast mode's tags where
they are missing, then ``attribution.attributor.attribute``) over a Doc from
``training.corpus`` and returns the JSON records ``quotex extract --all -f jsonl``
prints for it. ``mode`` picks what the Doc is taken to hold:

- ``full``: the whole pipeline's annotation, as cached (the CLI default).
- ``fast``: the same Doc without what ``--fast`` leaves out (entities, and the
  attribute ruler's and lemmatizer's coarse tags, morphology and lemmas), which
  quotex then fills from the fine tags. The tagger and parser do not read the
  NER's tok2vec, so this is what ``--fast`` computes.
- ``blank``: the tokens alone (``--model blank``, rules only).

A Doc is copied for ``fast`` and ``blank``, never changed; ``full`` runs on the
cached Doc itself, which quotex only adds spans and flags to, and whose parse it
mends where the parser split a hyphenated subject (``tokens.join_split_subjects``)
or the tagger read a first name as a word ('Will' in 'Will Hurd said':
``tokens.mend_first_names``), the same mends every time.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator, Literal, Mapping, Optional

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, LEMMA, MORPH, POS
from spacy.tokens import Doc

from quotex.attribution import report_scorer
from quotex.attribution.attributor import attribute
from quotex.attribution.classes import with_classes
from quotex.output.model import Quote
from quotex.output.render import quote_record
from quotex.text import tags

Mode = Literal["full", "fast", "blank"]
MODES: tuple[Mode, ...] = ("full", "fast", "blank")
QUOTED_TYPES = frozenset({"direct", "mixed"})  # what the CLI prints without --all


def as_mode(doc: Doc, mode: Mode) -> Doc:
    """The Doc as ``mode``'s pipeline would have made it from the same text."""
    if mode == "full":
        return doc
    if mode == "blank":
        return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    if mode == "fast":
        out = doc.copy()
        out.ents = []
        cleared = numpy.zeros((len(out), 5), dtype="uint64")
        out.from_array([POS, LEMMA, MORPH, ENT_IOB, ENT_TYPE], cleared)
        return out
    raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")


def quotes(doc: Doc, mode: Mode = "full") -> list[Quote]:
    """Every quote fragment quotex finds in ``doc`` (terms and reported speech included)."""
    doc = as_mode(doc, mode)
    if tags.needs_filling(doc):
        tags.fill(doc)
    return with_classes(doc, attribute(doc))


def records(doc: Doc, doc_id: str, mode: Mode = "full", *, include_all: bool = True) -> list[dict[str, Any]]:
    """The JSON records quotex prints for ``doc``: with ``--all`` by default, else
    quoted speech only (direct and mixed), as the CLI without ``--all``."""
    return [quote_record(q, doc_id) for q in quotes(doc, mode) if include_all or q.type in QUOTED_TYPES]


@contextmanager
def report_weights(table: Optional[Mapping[str, float]]) -> Iterator[None]:
    """Run quotex with ``table`` as the report scorer's weights (the shipped ones when None)."""
    if table is None:
        yield
        return
    shipped = report_scorer.weights
    frozen = dict(table)
    report_scorer.weights = lambda: frozen  # type: ignore[assignment]
    try:
        yield
    finally:
        report_scorer.weights = shipped  # type: ignore[assignment]
