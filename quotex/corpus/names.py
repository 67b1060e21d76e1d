"""Names as a corpus compares them: a speaker's name cleaned of what a parse left on it,
and reduced to the words that identify a person or an organisation.

Each rule is one small function; ``clean`` applies the cuts in order (``CUTS``), and
``person_words`` / ``org_words`` say whether what is left is a proper name. Folding
case, accents and punctuation is rapidfuzz's ``default_process``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Optional

from rapidfuzz.distance import JaroWinkler
from rapidfuzz.utils import default_process

from ..lexicon import (
    CUE_VERB_FORMS,
    DEFINITE,
    INDEFINITE,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_NAME_ENDINGS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    TIME_NOUNS,
    TIME_PHRASE_STARTS,
    TITLES,
)

Words = tuple[str, ...]

MAX_NAME_WORDS = 4  # 'Hillary Rodham Clinton', 'Martin Luther King Jr.'; more is a headline or a clause
HEADLINE_WORDS = 4  # a 'name' of this many words or more, none in lower case, is a headline
FIRST_NAME_SIMILARITY = 0.9  # Jaro-Winkler: 'Hilary' and 'Hillary' are one spelling; 'Dan' and 'Don' are not
_POSSESSIVE = re.compile(r"['\u2019]s?$", re.I)


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces: 'José Ángel' -> 'jose angel'."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(default_process(plain).split())


# --- cutting what a parse left on a name ---------------------------------------------------


def _cut_at_verb(words: list[str]) -> list[str]:
    """A headline that reports: 'Obama Claims Hillary Most Qualified …' -> 'Obama'. Only in a
    headline-long name, and not at its last word ('John Hope' is a name)."""
    if len(words) < HEADLINE_WORDS:
        return words
    for i, word in enumerate(words[1:-1], 1):
        if word.lower() in CUE_VERB_FORMS and word[:1].isupper():
            return words[:i]
    return words


def _cut_time(words: list[str]) -> list[str]:
    """'The Sanders campaign on Monday' -> 'The Sanders campaign'; 'Trump Tuesday' -> 'Trump'."""
    for i, word in enumerate(words[1:], 1):
        low = word.lower().strip(",.")
        nxt = words[i + 1].lower().strip(",.") if i + 1 < len(words) else ""
        if low in TIME_NOUNS or (low in TIME_PHRASE_STARTS and nxt in TIME_NOUNS):
            return words[:i]
    return words


def _cut_lower_tail(words: list[str]) -> list[str]:
    """A name's words are capitalised: 'Donald J. Trump statements' -> 'Donald J. Trump'.
    Only for a name that starts capitalised, and not at a particle ('Bill de Blasio')."""
    if not words or not words[0][:1].isupper():
        return words
    for i, word in enumerate(words[1:], 1):
        if word[:1].islower() and word.lower() not in NAME_PARTICLES:
            return words[:i]
    return words


CUTS: tuple[Callable[[list[str]], list[str]], ...] = (_cut_at_verb, _cut_time, _cut_lower_tail)
ORG_CUTS: tuple[Callable[[list[str]], list[str]], ...] = (_cut_at_verb, _cut_time)  # 'the Sanders campaign'


def clean(name: str, *, org: bool = False) -> str:
    """The speaker's name without what a parse left after it: a cue verb, a time, and for a
    person, common nouns ('Donald J. Trump statements')."""
    words = name.split()
    for cut in ORG_CUTS if org else CUTS:
        words = cut(words) or words
    return " ".join(words).rstrip(",;:")


# --- is it a proper name? ------------------------------------------------------------------


def is_headline(name: str) -> bool:
    """A heading taken for a source: three words or more in capitals ('OBAMA'S LAST STATE OF
    THE UNION'), or four or more with none in lower case and a verb among them ('Obama Claims
    Hillary Most Qualified Presidential Candidate Ever'), or more than a name's words. 'The
    New York Times' is a name."""
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    if len(words) >= 3 and all(w.upper() == w for w in words):
        return True
    if len(words) < HEADLINE_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return len(words) > MAX_NAME_WORDS + 1 or any(w.lower() in CUE_VERB_FORMS for w in words[1:])


def is_stray_word(name: str) -> bool:
    """A lone determiner taken for a source by a broken parse: 'The', 'A', 'One', 'That'."""
    low = name.strip().lower()
    return low in DEFINITE or low in INDEFINITE


def _starts_as_a_description(word: str) -> bool:
    low = word.lower()
    return low in DEFINITE or low in INDEFINITE or low in PRONOUNS or low in POSSESSIVE_PRONOUNS


def _name_words(name: str) -> Optional[list[str]]:
    """The name's words without titles ('President', 'Sen.'), or None if it does not start like a name."""
    words = name.split()
    if not words or _starts_as_a_description(words[0]):
        return None
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    if words[0].lower() in TITLES:
        return None  # 'President' alone names no one across documents
    if any(_POSSESSIVE.search(w) and len(w) > 2 and not w.endswith("ss") for w in words):
        return None  # 'Sanders’ campaign' cut to 'Sanders’', 'OBAMA’S LAST': not a name
    return words


def person_words(name: str) -> Optional[Words]:
    """The folded words of a person's proper name ('Donald J. Trump' -> ('donald', 'j', 'trump')),
    or None when ``name`` is not one: a description, a pronoun, a headline, an organisation."""
    words = _name_words(clean(name))
    if words is None or is_headline(" ".join(words)) or len(words) > MAX_NAME_WORDS + 1:
        return None
    if not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
        return None
    folded = tuple(fold(" ".join(words)).split())
    if not folded or folded[-1] in ORG_NAME_ENDINGS or len([w for w in folded if w not in NAME_SUFFIXES]) > MAX_NAME_WORDS:
        return None
    return folded


def org_words(name: str) -> Optional[Words]:
    """The folded words of an organisation's name with a proper noun in it ('The Sanders campaign',
    'Clinton Foundation'), without a leading 'the'; None for 'the campaign' or 'her campaign'."""
    words = clean(name, org=True).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or _starts_as_a_description(words[0]) or is_headline(" ".join(words)):
        return None
    if not any(w[:1].isupper() for w in words):
        return None
    folded = tuple(fold(" ".join(words)).split())
    return folded or None


def surname(words: Words) -> Words:
    """The last name, with its particles, without a suffix: ('bill', 'de', 'blasio') -> ('de', 'blasio')."""
    core = strip_suffix(words)
    i = len(core) - 1
    while i > 0 and core[i - 1] in NAME_PARTICLES:
        i -= 1
    return core[i:]


def strip_suffix(words: Words) -> Words:
    return words[:-1] if len(words) > 1 and words[-1] in NAME_SUFFIXES else words


def suffix(words: Words) -> str:
    return words[-1] if len(words) > 1 and words[-1] in NAME_SUFFIXES else ""


def less_specific(short: Words, full: Words) -> bool:
    """Whether ``short`` can name the person ``full`` names, with fewer words: a surname
    ('trump' of 'donald trump'), a name without its middle ('donald trump' of 'donald j trump')
    or a first name spelt a little differently ('hilary clinton' of 'hillary clinton').
    A generational suffix must agree: 'donald trump' never names 'donald trump jr'."""
    if short == full:
        return False
    s, f = strip_suffix(short), strip_suffix(full)
    if len(s) < len(f) and s == surname(f) and (not suffix(short) or suffix(short) == suffix(full)):
        return True  # 'trump' may be 'donald trump jr' too: a surname stays apart from both
    if suffix(short) != suffix(full):
        return False
    if len(s) >= 2 and len(s) < len(f) and s[0] == f[0] and s[-1] == f[-1] and set(s) <= set(f):
        return True
    return (len(s) == len(f) >= 2 and s[1:] == f[1:] and len(s[0]) > 2 and len(f[0]) > 2
            and JaroWinkler.similarity(s[0], f[0]) >= FIRST_NAME_SIMILARITY)
