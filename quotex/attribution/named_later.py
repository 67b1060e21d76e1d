"""A person the article describes first and names later is named in every record.

News often quotes someone by a description and names them a paragraph or two later: 'A woman at
the back of the crowd shouted: "You said that on the first day!"' … 'The woman, who later gave her
name as Rosa Huerta, 67, said …'; 'A woman in her seventies … said' … 'The woman, Maria do Céu
Antunes, 74, was accompanied by her son'. The later sentence often reports nothing, so no clause
resolves it. After attribution, each withheld person whose description a later sentence names this
way ('The' and the description's noun, then the name set off by a comma) is renamed, no longer
withheld, and the records of that speaker take the name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Optional

from .. import lexicon as lx
from ..output.model import Quote
from .document import Document, para_of_char
from .speakers import Entity, title_words

_REACH = 1500  # characters after the description's last mention in which the name is looked for
_PARTICLES = "|".join(sorted(lx.NAME_PARTICLES | lx.PORTUGUESE_NAME_PARTICLES
                             | {p.capitalize() for p in lx.NAME_CAPITAL_PARTICLES}))  # ('Deirdre Ó Duibhir')
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0141\u015a\u0160\u017b\u017d\u010c\u0106\u0158\u0150\u0170"  # ('Ó', 'Ł', 'Š')
_NAME = rf"[{_CAPITAL}][\w'\u2019-]+(?:\s(?:(?:{_PARTICLES})\s)*[{_CAPITAL}][\w'\u2019-]+){{1,4}}"


def rename(d: Document, quotes: list[Quote]) -> list[Quote]:
    """``quotes``, the records of each withheld person a later sentence names taking that name."""
    named: dict[str, Entity] = {}
    # where each speaker was last mentioned or quoted (a pronoun's person may have no mention of their own)
    said: dict[str, int] = {}
    first_said: dict[str, int] = {}  # (and where first: a pronoun's mention, or the quote)
    for q in quotes:
        if q.speaker is not None:
            said[q.speaker.id] = max(said.get(q.speaker.id, 0), q.end)
            at = q.speaker.mention.start if q.speaker.mention is not None else q.start
            first_said[q.speaker.id] = min(first_said.get(q.speaker.id, at), at)
    owned = _owned_names(d, said, first_said)
    lead = _lead(d)
    for ent in list(d.tracker.entities):
        ends = [m.end for m in ent.mentions] + ([said[f"s{ent.key}"]] if f"s{ent.key}" in said else [])
        firsts = [m.start for m in ent.mentions] + ([first_said[f"s{ent.key}"]] if f"s{ent.key}" in first_said else [])
        name = _owned_before(d, ent.name, min(firsts)) if ent.bare_pronoun and ent.kind == "person" and firsts else None
        if name is not None:  # ('He is Gwilym Rowlands, 88, … "…," he told me': the 'he' nothing else resolved)
            ent.name = name
            named[f"s{ent.key}"] = ent
            continue
        if not ent.anonymous or ent.kind != "person" or ent.number != "sg" or not ends or not ent.head:
            continue
        after = max(ends)
        name = _named_after(d.text, ent.head, after) or owned.get(ent.key)
        titled = name is None and (name := _titled_after_lead(d, ent, lead)
                                   or _named_next(d, ent, lead, min(firsts) if firsts else None)) is not None
        if name is None:
            continue
        same = [e for e in d.tracker.entities if e is not ent and e.name.lower() == name.lower()]
        if any(e.kind != "person" or not titled and any(m.start < after for m in e.mentions) for e in same):
            continue  # (a name someone else had before: not this one's)
        ent.description = ent.description or ent.name
        ent.name, ent.anonymous, ent.withheld, ent.anonymity = name, False, False, None
        for e in [ent, *same]:  # ('The woman, who later gave her name as Rosa Huerta, said …': one person)
            named[f"s{e.key}"] = ent
    if not named:
        return quotes
    return [replace(q, speaker=named[q.speaker.id].speaker(q.speaker.mention))
            if q.speaker is not None and q.speaker.id in named else q for q in quotes]


def _titled_after_lead(d: Document, ent: Entity, lead: int) -> Optional[str]:
    """The one person the story names with the noun of a person its headline, standfirst or lead describes
    first and does not name ('A coroner has called for "urgent" action …' … 'Assistant coroner Catherine Lumb',
    'Its 84-year-old president says …' … 'club president Dai "Bomber" Price'), named after the description."""
    if not ent.mentions:
        return None  # (a pronoun's person, with no mention of its own)
    first = min(m.start for m in ent.mentions)
    # (one the description introduces, 'a' or 'its', not one 'the' refers to: 'the Republican candidate' in a
    # story about Donald Trump is not 'Republican candidate Jeb Bush')
    if ent.anonymity is not None or ent.head not in lx.PERSON_NOUNS or lead + 1 >= len(d.paras) \
            or ent.name.split()[0].lower() in lx.DEFINITE \
            or first >= d.paras[lead + 1].start:
        return None
    # (every word the description gives beside its noun is one of the holder's title: 'A State Department
    # spokesman' is 'State Department spokesman John Kirby', not 'the Republican vice-presidential nominee' a
    # former nominee the story titles otherwise)
    words = frozenset(w for w in title_words(ent.name) if w.isalpha() and w not in _NO_TITLE_WORDS)
    names = d.tracker.names
    holders = names.holders(ent.head, words)
    if len(holders) != 1:
        return None
    [(holder, fitting)] = holders.items()
    if all((title - words) & lx.FORMER_WORDS for title in fitting):
        return None  # (nor a role the one holder held before, when the description does not say so: 'a Treasury
        # official' is not 'Scott Morris, a former Treasury official')
    named_at = [d.doc[start].idx for start, full in names.mentions if full == holder]
    return holder if named_at and min(named_at) > first else None


def _named_next(d: Document, ent: Entity, lead: int, first: Optional[int]) -> Optional[str]:
    """The name, with an age, that opens the paragraph right after the lead in which a person is introduced
    by a description ('A kayaker who was swept out to sea … has said he "genuinely thought that was it" …' /
    'Simon Trewin, 52, from Truro, had been paddling …'; a feature's 'The woman who hurries into the dining
    room …' / 'Folake Adebayo-Hart is 44, and …'), when no one in the lead had the name."""
    article = ent.name.split()[0].lower()
    # ('the' only before a plain noun of a person, as a feature introduces someone: 'The woman who hurries into the
    # dining room …'; not a role of someone else's, 'the company's founder')
    if first is None or ent.anonymity is not None or article not in ("a", "an", "the") \
            or article == "the" and (len(ent.name.split()) != 2 or ent.head not in lx.PLAIN_PERSON_NOUNS):
        return None
    at = para_of_char(d, first)  # (its first mention, or its pronoun's: a description a pronoun found has none)
    if at > lead or at + 1 >= len(d.paras):
        return None
    found = _AGED_NAME.match(d.text, d.paras[at + 1].start)
    # (no one named so in the description's paragraph; a headline or a standfirst above may name whom it is about)
    if found is None or found.group("name") in d.text[d.paras[at].start:d.paras[at + 1].start]:
        return None
    return found.group("name")


_AGED_NAME = re.compile(rf"(?P<name>{_NAME})(?:, \(?\d{{1,3}}\)?,| is \d{{1,3}}\b)")  # ('NAME, 52,', 'NAME is 44, and')


def _lead(d: Document) -> int:
    """The index of the story's lead paragraph, the fourth at the least: the first of ``_LEAD_WORDS`` words or more
    that ends a sentence, among the first few (after a headline, a standfirst and a byline of one line or two: 'By
    Alasdair MacLeod' / 'Transport Correspondent')."""
    for k, p in enumerate(d.paras[:_LEAD_PARAGRAPHS + 2]):
        text = d.text[p.start:p.end].rstrip()
        if k and len(text.split()) >= _LEAD_WORDS and text.rstrip("\"'\u2019\u201d)").endswith((".", "!", "?")):
            return max(k, _LEAD_PARAGRAPHS - 1)
    return _LEAD_PARAGRAPHS - 1


_LEAD_PARAGRAPHS = 4  # the headline, a standfirst, a byline and the lead
_LEAD_WORDS = 15
# (nor 'local', which says where the holder serves and is no title's word: 'a local MSP' is 'MSP Karen Lindsay')
_NO_TITLE_WORDS = lx.DEFINITE | lx.INDEFINITE | frozenset(lx.POSSESSIVE_PRONOUNS) | frozenset({"one", "local"})


def _owned_names(d: Document, said: dict[str, int], first_said: dict[str, int]) -> dict[int, str]:
    """The names 'Her name is NAME.' gives, by the key of the unnamed person it names: the one of that
    sex mentioned last before it, within reach ('The woman kneeling at the edge of the field pulls up
    a maize stalk. … "…," she says. … Her name is Rosa Elvira Ramírez.')."""
    out: dict[int, str] = {}
    for found in _OWNED_NAME.finditer(d.text):
        gender = _owner_gender(found)
        last: Optional[tuple[int, Entity]] = None
        for ent in d.tracker.entities:
            if not ent.anonymous or ent.kind != "person" or ent.number != "sg" or ent.gender not in (None, gender):
                continue
            # (where it was mentioned or quoted, the first time too: 'An old man … "…," he said. … He is Gwilym
            # Rowlands, 88 … "…," he told me')
            ends = [end for end in [m.end for m in ent.mentions] + [said.get(f"s{ent.key}", -1),
                                                                     first_said.get(f"s{ent.key}", -1)]
                    if found.start() - _REACH <= end <= found.start()]
            if ends and (last is None or max(ends) > last[0]):
                last = (max(ends), ent)
        if last is not None:
            out.setdefault(last[1].key, found.group("name"))
    return out


def _owned_before(d: Document, pronoun: str, first: int) -> Optional[str]:
    """The name 'He is NAME.' or 'His name is NAME.' gives in the paragraph of a bare pronoun's first mention (at
    ``first``) or the one before, before it, when the pronoun is of that sex: whom the pronoun nothing else
    resolved refers to."""
    at = para_of_char(d, first)
    since = d.paras[max(at - 1, 0)].start
    found = list(_OWNED_NAME.finditer(d.text, since, first))
    pronoun = lx.PRONOUN_STANDS_FOR.get(pronoun.lower(), pronoun.lower())
    return found[-1].group("name") if found and lx.PRONOUNS.get(pronoun, (None, None))[0] == _owner_gender(found[-1]) \
        else None


def _owner_gender(found: re.Match[str]) -> str:
    """The sex 'His name is' or 'She is' gives the name it is found with."""
    return "f" if (found.group("owner") or found.group("who")).lower() in ("her", "she") else "m"


def first_owned_name(text: str, end: int) -> Optional[str]:
    """The name the first 'Her name is NAME.' or 'His name is NAME.' before ``end`` gives, if one does: whom
    a feature that describes someone before naming them is about."""
    found = _OWNED_NAME.search(text, 0, end)
    return found.group("name") if found is not None else None


_OWNED_NAME = re.compile(rf"(?:\b(?P<owner>[Hh]is|[Hh]er) name is |(?:^|(?<=[.!?\u2019\u201d\"']\s))(?P<who>He|She) is )"
                         rf"(?P<name>{_NAME})(?=[,.;]|\s\()", re.MULTILINE)


def _named_after(text: str, noun: str, after: int) -> Optional[str]:
    """The name that 'The <noun>, NAME,' or 'The <noun>, who later gave her name as NAME,' gives, in the
    stretch of text after ``after``."""
    found = _naming(noun).search(text, after, after + _REACH)
    return found.group("name") if found is not None else None


@functools.lru_cache(maxsize=256)
def _naming(noun: str) -> re.Pattern[str]:
    """'The <noun>, NAME,' and 'The <noun>, who later gave her name as NAME,', compiled once per noun."""
    return re.compile(rf"\bThe {re.escape(noun)}(?:, (?:who (?:later )?(?:gave|identified) (?:his|her|their)"
                      rf"(?:self)? (?:name )?as )?| is )(?P<name>{_NAME})(?=,|\s\()")
