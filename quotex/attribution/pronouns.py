"""A third-person pronoun's antecedent, when no reporting clause before it explains it.

``SpeakerTracker`` resolves a pronoun subject to the last fitting *speaker*.
An article also introduces people in sentences that report nothing
('Burton explained from a podium. "I love cats," he said.'), so this module
looks back at the subjects of the sentences before the pronoun: the nearest one
that fits it in gender and number is its antecedent. A lone proper name that
NER took for something else ('Burton' as an organisation), or a person described
but not named ('The mayor'), is a weaker guess, which the speaker ranker weighs
like any other candidate.
"""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from .. import lexicon as lx
from .cues import proper_run_right
from .speakers import Entity, SpeakerTracker, initialism, is_place, mislabelled, named_by_copula
from .tokens import (PERSON_LABELS, asked_by_writer, for_topic, has_entities, has_parse, in_dateline, inner_hyphen,
                     is_pronoun, is_proper, names_an_outlet, past_participle_phrase, proper_owner,
                     subject_tokens)

THIRD_PERSON = frozenset({"he", "she", "they"})
MAX_TOKENS = 120  # how far back an antecedent is looked for, in tokens outside quotes
MAX_SCAN = 3000  # and in all tokens: a bound on the work for one pronoun
MAX_SENTENCES = 3
MAX_LINE_BREAKS = 2  # a paragraph ends with one or two line breaks
MAX_CHAIN = 3  # pronouns followed back through the subjects of the sentences before
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})  # a sentence's own verb, not an aside's


def antecedent(tracker: SpeakerTracker, pronoun: Token, quoted: set[int],
               depth: int = 0) -> Optional[tuple[Entity, str]]:
    """(entity, basis) for a third-person pronoun: 'pronoun' when it fits, 'pronoun_guess'
    for a lone name of another kind; None when no earlier subject will do. When the sentence
    before has the same pronoun for its own subject, the antecedent is that pronoun's."""
    word = lx.OBJECT_PRONOUNS.get(pronoun.lower_, pronoun.lower_)  # 'according to him'
    if word not in THIRD_PERSON:
        return None
    gender, number = lx.PRONOUNS[word]
    asked = tracker.asked_before(pronoun) if depth == 0 else None
    if asked is not None and SpeakerTracker._fits(asked, word, gender, number):
        return asked, "pronoun"  # ('The coroner asked the inspector whether … "…," he replied': the inspector)
    same = _same_pronoun_before(pronoun, quoted)
    if same is not None and depth < MAX_CHAIN:
        # 'She told the Globe she had decided …, after watching a country doctor set … "…," she said':
        # the sentence before is about her too, so 'she' is whoever that 'She' is
        return antecedent(tracker, same, quoted, depth + 1)
    guess: Optional[Entity] = None
    for tokens in earlier_subjects(pronoun, quoted):
        if _a_date(tokens) or in_dateline(tokens[0]):
            continue  # ('December's global agreement was a triumph for Ban. "…," he said': no one; nor a
            # dateline's place, which the parse made a subject: 'Port Louis – The number … has risen')
        entity, _ = tracker.peek(tokens)
        if entity is None or entity.kind == "unknown" and entity.anonymous \
                or entity.name == tokens[0].text and _common_word(tracker, tokens):
            continue  # (but a title alone refers to whom it names: 'Pastor' in a headline, Kevin Swanson)
        if SpeakerTracker._fits(entity, word, gender, number):
            return entity, "pronoun"
        if guess is None and number == "sg" and _could_be(entity, tokens, gender):
            guess = entity
            if gender is not None and entity.kind == "organization" and mislabelled(tokens):
                entity.kind = "person"  # 'Nkechi Adeyemi-Bello was more cautious. "…," she said': NER erred
    return (guess, "pronoun_guess") if guess is not None else None


def _common_word(tracker: SpeakerTracker, tokens: list[Token]) -> bool:
    """Is the phrase one word in capitals that opens its sentence, which NER, where there is NER, left
    unlabelled, no given name and no one the article names in full: a common word ('Trouble began when opposition
    leader Haji Muhammad Saleem Qureshi rose …')?"""
    tok = tokens[0]
    return len(tokens) == 1 and tok.is_sent_start and not tok.ent_type_ and has_entities(tok.doc) \
        and tok.lower_ not in lx.FIRST_NAMES and not tracker.names.is_person_name(tok.text)


_DATES = (lx.MONTHS - {"may"}) | lx.SAYING_DAYS  # ('May' is a name too: Theresa May)


def _a_date(tokens: list[Token]) -> bool:
    """Is the phrase a month or a day and nothing more ('December', 'Tuesday')?"""
    words = [t for t in tokens if t.is_alpha and t.lower_ not in ("'s", "\u2019s")]
    return bool(words) and all(t.lower_ in _DATES for t in words)


def _could_be(entity: Entity, tokens: list[Token], gender: Optional[str]) -> bool:
    """A weaker antecedent for 'he' or 'she': a lone name of another kind ('Burton' as an
    organisation), or a person described but not named ('The mayor spoke. … she said')."""
    if entity.gender is not None and gender is not None and entity.gender != gender:
        return False
    # (a place is never 'he' or 'she': 'Mexico must rebut … "…," he said')
    words = [t for t in tokens if not inner_hyphen(t)]  # ('Nkechi Adeyemi-Bello' is two words)
    lone_name = len(words) <= 3 and all(is_proper(t) for t in words) and not is_place(entity.name) \
        and not initialism(entity.name) and not names_an_outlet([words[-1].lower_])
    # (nor a body's initials: 'AFAD said in a statement. "…," he said'; nor a newspaper: 'Barbados TODAY asked')
    return lone_name or entity.kind == "person" and entity.number == "sg"


def earlier_subjects(pronoun: Token, quoted: set[int]) -> Iterator[list[Token]]:
    """Subjects of the sentences before ``pronoun``, nearest sentence first, outside quotes, no
    pronouns: with a parse, the subjects of main clauses, the sentence's own before those of the
    clauses it reports ('Kelly Watson said Alfie was left humiliated. … she said' is Kelly
    Watson); without one, names that open a sentence."""
    doc = pronoun.doc
    parse = has_parse(doc)
    sentences = breaks = 0
    before = pronoun.i
    found: list[list[Token]] = []  # the subjects of the sentence being read, nearest first
    # (the quote the pronoun's clause follows is passed over, whatever its length: '"… [three
    # paragraphs] …," she said' looks back from where the quote opened)
    start = _before_quote(doc, before, quoted)
    for i in range(start - 1, max(start - MAX_TOKENS, 0) - 1, -1):
        tok = doc[i]
        if "\n" in tok.text_with_ws:
            breaks += 1
            if breaks > MAX_LINE_BREAKS:
                break
        if _ends_sentence(tok) and i != start - 1:
            yield from _own_first(found)
            found = []
            sentences += 1
            if sentences > MAX_SENTENCES:
                return
            if not parse:
                j = i + 1
                while j < start and doc[j].is_space:
                    j += 1  # (a paragraph's first sentence opens after its line break)
                if j + 2 < start and doc[j].lower_ in _OPENERS:  # ('Instead, Bernie Sanders spoke …', 'But Mrs …')
                    j += 2 if doc[j + 1].text == "," else 1
                run = proper_run_right(doc, j) if j < start else []
                run = _name_after_role(run, start) or run  # 'Democratic presidential candidate Bernie Sanders'
                after = run[-1].i + 1 if run else len(doc)
                if after + 1 < start and doc[after].lower_ in ("'s", "\u2019s") and is_proper(doc[after + 1]):
                    run = proper_run_right(doc, after + 1)  # "Al Jazeera's Hiba Morgan said": hers, not the owner's
                if run and not any(t.i in quoted for t in run):
                    yield run
        if parse and i not in quoted and _unparsed_subject(tok):
            found.append(subject_tokens(tok))
            continue
        if parse and i not in quoted and asked_by_writer(tok):
            found.append(subject_tokens(tok))  # 'I asked Mrs Samaroo what she would say. … "…," she said'
            continue
        if parse and i not in quoted and _reports_through_who(tok):
            # 'accompanied by his daughter Lim Siew Ling, 49, who said her father had lost his car. "…," she said'
            found.append(subject_tokens(tok.head.head))
            continue
        if i in quoted or not parse or not (tok.dep_ in ("nsubj", "nsubjpass") and (tok.head.dep_ in MAIN_CLAUSE_DEPS
                                                                                or _named_in_clause(tok))
                                            or for_topic(tok) and is_proper(tok)) \
                or is_pronoun(tok) or tok.lower_ in lx.RELATIVE_PRONOUNS:
            continue  # (a subject, or the person 'For Dubois, the science changes nothing.' is about)
        # (not 'Reporting from Muscat, [Rania Khoury]'; the name a linking verb gives: 'That mother was [Aïssatou
        # Hamadou], 26, a trader.')
        tokens = named_by_copula(tok) or subject_tokens(past_participle_phrase(tok))
        if tokens and not any(t.i in quoted for t in tokens):
            found.append(tokens)
            # after it, a name that owns it ("Mazón's government has faced criticism. … he said"); not
            # in the passive, whose agent acts ("Clinton's position was supported by Sen. Dianne Feinstein"),
            # nor a person's ("Emery's assistant, Pako Ayestarán, told reporters …": another person)
            owner = proper_owner(tok)
            if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and owner is not None \
                    and (tok.lemma_ or tok.lower_).lower() not in lx.PERSON_NOUNS:
                found.append(subject_tokens(owner))
            agents = [o for c in tok.head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if tok.dep_ == "nsubjpass" and agents and not any(t.i in quoted for t in agents):
                found.append(subject_tokens(agents[0]))  # the passive's agent acts, and may speak next
            found.extend(_examples(tok, quoted))
    yield from _own_first(found)


_MAX_ROLE_WORDS = 3
# words that open a sentence before its subject: adverbs in capitals and conjunctions
_OPENERS = lx.SENTENCE_OPENERS | frozenset({"but", "and", "yet", "so", "still", "meanwhile", "however"})


def _name_after_role(run: list[Token], stop: int) -> list[Token]:
    """Without a parse: 'Democratic presidential candidate Sen. Bernie Sanders' opens with a word in
    capitals, but the name comes after the noun of a role in lower case."""
    if not run:
        return []
    doc = run[0].doc
    k = run[-1].i + 1
    while k < stop and k - run[-1].i <= _MAX_ROLE_WORDS and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    if k == run[-1].i + 1 or k >= stop or doc[k - 1].lower_ not in lx.PERSON_NOUNS | lx.EPITHET_NOUNS:
        return []
    return proper_run_right(doc, k)


def _named_in_clause(tok: Token) -> bool:
    """Is ``tok`` a person's name, as NER, a given name or a title tells, that is the subject of a clause a
    conjunction sets before or after the sentence's own ('Trouble began when opposition leader Haji Muhammad
    Saleem Qureshi rose on a point of order. "…," he said'); not a body's ('Her plan comes as Congress is
    wrestling with a bill')?"""
    return tok.head.dep_ == "advcl" and tok.pos_ == "PROPN" and any(
        t.ent_type_ in PERSON_LABELS or t.lower_ in lx.FIRST_NAMES or t.lower_ in lx.TITLES
        for t in subject_tokens(tok))


def _reports_through_who(tok: Token) -> bool:
    """Is ``tok`` the 'who' of a relative clause that reports speech, on a name ('…, who said her father
    had lost his car')?"""
    verb = tok.head
    return tok.lower_ == "who" and tok.dep_ == "nsubj" and verb.dep_ == "relcl" and is_proper(verb.head) \
        and lx.CUE_CLASS.get((verb.lemma_ or verb.lower_).lower()) in ("speech", "writing")


def _unparsed_subject(tok: Token) -> bool:
    """'Trump, when asked about his errors, often steam-rolls through the questions': a name that
    opens its sentence before a comma, made the sentence's root by a parser that took its verb for a
    noun, is the sentence's subject."""
    if tok.dep_ != "ROOT" or tok.pos_ != "PROPN" or tok.i + 1 >= len(tok.doc) or tok.nbor(1).text != ",":
        return False
    doc = tok.doc
    first = subject_tokens(tok)[0].i
    if not doc[first].is_sent_start and not _opened_by_phrase(tok, first):
        return False
    for t in doc[tok.i + 1:tok.i + _VERB_REACH]:
        if t.is_sent_start:
            return False
        if t.pos_ == "VERB":
            return True
    return False


def _opened_by_phrase(tok: Token, first: int) -> bool:
    """Does a phrase of ``tok``'s own open its sentence before the name at ``first``, set off by a
    comma ('At a gate in one of them, Valentyna Sydorenko, 73, waves …')?"""
    opener = next((c for c in tok.children if c.i < first and c.left_edge.is_sent_start), None)
    return opener is not None and opener.dep_ in ("prep", "advmod", "npadvmod") \
        and opener.right_edge.i + 2 == first and tok.doc[first - 1].text == ","


_VERB_REACH = 40  # tokens after the name in which its sentence's verb stands ('…, often steam-rolls')


_EXAMPLE_PREPS = frozenset({"like", "including", "as"})


def _examples(subject: Token, quoted: set[int]) -> list[list[Token]]:
    """The people a plural subject is exemplified by ('Residents such as Imran Qureshi are worried',
    'Farmers like Maria Gomez say …'): whom a 'he' or 'she' after it refers to."""
    if subject.tag_ not in ("NNS", "NNPS"):
        return []
    out = []
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in _EXAMPLE_PREPS \
                or prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and is_proper(obj) and obj.i not in quoted and not _in_marks(obj):
                out.append(subject_tokens(obj))
    return out


def _in_marks(tok: Token) -> bool:
    """Is the phrase ``tok`` heads set in quote marks, as a title is ('Albums such as ‘Onitsha Market
    Day’ sold …': no person)?"""
    doc, lo = tok.doc, tok.left_edge.i
    return lo > 0 and doc[lo - 1].is_quote or any(t.is_quote for t in tok.subtree)


def _before_quote(doc: Doc, i: int, quoted: set[int]) -> int:
    """Where the quote just before token ``i`` opens, over its marks, line breaks and the paragraphs
    it runs on over ('"…," she said' right after it), if one that runs over paragraphs ends there;
    else ``i``. Bounded by ``MAX_SCAN`` tokens."""
    j = i - 1
    while j >= 0 and i - j < MAX_SCAN and (doc[j].is_punct or doc[j].is_space) and j not in quoted:
        j -= 1
    if j < 0 or j not in quoted:
        return i
    last = first = j
    while j >= 0 and i - j < MAX_SCAN and (j in quoted or doc[j].is_quote or doc[j].is_space
                                          or doc[j].is_punct and j - 1 in quoted):
        if j in quoted:
            first = j
        if doc[j].is_space and "\n" in doc[j].text and j > 0 and doc[j - 1].is_quote:
            break  # the paragraph before closed its own quote: another quote, not this one running on
        j -= 1
    # only a quote that runs over paragraphs: a shorter one is read as before, its sentences counted
    return j + 1 if "\n" in doc[first:last + 1].text else i


def _same_pronoun_before(pronoun: Token, quoted: set[int]) -> Optional[Token]:
    """The subject of the sentence before ``pronoun``'s, when it is the same pronoun outside quotes,
    in the same paragraph or the one before (with a parse)."""
    doc = pronoun.doc
    if not has_parse(doc) or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ROOT":
        return None  # (the pronoun must be its sentence's own subject: not 'Reagan was known for what he called')
    i = min(pronoun.sent.start, _before_quote(doc, pronoun.i, quoted)) - 1  # (before a quote over paragraphs)
    breaks = 0
    while i >= 0 and (doc[i].is_space or doc[i].is_punct):
        breaks += doc[i].text.count("\n")
        i -= 1
    if i < 0 or breaks > MAX_LINE_BREAKS:
        return None
    root = doc[i].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i in quoted or subject.lower_ != pronoun.lower_:
        return None
    return subject


def _own_first(subjects: list[list[Token]]) -> list[list[Token]]:
    """One sentence's subjects: of its own verb first, then of the clauses it reports, nearest first."""
    return sorted(subjects, key=lambda tokens: _head_of(tokens).head.dep_ != "ROOT")


def _head_of(tokens: list[Token]) -> Token:
    return next((t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")), tokens[-1])


def _ends_sentence(tok: Token) -> bool:
    return tok.is_punct and tok.text[-1:] in ".!?" and not tok.is_quote
