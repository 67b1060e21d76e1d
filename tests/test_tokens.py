"""The token helpers, cues and speakers tested directly on hand-built Docs: no model, no ``nlp(text)``."""

from __future__ import annotations

from typing import Optional

import numpy
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from quotex.attribution import cues
from quotex.attribution.cues import cue_lemma, find_clauses
from quotex.attribution.speakers import anonymity_in, name_gender
from quotex.attribution.tokens import (annotations, has_entities, has_parse, has_tags, is_pronoun, is_proper,
                                       join_split_names, join_split_subjects, mend_first_names, mend_fronted_subjects,
                                       mend_noun_roots, mention_of, modal_name, subject_tokens, within_line,
                                       word_first_name)

VOCAB = spacy.blank("en").vocab

# 'Senior official Jane Smith of Reuters said .': a parse with a compound subject and a 'prep' to clip.
WORDS = ["Senior", "official", "Jane", "Smith", "of", "Reuters", "said", "."]
HEADS = [1, 3, 3, 6, 3, 4, 6, 6]
DEPS = ["amod", "compound", "compound", "nsubj", "prep", "pobj", "ROOT", "punct"]
TAGS = ["JJ", "NN", "NNP", "NNP", "IN", "NNP", "VBD", "."]
POS = ["ADJ", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"]


def parsed() -> Doc:
    return Doc(VOCAB, words=WORDS, heads=HEADS, deps=DEPS, tags=TAGS, pos=POS,
               lemmas=[w.lower() if w != "said" else "say" for w in WORDS])


def plain(text: str) -> Doc:
    return spacy.blank("en").make_doc(text)


@pytest.mark.parametrize("make, expected", [
    (parsed, (True, True, False)),
    (lambda: plain("Jane Smith said."), (False, False, False)),
], ids=["parsed", "blank"])
def test_annotations_are_probed_once_and_kept(make: object, expected: tuple[bool, bool, bool]) -> None:
    doc = make()  # type: ignore[operator]
    assert annotations(doc) == expected
    assert (has_tags(doc), has_parse(doc), has_entities(doc)) == expected


@pytest.mark.parametrize("word, pronoun", [("he", True), ("She", True), ("they", True), ("Smith", False),
                                           ("official", False)])
def test_is_pronoun(word: str, pronoun: bool) -> None:
    assert is_pronoun(plain(word)[0]) is pronoun


@pytest.mark.parametrize("text, i, proper", [
    ("Jane Smith said", 0, True),        # capitalised, not a stop word: a name without tags
    ("The official said", 0, False),     # a determiner
    ("He said", 0, False),               # a pronoun
    ("the official said", 1, False),     # lower case
    ("Instead, Smith said", 0, False),   # a word that opens a sentence in capitals (lexicon.SENTENCE_OPENERS)
    ("Recently, Smith said", 0, False),
    ("Outside the court, Smith said", 0, False),  # a preposition that opens a sentence
    ("Amid the noise, Smith said", 0, False),
], ids=["name", "determiner", "pronoun", "lower", "opener", "opener-ly", "opener-outside", "opener-amid"])
def test_is_proper_without_tags_reads_capitals(text: str, i: int, proper: bool) -> None:
    assert is_proper(plain(text)[i]) is proper


@pytest.mark.parametrize("i, proper", [(0, False), (1, False), (2, True), (3, True), (5, True)])
def test_is_proper_with_tags_reads_them(i: int, proper: bool) -> None:
    assert is_proper(parsed()[i]) is proper


# A parse that split one subject at the hyphen inside a word ('Ben-David said', spaces as written)
SPLIT_SUBJECTS = [
    # (words, spaces, heads, deps, expected deps, the subject's phrase)
    (["Ben", "-", "David", "said", "."], [False, False, True, False, False], [3, 3, 3, 3, 3],
     ["nsubj", "nsubj", "nsubj", "ROOT", "punct"], ["compound", "punct", "nsubj", "ROOT", "punct"], "Ben-David"),
    (["study", "co", "-", "author", "Cheng", "said", "."], [True, False, False, True, True, False, False],
     [1, 5, 5, 4, 5, 5, 5], ["compound", "nsubj", "nsubj", "compound", "nsubj", "ROOT", "punct"],
     ["compound", "compound", "punct", "compound", "nsubj", "ROOT", "punct"], "study co-author Cheng"),
    # a dash between two phrases, with spaces, is no hyphen inside a word: left as it is
    (["Ben", "-", "David", "said", "."], [True, True, True, False, False], [3, 3, 3, 3, 3],
     ["nsubj", "nsubj", "nsubj", "ROOT", "punct"], ["nsubj", "nsubj", "nsubj", "ROOT", "punct"], "David"),
]


@pytest.mark.parametrize("words, spaces, heads, deps, expected, phrase", SPLIT_SUBJECTS)
def test_a_subject_split_at_its_hyphen_is_joined(words: list[str], spaces: list[bool], heads: list[int],
                                                 deps: list[str], expected: list[str], phrase: str) -> None:
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps)
    join_split_subjects(doc)
    assert [t.dep_ for t in doc] == expected
    subject = [t for t in doc if t.dep_ == "nsubj"][-1]
    assert mention_of(subject_tokens(subject)).text == phrase
    join_split_subjects(doc)
    assert [t.dep_ for t in doc] == expected  # mended once, the parse stays so


# A name after the phrase that opens its sentence, which the parse made a conjunct of the phrase's place (or the
# place the subject, the name its conjunct), is the verb's subject: 'In Kharkiv, Olena Petrenko, 54, sat …'
_KHARKIV = ["In", "Kharkiv", ",", "Olena", "Petrenko", ",", "54", ",", "sat", "there", "."]
_KHARKIV_TAGS = ["IN", "NNP", ",", "NNP", "NNP", ",", "CD", ",", "VBD", "RB", "."]
_KHARKIV_POS = ["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "ADV", "PUNCT"]
FRONTED_NAMES = [
    # (heads, deps, the subject after mending; None: left as it is)
    ([8, 0, 1, 4, 1, 4, 4, 4, 8, 8, 8],  # 'Petrenko' a conjunct of 'Kharkiv', the preposition's object
     ["prep", "pobj", "punct", "compound", "conj", "punct", "appos", "punct", "ROOT", "advmod", "punct"], "Petrenko"),
    ([8, 8, 1, 4, 1, 4, 4, 4, 8, 8, 8],  # 'Kharkiv' the subject, 'In' left with no object
     ["prep", "nsubj", "punct", "compound", "conj", "punct", "appos", "punct", "ROOT", "advmod", "punct"], "Petrenko"),
    ([8, 0, 1, 4, 1, 4, 4, 4, 8, 8, 8],  # 'and' joins two places: no subject to mend
     ["prep", "pobj", "cc", "compound", "conj", "punct", "appos", "punct", "ROOT", "advmod", "punct"], None),
]


@pytest.mark.parametrize("heads, deps, subject", FRONTED_NAMES)
def test_a_name_after_an_opening_phrase_is_the_subject(heads: list[int], deps: list[str],
                                                       subject: Optional[str]) -> None:
    words = list(_KHARKIV)
    if "cc" in deps:
        words[2] = "and"
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=_KHARKIV_TAGS, pos=_KHARKIV_POS)
    annotations(doc)
    mend_fronted_subjects(doc)
    assert [t.text for t in doc[8].children if t.dep_ == "nsubj"] == ([subject] if subject else
                                                                      [t.text for t in doc if t.dep_ == "nsubj"])
    if subject:
        assert doc[1].dep_ == "pobj" and doc[1].head.i == 0


# A sentence whose only verb the parse hung on its subject as a participle, after the subject's appositive
# ('Its driver, Kevin Ochieng, watched from the roadside.'): the verb is the root, the noun its subject; not
# when the sentence has a verb of its own ('…, injured in the crash, was taken to hospital').
_DRIVER = ["Its", "driver", ",", "Kevin", "Ochieng", ",", "watched", "from", "the", "roadside", "."]
NOUN_ROOTS = [
    (_DRIVER, ["PRP$", "NN", ",", "NNP", "NNP", ",", "VBN", "IN", "DT", "NN", "."], [1, 1, 1, 4, 1, 4, 1, 6, 9, 7, 1],
     ["poss", "ROOT", "punct", "compound", "appos", "punct", "acl", "prep", "det", "pobj", "punct"], "watched"),
    (_DRIVER[:7] + ["was", "taken", "away", "."],
     ["PRP$", "NN", ",", "NNP", "NNP", ",", "VBN", "VBD", "VBN", "RB", "."],
     [1, 1, 1, 4, 1, 4, 1, 8, 1, 8, 1],
     ["poss", "ROOT", "punct", "compound", "appos", "punct", "acl", "auxpass", "acl", "advmod", "punct"], "driver"),
]


@pytest.mark.parametrize("words, tags, heads, deps, root", NOUN_ROOTS)
def test_a_sentence_s_only_verb_is_its_root(words: list[str], tags: list[str], heads: list[int], deps: list[str],
                                            root: str) -> None:
    pos = ["DET" if t == "PRP$" or t == "DT" else "PUNCT" if t in (",", ".") else "PROPN" if t == "NNP"
           else "NOUN" if t == "NN" else "ADP" if t == "IN" else "ADV" if t == "RB"
           else "AUX" if words[n] == "was" else "VERB" for n, t in enumerate(tags)]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    annotations(doc)
    mend_noun_roots(doc)
    assert [t.text for t in doc if t.dep_ == "ROOT"] == [root]
    if root == "watched":
        assert doc[1].dep_ == "nsubj" and doc[1].head.text == "watched"
    mend_noun_roots(doc)
    assert [t.text for t in doc if t.dep_ == "ROOT"] == [root]  # mended once, the parse stays so


@pytest.mark.parametrize("word, site", [("Kun.uz", True), ("Rappler.com", True), ("gazeta.uz", True),
                                        ("U.S.", False), ("p.m.", False), ("3.5", False), ("Mr.", False)])
def test_a_sites_name_is_its_address(word: str, site: bool) -> None:
    from quotex.attribution.tokens import names_an_outlet, site_name

    assert site_name(word) is site
    assert names_an_outlet([word.lower()]) is site


def test_subject_tokens_keep_the_phrase_and_an_of_phrase_that_names_more() -> None:
    """'of Reuters' names more, as in 'the Chamber of Commerce'; the final punctuation is not the subject's."""
    doc = parsed()
    assert [t.text for t in subject_tokens(doc[3])] == ["Senior", "official", "Jane", "Smith", "of", "Reuters"]


# An adjective after a bare name is the predicate the parser hung on it; after a noun phrase it describes.
POSTNOMINAL = [
    # (words, heads, deps, tags, head index, subject words)
    (["Was", "Szlachta", "satisfied", "with", "it", "?"], [0, 0, 1, 2, 3, 0],
     ["ROOT", "nsubj", "amod", "prep", "pobj", "punct"], ["VBD", "NNP", "JJ", "IN", "PRP", "."], 1, ["Szlachta"]),
    (["A", "source", "familiar", "with", "it", "said", "."], [1, 5, 1, 2, 3, 5, 5],
     ["det", "nsubj", "amod", "prep", "pobj", "ROOT", "punct"], ["DT", "NN", "JJ", "IN", "PRP", "VBD", "."], 1,
     ["A", "source", "familiar", "with", "it"]),
]


# Inside a preposition's object, 'and' joins the parts of a name, not two speakers.
POSTNOMINAL.append(
    (["A", "spokesperson", "for", "the", "Competition", "and", "Markets", "Authority", "said", "."],
     [1, 8, 1, 7, 7, 4, 4, 2, 8, 8], ["det", "nsubj", "prep", "det", "nmod", "cc", "conj", "pobj", "ROOT", "punct"],
     ["DT", "NN", "IN", "DT", "NNP", "CC", "NNP", "NNP", "VBD", "."], 1,
     ["A", "spokesperson", "for", "the", "Competition", "and", "Markets", "Authority"]))


# A preposition whose object the parse hung elsewhere ends no phrase ('according to a recent poll by
# RealClearPolitics' with the name a second object); an office's 'for' and its holder's name after it,
# hung as a second subject, go on the phrase.
POSTNOMINAL += [
    (["a", "recent", "poll", "by", "RealClearPolitics", "."], [2, 2, 2, 2, 2, 2],
     ["det", "amod", "ROOT", "prep", "appos", "punct"], ["DT", "JJ", "NN", "IN", "NNP", "."], 2,
     ["a", "recent", "poll"]),
    (["Labour", "MP", "for", "Tottenham", "David", "Lammy", "said", "."], [1, 6, 1, 5, 5, 1, 6, 6],
     ["compound", "nsubj", "prep", "compound", "compound", "conj", "ROOT", "punct"],
     ["NNP", "NNP", "IN", "NNP", "NNP", "NNP", "VBD", "."], 1,
     ["Labour", "MP", "for", "Tottenham", "David", "Lammy"]),
]


@pytest.mark.parametrize("words, heads, deps, tags, head, expected", POSTNOMINAL,
                         ids=["bare-name", "noun-phrase", "and-inside-a-name", "preposition-without-object",
                              "office-for-a-place-and-holder"])
def test_subject_tokens_leave_out_a_predicate_hung_on_a_name(words: list[str], heads: list[int], deps: list[str],
                                                              tags: list[str], head: int,
                                                              expected: list[str]) -> None:
    pos = [{"NNP": "PROPN", "NN": "NOUN", "JJ": "ADJ", "IN": "ADP", "PRP": "PRON", "DT": "DET", ".": "PUNCT",
            "CC": "CCONJ"}.get(t, "VERB") for t in tags]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert [t.text for t in subject_tokens(doc[head])] == expected


def test_subject_tokens_without_a_parse_are_the_head_alone() -> None:
    doc = plain("Senior official Jane Smith said .")
    assert [t.text for t in subject_tokens(doc[3])] == ["Smith"]


def test_mention_of_gives_text_and_offsets() -> None:
    doc = parsed()
    mention = mention_of(list(doc[2:4]))
    assert (mention.text, doc.text[mention.start:mention.end]) == ("Jane Smith", "Jane Smith")


def test_find_clauses_finds_the_cue_and_its_subject() -> None:
    [clause] = find_clauses(parsed())
    doc = clause.subject[0].doc
    assert (clause.cue.text, cue_lemma(doc[clause.verb])) == ("said", "say")
    assert "Smith" in [t.text for t in clause.subject]


@pytest.mark.parametrize("name, mention, gender", [
    ("Jane Smith", "Jane Smith", "f"),
    ("John Smith", "John Smith", "m"),
    ("Smith", "Smith", None),
])
def test_name_gender_from_first_names(name: str, mention: str, gender: Optional[str]) -> None:
    assert name_gender(name, mention) == gender


@pytest.mark.parametrize("text, anonymity", [
    ("an official who spoke on condition of anonymity", "on condition of anonymity"),
    ("a person who asked not to be named", "who asked not to be named"),
    ("one of the people said, asking not to be identified because the talks are private",
     "asking not to be identified"),
    ("an executive, who spoke on the condition that he not be named, said", "on the condition that he not be named"),
    ("officials who were not authorized to speak publicly", "were not authorized to speak publicly"),
    ("a diplomat, who was granted anonymity to discuss the talks", "was granted anonymity"),
    ("a source who did not want to be identified", "did not want to be identified"),
    ("an aide speaking on background", "speaking on background"),
    ("the woman, who did not want her name used", "did not want her name used"),
    ("a resident who asked that his name not be published", "asked that his name not be published"),
    ("a shopper, who declined to give her full name", "declined to give her full name"),
    ("the council did not want its plans published", None),
    ("Jane Smith", None),
    ("the senator asked the judge not to rule", None),
])
def test_anonymity_in_names_the_phrase_that_withholds_a_name(text: str, anonymity: Optional[str]) -> None:
    found = anonymity_in(list(plain(text)))
    assert (found is None) is (anonymity is None)
    if anonymity is not None:
        assert anonymity in found  # type: ignore[operator]


@settings(max_examples=200, deadline=None)
@given(picks=st.lists(st.integers(min_value=0, max_value=10**6), max_size=40),
       others=st.lists(st.integers(min_value=0, max_value=2**64 - 1), max_size=40))
def test_the_cue_table_lookup_is_isin(picks: list[int], others: list[int]) -> None:
    """The binary search that finds cue words agrees with ``numpy.isin``, for words in the table and not."""
    table = cues._START_FORMS
    values = numpy.array([table[i % len(table)] for i in picks] + others, dtype="uint64")
    assert (cues._member(values, table) == numpy.isin(values, table)).all()


# A first name that is also a word names where it stands in capitals before a surname, and not in a
# question, a headline, before a verb or as a month after a word of time. (text, word, names)
WORD_FIRST_NAMES = [
    ('"We are ready," said Will Hurd.', "Will", True),
    ('"We are ready," Will Hurd said.', "Will", True),
    ("Grant Shapps, the transport secretary, said it was done.", "Grant", True),
    ("The spokeswoman, Hope Hicks, declined.", "Hope", True),
    ("Will Folks, a blogger, said he would attend.", "Will", True),
    ("It was written by April Ryan for the paper.", "April", True),
    ("Will Trump win? Nobody knows.", "Will", False),
    ('She asked: "Will Trump win?"', "Will", False),
    ("In June Trump said he would run.", "June", False),
    ("Since April Smith has led the team.", "April", False),
    ("It closed on May 3 and opened again.", "May", False),
    ("Trump Will Face Clinton In Debate", "Will", False),
    ("It said the plan Will Not Work as intended.", "Will", False),
    ("We hope Smith wins.", "hope", False),
    ("He met them in May Sunday night.", "May", False),
]


@pytest.mark.parametrize("text, word, names", WORD_FIRST_NAMES, ids=[r[0][:40] for r in WORD_FIRST_NAMES])
def test_a_first_name_that_is_also_a_word_names_where_it_stands_before_a_surname(text: str, word: str,
                                                                                names: bool) -> None:
    doc = plain(text)
    tok = next(t for t in doc if t.text == word)
    assert word_first_name(tok) is names
    if names:
        assert is_proper(tok)  # without tags, capitals tell, and the word's being a word no longer hides them


def test_a_modal_read_in_a_first_name_is_mended_into_the_name() -> None:
    """The tagger reads 'Will' in '"…," Will Hurd said' as a modal, the auxiliary of 'said': it becomes
    the proper noun it is, part of the name after it; 'Will' that opens a question stays a modal."""
    words = ['"', "Yes", ",", '"', "Will", "Hurd", "said", ".", "Will", "Trump", "win", "?"]
    spaces = [False, False, False, True, True, True, False, True, True, True, False, False]
    heads = [6, 6, 6, 6, 6, 6, 6, 6, 10, 10, 10, 10]
    deps = ["punct", "intj", "punct", "punct", "aux", "nsubj", "ROOT", "punct", "aux", "nsubj", "ROOT", "punct"]
    tags = ["``", "UH", ",", "''", "MD", "NNP", "VBD", ".", "MD", "NNP", "VB", "."]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)
    annotations(doc)
    mend_first_names(doc)
    assert (doc[4].tag_, doc[4].dep_, doc[4].head.i) == ("NNP", "compound", 5)
    assert [t.text for t in subject_tokens(doc[5])] == ["Will", "Hurd"]
    assert (doc[8].tag_, doc[8].dep_) == ("MD", "aux")


# A modal in capitals is a surname after a first name or a title, or before a verb no modal takes.
MODAL_NAMES = [
    ("Theresa May defended the deal.", "May", True),
    ("Britain's Mrs May defended the deal.", "May", True),
    ('"This is the deal," May said.', "May", True),
    ("Will wrote that the deal was a surrender.", "Will", True),
    ("Columnist George Will criticised it.", "Will", True),
    ("May I go now?", "May", False),
    ("Will they come back?", "Will", False),
    ("May say what she likes.", "May", False),
    ("Smith Will Fight On", "Will", False),
]


@pytest.mark.parametrize("text, word, names", MODAL_NAMES, ids=[r[0][:40] for r in MODAL_NAMES])
def test_a_modal_in_capitals_is_a_surname_where_no_modal_can_stand(text: str, word: str, names: bool) -> None:
    tok = next(t for t in plain(text) if t.text == word)
    assert modal_name(tok) is names


def test_a_surname_read_as_a_modal_is_mended_into_its_verbs_subject() -> None:
    """'George Will criticised it. Will wrote …': the tagger's auxiliary is the subject's head,
    the first name its compound; alone, it is the subject of its verb."""
    words = ["George", "Will", "criticised", "it", ".", "Will", "wrote", "so", "."]
    heads = [2, 2, 2, 2, 2, 6, 6, 6, 6]
    deps = ["nsubj", "aux", "ROOT", "dobj", "punct", "aux", "ROOT", "advmod", "punct"]
    tags = ["NNP", "MD", "VBN", "PRP", ".", "MD", "VBD", "RB", "."]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    annotations(doc)
    mend_first_names(doc)
    assert [(t.tag_, t.dep_, t.head.i) for t in doc[:2]] == [("NNP", "compound", 1), ("NNP", "nsubj", 2)]
    assert (doc[5].tag_, doc[5].dep_, doc[5].head.i) == ("NNP", "nsubj", 6)
    assert [t.text for t in subject_tokens(doc[1])] == ["George", "Will"]


def test_a_name_split_into_a_word_and_its_appositive_is_joined() -> None:
    """'Activist Sipho Ndlovu told': the parser made 'Ndlovu' the appositive of 'Sipho', the subject;
    with a comma between, an appositive stays one ('Sipho, Ndlovu' is no name)."""
    words = ["Activist", "Sipho", "Ndlovu", "told", "us", ".", "Jo", ",", "Smith", "left", "."]
    spaces = [True, True, True, True, False, True, False, True, True, False, False]
    heads = [1, 3, 1, 3, 3, 3, 9, 6, 6, 9, 9]
    deps = ["amod", "nsubj", "appos", "ROOT", "dobj", "punct", "nsubj", "punct", "appos", "ROOT", "punct"]
    pos = ["ADJ", "PROPN", "PROPN", "VERB", "PRON", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    annotations(doc)
    join_split_names(doc)
    assert [(t.dep_, t.head.i) for t in doc[:3]] == [("amod", 1), ("compound", 2), ("nsubj", 3)]
    assert [t.text for t in subject_tokens(doc[2])] == ["Activist", "Sipho", "Ndlovu"]
    assert (doc[8].dep_, doc[8].head.i) == ("appos", 6)


# 'a' opens no plural: in 'a decision critics called', 'a decision' is what a reduced relative clause
# describes and 'critics' the subject; 'a few critics' is one phrase. (words, tags, heads, subject words)
REDUCED_RELATIVES = [
    (["a", "decision", "critics", "called", "it"], ["DT", "NN", "NNS", "VBD", "PRP"], [2, 2, 3, 3, 3], ["critics"]),
    (["a", "fact", "sheet", "lawmakers", "released"], ["DT", "NN", "NN", "NNS", "VBD"], [3, 2, 3, 4, 4],
     ["lawmakers"]),
    (["a", "few", "critics", "called", "it"], ["DT", "JJ", "NNS", "VBD", "PRP"], [2, 2, 3, 3, 3],
     ["a", "few", "critics"]),
    (["a", "handful", "senators", "said", "so"], ["DT", "NN", "NNS", "VBD", "RB"], [2, 2, 3, 3, 3],
     ["a", "handful", "senators"]),
]


@pytest.mark.parametrize("words, tags, heads, subject", REDUCED_RELATIVES,
                         ids=[" ".join(r[0][:3]) for r in REDUCED_RELATIVES])
def test_a_singular_noun_after_a_opens_no_plural_subject(words: list[str], tags: list[str], heads: list[int],
                                                        subject: list[str]) -> None:
    verb = next(i for i, h in enumerate(heads) if h == i)
    head = next(i for i, h in enumerate(heads) if h == verb and i < verb)
    deps = ["ROOT" if i == verb else "nsubj" if i == head else "det" if i == 0 else "compound" if i < head
            else "dobj" for i in range(len(words))]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    annotations(doc)
    assert [t.text for t in subject_tokens(doc[head])] == subject


def test_a_name_after_a_title_that_the_parser_made_its_appositive_is_the_subject() -> None:
    """'said Senate Majority Leader Chuck Schumer, D-N.Y.': the parser made 'Schumer' (with 'Chuck' its
    compound) the appositive of 'Leader', the subject; the name becomes the subject, the title its
    compound. An appositive after a comma, or with words of its own before it, stays one."""
    words = ["said", "Majority", "Leader", "Chuck", "Schumer", ",", "D-N.Y.", ".",
             "Leader", "the", "Chuck", "Schumer", "left", "."]
    spaces = [True, True, True, True, False, True, False, True, True, True, True, True, False, False]
    heads = [0, 2, 0, 4, 2, 4, 0, 0, 12, 11, 11, 8, 12, 12]
    deps = ["ROOT", "compound", "nsubj", "compound", "appos", "punct", "npadvmod", "punct",
            "nsubj", "det", "compound", "appos", "ROOT", "punct"]
    pos = ["VERB", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT",
           "PROPN", "DET", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    annotations(doc)
    join_split_names(doc)
    assert [(t.dep_, t.head.i) for t in doc[1:5]] == [("compound", 2), ("compound", 4), ("compound", 4),
                                                     ("nsubj", 0)]
    assert [t.text for t in subject_tokens(doc[4])] == ["Majority", "Leader", "Chuck", "Schumer"]
    assert (doc[11].dep_, doc[11].head.i) == ("appos", 8)  # ('the' before it: no name's part)


@pytest.mark.parametrize("text, phrase, within", [
    ("FULL TEXT.\n\nSenate Republican leaders", "FULL TEXT.\n\nSenate Republican leaders", "Senate Republican leaders"),
    ("The vote.\n\nParty leaders", "\n\nParty leaders", "Party leaders"),
    ("House\nspeaker Paul Ryan", "House\nspeaker Paul Ryan", "House\nspeaker Paul Ryan"),  # (a wrapped line: one)
    ("Party leaders", "Party leaders", "Party leaders"),
])
def test_a_mention_is_of_one_paragraph(text: str, phrase: str, within: str) -> None:
    """A phrase a read without a parse took across a paragraph's end is the last paragraph's words, without white
    space at its ends; a line broken inside a paragraph breaks nothing."""
    doc = spacy.blank("en")(text)
    start = text.index(phrase)
    tokens = [t for t in doc if t.idx >= start and t.idx < start + len(phrase)]
    assert mention_of(tokens).text == within
    assert text[mention_of(tokens).start:mention_of(tokens).end] == within
    assert within_line(tokens)
