"""Coarse part of speech and the lemmas attribution reads, from fine-grained tags alone.

In fast mode the trained pipeline runs without its attribute ruler and
lemmatizer (together about a fifth of its time), which are what turn Penn
Treebank tags into coarse parts of speech and lemmas. Attribution only asks
whether a token is a verb, a noun or a proper noun, and needs the lemmas of
verbs (cues) and plural nouns ('officials', 'statements'); this module fills
in exactly that, by table lookups.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, POS, TAG
from spacy.tokens import Doc

from . import lexicon as lx

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
# Plural endings, longest first: 'agencies' -> 'agency', 'witnesses' -> 'witness'.
_PLURALS = (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"), ("s", ""))
_NOT_PLURAL = ("ss", "us", "is", "news")  # 'boss', 'census', 'analysis', 'news'
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "spokesmen": "spokesman",
              "spokeswomen": "spokeswoman", "chairmen": "chairman", "congressmen": "congressman"}


def needs_filling(doc: Doc) -> bool:
    """Tagged, but without coarse parts of speech: the tagger ran and the attribute ruler did not."""
    probe = doc[:8]
    return any(t.tag != 0 for t in probe) and not any(t.pos != 0 for t in probe)


def noun_lemma(word: str) -> str:
    """The singular of a lower-case plural noun, by rule."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(_NOT_PLURAL):
        return word
    for ending, replacement in _PLURALS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: len(word) - len(ending)] + replacement
    return word


def fill(doc: Doc) -> None:
    """Set ``pos`` on every token and ``lemma`` on verbs and common nouns, from ``tag``."""
    strings = doc.vocab.strings
    tags = doc.to_array(TAG)
    pos = numpy.zeros(len(doc), dtype="uint64")
    lemmas = doc.to_array(LEMMA).astype("uint64")
    cache: dict[int, str] = {}
    for i, tag_id in enumerate(tags.tolist()):
        tag = cache.get(tag_id)
        if tag is None:
            tag = cache[tag_id] = strings[tag_id] if tag_id else ""
        upos = PENN_TO_UPOS.get(tag)
        if upos:
            pos[i] = strings[upos]
        if tag in _VERB_TAGS or tag in _NOUN_TAGS:
            word = doc[i].lower_
            lemma = lx.ALL_VERB_FORMS.get(word, word) if tag in _VERB_TAGS else (
                noun_lemma(word) if tag in _PLURAL_TAGS else word)
            lemmas[i] = strings.add(lemma)
    doc.from_array([POS, LEMMA], numpy.stack([pos, lemmas], axis=1))
