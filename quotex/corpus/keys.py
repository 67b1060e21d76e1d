"""One speaker across documents: a key per speaker of a document, and the join of keys over a corpus.

A speaker's key is made where its document is done, from the fullest name the document
gives that speaker (``speaker.name``), so records still stream:

- ``name:donald j trump``: a person's proper name, folded (case, accents, punctuation)
  and without titles;
- ``org:sanders campaign``: an organisation whose name has a proper noun in it;
- ``doc:<doc>#<id>``: everything else (an unnamed source, a description, a group, a
  pronoun), which never merges with another document's.

A key made from one document cannot know the corpus, so a bare surname's key
(``name:trump``) is joined to a full name's in a reduce step over the keys of the whole
run (``join_keys``): when the corpus quotes exactly one person of that surname. A name
without its middle ('Donald Trump' beside 'Donald J. Trump') and a first name spelt a
little differently join the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from ..lexicon import ORG_NAME_ENDINGS, PRONOUNS
from ..output.model import Speaker
from .names import Words, fold, less_specific, org_words, person_words, strip_suffix

NAME = "name:"
ORG = "org:"
DOC = "doc:"


def speaker_key(doc: str, speaker: Speaker) -> str:
    """The speaker's key in document ``doc`` (see the module's docstring)."""
    if not speaker.anonymous:
        key = name_key(speaker.name, speaker.kind)
        if key is not None:
            return key
    return f"{DOC}{doc}#{speaker.id or fold(speaker.name)}"


@lru_cache(maxsize=65536)
def name_key(name: str, kind: str) -> Optional[str]:
    """The ``name:`` or ``org:`` key of a named speaker of this kind, or None: not a proper name."""
    if kind in ("person", "unknown"):
        words = person_words(name)
        if words is not None:
            return NAME + " ".join(words)
    if kind in ("organization", "person"):
        words = org_words(name)
        if words is not None and (kind == "organization" or person_words(name) is None and _ends_as_org(words)):
            return ORG + " ".join(words)
    return None


def _ends_as_org(words: Words) -> bool:
    return words[-1] in ORG_NAME_ENDINGS


def key_kind(key: str, kind: str) -> str:
    """The kind a key's row shows: an ``org:`` key is an organisation ('Clinton Foundation')."""
    return "organization" if key.startswith(ORG) else kind


@dataclass(frozen=True)
class KeyedSpeaker:
    """What the reduce step knows of one document-level key: its most used spelling and weight."""

    key: str
    name: str
    quotes: int


def join_keys(speakers: Iterable[KeyedSpeaker]) -> dict[str, str]:
    """For each key, the key it joins (itself when it joins none).

    A key joins a fuller person's name when exactly one quoted person's name is the fullest
    it can stand for: 'Trump' joins 'Donald Trump' unless another quoted Trump is in the corpus,
    and two quoted Clintons keep 'Clinton' apart from both. A single capitalised word that the
    document took for a group or an organisation ('Sanders') joins in the same way, never
    otherwise. Joined keys end at the key used most among them.
    """
    listed = list(speakers)
    weight = {s.key: (s.quotes, len(s.key.split()), s.key) for s in listed}  # a tie goes to the fuller name
    words = {s.key: w for s in listed if (w := _words(s)) is not None}
    full: dict[str, list[str]] = {}  # the last word of a full name -> its keys
    for key, w in words.items():
        if key.startswith(NAME) and len(strip_suffix(w)) >= 2:
            full.setdefault(strip_suffix(w)[-1], []).append(key)
    parent: dict[str, str] = {}
    for key, w in words.items():
        same = NAME + " ".join(w)
        if not key.startswith(NAME) and same in weight:
            parent[key] = same  # 'Hillary Clinton' taken for a group is the person the corpus quotes
            continue
        candidates = [t for t in full.get(strip_suffix(w)[-1], []) if t != key and less_specific(w, words[t])
                      and not (less_specific(words[t], w) and weight[t] < weight[key])]
        fullest = [t for t in candidates
                   if not any(u != t and less_specific(words[t], words[u]) and not less_specific(words[u], words[t])
                              for u in candidates)]
        if len(fullest) == 1:
            parent[key] = fullest[0]
    roots = {key: _root(key, parent) for key in weight}
    heaviest: dict[str, str] = {}
    for key, root in roots.items():
        if root not in heaviest or weight[key] > weight[heaviest[root]]:
            heaviest[root] = key
    return {key: heaviest[root] for key, root in roots.items()}


def _words(speaker: KeyedSpeaker) -> Optional[Words]:
    """The words a key joins by: a person's name's, or those of a name that the document took
    for a group or an organisation ('Sanders', 'Hillary Clinton'), which join only a person's."""
    if speaker.key.startswith(NAME):
        return tuple(speaker.key[len(NAME):].split())
    name = speaker.name.strip()
    if name[:1].isupper() and name.casefold() not in PRONOUNS:
        return person_words(name)
    return None


def _root(key: str, parent: dict[str, str]) -> str:
    seen = {key}
    while key in parent and parent[key] not in seen:
        key = parent[key]
        seen.add(key)
    return key
