"""Token helpers that every attribution rule reads: which annotations a Doc has,
pronouns and proper nouns, a mention's text, and a verb's subject phrase."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Callable, Iterator, Optional

import numpy
from spacy.attrs import DEP, ENT_IOB, HEAD, LOWER, POS, TAG
from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..output.model import Mention

PERSON_LABELS = {"PERSON"}
_CLIP = {"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"}
_MAX_CONJUNCTS = 6


# A pipeline annotates every token, so the first few tell; Doc.has_annotation
# scans the whole Doc when the answer is no, which is quadratic in a loop.
# The answers are kept on the Doc (``annotations`` renews them), since the
# rules ask for every token.
_PROBE = 8
_FLAGS = "quotex.annotations"


def annotations(doc: Doc) -> tuple[bool, bool, bool]:
    """(tags, parse, entities): which annotations ``doc`` has, probed now and kept."""
    probe = doc.to_array([TAG, POS, DEP, ENT_IOB])[:_PROBE]
    flags = (bool(probe[:, 0].any() or probe[:, 1].any()), bool(probe[:, 2].any()), bool(probe[:, 3].any()))
    doc.user_data[_FLAGS] = flags
    return flags


def join_split_subjects(doc: Doc) -> None:
    """Mend a parse that split one subject at the hyphen inside a word into several subjects of
    one verb ('Ben', '-', 'David' for 'Ben-David said'; 'study co', '-', 'author Lijing Cheng'): the
    parts before the hyphen become the last part's compound, the hyphen its punctuation, as the
    parser makes them of a hyphenated word it reads right ('Adeyemi-Bello'). ``doc`` is changed."""
    if not has_parse(doc):
        return
    for i in range(1, len(doc) - 1):
        hyphen = doc[i]
        if not inner_hyphen(hyphen) or doc[i - 1].dep_ not in _SUBJECTS or doc[i + 1].left_edge.i != i + 1:
            continue
        before, verb = doc[i - 1], doc[i - 1].head
        after = doc[i + 1]
        if after.dep_ not in _SUBJECTS:
            after = next((t for t in verb.children if t.dep_ in _SUBJECTS and t.left_edge.i == i + 1), after)
        if after.dep_ not in _SUBJECTS or after.head != verb or before.right_edge.i != i - 1 \
                or hyphen.head not in (verb, after):
            continue
        before.head, before.dep_ = after, "compound"
        hyphen.head, hyphen.dep_ = after, "punct"


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def mend_participle_subjects(doc: Doc) -> None:
    """Mend a parse that took a participle opening its sentence for the subject, and the phrase
    after its comma for the participle's appositive ('Reacting, the Minister of Labour, Dr Halima
    Abubakar-Sule, described …'): the appositive becomes the verb's subject, and the participle a
    clause of the verb, as the parser makes 'Speaking to reporters, X said'. ``doc`` is changed."""
    if not has_parse(doc):
        return
    for tok in doc:
        # (or a word in '-ing' that the tagger took for a noun or a name and NER for none: 'Reacting')
        participle = tok.tag_ in ("VBG", "VBN") or tok.tag_ in ("NN", "NNP") and tok.lower_.endswith("ing") \
            and not tok.ent_type_
        if tok.dep_ not in _SUBJECTS or not participle or not tok.is_sent_start \
                or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "," or tok.head == tok:
            continue
        appos = next((c for c in tok.children if c.dep_ == "appos"), None)
        if appos is None:
            continue
        appos.head, appos.dep_ = tok.head, tok.dep_
        tok.dep_ = "advcl"
        if not any(c.dep_ == "cc" for c in appos.children):  # (its name set off by commas, which the
            for c in appos.children:  # parser joined as a second subject: ', Dr Halima Abubakar-Sule,')
                if c.dep_ == "conj" and doc[c.left_edge.i - 1].text == ",":
                    c.dep_ = "appos"


def mend_noun_roots(doc: Doc) -> None:
    """Mend a parse that made a sentence's subject its root and the sentence's only verb, after the subject's
    appositive and a comma, a participle on it ('Its driver, Kevin Ochieng, [watched] from the roadside.',
    'watched' an 'acl' of 'driver'): the verb becomes the root, the noun its subject. ``doc`` is changed."""
    if not has_parse(doc):
        return
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.i - sent.start > _SUBJECT_REACH:
            continue
        verbs = [c for c in root.children if c.dep_ == "acl" and c.i > root.i and c.tag_ in ("VBD", "VBN")
                 and doc[c.i - 1].text == "," and any(a.dep_ == "appos" and a.i < c.i for a in root.children)]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        inside = {t.i for t in verb.subtree}
        if any(t.pos_ in ("VERB", "AUX") and t.i not in inside for t in sent):
            continue  # (a sentence with a verb of its own: the participle describes its subject)
        root.head, root.dep_ = verb, "nsubj"
        verb.head, verb.dep_ = verb, "ROOT"


_SUBJECT_REACH = 12  # tokens from a sentence's start to the subject's head a mended root may be


def mend_fronted_subjects(doc: Doc) -> None:
    """Mend a parse that took a sentence's subject, after a phrase that opens it, for an appositive
    of the phrase's last noun ('Back at the control room in Chernihiv, a dispatcher who asked that her
    name not be published tracks the crews', where 'a dispatcher' hangs on 'Chernihiv' and 'tracks'
    has no subject), or for a name coordinated with it with no 'and' ('In Kharkiv, Olena Petrenko, 54,
    sat on a bench', 'Petrenko' a conjunct of 'Kharkiv'): a finite verb with no subject, right after an
    appositive of a noun, or such a name, inside a phrase that opens the verb's sentence, takes it for
    its subject. ``doc`` is changed."""
    if not has_parse(doc):
        return
    for verb in doc:
        if verb.tag_ not in _FINITE or verb.i == 0:
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS | {"expl", "csubj"}]
        if len(subjects) == 1:
            _mend_place_subject(verb, subjects[0])
            _mend_measure_subject(verb, subjects[0])
        if subjects:
            continue
        # (one set off by commas on both sides too: '…, Jean-Baptiste Ndongo Essomba, condemned')
        appos = _appositive_ending_at(doc[verb.i - 1])
        if appos is None and doc[verb.i - 1].text == "," and verb.i > 1:
            appos = _appositive_ending_at(doc[verb.i - 2])
            named = _name_before_description(appos) if appos is not None else None
            if named is not None:
                appos = named  # (the name the description after it is set off from: 'At Boca West, where …,
                # Jay DiPietro, the club's president, suggested', 'In a message to Clinton, Tanden, head of the
                # Center for American Progress, recounted', whatever the parse hung the two on)
        if appos is None or doc[appos.left_edge.i - 1].text != "," or verb.sent.start > appos.left_edge.i:
            continue
        # (up through the opening phrase, whatever hangs in it: 'In a statement issued on Thursday and signed by its
        # Principal Secretary, Dr Grace Kalua, the Ministry of Agriculture said')
        opener = appos.head
        while opener.head != opener and opener.head != verb and opener.head.i < verb.i:
            opener = opener.head
        if opener.head != verb or opener.dep_ not in _OPENER_DEPS or opener.i > appos.i:
            continue
        appos.head, appos.dep_ = verb, "nsubj"


def mend_two_subjects(doc: Doc) -> None:
    """Mend a parse that gave a verb two subjects, both before it, by the first of ``_TWO_SUBJECT_MENDS`` that
    reads the pair (the pairs read once, from the parse's arrays: a verb with two is rare). ``doc`` is changed."""
    for first, second, verb in _two_subjects(doc):
        any(mend(doc, first, second, verb) for mend in _TWO_SUBJECT_MENDS)


def _relative_end(doc: Doc, first: Token, second: Token, verb: Token) -> bool:
    """The second subject is the end of the first's relative clause ('A kayaker who was swept out to sea off the
    north [Cornwall coast] has said', 'coast' a second subject): it becomes a word of the clause."""
    clause = next((c for c in first.children if c.dep_ in ("relcl", "acl") and c.i > first.i), None)
    if clause is None or clause.right_edge.i + 1 != second.left_edge.i or second.right_edge.i >= verb.i \
            or any(t.text == "," for t in doc[clause.right_edge.i:second.right_edge.i + 1]):
        return False
    second.head, second.dep_ = doc[clause.right_edge.i], "dep"
    return True


def _listed_rest(doc: Doc, first: Token, second: Token, verb: Token) -> bool:
    """The second subject is the rest of a list of capitalised words in a body's name ('A spokesperson for the
    Department for Culture, [Media] and Sport said'): the rest joins the list again."""
    comma = first.right_edge.i + 1
    if not (comma < len(doc) and doc[comma].text == "," and second.left_edge.i == comma + 1
            and second.right_edge.i == verb.i - 1 and second.pos_ == "PROPN"
            and any(c.dep_ == "cc" for c in second.children) and doc[comma - 1].pos_ == "PROPN"):
        return False
    second.head, second.dep_ = doc[comma - 1], "conj"
    doc[comma].head, doc[comma].dep_ = doc[comma - 1], "punct"
    return True


def _set_off_description(doc: Doc, first: Token, second: Token, verb: Token) -> bool:
    """The second subject is a description set off by commas after a name ('Hélène Arsenault, [Gilles's wife] of
    31 years, was the first'): it becomes the name's apposition."""
    comma, after = first.right_edge.i + 1, second.right_edge.i  # (the comma after the description its own)
    after += doc[after].text != ","
    if not (is_proper(first) and not is_proper(second) and second.tag_ in ("NN", "NNS") and comma < after < verb.i
            and doc[comma].text == "," and second.left_edge.i == comma + 1 and doc[after].text == ","
            and all(t.dep_ in ("advmod", "neg") for t in doc[after + 1:verb.i])):
        return False
    second.head, second.dep_ = first, "appos"
    return True


# The mends of a verb's two subjects, tried in this order on each pair; the first that reads it mends it.
_TWO_SUBJECT_MENDS: tuple[Callable[[Doc, Token, Token, Token], bool], ...] = (
    _relative_end, _listed_rest, _set_off_description)


def mend_of_subjects(doc: Doc) -> None:
    """Mend a parse that made the last word of a body's name after 'of' the verb's subject and the person's name
    before 'of' its modifier ('Political scientist Kartini Abdul [Wahab] of Universiti Malaysia [Sabah] said',
    'Sabah' the subject): the person becomes the subject, the body's name the object of 'of'; a name of two words or
    more, not a title NER took for one ('Akim of Kostanai Region Baurzhan Zhakupov'). ``doc`` is changed."""
    if not has_parse(doc):
        return
    for prep in _tokens_of(doc, _OF):
        person, body = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
        subject = person.head
        if body is None or person.dep_ not in ("nmod", "compound") or subject.dep_ not in _SUBJECTS \
                or not (person.i < prep.i < body.i < subject.i) or subject.pos_ != "PROPN" \
                or person.ent_type_ not in PERSON_LABELS or person.ent_iob_ != "I" or body.pos_ != "PROPN" \
                or not all(t.pos_ == "PROPN" and t.head == subject for t in doc[body.i + 1:subject.i]):
            continue
        person.head, person.dep_ = subject.head, subject.dep_
        subject.head, subject.dep_ = prep, "pobj"
        body.head, body.dep_ = subject, "compound"


def _two_subjects(doc: Doc) -> Iterator[tuple[Token, Token, Token]]:
    """(first subject, second subject, verb) of each verb the parse gave two subjects, both before it (read
    from the parse's arrays: a verb with two is rare)."""
    if not has_parse(doc):
        return
    rows = doc.to_array([DEP, HEAD])
    offsets = rows[:, 1].astype("int64")  # (HEAD is the head's offset, negative ones wrapped in the unsigned array)
    heads: dict[int, list[int]] = {}
    for i in numpy.flatnonzero(rows[:, 0] == doc.vocab.strings["nsubj"]).tolist():
        heads.setdefault(i + int(offsets[i]), []).append(i)
    for verb, subjects in heads.items():
        if len(subjects) == 2 and subjects[1] < verb:
            yield doc[subjects[0]], doc[subjects[1]], doc[verb]


def mend_body_spokespeople(doc: Doc) -> None:
    """Mend a parse that made a body's noun the subject and the spokesperson after its name the object of its
    'for' ('A [Department] for Business and Trade [spokesperson] said'): the spokesperson becomes the subject,
    the body's name its modifier. ``doc`` is changed."""
    if not has_parse(doc):
        return
    for prep in _tokens_of(doc, _FOR_OF):
        body, person = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
        if person is None or body.dep_ not in _SUBJECTS \
                or not body.text[:1].isupper() or not person.is_lower or person.lower_ not in lx.SPOKESPEOPLE \
                or not any(c.i < person.i and is_proper(c) and c.dep_ in ("compound", "nmod", "amod")
                           for c in person.children):
            continue
        person.head, person.dep_ = body.head, body.dep_
        body.head, body.dep_ = person, "compound"


def mend_in_charge(doc: Doc) -> None:
    """Mend a parse that took a title with 'in Charge' for the subject and the name after it for the
    object of its 'in' ('DEA Special Agent [in] Charge Frank Tarantino said', 'Agent' the subject): the
    name becomes the subject, and the title's words its compounds. ``doc`` is changed."""
    if not has_parse(doc):
        return
    for prep in _tokens_of(doc, _IN):
        title, name = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or title.dep_ not in _SUBJECTS or title.i != prep.i - 1 \
                or not title.text[:1].isupper() or prep.i + 2 >= len(doc) or not in_charge(doc[prep.i + 1]) \
                or not (name.ent_type_ in PERSON_LABELS or is_proper(name) and name.i > prep.i + 2):
            continue
        name.head, name.dep_ = title.head, title.dep_
        title.head, title.dep_ = name, "compound"
        prep.head, prep.dep_ = name, "compound"


def in_charge(tok: Token) -> bool:
    """Is ``tok`` the 'Charge' that ends a title ('Special Agent in Charge Frank Tarantino')?"""
    return tok.i > 0 and tok.lower_ == "charge" and tok.doc[tok.i - 1].lower_ == "in"


def _tokens_of(doc: Doc, words: tuple[str, ...]) -> Iterator[Token]:
    """The tokens whose lower-case form is one of ``words``, found over the doc's array."""
    lower = doc.to_array(LOWER)
    ids = numpy.array([doc.vocab.strings[w] for w in words], dtype="uint64")
    return (doc[i] for i in numpy.flatnonzero(numpy.isin(lower, ids)).tolist())


_FOR_OF = ("for", "of")
_OF = ("of",)
_IN = ("in",)
_FINITE = frozenset({"VBZ", "VBD", "VBP"})
_OPENER_DEPS = frozenset({"prep", "advmod", "npadvmod"})


def _mend_place_subject(verb: Token, subject: Token) -> None:
    """Mend a parse that made the object of a preposition that opens the sentence its subject, and the
    name after it a conjunct of that ('In [Kharkiv], Olena [Petrenko], 54, sat on a bench', the 'In' left
    with no object): the place becomes the preposition's object, the name the verb's subject."""
    doc = verb.doc
    first = subject.left_edge.i
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or first == 0 or any(
            c.dep_ in ("cc", "preconj") for c in subject.children):
        return
    prep = doc[first - 1]
    name = next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if name is None or prep.dep_ != "prep" or prep.head != verb or any(prep.children) \
            or not (prep.is_sent_start or prep.i == verb.sent.start) or name.right_edge.i != verb.i - 1 \
            or doc[name.left_edge.i - 1].text != "," or any(c.dep_ in ("cc", "preconj") for c in name.children):
        return
    subject.head, subject.dep_ = prep, "pobj"
    name.head, name.dep_ = verb, "nsubj"


def _mend_measure_subject(verb: Token, subject: Token) -> None:
    """Mend a parse that made a distance, a stretch of time or an adverb that opens the sentence its subject, and
    who comes after it an appositive of a word in it ('[Two streets] from the port, a [woman] who runs a small
    grocery store stood outside', '[Outside] on Jones's Road, a [Garda] on duty …, who declined to give his name,
    said'): the opening becomes the verb's adverbial, the person its subject."""
    doc = verb.doc
    if subject.dep_ != "nsubj" or subject.left_edge.i != verb.sent.start:
        return
    measure = subject.tag_ == "NNS" and (subject.lemma_ or subject.lower_).lower() in lx.MEASURE_NOUNS \
        and any(c.dep_ in ("nummod", "amod", "det") and c.i < subject.i for c in subject.children)
    if not measure and not (subject.tag_ in ("RB", "IN") and subject.lower_ in lx.SENTENCE_OPENERS):
        return
    person = next((c for c in subject.subtree if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                   and doc[c.left_edge.i - 1].text == ","
                   and all(t.text == "," for t in doc[c.right_edge.i + 1:verb.i])), None)
    if person is None or person.right_edge.i >= verb.i:
        return
    subject.dep_ = "npadvmod" if measure else "advmod"
    person.head, person.dep_ = verb, "nsubj"


def _name_before_description(appos: Token) -> Optional[Token]:
    """The name right before a description set off by commas ('Tanden, [head of …],'), when ``appos`` heads such a
    description: a common noun's phrase after a comma, with a proper noun before the comma."""
    doc = appos.doc
    first = appos.left_edge.i
    if appos.pos_ != "NOUN" or first < 2 or doc[first - 1].text != "," or doc[first - 2].pos_ != "PROPN":
        return None
    name = doc[first - 2]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.i < first:
        name = name.head
    return name


def _appositive_ending_at(tok: Token) -> Optional[Token]:
    """The noun-phrase appositive whose phrase ends at ``tok``, if any, or a name the parse made a
    conjunct with no 'and' or 'or' ('In Kharkiv, Olena Petrenko, 54,')."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == tok.i:
            return t
        if t.dep_ == "conj" and t.pos_ == "PROPN" and t.right_edge.i == tok.i \
                and not any(c.dep_ in ("cc", "preconj") for c in (*t.head.children, *t.children)):
            return t
        if t.right_edge.i != tok.i:
            return None
    return None


def mend_quote_marks(doc: Doc) -> None:
    """Mend a parse that made a quote mark a word of the sentence: the subject of the verb after it
    ('«…,» said Julien Ferrand', where the parser, which knows guillemets less well than other marks,
    took '»' for a subject beside 'Ferrand'). The mark becomes its head's punctuation, as the parser
    makes the other marks. ``doc`` is changed."""
    if not has_parse(doc):
        return
    for tok in doc:
        if tok.is_quote and tok.dep_ in _NOMINAL_ROLES and tok.tag_ != "POS":  # (not a possessive's "'")
            tok.dep_ = "punct"


_NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "pobj", "appos", "attr", "compound", "nmod",
                            "npadvmod"})


def join_split_names(doc: Doc) -> None:
    """Mend a parse that made the last word of a name the appositive of the word before it, with no
    comma between ('Activist Sipho Ndlovu told': 'Ndlovu' the appositive of 'Sipho', the subject):
    the last word becomes the head, in the place of the first, and the first its compound, as the
    parser makes them of a name it reads right. ``doc`` is changed."""
    if not has_parse(doc) or not has_tags(doc):
        return
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        # the name's first words, compounds of its last ('said Senate Majority Leader Chuck Schumer, D-N.Y.':
        # 'Schumer' the appositive of 'Leader', 'Chuck' its compound), and nothing else before it
        lead = [c for c in tok.lefts]
        first = doc[tok.i - 1 - len(lead)] if tok.i > len(lead) else None
        if first is None or tok.head != first or first.whitespace_ != " " or first.pos_ != "PROPN" \
                or not first.is_title or first.dep_ == "ROOT" \
                or any(c.dep_ != "compound" or c.pos_ != "PROPN" or not c.is_title for c in lead) \
                or [c.i for c in lead] != list(range(first.i + 1, tok.i)) \
                or any(c.dep_ != "punct" for c in tok.rights):
            continue
        tok.head, tok.dep_ = first.head, first.dep_
        first.head, first.dep_ = tok, "compound"


def _flags(doc: Doc) -> tuple[bool, bool, bool]:
    flags = doc.user_data.get(_FLAGS)
    return flags if flags is not None else annotations(doc)


def has_tags(doc: Doc) -> bool:
    return _flags(doc)[0]


def has_parse(doc: Doc) -> bool:
    return _flags(doc)[1]


def has_entities(doc: Doc) -> bool:
    return _flags(doc)[2]


def is_pronoun(tok: Token) -> bool:
    return tok.lower_ in lx.PRONOUNS


def is_proper(tok: Token) -> bool:
    if has_tags(tok.doc):
        if role_in_lower_case(tok):
            return False
        return tok.pos_ == "PROPN" or (tok.tag_ == "NNP") or (tok.ent_type_ in PERSON_LABELS) or _name_as_adverb(tok) \
            or _camel_case(tok)
    return looks_capitalised(tok)


def _camel_case(tok: Token) -> bool:
    """A word with one capital inside it after a small letter, which is a name whatever the tagger made of it
    ('CalMac confirmed …', 'PayPal', 'McKinsey'; not 'PhD', 'iPhone', nor a hashtag's run of words,
    'UneBougiePourParis', 'RealClearPolitics')."""
    text = tok.text
    return text.isalpha() and text[:1].isupper() and len(text) > 3 and text[1:2].islower() \
        and sum(c.isupper() for c in text) == 2 and any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def _name_as_adverb(tok: Token) -> bool:
    """'said Skelly': a name in '-ly' that the tagger read as an adverb, in capitals after a word of its
    sentence (an adverb in capitals opens one: 'Sadly, …')."""
    return tok.tag_ == "RB" and tok.lower_.endswith("ly") and tok.text.istitle() and tok.i > 0 \
        and tok.doc[tok.i - 1].is_alpha and "\n" not in tok.doc[tok.i - 1].whitespace_ and not tok.is_sent_start


def role_in_lower_case(tok: Token) -> bool:
    """A noun of people in lower case, whatever the tagger made of it: 'the crown prince',
    tagged as a name, is a role; news writes names with capitals."""
    return tok.is_lower and tok.lower_ in lx.PERSON_NOUNS and tok.ent_type_ not in PERSON_LABELS


def looks_capitalised(tok: Token) -> bool:
    text = tok.text
    if tok.lower_ in _WORD_NAMES and (word_first_name(tok) or modal_name(tok)):
        return True
    if tok.lower_ in lx.VERB_FORMS and text[:1].isupper() and tok.i > 0 \
            and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in lx.PLACES:
        return True  # 'United States': a place's name, not the verb 'states'
    if not text[:1].isupper() or tok.is_stop or tok.lower_ in lx.PRONOUNS or tok.lower_ in lx.DEFINITE \
            or tok.lower_ in lx.TIME_NOUNS or tok.lower_ in lx.SENTENCE_OPENERS or _opening_participle(tok):
        return False  # (nor 'Friday', 'Today': a day is no one's name)
    return tok.lower_ not in lx.INDEFINITE and tok.lower_ not in lx.VERB_FORMS and tok.lower_ != "according"


def _opening_participle(tok: Token) -> bool:
    """Without tags, a word in '-ing' that opens its sentence before an object is a participle, no name
    ('Sentencing him, Judge …', 'Announcing the cuts, …'; a name so placed takes no object)."""
    doc = tok.doc
    if has_tags(doc) or not tok.lower_.endswith("ing") or len(tok) < 6 or tok.i + 1 >= len(doc) \
            or doc[tok.i + 1].lower_ not in lx.PARTICIPLE_OBJECTS:
        return False
    return tok.i == 0 or doc[tok.i - 1].text in (".", "!", "?", '"', "\u201d") or "\n" in doc[tok.i - 1].text_with_ws


def is_possessive(tok: Token) -> bool:
    """The possessive ending: 's, or an apostrophe alone after a plural ('Tenants' Union'), tagged
    so or, without tags, by its letters."""
    if has_tags(tok.doc):
        return tok.tag_ == "POS"
    return tok.lower_ in ("'s", "\u2019s") or tok.text in ("'", "\u2019") and tok.i > 0 \
        and tok.doc[tok.i - 1].lower_.endswith("s") and not tok.doc[tok.i - 1].whitespace_


def proper_owner(noun: Token) -> Optional[Token]:
    """The name that owns ``noun`` in the parse ('Mazón' of "Mazón's government"), if any."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def within_line(tokens: list[Token]) -> list[Token]:
    """A phrase without what a read without a parse took from the paragraph before it, nor the white space at its
    ends ('\\n\\nTaiwan's defence ministry', 'FULL TEXT.\\n\\nSenate Republican leaders'): a mention is of one
    paragraph (a line broken inside one, as plain text wraps it, is no end of it)."""
    breaks = [k for k, t in enumerate(tokens) if t.text_with_ws.count("\n") > 1]
    if not (breaks or tokens[0].is_space or tokens[-1].is_space):
        return tokens
    lo, hi = 0, len(tokens)
    while hi - 1 > lo and tokens[hi - 1].is_space:
        hi -= 1
    after = [k + 1 for k in breaks if k + 1 < hi]
    lo = after[-1] if after else lo
    while lo < hi - 1 and tokens[lo].is_space:
        lo += 1
    return tokens[lo:hi]


def mention_of(tokens: list[Token]) -> Mention:
    tokens = within_line(tokens)
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Mention(doc[tokens[0].i:tokens[-1].i + 1].text, start, end)  # Doc.text would join every token


def subject_tokens(head: Token) -> list[Token]:
    """The subject phrase of ``head``, without appositives, clauses and punctuation;
    with the names or nouns coordinated with it ('Burton and Nick')."""
    if not has_parse(head.doc):
        return [head]
    joined = coordinated(head)

    def kept(tok: Token) -> bool:
        # (an owner's mark the parse made punctuation: 'The Sliema Residents[’] Association', 'Sanders[’] aides')
        return tok.dep_ not in _CLIP or tok in joined or inner_hyphen(tok) \
            or tok.dep_ == "punct" and tok.i < head.i and tok.head.i == tok.i - 1 and plural_owners_mark(tok)

    keep = [head]
    # an adjective after a bare name is the sentence's predicate, hung on the name by the parser
    # ('Was Szlachta satisfied with …'); after a noun phrase it describes ('a Democrat familiar with …')
    bare_name = is_proper(head) and not any(c.dep_ == "det" for c in head.children)
    # (with whether it lies inside a preposition's object, where 'and' joins the parts of a name
    # or a noun, not speakers: 'a spokesperson for the Competition and Markets Authority')
    stack = [(c, False) for c in head.children
             if kept(c) and not (bare_name and c.dep_ == "amod" and c.i > head.i and c.is_lower)]
    while stack:
        tok, inner = stack.pop()
        if tok.dep_ == "prep" and is_proper(head) and not _names_more(tok) \
                and not (tok.head.lower_ in lx.SEAT_HOLDERS and (
                    tok.lower_ == "of" or tok.lower_ == "for" and (tok.head == head or _holder_in(head, tok)))):
            continue  # 'Smith of Reuters' is Smith; 'the Chamber of Commerce' is all one name; what an office
            # is for is part of the phrase ('Senator for Queensland Matt Canavan')
        if tok.dep_ == "prep" and tok.lower_ in _TIME_PREPOSITIONS and any(
                c.dep_ == "pobj" and (c.lower_ in lx.TIME_NOUNS or _a_year(c))
                and not any(g.dep_ == "case" for g in c.children) for c in tok.children):
            continue  # 'her allies [on Monday] predicted …', 'the royal commission [in 2023] described': when is
            # no part of who
        keep.append(tok)
        inner = inner or tok.dep_ == "pobj"
        # ('and' inside a modifier before the head joins no speakers: 'The Food and Drink Federation')
        # (nor the commas of a list of capitalised words in a body's name: 'for Culture, Media and Sport')
        stack.extend((c, inner) for c in tok.children
                     if kept(c) or (inner or c.i < head.i) and c.dep_ in ("cc", "conj")
                     or inner and c.text == "," and c.dep_ == "punct" and _in_body_name(tok)
                     and any(g.dep_ == "conj" and g.i == c.i + 1 and g.text[:1].isupper() for g in tok.children))
    keep.sort(key=lambda t: t.i)
    # Keep the contiguous run around the head: a gap means a dropped clause.
    # A space token (a line break) ends the phrase too.
    lo = hi = keep.index(head)
    while lo > 0 and keep[lo - 1].i == keep[lo].i - 1 and not keep[lo - 1].is_space:
        lo -= 1
    while hi + 1 < len(keep) and keep[hi + 1].i == keep[hi].i + 1 and not keep[hi + 1].is_space:
        hi += 1
    run = keep[lo:hi + 1]
    while len(run) > 1 and (run[-1].is_punct or run[-1].tag_ == "POS"):
        run.pop()
    while len(run) > 1 and run[0].is_punct:
        run.pop(0)
    while len(run) > 1 and run[-1].dep_ == "prep" and run[-1].i > head.i:
        run.pop()  # a preposition whose object the parse hung elsewhere ends no phrase ('Many of', 'Labour MP for')
    return _with_seat_holder(_without_noun_before(run, head))


def _in_body_name(tok: Token) -> bool:
    """Is ``tok`` a capitalised word after the 'for' or 'of' of a capitalised name ('the Department for [Culture]'),
    not a place after any preposition ('Leaders across [Europe], Asia and the Middle East')?"""
    first = tok  # (the list's first word, for a later one: 'of Agriculture, [Fisheries], Water and Land Reform')
    while first.dep_ == "conj" and first.head.i < first.i and first.head.text[:1].isupper():
        first = first.head
    prep = first.head
    return tok.text[:1].isupper() and prep.lower_ in ("for", "of") and prep.head.text[:1].isupper() \
        and prep.head.i == prep.i - 1


_ASKING = frozenset({"ask", "question", "interview"})


def names_an_outlet(words: list[str]) -> bool:
    """Do a name's words, in lower case, name a news outlet: a newspaper's word ('The SOLOMON STAR', 'Barbados
    TODAY', 'Peru Reports'), a broadcaster's initials ('RÚV'), an outlet the lexicon knows ('Reuters') or a
    site's name ('Kun.uz', 'Gazeta.uz')?"""
    words = [w for w in words if w != "the"]
    return bool(words) and (any(w in lx.OUTLET_NAME_WORDS for w in words) or words[-1] in lx.BROADCASTERS
                            or " ".join(words) in lx.NEWS_OUTLETS or len(words) == 1 and site_name(words[0]))


_SITE = re.compile(r"[^\W\d_][\w-]*\.(?:[a-z]{2}|com|net|org|info|news)", re.IGNORECASE)


def site_name(word: str) -> bool:
    """Is the word a news site's name, its address without the 'www.' ('Kun.uz', 'Rappler.com')?"""
    return _SITE.fullmatch(word) is not None


def capitalised_tail(tokens: list[Token]) -> list[Token]:
    """The words in capitals that end a phrase: 'Maariv' of 'the Israeli daily Maariv', 'Dickson Kadau' of
    'head coach Dickson Kadau'."""
    k = len(tokens)
    while k > 0 and tokens[k - 1].text[:1].isupper():
        k -= 1
    return tokens[k:]


def asked_by_writer(tok: Token) -> bool:
    """Is ``tok`` a name the writer ('I', 'we') asks ('I asked Mrs Samaroo what she would say')? Who
    answers then, and whom a 'she' after refers to."""
    verb = tok.head
    return tok.dep_ == "dobj" and is_proper(tok) and (verb.lemma_ or "").lower() in _ASKING \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _a_year(tok: Token) -> bool:
    """Is the token a year ('2023')?"""
    return len(tok.text) == 4 and tok.text.isdigit() and 1800 <= int(tok.text) <= 2100


def plural_owners_mark(tok: Token) -> bool:
    """Is the token the apostrophe of a plural owner in capitals, right after it ('Residents[’]',
    'Sanders[’]'; not 'farmers['] groups')?"""
    if tok.i == 0 or tok.text not in ("'", "\u2019"):
        return False
    owner = tok.doc[tok.i - 1]
    return owner.text.endswith("s") and owner.text[:1].isupper() and not owner.whitespace_


INITIALS = re.compile(r"(?:[A-Z]\.)+")  # a name's initials ('S. Thirumalaivasan', 'V.K. Haris')
_MAX_SEAT_WORDS = 8  # 'for Brighton Pavilion Caroline Lucas', 'for Foreign Affairs Penny Wong'


def seat_holder(tokens: list[Token]) -> Optional[list[Token]]:
    """The name after an office and what it is for, with no comma between ('Conservative MP for
    Wycombe Steve Baker', 'Minister for Foreign Affairs Penny Wong', 'Member of Parliament for
    Brighton Pavilion Caroline Lucas'): a person's name that ends the phrase, by NER, else from a
    first name on; never the words just after 'for', which say what the office is for, and no name
    after a title or a noun of people there, which is whom it serves."""
    seat = next((n for n, t in enumerate(tokens) if _office_prepositions(t.lower_)), None)
    if seat is None:
        return None
    # (an office 'of' something too: 'Minister of Agriculture Aidos Baimukhanov')
    preps = _office_prepositions(tokens[seat].lower_)
    at = next((n for n in range(seat + 1, len(tokens)) if tokens[n].lower_ in preps), None)
    if at is None:
        return None
    tail = tokens[at + 1:]
    if not 3 <= len(tail) <= _MAX_SEAT_WORDS or not all(t.is_alpha or t.text.endswith(".") for t in tail):
        return None
    starts = [k for k in range(1, len(tail) - 1) if all(t.text[:1].isupper() for t in tail[k:])]
    tagged = next((k for k in starts if tail[k].ent_iob_ == "B" and all(t.ent_type_ in PERSON_LABELS for t in tail[k:])
                   and tail[-1].ent_iob_ != "" and not _entity_goes_on(tail[-1])), None)
    # (a first name, or an initial: 'Minister for Rural Development S. Thirumalaivasan')
    first = next((k for k in starts if tail[k].lower_ in lx.FIRST_NAMES or INITIALS.fullmatch(tail[k].text)), None)
    # (else two words in capitals that end it, after a word of what the office is of, neither of them one:
    # 'Minister of Agriculture Aidos Baimukhanov', not 'Secretary of Health and Human Services')
    two = len(tail) - 2 if tail[-3].lower_ in lx.DEPARTMENT_WORDS and len(tail) - 2 in starts \
        and not any(t.lower_ in lx.DEPARTMENT_WORDS for t in tail[-2:]) else None
    k = tagged if tagged is not None else first if first is not None else two
    if k is None or any(t.lower_ in lx.TITLES and t.lower_.rstrip(".") not in lx.TITLE_MODIFIERS
                        or t.lower_ in lx.PERSON_NOUNS for t in tail[:k]):
        return None  # ('an envoy for President Donald Trump': whom the office serves is a person, and no holder)
    return tail[k:]


def _office_prepositions(word: str) -> set[str]:
    """The prepositions an office takes before what it is for or of ('MP for', 'Minister of')."""
    return ({"for"} if word in lx.SEAT_HOLDERS else set()) | ({"of"} if word in lx.OFFICES_OF else set())


def _entity_goes_on(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"


def _holder_in(head: Token, prep: Token) -> bool:
    """Does the phrase from the office to the name that heads it name its holder, so that what the office
    is for belongs to it ('Senator for Queensland Matt Canavan')? Not when no name can be told from the
    words before it: those then stay out of the name."""
    doc = head.doc
    lo, hi = min(prep.head.left_edge.i, head.left_edge.i), max(head.i, prep.right_edge.i)
    return seat_holder(list(doc[lo:hi + 1])) is not None


def _with_seat_holder(run: list[Token]) -> list[Token]:
    """A subject phrase that ends in an office, with the words for what it is for and the holder's
    name that follow it, when the parse hung them elsewhere ('Labour MP for Tottenham David Lammy
    said', with 'Lammy' a second subject)."""
    last = run[-1]
    if last.lower_ not in lx.SEAT_HOLDERS:
        return run
    doc, end = last.doc, last.i + 1
    while end < len(doc) and end - last.i <= _MAX_SEAT_WORDS + 1 and (doc[end].is_alpha or doc[end].text.endswith(".")) \
            and (doc[end].text[:1].isupper() or doc[end].lower_ in ("for", "of") or doc[end].pos_ in ("NOUN", "ADJ")):
        end += 1
    whole = run + list(doc[last.i + 1:end])
    name = seat_holder(whole) if end > last.i + 1 else None
    return whole[:whole.index(name[-1]) + 1] if name is not None else run


_TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "since", "until", "by"})
# Nouns of quantity that 'a' opens before a plural ('a few critics', 'a dozen senators').
_QUANTITY_NOUNS = frozenset({"few", "lot", "lots", "couple", "dozen", "handful", "number", "host", "series",
                             "pair", "majority", "minority", "group", "bunch", "score", "hundred", "thousand"})


def _without_noun_before(run: list[Token], head: Token) -> list[Token]:
    """'a move farmer unions called "…"', 'a decision critics called "…"': 'a' opens no plural, so the
    singular noun after it is the phrase a reduced relative clause describes, and the subject is
    what follows it; not 'a few critics'."""
    if len(run) >= 3 and run[0].lower_ in ("a", "an") and head.tag_ in ("NNS", "NNPS") and run[1].tag_ == "NN" \
            and run[1].lower_ not in _QUANTITY_NOUNS and head == run[-1]:
        n = 1
        while run[n].tag_ == "NN" and run[n] != head:
            n += 1  # ('a fact sheet lawmakers released': the noun before may be a compound)
        return run[n:]
    return run


_WORD_NAMES_SEEN = "quotex.word_names"  # (rule, token index, tags?) -> its answer, kept on the Doc


def _remembered(tok: Token, rule: str, answer: Callable[[Token], bool]) -> bool:
    """``answer(tok)``, worked out once per Doc: the name rules ask for every token many times."""
    seen = tok.doc.user_data.setdefault(_WORD_NAMES_SEEN, {})
    key = (rule, tok.i, has_tags(tok.doc))  # (the answer may read the tags)
    if key not in seen:
        seen[key] = answer(tok)
    return seen[key]


def word_first_name(tok: Token) -> bool:
    """A first name that is also a word (``lexicon.WORD_FIRST_NAMES``) where it names: in capitals
    before a capitalised word that can be a surname ('said Will Hurd', '"…," Grant Shapps said'), at
    a sentence's start too when no question mark ends it ('Will Folks, a blogger, said'). Not in a
    question ('Will Trump win?'), a headline ('Trump Will Face Clinton'), before a verb ('Will Not'),
    or a month after a word of time ('in June Trump said', 'June 3')."""
    if tok.lower_ not in _WORD_NAMES or not tok.is_title or tok.i + 1 >= len(tok.doc):
        return False
    return _remembered(tok, "first", _word_first_name)


def _word_first_name(tok: Token) -> bool:
    doc, i = tok.doc, tok.i
    before, after = doc[i - 1] if i else None, doc[i + 1]
    if (before is None or before.is_space or before.text in (".", "!", "?", ":", ";", "\u2026")
            or before.is_quote and not before.whitespace_) and _asks(tok):
        return False  # 'Will Trump win?', '"May I go?"'; not 'Will Folks, a blogger, said …'
    if tok.lower_ in lx.MONTH_FIRST_NAMES and before is not None \
            and (before.lower_ in lx.BEFORE_A_DATE or before.like_num):
        return False
    if not (after.is_title and after.text.replace("'", "").replace("\u2019", "").isalpha()) \
            or after.lower_ in _WORD_NAMES or after.lower_ in lx.TIME_NOUNS or not looks_capitalised(after):
        return False
    return not in_title_case_line(tok)


# ... and the first names in the tables that are also verbs: 'Hope Hicks', not 'We hope'
_WORD_NAMES: frozenset[str] = frozenset(lx.WORD_FIRST_NAMES) | (lx.FIRST_NAMES & frozenset(lx.VERB_FORMS))
_SENTENCE_REACH = 60  # tokens to a sentence's end


def _asks(tok: Token) -> bool:
    """Does the sentence that ``tok`` opens end with a question mark, or not end near?"""
    for t in tok.doc[tok.i + 1:tok.i + _SENTENCE_REACH]:
        if t.text in (".", "!") or "\n" in t.text:
            return False
        if t.text == "?":
            return True
    return True


# A dateline at a line's start: a place in capitals, then capitalised words, numbers, an agency in
# brackets or a wire's name between slashes, and a dash ('TALLAHASSEE —', 'PHILADELPHIA, July 25
# (UPI) —', 'RANGOON, Burma -', 'HOUSTON, Feb. 3, 2026 /PRNewswire/ --').
# Each part after the place opens with its own mark (', ', ' (', '/'), so the pattern reads a line in one pass;
# a headline in capitals has more words than a place and no comma.
_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'\u2019\-]*[A-Z.](?: [A-Z][A-Z.'\u2019\-]*[A-Z.]){0,3}"
                       r"(?:, [A-Z][\w.'\u2019]*(?: \d{1,2})?|, \d{4}| \([^()\n]{1,30}\)| ?/[^/\n]{1,40}/){0,6}"
                       r" ?(?:--|[\u2014\u2013-]) (?=\S)")
_DATELINES = "quotex.datelines"  # the (start, end) token ranges of the Doc's datelines


def in_dateline(tok: Token) -> bool:
    """Is ``tok`` in a dateline ('PHILADELPHIA, July 25 (UPI) —')? No one speaks there, though the parse
    may make its place the sentence's subject. Read once per Doc."""
    return _in_ranges(tok, _DATELINES, _datelines)


def past_dateline(tok: Token) -> Optional[Token]:
    """``tok``, or for a dateline's place that the parse made a subject, the appositive after the
    dateline ('JACKSON, Miss. - U.S. District Judge Carlton W. Reeves … issued'); None when it has none."""
    if not in_dateline(tok):
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and not in_dateline(c)), None)


def past_participle_phrase(tok: Token) -> Token:
    """``tok``, or for a participle that opens its sentence and that the parse made a subject, the
    name set off by a comma inside its phrase ('Reporting from Muscat, Al Jazeera's Rania Khoury said
    …', parsed with the participle's phrase for the subject and the name an appositive in it)."""
    if tok.tag_ not in ("VBG", "VBN") or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i != tok.left_edge.i:
        return tok
    return next((t for t in tok.subtree if t.dep_ == "appos" and t.doc[t.left_edge.i - 1].text == ","
                 and (t.pos_ == "PROPN" or t.lemma_.lower() in lx.PERSON_NOUNS)), tok)


# A dateline in title case, which outlets in Africa and elsewhere print ('Monrovia – The trial of …', 'Port
# Louis — The number …'): a place of up to three words and a dash opening a paragraph near the top, before a
# sentence's capital.
_TITLE_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:, [A-Z][a-z]+\.?)?"
                             r" ?[\u2014\u2013] (?=[A-Z])")
_TITLE_DATELINE_REACH = 600  # characters from the top
# A dateline with its agency in brackets and no dash, as Indian wires print it ('Jaipur, Nov 12 (PTI)
# Bharatiya Janata Party …', 'New Delhi, 3 March (IANS) The …'): a place, a date and the agency.
_AGENCY_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},"
                              r" (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:, \d{4})?"
                              r" \((?:[A-Z][A-Za-z]{1,7}|dpa)\)(?: ?[\u2014\u2013-])? (?=[A-Z])")


def _datelines(doc: Doc) -> list[tuple[int, int]]:
    out = []
    top = itertools.islice(_TITLE_DATELINE.finditer(doc.text[:_TITLE_DATELINE_REACH]), 1)
    for m in itertools.chain(_DATELINE.finditer(doc.text), top, _AGENCY_DATELINE.finditer(doc.text)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out


_HEADLINE_TOKENS = 40  # a longer line is no headline
_HEADLINES = "quotex.headlines"  # the (start, end) token ranges of the Doc's lines in title case


def in_title_case_line(tok: Token) -> bool:
    """Is ``tok`` in a line in title case, as headlines are: at most 40 tokens, four or more long
    words, none in lower case? The lines are read once per Doc."""
    return _in_ranges(tok, _HEADLINES, _title_case_lines)


def _in_ranges(tok: Token, key: str, find: Callable[[Doc], list[tuple[int, int]]]) -> bool:
    """Is ``tok`` in one of the ordered, disjoint token ranges ``find`` reads off its Doc, once per Doc
    (kept in its ``user_data`` under ``key``)?"""
    spans = tok.doc.user_data.get(key)
    if spans is None:
        spans = tok.doc.user_data[key] = find(tok.doc)
    at = bisect.bisect_right(spans, (tok.i, len(tok.doc))) - 1
    return at >= 0 and spans[at][0] <= tok.i < spans[at][1]


def _title_case_lines(doc: Doc) -> list[tuple[int, int]]:
    out = []
    start = 0
    for tok in doc:
        if "\n" in tok.text or tok.i == len(doc) - 1:
            end = tok.i + 1
            if end - start <= _HEADLINE_TOKENS:
                long_words = [t for t in doc[start:end] if t.is_alpha and len(t) > 3]
                if len(long_words) >= 4 and not any(t.is_lower for t in long_words):
                    out.append((start, end))
            start = end
    return out


def modal_name(tok: Token) -> bool:
    """A modal in capitals that is a surname (``lexicon.MODAL_NAMES``): after a first name or a
    title ('Theresa May', 'Mrs May', 'George Will'), or before a verb that no modal takes, in the
    past tense or the third person ('"…," May said', 'Will wrote that …'); not 'May I go?'."""
    if tok.lower_ not in lx.MODAL_NAMES or not tok.is_title or tok.i + 1 >= len(tok.doc):
        return False
    return _remembered(tok, "modal", _modal_name)


def _modal_name(tok: Token) -> bool:
    doc, i = tok.doc, tok.i
    before, after = doc[i - 1] if i else None, doc[i + 1]
    if before is not None and before.whitespace_ == " " and before.is_title \
            and (before.lower_ in lx.FIRST_NAMES or before.lower_ in lx.TITLES):
        return not in_title_case_line(tok)
    if not after.is_lower:
        return False
    if has_tags(doc):
        return after.tag_ in ("VBD", "VBZ", "VBN")  # (modal and participle: the tagger's reading of 'Will called')
    lemma = lx.VERB_FORMS.get(after.lower_)
    return lemma is not None and lemma != after.lower_ and not after.lower_.endswith("ing")


def mend_first_names(doc: Doc) -> None:
    """Tag a name that the tagger read as a word as the proper noun it is, part of the name
    around it: a first name that is also a word, where it names (``word_first_name``: 'Will' in
    '"…," Will Hurd said', read as a modal, the auxiliary of 'said'), and a modal that is a
    surname (``modal_name``: 'May said', 'George Will criticised'), the subject of its verb.
    ``doc`` is changed; the tokens around keep their heads but for the name's first word."""
    if not has_tags(doc):
        return
    parse = has_parse(doc)
    for tok in doc:
        if tok.lower_ not in _WORD_NAMES or tok.tag_ == "NNP":
            continue
        if word_first_name(tok):
            tok.tag_, tok.pos_ = "NNP", "PROPN"
            after = doc[tok.i + 1]
            if parse and tok.head != after and tok.dep_ != "ROOT" and not any(True for _ in tok.children) \
                    and after.head != tok:
                tok.head, tok.dep_ = after, "compound"
        elif modal_name(tok):
            tok.tag_, tok.pos_ = "NNP", "PROPN"
            if parse and tok.dep_ == "aux" and not any(True for _ in tok.children):
                _as_subject(tok)


_HYPHEN_BEFORE_CAPITAL = re.compile(r"(?<=\w)[-\u2010\u2011](?=[A-Z\u00c0-\u00de])")


def mend_hyphenated_names(doc: Doc) -> None:
    """A word in capitals joined by a hyphen to a word of a name before it is the name's, whatever the
    tagger read it as ('Rose Akinyi Okoth-Were said': 'Were' was the auxiliary of 'said'): tagged a
    proper noun and, where the parser gave the name's first part the role, the head of the name, as
    the parser makes the last part of a hyphenated name it reads right. ``doc`` is changed."""
    if not has_tags(doc):
        return
    parse = has_parse(doc)
    for m in _HYPHEN_BEFORE_CAPITAL.finditer(doc.text):  # (the text read once, not every token)
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        tok = span[0] if span is not None and len(span) else None
        if tok is None or not tok.is_title or tok.i < 2 or not inner_hyphen(doc[tok.i - 1]):
            continue
        first = doc[tok.i - 2]
        if first.pos_ != "PROPN" or not first.text[:1].isupper():
            continue
        tok.tag_, tok.pos_ = "NNP", "PROPN"
        if parse and not any(True for _ in tok.children if _ != doc[tok.i - 1] and _ != first):
            _as_last_part(tok, first)


def _as_last_part(tok: Token, first: Token) -> None:
    """Make the part of a hyphenated name after its hyphen the head of the name, in the role the parser
    gave the name: the subject of the verb it read the part as an auxiliary of ('Okoth-Were said'), or
    of the name's first part, whose appositive it read the part as ('Nyong'o-Adera said')."""
    aux = tok.dep_ in ("aux", "auxpass")
    if aux and first.head == tok.head and first.dep_ in _NOMINAL_ROLES:
        tok.dep_ = first.dep_
    elif aux and first.head == tok and not any(c.dep_ in _SUBJECTS for c in tok.head.children):
        tok.dep_ = "nsubj"
    elif tok.head == first and tok.dep_ in ("appos", "npadvmod", "dep") and first.dep_ != "ROOT":
        tok.head, tok.dep_ = first.head, first.dep_
    elif not (first.head == tok.head and first.dep_ in ("dep", "npadvmod", "nmod") and tok.dep_ in _NOMINAL_ROLES):
        return  # (else 'Ofori-Atta said': 'Ofori' hung on the verb beside its subject 'Atta', the head already)
    first.head, first.dep_ = tok, "compound"
    tok.doc[tok.i - 1].head = tok


def _as_subject(tok: Token) -> None:
    """Make a surname the tagger read as its verb's auxiliary the verb's subject, with the first
    name or title before it, the subject the parser gave the verb, as its compound."""
    verb, before = tok.head, tok.doc[tok.i - 1] if tok.i else None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if before is not None and subjects == [before] and before.i == tok.i - 1:
        tok.dep_ = before.dep_
        before.head, before.dep_ = tok, "compound"  # 'George Will criticised': 'George' was the subject
    elif not subjects:
        tok.dep_ = "nsubj"  # 'Will wrote that …'


def names_a_body(tok: Token) -> bool:
    """A word that opens an organisation's name before 'of': 'Bank', 'Department', 'University'."""
    return tok.text[:1].isupper() and (tok.lower_ in lx.ORG_NAME_NOUNS or tok.lower_ in lx.ORG_NAME_ENDINGS)


_APOSTROPHES = re.compile("(?<=\\w)['\u2019](?=\\w)")


def inner_hyphen(tok: Token) -> bool:
    """The hyphen inside one word that the tokenizer split: 'El-Erian', 'Adams-Sarthou',
    '26-year-old'."""
    doc = tok.doc
    return tok.text in ("-", "\u2010", "\u2011") and not tok.whitespace_ and 0 < tok.i < len(doc) - 1 \
        and not doc[tok.i - 1].whitespace_ and _APOSTROPHES.sub("", doc[tok.i - 1].text).isalnum() \
        and doc[tok.i + 1].is_alpha  # (an apostrophe inside the word before: 'Nyong'o-Adera')


def hyphen_joined(tok: Token) -> bool:
    """Is ``tok`` a hyphen inside a word, or the part of the word after one ('-', 'based' of
    'San Francisco-based'): no word of its own when words are counted?"""
    return inner_hyphen(tok) or tok.i > 0 and inner_hyphen(tok.doc[tok.i - 1])


def coordinated(head: Token) -> set[Token]:
    """The conjuncts of a nominal head joined by 'and' ('Smith, Jones and Brown'), with
    their 'and' and commas; empty when a conjunct is no noun or name ('he and Clinton')."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return set()
    out: set[Token] = set()
    node = head
    for _ in range(_MAX_CONJUNCTS):
        conj = next((c for c in node.children if c.dep_ == "conj" and c.i > node.i), None)
        if conj is None:
            break
        if conj.pos_ not in ("NOUN", "PROPN"):
            return set()
        out.add(conj)
        out.update(c for c in node.children if c.dep_ in ("cc", "punct") and node.i < c.i < conj.i)
        node = conj
    if not out or not any(t.lower_ in lx.COORDINATORS for t in out):
        return set()  # 'Smith or Jones', a list without 'and': not one group of speakers
    return out


def for_topic(t: Token) -> bool:
    """Is ``t`` the name a sentence opens with in 'For …,' as what it is about ('For Gráinne Ní Shé, a
    mother of two, the debate feels remote')? With a parse."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "for" or prep.head.dep_ != "ROOT" \
            or t.right_edge.i + 1 >= len(t.doc) or t.doc[t.right_edge.i + 1].text != ",":
        return False  # (checked before the sentence is read: this runs on every token a topic is looked for at)
    # (after a conjunction or an adverb that opens it: 'But for Fatima Ait Lahcen, the house does not feel like hers')
    start = t.sent.start
    return prep.i == start or all(o.dep_ in ("cc", "advmod", "punct") for o in t.doc[start:prep.i])


def in_age(tok: Token) -> bool:
    """Is ``tok`` a word of an age written with hyphens ('year' and 'old' in 'the 58-year-old')?"""
    return tok.lower_ in ("year", "years", "old") and tok.i > 0 and inner_hyphen(tok.doc[tok.i - 1])


def _names_more(prep: Token) -> bool:
    """'of Commerce' in 'the Chamber of Commerce', 'for Fiscal Studies' in 'the Institute for Fiscal
    Studies', 'on Elections' in 'the Commission on Elections': a preposition whose object is capitalised
    (a proper noun, or a noun after one: 'of Small Boat Owners'), 'of', or 'for' or 'on' right after a
    body's noun."""
    return any(c.dep_ == "pobj" and c.text[:1].isupper() and (is_proper(c) or any(
        g.dep_ == "compound" and is_proper(g) for g in c.children)) and not _person_of_the(prep, c)
        for c in prep.children) \
        and (prep.lower_ == "of" or prep.lower_ in ("for", "on") and _named_for(prep))


def _person_of_the(prep: Token, body: Token) -> bool:
    """'Opposition MP Bryndís Ólafsdóttir [of the People's Party]': a name of two words that NER left unlabelled,
    a first name or after a seat's letters, and a body with 'the' after its 'of' (no name of a body is so made:
    'the Chamber of Commerce', 'The General Staff of the Lithuanian Armed Forces')."""
    name = prep.head
    return prep.lower_ == "of" and is_proper(name) and name.i == prep.i - 1 and not name.ent_type_ \
        and name.lower_ not in lx.ORG_NAME_ENDINGS and name.lower_ not in lx.ORG_NOUNS \
        and any(c.dep_ == "compound" and is_proper(c) and c.i == name.i - 1 and not c.ent_type_
                and (c.lower_ in lx.FIRST_NAMES or c.i > 0 and name.doc[c.i - 1].text in lx.SEAT_LETTERS)
                for c in name.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in body.subtree)


def _named_for(prep: Token) -> bool:
    """Is ``prep`` the 'for' inside a body's name: right after a capitalised noun of bodies ('the
    Department for Infrastructure', 'the Centre for Policy Studies', 'the Office for National
    Statistics')?"""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.text[:1].isupper() and before.lower_ in lx.ORG_FOR_NOUNS
