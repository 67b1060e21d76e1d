"""Who a mention is: names, pronouns, unnamed and group sources.

Works on a Doc with or without a tagger, parser and NER; each annotation
that is present sharpens the answer. ``SpeakerTracker`` resolves mentions in
document order, so pronouns and definite descriptions ('the official') find
the speaker they refer back to.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional

import numpy
from spacy.attrs import LOWER, SHAPE
from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..output.model import Mention, Speaker
from ..text.lines import headline_end
from ..text.marks import OPENERS
from ..text.tags import noun_lemma
from .tokens import (INITIALS, PERSON_LABELS, asked_by_writer, capitalised_tail, coordinated, has_entities, has_parse,
                     has_tags, hyphen_joined, in_age, in_charge, inner_hyphen, is_possessive, is_pronoun,
                     in_title_case_line, is_proper, looks_capitalised, mention_of, names_a_body, for_topic,
                     plural_owners_mark, proper_owner, role_in_lower_case, seat_holder, subject_tokens, within_line,
                     word_first_name)

_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,8}")  # AP's 'R-Okla.', 'D-N.Y.'
_SPACED_POSSESSIVE = re.compile(r" (['\u2019]s?)(?=\s|$)")
# Word lists read together, joined once here rather than at every call.
_PERSON_OR_ORG_NOUNS = lx.PERSON_NOUNS | lx.ORG_NOUNS
_MEMBER_NOUNS = lx.PARTY_MEMBERS | lx.DEMONYMS  # 'a Republican', 'the Serbian': one person of a party or nation
_MEMBERS_OR_SEATS = _MEMBER_NOUNS | lx.SEATS  # 'Senate Republicans', 'Labour MPs'
_ONE_PERSON_NOUNS = lx.PERSON_NOUNS | _MEMBER_NOUNS  # 'a senior official', 'a Republican'
_ORG_KIND_NOUNS = lx.ORG_EPITHETS | lx.ORG_NAME_NOUNS  # 'the island's electricity company', 'a charity'
_REFERRING_NOUNS = lx.EPITHET_NOUNS | _MEMBER_NOUNS  # 'the former president', 'the Republican'
_ROLES = lx.PERSON_NOUNS - lx.PUBLIC_NOUNS  # a role a person holds, not what many are ('a Tampines resident')
_DETERMINERS = lx.INDEFINITE | lx.DEFINITE
_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_NICKNAME = re.compile(r"[\"\u201c\u2018'][A-Z][\w.-]*[\"\u201d\u2019']")  # '"Peggy"' inside a name
_MAX_NAME_TOKENS = 10
_ROLE_NOUNS = lx.PERSON_NOUNS | lx.EPITHET_NOUNS  # 'Filmmaker' Jack Marino
_PEOPLE_NOUNS = lx.PERSON_NOUNS | lx.PUBLIC_NOUNS  # 'a letter signed by 400 residents'
_ONE_OF_REACH = 400  # characters back to the people 'One said' is one of
_ANONYMITY = tuple(re.compile(p) for p in lx.ANONYMITY_PATTERNS)  # why a source goes unnamed, compiled once
_MAX_TOPIC_LOOKBACK = 400  # tokens, about two paragraphs; bounds the work per mention on hostile text
_ONE_PARAGRAPH = 2  # line breaks a look back crosses: a paragraph ends with one or two
_TWO_PARAGRAPHS = 4
# verbs of whom a question was put to; and of saying, after a question put to a person ('A reporter asked Cade
# Dunlap whether … "Not in a game," he said'; 'Hannity asked Trump how high … "…," he told Hannity')
_REPLYING = frozenset({"reply", "answer", "respond", "retort", "say", "tell", "add"})
_SIX_PARAGRAPHS = 12
_LEDE_TOKENS = 200  # where a story's opening sentence about a firm is looked for
_MAX_BODY_TRIES = 20  # names of bodies read back for 'the council'; bounds the work on hostile text
_CROWD = 10  # people counted in tens or more are a crowd, not sources


@dataclass
class Entity:
    """One source in a document, as mentions accumulate about it.

    ``anonymous`` says that no mention named it: a description ('the statement', 'a
    senior official', an unresolved 'the former president'), which the rules read (a
    pronoun refers back to such a person only when it withholds a name). ``withheld``
    is what a reader calls an anonymous source, and what the output's ``anonymous``
    says: a person or people whose name the article withholds ('officials', 'a person
    familiar with the talks'); never a document, a poll, a crowd or an organisation.
    """

    key: int
    name: str
    kind: str
    anonymous: bool
    gender: Optional[str] = None
    number: str = "sg"
    head: str = ""
    mentions: list[Mention] = field(default_factory=list)
    description: Optional[str] = None
    anonymity: Optional[str] = None
    withheld: bool = False
    proper_head: bool = True  # False for 'Footage of Al-Awlaki': a thing named by its common noun
    weakly_described: bool = False  # the description is an 'of' or a relative clause: a title may replace it
    by_default: bool = False  # a person only because NER tagged the name as nothing ('Safaricom' untagged)
    # one word in capitals that opens its sentence, no given name and no one named in full, which NER (where there
    # is NER) left unlabelled: maybe a common word the tagger took for a name ('Staff called …'), no 'he' or 'she'
    common_word: bool = False

    @property
    def bare_pronoun(self) -> bool:
        """Is it only a pronoun nothing resolved ('he'), which the record can only name as written?"""
        return self.name.lower() in lx.PRONOUNS or self.name.lower() in lx.PRONOUN_STANDS_FOR

    def speaker(self, mention: Optional[Mention]) -> Speaker:
        return Speaker(name=self.name, mention=mention, kind=self.kind, anonymous=self.withheld,  # type: ignore[arg-type]
                       id=f"s{self.key}", description=self.description,
                       anonymity=self.anonymity if self.withheld else None)


_TITLE_WORDS = frozenset(t.rstrip(".") for t in lx.TITLES)
# Titles that only a person has ('Mr.', 'Sen.'), unlike 'Defense' or 'U.S.', or 'Crown', which is a
# person's only before another title ('Crown Prince …'; 'Swindon Crown Court' is a court).
_PERSON_TITLES = _TITLE_WORDS - lx.TITLE_MODIFIERS - lx.TITLES_ONLY_BEFORE


_PERSON_TITLE_WORDS = frozenset(lx.TITLE_ABBREVIATIONS.get(w.rstrip("."), w.rstrip(".")) for w in _PERSON_TITLES)


def _is_title(word: str) -> bool:
    """A title word, or one joined of titles: 'Gov.', 'Secretary-General', 'Attorney-General'."""
    w = word.lower().rstrip(".")
    return w in _TITLE_WORDS or "-" in w and all(part in _TITLE_WORDS for part in w.split("-"))


def _title_in(words: list[str], n: int) -> bool:
    """Is the ``n``th word a title, alone or after the word it needs ('Crown Prince')?"""
    return _is_title(words[n]) or n > 0 and _title_after(words[n - 1], words[n])


def _title_after(before: str, word: str) -> bool:
    """Is ``word`` a title only after another, and after it here ('Crown Prince', 'Datuk Seri')?"""
    return before.lower() in lx.TITLES_AFTER.get(word.lower(), ())


def _strip_titles(words: list[str]) -> list[str]:
    n = 0
    while len(words) - n > 1 and _title_in(words, n):
        n += 1
    return list(words[n:])


def _after_titles(words: list[str]) -> list[str]:
    """The words after the last title: 'Maryland Gov. Martin O'Malley' -> 'Martin O'Malley'."""
    last = max((n for n in range(len(words) - 1) if _title_in(words, n)), default=-1)
    return words[last + 1:]


def title_words(text: str) -> frozenset[str]:
    """The words of a title or description, abbreviations spelt out: 'Vermont Sen.' ->
    {'vermont', 'senator'}."""
    words = frozenset(lx.TITLE_ABBREVIATIONS.get(w, w) for w in (w.lower().rstrip(".,") for w in text.split()) if w)
    return words | {short for short, whole in lx.TITLE_INITIALS.items() if whole <= words}


def _role_as(span: Span) -> str:
    """The role a named subject's clause gives them with 'as' ('Rehema Mfinanga, 41, was testifying as
    [the seventh prosecution witness]', 'served as [finance minister]'), else ''."""
    head = span.root
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head  # (the rest of a name NER cut short: 'Alhaja Kafayat' of 'Alhaja Kafayat Oyenuga-Bello')
    if not has_parse(span.doc) or head.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    verb = head.head
    if (verb.lemma_ or "").lower() == "be" and head.dep_ == "nsubj" and verb.dep_ == "ROOT" \
            and not any(c.dep_ in ("mark", "neg") or c.tag_ == "MD" for c in verb.children):
        # or what a linking verb says they are, in a sentence of its own that asserts it (not 'if Trump is the
        # nominee', 'Trump will be the nominee'): 'Alhaja Kafayat Oyenuga-Bello has been [the Iyaloja] of Mile 12
        # International Market for nine years'
        # (an office, as 'the' says, not what someone calls them: 'Trump is a "total opportunist"')
        noun = next((c for c in verb.children if c.dep_ == "attr" and c.i > head.i and c.pos_ in ("NOUN", "PROPN")
                     and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                     and not any(t.is_quote for t in span.doc[head.i:c.right_edge.i + 2])), None)
        if noun is not None:
            return " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > head.i:
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if noun is not None:
                return " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")
    return ""


def _listing_comma(tok: Token, tokens: list[Token]) -> bool:
    """Is ``tok`` a comma of a list of capitalised words after the 'of' or 'for' of a body's name, which the list's
    'and' ends ('the Ministry of Agriculture[,] Fisheries, Water and Land Reform')?"""
    doc = tok.doc
    return tok.text == "," and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text[:1].isupper() \
        and doc[tok.i + 1].text[:1].isupper() and any(t.lower_ in ("of", "for") for t in tokens if t.i < tok.i) \
        and any(t.lower_ in ("and", "&") for t in tokens if t.i > tok.i)


def _clean_name(text: str) -> str:
    raw = [w for w in text.replace("\u00ad", "").split() if not _NICKNAME.fullmatch(w)]  # 'Margaret "Peggy" Olsen'
    words = [_POSSESSIVE.sub("", w) if w.endswith(("'s", "\u2019s", "'", "\u2019")) else w for w in raw]
    return _without_capitals_lead(" ".join(_strip_titles([w for w in words if w])))


def _after_descriptor(tokens: list[Token]) -> Optional[str]:
    """An organisation's name after the words that say what kind it is: 'Budget airline [SkyJet]',
    'oil giant [BP]', 'the state-owned [Silesian Coal Company]', 'iPhone maker [Apple]', 'Chipmaker [Intel]' (the words before are its
    description); None when no noun or adjective in lower case, or word in '-maker', comes before a
    run of capitalised words that ends the phrase ('the Bank of England', 'Union Pacific'), or
    without tags."""
    split = _descriptor_split(tokens)
    return " ".join(t.text for t in split[1]) if split is not None else None


def _descriptor_split(tokens: list[Token]) -> Optional[tuple[list[Token], list[Token]]]:
    """(the words before the name, the name) of ``_after_descriptor``'s phrase, or None."""
    if not has_tags(tokens[0].doc):
        return None
    words = [t for t in tokens if not t.is_punct]
    cut = next((k for k in range(len(words) - 1, 0, -1)
                if words[k - 1].is_lower and words[k - 1].is_alpha and (words[k - 1].pos_ in ("NOUN", "ADJ")
                                                                        or words[k - 1].tag_ == "VBN")  # 'state-owned'
                or k == 1 and words[0].lower_.endswith("maker") and len(words[0]) > 5), None)
    rest = words[cut:] if cut is not None else []
    if not rest or not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in rest) \
            or all(t.lower_ in lx.ORG_NAME_ENDINGS for t in rest):
        return None  # (nor 'a newly formed super PAC', an organisation unnamed)
    return words[:cut], rest


_ORG_TYPES = _ORG_KIND_NOUNS | lx.ORG_NOUNS | frozenset({"app", "platform", "website", "maker"})


def _typed_organisation(tokens: list[Token]) -> bool:
    """Is the phrase a name after the noun of what kind of organisation it is ('Note-taking app
    [Quillpad]', 'British snack maker [Brightwater Foods]', 'Budget airline [SkyJet]'), with tags:
    an organisation, whatever NER said or did not say of the name?"""
    split = _descriptor_split(tokens)
    if split is None:
        return False
    kind, run = split
    before = kind[-1]
    if not all(t.text[:1].isupper() for t in run) or any(_is_title(t.text) for t in run) \
            or run[0].lower_ in lx.FIRST_NAMES:
        return False  # a person's name after all ('party Chairman Reince Priebus', 'Florida developer Mel Sembler')
    return before.is_lower and (before.lower_ in _ORG_TYPES or before.lower_.endswith("maker"))


# Endings of nouns of people that no list holds ('Meteorologist', 'Historian', 'Epidemiologist').
_ROLE_SUFFIXES = ("ologist", "ographer", "ician", "ist", "ian", "ator", "eer", "ier", "ant")


def _role_by_suffix(word: str, after: str) -> bool:
    """A word with an ending of nouns of people, which is no given name, before a given name (``after``;
    any word when it is empty, as inside a person NER tagged): a role ('Meteorologist John Morales',
    'Historian Mary Beard', 'Animator Veronika Hájková'), not a first name."""
    low = word.lower()
    return low.endswith(_ROLE_SUFFIXES) and len(low) > 6 and low not in lx.FIRST_NAMES \
        and (not after or after.lower() in lx.FIRST_NAMES)


def _clean_person_name(text: str) -> str:
    """``_clean_name`` of a person's name, its own words only (``_person_words``)."""
    return _clean_name(" ".join(_person_words(text.split())))


def _person_words(words: list[str]) -> list[str]:
    """The words of a person's name in a span NER ran wider: not an owner's name before it
    ('Breitbart's Joel Pollak'), a mark ('-Craig Fehrman'), a reporting verb ('Said Comey'), a role
    in capitals and what comes before it ('Filmmaker Jack Marino', 'New York City Public Advocate
    Trish James') or a lower-case word after it ('Juan Manriquez of')."""
    capitalised_after = _capitalised_after(words)  # (one pass: a span NER ran over a long line may be long)
    start = max((n + 1 for n, w in enumerate(words[:-1]) if w.endswith(("'s", "\u2019s")) and capitalised_after[n]),
                default=0)
    out = list(words[start:])
    if out and not out[0][:1].isalnum() and out[0][1:2].isupper():
        out[0] = out[0].lstrip("-\u2013\u2014\u2022*\u00b7")
    if len(out) > 1 and out[0].lower() in lx.REPORTING_FORMS and out[1][:1].isupper():
        out.pop(0)
        start += 1
    # (a role keeps two words at least: 'Prince Harry' is called so)
    roles = [n for n, w in enumerate(out[:-2])
             if (w.lower() in _ROLE_NOUNS and w.lower() not in lx.PLAIN_PERSON_NOUNS
                 or n == 0 and _role_by_suffix(w, out[1])) and w[:1].isupper()
             and capitalised_after[start + n]]
    if roles:  # 'New York City Public Advocate Trish James'
        out = out[roles[-1] + 1:]
    while len(out) > 1 and out[-1].islower() and out[-1] not in lx.NAME_PARTICLES:
        out.pop()
    while len(out) > 1 and out[-1].rstrip(".,") in lx.POST_NOMINALS:
        out.pop()  # an honour or an office after the name: 'Anna Patel SC', 'Jane Hill MP'
    return out


_NAME_TAGS = frozenset({"NNP", "NNPS", "NNS"})


class NameIndex:
    """Full names of people in a document, found by their last word.

    Names come from PERSON entities and from runs of capitalised words that start
    with a known first name or a title: all there is without NER, and a net for
    names NER missed.
    """

    def __init__(self, doc: Doc):
        self._text = doc.text
        self._starts: Optional[dict[str, list[int]]] = None  # (``_word_starts``)
        self._by_last: dict[str, dict[str, list[int]]] = {}
        self._headline_end = _headline_end(doc)
        name_tokens = _name_tokens(doc)  # read once, by the names and by the loose runs
        # (not a nickname or a title in quote marks: 'the woman the traders call "Mama Mile 12"' … 'the old Mile 12')
        candidates = [c for c in self._candidates(doc, name_tokens) if not _titled_work(doc[c[0]:c[1]])]
        # 'Zhao Lijian … Zhao said', 'Tsai Ing-wen … Tsai wrote': a name whose family name
        # comes first, later called by it; and 'Hillary' for the one Hillary named
        self._by_first: dict[str, set[str]] = {}
        # 'Lucía Martínez Ortega … Martínez said': a family name inside a name of three words or more
        self._by_inner: dict[str, set[str]] = {}
        # a nickname in quotes inside a name, by which the article may call the person later ('Sirinya "Nok"
        # Chaiyaporn' … 'Nok says'): the name without it, noted as a name whatever its words
        self._nicknames: dict[str, str] = {}
        self.nickname_spans: set[tuple[int, int]] = set()  # (start, end) of each, inside its quote marks
        for first_at, full, nickname, where in _nicknamed(doc):
            candidates.append((first_at, first_at + len(full.split()), full.split()))
            self._nicknames.setdefault(nickname.lower(), full)
            self.nickname_spans.add(where)
        for start, _, words in candidates:
            # (a generational suffix is no surname: 'C. Scott Whitaker Jr. … Whitaker said'; and 'Donald Jr.')
            full = " ".join(words)
            for last in _last_words(words[-1]) + (_last_words(words[-2]) if _without_suffix(full) != full else []):
                self._by_last.setdefault(last, {}).setdefault(full, []).append(start)
            if len(words) > 1 and words[0][:1].isupper():
                self._by_first.setdefault(words[0].lower(), set()).add(" ".join(words))
            for word in _inner_family_names(words, doc[start].ent_type_ in PERSON_LABELS):
                self._by_inner.setdefault(word.lower(), set()).add(" ".join(words))
        # Without NER: the first reference to a person is the full name, later ones the surname
        # ('Ilyse Hogue … Hogue said'). Runs of two or three name words that no first name or
        # title marks as a person complete a surname that the names above do not know.
        # With NER too: NER may tag the surname alone ('Stenberg said') and miss the full name.
        self._loose: dict[str, str] = {}
        self._loose_first: dict[str, set[str]] = {}  # the same runs by their first word
        self._ner = has_entities(doc)
        # With NER: surnames whose run NER left untagged, and may tag alone as something else
        # ('Kendal Unruh … said Unruh', 'Unruh' an ORG; 'Adel Nefzi … Nefzi said', a GPE)
        self._untagged: set[str] = set()
        self._name_first: dict[str, set[str]] = {}  # those that stand as a name, by their first word
        for words, untagged, a_name in self._runs(doc, name_tokens):
            last = words[-1].lower()
            self._loose.setdefault(last, " ".join(words))
            self._loose_first.setdefault(words[0].lower(), set()).add(" ".join(words))
            if a_name:
                self._name_first.setdefault(words[0].lower(), set()).add(" ".join(words))
            if _given_name_joined(words[-1]) and not self._ner:  # 'Kweon Seong-dong … Kweon said'
                self._by_first.setdefault(words[0].lower(), set()).add(" ".join(words))
            if self._ner and untagged and self._loose[last] == " ".join(words):
                self._untagged.add(last)
        self.descriptions: dict[str, str] = {}  # full name -> first appositive or title found
        self.titles: dict[str, list[frozenset[str]]] = {}  # full name -> the words of each title or appositive
        self.title_heads: set[str] = set()  # the last word of each, in lower case: the noun of a role
        self.mentions: list[tuple[int, str]] = []  # (first token, full name), in order
        if has_entities(doc):  # (not a title in quote marks NER took for a person's name: '"Oil Boom, Who Boom?"')
            # (nor a thing's name with a number, NER's person: 'the old Mile 12', 'Apollo 11')
            spans = [_named_part(ent) for ent in doc.ents
                     if ent.label_ in PERSON_LABELS and not _titled_work(ent) and not _numbered(ent)]
        else:
            spans = [doc[a:b] for a, b, _ in candidates]
        for span in spans:
            self.mentions.append((span.start, self._note_titles(span)))
        for span in self._lone_surnames(doc, name_tokens, candidates):
            self._note_titles(span)  # (it describes, as NER's would, but names no one in full there)
        if has_entities(doc):  # a name NER missed describes too: 'Eleanor Voss, the jazz pianist whose …'
            covered = {i for span in spans for i in range(span.start, span.end)}
            for a, b, _ in candidates:
                if not any(i in covered for i in range(a, b)):
                    full = self._note_titles(doc[a:b])
                    # ('Ivanka' a PRODUCT, 'Trump' nothing; or after a title that tells a sex: 'Alhaja Sekinat
                    # Bakare', an ORG)
                    # (or NER took it for an organisation, exactly as it stands: 'Rhea Tolliver' an ORG)
                    if any(doc[i].ent_iob_ == "O" for i in range(a, b)) \
                            or a > 0 and lx.TITLES.get(doc[a - 1].lower_) in ("m", "f") or mislabelled(list(doc[a:b])):
                        self.mentions.append((a, full))  # and is a person named there, as without NER
        self.mentions = sorted(m for m in self.mentions if not _destination(doc[m[0]]))

    def firm_named(self, key: str) -> Optional[str]:
        """The one run of capitalised words in the text that is ``key``'s words and then only the words a firm's
        name ends with ('Starhaven Entertainment' for 'starhaven'); None when none or several are. Read where the
        key's first word stands (``_word_starts``), not over the whole text for every name looked up."""
        lead = _LEADING_WORD.match(key)
        run = re.compile(rf"\b(?i:{re.escape(key)})(?:\s[A-Z][\w.]*)+")
        found_all = (run.finditer(self._text) if lead is None  # (a key that opens with no word: the whole text)
                     else (run.match(self._text, at) for at in self._word_starts().get(lead.group(0).lower(), ())))
        runs = {found.group(0) for found in found_all if found is not None
                and all(w.lower() in lx.FIRM_NAME_ENDINGS for w in found.group(0).split()[len(key.split()):])
                and found.group(0)[:1].isupper()}
        return next(iter(runs)) if len(runs) == 1 else None

    def _word_starts(self) -> dict[str, list[int]]:
        """Where each word of the text starts, by the word in lower case (read once, when first asked)."""
        if self._starts is None:
            self._starts = {}
            for found in _LEADING_WORD.finditer(self._text):
                self._starts.setdefault(found.group(0).lower(), []).append(found.start())
        return self._starts

    @property
    def headline_end(self) -> int:
        """The first token after the headline's line."""
        return self._headline_end

    def _note_titles(self, span: Span) -> str:
        """Note the title before a name and the description after it; the full name."""
        full = self.full_name(span.text)
        titled = _with_title(span)
        found = describe(titled, _clean_name(span.text))
        if found:
            self.descriptions.setdefault(full, found)
        titles = self.titles.setdefault(full, [])
        for title in (" ".join(t.text for t in titled[:len(titled) - len(span)]), found or "", _role_as(span),
                      _noun_set_off_before(span)):
            if title:
                self.title_heads.add(_title_noun(title))
            words = title_words(title)
            if words and words not in titles:
                titles.append(words)
        return full

    def _lone_surnames(self, doc: Doc, name_tokens: list[int],
                       names: list[tuple[int, int, list[str]]]) -> list[Span]:
        """Without NER, a tagged surname alone of a person named in full, as NER would tag it: its
        appositive describes that person too ('Sanders, the independent senator from Vermont, …')."""
        if not has_tags(doc):
            return []
        inside = {i for a, b, _ in names for i in range(a, b)}
        lone = []
        for i in name_tokens:
            t = doc[i]
            # (the tagger takes a surname that opens a sentence for a plural noun: 'Sanders, the …')
            if i not in inside and t.tag_ in _NAME_TAGS and t.text[:1].isupper() \
                    and any(len(n.split()) > 1 for n in self._by_last.get(t.lower_, ())) \
                    and not (i > 0 and doc[i - 1].tag_ == "NNP") \
                    and not (i + 1 < len(doc) and doc[i + 1].tag_ == "NNP"):
                lone.append(doc[i:i + 1])
        return lone

    def holders(self, noun: str, words: frozenset[str] = frozenset()) -> dict[str, list[frozenset[str]]]:
        """Each person the article gave a title or an appositive with ``noun`` and every one of ``words`` ('coach
        Daniel Kosgei' for 'coach'), with those titles."""
        return {full: fitting for full, titles in self.titles.items()
                if (fitting := [title for title in titles if noun in title and words <= title])}

    def named_since(self, before: int, since: int = 0) -> Iterator[tuple[int, str]]:
        """(first token, full name) of the people named from token ``since`` to before token
        ``before``, the latest first, read lazily: a caller that stops early reads no further."""
        i = bisect.bisect_left(self.mentions, (before, "")) - 1
        while i >= 0 and self.mentions[i][0] >= since:
            yield self.mentions[i]
            i -= 1

    @staticmethod
    def _candidates(doc: Doc, name_tokens: list[int]) -> list[tuple[int, int, list[str]]]:
        """(first token, end token, words) of each name, titles left out."""
        out = []
        if has_entities(doc):
            for ent in doc.ents:
                if ent.label_ in PERSON_LABELS and not any(t.is_space for t in ent):
                    ent = _named_part(ent)
                    words = _clean_person_name(ent.text).split()
                    if words:
                        out.append((ent.start, ent.end, words))
        for run in _name_runs(doc, name_tokens, initials=True):
            headline = in_title_case_line(run[0])
            units = _units(run)
            after = _after_titles([_word(u) for u in units])
            words = _without_capitals_lead(" ".join(after)).split()
            role_in_run = False
            # no title marks where the name starts, or a role runs on after it ('Chief Executive Tim Cook'):
            # its first known first name does
            if len(after) == len(units) or len(after) > 2 and _role_word(after[0]):
                named = _person_words(words)  # ('German Chancellor Olaf Scholz': after the role, in capitals)
                role_in_run = 2 <= len(named) < len(words) and len(named) <= 3
                words = _from_first_name(named)  # ('Mexican President Andrés Manuel López Obrador': all of it)
            # 'Leon Panetta' (a first name), 'President Obama', 'Sen. Jane Street' (a title only people have)
            before = doc[units[0][0].i - 1] if units and units[0][0].i > 0 else None
            titled = len(words) < len(units) and units[-len(words) - 1][0].lower_.rstrip(".") in _PERSON_TITLES \
                or len(words) == len(units) and before is not None and before.lower_.rstrip(".") in _PERSON_TITLES
            # 'foreign ministry spokesman Zhao Lijian': two or three name words after a role noun
            role = 2 <= len(words) == len(units) <= 3 and before is not None and (before.is_lower or before.is_upper) \
                and before.lower_ in lx.PERSON_NOUNS  # ('Concord resident Whit Symms', which NER took for an ORG)
            # 'Shen Xincheng, a doctoral candidate': two or three name words a noun of people describes
            # (a name's particles are no words of it here: 'Rosângela Aparecida dos Santos, 47,')
            described = len(words) == len(units) and 2 <= len([w for w in words if w.lower() not in lx.NAME_PARTICLES]) \
                <= 3 and _described_as_person(run[-1])
            # ('the Charlotte Observer' opens with a first name, and is a newspaper)
            first_name = len(words) >= 2 and (words[0].lower() in lx.FIRST_NAMES
                                              or word_first_name(units[-len(words)][0]))
            # 'Han Ji-woo', 'Tsai Ing-wen': a family name and a given name of two syllables joined by a
            # hyphen, as Korean and Chinese names are written in English (NER took 'Han' for a NORP)
            joined = len(words) == 2 == len(units) and _east_asian(words)
            if words and (first_name or titled or role or described
                          or role_in_run or joined) \
                    and (titled or words[-1].lower().rstrip(".") not in lx.ORG_NAME_ENDINGS):
                # (the name ends the run: no letters after it)
                if first_name and len(units) == len(words) + 1 and len(units[0]) == 1 and not has_entities(doc) \
                        and not headline and _word(units[1]) == words[0]:
                    words = _given_name_before(units[0][0], units[1][0]) + words
                start, end = units[-len(words)][0].i, run[-1].i + 1
                if headline:  # a headline's capitals end no name ('Chuck Grassley Compares Trump'): a first
                    # name and the word after it at most ('Cecile Richards: …'), the word after a title
                    # ('Pope Francis Meets …'), not in capitals
                    keep = 2 if first_name else 1
                    if not (first_name or titled) or any(w.isupper() and len(w) > 1 for w in words[:keep]):
                        continue
                    if len(words) > keep:
                        end, words = units[-len(words) + keep - 1][-1].i + 1, words[:keep]
                out.append((start, end, _without_honours(words)))
        return out + NameIndex._shared_surnames(doc, out)

    @staticmethod
    def _shared_surnames(doc: Doc, names: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
        """'Sarah and Emily Watts', 'Bill and Hillary Clinton': the first name before 'and' shares the
        surname of the name after it ('Sarah' is Sarah Watts)."""
        out = []
        for start, _, words in names:
            if len(words) != 2 or start < 2 or doc[start - 1].lower_ != "and":
                continue
            first = doc[start - 2]
            if first.text[:1].isupper() and first.lower_ in lx.FIRST_NAMES and first.is_alpha \
                    and (start < 3 or not _name_word(doc[start - 3]) and not inner_hyphen(doc[start - 3])):
                # (not the end of a hyphenated name: 'Hana Kobayashi-Reyes and Luis Echeverría')
                out.append((first.i, first.i + 1, [first.text, words[-1]]))
        return out

    def full_name(self, text: str, gender: Optional[str] = None, at: Optional[int] = None) -> str:
        """The fullest form of the person called ``text`` in this document; of ``gender`` ('m' or 'f',
        from a title) when full names of both share the surname ('Mr. Clinton' is Bill, not Hillary;
        'Mrs. Abedini' is not her husband Saeed); of those named in full before token ``at``, when some
        were ('Miguel Ángel Soto … Soto said …' before 'His son, Daniel Soto,' is Miguel Ángel)."""
        words = _clean_person_name(text).split()
        if not words:
            return text
        names = self._by_last.get(words[-1].lower(), {})
        if gender:
            fits = {n: starts for n, starts in names.items() if name_gender(n, n) in (None, gender)}
            if any(len(n.split()) > 1 for n in fits) and len(fits) < len(names):
                names = fits
        if at is not None and len(words) == 1:  # (the story's names: a headline's capitals run on, 'Sanders Suffered')
            before = {n: starts for n, starts in names.items() if min(starts) < at
                      and (max(starts) >= self._headline_end or at < self._headline_end)}
            if any(len(n.split()) > 1 for n in before) and len(before) < len(names):
                names = before
        if len(words) > 1 and not any(len(n.split()) > len(words) for n in names) \
                and (opening := self._opening_words(words)) is not None:
            return opening
        # (a name the story gives beats one only its headline gives: 'Late Fahy point sinks Cork' over
        # 'Conor Fahy', as the headline's opening word is capitalised whatever it is)
        best = max(names.items(), key=lambda kv: (len(kv[0].split()) > 1, max(kv[1]) >= self._headline_end,
                                                  len(kv[1]), -kv[1][0], len(kv[0])),
                   default=None)
        if best and len(best[0].split()) > 1 and best[0].split()[0].lower() in _SURNAME_PARTICLES:
            # a family name that opens with a particle ('Al Kuwari', 'Dos Santos Lima', 'af Klinteberg') is no name
            # in full: the one that ends with it is ('Khalid Mubarak Al Kuwari', 'Thiago Henrique dos Santos Lima')
            ending = " " + best[0].lower()
            fuller = [(len(at), n) for n, at in names.items() if n.lower().endswith(ending)]
            if fuller:
                best = (max(fuller)[1], names[max(fuller)[1]])
        if best and len(best[0].split()) > 1:
            # 'Wasserman Schultz' (NER, often) and 'Debbie Wasserman Schultz' (once) are one person
            longer = next((n for n in names if n.lower().endswith(" " + best[0].lower())
                           and len(n.split()) == len(best[0].split()) + 1 and n.split()[0].lower() in lx.FIRST_NAMES
                           and n.split()[0] not in best[0].split()),
                          None) or _with_middle_names(best[0], names) or best[0]
            if _fills_out([w.lower() for w in words], longer.lower().split()):
                return longer  # 'Tyler Friesen' and, once, 'Tyler Dawson Friesen': one person, named in full
            if _without_suffix(longer).lower().endswith(" ".join(words).lower()):
                if longer.lower() != " ".join(words).lower():
                    return longer
                # a surname of a particle and a word that NER found only so ('Mac Giolla Phádraig')
                return self._loose_form(words, names) or longer
        if len(words) == 1 and words[0].lower() in self._nicknames and not any(len(n.split()) > 1 for n in names):
            return self._nicknames[words[0].lower()]
        if len(words) == 1 and (first := self.first_only(words[0])) is not None:
            return first
        runs = self._loose_first if gender is not None else self._name_first
        if len(words) == 1 and not any(len(n.split()) > 1 for n in names) and len(runs.get(words[0].lower(), ())) == 1 \
                and not is_place(words[0]):
            # ('Ms Kanyarat' after 'Kanyarat Phromma', as Thai news names people: a title and the given name, or
            # the given name alone of a run that stands as a name: 'Khun Prasit Wongsawat' … 'Prasit said'),
            # when no first name or NER marked the run a person's
            return next(iter(runs[words[0].lower()]))
        if (loose := self._loose_form(words, names)) is not None:
            return loose
        if best and best[0].lower() == " ".join(words).lower():
            return best[0]
        return " ".join(words)

    def _loose_form(self, words: list[str], names: dict[str, list[int]]) -> Optional[str]:
        """The run of name words that completes a surname: without NER, one that no name above
        knows, or knows only alone ('Hanno Pevkur … Mr Pevkur said'); with NER, one it found only
        alone ('Amandla Stenberg … Stenberg said', where NER tagged only 'Stenberg') or took for
        something else. The surname is a word, or particles and a word ('Ó Ceallaigh')."""
        surname = len(words) == 1 or all(w.lower() in lx.NAME_CAPITAL_PARTICLES for w in words[:-2]) \
            and words[0].lower() in lx.NAME_CAPITAL_PARTICLES
        loose = self._loose.get(words[-1].lower()) if surname or len(words) == 2 else None
        if loose is None or not loose.lower().endswith(" " + " ".join(words).lower()):
            return None
        if not surname and (self._ner or len(loose.split()) < 3 or any(
                w.lower() in lx.TITLES or w.lower() in lx.PERSON_NOUNS or w.lower() in lx.DEPARTMENT_WORDS
                for w in loose.split()[:-len(words)])):
            return None  # (without NER, a family name of two words ends a name of three or more: 'Anísio Bastos
            # Filho … Bastos Filho said', 'Juan Pablo Araya Contreras … Araya Contreras'; not a name after a word
            # of a role that opens a run of capitals, 'Minister of Social Affairs and Health Heikki Lindroos'; with
            # NER, its names decide, where a capitalised word before a name runs on into the name: 'Animator
            # Veronika Hájková')
        usable = bool(names) or words[-1].lower() in self._untagged if self._ner else True
        return loose if usable and all(len(n.split()) <= len(words) for n in names) else None

    def first_only(self, word: str) -> Optional[str]:
        """The one full name that starts with ``word``, when no full name ends with it and it
        names no place ('China' is not 'China Daily'); else the one full name of three words or
        more that has it inside, a family name ('Lucía Martínez Ortega … Martínez said')."""
        if is_place(word) or any(len(name.split()) > 1 for name in self._by_last.get(word.lower(), {})):
            return None
        names = self._by_first.get(word.lower(), set()) or self._by_inner.get(word.lower(), set())
        return next(iter(names)) if len(names) == 1 else None

    def _opening_words(self, words: list[str]) -> Optional[str]:
        """The one full name of one word more that opens with these words and was named before them,
        when no longer name ends with them ('Andi Rahmat Pallawa … Andi Rahmat told supporters', as
        Indonesian and Arabic names are shortened); not a suffix ('Donald Trump Jr.'), nor a verb that a
        headline's capitals ran into a name ('Ted Cruz Refuses to …')."""
        lower = [w.lower() for w in words]
        short = self._first_named(" ".join(words))
        longer = [name for name in self._by_first.get(lower[0], set())
                  if len(name.split()) == len(words) + 1 and [w.lower() for w in name.split()[:-1]] == lower]
        if len(longer) != 1:
            return None
        extra = longer[0].split()[-1].lower().rstrip(".,")
        first = self._first_named(longer[0])
        # (named before them, or there, with NER cutting the name short: 'Hon. [Vaelua Tome] Aumua')
        return longer[0] if extra not in lx.NAME_SUFFIXES and extra not in lx.VERB_FORMS \
            and extra.upper() not in lx.POST_NOMINALS \
            and not extra.endswith("s") and first is not None and (short is None or first <= short) else None

    def _first_named(self, name: str) -> Optional[int]:
        """Where the name is first named in full, if it is."""
        at = self._by_last.get(name.split()[-1].lower(), {}).get(name)
        return min(at) if at else None

    def named_in_full(self, text: str) -> bool:
        """Does the article name a person in full whose surname ``text`` is ('Michael Bloomberg')?"""
        return len(self.full_name(text).split()) > len(text.split())

    def is_person_name(self, text: str) -> bool:
        words = _without_honours(_clean_name(text).split())
        # (with NER, a run of name words it left untagged names a person too: 'Arne Slot praised …')
        return bool(words) and (words[-1].lower() in self._by_last
                                or len(words) == 1 and (not self._ner and words[0].lower() in self._loose
                                                        or words[0].lower() in self._untagged
                                                        or words[0].lower() in self._nicknames
                                                        or self.first_only(words[0]) is not None))

    def untagged_surname(self, word: str) -> bool:
        """Is ``word`` the last of a run of name words that NER left untagged ('Kendal Unruh')?"""
        return word.lower() in self._untagged

    @staticmethod
    def _runs(doc: Doc, name_tokens: list[int]) -> list[tuple[list[str], bool, bool]]:
        """Each run of two or three capitalised name words (after any titles), proper nouns
        where there are tags, in document order: 'NARAL President Ilyse Hogue' -> ['Ilyse', 'Hogue'];
        with whether NER left all its words untagged, and whether it stands as a name
        (``_stands_as_a_name``)."""
        out = []
        for run in _name_runs(doc, name_tokens):
            if in_title_case_line(run[0]):
                continue  # a headline's capitals end no name ('Chuck Grassley Compares Trump')
            units = _units(run)
            words = _past_department(run, _from_first_name(_after_roles([_word(u) for u in units])))
            toks = [t for u in units[len(units) - len(words):] for t in u]
            if 2 <= len([w for w in words if w[:1].isupper() and w.lower() not in lx.NAME_CAPITAL_PARTICLES]) <= 3 \
                    and words[0][:1].isupper() \
                    and all(t.tag_ in ("NNP", "NNPS") or not t.tag_ or _inside_name(t) for t in toks) \
                    and not any(w.isupper() and w.lower() not in lx.NAME_CAPITAL_PARTICLES or w.lower() in lx.TITLES
                                for w in words) \
                    and toks[-1].tag_ != "NNPS" and words[-1].lower().rstrip("s") not in _MEMBER_NOUNS \
                    and words[-1].lower().rstrip(".") not in lx.ORG_NAME_ENDINGS:
                # (not 'Muslim Americans', 'Senate Republicans': people, not one person's name; nor
                # 'New York Times', whose 'Times' is no surname, as for the names above)
                # (untagged counts only in running text: a headline's capitals ('New Polls Show …') name no one)
                out.append((words, has_entities(doc) and (not any(t.ent_type_ for t in toks) or mislabelled(toks))
                            and _in_running_text(toks[0]), _stands_as_a_name(run, toks)))
        return out


_GIVEN_AS = re.compile(r"\b(?:name|names|himself|herself|themselves)\s+(?:only\s+)?as\s+$", re.I)


def _given_as(first: Token) -> bool:
    """Is the name that opens at ``first`` one a person gave for themselves ('… who gave her name only as
    Fleur said')? Only people give a name, whatever NER made of it."""
    doc = first.doc
    return _GIVEN_AS.search(doc[max(first.i - 6, 0):first.i].text_with_ws) is not None


def _in_quote_marks(tokens: list[Token]) -> bool:
    """Does a quote mark open right before the phrase, or open it ('"Oil Boom, Who Boom?"'; not a nickname's
    inside a name: 'Emmanouil "Manolis" Vlachos')?"""
    doc, i = tokens[0].doc, tokens[0].i
    return tokens[0].is_quote or i > 0 and (doc[i - 1].text in _OPENING_MARKS or doc[i - 1].text in ('"', "'") and (
        i < 2 or bool(doc[i - 2].whitespace_)))


_OPENING_MARKS = frozenset(OPENERS) | {"\u2018"}  # double marks that open, and the single one


_LEADING_WORD = re.compile(r"\b\w+")  # a word of the text, where a key's first word may stand
_HONOURS = lx.POST_NOMINALS - lx.SEAT_LETTERS  # letters after a name, not a seat's


def _without_honours(words: list[str]) -> list[str]:
    """A name's words without a silk's or an honour's letters after it ('Judge Niall Devlin KC'); a seat's letters
    stay (after a party's name they describe: 'one Fine Gael TD')."""
    while len(words) > 2 and words[-1].rstrip(".,") in _HONOURS:
        words = words[:-1]
    return words


_TITLE_REACH = 8  # tokens after a name in which the quote marks of a title it opens close


_TITLE_PREPOSITIONS = frozenset({"of", "for", "at", "to", "in", "on", "from", "with", "who", "whose", "that"})


def _title_noun(title: str) -> str:
    """The noun of a title or an appositive, in lower case: its last word before a preposition or a clause
    ('spokesman' of 'a spokesman for the campaign', 'iyaloja' of 'Iyaloja of Mile 12 International Market')."""
    words = title.lower().split()
    cut = next((n for n, w in enumerate(words) if w in _TITLE_PREPOSITIONS and n > 0), len(words))
    return words[cut - 1] if cut else ""


def _name_after_and(tokens: list[Token]) -> list[Token]:
    """A subject phrase the parse cut after the 'and' inside a body's name, with the rest of the name: 'The Ministry
    of Fisheries and' of 'The Ministry of Fisheries and Marine Resources said'."""
    if len(tokens) < 3 or tokens[-1].lower_ not in ("and", "&") or not is_proper(tokens[-2]) \
            or not any(t.ent_type_ == "ORG" or t.lower_ in lx.ORG_NAME_NOUNS for t in tokens):
        return tokens  # (a body's, as NER or its noun says: not '31 of Republicans and')
    doc, j = tokens[0].doc, tokens[-1].i + 1
    rest = []
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        rest.append(doc[j])
        j += 1
    return tokens + rest if rest else tokens


def initialism(name: str) -> bool:
    """Is the name one word in capitals, a body's initials ('AFAD', 'NNPC'), which no person is called?"""
    return " " not in name and 2 <= len(name) <= 6 and name.isupper() and name.isalpha()


def _numbered(span: Span) -> bool:
    """Is a number in figures right after the name, which a thing's name has and a person's has not ('the old
    Mile 12', 'Apollo 11', 'Route 66')?"""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text.isdigit() and bool(doc[span.end - 1].whitespace_)


def _titled_work(span: Span) -> bool:
    """Does the name open a title in quote marks, which closes soon after with no verb inside ('His best-known
    song, "Oil Boom, Who Boom?", skewered …')?"""
    doc = span.doc
    # (a mark that opens: not a closing one, nor a straight one a space follows: 'called Trump a "liar." Carly')
    if span.start == 0 or not doc[span.start - 1].is_quote or doc[span.start - 1].text in ("\u201d", "\u2019") \
            or doc[span.start - 1].whitespace_:
        return False
    for t in doc[span.end:min(span.end + _TITLE_REACH, len(doc))]:
        if t.is_quote:
            return True
        if t.pos_ in ("VERB", "AUX") or "\n" in t.text:
            return False
    return False


def _stands_as_a_name(run: list[Token], toks: list[Token]) -> bool:
    """Does a run of name words stand as someone's or a body's name, which a word of it alone may refer to
    later ('Khun Prasit Wongsawat' … 'Prasit said'): not a thing's after an article ('the Trump Train', 'the
    Glass-Steagall Act'), nor a place's before a hyphen ('Song Avenue-based')."""
    doc = run[0].doc
    before = doc[run[0].i - 1] if run[0].i > 0 else None
    after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
    return not (before is not None and before.lower_ in lx.DEFINITE | lx.INDEFINITE
                or after is not None and inner_hyphen(after)
                or toks[-1].is_lower and inner_hyphen(doc[toks[-1].i - 1]))


_LINE_WINDOW = 12  # tokens read on each side of a word to tell a headline's line from running text


def mislabelled(toks: list[Token]) -> bool:
    """Did NER take a run of name words for an organisation, exactly as it stands, though no word of
    it is one that organisations' names have and it is no place ('Thabo Mokoena', 'Nkechi
    Adeyemi-Bello' as ORG: the small English model knows few names from elsewhere)? Such a run
    counts as untagged: its last word alone, later, may be a person's."""
    doc = toks[0].doc
    first, last = toks[0], toks[-1]
    if first.ent_iob_ != "B" or first.ent_type_ not in _ORG_LABELS or any(t.ent_type_ != first.ent_type_ for t in toks):
        return False
    if last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        return False  # the entity runs on: 'Goldman Sachs Group'
    words = [t.lower_ for t in toks if not inner_hyphen(t)]
    return not any(w.rstrip(".") in lx.ORG_NAME_ENDINGS for w in words) and not is_place(" ".join(t.text for t in toks))


def _in_running_text(tok: Token) -> bool:
    """Does a lower-case word of four letters or more stand near ``tok`` on its line, as in running
    text and not in a headline set in capitals ('New Polls Show Double-Digit Gaps')?"""
    doc = tok.doc
    for step in (-1, 1):
        i = tok.i + step
        while 0 <= i < len(doc) and abs(i - tok.i) <= _LINE_WINDOW and "\n" not in doc[i].text:
            if doc[i].is_alpha and doc[i].is_lower and len(doc[i]) >= 4:
                return True
            if step == 1 and "\n" in doc[i].whitespace_:
                break
            i += step
    return False


def _described_as_person(last: Token) -> bool:
    """Does an appositive headed by a noun of people follow the name ending at ``last`` ('Shen
    Xincheng, a doctoral candidate at …'), or an age ('Hana-Rawhiti Maipi-Clarke, 22,')? With a
    parse only."""
    doc = last.doc
    if not has_parse(doc):
        return False
    # (set off on both sides: not 'Mika Brzezinski, the Democratic presidential candidate stated', which
    # the parser read as one)
    return _aged(last) or any(
        c.dep_ == "appos" and c.i > last.i and c.lower_ in lx.PERSON_NOUNS and c.lower_ not in lx.PUBLIC_NOUNS
        and (c.right_edge.i + 1 == len(doc) or doc[c.right_edge.i + 1].text in _APPOSITIVE_ENDS)
        for c in last.children)


_APPOSITIVE_ENDS = frozenset({",", ".", ";", ")", "\u2014", "--", ":"})


def _given_name_joined(word: str) -> bool:
    """A given name of two syllables joined by a hyphen, as Korean and Chinese names are written
    ('Seong-dong', 'Ing-wen'): the family name comes before it, and later mentions use that."""
    first, _, second = word.partition("-")
    return first[:1].isupper() and first[1:].islower() and second.isalpha() and second.islower()


def _name_key(name: str) -> str:
    """How a name is known among the article's entities: without case or a leading article ('The
    Department for Infrastructure' and 'the Department for Infrastructure' are one body)."""
    key = name.lower()
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def _east_asian(words: list[str]) -> bool:
    """Are two words a Korean or Chinese name, a common family name and a given name of two short
    syllables joined by a hyphen ('Han Ji-woo', 'Lee Da-eun', 'Tsai Ing-wen')?"""
    return _given_name_joined(words[1]) and words[0].lower() in lx.EAST_ASIAN_FAMILY_NAMES and _syllables(words[1])


def _syllables(word: str) -> bool:
    """Are both parts of a hyphenated word short, as the syllables of a Korean or Chinese given name
    are ('Ji-woo', 'Kyeong-hwa'), and no English word's ending ('Avenue-based', 'Song-era')?"""
    first, _, second = word.lower().partition("-")
    return len(first) <= _NAME_SYLLABLE and len(second) <= _NAME_SYLLABLE and not second.endswith("ed") \
        and second not in _WORD_ENDINGS


_WORD_ENDINGS = frozenset({"era", "style", "led", "born", "run", "like", "wide", "free", "old", "long", "term",
                           "type", "level", "made", "owned", "size", "scale", "city", "area"})


def _headline_end(doc: Doc) -> int:
    """The first token at or after the end of the text's first line when that line is a headline
    (``lines.headline_end``); 0 when it is not."""
    end = headline_end(doc.text)
    return next((t.i for t in doc if t.idx >= end), len(doc)) if end else 0


def _with_middle_names(name: str, names: dict[str, list[int]]) -> Optional[str]:
    """The longest of ``names`` that is ``name`` with middle names or initials, and that the article
    writes as often as ``name`` or more: the same first and last word, and every word of ``name`` in it
    in order ('Tyler Dawson Friesen' for 'Tyler Friesen', each once; not 'Clarence Edward Avery', once,
    for 'Clarence Avery', the name the obituary goes by); none when no name is."""
    words = name.lower().split()
    fuller = [n for n, at in names.items() if _fills_out(words, n.lower().split())
              and len(set(at)) >= len(set(names.get(name, ())))]
    return max(fuller, key=lambda n: len(n.split()), default=None)


def _body_named_after(tokens: list[Token], noun: Token) -> bool:
    """Do the tokens after ``noun`` name a body and no more: 'for', 'of' or 'at', then capitalised words and the
    small words and commas of a name ('for the Department for Culture, Media and Sport'), within twice
    ``_MAX_NAME_TOKENS``?"""
    after = [t for t in tokens if t.i > noun.i]
    return 1 < len(after) and len(tokens) <= 2 * _MAX_NAME_TOKENS and after[0].lower_ in ("for", "of", "at") \
        and all(t.text[:1].isupper() or t.lower_ in _NAME_GLUE for t in after[1:])


_NAME_GLUE = frozenset({"the", ",", "and", "&", "of", "for", "on"})


def _fills_out(words: list[str], longer: list[str]) -> bool:
    """Is ``longer`` the name of two words or more ``words`` is, with middle names or initials: the same
    first and last word, more words, and every one of ``words`` in it in order?"""
    rest = iter(longer)
    return len(longer) > len(words) >= 2 and longer[0] == words[0] and longer[-1] == words[-1] \
        and all(w in rest for w in words)


def _without_suffix(name: str) -> str:
    """A name without its generational suffix ('C. Scott Whitaker Jr.' -> 'C. Scott Whitaker')."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1].lower().rstrip(".") in lx.NAME_SUFFIXES else name


def _last_words(word: str) -> list[str]:
    """The forms by which a name's last word may be called later: itself, and without the article
    joined to it ('al-Sisi', 'Sisi')."""
    low = word.lower()
    article, _, rest = low.partition("-")
    return [low, rest] if article in lx.NAME_ARTICLES and rest else [low]


def _named_part(ent: Span) -> Span:
    """A PERSON entity without a score or a number NER ran on into ('Jannik Sinner 2-6'), a word
    that opens a question ('Will Trump') or a role before the name ('Farmer Mohammed bin Rashid'),
    and with the names before it that NER left out of it ('Dang' of 'Dang Quoc Bao', tagged 'Quoc Bao')."""
    doc = ent.doc
    end = ent.end
    cut = doc[end - 1].text == "-"  # (the rest of a hyphened given name NER cut off: 'Cho Hyun-' of 'Cho Hyun-seok')
    while end - ent.start > 1 and not any(c.isalpha() for c in doc[end - 1].text):
        end -= 1
    if cut:
        end = _past_hyphens(doc, end)
    end = _family_name_after(doc, end)
    start = ent.start
    if start > 0 and _left_out(doc[start - 1], ent):
        start -= 1
    elif end - start > 1 and doc[start].lower_ in lx.WORD_FIRST_NAMES and not word_first_name(doc[start]):
        start += 1  # 'Will Trump win?': the modal that opens a question, not a first name
    if end - start > 2 and start > 0 and (in_charge(doc[start]) or _title_after(doc[start - 1].text, doc[start].text)):
        start += 1  # (a title's end: 'Special Agent in Charge Frank Tarantino', 'Datuk Seri Zainal Abidin Hashim')
    while end - start > 2 and (doc[start].lower_ in lx.PERSON_NOUNS or doc[start].lower_ in lx.ROLE_MODIFIERS
                               and doc[start + 1].lower_ in lx.PERSON_NOUNS or _role_by_suffix(doc[start].text, ""))\
            and doc[start].lower_ not in lx.FIRST_NAMES \
            and doc[start].lower_ not in lx.PLAIN_PERSON_NOUNS:
        start += 1  # 'Farmer Mohammed bin Rashid', 'Headteacher Mark Ellis', 'Shadow Treasurer Angus Taylor',
        # 'Animator Veronika Hájková': the role before the name; not a plain 'Man' in a name, no role but a
        # given name ('Man Bahadur Sardar', 'Man Maya Ghalley')
    if start > 1 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_ in lx.OFFICES_OF | lx.SEAT_HOLDERS:
        while end - start > 2 and doc[start].lower_ in lx.DEPARTMENT_WORDS:
            start += 1  # ('Minister of Finance Ashot Martirosyan', one PERSON: what the office is of, no name's)
    if end - start > 2 and start > 0 and doc[start - 1].lower_ in lx.DEFINITE \
            and doc[start].lower_ not in lx.FIRST_NAMES and doc[start + 1].lower_ in lx.FIRST_NAMES:
        start += 1  # ('Leader of the Opposition Carlton Waddell', one PERSON: no given name follows 'the')
    home = _of_home(list(doc[start:end]))  # ('Karen Lindgren-Moe of Edina', one PERSON: not where she lives)
    return doc[start:start + home] if home is not None else doc[start:end]


def _family_name_after(doc: Doc, end: int) -> int:
    """Where a person's name that NER ended at token ``end`` ends: after the family name it cut off behind a
    particle in lower case ('Rosângela Aparecida' of 'Rosângela Aparecida dos Santos') or the last name of a
    compound the parse heads with it ('Wilson Ccahuana' of 'Wilson Ccahuana Huillca'), with a parse."""
    if not has_parse(doc) or end >= len(doc) or end == 0:
        return end
    k = end
    while k < len(doc) and k - end < 2 and doc[k].is_lower and doc[k].lower_ in _SURNAME_PARTICLES:
        k += 1
    if k > end:
        found = k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" \
            and bool(doc[k - 1].whitespace_)
        return k + 1 if found else end
    last = doc[end - 1]
    if doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].ent_type_ \
            and last.dep_ in ("compound", "flat") and last.head.i == end:
        end = _past_hyphens(doc, end + 1)  # (and the rest of a hyphened name: 'Oyenuga-Bello')
    return end


def _past_hyphens(doc: Doc, end: int) -> int:
    """Where a name that ends before token ``end`` ends, over the hyphens that join it to words after it."""
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end - 1].is_alpha and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return end


def _left_out(tok: Token, ent: Span) -> bool:
    """Is ``tok``, just before ``ent``, the first word of its name that NER left untagged: a proper
    noun the parse makes part of the name, that opens the run of capitals (not 'Senate Minority
    Whip Dick Durbin'), and is no title, role, party, nation, place or plural?"""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    return has_parse(doc) and not tok.ent_type_ and tok.tag_ == "NNP" and tok.dep_ == "compound" \
        and ent.start <= tok.head.i < ent.end and tok.whitespace_ == " " and tok.is_alpha \
        and tok.text[:1].isupper() and not tok.is_upper and not _role_word(tok.text) and not _party(tok.text) \
        and tok.lower_ not in _PERSON_OR_ORG_NOUNS and tok.lower_ not in _MEMBER_NOUNS and not is_place(tok.text) \
        and (tok.lower_ in lx.FIRST_NAMES or noun_lemma(tok.lower_) == tok.lower_) \
        and (before is None or not (before.is_alpha and before.text[:1].isupper())
             or before.lower_ in _HONORIFIC_TITLES) \
        and not _seat_for(tok)  # ('Celebrities Julianne Moore'; 'MP for Wycombe Steve Baker', a place; but 'Mr
    # [Moses] Ssekandi', a courtesy title before it)


_HONORIFIC_TITLES = frozenset({w for h in lx.HONORIFICS for w in (h, h + ".")})


def _seat_for(tok: Token) -> bool:
    """Does ``tok`` follow an office's 'for' ('MP for [Wycombe]', 'Member of Parliament for [Brighton]')?"""
    doc = tok.doc
    return tok.i > 1 and doc[tok.i - 1].lower_ == "for" \
        and any(t.lower_ in lx.SEAT_HOLDERS for t in doc[max(0, tok.i - 5):tok.i - 1])


def _name_runs(doc: Doc, name_tokens: list[int], initials: bool = False) -> Iterator[list[Token]]:
    """Each run of name words in a row among ``name_tokens``, in document order; with
    ``initials``, an initial goes on a run too ('Robert M. Gates'). After a break, only a
    name word starts the next run."""
    run: list[Token] = []
    after_nickname = -1  # where a name goes on after a nickname in quotes ('Margaret "Peggy" Olsen')
    for i in name_tokens:
        tok = doc[i]
        if run and _nickname(tok, run[-1]):
            after_nickname = i + 2
            continue
        if (not run or _follows(run[-1], tok) or i == after_nickname) \
                and (_name_part(tok) or initials and run and _initial(tok)):
            run.append(tok)
            continue
        if run:
            yield run
        run = [tok] if _name_word(tok) or initials and _initial(tok) else []  # 'P. Chidambaram'
    if run:
        yield run


def _capitalised_after(words: list[str]) -> list[bool]:
    """For each word, whether every word after it is capitalised."""
    out = [True] * len(words)
    for n in range(len(words) - 2, -1, -1):
        out[n] = out[n + 1] and words[n + 1][:1].isupper()
    return out


_NAME_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019-]+"
_IN_QUOTES = (r"[\"\u201c\u2018'](?P<{}>[A-Z\u00c0-\u00de][\w.'-]*(?: [A-Z\u00c0-\u00de][\w.'-]*){{0,2}})"
              r"[\"\u201d\u2019']")
# 'Emmanouil "Manolis" Vlachos', 'Bobby ‘The Baron’ Crane', and two of a family: 'Kanokwan "Ploy" and Kanokporn
# "Pim" Boonmee'
_NICKNAMED = re.compile(rf"\b(?P<first>{_NAME_WORD}(?: {_NAME_WORD})?) {_IN_QUOTES.format('nick')}"
                        rf"(?: and (?P<first2>{_NAME_WORD}) {_IN_QUOTES.format('nick2')})? (?P<last>{_NAME_WORD})\b")


_FUNCTION_WORDS = frozenset("of the and to in for on at a an by with".split())  # no name's last word


def _nicknamed(doc: Doc) -> list[tuple[int, str, str, tuple[int, int]]]:
    """(first token, the name without its nickname, the nickname, where the nickname is) of each name written
    with a nickname in quotes inside it; not after a word that opens a sentence ('The "Baron" Crane' names no
    'The')."""
    out = []
    for m in _NICKNAMED.finditer(doc.text):
        pairs = [("first", "nick")] + ([("first2", "nick2")] if m.group("first2") else [])
        for first, nick in pairs:
            given, start = m.group(first), m.start(first)
            opening = given.split()[0].lower()
            if opening in lx.TITLES and " " in given:  # (a title before the given name: 'Pol Gen Kittisak "Big
                given, start = given.split(" ", 1)[1], start + len(given.split(" ", 1)[0]) + 1  # Oat" Phromsuwan')
                opening = given.split()[0].lower()
            if opening in lx.DEFINITE | lx.INDEFINITE or opening in lx.TITLES:
                continue
            span = doc.char_span(start, m.end(first), alignment_mode="expand")
            # (not a headline's capitals: 'Washington Post Assembles ‘A Sizable Army’ Of Reporters')
            if span is not None and not in_title_case_line(doc[span.start]) \
                    and m.group("last").lower() not in _FUNCTION_WORDS:
                out.append((span.start, f"{given} {m.group('last')}", m.group(nick), m.span(nick)))
    return out


def _nickname(tok: Token, last: Token) -> bool:
    """Is ``tok`` a nickname in quotes inside a name, just after its word ``last`` ('Margaret
    "Peggy" Olsen', 'Robert ‘Bob’ Smith')?"""
    doc, i = tok.doc, tok.i
    return i == last.i + 2 and i + 2 < len(doc) and doc[i - 1].is_quote and doc[i + 1].is_quote \
        and not tok.whitespace_ and doc[i + 1].whitespace_ == " " and _name_word(doc[i + 2])


def _hyphenated(last: Token, tok: Token) -> bool:
    """Is ``tok`` the part after a hyphen inside one word with ``last`` ('El-Erian')?"""
    return tok.i == last.i + 2 and inner_hyphen(tok.doc[last.i + 1])


def _follows(last: Token, tok: Token) -> bool:
    """Is ``tok`` the next word of a name after ``last``: the next token, or the part after a
    hyphen inside one word ('El-Erian', 'Adams-Sarthou')?"""
    return tok.i == last.i + 1 or _hyphenated(last, tok)


def _units(run: list[Token]) -> list[list[Token]]:
    """A run's tokens (hyphens left out) by word: the parts of a hyphenated name together.
    Only a hyphen joins: tokens one apart across a dropped apostrophe or sign stay two words."""
    units: list[list[Token]] = []
    for tok in run:
        if units and _hyphenated(units[-1][-1], tok):
            units[-1].append(tok)
        else:
            units.append([tok])
    return units


def _word(unit: list[Token]) -> str:
    return "-".join(t.text for t in unit)


def _capitalised(doc: Doc) -> list[int]:
    """Indices of the tokens that start with a capital letter, read from their shapes."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    upper: dict[int, bool] = {}
    out = []
    for i, shape in enumerate(doc.to_array(SHAPE).tolist()):
        flag = upper.get(shape)
        if flag is None:
            flag = upper[shape] = strings[shape][:1] == "X"
        if flag:
            out.append(i)
    # (a title's 'in Charge' is no name's word: 'Special Agent in Charge Frank Tarantino'; looked for only where
    # the word is there at all)
    charge = numpy.uint64(strings["charge"])
    return [i for i in out if not in_charge(doc[i])] if (doc.to_array(LOWER) == charge).any() else out


# Tags of a sentence's first word that no name has ('Meanwhile Rihanna'); not 'IN', which the
# tagger gives a first name it does not know ('Barack Obama himself spoke').
_LEAD_TAGS = frozenset({"RB", "RBR", "RBS", "CC", "UH"})
_NAME_SYLLABLE = 6  # letters of a lower-case syllable after a hyphen in a name (Korean 'hyeon', 'kyeong')


def _name_tokens(doc: Doc) -> list[int]:
    """The capitalised tokens, with the lower-case parts of names between or after them:
    'Mohammed bin Salman', 'Ursula von der Leyen', 'Tsai Ing-wen'."""
    caps = _capitalised(doc)
    inside = [j for i in caps for j in (i + 1, i + 2, i + 3) if j < len(doc) and _inside_name(doc[j])]
    return sorted(set(caps) | set(inside)) if inside else caps


def _inside_name(tok: Token) -> bool:
    """A lower-case part of a name: a particle between a name word and the next ('bin', 'von
    der'), or the part after a hyphen inside a name word ('Ing-wen')."""
    doc, i = tok.doc, tok.i
    if not tok.is_lower or not tok.is_alpha:
        return False
    if i >= 2 and inner_hyphen(doc[i - 1]) and _name_word(doc[i - 2]):
        return len(tok) <= _NAME_SYLLABLE  # 'Ing-wen', 'Dong-hyeon'; not 'Anti-slavery'
    if tok.lower_ not in lx.NAME_PARTICLES:
        return False
    if i >= 1 and i + 2 < len(doc) and inner_hyphen(doc[i + 1]) and _name_word(doc[i - 1]) \
            and _name_word(doc[i + 2]):
        return True  # 'Bashar al-Assad', 'Abdel Fattah el-Sisi': a particle joined to the family name
    before = next((doc[j] for j in (i - 1, i - 2) if j >= 0 and doc[j].lower_ not in lx.NAME_PARTICLES), None)
    after = next((doc[j] for j in (i + 1, i + 2) if j < len(doc) and doc[j].lower_ not in lx.NAME_PARTICLES), None)
    return before is not None and after is not None and _name_word(before) and _name_word(after) \
        and all(doc[j].lower_ in lx.NAME_PARTICLES for j in range(before.i + 1, after.i))


def _name_part(tok: Token) -> bool:
    return _name_word(tok) or _inside_name(tok)


def _name_word(tok: Token) -> bool:
    """A capitalised word that can be part of a name: 'Broaddrick', 'O\u2019Malley', and a first
    name that is also a verb where the tagger says it is a proper noun ('Hope Hicks', 'Will Hurd';
    not 'Will Trump win?'), and a surname that is also a common short word, after a name word or
    a title ('Theresa May', 'Mrs May'; not 'In May')."""
    if not (tok.is_alpha or tok.text.replace("'", "").replace("\u2019", "").isalpha()):
        return False
    if tok.tag_ in _LEAD_TAGS and tok.is_sent_start:
        return False  # a sentence's first word in capitals: 'Meanwhile Rihanna', 'However Smith'
    if looks_capitalised(tok):
        return True
    if tok.tag_ != "NNP" or not tok.text[:1].isupper():
        return False
    return tok.lower_ in lx.FIRST_NAMES and tok.lower_ in lx.VERB_FORMS \
        or tok.is_stop and tok.i > 0 and tok.doc[tok.i - 1].whitespace_ == " " and looks_capitalised(tok.doc[tok.i - 1]) \
        or tok.i > 1 and inner_hyphen(tok.doc[tok.i - 1]) and looks_capitalised(tok.doc[tok.i - 2])  # ('Okoth-Were')


def _initial(tok: Token) -> bool:
    """'M.' in 'Robert M. Gates' (and 'Jr.')."""
    return tok.text.endswith(".") and len(tok.text) <= 4 and tok.text[:1].isupper()


def name_gender(name: str, mention_text: str) -> Optional[str]:
    first = mention_text.split()[0].lower() if mention_text.split() else ""
    if first in lx.TITLES and lx.TITLES[first]:
        return lx.TITLES[first]
    words = name.split()
    given = words[0].lower() if words else ""
    if len(words) == 2 and _east_asian(words):
        return None  # 'Lee Da-eun': the family name first, which tells no sex ('Lee' is a man's given name)
    if given in lx.MALE_NAMES:
        return "m"
    if given in lx.FEMALE_NAMES:
        return "f"
    return lx.WORD_FIRST_NAMES.get(given) if len(name.split()) >= 2 else None  # 'Will Hurd', 'April Ryan'


def context_genders(doc: Doc, quoted: frozenset[int] | set[int] = frozenset()) -> dict[str, str]:
    """The sex the text gives people whose names tell none, by name (lower case): a noun of kin or
    sex they stand in apposition to ('Her father, Nima Tenzing Sherpa,'; 'His daughter, the set designer
    Alžběta Kratochvílová,'). A name given both is left out. (Not 'he' or 'she' in what they are said to
    say: 'Veronika Hájková … said he could spend a day on one shot' is of the man an obituary is about.)"""
    if not has_parse(doc):
        return {}
    found: dict[str, set[str]] = {}
    for t in doc:
        if t.pos_ != "PROPN" or t.dep_ == "compound" or t.i in quoted:
            continue
        # (whatever NER took the name for: 'Her father, [Nima Tenzing Sherpa]' as a firm)
        gender = _kin_gender(t) or _own_possessive_gender(t)
        if gender is not None:
            name = " ".join(_strip_titles([w.text for w in _with_compounds(t)])).lower()
            found.setdefault(name, set()).add(gender)
    return {name: next(iter(g)) for name, g in found.items() if len(g) == 1}


def _own_possessive_gender(name: Token) -> Optional[str]:
    """The sex of the first 'his' or 'her' in the phrase that describes a name, with no other person
    named or described between ('retiree Lim Ah Kow, 81, accompanied by his daughter Lim Siew Ling')."""
    doc = name.doc
    for t in doc[name.i + 1:name.right_edge.i + 1]:
        if t.lower_ in ("his", "her") and t.dep_ == "poss":
            return "m" if t.lower_ == "his" else "f"
        if t.pos_ == "PROPN" or t.pos_ == "PRON" and t.lower_ != "who" \
                or t.pos_ == "NOUN" and (t.lemma_ or t.lower_).lower() in lx.PERSON_NOUNS:  # ('who' is the name's)
            return None
    return None


def _kin_gender(name: Token) -> Optional[str]:
    """The sex of a noun of kin or sex the name stands in apposition to, through a role between."""
    head = name
    for _ in range(3):
        if head.dep_ != "appos" or head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ == "NOUN" and (gender := lx.NOUN_GENDER.get((head.lemma_ or head.lower_).lower())):
            return gender
    return None


class SpeakerTracker:
    """Resolves subject mentions to entities, in document order."""

    def __init__(self, doc: Doc, quoted: frozenset[int] | set[int] = frozenset()):
        self.doc = doc
        self.quoted = quoted  # tokens inside quote marks: what they name is not the text's topic
        self.names = NameIndex(doc)
        self.entities: list[Entity] = []
        # the subjects of reporting clauses, in the article's order (not the order of the calls:
        # a generator may look a mention up after the whole article was read), and where each is
        self._history: list[Entity] = []
        self._history_at: list[int] = []
        self._floors: list[int] = [0]  # where each section starts: history before it is forgotten
        self._at = 0  # the mention being looked up: only the history before it counts
        self._by_name: dict[str, Entity] = {}
        self._acronyms = acronyms(doc.text)  # 'rsf' -> 'Rapid Support Forces', as the text spelt it out
        self._author = byline_author(doc.text)  # who 'I' is outside quotes: 'By Imogen Lowther'
        self._genders = context_genders(doc, quoted)  # 'nima tenzing sherpa' -> 'm': 'Her father, Nima Tenzing Sherpa,'
        self._people_at: list[int] = []  # where named people are mentioned, ascending
        self._people: list[Entity] = []
        # where a headline would end: the first token with a line break after it (none: a text of one line)
        self._first_line_end = next((t.i for t in doc if "\n" in t.text_with_ws), None)
        self._standfirst_end = _standfirst_end(doc, self._first_line_end)
        self._bodies: dict[str, list[int]] = {}  # 'named council', 'typed association' -> where
        self._ledes: dict[str, Optional[tuple[int, Entity]]] = {}  # company noun -> the story's first firm, where

    def reset(self, at: int) -> None:
        """A new section (reader comments) starts at character ``at``: the history before it is forgotten."""
        bisect.insort(self._floors, at)

    def _recent(self, reach: Optional[int] = None) -> Iterator[Entity]:
        """The history before the mention being looked up, in its section (and within ``reach``
        characters), the latest first."""
        floor = self._floors[bisect.bisect_right(self._floors, self._at) - 1]
        if reach is not None:
            floor = max(floor, self._at - reach)
        for j in range(bisect.bisect_left(self._history_at, self._at) - 1, -1, -1):
            if self._history_at[j] < floor:
                return
            yield self._history[j]

    def _resolved_at(self, char: int) -> Optional[Entity]:
        """The entity a mention starting at ``char`` was resolved to, if the history holds it."""
        j = bisect.bisect_left(self._history_at, char)
        return self._history[j] if j < len(self._history_at) and self._history_at[j] == char else None

    def _look_at(self, tokens: list[Token]) -> None:
        self._at = tokens[0].idx if tokens else 0

    def resolve(self, tokens: list[Token], counts: bool = True) -> tuple[Optional[Entity], str]:
        """(entity, method) for a subject phrase; records it in the history, and, when it
        ``counts``, as the last person named (``nearest_person``)."""
        tokens = within_line(tokens)
        self._look_at(tokens)
        entity, method = self._lookup(tokens)
        if entity is not None:
            if (entity.description is None or entity.weakly_described) and method == "explicit":
                strong = describe(tokens, entity.name) or self.names.descriptions.get(entity.name)
                weak = describe_weakly(tokens) if strong is None and entity.description is None \
                    and entity.kind == "person" else None
                if strong or weak:
                    entity.description, entity.weakly_described = strong or weak, strong is None
            elif entity.description is None and entity.kind == "person" and not entity.anonymous:
                entity.description = self.names.descriptions.get(entity.name)  # 'she said': as first named
            mention = mention_of(tokens)
            entity.mentions.append(mention)
            _in_order(self._history_at, self._history, mention.start, entity)
            if entity.kind == "person" and not entity.anonymous and counts:
                _in_order(self._people_at, self._people, mention.start, entity)
        return entity, method

    def peek(self, tokens: list[Token]) -> tuple[Optional[Entity], str]:
        """Like ``resolve``, but leaves the history as it is (for weak evidence)."""
        tokens = within_line(tokens)
        self._look_at(tokens)
        return self._lookup(tokens)

    def commenter(self, name: str) -> Entity:
        return self._named(name, "person", None)

    def owner(self, tokens: list[Token]) -> tuple[Optional[Entity], str]:
        """Like ``peek``, for a possessor ('his remark', 'Clinton's promise')."""
        word = lx.PRONOUN_STANDS_FOR.get(tokens[0].lower_) if len(tokens) == 1 else None
        self._look_at(tokens)
        if word is None:
            return self._lookup([t for t in tokens if t.dep_ != "case"] or tokens)
        gender, number = lx.PRONOUNS[word]
        for ent in self._recent():
            if self._fits(ent, word, gender, number):
                return ent, "pronoun"
        return None, "none"

    def told_of(self, name: str, kind: str, gender: Optional[str], withheld: bool) -> Entity:
        """Someone a quoted speaker tells of, by the name the record gives them ('Maria Lopez',
        'Nilüfer Kocabaş's mother', 'a woman in her eighties', withheld)."""
        ent = self._named(name, kind, gender)
        if withheld and ent.kind in ("person", "group"):
            ent.anonymous = ent.withheld = True
        return ent

    def source(self, name: str) -> Entity:
        """A source that is neither a person nor an organisation: a newsletter item's headline."""
        return self._named(name, "unknown", None)

    # -- the three kinds of mention -------------------------------------------------
    def _lookup(self, tokens: list[Token]) -> tuple[Optional[Entity], str]:
        tokens = _name_after_and(tokens)
        head = _head(tokens)
        if len(tokens) == 1 and (is_pronoun(head) or head.lower_ in lx.PRONOUN_STANDS_FOR):
            return self._pronoun(head)  # 'he said', 'his claim that …', 'according to him'
        if self._author is not None and len(tokens) == 2 and tokens[0].lower_ == "this" \
                and tokens[1].lower_ in lx.WRITER_NOUNS:  # 'this reporter': the byline's writer
            return self.writer_entity(), "pronoun"
        given = self._named_only_as(tokens)
        if given is not None:  # 'one resident, a young man who gave his name only as Edwin'
            return given, "explicit"
        kin = self._elder_or_younger(tokens)
        if kin is not None:  # 'the elder Jankauskas' after 'His father, Tomas Jankauskas,'
            return kin, "explicit"
        if len(tokens) == 1 and tokens[0].is_title and tokens[0].lower_ in lx.TITLES \
                and " " not in self.names.full_name(tokens[0].text):  # (not a surname: 'Billie Jean King … King says')
            # a title alone as the subject is the latest one it was given to ('Lyonpo said' after 'Education
            # Minister Lyonpo Karma Jurmi', as Bhutanese news calls a minister)
            _, holder = self._titled_by(tokens[0].i, frozenset({tokens[0].lower_}), tokens[0].lower_)
            if holder is not None:
                return self._named(holder, "person", name_gender(holder, holder)), "nominal"
            # (in a headline or its standfirst, the one the story names with it after: 'Judge says …' over 'Judge
            # Patrick Moylan said')
            office = self._office_named_after(tokens, head, tokens[0].lower_, tokens[0].lower_)
            if office is not None:
                return office, "nominal"
        if len(tokens) == 2 and tokens[0].lower_ == "the" and head is tokens[1] and head.text[:1].isupper() \
                and head.lower_ in lx.ORG_NAME_NOUNS:  # 'the Board' for the Ghana Cocoa Board named before
            body = self._organisation_named_by(tokens[0], head.lower_)
            if body is not None:
                return body, "nominal"
        if len(tokens) > 2 and tokens[0].lower_ == "the" and not any(t.text[:1].isupper() for t in tokens[1:]):
            body = self._body_named_ending(tokens)
            if body is not None:  # "the Hartwell County Sheriff's Office … the sheriff's office said"
                return body, "nominal"
        conjuncts = _conjuncts(tokens)
        parts = _names_set_off(conjuncts)
        if _roles_of_one(parts):
            head = _head(parts[-1])
        elif len(parts) > 1 and not (all(_role_word(p[-1].text) for p in parts) and has_parse(head.doc)
                                     and _named_appositive(head) is not None):
            group = self._group(parts)  # (not 'Chairman and CEO, Tim Cook': his roles)
            if parts is not conjuncts and group.description is None:
                group.description = mention_of(conjuncts[0]).text  # 'his children': what 'his children said' is
            return group, "explicit"
        # (with a parse, the words of a phrase the parser split after its comma too: 'According to the
        # city planner, Sunita Rao, the first homes …', with 'Sunita Rao' the clause's subject)
        named = (_named_appositive(head) if has_parse(head.doc) else None) or _name_after_comma(tokens)
        held = seat_holder(tokens) if named is None else None  # 'Conservative MP for Wycombe Steve Baker'
        named = named or held
        if named is not None:
            head = _head([t for t in tokens if t.i < named[0].i and not t.is_punct] or tokens)
        people = head.tag_ in ("NNS", "NNPS") and noun_lemma(head.lower_) in _ONE_PERSON_NOUNS  # ('Two
        # Republicans, Rep. Luis Ortega and Rep. Patricia Haskins,': the names, one group)
        if named is not None and (_is_common_head(head) or _role_word(_compound(head)) or people or held
                                  or _one_of_people(head) or _first_name_after_role(named) and not is_proper(head)
                                  or _lower_noun(head) and (_agent_noun(head.lower_) or _a_persons(head))
                                  and self.names_person(named)):
            # 'A spokesman for the port authority, Kevin O'Hara, said', 'The chancellor,
            # Philip Hammond, said': the name speaks, and the noun describes it; 'Both men
            # who spoke for the union, Tim Howard and Ray Dunn,': the names, one group
            parts = _conjuncts(named)
            # (a noun of people makes the name a person's: 'Her daughter Sofia', which NER took for the city)
            lemma = (head.lemma_ or head.lower_).lower()
            role = "person" if lemma in lx.PERSON_NOUNS or _first_name_after_role(named) \
                else "organization" if lemma in lx.ORG_NOUNS and has_parse(head.doc) else None
            entity = self._group(parts) if len(parts) > 1 else self._relative_named(tokens, head, named) \
                or self._proper(named, _head(named), role)
            noun = [t for t in tokens if t.i < named[0].i]
            while len(noun) > 1 and noun[-1].is_punct:
                noun.pop()
            said = mention_of(noun or tokens).text
            if entity.description is None and (head.tag_ not in ("NNS", "NNPS") or len(parts) > 1) \
                    or held is not None and entity.description is not None \
                    and set(entity.description.split()) < set(said.split()):
                # ('The two members, …': not one's; an office described by its place alone, as the parse
                # split 'Labour MP for [Tottenham] David Lammy', is described in full)
                entity.description = said
            return entity, "explicit"
        if tokens[0].lower_ in _PERSONS_OWNERS and (head.lemma_ or head.lower_).lower() in lx.DOCUMENT_NOUNS:
            owner, _ = self._pronoun(tokens[0])  # 'Their report to the committee says …': the planning officers'
            if owner is not None and owner.kind in ("person", "group", "organization"):
                return owner, "explicit"
        maker = _maker(head) if (head.lemma_ or head.lower_).lower() in lx.DOCUMENT_NOUNS else None
        if maker is not None and (is_proper(maker) or maker.lower_ in lx.ORG_NOUNS
                                  or (maker.lemma_ or maker.lower_).lower() in _PEOPLE_NOUNS):
            # 'a statement from Ford Motor Co.' is Ford's, 'a police statement' the police's
            entity, _ = self._lookup(subject_tokens(maker))
            if entity is not None and entity.kind != "unknown":
                return entity, "explicit"
        noun = _partitive(head)
        if noun is not None:  # 'One of Grayson's former supporters' is one of the supporters
            return self._description(tokens, head, noun)
        if tokens[0].lower_ in lx.ONE_OF:
            described = _one_described(tokens[0])  # 'One of them, a senior manager who was not affected, said'
            if described is not None:
                return self._description(subject_tokens(described), described)
            one = self._one_of(tokens[0]) if len(tokens) == 1 or _of_them(tokens[0]) else None
            if one is not None:  # 'Two European diplomats said … One said', '… one of them said'
                return one, "explicit"
        holder = self._acronym_holder(tokens)
        if holder is not None:  # 'the ASG' after 'Additional Solicitor General Rakesh Bhandari'
            return holder, "nominal"
        if _party_member(head) or _title_only(tokens) or _office_of(tokens) \
                or not is_proper(head) and _who_follows(head) \
                or len(tokens) == 2 and tokens[0].lower_ == "the" and (self._a_title(head.lower_)
                                                                     or head.lower_ in lx.DEMONYMS):
            # (or 'the' and a word in capitals the article gave someone as a title, or a nation's word for the one
            # it gave that word: 'the Iyaloja', 'the Swiss' after 'Swiss glaciologist Andreas Keller')
            # 'a New Hampshire Republican', 'the Prime Minister', 'the Spen Valley MP', 'a money changer at
            # Road Port, who …' (a noun in lower case no list holds, before a place's name)
            return self._description(tokens, head)
        if any(is_proper(t) for t in tokens) and not _is_common_head(head) or self._known_name(head):
            role = "organization" if has_parse(head.doc) and _body_apposed(head, tokens[-1]) else None
            return self._proper(tokens, head, role), "explicit"
        return self._description(tokens, head)

    def _relative_named(self, tokens: list[Token], head: Token, named: list[Token]) -> Optional[Entity]:
        """A blood relative named by a given name alone after the person whose relative they are ('Her
        brother, Alasdair,' after Ruth Calder): that given name and the family's surname. Not a wife,
        husband or mother, whose surname may be another; not a name the article gives in full."""
        # (or after the person's surname and an owner's mark: "Bautista's eldest son, Paolo,")
        surname = bool(tokens) and is_proper(tokens[0]) and tokens[0].i + 1 < len(tokens[0].doc) \
            and tokens[0].doc[tokens[0].i + 1].tag_ == "POS"
        if len(named) != 1 or not tokens or tokens[0].lower_ not in lx.POSSESSIVE_PRONOUNS and not surname \
                or (head.lemma_ or head.lower_).lower() not in lx.BLOOD_KIN \
                or not (named[0].is_alpha and named[0].text[:1].isupper() and not named[0].is_upper):
            return None
        given = named[0].text
        if self.names.first_only(given) is not None:
            return None  # (the article names them in full somewhere: that name, as before)
        owner, _ = self._lookup([tokens[0]]) if surname else self._pronoun(tokens[0])
        if owner is None or owner.kind != "person" or len(owner.name.split()) < 2 or owner.anonymous:
            return None
        full = f"{given} {owner.name.split()[-1]}"
        return self._named(full, "person", name_gender(full, full))

    def _one_of(self, tok: Token) -> Optional[Entity]:
        """'Two European diplomats said their governments had been briefed. One said …': one person of
        the unnamed people named just before, as unnamed as they are; and 'one user wrote … Another
        said': another of what 'one' was."""
        for before in self._recent(_ONE_OF_REACH):
            words = before.name.split()
            if not before.anonymous or not words:
                continue
            if before.number == "pl" and before.kind == "group" and before.head in _ONE_PERSON_NOUNS:
                if words[0].lower() in lx.DEFINITE | lx.INDEFINITE or like_num(words[0]):
                    words[0] = words[0].lower()  # 'One of two European diplomats'
                elif not words[0].endswith(("'s", "\u2019s")) and words[0].lower() not in lx.POSSESSIVE_PRONOUNS:
                    words.insert(0, "the")  # 'readers … Another said': 'Another of the readers'
                name, kind = f"{tok.text} of {' '.join(words)}", "person"
            elif tok.lower_ == "another" and before.number == "sg" and len(words) > 1 and words[0].lower() == "one":
                name, kind = f"{tok.text} {' '.join(words[1:])}", before.kind  # 'one user … Another said'
            else:
                continue
            ent = self._by_name.get(name.lower())
            if ent is None:
                ent = Entity(len(self.entities), name, kind, anonymous=True, gender=before.gender, head=before.head,
                             withheld=before.withheld, anonymity=before.anonymity)
                self.entities.append(ent)
                self._by_name[name.lower()] = ent
            return ent
        return None

    def _reason_of_group(self, noun: Token, lemma: str) -> Optional[str]:
        """Why the unnamed people that 'one of the officials' is one of go unnamed: the reason given
        for the latest unnamed people of that noun ('two U.S. officials who were not authorized to
        speak publicly'), when 'the' points back to them."""
        if not any(c.dep_ == "det" and c.lower_ in lx.DEFINITE for c in noun.children):
            return None
        for before in self._recent():
            if before.withheld and before.number == "pl" and _noun_of(before.head) == _noun_of(lemma):
                return before.anonymity
        return None

    def _known_name(self, head: Token) -> bool:
        """A capitalised word the article uses as a person's name, or a known organisation's, whatever
        the tagger made of it ('Sanders says …' in a headline, 'Forbes reported', tagged as plural nouns)."""
        return head.text[:1].isupper() and head.lower_ not in _PERSON_OR_ORG_NOUNS \
            and (self.names.is_person_name(head.text) or is_known_organisation(head.text))

    def _group(self, parts: list[list[Token]]) -> Entity:
        """One speaker of kind group for coordinated speakers: 'Burton and Nick'."""
        names: list[str] = []
        shared: list[int] = []  # the names that share the surname of the name after them
        for n, part in enumerate(parts):
            commas = [k for k, t in enumerate(part) if t.text == ","]
            if n == 0 and commas and any(is_proper(t) for t in part[commas[-1] + 1:]):
                part = part[commas[-1] + 1:]  # ('Henry Clay's biographers, David and Jeanne Heidler': the names)
            head = _head(part)
            if len(part) == 1 and n < len(parts) - 1 and (head.lower_ in lx.FIRST_NAMES
                                                          or self.names.first_only(head.text) is not None):
                shared.append(len(names))
                names.append(head.text)  # 'David and Jeanne Heidler': David shares the surname after him
            elif (after := _name_set_off_after(part)) is not None:
                # 'and the Green party co-leader, Tom Ellery,': the name the parse left after the part
                names.append(self._proper(after, after[-1], "person").name)
            elif any(is_proper(t) for t in part) and not _is_common_head(head) or self._known_name(head):
                names.append(self._proper(part, head).name)
            else:
                names.append(mention_of(part).text)
        for n in reversed(shared):  # each named in full: 'David Heidler and Jeanne Heidler' (not 'Clinton and
            after = names[n + 1].split()  # Bernie Sanders', whose Clinton the article named in full)
            fuller = f"{names[n]} {after[-1]}"
            if len(after) > 1 and after[0].lower() in lx.FIRST_NAMES and after[-1][:1].isupper() \
                    and self.names.full_name(names[n]) in (names[n], fuller):
                names[n] = fuller
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return self._named(name, "group", None)

    def _pronoun(self, tok: Token) -> tuple[Optional[Entity], str]:
        word = lx.PRONOUN_STANDS_FOR.get(tok.lower_, tok.lower_)
        gender, number = lx.PRONOUNS[word]
        if word == "i" and self._author is not None:  # '"Is the business profitable?" I asked.': the byline's writer
            return self.writer_entity(), "pronoun"
        if word in ("i", "we", "you"):
            return None, "none"
        if word in lx.NONPERSON_PRONOUNS:
            parsed = has_parse(tok.doc)  # (without a parse, names of no known kind are too loose)
            ent = next((e for e in self._recent() if self._fits(e, word, gender, number)
                        or parsed and _unknown_name(e)), None)
            topic = self._organisation_topic(tok, ent.mentions[-1].end if ent is not None and ent.mentions else -1)
            found = topic or ent
            if found is not None and (found.kind == "unknown" or found.by_default):
                found.kind, found.by_default = "organization", False  # what 'it said' refers to is a body ('Safaricom')
            return (found, "pronoun") if found is not None else (None, "none")
        asker = self._asker_of(tok)
        asked = self.asked_before(tok)
        if asked is not None and self._fits(asked, word, gender, number):
            return asked, "pronoun"  # ('The coroner asked the inspector whether … "…," he replied': the inspector)
        for ent in self._recent():
            if ent.name == self._author or ent is asker:
                continue  # the writer, who is 'I' ('I read this to her. She laughs.'), is no 'he' or 'she'; nor
                # who asked ('Asked by a reporter whether he would apologise, he said …': the one asked)
            if self._fits(ent, word, gender, number):
                topic = self._topic_between(tok, ent, gender, word) if number == "sg" \
                    else self._people_between(tok, ent)
                if topic is not None and not self.is_writer(topic):
                    if gender and topic.gender is None and topic.kind == "person" and has_entities(tok.doc):
                        # ('Lee Da-eun, 29, queued … "…," she said': hers, and no 'he' after); with NER only:
                        # without it a topic may be no person ('Tengir-Too Zholdoru'), and a wrong sex sticks
                        topic.gender = gender
                    return topic, "pronoun"
                if gender and ent.kind == "unknown":
                    ent.kind = "person"  # 'he' or 'she' refers to it
                if gender:
                    ent.by_default = False
                if gender and ent.gender is None and ent.kind == "person":
                    ent.gender = gender
                return ent, "pronoun"
        named = self._named_before(tok, gender) if number == "sg" and gender and has_parse(tok.doc) else None
        return (named, "pronoun") if named is not None else (None, "none")

    def asked_before(self, tok: Token) -> Optional[Entity]:
        """Whom the sentence before a pronoun's 'replied', 'answered' or 'said' says someone asked ('The coroner,
        Patrick Devlin, asked the inspector whether … "…," he replied'): the one asked, who replies; with a parse."""
        verb = tok.head
        if not has_parse(tok.doc) or tok.dep_ != "nsubj" or (verb.lemma_ or "").lower() not in _REPLYING:
            return None
        for t in _back_from(tok.doc, tok.sent.start - 1, _ONE_PARAGRAPH):
            if t.dep_ != "ROOT" or t.i in self.quoted:
                continue
            if (t.lemma_ or "").lower() != "ask":
                return None  # (only the sentence just before)
            asked = next((c for c in t.children if c.dep_ == "dobj"), None)
            if asked is None or is_pronoun(asked):
                return None
            ent, _ = self.peek(subject_tokens(asked))
            return ent if ent is not None and ent.kind == "person" and not ent.anonymous else None
        return None

    def _asker_of(self, tok: Token) -> Optional[Entity]:
        """Whom a participle 'Asked by …' before the pronoun's verb names: the one who asked, whom the pronoun
        answering is not."""
        verb = tok.head
        for clause in verb.children if has_parse(tok.doc) and tok.dep_ == "nsubj" else ():
            if clause.dep_ == "advcl" and clause.i < tok.i and clause.tag_ == "VBN":
                agent = next((o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"),
                             None)
                if agent is not None:
                    return self._resolved_at(agent.left_edge.idx) or self._resolved_at(subject_tokens(agent)[0].idx)
        return None

    def _named_only_as(self, tokens: list[Token]) -> Optional[Entity]:
        """A person described, whose own sentence then gives the name they would give ('said one
        resident, a young man who gave his name only as Edwin', 'a nurse, who identified herself only
        as Grace'): that name, no source withheld."""
        if not tokens or is_proper(tokens[0]) or not any(t.is_alpha and t.is_lower for t in tokens):
            return None
        last = tokens[-1]
        # (the characters from the phrase's last word on, read off the tokens: Doc.text joins the whole
        # text anew on each call, and this runs on every lookup)
        after = last.doc[last.i:last.i + _NAMED_AS_REACH].text[len(last):_NAMED_AS_REACH]
        after = _SENTENCE_STOP.split(after, maxsplit=1)[0]
        found = _NAMED_ONLY_AS.search(after)
        if found is None:
            return None
        name = found.group("name")
        first = name.split()[0].lower()
        gender = {"his": "m", "her": "f", "himself": "m", "herself": "f"}.get((found.group("own") or "").lower())
        letter = _PSEUDONYM.match(after, found.end())
        # ('who wanted to be known only as Kak Yah', 'who gave his name only as Che because he feared reprisals':
        # a name in place of one the article withholds, and says why)
        withheld = "known" in found.group(0).lower() or _WHY_WITHHELD.search(after, found.end()) is not None
        if first in lx.PERSON_NOUNS or first in lx.PLAIN_PERSON_NOUNS or letter is not None \
                and first not in lx.PARTY_MEMBERS | lx.DEMONYMS | frozenset(lx.TITLES) or withheld:
            # ('identified only as Witness K', 'as Patient A'): a name the court gives in place of the one it
            # withholds, which the record names, withheld
            return self._pseudonym(f"{name}{letter.group(0) if letter is not None else ''}", gender)
        if first in lx.PARTY_MEMBERS | lx.DEMONYMS | frozenset(lx.TITLES) or letter is not None:
            return None  # ('a voter who identified himself as Republican'): a camp, no name
        return self._named(name, "person", gender or name_gender(name, name))

    def _pseudonym(self, name: str, gender: Optional[str]) -> Entity:
        """The person a court or an inquiry calls by a pseudonym ('Witness K'): so named, and withheld."""
        ent = self._by_name.get(_name_key(name))
        if ent is None:
            ent = Entity(len(self.entities), name, "person", anonymous=True, gender=gender, head=name.split()[0].lower(),
                         withheld=True, anonymity=f"identified only as {name}")
            self.entities.append(ent)
            self._by_name[_name_key(name)] = ent
        return ent

    def _names_person_word(self, word: str) -> bool:
        """Does a word name a person the article names: a name's word the names know, or the first or
        last word of a person the attribution named in full ('Chhiring' of 'Chhiring Lhamu Sherpa')?"""
        low = word.lower()
        return self.names.is_person_name(word) or any(low in (words[0], words[-1]) for _, words in self._in_full())

    def _named_in_full_before(self, name: str) -> str:
        """A surname alone is the one person the attribution named in full with it before, whom NER
        took for something else ('Dragons director of rugby Iestyn Harries', an ORG … 'said Harries')."""
        if " " in name or _name_key(name) in self._by_name:
            return name
        found = {ent.name for ent, words in self._in_full() if words[-1] == name.lower()}
        return found.pop() if len(found) == 1 else name

    def _in_full(self) -> Iterator[tuple[Entity, list[str]]]:
        """The people the attribution named in full, each with the words of the name in lower case."""
        for ent in self._by_name.values():
            words = ent.name.lower().split()
            if ent.kind == "person" and not ent.anonymous and len(words) > 1:
                yield ent, words

    def _named_before(self, tok: Token, gender: str) -> Optional[Entity]:
        """When no one who has spoken fits: the latest person named in full before the pronoun,
        outside quotes, in its paragraph or the one before, whose name does not tell another
        gender ('I asked Mayor Tom Banks about it. "We are working on it," he said.'). With a
        parse only: without one, the names found are too loose (train CV fell 0.0014)."""
        doc = tok.doc
        for at, full in self.names.named_since(tok.i, max(tok.i - _MAX_TOPIC_LOOKBACK, 0)):
            if doc[at:tok.i].text.count("\n") > _ONE_PARAGRAPH:
                return None
            if at not in self.quoted and len(full.split()) > 1:  # a lone word may be no one's name
                ent = self._named(full, "person", name_gender(full, full))
                return ent if self._fits(ent, "", gender, "sg") else None
        return None

    def _topic_between(self, tok: Token, ent: Entity, gender: Optional[str], word: str) -> Optional[Entity]:
        """A named person who is the subject of a main clause in a sentence before the
        pronoun's, in its paragraph or the one before, outside quotes, after the last speaker
        was mentioned, and who fits it: 'Trump has since revised his proposal. … he said' is
        Trump, not the lawmaker quoted before; so is the person a definite description there
        refers to ('The judge disagreed. "…," she said')."""
        if not has_parse(tok.doc) or not ent.mentions:
            return None
        doc = tok.doc
        after = ent.mentions[-1].end
        # 'Bush went after Trump, when he called him "…"' and 'Albright fanned controversy over
        # her remark': the subject of an adverbial clause, and an owner, look back into their
        # own sentence as well
        own = tok.head.dep_ == "advcl" or tok.lower_ in lx.POSSESSIVE_PRONOUNS
        back = _back_from(doc, tok.i - 1 if own else tok.sent.start - 1, _ONE_PARAGRAPH, after)
        # (a passive's subject too: 'Torres was unmoved.', 'Torres was asked about crime.'; and the person a
        # sentence opens with as its topic: 'For Dubois, the science changes nothing.')
        subject = next((t for t in back if (t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" or for_topic(t)
                                            or asked_by_writer(t))  # (whom the writer asked answers)
                        and t.i not in self.quoted and (_subject_name(t, person=self._names_person_word) is not None
                                                        or self._described(t))), None)
        if subject is None:
            return None
        named = _subject_name(subject, person=self._names_person_word)
        if named is None:  # 'The judge disagreed. "…," she said': the person the description refers to
            other = self._referent(subject_tokens(subject), subject, (subject.lemma_ or subject.lower_).lower())
            return other if other is not None and other is not ent and other.kind == "person" \
                and self._fits(other, word, gender, "sg") else None
        found = _head(named)
        # (with NER: a person's name, or a name it left untagged that the article gives a person: 'Emily',
        # or a surname it tagged as something else that the article gives a person in full: 'Mazón')
        # (or a known first name right after a noun of people, whatever NER made of it: 'ruling party
        # lawmaker Hakan Yıldırımoğlu', an ORG to NER)
        after_role = _first_name_after_role(named)
        person = found.ent_type_ in PERSON_LABELS or self.names.is_person_name(found.text) \
            and (not has_entities(doc) or not found.ent_type_ or self.names.named_in_full(found.text)) or after_role
        if not person:
            return None
        other = self._proper(named, found, "person" if after_role else None)
        if other is ent or other.kind != "person" or not self._fits(other, word, gender, "sg"):
            return None
        return other

    def _people_between(self, tok: Token, ent: Entity) -> Optional[Entity]:
        """'they': the people a main clause in a sentence before the pronoun's is about, in its
        paragraph or the one before, outside quotes, after ``ent`` (who spoke last and fits) was
        mentioned, when they are named ('Two Republicans, Rep. Luis Ortega and Rep. Patricia Haskins,
        broke with their party. … they said' is the two of them, not the body quoted before)."""
        if not has_parse(tok.doc) or not ent.mentions:
            return None
        back = _back_from(tok.doc, tok.sent.start - 1, _ONE_PARAGRAPH, ent.mentions[-1].end)
        subject = next((t for t in back if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                        and t.i not in self.quoted), None)
        if subject is None:
            return None
        tokens = subject_tokens(subject)
        if any(t.i in self.quoted for t in tokens):
            return None
        other, _ = self._lookup(tokens)
        return other if other is not None and other is not ent and other.kind == "group" \
            and not other.anonymous and " and " in other.name else None

    @staticmethod
    def _described(subject: Token) -> bool:
        """A definite description of one person ('The judge', 'the senator')."""
        return (subject.pos_ == "NOUN" or _title_in_capitals(subject)) \
            and (subject.lemma_ or subject.lower_).lower() in _ONE_PERSON_NOUNS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)

    def _document_owner(self, tok: Token, lemma: str) -> Optional[Entity]:
        """Whose document 'the statement' is: the subject of the clause that brought it in,
        before ``tok`` in its paragraph or the two before it, outside quotes ('The White House
        said in a statement …', 'Acme issued a statement'), or its owner ('Acme's statement')."""
        doc = tok.doc
        if not has_parse(doc):
            return None
        for t in _back_from(doc, tok.i - 1, _TWO_PARAGRAPHS):
            if (t.lemma_ or t.lower_).lower() == lemma and t.pos_ == "NOUN" and t.i not in self.quoted:
                owner = _maker(t)
                verb = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ in ("dobj", "nsubjpass") else None
                if owner is None and verb is not None and (verb.lemma_ or verb.lower_).lower() in lx.CITING_VERBS:
                    continue  # (who points to a report made none of it: 'Achterberg pointed to a staff report')
                if owner is None and verb is not None and verb.pos_ in ("VERB", "AUX"):
                    owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    if owner is not None and owner.lower_ in lx.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                        owner = verb.head  # (the parse hung it on a relative clause: 'The Council, which
                        # supported the claim, called the judgment "…" in a press release')
                if owner is not None and owner.i not in self.quoted and is_pronoun(owner):
                    # ('In a victim impact statement …, he wrote …': whom that 'he' was resolved to)
                    entity = self._resolved_at(owner.idx)
                    return entity if entity is not None and entity.kind in ("organization", "person", "group") \
                        and not entity.bare_pronoun else None
                if owner is not None and owner.i not in self.quoted and not is_pronoun(owner):
                    entity, _ = self._lookup(subject_tokens(owner))
                    named = entity is not None and (entity.kind in ("organization", "person", "group")
                                                    or entity.kind == "unknown" and entity.proper_head)
                    return entity if named else None
        return None

    def _organisation_topic(self, tok: Token, after: int) -> Optional[Entity]:
        """An organisation that is the subject of a main clause before 'it', in its paragraph or
        the one before, outside quotes, after ``after`` (a character offset): 'Acme Corp. cut its
        forecast on Tuesday. "Demand has weakened," it said.'"""
        doc = tok.doc
        if not has_parse(doc):
            return None
        for t in _back_from(doc, tok.sent.start - 1, _ONE_PARAGRAPH, after):
            if _main_subject(t, self.quoted):
                entity, _ = self._lookup(subject_tokens(t))
                return entity if entity is not None and (entity.kind == "organization" or _unknown_name(entity)) \
                    else None
        return None

    def _named_organisation(self, tok: Token) -> Optional[Entity]:
        """The organisation 'the company' refers back to: the latest one named as the subject of
        a main clause before it, outside quotes, within a few paragraphs (``_MAX_TOPIC_LOOKBACK``
        tokens). People and descriptions between are passed over ('Nvidia reported … Analysts
        … Dan Ives called … The company forecast … "…," it said')."""
        doc = tok.doc
        if not has_parse(doc):
            return None
        # first the subject of what the company is said to say, before it in its sentence ('Quillpad will
        # begin using …, the company said'), then main subjects before the sentence
        noun = tok.head if tok.dep_ == "det" else tok
        lemma = (noun.lemma_ or noun.lower_).lower()
        reported = [t for t in doc[tok.sent.start:tok.i] if t.dep_ == "nsubj" and t.head.dep_ == "ccomp"
                    and t.head.head == noun.head and noun.dep_ == "nsubj" and t.pos_ == "PROPN"
                    and t.i not in self.quoted]
        # (and the firm whose shares its sentence is about: 'Shares in Corvane fell after the company cut …')
        traded_here = [t for t in doc[tok.sent.start:tok.i] if _traded(t, self.quoted) is not None]
        listed = lemma not in _UNLISTED  # (no shares in 'the regulator')
        for t in itertools.chain(reported[:1], traded_here[:1], _back_from(doc, tok.sent.start - 1, _SIX_PARAGRAPHS)):
            if lemma in lx.LOOSE_ORG_EPITHETS:  # 'the group': only a firm the article named with that noun
                found = self._named_with_noun(t, lemma)
                if found is not None:
                    return found
                continue
            found = self._epithet_before(t, lemma) or (self._traded_firm(t) if listed else None)
            if found is not None:
                return found
            voice = _spoken_for(t) if _main_subject(t, self.quoted) else None
            if voice is not None:  # ('A spokeswoman for Strathmore Land and Homes welcomed …': the body)
                body = next((e for e in doc.ents if e.start <= voice.i < e.end and e.label_ == "ORG"), None)
                # (NER's body is one, whatever 'and' joins in it: 'Strathmore Land and Homes'; and so, without NER,
                # is a run of capitalised words that 'and' joins there)
                words = doc[voice.left_edge.i:voice.right_edge.i + 1]
                if body is None and not has_entities(doc) and len(words) > 1 and all(
                        w.text[:1].isupper() or w.lower_ in ("and", "&") for w in words):
                    body = words
                entity = self._named(_clean_name(body.text), "organization", None) if body is not None \
                    else self._lookup(subject_tokens(voice))[0]
                if entity is not None and entity.kind == "organization" and not entity.anonymous:
                    return entity
            plural = _plural_name_subject(t, self.quoted)
            if (_main_subject(t, self.quoted) or plural or t in reported) and t.pos_ == "PROPN":
                entity, _ = self._lookup(subject_tokens(t))
                if entity is None or entity.anonymous or is_place(entity.name):
                    continue
                if not _of_the_kind(entity, lemma):
                    continue
                if entity.kind == "organization":
                    return entity
                if plural:
                    continue  # ('The Clintons preferred …': people, not a firm NER missed)
                if entity.kind in ("person", "unknown") and len(entity.name.split()) == 1 \
                        and entity.name.lower() not in lx.FIRST_NAMES \
                        and len(self.names.full_name(entity.name).split()) == 1 \
                        and not self._titled_person(entity.name) \
                        and not (t.is_sent_start and not t.ent_type_ and has_entities(doc)):
                    # ('President Biden called …'; a sentence's first word that NER tagged as nothing is
                    # a word: 'Laughter rippled through the gallery')
                    # one word that no name in full completes, which the company noun refers back
                    # to: an organisation NER took for a person ('Ticketmaster said … The company
                    # added'), as 'he' makes a person of an unknown
                    entity.kind = "organization"
                    return entity
        return self._lede_firm(tok, lemma) if listed else None

    def _lede_firm(self, tok: Token, lemma: str) -> Optional[Entity]:
        """The firm a story opens with, for 'the company' far from any other name: the first organisation
        that a main clause near the top has for its subject, or whose shares it is about (after a
        headline; 'Straitsline Holdings posted a 38 per cent fall …' … 'The company later said')."""
        key = lemma if lemma in lx.LOOSE_ORG_EPITHETS else ""
        end = min(tok.sent.start, _LEDE_TOKENS)
        if key in self._ledes:  # (read once the whole top was before: 'the company' may come a hundred times)
            lede = self._ledes[key]
        else:
            lede = self._first_firm(tok.doc, lemma, end)  # (read no further than the mention, as it stood)
            if lede is not None or end == _LEDE_TOKENS:
                self._ledes[key] = lede
        return lede[1] if lede is not None and lede[0] < tok.sent.start else None

    def _first_firm(self, doc: Doc, lemma: str, end: int) -> Optional[tuple[int, Entity]]:
        for t in doc[:end]:  # the first firm a main clause is about
            if in_title_case_line(t):
                continue
            if lemma in lx.LOOSE_ORG_EPITHETS:
                found = self._named_with_noun(t, lemma)
            else:  # ('Shares in Corvane Payments fell 11% …', 'Straitsline Holdings posted …')
                found = self._traded_firm(t) or self._organisation_subject(t)
            if found is not None and _of_the_kind(found, lemma):
                return t.i, found
        return None

    def _organisation_subject(self, t: Token) -> Optional[Entity]:
        """The organisation a main clause's proper-name subject names, if it names one."""
        if not _proper_main_subject(t, self.quoted):
            return None
        entity, _ = self._lookup(subject_tokens(t))
        return entity if entity is not None and entity.kind == "organization" and not entity.anonymous \
            and not is_place(entity.name) else None

    def _named_with_noun(self, t: Token, lemma: str) -> Optional[Entity]:
        """The organisation a main clause's subject names right after the noun of its kind ('logistics
        group Straitsline Holdings posted …' for 'the group said'; a name of plural form too)."""
        if not _proper_main_subject(t, self.quoted):
            return None
        phrase = subject_tokens(t)
        name = [w for w in phrase if w.i > phrase[0].i and (w.doc[w.i - 1].lemma_ or "").lower() == lemma
                and w.pos_ == "PROPN"]
        if not name and any(c.dep_ == "appos" and (c.lemma_ or c.lower_).lower() == lemma for c in t.children):
            name = phrase  # ('Bike Brandon, a local cycling advocacy group, said …': named, then the noun)
        if not name:
            return None
        entity, _ = self._lookup([w for w in phrase if w.i >= name[0].i])
        if entity is None or entity.anonymous or entity.kind not in ("organization", "unknown", "group") \
                or not entity.name[:1].isupper() or is_place(entity.name):
            return None
        entity.kind = "organization"
        return entity

    def _epithet_before(self, t: Token, lemma: str) -> Optional[Entity]:
        """The organisation an epithet of the same noun heading a main clause before was resolved to
        ('Quillpad will …, the company said. … the San Francisco-based company said'; not 'the company'
        for 'the regulator')."""
        if not _main_subject(t, self.quoted) or t.pos_ != "NOUN" or (t.lemma_ or t.lower_).lower() != lemma:
            return None
        phrase = subject_tokens(t)
        if phrase[0].lower_ not in lx.DEFINITE or not _epithet_only(phrase, t):
            return None
        earlier = self._resolved_at(phrase[0].idx)
        return earlier if earlier is not None and earlier.kind == "organization" and earlier.proper_head \
            and earlier.name[:1].isupper() and earlier.name.split()[0].lower() not in lx.DEFINITE else None

    def _traded_firm(self, t: Token) -> Optional[Entity]:
        """The firm whose shares head a main clause's subject ('Shares in Corvane Payments fell 11%'): a
        company, whatever NER or a plural said of the name."""
        traded = _traded(t, self.quoted)
        if traded is None:
            return None
        entity, _ = self._lookup(subject_tokens(traded))
        if entity is None or entity.kind not in ("organization", "unknown", "group") or entity.anonymous \
                or not entity.name[:1].isupper():
            return None
        entity.kind = "organization"
        return entity

    def _titled_person(self, name: str) -> bool:
        """Did the article give ``name`` a title only people have ('President Biden', 'Mr. Kim')?"""
        return any(title & _PERSON_TITLE_WORDS for title in self.names.titles.get(name, []))

    def _one_public_body(self, tok: Token) -> Optional[Entity]:
        """The one public body the article named before, by the word its name is built on ('the Office
        for Payment Systems Oversight', 'the Department of Public Works and Highways'), that 'the
        regulator' or 'the agency' refers to when no body was the subject of a clause; none when it
        named two."""
        found = {id(org): org for org in (self._organisation_named_by(tok, word) for word in lx.PUBLIC_BODY_WORDS)
                 if org is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    def _organisation_named_by(self, tok: Token, noun: str) -> Optional[Entity]:
        """The organisation 'the institute' refers back to: the latest one named before it, outside
        quotes, anywhere before it in the article (a local story names its council once, at the top),
        whose name ends with the noun ('the Jane Goodall Institute') or has it before 'of' or 'for'
        ('the Department of Justice', 'the Omani Ministry of Foreign Affairs', 'the Department for
        Infrastructure')."""
        doc = tok.doc
        for at in self._noun_in_capitals_before(tok, noun):
            t = doc[at]
            lo = t.i
            while lo > 0 and (_capitalised_word(doc[lo - 1]) or lo < t.i and _opens_a_name(doc[lo - 1])
                              or lo > 1 and doc[lo - 1].lower_ == "and" and lo < t.i
                              and _capitalised_word(doc[lo - 2]) and doc[lo - 2].ent_type_ in ("", "ORG")
                              or lo > 1 and (plural_owners_mark(doc[lo - 1]) or doc[lo - 1].lower_ in _OWNER_MARKS)
                              and _capitalised_word(doc[lo - 2])):
                # (and an owner's mark inside the name: 'the Sliema Residents’ Association', 'The Ombudsman’s
                # Office')
                lo -= 1  # (a body named for two places: 'Tynedale and Coquet NHS Foundation Trust')
            if lo < t.i and doc[lo].lower_ == "the":
                lo += 1  # ('LAHORE: The Pakistan Cricket Board': a sentence's 'The' is no headline's capital)
            hi = t.i + 1
            if hi + 1 < len(doc) and doc[hi].lower_ in ("of", "for") and doc[hi + 1].text[:1].isupper():
                # (and the name's words before the noun: 'the Omani Ministry of Foreign Affairs'; a
                # body's 'for': 'the Department for Infrastructure')
                hi += 1
                while hi < len(doc) and (doc[hi].is_alpha and doc[hi].text[:1].isupper()
                                         or doc[hi].lower_ in ("and", "the", "of") and hi + 1 < len(doc)
                                         and doc[hi + 1].text[:1].isupper()):
                    hi += 1
            words = doc[lo:hi]
            # not a headline's capitals ('Disputes Characterization Of Network', 'OLYMPIC TEAM'); an
            # initialism is a name's ('NHS Foundation Trust')
            if hi - lo >= 2 and not all(w.is_upper for w in words if len(w) > 1) \
                    and not any(w.text in _HEADLINE_FUNCTION_WORDS for w in words):
                return self._named(words.text, "organization", None)
        return self._organisation_typed_by(tok, noun)

    def _body_named_ending(self, tokens: list[Token]) -> Optional[Entity]:
        """The body named before, outside quotes, whose name ends with the words of a definite description
        after its article, with words in capitals before them: the Homes Now Coalition for 'the coalition',
        Poland's finance ministry for 'the finance ministry', the Hartwell County Sheriff's Office for "the
        sheriff's office". Not a body introduced as one of its kind ('a Swiss bank'), nor a headline's
        capitals."""
        words = [t.lower_ for t in tokens[1:]]
        if not words or not all(t.is_alpha or t.lower_ in _OWNER_MARKS for t in tokens[1:]) \
                or (tokens[-1].lemma_ or words[-1]).lower() not in lx.BODY_REFERENCE_NOUNS:
            return None
        doc, n = tokens[0].doc, len(words)

        def ends(t: Token) -> bool:
            return t.lower_ == words[-1] and t.i >= n and [w.lower_ for w in doc[t.i - n + 1:t.i + 1]] == words

        for at in self._latest_before(tokens[0], "ending " + " ".join(words), ends):
            first = at - n + 1
            if in_title_case_line(doc[first]) or at + 1 < len(doc) and _noun_goes_on(doc[at + 1]):
                continue  # (not the words of a compound: 'his New England campaign swing')
            lo = _body_name_start(doc, first)
            if lo < first and not (lo > 0 and doc[lo - 1].lower_ in lx.INDEFINITE) \
                    and not any(w.text in _HEADLINE_FUNCTION_WORDS for w in doc[lo:first]):
                return self._named(doc[lo:at + 1].text, "organization", None)
        return None

    def _noun_in_capitals_before(self, tok: Token, noun: str) -> list[int]:
        """Where ``noun`` stands in capitals, as a body's name's word, before ``tok`` outside quotes ('the
        Jane Goodall Institute', 'the City of Kamloops'): the latest first."""
        return self._latest_before(tok, "named " + noun, lambda t: t.lower_ == noun and t.text[:1].isupper())

    def _latest_before(self, tok: Token, key: str, found: Callable[[Token], bool]) -> list[int]:
        """Where the words ``found`` picks out stand outside quotes, found once per ``key`` over the
        whole text: the latest ``_MAX_BODY_TRIES`` before ``tok``, the nearest first."""
        at = self._bodies.get(key)
        if at is None:
            at = self._bodies[key] = [t.i for t in tok.doc if found(t) and t.i not in self.quoted]
        before = bisect.bisect_left(at, tok.i)
        return at[max(before - _MAX_BODY_TRIES, 0):before][::-1]

    def _organisation_typed_by(self, tok: Token, noun: str) -> Optional[Entity]:
        """The organisation a noun in lower case typed, right before its name, outside quotes, latest
        before ``tok`` ('The patients' association Defensa del Paciente Madrid urged …' … 'the
        association said'); not a person's name there ('party chairman Reince Priebus')."""
        doc = tok.doc
        for at in self._latest_before(tok, "typed " + noun, lambda t: t.lower_ == noun and t.is_lower
                                      and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()
                                      and doc[t.i + 1].is_alpha):
            hi = at + 1
            while hi < len(doc) and (doc[hi].is_alpha and doc[hi].text[:1].isupper() and not doc[hi].is_sent_start
                                     or doc[hi].lower_ in lx.NAME_PARTICLES and hi + 1 < len(doc)
                                     and doc[hi + 1].text[:1].isupper()):
                hi += 1
            words = doc[at + 1:hi]
            if words and words[0].lower_ not in lx.FIRST_NAMES and not any(_is_title(w.text) for w in words) \
                    and not words[-1].is_upper or len(words) == 1 and words[0].is_upper:
                ent = self._named(words.text, "organization", None)
                if ent.kind in ("person", "unknown") and not ent.anonymous:
                    ent.kind, ent.gender = "organization", None  # the noun says what it is, whatever NER said
                return ent
        return None

    @staticmethod
    def _fits(ent: Entity, word: str, gender: Optional[str], number: str) -> bool:
        if word in lx.NONPERSON_PRONOUNS:
            return ent.kind == "organization"
        if number == "pl":
            return ent.number == "pl" or ent.kind in ("group", "organization")
        if ent.number != "sg" or not (ent.kind == "person" or ent.kind == "unknown" and not ent.anonymous):
            return False
        if (ent.kind == "unknown" and (not ent.proper_head or initialism(ent.name)) or ent.common_word) \
                and gender is not None:
            return False  # 'Footage of Al-Awlaki', 'Party infrastructure', 'AFAD', 'Staff called …': no 'he' or 'she'
        if ent.anonymous and not ent.withheld and word:
            return False  # an unresolved 'the former president': the pronoun refers back to whom it named
        return ent.gender is None or gender is None or ent.gender == gender

    def _proper(self, tokens: list[Token], head: Token, role: Optional[str] = None) -> Entity:
        """The entity a name stands for; ``role``: the kind of the noun in apposition to it, 'person'
        ('her daughter Sofia') or 'organization' ('the Israeli newspaper Yisrael Hayom')."""
        while len(tokens) > 1 and tokens[0].tag_ in _LEAD_TAGS and tokens[0].i < head.i:
            tokens = tokens[1:]  # 'Meanwhile Rihanna': the sentence's adverb is no part of the name
        own = _after_owner(tokens, head)
        if not has_tags(head.doc) and own is not tokens and all(looks_capitalised(t) for t in own):
            tokens = own  # without tags, the name after an owner's possessive: "Al Jazeera's Hiba Morgan"
        text = " ".join(_word(u) for u in _units([t for t in tokens if not t.is_punct or t.text.endswith(".")
                                                  or _plural_possessive(t) or _listing_comma(t, tokens)]))
        text = _SPACED_POSSESSIVE.sub(r"\1", text).replace(" , ", ", ")  # "Britain's Parliament", "District
        # Councils' Forum"; 'Ministry of Agriculture, Fisheries, Water and Land Reform'
        # what NER says of the name after an owner's possessive, unless it ran the owner's name on
        # into it ("The New Republic's Jeet Heer" as one ORG)
        across = own is not tokens and own[0].ent_iob_ == "I"
        ents = {t.ent_type_ for t in own if t.ent_type_ and not across and not _run_on_entity(t, tokens[0])}
        if ents and not ents & PERSON_LABELS and _partly_labelled(own):
            ents = set()  # NER labelled part of a name and left the rest: 'Ivanka' a PRODUCT, 'Trump' nothing
        if head.pos_ == "NOUN" and head.is_lower and not head.ent_type_:
            ents = set()  # the noun, not a name before it, says what it is: 'a Pentagon readout'
        # a word that ends organisations' names ends it, after no title: 'Human Rights Watch',
        # 'Downing Street', 'Wells Fargo Bank' (NER takes some of them for people)
        named = tokens[1:] if len(tokens) > 2 and tokens[0].lower_ == "the" else tokens  # ('the Global Times')
        org_named = len(named) >= 2 and head.lower_.rstrip(".") in lx.ORG_NAME_ENDINGS and head.text[:1].isupper() \
            and is_proper(named[0]) \
            and not any(t.lower_.rstrip(".") in _PERSON_TITLES for t in tokens if t.i < head.i) \
            or head.lower_ in lx.NEWS_OUTLETS and is_proper(head) \
            or any(t.i + 1 < head.i and names_a_body(t) and head.doc[t.i + 1].lower_ == "of"
                   for t in named[:-1]) and is_proper(named[0]) and is_proper(head)
        # ('Politico', which NER may take for a person; 'Bank of Canada', 'University of Toronto')
        # a known organisation's name ends the phrase, unless a person is named in full by it as a
        # surname: 'Reuters', 'the Israeli daily Maariv', 'Le Monde' ('Michael Bloomberg … Bloomberg')
        listed = " ".join(t.text for t in capitalised_tail(tokens))
        listed = listed if _opens_with_known_organisation(listed) and not self.names.named_in_full(listed) else None
        org_named = org_named or listed is not None or _typed_organisation(tokens)
        # 'The Prince of Wales', 'the Archbishop of Canterbury': an office one person holds
        office = tokens[0].lower_ == "the" and head.lower_ in lx.PERSON_NOUNS and head.text[:1].isupper() \
            and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "of" and tokens[-1].i > head.i + 1
        # a person's name heads the phrase: 'Footage of Al-Awlaki' holds one and is no person
        default = common = False
        dated = [t for t in own if t.is_alpha and t.text[:1].isupper() and t.lower_ not in _DATE_LEADS]
        if dated and all(t.lower_ in _DAY_OR_MONTH for t in dated):
            kind = "unknown"  # a day or a month is no one ('"Which Friday?" Kateregga asked'), nor 'he' or 'she'
            common = True
        elif office:
            kind = "person"
        elif org_named or role == "organization":
            kind = "organization"
        elif head.text[:1].isupper() and head.lower_.endswith("s") and head.lower_[:-1] in _MEMBERS_OR_SEATS:
            kind = "group"  # 'the Christian Democrats', 'Senate Republicans', 'Tory MPs': members, though a first
            # name opens it
        elif (ents & PERSON_LABELS or role == "person" or _aged(tokens[-1]) or _given_as(tokens[0])) \
                and is_proper(head) \
                or self.names.is_person_name(text) and (is_proper(head) or _names_end(tokens, head)) \
                or _first_named_head(tokens, head) and self.names.is_person_name(head.text) \
                or len(tokens) == 1 and ents and self.names.untagged_surname(head.text) \
                or _middle_initial(head):
            # the third: 'Dan Ives of Wedbush', a person's name at the head of a longer phrase;
            # the fourth: NER missed 'Kendal Unruh' and took 'Unruh' alone for an organisation; the last:
            # a middle initial ('Channing D. Phillips', an ORG to NER)
            kind = "person"
        elif head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS"):
            kind = "group"  # 'Senate Democrats', 'the Saudis': people of a party or a nation, as without NER
        elif head.tag_ == "NNS" and head.is_lower and head.ent_type_ not in _ORG_LABELS:
            kind = "group"  # 'the GOP moderates': people, whatever NER made of a word before the noun
        elif ents & _ORG_LABELS or head.lower_ in lx.ORG_NOUNS:
            kind = "organization"
        elif head.tag_ in ("NNS", "NNPS"):
            kind = "group"
        elif has_tags(head.doc) and head.pos_ == "PROPN":
            # NER would have said if this were a place or an organization; without
            # it, a lone unknown word ('China said') is not taken for a person, but
            # 'Mr. Obama', 'Bob' and 'Juanita Broaddrick' are.
            proper = sum(1 for t in own if t.pos_ == "PROPN" and t.lower_ not in lx.TITLES)
            titled = any(t.lower_.rstrip(".") in _PERSON_TITLES for t in own if t.i < head.i)
            common = len(own) == 1 and head.is_sent_start and not titled and head.lower_ not in lx.FIRST_NAMES \
                and not self.names.is_person_name(head.text) and not head.ent_type_
            if has_entities(head.doc) and not (not titled and (
                    own[0].lower_ == "the" or own[0].lower_ not in lx.FIRST_NAMES and _its_own(head))):
                kind = "person"
                default = proper == 1 and not titled and head.lower_ not in lx.FIRST_NAMES
            elif has_entities(head.doc):
                # a name NER tagged as nothing, with an article ('The Blaze'), or that is an 'it' ('Severn
                # Trent said it would …'): as without NER below
                kind = "organization"
            elif own[0].lower_ == "the" or not titled and head.lower_ in lx.ORG_NAME_ENDINGS:
                kind = "organization"  # 'The Washington Post', 'Yahoo News': people's names take no article
            elif not titled and (is_place(text) or head.lower_ in lx.PLACE_NAME_ENDINGS):
                kind = "organization"  # 'New York City will vote', 'Kaysone Phomvihane Avenue': a place, as NER's
                # GPE or FAC would say
            elif not titled and _place_named(tokens):
                kind = "organization"  # 'Statistics Canada', 'Indigenous Services Canada': a body of the place
            elif not titled and _acronym(tokens):
                kind = "organization"  # 'CNN reported', 'the FBI said': an acronym, as NER's ORG would say
            elif not titled and _in_capitals(tokens) and not any(t.lower_ in lx.FIRST_NAMES for t in tokens):
                kind = "unknown"  # a dateline or a headline's words ('NEW YORK'), not a person
            elif not titled and tokens[0].lower_ not in lx.FIRST_NAMES and _its_own(head):
                kind = "organization"  # 'Goldman Sachs cut its forecast': no person has 'its'
            else:
                kind = "person" if proper >= 2 or titled or head.lower_ in lx.FIRST_NAMES else "unknown"
        elif not has_tags(head.doc) and len(tokens) > 1 and tokens[0].lower_ == "the" \
                and all(looks_capitalised(t) and not _role_word(t.text) for t in tokens[1:]) \
                and not is_place(text) and not _name_goes_on(tokens[-1]) and not _people_word(tokens[-1].text):
            kind = "organization"  # without tags too, people's names take no article: 'The Guardian'
        elif not has_tags(head.doc) and is_place(text):
            kind = "organization"  # 'China said', 'the United States': a place, as NER's GPE would say
        else:
            kind = "unknown"
        if office:  # a person, named by the office as written, without its article
            name = text.split(" ", 1)[1] if " " in text else text
        elif kind == "person":
            titled = next((lx.TITLES[t.lower_] for t in tokens if t.i < head.i and lx.TITLES.get(t.lower_)), None)
            name = self.names.full_name(_person_part(tokens, head), titled, tokens[0].i)
            after = _after_titles(text.split()) if _titles_only(name) else []
            if after and not _titles_only(" ".join(after)) and all(w[:1].isupper() for w in after):
                # (a title is no name: 'Speaker of the National Assembly Rt. Hon. Loveness Gondwe-Jere', which the
                # parse headed by 'Hon.', is the name after the titles)
                name = self.names.full_name(" ".join(after), titled, tokens[0].i)
            name = self._named_in_full_before(name)
        else:
            name = _clean_name(text) if kind != "organization" else listed or _after_descriptor(tokens) or text
        known = _name_key(name) in self._by_name
        ent = self._named(name, kind, name_gender(name, text))
        if kind == "unknown" and not is_proper(head):
            ent.proper_head = False
        if common and not known:
            ent.common_word = True  # (as for a pronoun's antecedent: ``pronouns._common_word``)
        if default and not known:
            ent.by_default = True
        return ent

    def _named(self, name: str, kind: str, gender: Optional[str]) -> Entity:
        # (a word the text spelt out in brackets is that body's, whatever NER took it for)
        spelt = self._acronyms.get(_name_key(name)) if kind in ("organization", "unknown") or " " not in name else None
        if spelt is not None:  # ('The RSF said' after 'the Rapid Support Forces (RSF)')
            name, kind = spelt, "organization"
        key = _name_key(name)
        ent = self._by_name.get(key)
        if ent is None and kind in ("organization", "unknown", "person") and " " not in key and not is_place(name):
            # 'Hsinlan' after 'Hsinlan Microsystems': the one firm; 'Navarro', which NER took for an
            # organisation, after 'Celso Navarro' spoke: the one person of that surname; 'Tsegaye' after
            # 'The spokesman, Tsegaye Worku,': the one person of that given name (news in Ethiopia, Thailand
            # or Iceland names people so), when no one has it for a surname
            ent = self._fuller_organisation(key) if kind == "organization" else None
            ent = ent or (self._fuller_person(key) if kind != "person" else None) or self._given_name_of(key)
            if ent is not None:
                self._by_name[key] = ent
        elif ent is None and kind in ("organization", "unknown", "person") and not is_place(name):
            ent = self._firm_named_short(key)  # ('Sierra Plata' after 'Sierra Plata Resources')
            if ent is not None:
                self._by_name[key] = ent
        firm = self.names.firm_named(key) if ent is None and kind in ("organization", "unknown", "person") \
            and not is_place(name) and not (kind == "person" and self.names.is_person_name(name)) else None
        if firm is not None:  # (a firm the article named in full where no clause made it a source: 'against their
            ent = self._named(firm, "organization", None)  # agency, Starhaven Entertainment,' … 'Starhaven said')
            self._by_name[key] = ent
        if gender is None and kind == "person" and name:
            gender = self._genders.get(name.lower())  # what the text says of whom no name tells
        if ent is None:
            ent = Entity(len(self.entities), name, kind, anonymous=False, gender=gender,
                         number="pl" if kind == "group" else "sg", head=name.split()[-1].lower() if name else "")
            self.entities.append(ent)
            self._by_name[key] = ent
        elif ent.gender is None:
            ent.gender = gender
        return ent

    def _firm_named_short(self, key: str) -> Optional[Entity]:
        """The one organisation named before whose name is ``key``'s words and then only the words a firm's name
        ends with ('Sierra Plata Resources', 'Nasova Therapeutics Inc.'); not a foundation a person's name opens."""
        fuller = {id(e): e for e in self.entities if e.kind == "organization" and not e.anonymous
                  and e.name.lower().startswith(key + " ")
                  and all(w in lx.FIRM_NAME_ENDINGS for w in e.name.lower()[len(key) + 1:].split())}
        return next(iter(fuller.values())) if len(fuller) == 1 else None

    def _fuller_organisation(self, word: str) -> Optional[Entity]:
        """The one organisation named before whose name opens with ``word`` and goes on."""
        fuller = {id(e): e for e in self.entities
                  if e.kind == "organization" and not e.anonymous and e.name.lower().startswith(word + " ")}
        return next(iter(fuller.values())) if len(fuller) == 1 else None

    def _fuller_person(self, word: str) -> Optional[Entity]:
        """The one person named in full before whose surname ``word`` is, when no organisation named
        before has the word in its name."""
        if any(e.kind == "organization" and word in e.name.lower().split() for e in self.entities):
            return None
        return self._one_named_in_full(word, -1)

    def _given_name_of(self, word: str) -> Optional[Entity]:
        """The one person named in full before whose first name ``word`` is, when no one named before
        has it for a surname or in an organisation's name."""
        if any(word in e.name.lower().split()[1:] for e in self.entities if e.kind in ("person", "organization")):
            return None
        return self._one_named_in_full(word, 0)

    def _one_named_in_full(self, word: str, at: int) -> Optional[Entity]:
        """The one person named before in two words or more whose word at ``at`` (0: the first, -1: the
        last) is ``word``; none when no one or several are."""
        fuller = {id(e): e for e in self.entities if e.kind == "person" and not e.anonymous
                  and len(e.name.split()) > 1 and e.name.lower().split()[at] == word}
        return next(iter(fuller.values())) if len(fuller) == 1 else None

    def _description(self, tokens: list[Token], head: Token,
                     noun: Optional[Token] = None) -> tuple[Optional[Entity], str]:
        """An unnamed source, described by its head noun, or by ``noun`` after a partitive
        head ('one of the aides' is one person, 'some of his allies' are people)."""
        kind_of = noun if noun is not None else head
        member = _party_member(kind_of)  # 'a New Hampshire Republican': a person, not a name
        lemma = (kind_of.lemma_ or kind_of.lower_).lower()
        whole = _compound(kind_of)  # 'front-runner': the word, not its last part
        if whole != kind_of.lower_:
            lemma = whole[:-1] if kind_of.tag_ in ("NNS", "NNPS") and whole.endswith("s") else whole
        plural = kind_of.tag_ in ("NNS", "NNPS") or (not has_tags(head.doc) and head.lower_.endswith("s")
                                                    and head.lower_[:-1] in lx.PERSON_NOUNS)
        if noun is not None:
            plural = head.lower_ != "one"
            if not plural:
                lemma = _noun_of(lemma)  # 'one of the people familiar with the talks' is one person
        if plural and lemma == head.lower_ and lemma.endswith("s"):
            lemma = lemma[:-1]
        lemma = _noun_of(lemma)  # ('people', as the lemmatizer leaves it, is persons, as tags say)
        first = _determiner(tokens)
        # ('counsel replied', as court reports call the counsel they named, with no article)
        definite = first in lx.DEFINITE or len(tokens) == 1 and lemma in lx.BARE_EPITHETS
        if definite:
            for ent in self._recent():
                if _noun_of(ent.head) == _noun_of(lemma) and ent.anonymous and (ent.number == "pl") == plural:
                    titled = None if plural else self._titled_since(tokens[0], lemma, ent)
                    if titled is not None:
                        return self._named(titled, "person", name_gender(titled, titled)), "nominal"
                    # ('two opposition assemblymen accused …' then named, 'Azman Yusof and Lim Wei Ming said
                    # …': 'the two assemblymen' are the two named since)
                    pair = self._pair_before(tokens) if _of_two(tokens, head, lemma, plural) else None
                    return (pair if pair is not None else ent), "nominal"
        if (definite or first in lx.POSSESSIVE_PRONOUNS) and plural and lemma in lx.PERSON_NOUNS:
            group = self._named_group(tokens, lemma)
            if group is not None:  # 'Senators Rosa Kettering and Bill Tanner said … the two senators said'
                return group, "nominal"
        if _of_two(tokens, head, lemma, plural):
            pair = self._pair_before(tokens)
            if pair is not None:  # 'Dianne and Trevor McAuley … watched the hearing … the couple said'
                return pair, "nominal"
        # ('the official' for the latest withheld person, unless one was described by that noun: then the
        # description's own reading, below, finds them)
        if definite and not plural and len(tokens) == 2 and (
                lemma in lx.PLAIN_PERSON_NOUNS or lemma in lx.WITHHELD_EPITHETS and not self._described_by(lemma)):
            latest = self._latest_unnamed_person(lx.NOUN_GENDER.get(lemma))
            if latest is not None:  # 'A witness said … "…," said the woman, who did not want her name used'
                return latest, "nominal"
        if definite and not plural and lemma in lx.DOCUMENT_NOUNS:
            owner = self._document_owner(tokens[0], lemma)  # 'X said in a statement … the statement said'
            if owner is not None:
                return owner, "nominal"
        if definite and not plural and (lemma in lx.ORG_EPITHETS or lemma in lx.ORG_NAME_NOUNS) \
                and _epithet_only(tokens, head):
            # 'the Jane Goodall Institute … the institute said' (by the name), else 'Acme Corp. … the
            # company said', 'Statistics Canada … the agency said', '… the central bank said' (by the subject)
            org = self._organisation_named_by(tokens[0], lemma) if lemma in lx.ORG_NAME_NOUNS else None
            if org is None and lemma in lx.ORG_EPITHETS:
                org = self._named_organisation(tokens[0])
            if org is None and lemma in lx.PUBLIC_BODY_EPITHETS:
                org = self._one_public_body(tokens[0])
            if org is not None:
                return org, "nominal"
        if definite and not plural and noun is None and tokens[-1] == head:
            org = self._body_named_ending(tokens)
            if org is None and len(tokens) == 2 and lemma in lx.PLACE_BODY_NOUNS:
                # 'the city' for the City of Kamloops named last before: a place's council by its name, not a
                # place ('Kansas City')
                latest = self._noun_in_capitals_before(tokens[0], lemma)
                of = bool(latest) and latest[0] + 2 < len(head.doc) and head.doc[latest[0] + 1].lower_ == "of"
                org = self._organisation_named_by(tokens[0], lemma) if of else None
            if org is not None:  # 'the Homes Now Coalition … the coalition said'
                return org, "nominal"
        office = None if plural or noun is not None else self._office_named_after(tokens, head, lemma, first)
        if office is not None:  # a headline's 'PM defends housing plan' before 'Prime Minister Anthony Albanese'
            return office, "nominal"
        aged = self._aged_person(tokens) if definite and not plural and lemma == "year-old" else None
        if aged is not None:  # 'Calder, 58, grew up …' … 'the 58-year-old admits'
            return aged, "nominal"
        who = _who_follows(kind_of)  # 'the barmaid, who did not wish to be named,': a person, whatever the noun
        # (someone the article just introduced as 'a' or 'one' of the noun is 'the' one: 'One EU diplomat, who
        # spoke on condition of anonymity, was unconvinced. "…," the diplomat said.', after 'the Finn' was quoted)
        described = definite and not plural and noun is None and (lemma in _ONE_PERSON_NOUNS or who)
        earlier = self._described_before(tokens[0], lemma, introduced=True) if described else None
        if earlier is not None:
            return earlier, "nominal"
        # (one whose own relative clause says the article withholds the name is no one it named: 'The manager of
        # a fuel station on Kaysone Phomvihane Avenue, who declined to give his name, said')
        own_clause = _withheld_by_own_clause(kind_of)
        if (definite or first in lx.POSSESSIVE_PRONOUNS) and not own_clause:
            referent = None if plural else self._referent(tokens, head, lemma)
            if referent is not None:
                if referent.description is None:
                    referent.description = self.names.descriptions.get(referent.name)
                return referent, "nominal"
        earlier = self._described_before(tokens[0], lemma) if described else None
        if earlier is not None:  # 'A senior Egyptian diplomat who attended the talks, speaking on
            return earlier, "nominal"  # condition of anonymity, was blunter. "…," the diplomat said.'
        beside = _person_in_apposition(kind_of)
        if lemma in lx.PERSON_NOUNS and (who or any(in_age(t) for t in tokens)):
            # a noun of firms and people alike ('operator') with words that only people take: 'a 38-year-old haul
            # truck operator', 'a taxi operator …, who asked not to be named'
            kind = "group" if plural else "person"
        elif lemma in lx.ORG_NOUNS or lemma in lx.ORG_EPITHETS:
            kind = "organization"
        elif lemma in lx.GROUP_NOUNS:
            kind = "group"  # 'the family said', 'the crowd chanted'
        elif lemma in lx.PERSON_NOUNS or member or who or beside:
            kind = "group" if plural else "person"  # (or described as a person beside it: 'one of the
            # complainants, a woman who declined to be named for fear of reprisals,')
        else:
            kind = "group" if plural else "unknown"
        if len(tokens) > _MAX_NAME_TOKENS and not _body_named_after(tokens, kind_of):
            # a clause-sized subject: name it by its noun phrase (not a body's long name after it: 'A spokesperson
            # for the Department for Culture, Media and Sport')
            tokens = [t for t in tokens if t.i <= kind_of.i][-_MAX_NAME_TOKENS:]
        text = mention_of(tokens).text
        same = self._by_name.get(text.lower())
        if same is not None and same.anonymous:
            return same, "explicit"  # the same description again: 'a US defense official'
        gender = lx.NOUN_GENDER.get(lemma)
        named = is_proper(head) and not (member and kind_of is head) and head.lower_ not in lx.SEATS \
            or any(is_proper(t) and t.dep_ == "poss" and (t.head.i == kind_of.i or lemma not in lx.PERSON_NOUNS)
                   for t in tokens)  # ('A spokesperson for Iran's mission …' is no one named)
        if own_clause:
            withheld = not named  # ('…, who declined to give his name,': the article says why)
        elif (who or beside) and lemma not in _ONE_PERSON_NOUNS:
            # a noun no list holds is someone withheld when the article says why (not 'portrayed the
            # developer as a crude bully who …')
            withheld = not named and anonymity_in(list(kind_of.sent)) is not None
        else:
            withheld = not named and _withholds(kind, lemma, plural, definite, tokens)
        ent = Entity(len(self.entities), text, kind, anonymous=not named, gender=gender,
                     number="pl" if plural else "sg", head=lemma, withheld=withheld,
                     proper_head=kind != "unknown")  # "Clinton's track record" is no 'he'
        if withheld and noun is not None:
            ent.anonymity = self._reason_of_group(noun, lemma)
        self.entities.append(ent)
        self._by_name.setdefault(text.lower(), ent)
        return ent, "explicit"

    def _described_before(self, tok: Token, lemma: str, introduced: bool = False) -> Optional[Entity]:
        """The unnamed person 'the diplomat' refers back to when no source so described spoke before:
        the subject the article last described by the same noun with 'a' or 'an', in the paragraph or the
        two before it, outside quotes ('A senior Egyptian diplomat who attended the talks, speaking on
        condition of anonymity, was blunter.'), with the reason the article gives for not naming them."""
        doc = tok.doc
        if not has_parse(doc):
            return None
        for t in _back_from(doc, tok.i - 1, _TWO_PARAGRAPHS):
            if t.i in self.quoted or t.pos_ != "NOUN" or _noun_of((t.lemma_ or t.lower_).lower()) != lemma \
                    or t.dep_ not in _INTRODUCING_ROLES:
                continue  # (a subject, or an object: 'The court heard from a protected witness, identified only
                # as PW5, who testified from behind a screen.')
            if _determiner(subject_tokens(t)) not in lx.INDEFINITE:
                return None  # (the latest so described is someone else: 'The diplomat's driver …')
            if introduced and not any(c.dep_ in ("relcl", "acl", "appos") for c in t.children) \
                    and anonymity_in(list(t.sent)) is None and _NAMED_ONLY_AS.search(t.sent.text) is None:
                return None  # ``introduced``: one the article presents, with words about them or why it withholds
                # their name, not one a clause supposes ('A new campaign manager, he said, could set a new tone')
            ent, _ = self._description(subject_tokens(t), t)
            if ent is None or ent.kind != "person" or not ent.withheld:
                return None
            if ent.anonymity is None:
                ent.anonymity = anonymity_in(list(t.sent))
            return ent
        return None

    def _described_by(self, lemma: str, one: bool = False) -> bool:
        """Was someone unnamed described by the noun before ('One senior government source')? ``one``: one
        person, not people ('councillors narrowly backed a budget' … 'the Liberal Democrat councillor')."""
        return any(e.anonymous and (e.number == "sg" or not one) and _noun_of(e.head) == _noun_of(lemma)
                   for e in self.entities)

    def _named_group(self, tokens: list[Token], lemma: str) -> Optional[Entity]:
        """The people named together before whom a plural description refers to: the latest group
        described by the same noun ('Crossbench senators Rosa Kettering and Bill Tanner'), of as many
        as the description counts ('the two senators'), if it counts."""
        count = next((_COUNTS[t.lower_] for t in tokens if t.lower_ in _COUNTS), None)
        for ent in self._recent():
            if ent.kind != "group" or ent.anonymous or not ent.description:
                continue
            described = ent.description.split()[-1].lower()
            if noun_lemma(described) == lemma and (count is None or len(_MEMBERS.split(ent.name)) == count):
                return ent
        return None

    def _pair_before(self, tokens: list[Token]) -> Optional[Entity]:
        """The two people named together that 'the couple', 'the pair', 'the two (of them)', 'the two
        MPs' or 'both' refer to: the latest two names of people joined by 'and' before, outside quotes,
        in the paragraph or the two before it ('Wombat Creek residents Dianne and Trevor McAuley, whose
        home … was destroyed, watched …'), whatever the clause says of them."""
        doc = tokens[0].doc
        if not has_parse(doc):
            return None
        for t in _back_from(doc, tokens[0].i - 1, _TWO_PARAGRAPHS):
            if t.pos_ != "PROPN" or t.dep_ == "conj" or t.i in self.quoted:
                continue
            conj = [c for c in t.children if c.dep_ == "conj"]
            kin = len(conj) == 1 and conj[0].pos_ == "NOUN" and (conj[0].lemma_ or "").lower() in lx.KIN_NOUNS
            if kin:  # ('Geertje Bosma-Hoekstra and her husband, Hendrik Bosma,': the name set off after the kin,
                # and a person the other, whatever NER made of her name)
                conj = [c for c in conj[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"] or conj
            if len(conj) != 1 or conj[0].pos_ != "PROPN" or any(c.dep_ == "conj" for c in conj[0].children):
                continue
            parts = [_with_compounds(t), _with_compounds(conj[0])]
            people = all(self.names_person(p) for p in (parts[1:] if kin else parts))
            return self._group(parts) if people else None  # (the latest two only)
        return self._pair_set_off(tokens)

    def _pair_set_off(self, tokens: list[Token]) -> Optional[Entity]:
        """The latest two names of people in one sentence with 'and' between them, each name perhaps set
        off by its role or seat, when the parse joins no two names ('Ms Brennan's solicitor, Gráinne Nolan,
        and her barrister, Sinéad Walsh,', 'Datuk Azman Yusof (Pengkalan Chepa) and Lim Wei Ming (Kota
        Lama)'): no third name between, none in brackets."""
        doc = tokens[0].doc
        later: Optional[list[Token]] = None
        for t in _back_from(doc, tokens[0].i - 1, _TWO_PARAGRAPHS):
            if t.i in self.quoted or t.pos_ != "PROPN" or t.dep_ == "compound" or t.i + 1 < len(doc) \
                    and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].head == t:
                continue
            name = _with_compounds(t)
            titles = len(name) - len(_strip_titles([w.text for w in name]))
            if name[0].i > 0 and doc[name[0].i - 1].text == "(" or not self.names_person(name[titles:]):
                continue  # (a seat or a party in brackets is no name of the pair)
            if later is None:
                later = name
                continue
            between = doc[name[-1].i + 1:later[0].i]
            if name[0].sent != later[0].sent or not any(w.lower_ == "and" for w in between) \
                    or any(w.text in (";", ":") for w in between):
                return None
            return self._group([name, later])
        return None

    def names_person(self, part: list[Token]) -> bool:
        """Do the words name a person: a known first name first, NER's person, or a name the article gives one?"""
        return part[0].lower_ in lx.FIRST_NAMES or part[-1].ent_type_ in PERSON_LABELS \
            or self.names.is_person_name(mention_of(part).text)

    def _aged_person(self, tokens: list[Token]) -> Optional[Entity]:
        """The person the article gave the age that 'the 58-year-old' says, as 'Calder, 58,' or
        'Ruth Calder (58)', within a few paragraphs before it."""
        age = next((t.text for t in tokens if t.text.isascii() and t.text.isdigit()), None)
        if age is None:
            return None
        doc = tokens[0].doc
        for t in _back_from(doc, tokens[0].i - 1, _SIX_PARAGRAPHS):
            # (or 'Sutrisno, a 58-year-old farmer,': the age in a description set off after the name)
            at = t.i - 3 if t.i >= 3 and doc[t.i - 1].lower_ in ("a", "an") else t.i - 2
            if t.text == age and at >= 0 and t.i not in self.quoted and is_proper(doc[at]) and _aged(doc[at]):
                name = subject_tokens(doc[at]) if has_parse(doc) else [doc[at]]
                entity, _ = self._lookup(name)
                return entity if entity is not None and entity.kind == "person" else None
        return None

    def _latest_unnamed_person(self, gender: Optional[str]) -> Optional[Entity]:
        """The person last mentioned, when no name withholds them and ``gender`` fits; not past a named one."""
        for ent in self._recent():
            if ent.kind != "person" or ent.number == "pl":
                continue
            fits = ent.gender is None or gender is None or ent.gender == gender
            return ent if ent.anonymous and ent.withheld and fits else None
        return None

    def _referent(self, tokens: list[Token], head: Token, lemma: str) -> Optional[Entity]:
        """The named person a definite description refers to. Two readings: the latest
        person the article gave that title ('the Republican presidential candidate' after
        'Republican presidential candidate Donald Trump'), and, for a description that news
        gives a person it names ('the former president', 'the retired neurosurgeon'), the
        person the text is about there. When they differ, the topic wins unless the
        description's names ('Florida' in 'the Florida senator') pick the titled one."""
        # ('the former harbourmaster': a role someone held is a person's, whatever the noun)
        former = head.tag_ == "NN" and any(t.lower_ in lx.FORMER_WORDS for t in tokens if t.i < head.i)
        # ('the statement', 'the crowd': no person; a noun no list holds refers only to the person the article
        # gave it as a title: 'The incident controller on the day, Brett Kowalczyk, …' … 'the incident controller')
        # ('the 67-year-old magistrate': an age and a noun of a person are news's variation on a name given)
        aged = head.pos_ == "NOUN" and not head.tag_.endswith("S") and (any(in_age(t) for t in tokens) or any(
            t.lower_ in lx.AGE_WORDS and t.i < head.i for t in tokens) and lemma in lx.PERSON_NOUNS)
        # ('the mother of three', as 'the mother-of-three': a parent counted, not a role)
        aged = aged or lemma + "-of" in lx.PARENT_OF and has_parse(head.doc) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.like_num for o in c.children) for c in head.children)
        person_noun = lemma in _ONE_PERSON_NOUNS or former or aged
        # (a nation's word, for the one the article gave it: 'Brazilian forward Gustavo Henrique da Silva' … 'the
        # Brazilian')
        if not person_noun and not _agent_noun(lemma) and lemma not in lx.TITLES and lemma not in lx.DEMONYMS \
                and not self._a_title(lemma):
            return None  # ('the campaign' is not 'campaign manager Robby Mook')
        gender = lx.NOUN_GENDER.get(lemma)
        kept = [t for t in tokens if t.i != head.i and t.is_alpha and t.lower_ not in lx.DEFINITE
                and t.lower_ not in lx.POSSESSIVE_PRONOUNS and not in_age(t)]  # (an age is no title's:
        # 'the 58-year-old engineer' after 'District Engineer Arturo P. Manansala')
        words = title_words(" ".join(t.text for t in kept))
        proper = title_words(" ".join(t.text for t in kept if t.text[:1].isupper()))
        titled_at, titled = self._titled_by(tokens[0].i, words, lemma)
        # (a party's word before the noun of a seat is news's variation on a name just given, whatever office the
        # article gave the person: 'Council leader Catrin Pryce-Lewis said … the Liberal Democrat councillor')
        capitals = [t.lower_ for t in kept if t.text[:1].isupper()]
        partisan = bool(capitals) and all(w in lx.PARTY_MEMBERS for w in capitals) and lemma in lx.SEAT_NOUNS
        if titled is None and not person_noun:
            return None
        topic = None
        # ('the Nadi man' for the person named before, unless an unnamed one was described by the noun)
        placed = lemma in lx.PLAIN_PERSON_NOUNS and _place_modified(tokens, head) \
            and self._described_before(tokens[0], lemma) is None
        # (or a trade no one was given, for the person the sentence before is about: 'Madam Noraini binte Mohamed
        # Yusof, 44, a Tampines resident, said … "…," said the administrative assistant'; not one that described
        # someone unnamed, nor past another subject: '… this Trump look-alike declared. The impostor gushed …')
        trade = titled is None and lemma in lx.PERSON_NOUNS and lemma not in lx.PUBLIC_NOUNS | lx.PLAIN_PERSON_NOUNS \
            and lemma not in lx.WITHHELD_EPITHETS | lx.UNNAMED_NOUNS and not self._described_by(lemma, one=True) \
            and self._described_before(tokens[0], lemma) is None
        if (lemma in _REFERRING_NOUNS or former or placed or aged) and _determiner(tokens) in lx.DEFINITE:
            # a person given another role is not 'the judge'; one of a nation or party may hold any
            # ('Striker Cyriel Dessers … the Nigeria international'), and one whose title has the noun holds
            # it ('Senate Minority Leader Harry Reid' is 'the Senate Democratic leader', 'captain Juan Ignacio
            # Sena' 'the Racing captain'; so, wrongly, 'President Barack Obama' 'the French president')
            # (a seat is held with an office: 'the Minority Leader, Mr Alexander Kwarteng Owusu,' is 'the Asante
            # Akim Central MP')
            any_role = lemma in _MEMBER_NOUNS or lemma in lx.SEATS or placed or aged or partisan
            topic = self._topic_before(tokens[0], lambda ent: self._fits(ent, "", gender, "sg") and (
                any_role or not self._another_role(ent, lemma, proper)))
            if topic is None and former:
                # a role held before may be any, for whom the sentence just before is about ('Kerala coach Amay
                # Khurasiya was less diplomatic. The former India batter described it as …')
                topic = self._topic_before(tokens[0], lambda ent: self._fits(ent, "", gender, "sg"), nearest=True)
        elif trade and _determiner(tokens) in lx.DEFINITE:
            topic = self._topic_before(tokens[0], lambda ent: self._fits(ent, "", gender, "sg")
                                       and (partisan or not self._another_role(ent, lemma, proper)), nearest=True)
        if topic is not None and titled is not None and topic.name != titled and self._other_role(topic.name, lemma):
            topic = None  # ('Judge Karen Whitfield … Defense attorney Rebecca Lin argued … The judge': not Lin)
        if topic is not None and titled is not None and topic.mentions \
                and head.doc[titled_at].idx > topic.mentions[-1].start \
                and not set(titled.lower().split()) <= set(topic.name.lower().split()):  # (not the topic so named)
            topic = None  # a person given the title since the topic was last mentioned is nearer ('… forcing the
            # Speaker, Rt Hon. Emmanuel Kofi Nartey, to call the House to order. "…," the Speaker said')
        if titled is not None and (topic is None or proper and not any(
                _title_fits(words, lemma, title) for title in self.names.titles.get(topic.name, []))):
            ent = self._named(titled, "person", name_gender(titled, titled))
            # (the title the article gave her is hers whatever its noun's sex: 'Committee chairman Councillor
            # Margaret Ackroyd' is 'the chairman')
            office = lemma in lx.TITLES and lemma in self._titles_of(titled)  # (an office, not 'husband')
            return ent if self._fits(ent, "", None if office else gender, "sg") else None
        return topic

    def _elder_or_younger(self, tokens: list[Token]) -> Optional[Entity]:
        """'the elder Jankauskas', 'the younger Stroobant': of a family the article quotes two of, the one
        of that surname it named last, outside quotes, as it names a parent or a child just before."""
        doc = tokens[0].doc
        if len(tokens) not in (2, 3) or tokens[0].lower_ != "the" or tokens[1].lower_ not in _ELDER_OR_YOUNGER \
                or tokens[1].i + 1 >= len(doc) or not (doc[tokens[1].i + 1].is_alpha
                                                       and doc[tokens[1].i + 1].is_title):
            return None  # (the parse may leave the surname out of the phrase, as the appositive of 'elder')
        surname = doc[tokens[1].i + 1].lower_
        family = list(dict.fromkeys(full for start, full in self.names.named_since(tokens[0].i)
                                    if start not in self.quoted and len(full.split()) > 1
                                    and surname in full.lower().split()))
        if not family:
            return None
        # the elder of two the article gave ages to or called parent and child ('Tiago Sardinha, 52, … His son
        # Duarte, 19,'); else the one named last, as the article names a parent or a child just before
        elder = tokens[1].lower_ != "younger"
        seniority = {full: self._seniority(doc, full) for full in family}
        known = [full for full in family if seniority[full] is not None]
        if len(known) >= 2 and len({seniority[full] for full in known}) == len(known):
            found = (max if elder else min)(known, key=lambda full: seniority[full] or 0.0)
        elif len(known) == 1 and seniority[known[0]] in (_PARENT, _CHILD) and len(family) > 1:
            # (one called parent or child: that one, or the other, as 'elder' or 'younger' says)
            fits = (seniority[known[0]] == _PARENT) == elder
            found = known[0] if fits else next(full for full in family if full != known[0])
        else:
            found = family[0]
        return self._named(found, "person", name_gender(found, found))

    def _seniority(self, doc: Doc, full: str) -> Optional[float]:
        """How old the article makes a person: the age it gives after their name ('Tiago Sardinha, 52,'), else a
        word of a parent (``_PARENT``, beyond any age) or a child (``_CHILD``) among the words it described them
        by ('His son, …'); None when it says neither."""
        for start, name in self.names.mentions:
            if name != full:
                continue
            window = doc[start:min(start + len(full.split()) + _AGE_REACH, len(doc))]
            for k in range(len(window) - 2):
                if window[k].text in (",", "(") and window[k + 1].is_digit and len(window[k + 1]) <= 3 \
                        and window[k + 2].text in (",", ")", "."):
                    return float(window[k + 1].text)
        words = self._titles_of(full) | frozenset((self.names.descriptions.get(full) or "").lower().split())
        ent = self._by_name.get(_name_key(full))
        if ent is not None and ent.description:
            words |= frozenset(ent.description.lower().split())
        if words & lx.PARENT_WORDS:
            return _PARENT
        if words & lx.CHILD_WORDS:
            return _CHILD
        return None

    def _acronym_holder(self, tokens: list[Token]) -> Optional[Entity]:
        """'the ASG', 'the CJI': the latest person named before, outside quotes, with a title whose words'
        initials the letters are ('Additional Solicitor General Rakesh Bhandari', 'Chief Justice of India
        Surya Kant'), as news writes an office by its initials once it has named the holder."""
        if len(tokens) != 2 or tokens[0].lower_ not in lx.DEFINITE or not _acronym_word(tokens[1]):
            return None
        letters = sorted(tokens[1].lower_)

        def initials(full: str) -> bool:  # (or the office's known initials among the title's: 'CS' of 'Transport
            # Cabinet Secretary Dr', ``lexicon.TITLE_INITIALS``)
            return any(sorted(w[0] for w in title if w not in lx.TITLE_INITIALS and w not in lx.TITLE_MINOR_WORDS)
                       == letters or tokens[1].lower_ in lx.TITLE_INITIALS and tokens[1].lower_ in title
                       for title in self._given_titles(full))
        found = next((full for start, full in self.names.named_since(tokens[0].i)
                      if start not in self.quoted and initials(full)), None)
        if found is None:  # (a titled name NER took for a body: the one person the titles give so)
            titled = [full for full in self.names.titles if initials(full)]
            found = titled[0] if len(titled) == 1 else None
        return self._named(found, "person", name_gender(found, found)) if found is not None else None

    def _titles_of(self, name: str) -> frozenset[str]:
        """Every word of the titles and appositives the article gave ``name``."""
        return frozenset(w for title in self.names.titles.get(name, []) for w in title)

    def _titled_since(self, tok: Token, lemma: str, ent: Entity) -> Optional[str]:
        """Whom the article gave the title ``lemma`` by name, set off beside it, since ``ent`` was last mentioned,
        before ``tok`` ('Hamdy's lawyer said …' … 'The lawyer, Nabil Abdel Salam, said …' … 'the lawyer said': him,
        not the unnamed one); with a parse."""
        if not ent.mentions or not has_parse(tok.doc) or lemma not in lx.PERSON_NOUNS:
            return None  # (a noun of people: not 'the campaign' for 'Nick Merrill, a spokesman for the campaign')
        at, titled = self._titled_by(tok.i, frozenset(), lemma)
        if titled is None or tok.doc[at].idx <= ent.mentions[-1].start \
                or not any(lemma in words for words in self.names.titles.get(titled, [])):
            return None
        return titled

    def _a_title(self, lemma: str) -> bool:
        """Did the article give anyone a title whose noun is ``lemma`` ('the Iyaloja of Mile 12 International
        Market', though no list holds the word; not 'campaign' of 'Sanders campaign manager Jeff Weaver')?"""
        return lemma in self.names.title_heads

    def _titled_by(self, before: int, words: frozenset[str], lemma: str) -> tuple[int, Optional[str]]:
        """(first token, full name) of the latest person named before token ``before``, outside quotes, with
        a title the description fits; else of one who stood in for the role ('the coroner' is 'assistant
        coroner Philippa Marchbank', 'the chief executive' the interim one) when no one held it outright."""
        stood_in: tuple[int, Optional[str]] = (-1, None)
        for start, full in self.names.named_since(before):
            if start in self.quoted:
                continue
            titles = self._given_titles(full)
            if any(_title_fits(words, lemma, title) for title in titles):
                return start, full
            if stood_in[1] is None and any(_title_fits(words, lemma, title - lx.STAND_IN_MODIFIERS)
                                           for title in titles):
                stood_in = (start, full)
        return stood_in

    def _given_titles(self, name: str) -> list[frozenset[str]]:
        """The words of each title and appositive the article gave ``name``, and of the description a
        subject gave them before their name ('The incident controller on the day, Brett Kowalczyk, …')."""
        ent = self._by_name.get(_name_key(name))
        described = [title_words(ent.description)] if ent is not None and ent.description \
            and not ent.weakly_described else []  # (not a relative clause: "whose husband …")
        return self.names.titles.get(name, []) + described

    def _office_named_after(self, tokens: list[Token], head: Token, lemma: str, first: str) -> Optional[Entity]:
        """The person an office in a headline refers to, named with that title after it: 'PM
        defends housing plan' … 'Prime Minister Anthony Albanese has defended …' (a headline names
        an office before the story names whoever holds it); none outside the first line, for a noun
        of no person ('State: …'), or when the story gives no one the title ('Man jailed …')."""
        line_end = self._standfirst_end or self._first_line_end  # (or its standfirst's: 'Judge says …')
        if line_end is None or tokens[-1].i > line_end or lemma not in lx.PERSON_NOUNS \
                and lemma not in lx.TITLE_INITIALS or first not in lx.DEFINITE and tokens[0] != head:
            return None
        words = title_words(" ".join(t.text for t in tokens if t.i != head.i and t.is_alpha
                                      and t.lower_ not in lx.DEFINITE))
        at = bisect.bisect_right(self.names.mentions, (line_end, "\uffff"))  # named in the story, not the headline
        for _, full in self.names.mentions[at:]:
            if any(_title_fits(words, lemma, title) for title in self.names.titles.get(full, [])):
                ent = self._named(full, "person", name_gender(full, full))
                return ent if ent.kind == "person" else None
        return None

    def _another_role(self, ent: Entity, lemma: str, proper: frozenset[str]) -> bool:
        """Did the article give ``ent`` a role of a person without ``lemma``, whose names are not all the
        description's (``proper``: 'Florida' of 'the Florida senator')?"""
        titles = self.names.titles.get(ent.name, [])
        if proper and not proper & _PARTY_OR_NATION and any(proper <= title for title in titles):
            return False  # ('the Bristol researcher' for 'The lead author, Dr Hannah Okafor, an epidemiologist at the
            # University of Bristol': one of her titles names the description's place)
        return any(title & _ROLES and not proper <= title and lemma not in title for title in titles)

    def _other_role(self, name: str, lemma: str) -> bool:
        """Did the article give ``name`` a role of one person that is not ``lemma`` ('attorney' for
        'the judge')?"""
        return any(w != lemma and (w in _ONE_PERSON_NOUNS or w in lx.EPITHET_NOUNS)  # ('Speaker' for 'the MP')
                   for title in self.names.titles.get(name, []) for w in title)

    def _topic_before(self, tok: Token, fits: Callable[[Entity], bool], nearest: bool = False) -> Optional[Entity]:
        """The named person the text is about before ``tok``, who ``fits``: the subject of
        the latest main clause outside quotes that names one (with a parse), else the latest
        named person who spoke, in the paragraph of ``tok`` or the two before it. ``nearest``:
        only the subject of the latest main clause, when it names one (with a parse)."""
        doc = tok.doc
        if not has_parse(doc):
            start = doc[max(tok.i - _MAX_TOPIC_LOOKBACK, 0)].idx
            person = self.nearest_person(tok.idx, start)
            return person if person is not None and fits(person) and not nearest else None
        seen = False
        for t in _back_from(doc, tok.i - 1, _TWO_PARAGRAPHS):
            if not (t.dep_ in ("nsubj", "nsubjpass") and (t.head.dep_ == "ROOT" or _joined_to_root(t.head) and (
                    t.ent_type_ in PERSON_LABELS or self.names.is_person_name(t.text) and not is_place(t.text)))
                    or for_topic(t)) or t.i in self.quoted:
                continue  # (a subject, or whom 'For …,' says the sentence is about; a person's name that is the
                # subject of a main clause joined to the first, nearer: 'The Briton attacked twice, but Villalba …
                # followed the first move'; not a place's, as teams are named: 'but Kerala made Vidarbha work')
            if not seen and t.dep_ == "nsubjpass" and (ent := self._agent_person(t)) is not None and fits(ent):
                return ent  # (the person a passive's agent names: 'The central speech was given by the secretary
                # general of the CGT, Héctor Daniel Fabbri, … said the union leader')
            if nearest and (seen or t.dep_ == "nsubjpass" or t.i < self.names.headline_end
                            or self._first_line_end is not None and t.i <= self._first_line_end < _TITLE_TOKENS):
                return None  # (not one a passive is about: 'Donald Trump was asked a question' is not the one who
                # asked; nor a headline's: 'Understated Perez raises political profile.' … 'the pilot needed')
            seen = True
            # (or its appositive's: 'Her neighbour, Tom Reid, 61, said …')
            named = _subject_name(t, owner=False, person=self._names_person_word)
            if named and _head(named).i in self.quoted:
                continue  # (a title in quotes: 'One ad, "Balanced Rebellion," stars …'; not a nickname inside a
                # name: 'former Wales fly-half Emyr ‘The Boot’ Davies')
            found = _head(named) if named else None
            if found is not None and [t for t in named if t.dep_ != "det"] == [found] \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in found.children):
                continue  # ('the Finn added': a nation's word, no name, though 'Finn' is a given name too)
            # (a hyphenated name NER tagged as a place at its last part: 'Tāwhiao-Reid said …')
            if found is not None and (found.ent_type_ in PERSON_LABELS or self.names.is_person_name(found.text)
                                      or self.names.is_person_name(mention_of(named).text)):
                ent = self._proper(named, found)
                if ent.kind == "person" and fits(ent):
                    return ent
            elif found is None and (ent := self._titled_subject(t)) is not None and fits(ent):
                return ent  # ('The mayor, however, dismissed the allegations. …, the 58-year-old said')
        return None

    def _agent_person(self, subject: Token) -> Optional[Entity]:
        """The named person who is the agent of the passive whose subject is ``subject``, if any."""
        agent = next((o for c in subject.head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"),
                     None)
        named = _subject_name(agent, owner=False, person=self._names_person_word) if agent is not None else None
        if not named or any(x.i in self.quoted for x in named):
            return None
        found = _head(named)
        if not (found.ent_type_ in PERSON_LABELS or self.names.is_person_name(mention_of(named).text)):
            return None
        ent = self._proper(named, found)
        return ent if ent.kind == "person" else None

    def _titled_subject(self, t: Token) -> Optional[Entity]:
        """The named person a subject 'the' and a noun of people refers to by the title the article gave them
        ('The mayor' after 'Mayor Naveed Akhtar Gujjar'), if one."""
        lemma = (t.lemma_ or t.lower_).lower()
        if t.pos_ != "NOUN" or t.tag_ != "NN" or lemma not in lx.PERSON_NOUNS \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return None
        words = title_words(" ".join(c.text for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i))
        _, titled = self._titled_by(t.i, words, lemma)
        return self._named(titled, "person", name_gender(titled, titled)) if titled is not None else None

    def unresolved(self, tokens: list[Token]) -> Optional[Entity]:
        """An entity for a pronoun that nothing before it resolves ('he' in a first paragraph)."""
        word = lx.PRONOUN_STANDS_FOR.get(tokens[0].lower_, tokens[0].lower_)
        if len(tokens) != 1 or word not in lx.PRONOUNS or word in ("i", "we", "you"):
            return None
        gender, number = lx.PRONOUNS[word]
        ent = Entity(len(self.entities), tokens[0].text, "person" if number == "sg" and word != "it" else "unknown",
                     anonymous=False, gender=gender, number=number, head=word)
        self.entities.append(ent)
        return ent

    @property
    def author(self) -> Optional[str]:
        """The writer a byline names, who is 'I' outside quotes, if one does."""
        return self._author

    def writer(self, tok: Token) -> Entity:
        """An entity for 'I' or 'we' outside quotes, the writer, or 'you', the reader: named as written."""
        number = "pl" if tok.lower_ == "we" else "sg"
        kind = "unknown" if tok.lower_ == "you" else "person" if number == "sg" else "group"
        ent = Entity(len(self.entities), tok.text, kind, anonymous=False, gender=None, number=number, head=tok.lower_)
        self.entities.append(ent)
        return ent

    def nearest_person(self, before: int, after: int = 0) -> Optional[Entity]:
        """The last named person mentioned between two character offsets (a weak guess)."""
        found = self.person_mentioned(before, after)
        return found[1] if found is not None else None

    def person_mentioned(self, before: int, after: int = 0) -> Optional[tuple[int, Entity]]:
        """(where, whom): the last named person mentioned between two character offsets; not the
        byline's writer, who is 'I' ('"How bad is it?" I asked. "…," she said')."""
        i = bisect.bisect_left(self._people_at, before) - 1
        while i >= 0 and self.is_writer(self._people[i]):
            i -= 1
        return (self._people_at[i], self._people[i]) if i >= 0 and self._people_at[i] >= after else None

    def writer_entity(self) -> Entity:
        """The byline's writer, who is 'I' outside quotes (the byline must name one)."""
        assert self._author is not None
        return self._named(self._author, "person", name_gender(self._author, self._author))

    def is_writer(self, entity: Entity) -> bool:
        """Is ``entity`` the byline's writer, who is 'I' outside quotes?"""
        return self._author is not None and entity.name == self._author


_FIRST_PERSON = re.compile(r"(?<![\w'\u2019])(?:I|I['\u2019](?:m|ve|d|ll)|me|my|myself)(?![\w'\u2019])")


def speaks_as_a_person(entity: Entity, words: str, mention: str = "") -> None:
    """A name of no known kind that says 'I', 'me' or 'my' in its quote is a person's ('"He's
    like, 'No, I …'" Keidis continued', without NER): organisations say 'we'; so is one that 'he'
    or 'she' speaks as (``mention``: 'Meanwhile Rihanna … "…," she said'). Not a place's name,
    and not without tags, where a sentence's first word ('Instead') passes for a name."""
    if entity.kind == "unknown" and not entity.anonymous and entity.proper_head and entity.number == "sg" \
            and (_FIRST_PERSON.search(words) or lx.PRONOUNS.get(mention.lower(), (None,))[0] is not None) \
            and not is_place(entity.name):
        entity.kind = "person"
    elif entity.kind == "organization" and _FIRST_PERSON.search(words) and _person_like(entity.name):
        entity.kind = "person"  # ('"From the bottom of my soul, I know …" Bryne said', NER's ORG)


def _person_like(name: str) -> bool:
    """Could ``name`` be a person's, though taken for an organisation's: one to three capitalised words,
    no article, no word in capitals, none that organisations' names have, no place, no news outlet?"""
    words = name.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words) \
        and not any(w.lower() in lx.ORG_NAME_ENDINGS or w.lower() in lx.NEWS_OUTLETS for w in words) \
        and not is_place(name) and not is_known_organisation(name)


def _in_order(positions: list[int], entities: list[Entity], at: int, entity: Entity) -> None:
    """Put ``entity``, mentioned at character ``at``, among ``entities`` in the article's order
    (``positions`` ascending beside them): a late lookup may come after later mentions."""
    k = bisect.bisect_right(positions, at)
    positions.insert(k, at)
    entities.insert(k, entity)


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_MEMBERS = re.compile(r", (?:and )?| and ")  # 'Kettering and Tanner', 'Smith, Jones and Brown'


def _noun_of(lemma: str) -> str:
    """One noun for 'person' and 'people' ('one of the people said … the person said')."""
    return "person" if lemma == "people" else lemma


def _spoken_for(noun: Token) -> Optional[Token]:
    """The name a spokesperson speaks for ('A spokeswoman for [Strathmore Land and Homes]')."""
    if (noun.lemma_ or noun.lower_).lower() not in _VOICES:
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj" and is_proper(o)), None)


_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})


def _maker(noun: Token) -> Optional[Token]:
    """Who made a document, as the parse says: its owner ('Acme's statement') or the object of
    'from' or 'by' after it ('a statement from Ford Motor Co.', 'a letter by the senators').
    None without a parse: spaCy's ``children`` of an unparsed Doc can crash the process."""
    if not has_parse(noun.doc):
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by") and child.i > noun.i:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ in ("acl", "relcl") and child.i > noun.i \
                and lx.MAKING_FORMS.get(child.lower_, (child.lemma_ or "").lower()) in lx.MAKING_VERBS:
            # 'a letter signed by 400 residents', 'a report written by the inspector general'; the subject of
            # a relative clause: 'a letter she had written', 'the note that Ortega signed'
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i
                            and c.lower_ not in lx.RELATIVE_PRONOUNS), None)
            if obj is not None or subject is not None:
                return obj or subject
    # 'a White House statement', 'a Pentagon readout': the organisation it is named by
    before = noun.doc[noun.i - 1] if noun.i > 0 and noun.pos_ == "NOUN" else None  # not 'The Washington Post'
    if before is not None and before.dep_ == "compound" and before.head.i == noun.i and before.pos_ == "PROPN" \
            and before.lower_ not in lx.TIME_NOUNS and before.ent_type_ not in ("DATE", "TIME"):
        return before
    return None


def _main_subject(t: Token, quoted: frozenset[int] | set[int]) -> bool:
    """Is ``t`` the head of one named or described subject of a main clause, outside quotes?"""
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.i not in quoted \
        and t.pos_ in ("PROPN", "NOUN") and t.tag_ not in ("NNS", "NNPS")


_TRADED = frozenset({"shares", "stock", "stocks"})
_UNLISTED = frozenset({"regulator", "watchdog", "agency", "charity"})  # bodies that have no shares


def _traded(t: Token, quoted: frozenset[int] | set[int]) -> Optional[Token]:
    """The firm whose shares head a main clause's subject ('Shares in Corvane Payments fell', 'Stock of
    Acme Corp. rose'), as business news opens a story about it."""
    if t.dep_ != "nsubj" or t.head.dep_ != "ROOT" or t.i in quoted or t.lower_ not in _TRADED:
        return None
    prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
    return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if prep is not None else None


def _name_set_off_after(part: list[Token]) -> Optional[list[Token]]:
    """The name set off by commas right after a coordinated part that is a noun of people, past the
    rest of a word the parse split at its hyphen ('the Green party co[-leader], [Tom Ellery],')."""
    doc = part[-1].doc
    i = part[-1].i + 1
    while i < len(doc) and hyphen_joined(doc[i]):
        i += 1  # ('-', 'leader')
    role = doc[part[-1].i:i].text.replace(" ", "").lower()  # (a hyphenated role by its last part: 'co-leader')
    if not _role_word(role) or i >= len(doc):
        return None
    # set off by commas, or, after a role, with none ('Mr Qureshi and fellow opposition councillor Zulfiqar Ahmed
    # Bhatti said'); its words in capitals, hyphens inside them ('Sipho Mathebula-Khoza'); one word only after a
    # noun of kin ('Sutrisno and his wife, Wartini,')
    comma = doc[i].text == ","
    j = k = i + 1 if comma else i
    words = 0
    while j < len(doc) and words <= 3:
        if doc[j].is_alpha and doc[j].text[:1].isupper():
            words += 1
            j += 1
        elif j > k and inner_hyphen(doc[j]) and j + 1 < len(doc) and doc[j + 1].is_alpha:
            j += 2  # ('Mathebula-Khoza': one word)
        else:
            break
    fewest = 1 if comma and role in lx.NOUN_GENDER and role not in lx.TITLES else 2
    if not fewest <= words <= 3 or j >= len(doc):
        return None
    # (after commas, the name's own comma or the sentence's end; without, the verb)
    return list(doc[k:j]) if doc[j].text in (",", ".") or not comma and doc[j].pos_ in ("VERB", "AUX") else None


def _proper_main_subject(t: Token, quoted: frozenset[int] | set[int]) -> bool:
    """Is ``t`` a proper name, of either number, heading a main clause's subject, outside quotes?"""
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.i not in quoted and t.pos_ == "PROPN"


def _plural_name_subject(t: Token, quoted: frozenset[int] | set[int]) -> bool:
    """A name of plural form heading a main clause's subject ('Brightwater Foods cut …', 'Senate
    Democrats said …'): what it names, its lookup says."""
    return t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.i not in quoted and t.tag_ == "NNPS"


def _of_the_kind(entity: Entity, lemma: str) -> bool:
    """Can 'the <lemma>' refer to ``entity`` by the word its name ends with: no firm is 'the agency' or 'the
    regulator' ('Harwick Therapeutics'), and no public body 'the company' ('The Food and Drug Administration
    approved … Harwick Therapeutics … the company said')?"""
    last = entity.name.lower().split()[-1] if entity.name else ""
    if lemma in lx.PUBLIC_BODY_EPITHETS:
        return last not in lx.FIRM_NAME_ENDINGS
    return last not in lx.PUBLIC_BODY_WORDS


def _back_from(doc: Doc, i: int, max_breaks: int, after: int = -1) -> Iterator[Token]:
    """The tokens from ``doc[i]`` back, at most ``_MAX_TOPIC_LOOKBACK`` of them, while no more
    than ``max_breaks`` line breaks are crossed and none starts before character ``after``."""
    breaks = 0
    stop = max(i - _MAX_TOPIC_LOOKBACK, -1)
    while i > stop and doc[i].idx >= after:
        t = doc[i]
        if "\n" in t.text_with_ws:
            breaks += 1
            if breaks > max_breaks:
                return
        yield t
        i -= 1


def _determiner(tokens: list[Token]) -> str:
    """The phrase's determiner, also when the phrase was cut after it ('the "Avatar" star')."""
    head = _head(tokens)
    det = next((c for c in head.children if c.dep_ in ("det", "poss") and c.i < head.i), None) \
        if has_parse(head.doc) else None
    return det.lower_ if det is not None else tokens[0].lower_


_PAIR_NOUNS = frozenset({"couple", "pair", "duo", "twosome"})
_KIN_PAIRS = frozenset({"brother", "sister", "twin", "sibling"})  # 'the brothers': the two named before


def _with_compounds(tok: Token) -> list[Token]:
    """A name's head with the words of the name before it: 'Trevor McAuley' for 'McAuley'."""
    words = [tok]
    while words[0].i > 0 and (before := tok.doc[words[0].i - 1]).head == tok \
            and (before.dep_ == "compound" and before.pos_ == "PROPN" or inner_hyphen(before)):
        words.insert(0, before)  # (through a hyphen: 'Inoue-Matsuda')
    return words


def _of_two(tokens: list[Token], head: Token, lemma: str, plural: bool) -> bool:
    """Does a description count two people: 'the couple', 'the pair', 'the two', 'the two of them',
    'the two MPs', 'both'?"""
    first = tokens[0].lower_
    words = {t.lower_ for t in tokens}
    return first in lx.DEFINITE and (lemma in _PAIR_NOUNS or head.lower_ == "two" or "two" in words and plural
                                     or plural and lemma in _KIN_PAIRS) \
        or first == "both" and (len(tokens) == 1 or len(tokens) == 2 and _noun_of(lemma) in lx.PERSON_NOUNS)


_SPELT_OUT = re.compile(r"((?:[A-Z][\w'\u2019&.-]*[ \t]+(?:(?:of|for|and|the|on|in)[ \t]+)*){1,8})\(([A-Z][A-Za-z]{1,7})\)")
_ACRONYM_FILLERS = frozenset({"of", "for", "and", "the", "on", "in"})


def acronyms(text: str) -> dict[str, str]:
    """The initialisms a text spells out, by name key: 'Department of Public Works and Highways (DPWH)'
    gives 'dpwh' -> 'Department of Public Works and Highways'; the capitals' initials must spell it."""
    out: dict[str, str] = {}
    for m in _SPELT_OUT.finditer(text):
        words = m.group(1).split()
        letters = m.group(2)
        kept = [w for w in words if w.lower() not in _ACRONYM_FILLERS]
        if letters.isupper():
            n = len(kept) - len(letters)  # the name's last words, as many as the letters
            fits = n >= 0 and "".join(w[0] for w in kept[n:]).upper() == letters
            if not fits and len(words) >= len(letters):  # its 'and' a letter too: 'Water and Sewerage Authority (WASA)'
                n = len(words) - len(letters)
                fits = "".join(w[0] for w in words[n:]).upper() == letters and words[n][:1].isupper()
                kept = words
        else:  # one written as a word ('Nato', 'Nadma'): the initials in its letters, in order, from its first
            n = next((n for n in range(max(len(kept) - len(letters), 0), len(kept) - 1)
                      if _initials_in("".join(w[0] for w in kept[n:]).upper(), letters.upper())), -1)
            fits = n >= 0
        if fits:
            out.setdefault(letters.lower(), " ".join(words[words.index(kept[n]):]))
    # an initialism the text never spells out beside it, of the one body it names in full elsewhere ('the Qatar
    # Football Association' … 'The QFA said')
    for letters in sorted(set(_INITIALISM.findall(text)) - {k.upper() for k in out})[:_MAX_INITIALISMS]:
        found = {m.group(0) for m in _initials_pattern(letters).finditer(text)}
        if len(found) == 1:
            out[letters.lower()] = found.pop()
    return out


_INITIALISM = re.compile(r"\b[A-Z]{3,5}\b")
_MAX_INITIALISMS = 30  # a bound on the work for a text in capitals
_FILLER = rf"(?:[ \t]+(?:{'|'.join(sorted(_ACRONYM_FILLERS))}))*[ \t]+"  # the words of a name no initial stands for


def _initials_pattern(letters: str) -> re.Pattern[str]:
    """A run of words in capitals whose initials spell ``letters``, fillers between ('of', 'and')."""
    return re.compile(r"\b" + _FILLER.join(rf"{c}[a-z][\w'\u2019-]*" for c in letters) + r"\b")


# a byline's name: words in capitals, of any alphabet's ('Ciarán Ó Murchú'), and the particles a name holds
# ('Ana de la Cruz')
_CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]"
_BYLINE_WORD = rf"(?:{_CAPITAL}[\w'\u2019.-]+|{_CAPITAL}(?= )|(?:{'|'.join(sorted(lx.NAME_PARTICLES))})(?= ))"
_BYLINE = re.compile(rf"(?:By|by|BY) ((?:{_CAPITAL}[\w'\u2019.-]+)(?: {_BYLINE_WORD}){{0,3}} {_CAPITAL}[\w'\u2019.-]+)"
                     r"(?:(?:,| +\|| +/| at| in) [^\n]*)?")
_BYLINE_LINES = 6  # a byline stands near the top, under the headline and the standfirst
_WRITER_NAME = r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}"
_DOTTED_BYLINE = re.compile(rf"({_WRITER_NAME}) [\u00b7\u2022|] [^\n]+")
_STANDFIRST_WRITER = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<name>{_WRITER_NAME}) (?:met|meets|spoke to|speaks to|talked to|talks to|caught up with|"
    rf"visited|interviewed) (?:her|him|them)\b[^.!?]*[.!?]$"
    rf"|\b(?:[Ss]he|[Hh]e|[Tt]hey) (?:talks?|speaks?|talked|spoke) to (?P<to>{_WRITER_NAME})[.!?]$"
    rf"|^[Ii]nterview by (?P<by>{_WRITER_NAME})$")


def byline_author(text: str) -> Optional[str]:
    """The one writer a byline near the top names ('By Imogen Lowther', 'By Rachel Ng, Court Reporter',
    'By Nandini Raghavan | Mumbai', 'by Kareem Greaves'), who is 'I' outside quotes; none for two writers ('By
    Karin Holm and Daniel Osei') or a sentence that opens with 'By' ('By winning the primary, …')."""
    lines = [line.strip() for line in text.split("\n", 4 * _BYLINE_LINES)[:4 * _BYLINE_LINES] if line.strip()]
    found = (_BYLINE.fullmatch(line) for line in lines[:_BYLINE_LINES])  # (two writers' 'and' matches no name)
    by = next((m.group(1) for m in found if m is not None), None)
    if by is not None:
        return by
    # a name that opens a line of the outlet and the time, set off by dots or bars ('Adam Fournier · CBC News ·
    # Posted: May 28, 2025'), opening with a given name
    dotted = [m.group(1) for m in (_DOTTED_BYLINE.fullmatch(line) for line in lines[1:_BYLINE_LINES]) if m is not None
              and m.group(1).split()[0].lower() in lx.FIRST_NAMES]
    if len(dotted) == 1:
        return dotted[0]
    # a line under the headline that is a name alone, opening with a given name, which the story never
    # names again ('Marta Kask', as magazines and interview pages print a byline)
    bare = [line for line in lines[1:_BYLINE_LINES] if re.fullmatch(_WRITER_NAME, line)
            and line.split()[0].lower() in lx.FIRST_NAMES]
    if len(bare) == 1 and len(re.findall(rf"\b{re.escape(bare[0].split()[-1])}\b", text)) == 1:
        return bare[0]
    # an interview's standfirst names its writer in a sentence of its own ('Lars Bech Nielsen met her in
    # Nørrebro.', 'She talks to Simon Hale.'), when one does, once, and the story never names them again
    # (not 'Joe Biden met him at the White House. … Biden said')
    met = [m.group("name") or m.group("to") or m.group("by")
           for line in lines[:_BYLINE_LINES] for m in _STANDFIRST_WRITER.finditer(line)]
    if len(met) != 1 or len(re.findall(rf"\b{re.escape(met[0].split()[-1])}\b", text)) != 1:
        return None
    return met[0]


def _names_set_off(parts: list[list[Token]]) -> list[list[Token]]:
    """The names of coordinated speakers that a noun of people before them, and a comma, sets off ('his
    children, Ifeoma Ezeakolam-Okoro and Chukwudi Ezeakolam,'): the names alone; else the parts as they are."""
    if len(parts) < 3 or any(is_proper(t) for t in parts[0]) \
            or not all(any(is_proper(t) for t in p) for p in parts[1:]):
        return parts
    doc, after = parts[0][-1].doc, parts[0][-1].i + 1
    return parts[1:] if after < len(doc) and doc[after].text == "," else parts


def _initials_in(initials: str, letters: str) -> bool:
    """Are the initials the letters' first and the rest of them in order ('NDMA' in 'NADMA', 'NATO')?"""
    rest = iter(letters[1:])
    return initials[:1] == letters[:1] and all(c in rest for c in initials[1:])


def _joined_to_root(verb: Token) -> bool:
    """Is ``verb`` coordinated with its sentence's root, a main clause of its own ('…, but Villalba followed')?"""
    return verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _standfirst_end(doc: Doc, headline_end: Optional[int]) -> Optional[int]:
    """The last token of a standfirst, the short line under a headline that tells the story again ('Judge says
    accused's behaviour was "a disgrace …"'): a paragraph of at most ``_STANDFIRST_TOKENS`` tokens with no full
    stop at its end and no byline; None when the line under the headline is none."""
    if headline_end is None:
        return None
    i = headline_end + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    end = next((t.i for t in doc[i:i + _STANDFIRST_TOKENS + 1] if "\n" in t.text_with_ws), None)
    while end is not None and end > i and doc[end].is_space:
        end -= 1
    if end is None or end == i or doc[end].text in (".", "?", "!") or doc[i].lower_ == "by":
        return None
    return end


_STANDFIRST_TOKENS = 40


def _title_fits(words: frozenset[str], lemma: str, title: frozenset[str]) -> bool:
    """Does a description ('the former Florida governor': {'former', 'florida'} and
    'governor') fit a title or appositive a named person was given ('former Florida Gov.')?
    Its noun must be there, or a rank of its kind ('the officer' for 'Detective Constable Gareth
    Hume'), and its names and its 'former' or 'vice' must agree."""
    return (lemma in title or not title.isdisjoint(lx.RANKS_OF.get(lemma, ()))) and _names_in(words) <= title \
        and words & lx.ROLE_MODIFIERS == title & lx.ROLE_MODIFIERS


def _names_in(words: frozenset[str]) -> frozenset[str]:
    """The words of a description that a title must share: 'Florida', 'Republican', 'retired'."""
    return frozenset(w for w in words if w not in lx.TITLES or w in ("democratic", "republican")) - lx.ROLE_MODIFIERS \
        - lx.DESCRIPTIVE_WORDS


def _withholds(kind: str, lemma: str, plural: bool, definite: bool, tokens: list[Token]) -> bool:
    """Does an unnamed description withhold the name of a person or people? 'a senior
    official', 'aides' do; 'the statement', 'the crowd', 'about 200 protesters', 'nearly
    140 House members', 'the company', and a definite description nothing unnamed came
    before ('the former president', 'the two lawmakers'), do not; nor does 'any rational person',
    a relative known by the person named ('his wife'), or a medium's voice ('the ad's narrator')."""
    if kind not in ("person", "group") or lemma not in _ONE_PERSON_NOUNS:
        return False
    first = tokens[0].lower_
    if first in lx.GENERIC_DETERMINERS or first in lx.POSSESSIVE_PRONOUNS and lemma in lx.KIN_NOUNS \
            or lemma in lx.VOICE_NOUNS:
        return False  # 'any rational person' is no one; 'his wife' is known by him; 'the narrator', a voice
    if plural:
        return not (lemma in lx.PUBLIC_NOUNS or definite or any(_count(t) >= _CROWD for t in tokens))
    return not (definite and lemma in lx.EPITHET_NOUNS)


_INTRODUCING_ROLES = frozenset({"nsubj", "nsubjpass", "pobj", "dobj"})


def _who_follows(noun: Token) -> bool:
    """Does a relative 'who' describe the noun ('the barmaid, who did not wish to be named')? Only
    people are 'who'. The parse may hang it on where the person is ('a money changer at Road Port,
    who declined to give his name', 'a loss adjuster working in the region, who asked not to be
    named'): a place is no 'who' either, nor the noun of such a place."""
    if not has_parse(noun.doc) or noun.pos_ != "NOUN" or not noun.text.islower() or noun.lower_ in _NO_ONE \
            or _place_of_noun(noun):
        return False  # (a noun in lower case: not 'those who', 'someone who', no one in particular, nor 'Sanders')
    preps = [c for c in noun.children if c.dep_ == "prep"] \
        + [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" for p in c.children if p.dep_ == "prep"]
    places = [o for c in preps if c.lower_ in _PLACE_PREPOSITIONS for o in c.children if o.dep_ == "pobj"]
    return any(c.dep_ == "relcl" and c.i > noun.i and any(g.lower_ in ("who", "whom") and g.i < c.i for g in c.children)
               for t in (noun, *places) for c in t.children)


# (a party's or a nation's word names no one place of a person's: 'the GOP front-runner' is not whoever the article
# called 'the only Republican candidate')
_PARTY_OR_NATION = _MEMBER_NOUNS | frozenset({"democratic"})


def _person_in_apposition(noun: Token) -> bool:
    """Does a noun of a person stand in apposition to ``noun`` ('one of the complainants, [a woman] who …')?"""
    if not has_parse(noun.doc):
        return False
    owners = [noun]  # (and the partitive's head the appositive hangs on: 'one' of 'one of the complainants')
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        owners.append(noun.head.head)
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and (c.lemma_ or c.lower_).lower() in _PEOPLE_IN_APPOSITION
               for owner in owners for c in owner.children)


_PEOPLE_IN_APPOSITION = lx.PERSON_NOUNS | lx.PLAIN_PERSON_NOUNS


def _withheld_by_own_clause(noun: Token) -> bool:
    """Does a relative clause of 'who' on ``noun``'s phrase say why the article withholds the name ('…, who
    declined to give his name,'), wherever the parse hung it in the phrase?"""
    if not has_parse(noun.doc):
        return False
    for t in noun.subtree:
        for c in t.children if t.i >= noun.i else ():
            if c.dep_ != "relcl" or not any(g.lower_ in ("who", "whom") for g in c.children):
                continue
            why = (anonymity_in(list(c.subtree)) or "").lower()
            # (not a clause that gives the name the person goes by: 'who asked to be identified by her kunya')
            if why and not (("identif" in why or "known" in why) and "not" not in why.split()):
                return True
    return False


# (and of the body they are with: 'A rescuer with Basarnas, who spoke on condition of anonymity')
_PLACE_PREPOSITIONS = frozenset({"at", "in", "from", "near", "outside", "with"})


def _place_of_noun(noun: Token) -> bool:
    """Is the noun where the noun before it is or works ('a money changer at [Road Port]', 'a loss
    adjuster working in [the region]'): the object of a place's preposition on a noun, or on its participle?"""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPOSITIONS:
        return False
    owner = prep.head.head if prep.head.dep_ == "acl" and prep.head.tag_ == "VBG" else prep.head
    return owner.pos_ in ("NOUN", "PROPN") and owner.i < noun.i
_NO_ONE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "no-one", "nobody", "one"})


def _count(tok: Token) -> int:
    """The number a token writes in digits ('140'), else 0."""
    digits = tok.text.replace(",", "")
    return int(digits) if digits.isdecimal() and len(digits) < 9 else 0  # not "²": isdigit, but no int


def is_place(name: str) -> bool:
    """Is the name exactly a place of ``lexicon.PLACES`` ('New York City', 'the United States')?
    A lone word that is also a first name ('Chad') is left to the name rules."""
    words = name.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    return " ".join(words) in lx.PLACES and not (len(words) == 1 and words[0] in lx.FIRST_NAMES)


def _people_word(word: str) -> bool:
    """Could the capitalised word name people, not a body: a plural ('the Founding Fathers') or a
    word of a place's people ('the Texan', 'the Iraqi', 'the Chinese', 'the Spaniard', 'the
    Muscovite', 'the Frenchman', 'the British')? Not a word in capitals."""
    return not word.isupper() and word.lower().endswith(("s", "an", "ese", "i", "ard", "ite", "ish"))


def _partly_labelled(tokens: list[Token]) -> bool:
    """Two or three proper nouns, no word of an organisation's name among them, some labelled by NER
    and some not: a label on part of a name says nothing of the whole."""
    return 2 <= len(tokens) <= 3 and all(t.pos_ == "PROPN" for t in tokens) \
        and any(t.ent_iob_ == "O" for t in tokens) and any(t.ent_type_ for t in tokens) \
        and not any(t.lower_.rstrip(".") in lx.ORG_NAME_ENDINGS for t in tokens)


def _name_goes_on(last: Token) -> bool:
    """Does a capitalised word follow the phrase's last word ('the United' of 'the United States')?"""
    return last.i + 1 < len(last.doc) and last.doc[last.i + 1].text[:1].isupper()


def _opens_a_name(tok: Token) -> bool:
    """Is the word that opens a sentence the first of a body's name ('[Climate] Change Commission chair
    …'): in capitals, a proper noun to the tagger, no article and no word that opens sentences? (Its
    caller wants another word in capitals between it and the noun: 'Split Council', a heading's two
    words, is no name.)"""
    return tok.is_sent_start and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
        and tok.lower_ not in lx.SENTENCE_OPENERS and tok.lower_ not in lx.DEFINITE | lx.INDEFINITE \
        and has_tags(tok.doc) and tok.tag_ == "NNP"


def _of_home(tokens: list[Token]) -> Optional[int]:
    """Where 'of' or 'at' and a place or a body in capitals follow a person's name in full, a given name first
    and two words or more in capitals ('Karen Lindgren-Moe [of Edina]', 'Erik Lindgren [of Duluth]', 'Joris van
    Dam [at Erasmus MC]'): the index of 'of' or 'at'; None for a name of one word ('Catherine of Aragon') or
    anything else."""
    k = next((n for n, t in enumerate(tokens) if t.lower_ in ("of", "at")), None)
    if k is None or k < 2 or k + 1 >= len(tokens) or tokens[0].lower_ not in lx.FIRST_NAMES:
        return None
    words = [t for t in tokens[:k] if not hyphen_joined(t) and t.text not in ("-", "‐")]
    after = tokens[k + 1:]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in lx.NAME_PARTICLES for t in words) \
            or not words[-1].text[:1].isupper() \
            or not all(t.text[:1].isupper() or t.lower_ in lx.NAME_PARTICLES for t in after) \
            or not after[0].text[:1].isupper():
        return None
    return k


def _titles_only(name: str) -> bool:
    """Is the name nothing but titles ('Hon.', 'Dr', 'Rt. Hon.')?"""
    words = name.split()
    return bool(words) and all(w.lower() in lx.TITLES or w.lower().rstrip(".") in lx.TITLES for w in words)


def _body_name_start(doc: Doc, first: int) -> int:
    """Where the words in capitals that name a body before ``first`` begin: 'Homes Now' of 'the Homes Now
    coalition', 'Hartwell County' of "Hartwell County sheriff's office", "Poland's" of "Poland's finance
    ministry" (an owner's mark and an inner 'and' or 'of' between words in capitals go with them);
    ``first`` when there are none."""
    def capital(tok: Token) -> bool:  # (no article, even where no parse saw the sentence open)
        return (_capitalised_word(tok) or _opens_a_name(tok)) and tok.lower_ not in _NOT_A_NAMES_WORD

    lo = first
    while lo > 0:
        prev = doc[lo - 1]
        if capital(prev):
            lo -= 1
        elif lo > 1 and (prev.lower_ in _OWNER_MARKS or plural_owners_mark(prev)) and doc[lo - 2].is_alpha \
                and doc[lo - 2].text[:1].isupper() and doc[lo - 2].lower_ not in _NOT_A_NAMES_WORD:
            lo -= 2  # (an owner in capitals is a name, opening a sentence too: "Poland's finance ministry")
        elif lo > 1 and lo < first and prev.lower_ in ("and", "of", "&") and capital(doc[lo - 2]):
            lo -= 2
        elif lo > 1 and lo < first and inner_hyphen(prev) and doc[lo - 2].is_alpha and doc[lo - 2].is_title:
            lo -= 2  # (and a name's hyphen, opening a sentence too: 'Thompson-Nicola Regional District')
        else:
            break
    return lo


def _noun_goes_on(tok: Token) -> bool:
    """Does the word after a noun make it a compound's modifier ('campaign [manager]', 'campaign [swing]'): a
    noun to the tagger, or without tags, a word of people or bodies?"""
    if not tok.is_alpha:
        return False
    if has_tags(tok.doc):
        return tok.tag_.startswith("NN")
    return tok.lower_ in lx.PERSON_NOUNS or tok.lower_ in lx.ORG_NOUNS


def _capitalised_word(tok: Token) -> bool:
    """Is the token a word in capitals that opens no sentence (a name's word inside running text)?"""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def _opens_with_known_organisation(name: str) -> bool:
    """Is the name a known organisation's, or one with more words after it that open no person's name
    ('Politico Europe', 'Google Cloud', 'Al Jazeera English')?"""
    words = name.split()
    return is_known_organisation(name) or any(
        is_known_organisation(" ".join(words[:k])) and words[k].lower() not in lx.FIRST_NAMES
        for k in (1, 2) if len(words) > k)


def is_known_organisation(name: str) -> bool:
    """Is the name exactly one of ``lexicon.KNOWN_ORGANISATIONS`` ('Reuters', 'Le Monde', 'the Gallup')?"""
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words) in lx.KNOWN_ORGANISATIONS


def _epithet_only(tokens: list[Token], head: Token) -> bool:
    """'the company', 'the central bank', 'the German carmaker': the article and the noun, with at
    most two words in lower case or of a nation before it; no name, number or clause, and no word
    that makes it another organisation ('the rival company'); where it is based may go first ('the San
    Francisco-based company', 'the London-headquartered bank'), and a word written with hyphens is one
    ('the card-processing company')."""
    middle = tokens[1:-1]
    based = next((n for n, t in enumerate(middle) if t.lower_ in _BASED and n > 0 and inner_hyphen(middle[n - 1])),
                 None)
    if based is not None:
        middle = middle[based + 1:]
    words = [t for t in middle if not hyphen_joined(t)]
    return tokens[-1] == head and len(words) <= 2 and all(
        (t.is_lower and t.is_alpha or t.lower_ in lx.DEMONYMS or inner_hyphen(t)) and t.lower_ not in lx.OTHER_ORG_WORDS
        for t in middle)  # (not 'the rival company', 'the parent company')


_BASED = frozenset({"based", "headquartered"})
_OWNER_MARKS = frozenset({"'s", "\u2019s"})
_NOT_A_NAMES_WORD = lx.DEFINITE | lx.INDEFINITE | lx.SENTENCE_OPENERS


def _place_named(tokens: list[Token]) -> bool:
    """A run of capitalised words that opens or ends with a country's or a place's name and opens
    with no first name: a body of the place ('Statistics Canada', 'Ontario Power Generation',
    'Toronto Hydro'), not a person ('Kerry Washington', 'Virginia Foxx')."""
    words = [t for t in tokens if t.is_alpha]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words) \
        and (is_place(words[-1].text) or is_place(words[0].text)) \
        and words[0].lower_ not in lx.FIRST_NAMES and not word_first_name(words[0]) \
        and not is_place(" ".join(t.text for t in words))


_ACRONYM = range(2, 6)  # 'AP', 'CNN', 'NATO', 'CREW'; a dateline's city is a place or longer


def _acronym(tokens: list[Token]) -> bool:
    """One word in capitals of two to five letters, after an article at most ('the FBI'), and a
    channel's number at most ('ABC 7', 'WNBC 4')."""
    words = [t for t in tokens if not (t.lower_ in ("the", "a", "an") and t.i == tokens[0].i)]
    if len(words) == 2 and words[1].is_digit and len(words[1]) <= 2:
        words = words[:1]
    return len(words) == 1 and words[0].is_alpha and words[0].is_upper and len(words[0]) in _ACRONYM \
        and words[0].lower_ not in lx.FIRST_NAMES


def _in_capitals(tokens: list[Token]) -> bool:
    """Every word of the run in capitals ('NEW YORK'), as datelines and headlines set them."""
    words = [t for t in tokens if t.is_alpha]
    return bool(words) and all(t.is_upper and len(t) > 1 for t in words)


def _names_end(tokens: list[Token], head: Token) -> bool:
    """Does the phrase end at its head? 'Hannity' does (a name, whatever its tag); 'Footage of
    Al-Awlaki' ends in a name it is not."""
    words = [t for t in tokens if not t.is_punct and t.tag_ != "POS"]
    return bool(words) and words[-1].i == head.i


def _first_named_head(tokens: list[Token], head: Token) -> bool:
    """Does a longer phrase have for head a name that begins with a first name ('Dan Ives of
    Wedbush'; not 'the American Federation of Teachers')?"""
    if _names_end(tokens, head) or not is_proper(head) or head.lower_ in lx.ORG_NAME_ENDINGS:
        return False
    words = _person_part(tokens, head).split()
    return len(words) >= 2 and words[0].lower() in lx.FIRST_NAMES


def _inner_family_names(words: list[str], person: bool = False) -> list[str]:
    """The words inside a name of three words or more that opens with a first name (or that NER
    calls a person's, ``person``: 'Javiera Soto Contreras') and may be a family name: no first name,
    particle or initial ('Martínez' of 'Lucía Martínez Ortega', 'López' of 'Andrés Manuel López
    Obrador', 'Rodham' of 'Hillary Rodham Clinton')."""
    if len(words) < 3 or words[0].lower() not in lx.FIRST_NAMES and not person \
            or words[-1].lower() in lx.ORG_NAME_ENDINGS:
        return []  # (not 'The Rachel Maddow Show')
    return [w for w in words[1:-1] if w[:1].isupper() and w.isalpha() and w.lower() not in lx.FIRST_NAMES
            and w.lower() not in lx.NAME_PARTICLES and w.lower() not in lx.NAME_CAPITAL_PARTICLES]


_INITIAL = re.compile(r"[A-Z]\.")


def _middle_initial(head: Token) -> bool:
    """Does a name with a middle initial end at ``head`` ('Channing D. Phillips', 'George W. Bush', which
    NER may take for an organisation)? Organisations' names do not take one: 'John F. Kennedy Airport'
    ends at 'Airport', and 'J. Crew' opens with its initial."""
    doc, i = head.doc, head.i
    return i >= 2 and bool(_INITIAL.fullmatch(doc[i - 1].text)) and doc[i - 2].is_alpha and doc[i - 2].is_title \
        and head.is_alpha and head.is_title and head.lower_ not in lx.ORG_NAME_ENDINGS \
        and (i < 3 or not _INITIAL.fullmatch(doc[i - 3].text))


def _plural_possessive(tok: Token) -> bool:
    """Is ``tok`` the apostrophe of a plural's possessive, glued to the word before ('Councils'')?"""
    if tok.text not in ("'", "\u2019") or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.text.endswith("s") and before.idx + len(before.text) == tok.idx


def _after_owner(tokens: list[Token], head: Token) -> list[Token]:
    """The words after the owner that a possessive before the head names: "the Zionist Union
    Party's Nachman Shai" -> 'Nachman Shai', "Britain's Parliament" -> 'Parliament'; all of
    ``tokens`` when no possessive stands before the head."""
    marks = [n for n, t in enumerate(tokens) if t.i < head.i and is_possessive(t)]
    return tokens[marks[-1] + 1:] if marks else tokens


def _person_part(tokens: list[Token], head: Token) -> str:
    """The name inside 'Sanders campaign manager Jeff Weaver': the PERSON entity, or
    the proper nouns that end at the head."""
    if head.ent_type_ in PERSON_LABELS:
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if ent is not None:
            return _without_capitals_lead(_named_part(ent).text)
    last = tokens[-1]
    if head.lower_ in lx.SEAT_HOLDERS and head.text[:1].isupper() and last.i > head.i + 2 \
            and head.doc[head.i + 1].lower_ in ("of", "for") and is_proper(last):
        # the holder named after what the office is of, whom the parse made its object ('Mid and West Wales
        # Member of the Senedd Elin Watkins', headed by 'Member'): NER's person, or without NER the proper
        # nouns from a first name on
        ent = next((e for e in head.doc.ents if e.start <= last.i < e.end and e.label_ in PERSON_LABELS), None)
        if ent is not None and ent.start > head.i + 2:
            return _without_capitals_lead(_named_part(ent).text)
        if not has_entities(head.doc):
            named = _person_part([t for t in tokens if t.i > head.i + 1], last)
            if len(named.split()) > 1 and named.split()[0].lower() in lx.FIRST_NAMES:
                return named
    run = [head]
    doc = head.doc
    for t in reversed([t for t in tokens if t.i < head.i]):
        if t.i == run[0].i - 2 and inner_hyphen(doc[t.i + 1]) and t.is_alpha:
            run.insert(0, doc[t.i + 1])  # (the hyphen a subject's tokens left out: 'Kim Soo-jin')
        if t.i != run[0].i - 1 or not (is_proper(t) or t.lower_ in lx.TITLES or inner_hyphen(t)
                                       or inner_hyphen(run[0]) and t.is_alpha):
            break
        run.insert(0, t)
    words = [w for w in (_word(u) for u in _units([t for t in run if not inner_hyphen(t)])) if w[:1].isalnum()]
    # 'Senate Majority Whip John Cornyn', 'Chief of Staff Katie Walsh': from the first name on; after an office's
    # 'of', past the department ('Minister of Finance Ashot Martirosyan')
    return _without_capitals_lead(" ".join(_past_department(run, _from_first_name(_after_roles(words)))))


def _after_roles(words: list[str]) -> list[str]:
    """The words after the last title, role or party: 'Senate Majority Leader Mitch McConnell',
    'Florida governor Jeb Bush', 'Cruz spokesman Rick Tyler', 'Democrat Zephyr Teachout',
    'Republicans Jolly of Indian Shores and DeSantis' -> the person's own name."""
    last = max((n for n, w in enumerate(words[:-1]) if _role_word(w) or _party(w)
                or n > 0 and _title_after(words[n - 1], w)),
               default=-1)  # (and an honorific that follows another: 'Datuk Seri Zainal Abidin Hashim')
    return words[last + 1:]


def _party(word: str) -> bool:
    """A party's member or members ('Democrat', 'Republicans'): what a person is, not their name."""
    w = word.lower()
    return w in lx.PARTY_MEMBERS or w.endswith("s") and w[:-1] in lx.PARTY_MEMBERS


def _from_first_name(words: list[str]) -> list[str]:
    """A run of capitalised words from its first known first name on: 'Year Barack Obama',
    'Democrats Hillary Clinton' -> the name; 'Mary Kate Olsen' keeps both first names, and 'Tran Van
    Minh' the name before a particle that is also a first name."""
    first = next((n for n, w in enumerate(words[:-1]) if w.lower() in lx.FIRST_NAMES
                  and w.lower() not in lx.NAME_CAPITAL_PARTICLES | lx.NAME_PARTICLES), None)  # not 'Mac', 'Van'
    if first is None:  # (else initials that open a name: 'Opposition V.K. Haris')
        # (of two letters at least: not a middle initial, 'Jock A. Finlayson')
        first = next((n for n, w in enumerate(words[:-1]) if n > 0 and len(w) > 2 and INITIALS.fullmatch(w)), 0)
    return words[first:]


def _one_described(one: Token) -> Optional[Token]:
    """The noun of people an indefinite appositive gives 'one' ('One of them, a senior manager who was not
    affected,'): the one it describes (with a parse)."""
    if not has_parse(one.doc):
        return None
    return next((c for c in one.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and (c.lemma_ or c.lower_).lower() in lx.PERSON_NOUNS
                 and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)), None)


def _given_name_before(tok: Token, first: Token) -> list[str]:
    """Without NER, the word a name's known first name cuts off before it, when the parse makes it part
    of the same name ('Faraz' in 'Faraz Ahmed Qureshi', 'Hawa' in 'Hawa Adam Abakar'): one proper noun
    alone before it in the run, not the sentence's first word nor a preposition's object (a seat: 'MP for
    Wycombe Steve Baker'), no abbreviation ('Del.'), title, role, place, body's word or member of a party
    or a nation."""
    if not has_parse(tok.doc) or tok.tag_ != "NNP" or tok.is_sent_start or tok.dep_ != "compound" \
            or tok.head.i < first.i or tok.i > 0 and (tok.doc[tok.i - 1].pos_ in ("ADP", "DET")
                                                     or tok.doc[tok.i - 1].lower_ in lx.DEFINITE):
        return []  # (nor after an article: 'Leader of the Opposition Carlton Waddell')
    word = tok.lower_
    if tok.text.isupper() or tok.text.endswith(".") or _role_word(tok.text) or is_place(tok.text) \
            or word in lx.ORG_NAME_ENDINGS or word in lx.ORG_NAME_NOUNS or word in _MEMBER_NOUNS:
        return []  # (an abbreviation, a title or role, a place, a body's word, a party's or nation's member)
    return [tok.text]


def _role_word(word: str) -> bool:
    """A title or a noun of people; in lower case and hyphenated, by its last part ('co-leader',
    'vice-chair')."""
    w = word.lower().strip(".-\u2013\u2014")
    if _is_title(w) or w in lx.PERSON_NOUNS:
        return True
    last = w.rsplit("-", 1)[-1]
    return "-" in w and word.islower() and (_is_title(last) or last in lx.PERSON_NOUNS)


def _without_capitals_lead(name: str) -> str:
    """'BERN Bernie Sanders' (the end of a headline in capitals) -> 'Bernie Sanders'."""
    words = name.split()
    while len(words) > 1 and len(words[0]) > 1 and words[0].isupper() and words[0].isalpha() \
            and any(w[:1].isupper() and not w.isupper() for w in words[1:]):
        words.pop(0)
    return " ".join(words)


def _with_title(ent: Span) -> list[Token]:
    """An entity's tokens with the title words before it: 'U.S. Defense Secretary' + 'Leon
    Panetta', 'Vermont Sen.' + 'Bernie Sanders', 'crane operator' + 'Sam Whitfield', 'Rovers
    manager' + 'Joey Barton'."""
    doc = ent.doc
    i = ent.start
    while i > 0 and ent.start - i < 8:
        before = doc[i - 1]
        # (a capitalised word that modifies the title is the title's too: 'Reform UK leader', 'Liberal
        # Democrat leader', which the tagger read as a noun or an adjective at the sentence's start)
        if before.lower_ in lx.TITLES or (before.dep_ == "compound" and before.head.i >= i and is_proper(before)
                                          and before.lower_ not in lx.VERB_FORMS) \
                or before.dep_ in ("compound", "amod") and before.head.i >= i and before.head.i < ent.start \
                and before.is_alpha and before.text[:1].isupper() and before.lower_ not in lx.VERB_FORMS \
                or i < ent.start and doc[i].lower_.rstrip(".") in _TITLE_WORDS and looks_capitalised(before) \
                or (before.is_lower or before.is_upper) and before.lower_ in lx.PERSON_NOUNS:  # ('TikTok CEO')
            i -= 1
        elif inner_hyphen(before) and i > 1 and i < ent.start and is_proper(doc[i - 2]):
            i -= 2  # 'Hewlett-Packard CEO'
        elif before.lower_ == "of" and i > 1 and doc[i - 2].lower_ in lx.TITLES and doc[i].text[:1].isupper():
            i -= 2  # 'Secretary of Defense Leon Panetta'
        elif before.text == "." and i > 1 and doc[i - 2].lower_ in lx.TITLES and not doc[i - 2].whitespace_:
            i -= 2  # 'Sgt' and '.' split apart: 'Sgt. Dana Wright'
        else:
            break
    return list(doc[i:ent.end])


def describe(tokens: list[Token], name: str) -> Optional[str]:
    """The appositive after a mention ('Dean Cheng, a China analyst at …,'), else the
    noun phrase a name is the appositive of ('The chancellor, Philip Hammond,'), else
    the title before the name in it ('U.S. Defense Secretary' Leon Panetta)."""
    doc = tokens[0].doc
    appos = _appositive(tokens) or _described_by(tokens)
    if appos and name in appos:  # 'The two members, Ruth Kim and Alan Burke,': her name describes no one
        appos = None
    title = None
    text = doc[tokens[0].i:tokens[-1].i + 1].text
    of = text.find(" " + name + " of ")  # 'Detective Sergeant Paul Ward of West Yorkshire Police'
    if of > 0:
        text = text[:of + 1 + len(name)]
    if len(text) > len(name) and text.endswith(" " + name) and (of > 0 or is_proper(tokens[-1])):
        cut = tokens[0].idx + len(text) - len(name)  # 'press secretary' Karine Jean-Pierre, whose name is 3 tokens
        words = [t for t in doc[tokens[0].i:tokens[-1].i + 1] if t.idx + len(t) <= cut and t.text != ","]
        while words and (words[-1].lower_.rstrip(".") in lx.HONORIFICS or words[-1].lower_ in _COURTESY
                         or len(words) > 1 and words[-1].lower_.rstrip(".") in _ACADEMIC):
            words.pop()  # 'British diplomat Sir' Christopher Meyer: the courtesy is no part of the description,
            # nor a doctor's or professor's title after a role ('Political analyst Prof' Susan Booysen)
        # words only: not a sentence's end ('… president. Mr.'), markup, or a preposition ('Despite Mr.')
        # (nor what a document's name is: 'a statement from' the White House)
        if words and words[0].pos_ not in ("ADP", "SCONJ", "CCONJ") and words[-1].pos_ not in ("ADP", "DET") \
                and words[-1].lower_ not in _TITLE_ENDS \
                and not any(t.is_punct and t.text not in _TITLE_PUNCT or _MARKUP.search(t.text) for t in words):
            title = doc[words[0].i:words[-1].i + 1].text
            title = title if _describes(title) else None
            if title is not None and words[-1].text in ("'s", "\u2019s"):
                title = doc[words[0].i:words[-1].i].text  # 'Microsoft's Scott Guthrie': of Microsoft
                title = f"of {title}" if any(w[:1].isupper() for w in title.split()) else None
    if appos and title and _PARTY_TAG.fullmatch(appos):
        return f"{title} ({appos})"  # 'House Speaker Mike Johnson, R-La.,': the office, with the party's tag
    return appos or title


def describe_weakly(tokens: list[Token]) -> Optional[str]:
    """What describes a mention when no appositive or title does: the organisation its name
    is 'of' ('Dan Ives of Wedbush Securities'), or a relative clause after it ('Maria Gonzalez,
    who runs the bakery'), as written. A title found later replaces it."""
    return _affiliation(tokens) or _relative(tokens)


def _affiliation(tokens: list[Token]) -> Optional[str]:
    """'Dan Ives of Wedbush Securities': the organisation a name is 'of', which the name itself
    leaves out, as written ('of Wedbush Securities')."""
    head = _head(tokens)
    if not has_parse(head.doc) or not is_proper(head) or head.ent_type_ not in PERSON_LABELS | {""}:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and head.i < child.i <= tokens[-1].i + 1 \
                and all(t.i < child.i for t in head.lefts):
            objects = [c for c in child.children if c.dep_ == "pobj" and is_proper(c)]
            if objects:
                phrase = subject_tokens(objects[0])
                end = next((t.i for t in phrase if t.dep_ in ("cc", "conj") and t.i > objects[0].i), phrase[-1].i + 1)
                # its own phrase: 'of Georgia', not 'of Georgia and John Boozman of Arkansas'
                if phrase[0].i == child.i + 1 and end - child.i <= _MAX_NAME_TOKENS:
                    return head.doc[child.i:end].text
    return None


_MAX_RELATIVE_TOKENS = 20


def _relative(tokens: list[Token]) -> Optional[str]:
    """'said Maria Gonzalez, who runs the bakery across the road': a relative clause after a
    name, set off by a comma, as written; none that holds a quote or runs long."""
    head = _head(tokens)
    doc = head.doc
    if not has_parse(doc) or not is_proper(head) or tokens[-1].i + 2 >= len(doc) or doc[tokens[-1].i + 1].text != ",":
        return None
    opens = tokens[-1].i + 4 if _aged(tokens[-1]) else tokens[-1].i + 2  # ('Aisha Khan, 34, who lived …')
    for child in head.children:
        if child.dep_ == "relcl" and child.left_edge.i == opens \
                and child.left_edge.lower_ in ("who", "whose") and (child.lemma_ or "").lower() not in lx.CUE_CLASS:
            # ('…, who said the project was vetted': a report, not what the person is)
            lo, hi = child.left_edge.i, child.right_edge.i
            while hi > lo and doc[hi].is_punct:
                hi -= 1
            span = doc[lo:hi + 1]
            if hi - lo < _MAX_RELATIVE_TOKENS and not any(t.is_quote for t in span):
                return span.text
    return None


def _describes(title: str) -> bool:
    """Does a title before a name tell something? 'Sen.' and 'House Speaker' do; 'Mr.',
    'Mrs', 'Dr', 'Former' alone and 'the' ('the Obama administration') do not."""
    return any(w.lower().rstrip(".") not in lx.HONORIFICS and w.lower().rstrip(".") not in _BARE_TITLE_WORDS
               and w.lower() not in _DETERMINERS for w in title.split())


_BARE_TITLE_WORDS = frozenset({"dr", "former", "late", "then"})  # tell nothing on their own
_COURTESY = frozenset({"sir", "dame"})
_ACADEMIC = frozenset({"dr", "prof", "professor"})
_TITLE_ENDS = frozenset({"from", "by", "of", "at", "for", "the", "a", "an", "to", "with"})  # no title ends so
_HEADLINE_FUNCTION_WORDS = frozenset({"Of", "And", "The", "To", "For", "In", "On", "With", "At", "By"})
_MARKUP = re.compile(r"[<>=\"]")
_TITLE_PUNCT = frozenset({"-", "'s", "\u2019s", "&", "'", "\u2019", "(", ")"})  # 'Hewlett-Packard CEO', 'Cruz's'


def _appositive(tokens: list[Token]) -> Optional[str]:
    doc = tokens[0].doc
    if has_parse(doc):
        head = _head(tokens)
        for child in head.children:
            if child.dep_ == "appos" and child.i > tokens[-1].i:
                sub = [t for t in child.subtree if t.dep_ not in ("relcl",)]
                lo, hi = child.left_edge.i, child.right_edge.i
                close = next((t.i for t in doc[lo:min(lo + 8, len(doc))] if t.text == ")"), None) \
                    if lo > 0 and doc[lo - 1].text == "(" else None
                if close is not None:  # '(I-Vt.)': the whole of the brackets; not an age, '(69)'
                    return doc[lo:close].text if close > lo and not _is_age(doc[lo:close]) else None
                if child.tag_ == "PRP" or _place_name(doc[lo:hi + 1], child):
                    continue  # 'Obama himself' has no description, nor 'Kelly Watson, …, Greater Manchester'
                if any(t.is_quote for t in doc[tokens[-1].i + 1:child.left_edge.i + 1]):
                    continue  # quoted words after the name, no description: "Carly Fiorina: 'Bill Clinton's …"
                if inner_hyphen(doc[lo - 1]) and doc[lo - 2].i > tokens[-1].i + 1:
                    continue  # the end of a word the parse split at its hyphen, in a clause after the name:
                    # 'Nadia Firth, who co-[founded Quillpad]', no description
                while lo < hi and doc[lo].is_punct:
                    lo += 1  # (the parse may hang the comma before an appositive on it)
                for more in head.children:  # 'co', '-', 'founder': a hyphenated word the parse split
                    if more.dep_ == "appos" and more.left_edge.i == hi + 1:
                        hi = more.right_edge.i
                relative = min((t.left_edge.i for t in child.subtree if t.dep_ == "relcl" and t.left_edge.i > lo + 1
                                and doc[t.left_edge.i].lower_ in ("who", "whom")), default=None)
                if relative is not None:
                    hi = relative - 1  # what a person did is no description: 'a secretary of labor during the
                    # Clinton administration [who has endorsed Sanders]'
                while hi > lo and (doc[hi].is_punct or doc[hi].is_quote or doc[hi].is_space) \
                        and not _abbreviation_end(doc[hi]):
                    hi -= 1  # (nor the line break after it: '— Sen. John Barrasso, R-Wyo.' ending a paragraph)
                if hi + 1 < len(doc) and doc[hi + 1].text == ")" and "(" in doc[lo:hi + 1].text:
                    hi += 1  # '… National Research Council (CSIC)': the bracket it opened
                if hi - lo < 30 and sub and not _is_age(doc[lo:hi + 1]):
                    return doc[lo:hi + 1].text
        return None
    # No parse: ', a/an/the … ,' right after the mention.
    i = tokens[-1].i + 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _DETERMINERS:
        return None
    for j in range(i + 2, min(i + 30, len(doc))):
        if doc[j].text == "," or doc[j].is_sent_end and doc[j].is_punct:
            return doc[i + 1:j].text if j > i + 2 else None
        if doc[j].is_quote or doc[j].text in (".", "!", "?"):
            return None
    return None


def _abbreviation_end(tok: Token) -> bool:
    """Is ``tok`` the full stop of a party tag's state the tokenizer split off ('R-Wyo' '.')?"""
    doc = tok.doc
    if tok.text != "." or tok.i == 0:
        return False
    word = doc[tok.i - 1]
    hyphen = doc[word.i - 1] if word.i > 0 else None
    return not word.whitespace_ and word.text[:1].isupper() and len(word.text) <= 5 \
        and hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_  # a party's tag: 'R-Wyo.'


def _place_name(span: Span, head: Token) -> bool:
    """An appositive of proper nouns that names a place ('Greater Manchester'): where the person
    lives or comes from, not what they are."""
    words = [t for t in span if not t.is_punct]
    return bool(words) and all(is_proper(t) for t in words) \
        and (head.ent_type_ in ("GPE", "LOC") or is_place(span.text) or is_place(head.text))


def _its_own(subject: Token) -> bool:
    """Does the subject's verb take an object that is 'its' own ('Goldman Sachs cut its forecast',
    'Acme raised its prices'), or report what 'it' will do or has done ('Severn Trent said it would
    appeal', not 'Trump said it was unfair', where 'it' is a thing)? With a parse."""
    if not has_parse(subject.doc) or subject.dep_ != "nsubj":
        return False
    verb = subject.head
    return any(c.dep_ == "dobj" and any(p.lower_ == "its" and p.dep_ == "poss" for p in c.children)
               for c in verb.children) \
        or verb.lower_ in lx.VERB_FORMS and any(_it_acts(c) for c in verb.children if c.dep_ == "ccomp")


def _it_acts(verb: Token) -> bool:
    """Is 'it' the subject of ``verb``, a verb of doing after an auxiliary ('it would appeal', 'it had
    cut spills'), not a verb that links 'it' to what it is ('it was unfair', 'it seemed late')?"""
    return verb.pos_ == "VERB" and (verb.lemma_ or verb.lower_).lower() not in lx.LINKING_VERBS \
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ == "aux" for c in verb.children)


_DAY_OR_MONTH = (lx.MONTHS - lx.MONTH_FIRST_NAMES) | (lx.SAYING_DAYS - {"today", "tonight", "yesterday"})
_DATE_LEADS = frozenset({"which", "this", "that", "next", "last", "every", "each", "the", "on", "by"})


def _unknown_name(ent: Entity) -> bool:
    """A name of no known kind, no person's by its look ('Safaricom', 'Transnet' without NER, or
    a person only by default with it): what 'it' may refer to."""
    words = ent.name.split()
    return (ent.kind == "unknown" or ent.by_default) and ent.proper_head and not ent.anonymous \
        and ent.number == "sg" and 0 < len(words) <= _MAX_UNKNOWN_NAME and ent.name[:1].isalpha() \
        and words[0].lower() not in lx.FIRST_NAMES and not any(w.lower() in _NOT_A_BODY for w in words) \
        and not is_place(ent.name)


_NOT_A_BODY = lx.TIME_NOUNS | _MEMBER_NOUNS  # 'Thursday', 'New Hampshire Republican'


_MAX_UNKNOWN_NAME = 3


def _run_on_entity(tok: Token, first: Token) -> bool:
    """Did NER run ``tok``'s entity on into the phrase from before it, across a comma ('Defending,
    Imogen Price said' as one organisation)? Its label is then no reading of the phrase."""
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    before = tok.doc[start:first.i]  # ('University of California, Berkeley' is one name: proper nouns before the comma)
    return any(t.text == "," for t in before) and not any(is_proper(t) for t in before)


def _aged(last: Token) -> bool:
    """Does an age follow the name that ends at ``last`` ('said Valentyna, 72, who …', 'Siti
    Nurhaliza (69) said')? Only people are given one."""
    doc = last.doc
    i = last.i
    if i + 5 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in ("a", "an") and inner_hyphen(doc[i + 4]) \
            and doc[i + 5].lower_ == "year":
        i += 1  # ('Sutrisno, a 58-year-old farmer,')
    elif i + 3 >= len(doc) or not (doc[i + 1].text == "," and doc[i + 3].text in (",", ".", ";", ")")
                                 or doc[i + 1].text == "(" and doc[i + 3].text == ")"):  # ('Siti Nurhaliza (69) said')
        return False
    age = doc[i + 2].text  # (ASCII digits, short: int() of '²' or of 5,000 digits raises)
    return len(age) <= 3 and age.isascii() and age.isdigit() and 0 < int(age) < 120


def _is_age(span: Span) -> bool:
    """'Sam Whitfield, 54,': a number after a name is an age, not a description."""
    return all(t.like_num or t.is_punct for t in span)


def _described_by(tokens: list[Token]) -> Optional[str]:
    """'The chancellor, Philip Hammond, said': the noun phrase that a name stands in
    apposition to, before it, describes it."""
    doc = tokens[0].doc
    if has_parse(doc):
        head = _head(tokens)
        noun = head.head
        if head.dep_ != "appos" or noun.i >= tokens[0].i or not (_is_common_noun(noun) or _office(noun)) \
                or noun.tag_ in ("NNS", "NNPS") or not is_proper(head):
            # 'The two members who voted against, Ruth Kim and Alan Burke,': no one person's; and
            # 'overlap with Sanders's team, a White House official who …': a description is no name
            return None
        lo = noun.left_edge.i
        return doc[lo:noun.i + 1].text if noun.i - lo < _MAX_NAME_TOKENS else None
    # No parse: 'The/A … noun, Name,' with the name between two commas.
    i, end = tokens[0].i, tokens[-1].i + 1
    if i < 3 or end >= len(doc) or doc[i - 1].text != "," or doc[end].text != ",":
        return None
    j = i - 2  # back to the start of the phrase: a punctuation mark or the text's start
    while j > 0 and i - j <= _MAX_NAME_TOKENS and doc[j - 1].is_alpha:
        j -= 1
    phrase = doc[j:i - 1]
    if doc[j].lower_ not in _DETERMINERS or not (phrase[-1].is_lower or _office(phrase[-1])) \
            or not phrase[-1].is_alpha:
        return None
    return phrase.text


def _office(noun: Token) -> bool:
    """A noun of people written with a capital after 'the', as offices are ('The Tánaiste, Simon
    Harris,', 'the Chancellor, Rachel Reeves,')."""
    return noun.lower_ in lx.PERSON_NOUNS and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "the"


def anonymity_in(tokens: list[Token]) -> Optional[str]:
    """The justification an unnamed source is given, as written ('on condition of anonymity')."""
    if not tokens:
        return None
    doc = tokens[0].doc
    span = doc[tokens[0].i:tokens[-1].i + 1]
    first = anonymity_match(span.text.lower())
    return span.text[first.start():first.end()] if first is not None else None


def anonymity_match(low: str) -> Optional[re.Match[str]]:
    """The first and longest place in lower-cased ``low`` where news says why a source goes unnamed."""
    found = [m for m in (p.search(low) for p in _ANONYMITY) if m is not None]
    return min(found, key=lambda m: (m.start(), -m.end())) if found else None


def _name_after_comma(tokens: list[Token]) -> Optional[list[Token]]:
    """Untagged 'the chancellor, Philip Hammond': a noun phrase, a comma and a name; or an office in
    capitals ('the Minister of Public Utilities, Dr Keston Ramdeen')."""
    comma = next((n for n, t in enumerate(tokens) if t.text == ","), None)
    if not comma:
        return None
    office = next((t for t in tokens[:comma] if t.lower_ not in lx.DEFINITE), None)
    if not (tokens[comma - 1].is_lower or office is not None and office.lower_ in lx.OFFICES_OF | lx.SEAT_HOLDERS):
        return None
    name = tokens[comma + 1:]  # (a name's hyphen too: 'the head of the Saudi delegation, Faisal Al-Mutairi')
    return name if name and all(is_proper(t) or inner_hyphen(t) for t in name) and is_proper(name[-1]) else None


def _named_appositive(head: Token) -> Optional[list[Token]]:
    """The proper-noun appositive of a common noun, if it has one; for a noun of people,
    also a person's name the parse hung on the end of its phrase ('a spokeswoman for
    Trump hotels, Jennifer Rodstrom')."""
    if not has_parse(head.doc):
        return None
    for child in head.children:
        if child.dep_ == "appos" and is_proper(child) and child.i > head.i:
            named = subject_tokens(child)  # (not a title in quote marks: 'His best-known song, "Oil Boom, Who Boom?",')
            return None if _in_quote_marks(named) else named
    # through a role in between: 'His daughter, the set designer Alžběta Kratochvílová,'
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > head.i:
            named = next((g for g in child.children if g.dep_ == "appos" and g.i > child.i and is_proper(g)
                          and (g.ent_type_ in PERSON_LABELS or g.left_edge.lower_ in lx.FIRST_NAMES)), None)
            if named is not None:
                return subject_tokens(named)
    if head.lemma_.lower() not in lx.PERSON_NOUNS:
        return None
    last = head.doc[head.right_edge.i]
    while last.i > head.i and (last.is_punct or last.dep_ == "appos"):
        last = last.head if last.dep_ == "appos" else head.doc[last.i - 1]
    for child in last.children:
        if child.dep_ == "appos" and child.i > last.i and (child.ent_type_ in PERSON_LABELS or not child.ent_type_ and (
                _opens_with_title(subject_tokens(child)) or child.left_edge.lower_ in lx.FIRST_NAMES
                or _holder_named(head, subject_tokens(child)))
                or child.ent_type_ == "ORG" and child.left_edge.lower_ in lx.FIRST_NAMES
                and child.lower_ not in lx.ORG_NAME_ENDINGS):  # (a hyphenated name NER took for a firm:
            # 'The mayor of Lac-Perron, Chantal Lévesque-Ouellet, …')
            # (a name NER left untagged, or that fast mode never tags, by its title or its first
            # name: 'The chairman of the association, Chief Emeka Okonkwo, said'; or after an office
            # only a person holds: 'The MP for Bristol West, Thangam Debbonaire, said')
            return subject_tokens(child)
    return None


def _first_name_after_role(name: list[Token]) -> bool:
    """Does a known first name follow a noun of people in lower case inside ``name`` ('lawmaker Hakan
    Yıldırımoğlu', 'crane operator Sam Whitfield')?"""
    return any(t.lower_ in lx.FIRST_NAMES and t.text[:1].isupper() and before.is_lower
               and before.lower_ in lx.PERSON_NOUNS for before, t in zip(name, name[1:]))


def _one_of_people(head: Token) -> bool:
    """'One of the residents, [Rowena Sta. Maria],': one of a noun of people, which the name describes;
    'One of them, [Rodrigo Saavedra],': one of the people a pronoun stands for."""
    if head.lower_ != "one":
        return False
    noun = _partitive(head)
    return noun is not None and noun_lemma(noun.lower_) in lx.PERSON_NOUNS or has_parse(head.doc) and _of_them(head)


def _holder_named(head: Token, name: list[Token]) -> bool:
    """Is ``name`` two or three capitalised words NER tagged as nothing, after an office no
    organisation holds ('The MP for Bristol West, [Thangam Debbonaire]')?"""
    return head.lower_ in lx.SEAT_HOLDERS and 2 <= len(name) <= 3 and all(
        t.is_alpha and t.text[:1].isupper() and not t.is_upper and not t.ent_type_ for t in name) \
        and name[-1].lower_ not in lx.ORG_NAME_ENDINGS


def _opens_with_title(tokens: list[Token]) -> bool:
    """Is the phrase a title and a name ('Chief Emeka Okonkwo', 'Dr. Ama Owusu')?"""
    return len(tokens) >= 2 and tokens[0].text[:1].isupper() and tokens[0].lower_.rstrip(".") in _TITLE_WORDS \
        and all(is_proper(t) for t in tokens[1:]) and not all(_is_title(t.text) for t in tokens[1:])


def _subject_name(subject: Token, owner: bool = True,
                  person: Callable[[str], bool] = lambda word: False) -> Optional[list[Token]]:
    """The name a subject gives: its own ('Trump has since revised …'), its appositive's ('His
    neighbour, Lucy Fernandes, was more hopeful'), or, with ``owner``, its owner's ("Mazón's
    government has faced criticism. Asked about it, he said …")."""
    if subject.pos_ == "PROPN" and not _title_in_capitals(subject) or _tagged_as_noun(subject, person):
        return subject_tokens(subject)
    if subject.pos_ not in ("NOUN", "PROPN") and not _one_of_some(subject):
        return None
    named = _named_appositive(subject) or named_by_copula(subject)
    found = proper_owner(subject) if named is None and owner else None
    return subject_tokens(found) if found is not None else named


def _one_of_some(tok: Token) -> bool:
    """Is the token 'one' of some ('One of them', 'One of the authors of that report')?"""
    return tok.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def named_by_copula(subject: Token) -> Optional[list[Token]]:
    """The name a linking verb gives a noun of people ('That mother was [Aïssatou Hamadou], 26, a trader'),
    with a parse."""
    verb = subject.head
    # (or 'one' of some people: 'One of them is Gordie Morrison, a 58-year-old planer operator')
    if subject.dep_ != "nsubj" or (verb.lemma_ or "").lower() != "be" \
            or noun_lemma(subject.lower_) not in _ONE_PERSON_NOUNS and not _one_of_some(subject):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
    return subject_tokens(attr) if attr is not None else None


# 'who gave his name only as Edwin', 'identified herself only as Grace', 'who would give only her first name,
# Maria': the name a described person gives, in their sentence after the description
_NAMED_ONLY_AS = re.compile(
    r"\b(?:gave|gives|give|giving|would give|would only give|asked to be identified|identified"
    r"|(?:wanted|wants|asked|wished|preferred) to be known|known(?=\s+only))\s+"
    r"(?:only\s+)?(?P<own>his|her|their|himself|herself|themselves)?\s*(?:only\s+)?(?:first\s+|full\s+|given\s+)?"
    r"(?:name\s+)?(?:only\s+)?(?:as|,)\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
_WHY_WITHHELD = re.compile(r"\s(?:because|for fear|fearing|out of fear)\b")  # 'gave his name only as Che because …'
_PSEUDONYM = re.compile(r"\s[A-Z]\b")  # a letter after the name: 'Witness K', 'Mr X'
_NAMED_AS_REACH = 160  # characters from the description's last word in which the name it gives stands


def _past_department(run: list[Token], words: list[str]) -> list[str]:
    """A run of capitals after an office's 'of' or 'for' without the department's words it opens with
    ('Vice Minister of [Agriculture] Yerlan Zhakupov'): the holder's name."""
    doc, i = run[0].doc, run[0].i
    if i < 2 or doc[i - 1].lower_ not in ("of", "for") or doc[i - 2].lower_ not in lx.OFFICES_OF | lx.SEAT_HOLDERS:
        return words
    while len(words) > 2 and words[0].lower() in lx.DEPARTMENT_WORDS:
        words = words[1:]
    return words


_PARTY_WORDS = 4  # a title and the capitalised words before it: 'Fine Gael TD', 'Yesh Atid MK'
_TITLE_TOKENS = 16  # a first line this short is a title ('Understated Perez raises political profile.')
_SURNAME_PARTICLES = lx.NAME_PARTICLES | lx.PORTUGUESE_NAME_PARTICLES | lx.NAME_CAPITAL_PARTICLES


def _noun_set_off_before(span: Span) -> str:
    """The noun of a role a comma sets off right before a name, the parse making both subjects of one
    verb or the name its appositive ('The incident controller on the day, Brett Kowalczyk, … agreed'):
    the role's words ('incident controller'), a title the article gives the name; else ''."""
    doc, root = span.doc, span.root
    start = span.start
    while start > 0 and doc[start - 1].lower_ in lx.TITLES and doc[start - 1].lower_ not in lx.DEFINITE:
        start -= 1  # ('the Speaker, Rt Hon. Emmanuel Kofi Nartey,': the honours between are his)
    if start < span.start:  # and a party's or a place's name before a title ('the committee chair, Greens MP
        while start > 0 and span.start - start <= _PARTY_WORDS and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:  # Tom Lachlan,')
            start -= 1
    if not has_parse(doc) or start < 2 or doc[start - 1].text != ",":
        return ""
    nouns = [c for c in root.head.children if c.dep_ == "nsubj" and c.i < start] if root.dep_ == "nsubj" \
        else [root.head] if root.dep_ == "appos" and root.head.i < start else []
    # (a noun, or an office in capitals: 'the Speaker')
    if not nouns and _set_off_after(span) and _in_place(doc[start - 2]):
        # (a parse that made the name another verb's subject: 'was suspended by the committee chair, Greens MP
        # Tom Lachlan, after members talked over witnesses', where 'Lachlan' is the subject of 'talked')
        nouns = [doc[start - 2]]
        root = doc[start - 2]
    noun = next((n for n in nouns if (n.pos_ == "NOUN" or n.lower_ in lx.TITLES)
                 and (n.right_edge.i == start - 2 or n.i == start - 2 and root.dep_ in ("appos", n.dep_))
                 and ((n.lemma_ or n.lower_).lower() in lx.PERSON_NOUNS | lx.EPITHET_NOUNS or _agent_noun(n.lower_)
                      or n.lower_ in lx.TITLES)),
                None)
    if noun is None:
        return ""
    return " ".join(t.text for t in sorted([c for c in noun.children if c.dep_ in ("compound", "amod")
                                            and c.i < noun.i] + [noun], key=lambda t: t.i))


def _set_off_after(span: Span) -> bool:
    """Is the name set off after it too, by a comma or its sentence's end?"""
    doc = span.doc
    return span.end >= len(doc) or doc[span.end].text in (",", ".", ";") or doc[span.end].is_sent_start


def _in_place(noun: Token) -> bool:
    """Is the noun where an appositive's noun stands: in its clause, not in a phrase that opens the
    sentence before its subject ('After meeting the minister, Tom Lachlan, 45, said')?"""
    return noun.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "appos") and not any(
        a.left_edge.is_sent_start and a.dep_ in ("advcl", "prep", "npadvmod") for a in [noun, *noun.ancestors])


def _destination(tok: Token) -> bool:
    """Is the name ``tok`` opens where a journey goes ('an expedition to Ama Dablam'), with a parse?"""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("to", "towards") or prep.i == 0:
        return False
    # (the noun the parse hung it on, or the one right before it: the parse may hang it on a verb,
    # 'working out the cost of an expedition to Ama Dablam')
    return any(n.pos_ == "NOUN" and (n.lemma_ or n.lower_).lower() in lx.TRAVEL_NOUNS
               for n in (prep.head, tok.doc[prep.i - 1]))


def _title_in_capitals(tok: Token) -> bool:
    """Is the proper noun a title in capitals after 'the', a description and no name ('The MP said', 'The Member
    for Wapenamanda, Hon. Kepas Tumu Yandakali,', as Commonwealth news writes them)?"""
    return tok.pos_ == "PROPN" and (tok.lower_ in lx.TITLES or tok.lower_ in lx.PERSON_NOUNS) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("compound", "flat") and c.i < tok.i for c in tok.children)


def _tagged_as_noun(tok: Token, person: Callable[[str], bool] = lambda word: False) -> bool:
    """A name the tagger read as a common noun and NER as a person, or, without NER, that ``person``
    says names one: a given name it does not know, opening a sentence ('Chhiring became briefly famous')."""
    return tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.is_alpha and (
        tok.ent_type_ in PERSON_LABELS or not has_entities(tok.doc) and person(tok.text))


def _head(tokens: list[Token]) -> Token:
    """The phrase's head: from the parse, else its first noun of people or organisations
    ('a person familiar with the talks'), else its last word."""
    if has_parse(tokens[0].doc):
        inside = {t.i for t in tokens}
        outside = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
        # (not an article the parse hung on a word after the phrase: 'the 45-year-old explains', the
        # verb read as a plural noun)
        return next((t for t in outside if t.dep_ not in ("det", "punct")), outside[0] if outside else tokens[-1])
    nouns = _PERSON_OR_ORG_NOUNS

    def noun(t: Token) -> bool:
        return t.is_lower and (t.lower_ in nouns or t.lower_[:-1] in nouns)

    # ('a company spokesman': the noun before another is its modifier, and the last one the head)
    return next((t for n, t in enumerate(tokens[:-1]) if noun(t) and not noun(tokens[n + 1])
                 and not _is_proper_after(t)), tokens[-1])


def _is_proper_after(tok: Token) -> bool:
    """'crane operator Sam Whitfield': a name after the noun is the head."""
    return tok.i + 1 < len(tok.doc) and is_proper(tok.doc[tok.i + 1])


def _conjuncts(tokens: list[Token]) -> list[list[Token]]:
    """The parts of a coordinated subject ('Burton and Nick', 'Smith, Jones and Brown'),
    or the subject as its one part."""
    if len(tokens) < 3 or not any(t.lower_ in lx.COORDINATORS for t in tokens):
        return [tokens]
    if has_parse(tokens[0].doc):
        head = _head(tokens)
        if _body_apposed(head, tokens[-1]):
            return [tokens]  # one name, that an appositive says is a body's: 'Saint Lucia Power and Light, the
            # island's electricity company,'
        joined = coordinated(head)
        cuts = {t.i for t in joined if t.dep_ in ("cc", "punct")}
    else:  # names on both sides of 'and', as the token patterns found them
        cuts = {t.i for t in tokens if t.lower_ in lx.COORDINATORS or t.text == ","}
    parts: list[list[Token]] = [[]]
    for t in tokens:
        if t.i in cuts:
            parts.append([])
        else:
            parts[-1].append(t)
    parts = [p for p in parts if p]
    if len(parts) < 2 or not has_parse(tokens[0].doc) and not all(is_proper(p[-1]) for p in parts):
        return [tokens]
    if not has_parse(tokens[0].doc) and parts[-1][-1].lower_ in lx.ORG_NAME_ENDINGS \
            and all(len([t for t in p if t.lower_ not in lx.DEFINITE]) == 1 and p[-1].lower_ not in lx.FIRST_NAMES
                    for p in parts[:-1]):
        return [tokens]  # one name: 'The Food and Drink Federation', 'the Competition and Markets Authority'
    return parts


def _body_apposed(head: Token, last: Token) -> bool:
    """Is the name headed by ``head`` and ending at ``last`` said by an appositive after it to be one
    body's ('Saint Lucia Power and Light, [the island's electricity company],')?"""
    doc = head.doc
    return last.i + 2 < len(doc) and doc[last.i + 1].text == "," and any(
        c.dep_ == "appos" and c.left_edge.i == last.i + 2 and c.pos_ == "NOUN" and c.lower_ in _ORG_KIND_NOUNS
        for c in head.children)


def _roles_of_one(parts: list[list[Token]]) -> bool:
    """Are coordinated parts one person's roles before the name: 'former Pennsylvania Gov. and
    Democratic National Committee Chairman Ed Rendell'? Every part but the last ends in a title or a
    noun of people; the last ends in a name."""
    return len(parts) > 1 and all(_role_word(p[-1].text) for p in parts[:-1]) \
        and is_proper(parts[-1][-1]) and not _role_word(parts[-1][-1].text)


def _of_them(head: Token) -> bool:
    """'one of them', 'one of those': a part of whom a pronoun points back to."""
    doc = head.doc
    return head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of" and doc[head.i + 2].lower_ in ("them", "those")


def _partitive(head: Token) -> Optional[Token]:
    """The noun after 'of' when a partitive word heads the phrase ('one of the aides',
    'some of Clinton's longtime allies'); None otherwise, or without a parse."""
    if head.lower_ not in lx.PARTITIVES or not has_parse(head.doc):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return None


def _is_common_noun(head: Token) -> bool:
    """A common noun heads the phrase: 'the chancellor', 'a spokesman'."""
    if has_tags(head.doc):
        return head.pos_ == "NOUN" or role_in_lower_case(head)
    return head.is_lower


def _is_common_head(head: Token) -> bool:
    """'Clinton's campaign', 'White House officials': a common noun heads the phrase."""
    if has_tags(head.doc) and head.pos_ != "NOUN" and not role_in_lower_case(head):
        return False
    if not has_tags(head.doc) and not head.is_lower:
        return False
    word = _compound(head)
    return word in _PERSON_OR_ORG_NOUNS or word.rstrip("s") in lx.PERSON_NOUNS \
        or noun_lemma(word) in lx.PERSON_NOUNS | lx.GROUP_NOUNS  # ('Families of residents at a Norfolk care home')


def _party_member(head: Token) -> bool:
    """'a New Hampshire Republican', 'one Iowa Democrat', 'another Democrat familiar with …',
    and 'the Republican' after them: one member of a party; likewise one person of a nation
    ('the Serbian', 'a Briton'); not 'the Republican Party', 'Republicans' or 'the Germans'."""
    if head.lower_ not in _MEMBER_NOUNS or not has_parse(head.doc):
        return False
    return any(c.dep_ in ("det", "nummod") and c.lower_ in _DETERMINERS and c.i < head.i
               for c in head.children)


def _office_of(tokens: list[Token]) -> bool:
    """'the Spen Valley MP', 'the Labour MSP', 'the Vermont Senator': 'the', names in capitals and
    an office in capitals: a description of whoever holds it, as 'the Florida senator' is; and with
    'a' or 'one', someone who holds such an office, unnamed ('One Labour MP', 'a Tory MP')."""
    if len(tokens) < 2 or tokens[-1].lower_ not in lx.TITLES or tokens[-1].lower_ not in lx.EPITHET_NOUNS \
            or any(t.lower_ in lx.FIRST_NAMES and t.lower_ not in lx.PARTY_MEMBERS for t in tokens[1:]):
        return False
    # (or words in lower case before the office in capitals: 'A senior MP', 'the first-term MP')
    return len(tokens) >= 3 and _capitalised_description(tokens, _DETERMINERS) \
        or tokens[0].lower_ in _DETERMINERS and tokens[-1].text[:1].isupper() and tokens[-1].lower_ in lx.SEATS \
        and all(t.is_lower and t.is_alpha or hyphen_joined(t) for t in tokens[1:-1])


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ee", "man", "woman", "smith", "wright", "jack")


def _agent_noun(lemma: str) -> bool:
    """Does a noun no list holds read as a person's role by its ending ('controller', 'lumberjack',
    'prefect' does not), and not as a body or a document ('department', 'statement', 'center')?"""
    return len(lemma) > 4 and lemma.endswith(_AGENT_ENDINGS) and not lemma.endswith("ment") \
        and lemma not in lx.ORG_NOUNS and lemma not in _ORG_KIND_NOUNS and lemma not in lx.GROUP_NOUNS \
        and lemma not in lx.DOCUMENT_NOUNS


def _a_persons(head: Token) -> bool:
    """Is the noun a person's, by a person's pronoun as its owner ('His TUC counterpart', 'her deputy'; not
    'its biggest hit')? Its appositive then names a person in the noun's role."""
    return any(c.dep_ == "poss" and c.lower_ in _PERSONS_OWNERS for c in head.children)


_PERSONS_OWNERS = frozenset(lx.POSSESSIVE_PRONOUNS) - {"its"}  # 'his', 'her', 'their'


def _lower_noun(head: Token) -> bool:
    """A common noun in lower case ('The incident controller on the day, Brett Kowalczyk, …')."""
    return head.is_lower and head.is_alpha and (head.pos_ == "NOUN" if has_tags(head.doc) else True)


def _place_modified(tokens: list[Token], head: Token) -> bool:
    """Does a word in capitals that is no title or role stand before the noun ('the Nadi man', 'the
    Kilkenny woman'), as news calls a person it named by where they are from?"""
    return any(t.i < head.i and t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.lower_ not in lx.TITLES
               and t.lower_ not in lx.DEFINITE and t.lower_ not in lx.DEMONYMS and not _role_word(t.text)
               for t in tokens)  # (not 'the Kenyan man', one a nation's word describes)


def _acronym_word(tok: Token) -> bool:
    """A word of two to five capital letters that no title list holds ('ASG', 'DPP'; not 'PM')."""
    return tok.is_alpha and tok.is_upper and len(tok) in _ACRONYM and tok.lower_ not in lx.TITLES

_ELDER_OR_YOUNGER = frozenset({"elder", "younger", "older"})
_AGE_REACH = 3  # tokens after a name where its age may stand (', 52,')
_PARENT, _CHILD = 1000.0, -1.0  # the seniority of one the article calls a parent or a child, beyond any age


def _title_only(tokens: list[Token]) -> bool:
    """'the Prime Minister', 'The Foreign Secretary', 'the Pope': a title in capitals after
    'the', with no name; a description of whoever holds it, as 'the prime minister' is."""
    last = tokens[-1].lower_ if tokens else ""
    titled = last in lx.TITLES and last not in lx.TITLE_MODIFIERS and tokens[0].lower_ in lx.DEFINITE \
        and all(t.is_alpha and t.text[:1].isupper() for t in tokens[1:])  # ('the Speaker')
    return len(tokens) >= 2 and (_capitalised_description(tokens) or titled) and all(
        t.lower_ in lx.TITLES or t.lower_ in lx.PERSON_NOUNS or t.lower_ in lx.ROLE_MODIFIERS for t in tokens[1:])


def _capitalised_description(tokens: list[Token], determiners: frozenset[str] = lx.DEFINITE) -> bool:
    """'the' (or another of ``determiners``) and words in capitals that end in a noun of people."""
    return len(tokens) >= 2 and tokens[0].lower_ in determiners and tokens[-1].lower_ in lx.PERSON_NOUNS \
        and all(t.is_alpha and t.text[:1].isupper() for t in tokens[1:])


def _compound(head: Token) -> str:
    """The head's whole word when a hyphen inside it split it ('front-runner'), lower case; a noun of
    people with the number of its children is the noun and 'of' ('father-of-two' is 'father-of')."""
    doc, i = head.doc, head.i
    if i >= 4 and doc[i - 2].lower_ == "of" and _hyphenated(doc[i - 2], head) and _hyphenated(doc[i - 4], doc[i - 2]):
        return doc[i - 4].lower_ + "-of"
    if i + 4 < len(doc) and doc[i + 2].lower_ == "of" and _hyphenated(head, doc[i + 2]) \
            and _hyphenated(doc[i + 2], doc[i + 4]):
        return head.lower_ + "-of"  # (the parse's head the first part: 'father' of 'father-of-two')
    if i >= 2 and _hyphenated(doc[i - 2], head):
        return doc[i - 2].lower_ + "-" + head.lower_
    return head.lower_
