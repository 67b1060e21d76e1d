"""Coarse part of speech and the lemmas attribution reads, from fine-grained tags alone.

In fast mode the trained pipeline runs without its attribute ruler and
lemmatizer (together about a fifth of its time), which are what turn Penn
Treebank tags into coarse parts of speech and lemmas. Attribution only asks
whether a token is a verb, a noun or a proper noun, and needs the lemmas of
verbs (cues), plural nouns ('officials', 'statements') and names (as written,
'Chairman'); this module fills in exactly that, by table lookups.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc

from .. import lexicon as lx

# Penn Treebank (OntoNotes) tags to Universal POS, as spaCy's English tag map has them.
PENN_TO_UPOS: dict[str, str] = {
    "$": "SYM", "''": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", ".": "PUNCT", ":": "PUNCT",
    "ADD": "X", "AFX": "ADJ", "CC": "CCONJ", "CD": "NUM", "DT": "DET", "EX": "PRON", "FW": "X", "HYPH": "PUNCT",
    "IN": "ADP", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "LS": "X", "MD": "AUX", "NFP": "PUNCT", "NIL": "X",
    "NN": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "NNS": "NOUN", "PDT": "DET", "POS": "PART", "PRP": "PRON",
    "PRP$": "PRON", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "RP": "ADP", "SYM": "SYM", "TO": "PART",
    "UH": "INTJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
    "WDT": "PRON", "WP": "PRON", "WP$": "PRON", "WRB": "ADV", "XX": "X", "_SP": "SPACE", "``": "PUNCT",
}
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
# Plural endings, longest first: 'agencies' -> 'agency', 'witnesses' -> 'witness'.
_PLURALS = (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"), ("s", ""))


def is_verb_tag(tag: str) -> bool:
    """A verb's or modal's Penn tag ('VBD', 'MD')."""
    return tag in _VERB_TAGS


def needs_filling(doc: Doc) -> bool:
    """Tagged, but without coarse parts of speech: the tagger ran and the attribute ruler did not."""
    probe = doc[:8]
    return any(t.tag != 0 for t in probe) and not any(t.pos != 0 for t in probe)


def noun_lemma(word: str) -> str:
    """The singular of a lower-case plural noun, by rule."""
    if word in lx.IRREGULAR_PLURALS:
        return lx.IRREGULAR_PLURALS[word]
    if word.endswith(lx.NOT_PLURAL_ENDINGS):
        return word
    for ending, replacement in _PLURALS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: len(word) - len(ending)] + replacement
    return word


def fill(doc: Doc) -> None:
    """Set ``pos`` on every token and ``lemma`` on verbs, common nouns and names, from ``tag``.

    Reads the tag and lower-case form of each token from arrays, and works out
    each distinct tag and each distinct (tag, word) once.
    """
    if not len(doc):
        return
    strings = doc.vocab.strings
    pos = numpy.zeros(len(doc), dtype="uint64")
    lemmas = doc.to_array(LEMMA).astype("uint64")
    upos_of: dict[int, int] = {}
    lemma_of: dict[tuple[int, int], int] = {}
    proper = {strings[t] for t in _PROPER_TAGS if t in strings}
    for i, (tag_id, lower_id, orth_id) in enumerate(doc.to_array([TAG, LOWER, ORTH]).tolist()):
        if tag_id not in upos_of:
            upos = PENN_TO_UPOS.get(strings[tag_id] if tag_id else "")
            upos_of[tag_id] = strings[upos] if upos else 0
        pos[i] = upos_of[tag_id]
        if tag_id in proper:
            lemmas[i] = orth_id  # a name's lemma is the name as written, as the lemmatizer leaves it
            continue
        key = (tag_id, lower_id)
        if key not in lemma_of:
            lemma_of[key] = _lemma(strings[tag_id] if tag_id else "", strings[lower_id], strings)
        if lemma_of[key]:
            lemmas[i] = lemma_of[key]
    doc.from_array([POS, LEMMA], numpy.stack([pos, lemmas], axis=1))


def _lemma(tag: str, word: str, strings: StringStore) -> int:
    """The lemma's id for a verb or a common noun (by its tag), else 0: leave it."""
    if tag in _VERB_TAGS:
        return strings.add(lx.ALL_VERB_FORMS.get(word, word))
    if tag in _NOUN_TAGS:
        return strings.add(noun_lemma(word) if tag in _PLURAL_TAGS else word)
    return 0
