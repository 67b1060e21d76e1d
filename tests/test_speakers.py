"""How a speaker is named and described: names with their descriptions, coordinated
speakers, anonymous sources, and definite descriptions of people the article names.

Each table runs on the rules-only pipeline where the rules find the pattern alone,
and on the trained pipeline (marked ``model``).
"""

from __future__ import annotations

import re
from typing import Optional

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from quotex.attribution.speakers import NameIndex, SpeakerTracker, _title_noun
from quotex.attribution.tokens import _DATELINE, annotations
from quotex.output.model import Quote, Speaker
from quotex.run.extract import extract, extract_many

BOTH = ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)]
MODEL = [pytest.param("nlp", marks=pytest.mark.model)]


def speaker_of(nlp: Language, text: str, quote: str) -> Speaker:
    """The speaker of the quoted piece that starts with ``quote``."""
    found = [q for q in extract(nlp, text) if q.type in ("direct", "mixed") and q.text.startswith(quote)]
    assert len(found) == 1, [q.to_dict() for q in extract(nlp, text)]
    assert found[0].speaker is not None, found[0].to_dict()
    return found[0].speaker


def speaker_in_mode(nlp: Language, text: str, quote: str, fast: bool,
                    types: tuple[str, ...] = ("direct",)) -> Speaker:
    """The one speaker of the quoted piece of ``types`` that starts with ``quote``, in full or fast mode."""
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [speaker] = [q.speaker for q in quotes if q.type in types and q.text.startswith(quote) and q.speaker]
    return speaker


def quoted(nlp: Language, text: str) -> list[Quote]:
    return [q for q in extract(nlp, text) if q.type in ("direct", "mixed")]


# -- a name and its description ----------------------------------------------------------------

NAMED = [
    # (text, quote, name, description)
    ('The chancellor, Philip Hammond, said: "The economy is resilient."', "The economy",
     "Philip Hammond", "The chancellor"),
    ('"The economy is resilient," said the chancellor, Philip Hammond.', "The economy",
     "Philip Hammond", "the chancellor"),
    ('"The economy is resilient," the chancellor, Philip Hammond, said.', "The economy",
     "Philip Hammond", "the chancellor"),
    ('Then the ferry came. A spokesman for the port, Kevin Hara, said: "We are open."', "We are open",
     "Kevin Hara", "A spokesman for the port"),
    ('"We will build it," said crane operator Sam Whitfield, 54, on Monday.', "We will build",
     "Sam Whitfield", "crane operator"),
    ('"We will build it," said crane operator Sam Whitfield, 54.', "We will build",
     "Sam Whitfield", "crane operator"),
    ('Sam Whitfield, 54, said: "We will build it."', "We will build", "Sam Whitfield", None),
    # ordinary people's roles in other news ('parent', 'retiree', 'shopkeeper'), and 'Dame' is a title
    ('Another parent, Sarah Patel, said: "Life got busy."', "Life got busy", "Sarah Patel", "Another parent"),
    ('"The figures are worrying," said Dame Jenny Harries.', "The figures", "Jenny Harries", None),
    # an abbreviated title is no sentence's end, and no part of the name
    ('"This is about who we honour," said Coun. Alejandra Bravo, who moved the motion.', "This is about",
     "Alejandra Bravo", "Coun."),
    ('"We have made an arrest," Det. Insp. Tom Reid told reporters.', "We have made", "Tom Reid", "Det. Insp."),
    ('"This is about lower bills," Cr Adrian Schrinner said.', "This is about", "Adrian Schrinner", "Cr"),
    # a role no title list holds, before a name ('principal'); one of a noun of people, named
    ("The school\u2019s principal, Mary Flanagan, said there had been \u2018no consultation whatsoever\u2019.",
     "no consultation", "Mary Flanagan", "The school\u2019s principal"),
]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, name", [
    # a relative clause between the subject and the cue: the noun before it speaks, not the cue's object
    ('"The agents involved are under a lot of pressure," an intelligence source, who was not authorized to speak '
     'on the record, told Fox News.', "The agents", "an intelligence source"),
    ('"The talks are over," a senior official, who asked not to be named, told Reuters.', "The talks",
     "a senior official"),
])
def test_the_subject_before_a_relative_clause_speaks(request: pytest.FixtureRequest, model: str, text: str,
                                                     quote: str, name: str) -> None:
    assert speaker_of(request.getfixturevalue(model), text, quote).name == name


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, kind", [
    # one of a noun of people, described by the name after it
    ('One of the residents, Rowena Sta. Maria, said: "We were told the wall was finished."', "We were told",
     "Rowena Sta. Maria", "person"),
    # the names a plural noun of people is described by, and 'they' for them after a body spoke
    ('The Rural Educators Association said the bill was bad.\n\nTwo Republicans, Rep. Luis Ortega of Carthage and '
     'Rep. Patricia Haskins of Hannibal, broke with their party. In a joint statement, they said: "We love cats."',
     "We love cats", "Luis Ortega and Patricia Haskins", "group"),
    # a known first name after a noun of people names a person, whatever NER made of it
    ("The bill's sponsor, ruling party lawmaker Hakan Y\u0131ld\u0131r\u0131mo\u011flu, rejected the criticism."
     '\n\n"It is interference," he told the broadcaster.', "It is interference",
     "Hakan Y\u0131ld\u0131r\u0131mo\u011flu", "person"),
])
def test_with_a_parse_the_names_a_noun_of_people_is_given_speak(nlp: Language, fast: bool, text: str, quote: str,
                                                                name: str, kind: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, kind, False)


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", [
    ('A woman in a red coat who lives nearby said the noise was "unbearable".', "unbearable",
     "A woman in a red coat"),
    ("There were 214 emails and a man in a flat cap who stopped me to tell me I should be \u2018ashamed of "
     "myself\u2019.", "ashamed", "a man in a flat cap"),
    ("I had a call from a man in a flat cap who told me I should be \u2018ashamed of myself\u2019.", "ashamed",
     "a man"),
    # ... not when the noun the parse hung it on is a person's ('the son of a farmer who …')
    ('Tom Reid, the son of a farmer who grew barley, said: "We lost the lot."', "We lost", "Tom Reid"),
])
def test_who_is_the_person_the_parse_hung_it_past(nlp: Language, fast: bool, text: str, quote: str,
                                                  name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed")).name == name


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_who_after_a_names_appositive_is_the_named_person_and_describes_nothing(nlp: Language, fast: bool) -> None:
    text = ("Saul Anuzis, a top adviser to the Cruz campaign who told reporters the effort was \"dead\", has "
            "moved on.\n\n\"It is a mistake,\" said Robert Reich, a secretary of labor under Bill Clinton who has "
            "endorsed Sanders.")
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [dead] = [q for q in quotes if q.type == "mixed" and q.text == "dead"]
    [mistake] = [q for q in quotes if q.type == "direct" and q.text.startswith("It is a mistake")]
    assert dead.speaker is not None and dead.speaker.name == "Saul Anuzis"
    assert dead.speaker.description == "a top adviser to the Cruz campaign"
    assert mistake.speaker is not None and mistake.speaker.name == "Robert Reich"
    assert mistake.speaker.description == "a secretary of labor under Bill Clinton"


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_body_named_with_and_without_its_article_is_one_speaker(nlp: Language, fast: bool) -> None:
    text = ('The Department for Infrastructure said it had "no choice".\n\n"It is over," the department said by '
            'email.')
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    speakers = [q.speaker for q in quotes if q.type in ("direct", "mixed")]
    assert len(speakers) == 2 and all(sp is not None for sp in speakers)
    assert speakers[0].id == speakers[1].id
    assert speakers[0].name == speakers[1].name == "The Department for Infrastructure"


# Both quotes of a pair around a cue are the person it names, whatever the parser made of the words
# between: what a thing is said by is no source when it is a medium ('said by telephone'), and a quote
# mark is no subject (the parser took the closing guillemet of '«…,» said' for one, beside the name).
PAIR_SPEAKERS = [
    *[(f'"We have operated openly for 22 years," the foundation\'s director, Nil\u00fcfer Koca\u015f, said by '
       f'{medium}. "If the government wanted transparency, it already had it."', "Nil\u00fcfer Koca\u015f")
      for medium in ("telephone", "phone", "email", "video link")],
    *[(f"{opening}For three years we have been told these basins would protect agriculture,{closing} said "
       f"Julien Ferrand, a spokesman for the group Eau Commune. {opening}Here we are in a drought.{closing}",
       "Julien Ferrand") for opening, closing in (("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ('"', '"'))],
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name", PAIR_SPEAKERS)
def test_both_quotes_of_a_pair_are_the_person_its_cue_names(nlp: Language, fast: bool, text: str, name: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    assert [q.speaker.name if q.speaker else None for q in quotes if q.type in ("direct", "mixed")] == [name] * 2


@pytest.mark.model
def test_a_name_the_parse_hung_on_the_end_of_the_phrase_speaks(nlp: Language) -> None:
    text = '"We will open hotels in key cities," said a spokeswoman for Trump hotels, Jennifer Rodstrom.'
    speaker = speaker_of(nlp, text, "We will open")
    assert (speaker.name, speaker.anonymous, speaker.description) == (
        "Jennifer Rodstrom", False, "a spokeswoman for Trump hotels")


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, name, description", NAMED)
def test_a_name_speaks_and_the_noun_or_title_describes_it(request: pytest.FixtureRequest, model: str, text: str,
                                                           quote: str, name: str, description: Optional[str]) -> None:
    speaker = speaker_of(request.getfixturevalue(model), text, quote)
    assert (speaker.name, speaker.kind, speaker.anonymous, speaker.description) == (
        name, "person", False, description)


# With a parse, in full and fast mode alike: the person's own name after a role that no title
# list holds ('Whip', 'Chief of Staff'), and never a stray full stop from an abbreviated title.
NAMED_AFTER_ROLES = [
    ('"We will win," Senate Majority Whip John Cornyn said.', "John Cornyn", "Senate Majority Whip"),
    ('"We will win," said White House Chief of Staff Katie Walsh.', "Katie Walsh", "White House Chief of Staff"),
    ('"We will win," said retired Col. Lawrence Wilkerson.', "Lawrence Wilkerson", "retired Col."),
    # a player's role in a match report
    ('"I just closed my eyes," said substitute Kieran Doyle.', "Kieran Doyle", "substitute"),
    # a member of the Knesset, and West African news's honorific of one who made the hajj
    ('"This law builds a path," said Likud MK Eliad Carmi.', "Eliad Carmi", "Likud MK"),
    ('"My brother is not a thief," said Alhaji Usman Garba.', "Usman Garba", "Alhaji"),
    ('"We came back to nothing," said Hajj Abbas Hussein Srour.', "Abbas Hussein Srour", "Hajj"),
    ('"The land was sold four times," said Cde Shepherd Madzudzo.', "Shepherd Madzudzo", "Cde"),
    ('"The water is not safe," said Bi Mwanaisha Rashidi Kombo.', "Mwanaisha Rashidi Kombo", "Bi"),
    # a woman who made the hajj, as Ugandan news writes it
    ('"We cannot have a city of chaos," said Hajjat Aisha Nalule Kibirige.', "Aisha Nalule Kibirige", "Hajjat"),
    # an older woman in Thai news
    ('"The water came at night," said Mae Thongkham Phimpha.', "Thongkham Phimpha", "Mae"),
    # an Aboriginal elder
    ('"We waited 27 years," said Uncle Trevor Cooper.', "Trevor Cooper", "Uncle"),
    # a mother or elder woman in East African news, an older woman in Philippine news, a lawyer in French-speaking
    # Africa's
    ('"We will not move," said Mama Esther Wanjiku Kamau.', "Esther Wanjiku Kamau", "Mama"),
    ('"The house is gone," said Aling Corazon Dizon.', "Corazon Dizon", "Aling"),
    ('"We will appeal," said Me Jean-Paul Habimana.', "Jean-Paul Habimana", "Me"),
    # a South African province's minister
    ('"I will not accept excuses," said Health MEC Nomsa Dlamini.', "Nomsa Dlamini", "Health MEC"),
    # an elder man and a market woman in Sierra Leonean news, a Gambian Alhaji, Mr in Lesotho's
    ('"The sea is empty," said Pa Santigie Conteh.', "Santigie Conteh", "Pa"),
    ('"When the men don\'t fish, we don\'t eat," said Mammy Fatu Kargbo.', "Fatu Kargbo", "Mammy"),
    ('"The cards are ready," said Alhagie Ebrima Touray.', "Ebrima Touray", "Alhagie"),
    ('"We want a living wage," said Ntate Tumelo Sekoati.', "Tumelo Sekoati", "Ntate"),
    # Burmese, Bhutanese, Bruneian, Cambodian and Samoan honours
    ('"The water rose in an hour," said U Tin Maung Oo.', "Tin Maung Oo", "U"),
    ('"We need 600 teachers," said Lyonpo Karma Jurmi.', "Karma Jurmi", "Lyonpo"),
    ('"The court has spoken," said Oknha Keo Vuthy.', "Keo Vuthy", "Oknha"),
    # a Muslim scholar's title and a Punjabi honorific in South Asian news; a captain, a district's chief officer
    ('"The vote was stolen," said Maulana Abdul Rauf Qasmi.', "Abdul Rauf Qasmi", "Maulana"),
    ('"We accept the result," said Chaudhry Iftikhar Warraich.', "Iftikhar Warraich", "Chaudhry"),
    ('"We will complete his mission," said Begum Nasreen Warraich.', "Nasreen Warraich", "Begum"),
    ('"The wells are dry," said Ugaas Yasin Mohamed Dirie.', "Yasin Mohamed Dirie", "Ugaas"),
    ('"We were not good enough," said Skipper Mehedi Rahman Joy.', "Mehedi Rahman Joy", "Skipper"),
    ('"The contacts are isolated," said District Collector Arun Mathew.', "Arun Mathew", "District Collector"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name, description", NAMED_AFTER_ROLES)
def test_the_name_after_a_role_speaks(nlp: Language, fast: bool, text: str, name: str, description: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [speaker] = [q.speaker for q in quotes if q.type in ("direct", "mixed") and q.speaker]
    assert (speaker.name, speaker.kind, speaker.anonymous, speaker.description) == (
        name, "person", False, description)


# An office held for a place or a field, then the holder's name with no comma (British, Irish and
# Australian news): the name speaks, the office and what it is for describe; not whom a spokesman or an
# envoy serves, which is a person after a title.
SEAT_HOLDERS = [
    ('Conservative MP for Wycombe Steve Baker, who chairs the group, said: "We cannot go on."',
     "Steve Baker", "Conservative MP for Wycombe"),
    ('Labour MP for Tottenham David Lammy said: "The plan is wrong."', "David Lammy", "Labour MP for Tottenham"),
    ('Senator for Queensland Matt Canavan said: "It is wrong."', "Matt Canavan", "Senator for Queensland"),
    ('Member of Parliament for Brighton Pavilion Caroline Lucas said: "It is wrong."',
     "Caroline Lucas", "Member of Parliament for Brighton Pavilion"),
    ('Minister for Foreign Affairs Penny Wong said: "We will act."', "Penny Wong", "Minister for Foreign Affairs"),
    # an initial opens the name as a first name does
    ('Minister for Rural Development S. Thirumalaivasan said: "Water is a right."', "S. Thirumalaivasan",
     "Minister for Rural Development"),
    ('Shadow secretary of state for health Wes Streeting said: "It is a scandal."',
     "Wes Streeting", "Shadow secretary of state for health"),
    # after the place, a name set off by commas that NER tags as nothing
    ('The MP for Bristol West, Thangam Debbonaire, said: "It is wrong."', "Thangam Debbonaire",
     "The MP for Bristol West"),
    # an office before the name that no title list held
    ('Treasurer Sam Nguyen said: "No."', "Sam Nguyen", "Treasurer"),
    ('Shadow Treasurer Angus Taylor said: "No."', "Angus Taylor", "Shadow Treasurer"),
    # an office 'of' something: the two words in capitals that end it, after a word of a department,
    # whatever names no list holds ('Aidos', 'Iestyn')
    ('Minister of Agriculture Aidos Baimukhanov wrote on his channel: "A good day for grain."', "Aidos Baimukhanov",
     "Minister of Agriculture"),
    ('Secretary of Homeland Security Jeh Johnson said: "We are ready."', "Jeh Johnson",
     "Secretary of Homeland Security"),
]
# ... and the holder's surname alone later is that holder, the department's words no part of the name
OFFICE_HOLDERS_LATER = [
    ('Vice Minister of Agriculture Yerlan Zhakupov told reporters that the first consignment would leave in April.'
     '\n\n"We have been working on this for almost two years," Zhakupov said.', "We have been", "Yerlan Zhakupov"),
]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, name", OFFICE_HOLDERS_LATER)
def test_an_office_holder_named_later_by_the_surname(request: pytest.FixtureRequest, model: str, text: str,
                                                     quote: str, name: str) -> None:
    assert speaker_of(request.getfixturevalue(model), text, quote).name == name


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name, description", SEAT_HOLDERS)
def test_the_holder_named_after_an_office_and_its_place_speaks(nlp: Language, fast: bool, text: str, name: str,
                                                               description: str) -> None:
    speaker = speaker_in_mode(nlp, text, "", fast)
    assert (speaker.name, speaker.kind, speaker.anonymous, speaker.description) == (name, "person", False, description)


@pytest.mark.parametrize("text, name", [(t, n) for t, n, _ in SEAT_HOLDERS if "Bristol" not in t])
def test_without_a_parse_the_holder_after_an_office_and_its_place_speaks(blank_nlp: Language, text: str,
                                                                         name: str) -> None:
    assert speaker_of(blank_nlp, text, "").name == name


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", [
    # an office in capitals, set off from its holder's name by commas, describes the holder
    ('At a ceremony, the Minister of Public Utilities, Dr Keston Ramdeen, told reporters that supply was "reliable". '
     'He said more.\n\n"We have turned the corner," the minister said.', "We have turned", "Keston Ramdeen"),
])
def test_an_office_in_capitals_set_off_from_a_name_describes_it(nlp: Language, fast: bool, text: str, quote: str,
                                                                name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, fast).name == name


@pytest.mark.parametrize("office", ["Secretary of Health and Human Services", "Minister of Foreign Affairs"])
def test_no_holder_is_read_among_the_words_of_a_department(blank_nlp: Language, office: str) -> None:
    from quotex.attribution.tokens import seat_holder
    assert seat_holder(list(blank_nlp.make_doc(office))) is None


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name", [
    ('A spokesman for Democratic presidential candidate Hillary Clinton said: "No."',
     "A spokesman for Democratic presidential candidate Hillary Clinton"),
    ('An envoy for US President Donald Trump said: "No."', "An envoy for US President Donald Trump"),
])
def test_whom_a_spokesman_or_an_envoy_serves_does_not_speak(nlp: Language, fast: bool, text: str, name: str) -> None:
    speaker = speaker_in_mode(nlp, text, "", fast)
    assert speaker.name == name and speaker.anonymous


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_the_end_of_a_hyphenated_verb_in_a_clause_after_the_name_describes_nothing(nlp: Language,
                                                                                   fast: bool) -> None:
    # the parse split 'co-founded' and hung 'founded Quillpad' on the name as an appositive
    text = ('Chief executive Nadia Firth, who co-founded Quillpad in 2016, echoed that message. '
            '"Nobody at Quillpad is reading your grocery lists," she wrote.')
    speaker = speaker_in_mode(nlp, text, "Nobody", fast)
    assert (speaker.name, speaker.description) == ("Nadia Firth", "Chief executive")


# A blood relative named by a given name alone after the person whose relative they are takes the
# family's surname; a spouse or a mother, whose surname may be another, keeps the given name; a name the
# article gives in full stays full.
RELATIVES = [
    ('Ruth Calder runs the yard.\n\nHer brother, Alasdair, who now runs a fish farm, says she is stubborn. '
     '"People think she is a romantic," he says.', "People think", "Alasdair Calder"),
    ('At a rally in Concord, 14-year-old Aubrey Pelletier hoisted a sign. Her father, Brad, 39, was worried.\n\n'
     '"People are afraid of wasting their votes," he said.', "People are afraid", "Brad Pelletier"),
    ('Rafael Lopez opened the gym in 1994. His wife, Maria, says he never rests. "He is stubborn," she says.',
     "He is stubborn", "Maria"),
    ('Mayor Tom Banks spoke first. His son, Daniel Okafor, said: "We will miss it."', "We will miss", "Daniel Okafor"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", RELATIVES)
def test_a_relative_named_by_a_given_name_takes_the_family_surname(nlp: Language, fast: bool, text: str, quote: str,
                                                                   name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert (speaker.name, speaker.kind) == (name, "person")


# -- coordinated speakers ------------------------------------------------------------------------

GROUPS = [
    ('"We love cats!" reply Burton and Nick.', "Burton and Nick"),

    ('"We love cats!" Burton and Nick replied.', "Burton and Nick"),
    ('Burton and Nick said: "We love cats."', "Burton and Nick"),
]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, name", GROUPS)
def test_coordinated_speakers_are_one_group(request: pytest.FixtureRequest, model: str, text: str, name: str) -> None:
    speaker = speaker_of(request.getfixturevalue(model), text, "We love cats")
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, "group", False)


# A noun of people as one ('the family', 'the crowd') is a group, named or not by what follows it, and
# withholds no name
GROUP_NOUNS = [
    ('Families of residents at a Norfolk care home say they feel "betrayed" by the closure.', "betrayed",
     "Families of residents at a Norfolk care home"),
    ('"We will never forget him," the family said in a statement.', "We will never", "the family"),
    ('"Lock her up!" the crowd chanted.', "Lock her up", "the crowd"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", GROUP_NOUNS)
def test_a_noun_of_people_as_one_is_a_group(nlp: Language, fast: bool, text: str, quote: str, name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, "group", False)


# Coordinated roles, each with its name set off by commas, are the names, also where the parse split a
# role at its hyphen ('the Green party co-leader, Tom Ellery,').
@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name", [
    ("The Liberal Democrats' Treasury spokesperson, Priya Chandran, and the Green party co-leader, Tom Ellery, wrote "
     "to the chancellor. 'Pensioners should not be asked to balance the books,' they wrote.",
     "Priya Chandran and Tom Ellery"),
    ('Dwight Eisenhower and his future secretary of State, John Foster Dulles, met in Paris. "We are agreed," they '
     'said.', "Dwight Eisenhower and John Foster Dulles"),
    # a name with a hyphen inside it; one word after a noun of kin; a role and a name with no comma between
    ("Riaan Adams and the committee's secretary, Sipho Mathebula-Khoza, said they would appeal. \"We will fight,\" "
     "they said.", "Riaan Adams and Sipho Mathebula-Khoza"),
    ("Sutrisno, a 58-year-old farmer, lost his land. Sutrisno and his wife, Wartini, said they had twice turned down offers. "
     "\"We will stay,\" they said.", "Sutrisno and Wartini"),
    ("Outside the hall, Mr Saleem Qureshi and fellow opposition councillor Zulfiqar Ahmed Bhatti said they would go "
     "to court. \"We are against the theft,\" they said.", "Saleem Qureshi and Zulfiqar Ahmed Bhatti"),
])
def test_coordinated_roles_with_their_names_are_the_names(nlp: Language, fast: bool, text: str, name: str) -> None:
    speaker = speaker_in_mode(nlp, text, "", fast)
    assert (speaker.name, speaker.kind) == (name, "group")


# A plural description refers to the people named together before it under the same noun, of as
# many as it counts, if it counts.
GROUP_REFERENTS = [
    ('Crossbench senators Rosa Kettering and Bill Tanner said they were still negotiating.\n\n'
     '"We want this bill to pass," the two senators said in a joint statement.', "We want",
     "Rosa Kettering and Bill Tanner"),
    ('Two Democratic lawmakers, Jan Schakowsky and Raja Krishnamoorthi, wrote to the agency. '
     '"This is unacceptable," the lawmakers wrote.', "This is", "Jan Schakowsky and Raja Krishnamoorthi"),
    ('Two Democratic lawmakers, Jan Schakowsky and Raja Krishnamoorthi, wrote to the agency. '
     '"This is unacceptable," the three lawmakers wrote.', "This is", "the three lawmakers"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", GROUP_REFERENTS)
def test_a_plural_description_refers_to_the_people_named_together(nlp: Language, fast: bool, text: str, quote: str,
                                                                  name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert (speaker.name, speaker.kind) == (name, "group")


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_people_named_in_an_appositive_are_one_named_group(nlp: Language, fast: bool) -> None:
    # 'Both men', anonymous, had been the speaker: the names speak, the noun describes them
    text = '"This is a loss for every kid," said the two union officials, Tim Howard and Ray Dunn.'
    speaker = speaker_in_mode(nlp, text, "This is a loss", fast)
    assert (speaker.name, speaker.kind, speaker.anonymous, speaker.description) == (
        "Tim Howard and Ray Dunn", "group", False, "the two union officials")


@pytest.mark.model
def test_a_list_of_names_is_one_group_with_full_names(nlp: Language) -> None:
    text = ('Donald Trump and Hillary Clinton met on Monday.\n'
            '"We agree on nothing," Trump and Clinton said.')
    speaker = speaker_of(nlp, text, "We agree")
    assert (speaker.name, speaker.kind) == ("Donald Trump and Hillary Clinton", "group")


# -- anonymous sources ---------------------------------------------------------------------------

SOURCES = [
    # (text, quote, anonymous): a person or people whose name the article withholds
    ('"It is bad," a senior official said.', "It is bad", True),
    ('"It is bad," officials said.', "It is bad", True),
    ('"It is bad," a person familiar with the talks said.', "It is bad", True),
    # a noun before the noun of people modifies it, without a parse too ('a company spokesman')
    ('"We have no plans," a company spokesman said.', "We have no plans", True),
    ('"The cottage is hers," a board spokeswoman says.', "The cottage", True),
    ('"It is bad," an aide said.', "It is bad", True),
    ('"It is bad," two officials said.', "It is bad", True),
    # documents, polls, crowds and organisations are not anonymous sources
    ('"We will win," the statement said.', "We will win", False),
    ('"We will win," the release said.', "We will win", False),
    ('"Most voters are angry," a new poll found.', "Most voters", False),
    ('"Lock her up," the crowd chanted.', "Lock her up", False),
    ('"Lock her up," about 200 protesters chanted.', "Lock her up", False),
    ('"We will appeal," the company said.', "We will appeal", False),
    ('"We will appeal," the commission said.', "We will appeal", False),
    ('"We are gravely concerned," nearly 140 House members wrote.', "We are gravely", False),
    ('"They are heroes," many commentators said.', "They are heroes", False),
    # no one in particular, and a relative known by the person named
    ('"It is a disgrace," any rational person would say.', "It is a disgrace", False),
    ('Eric Trump spoke on Monday.\n\n"We are proud of him," his father said.', "We are proud", False),
    ('"Four more years," the ad\'s narrator says.', "Four more years", False),
]


# 'one of …', 'some of …': the phrase is of the kind of the noun after 'of'
PARTITIVE_SOURCES = [
    # (text, quote, name, kind, anonymous)
    ('"It is over," one of the officials said.', "It is over", "one of the officials", "person", True),
    ('"We lost," some of the aides said.', "We lost", "some of the aides", "group", True),
    ('"We will fight," two of the lawmakers said.', "We will fight", "two of the lawmakers", "group", True),
    # one of the people is one person, and 'the person' after it is the same one
    ('A deal is close, one of the people familiar with the talks said. "It is not done," the person said.',
     "It is not done", "one of the people familiar with the talks", "person", True),
]


@pytest.mark.model
@pytest.mark.parametrize("text, quote, name, kind, anonymous", PARTITIVE_SOURCES)
def test_a_partitive_source_is_of_the_kind_of_its_noun(nlp: Language, text: str, quote: str, name: str,
                                                       kind: str, anonymous: bool) -> None:
    speaker = speaker_of(nlp, text, quote)
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, kind, anonymous)


# A hyphenated head ('front-runner') is one word, and a definite description with it refers back
# to the person the article names; a person's office is an organisation.
DESCRIBED = [
    # (text, quote, name, kind)
    ('Donald Trump spoke in Iowa on Monday. "We will win," the GOP front-runner said.', "We will win",
     "Donald Trump", "person"),
    ('"The plan is dead," Tim Kaine\'s office said.', "The plan", "Tim Kaine's office", "organization"),
    ('Jane Smith spoke in Iowa on Monday. "We will win," the Democratic front-runner said.', "We will win",
     "Jane Smith", "person"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, kind", DESCRIBED)
def test_a_common_noun_phrase_is_described_not_named(nlp: Language, fast: bool, text: str, quote: str,
                                                     name: str, kind: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, kind, False)


@pytest.mark.model
def test_a_religious_title_refers_back_to_the_person_named(nlp: Language) -> None:
    text = ('Anwar al-Awlaki was killed in 2011. "Fight them," the al Qaeda-linked Islamic extremist cleric '
            "said in a video.")
    assert speaker_of(nlp, text, "Fight them").name == "Anwar al-Awlaki"


# One member of a party, unnamed, is an anonymous person; the party and its members are not.
PARTY_SOURCES = [
    # (text, name, kind, anonymous)
    ('"We will win," a New Hampshire Republican said.', "a New Hampshire Republican", "person", True),
    ('"We will win," one Iowa Democrat said.', "one Iowa Democrat", "person", True),
    ('"We will win," the Republican Party said.', "the Republican Party", "organization", False),
    ('One Miami Republican said the state was slow. "Tallahassee was asleep," the Republican said.',
     "One Miami Republican",
     "person", True),
    ('Pat Smith, a Republican from Ohio, spoke on Monday. "We will win," the Republican said.', "Pat Smith",
     "person", False),
    # a member of a parliament, by the seat's letters in capitals: no name ('Tory' is no first name here)
    ('"We will win," a Tory MP said.', "a Tory MP", "person", True),
    ('"We will win," one Labour MP said.', "one Labour MP", "person", True),
    ('One Labour MP, who asked not to be named, said the mood was grim. "We will win," the MP said.',
     "One Labour MP", "person", True),
    ('Labour MP Jo Cox spoke on Monday. "We will win," the MP said.', "Jo Cox", "person", False),
    ('"We will win," said the Spen Valley MP.', "the Spen Valley MP", "person", False),
    ('"We will win," Tory MPs said.', "Tory MPs", "group", False),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name, kind, anonymous", PARTY_SOURCES)
def test_one_member_of_a_party_is_an_unnamed_person(nlp: Language, fast: bool, text: str, name: str, kind: str,
                                                    anonymous: bool) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [speaker] = [q.speaker for q in quotes if q.type == "direct" and q.speaker]
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, kind, anonymous)


# 'the woman', 'the man': no more than a person, the unnamed person last mentioned, if the gender fits
PLAIN_PERSONS = [
    # (text, quote, name, anonymity)
    ('A witness said the car went past "like I was standing still." "I just pulled over," said the woman, who '
     'did not want her name used.', "I just pulled over", "A witness", "who did not want her name used"),
    ('A senior official said the talks were "stalled." "We are close," the man said.', "We are close",
     "A senior official", None),
    ('A man said the car was "fast." "I saw it," the woman said.', "I saw it", "the woman", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text, quote, name, anonymity", PLAIN_PERSONS)
def test_the_woman_is_the_unnamed_person_last_mentioned(nlp: Language, text: str, quote: str, name: str,
                                                        anonymity: Optional[str]) -> None:
    speaker = speaker_of(nlp, text, quote)
    assert speaker.anonymous
    assert (speaker.name, speaker.anonymity) == (name, anonymity)


# An unnamed person the article described before: 'who' makes a person of any noun, and 'the diplomat'
# refers back to the person described with 'a' though they said nothing then
DESCRIBED_BEFORE = [
    # (text, quote, name, anonymous)
    ('A money changer at Road Port, who declined to give his name because the trade is illegal, said demand had '
     'risen.\n\n"Everybody wants dollars," he said.', "Everybody wants dollars", "A money changer at Road Port", True),
    ('In a victim statement, the barmaid, who did not wish to be named, said she had left her job.\n\n'
     '"I still hear the glass breaking," she wrote.', "I still hear", "the barmaid", True),
    ('A senior Egyptian diplomat who attended the talks, speaking on condition of anonymity because he was not '
     'authorised to brief the media, was blunter.\n\n"They want a photograph," the diplomat said.',
     "They want a photograph", "A senior Egyptian diplomat", True),
    # ... as 'one', after someone else was called by a word of their nation ('the Finn', no given name here)
    ("'I was a farmer's son before I was a commissioner,' the Finn added, after Henrik Aalto spoke.\n\nOne EU "
     "diplomat, who spoke on condition of anonymity because the talks were confidential, was unconvinced.\n\n"
     "'The floor is a fig leaf,' the diplomat said.", "The floor is", "One EU diplomat", True),
    # ... or as the object of a clause
    ('"I did not ask questions," Bello Shehu said.\n\nThe court also heard from a protected witness, identified '
     'only as PW5, who testified from behind a screen.\n\n"I carried bags to his car many times," the witness said.',
     "I carried bags", "a protected witness", True),
    # ... a noun no list holds, with the body the person is with ('who' hung on the body)
    ("A rescuer with Basarnas, who spoke on condition of anonymity because he was not authorized to speak to the "
     "media, said two excavators had stood idle.\n\n\u201cWe had the machines but no fuel,\u201d he said.",
     "We had the machines", "A rescuer with Basarnas", True),
    # a name given in place of one the article withholds, and says why, or 'known only as'
    ("A younger trader, who gave his name only as Che because he feared reprisals, said the attackers chanted."
     "\n\n\u201cThey were shouting,\u201d he said.", "They were shouting", "Che", True),
    ("A housewife who wanted to be known only as Kak Yah said her family had borrowed money.\n\n\"I don't want "
     "my name in the paper,\" she said.", "I don't want", "Kak Yah", True),
    # a noun no list holds, which 'who' describes, is someone withheld only when the article says why
    ('"We won," said a crude bully who knew little about the business.', "We won", "a crude bully", False),
    # no one in particular, and a name, are no one described
    ('Those who voted for him were angry, Terry McAuliffe said.\n\n"I have no idea," he said.', "I have no idea",
     "Terry McAuliffe", False),
    ('Senator Bernie Sanders spoke on Monday. Sanders himself, who was not present, has toned down his criticism.'
     '\n\n"We will win," he said.', "We will win", "Bernie Sanders", False),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, anonymous", DESCRIBED_BEFORE)
def test_an_unnamed_person_described_before_is_who_the_pronoun_or_description_is(
        nlp: Language, fast: bool, text: str, quote: str, name: str, anonymous: bool) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [speaker] = [q.speaker for q in quotes if q.type == "direct" and q.text.startswith(quote)]
    assert speaker is not None and (speaker.name.startswith(name), speaker.anonymous) == (True, anonymous)


@pytest.mark.model
@pytest.mark.parametrize("text, genders", [
    ("Her father, Dorje Wangdi Lama, carried loads.", {"dorje wangdi lama": "m"}),
    ("His daughter, the set designer Alžběta Vrbová, said he died at home.", {"alžběta vrbová": "f"}),
    # not the pronoun of what they are said to say: an obituary's 'he' is the man it is about
    ("Animator Dagny Kvasnicová, who worked with him for years, said he could spend a day on one shot.", {}),
    # the first 'his' or 'her' of the phrase that describes a name, with no one else between
    ("Among those waiting was retiree Lim Ah Kow, 81, accompanied by his daughter Lim Siew Ling, 49.",
     {"lim ah kow": "m", "lim siew ling": "f"}),
    ("Chen Jing, 30, who lost her flat in the flood, was angry.", {"chen jing": "f"}),
    ("Chen Jing, a friend of Lin Hua, said her flat was gone.", {}),
])
def test_the_sex_the_text_gives_a_name(nlp: Language, text: str, genders: dict) -> None:
    from quotex.attribution.speakers import context_genders

    assert {k: v for k, v in context_genders(nlp(text)).items() if k in genders or v} == genders


# A person named later by the given name alone, as news in Ethiopia or Thailand names people: the one
# person of that given name, with or without NER; not when someone has the word for a surname
GIVEN_NAMES = [
    ('The spokesman, Tsegaye Worku, told a news briefing that the delegations would meet again.\n\n'
     '"We came to Nairobi to listen," Tsegaye said.', "We came", "Tsegaye Worku"),
    ('Kanyarat Phromma, a former provincial councillor, denied any wrongdoing.\n\n'
     '"I did nothing wrong," Kanyarat said.', "I did nothing", "Kanyarat Phromma"),
    ('Grant Morris spoke first. Then his coach, Ellis Grant, took questions.\n\n"We were poor," Grant said.',
     "We were poor", "Ellis Grant"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["full", "fast", "blank"])
@pytest.mark.parametrize("text, quote, name", GIVEN_NAMES)
def test_a_given_name_alone_is_the_one_person_of_that_name(nlp: Language, blank_nlp: Language, mode: str, text: str,
                                                           quote: str, name: str) -> None:
    if mode == "blank" and "denied" in text:
        pytest.skip("without a parse a subject of no saying is no one introduced")
    [quotes] = list(extract_many(blank_nlp if mode == "blank" else nlp, [text], fast=mode == "fast"))
    [speaker] = [q.speaker for q in quotes if q.type == "direct" and q.text.startswith(quote)]
    assert speaker is not None and speaker.name == name


def test_without_a_parse_members_by_their_seats_are_people_no_she_refers_to(blank_nlp: Language) -> None:
    text = ('Rachel Reeves is facing pressure from Labour MPs.\n\n"We will fight," Labour MPs said.\n\n'
            'The chancellor said the choice was "difficult".\n\n"I did not come into politics for this," she said.')
    assert speaker_of(blank_nlp, text, "We will fight").kind == "group"
    assert speaker_of(blank_nlp, text, "I did not come").name != "Labour MPs"


# Without NER, a word in capitals of two to five letters is an organisation, as NER would say.
ACRONYMS = [
    ('"We will win," CNN reported.', "CNN"),
    ('"We will win," the FBI said.', "the FBI"),
    ('"We will win," said NATO.', "NATO"),
    # the one body the text names in full whose initials the letters are, though never spelt out beside them
    ("The trophy was presented by the vice-president of the Qatar Football Association.\n\n\"41,280 spectators "
     "attended,\" the QFA said.", "Qatar Football Association"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name", ACRONYMS)
def test_an_acronym_is_an_organisation(nlp: Language, fast: bool, text: str, name: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [speaker] = [q.speaker for q in quotes if q.type == "direct" and q.speaker]
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, "organization", False)


# A thing named by a common noun ('the record of the Obama administration', 'Party
# infrastructure') holds a name and is no person: no 'he' or 'she' refers to it, with NER or without.
THINGS_ARE_NOT_PEOPLE = [
    ('Michael Briggs spoke on Monday in Des Moines. The record of the Obama administration is long. '
     '"We will build it," he said.', "Michael Briggs"),
    ('Jane Smith spoke on Monday. The lead of the Clinton campaign is small. "We will win," she said.',
     "Jane Smith"),
    ('Michael Briggs spoke on Monday in Des Moines. The Sanders campaign infrastructure is weak in Iowa. '
     '"We will build it," he said.', "Michael Briggs"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name", THINGS_ARE_NOT_PEOPLE)
def test_he_or_she_never_refers_to_a_thing_that_holds_a_name(nlp: Language, fast: bool, text: str,
                                                            name: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    assert [(q.speaker.name, q.speaker.kind) for q in quotes if q.type == "direct" and q.speaker] == \
        [(name, "person")]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, anonymous", SOURCES)
def test_anonymous_means_a_person_whose_name_is_withheld(request: pytest.FixtureRequest, model: str, text: str,
                                                         quote: str, anonymous: bool) -> None:
    found = quoted(request.getfixturevalue(model), text)
    speakers = [q.speaker for q in found if q.text.startswith(quote) and q.speaker is not None]
    assert all(s.anonymous is anonymous for s in speakers), [q.to_dict() for q in found]
    assert all(s.anonymity is None for s in speakers if not s.anonymous)


def tagged(words: list[str], tags: list[str], pos: list[str]) -> Doc:
    """A Doc on a blank pipeline's vocabulary with the tags a tagger might give."""
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos)
    annotations(doc)
    return doc


def test_a_name_the_tagger_took_for_a_plural_noun_is_still_the_person() -> None:
    # 'Sanders says …' in a headline, tagged NNS: once the article names Bernie Sanders,
    # the word is his name, not an anonymous group called 'Sanders'.
    words = ["Sanders", "says", "no", ".", "Bernie", "Sanders", "met", "him", "."]
    doc = tagged(words, ["NNS", "VBZ", "DT", ".", "NNP", "NNP", "VBD", "PRP", "."],
                 ["NOUN", "VERB", "DET", "PUNCT", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"])
    entity, _ = SpeakerTracker(doc).resolve([doc[0]])
    assert entity is not None
    speaker = entity.speaker(None)
    assert (speaker.name, speaker.kind, speaker.anonymous) == ("Bernie Sanders", "person", False)


# -- definite descriptions of named people -------------------------------------------------------

TRUMP = ("Republican presidential candidate Donald Trump spoke on Monday. Hillary Clinton called him.\n\n"
         '"We will win," the Republican presidential candidate said.')
SENATORS = ("Vermont Sen. Bernie Sanders spoke first. Florida Sen. Marco Rubio spoke next.\n\n"
            '"We will win," the Vermont senator said.\n\n'
            '"We will lose," the Florida senator said.')
POPE = ("Pope Francis met Sanders on Saturday.\n\n"
        '"This is called good manners," the pope told reporters.')
DESCRIPTIONS = [
    # (pipelines, text, quote, name, anonymous)
    (("blank_nlp", "nlp"), TRUMP, "We will win", "Donald Trump", False),
    (("blank_nlp", "nlp"), SENATORS, "We will win", "Bernie Sanders", False),
    (("blank_nlp", "nlp"), SENATORS, "We will lose", "Marco Rubio", False),
    (("blank_nlp", "nlp"), POPE, "This is called", "Francis", False),
    (("nlp",), "Bill Clinton got in on the game, bashing Sanders during a rally.\n\n"
               '"He is running against me," the former president said.', "He is running", "Bill Clinton", False),
    (("nlp",), "Ben Carson said on Monday that the economy was weak.\n\n"
               '"It is a downward spiral," the retired neurosurgeon told REVOLT TV.', "It is a downward",
     "Ben Carson", False),
    # an occupation news gives the person it just named ('elegant variation')
    (("nlp",), "The network's anchor Ilia Calderon wrote a moving letter. The Afro-Colombian journalist "
               'expressed concern.\n\n"I am concerned," the journalist said.', "I am concerned", "Ilia Calderon",
     False),
    (("nlp",), "John Kerry flew to Paris on Monday.\n\n"
               '"From Day One, I made climate change the top priority," the 71-year-old diplomat said.',
     "From Day One", "John Kerry", False),
    # a role the person held, whatever the noun ('the former harbourmaster', 'the former first lady')
    (("nlp",), "Cllr Hamish Galbraith, the independent member for Kintyre East, voted against the plans.\n\n"
               "\u2018I back the leader on almost everything, but not this,\u2019 he said.\n\nAsked whether he "
               "would be leaving the administration, the former harbourmaster said: \u2018Not today.\u2019",
     "Not today", "Hamish Galbraith", False),
    # an age refers back to the person given it ('Calder, 58,'), not to the person the text turned to since
    (("blank_nlp", "nlp"), "Ruth Calder runs a palm along the hull.\n\nCalder, 58, grew up in this yard. Her father, "
                           "Donald, built more than 200 boats here.\n\n\u201cI didn\u2019t have a plan,\u201d the "
                           "58-year-old admits.", "I didn", "Ruth Calder", False),
    # a player's position in a match report
    (("nlp",), 'Tyrese Calloway scored 31 points. Saldana said, "We played about 30 good minutes."\n\n'
               'Calloway, asked about the late collapse, didn\'t hesitate. "That\'s on me," the 26-year-old guard said.',
     "That's on me", "Tyrese Calloway", False),
    # a student's year, as school and college sports reports refer back to a player
    (("nlp",), "Cade Dunlap rolled to his right and found Mosley for a 69-yard touchdown.\n\n\u201cWe have been "
               "running that route since seventh grade,\u201d said the junior, who finished 19-of-27.",
     "We have been", "Cade Dunlap", False),
    # an age is no part of the title a description must fit ('the 58-year-old engineer' after 'District
    # Engineer …'); a rank of its kind fits 'the officer'
    (("nlp",), 'District Engineer Arturo P. Manansala told senators he had relied on field reports.\n\n"I cannot '
               'be in 40 places at once," the 58-year-old engineer said.', "I cannot be", "Arturo P. Manansala", False),
    (("blank_nlp", "nlp"), "Detective Constable Gareth Hume, of Greater Manchester Police, said the case had shocked "
                           'officers.\n\n"I have rarely seen anything as callous," the officer said.', "I have rarely",
     "Gareth Hume", False),
    # no one named fits: the description stays, and withholds no name
    (("blank_nlp", "nlp"), '"We will win," the former president said.', "We will win", "the former president",
     False),
    # ... as in Nigerian news ('chieftain')
    (("nlp",), "An ANR chieftain who spoke on condition of anonymity said leaders had urged him to accept it.\n\n"
               '"Going to appeal is his right," the chieftain said.', "Going to appeal", "An ANR chieftain", True),
    # an unnamed source stays unnamed, even after a named person
    (("blank_nlp", "nlp"), 'Donald Trump spoke on Monday.\n\n"It is bad," a senior official said.\n\n'
                           '"It is worse," the official said.', "It is worse", "a senior official", True),
]


@pytest.mark.parametrize("model, text, quote, name, anonymous", [
    pytest.param(model, *row, marks=[pytest.mark.model] if model == "nlp" else [])
    for pipelines, *row in DESCRIPTIONS for model in pipelines])
def test_a_definite_description_refers_to_the_person_the_article_names(
        request: pytest.FixtureRequest, model: str, text: str, quote: str, name: str, anonymous: bool) -> None:
    speaker = speaker_of(request.getfixturevalue(model), text, quote)
    assert (speaker.name, speaker.anonymous) == (name, anonymous)


# News refers back to a person it has just named by age, nation, rank or position in a team:
# each such definite description is that person, in full, never an organisation.
REFERRED_BY = [
    # (pipelines, text, quote, name)
    # the person an appositive names as the subject before ('Her neighbour, Tom Reid, 61, said …'), not the
    # article's first person; and the tabloids' 'the father-of-two', with the sex its noun gives
    (("nlp", "blank_nlp"), 'Sarah Jones, 34, lost her home in the fire.\n\nHer neighbour, Tom Reid, 61, said he heard '
     'an explosion. "It was terrifying," the 61-year-old said.', "It was terrifying", "Tom Reid"),
    (("nlp", "blank_nlp"), 'Sarah Jones, 34, lost her home in the fire.\n\nHer neighbour, Tom Reid, said he heard an '
     'explosion. "It was terrifying," the grandfather-of-five said.', "It was terrifying", "Tom Reid"),
    (("nlp",), 'Mark Hughes, 45, has run the shop for 20 years.\n\n"It has never been this bad," the 45-year-old '
     'explains.\n\n"We will survive," the father-of-two adds.', "We will survive", "Mark Hughes"),
    # (the tagger reads 'explains' as a plural noun: the article the parse hung on it is no head)
    (("nlp",), 'Mark Hughes, 45, has run the shop for 20 years.\n\n"It has never been this bad," the 45-year-old '
     'explains.', "It has never", "Mark Hughes"),
    (("nlp",), 'Mohamed Salah scored twice on Sunday.\n\n"The goals are for the fans," the 26-year-old said.',
     "The goals", "Mohamed Salah"),
    # ... the age given in a description set off after a name that NER took for a place
    (("nlp", "blank_nlp"), "Sutrisno, a 58-year-old farmer, was at the mosque when the hillside gave way.\n\n"
     "\u201cI believed him,\u201d the 58-year-old said.", "I believed him", "Sutrisno"),
    # ... an age the article never gave, of the person 'For …,' says the sentence is about
    (("nlp",), 'But for Fatima Ait Lahcen, the concrete house taking shape below her tent does not feel like hers '
     'yet.\n\n"They tell us next month," said the 58-year-old, sitting outside the tent.', "They tell us",
     "Fatima Ait Lahcen"),
    # ... a trade no one was given, for the person the sentence before is about
    (("nlp",), "Madam Noraini binte Mohamed Yusof, 44, a Tampines resident who was hospitalised in August, said her "
     "platelet count had fallen.\n\n\u201cI thought it was just flu,\u201d said the administrative assistant, who "
     "has three children.", "I thought it was", "Noraini binte Mohamed Yusof"),
    # ... a trade by the place one of the person's titles names, whatever other role the article gave them
    (("nlp",), "The lead author, Dr Hannah Okafor, an epidemiologist at the University of Bristol, said the results "
     "were clear.\n\nOkafor, 41, said she had been struck by how little attention regularity had received.\n\n"
     "\u201cI was sleeping enough, on paper,\u201d the Bristol researcher said.", "I was sleeping", "Hannah Okafor"),
    # ... a party's word before the noun, whatever role the article gave the person, though councillors were
    # counted before as people of the noun
    (("nlp",), "Councillors narrowly backed the budget on Thursday.\n\nCouncil leader Catrin Pryce-Lewis said the "
     "authority had been left with \u201cimpossible choices\u201d.\n\n\u201cNobody came into local government to "
     "shut a swimming pool,\u201d the Liberal Democrat councillor told the chamber.", "Nobody came",
     "Catrin Pryce-Lewis"),
    # ... a parent counted ('the mother of three'), whatever role the article gave her
    (("nlp",), "Parent council chair Catriona MacKenzie-Ross told councillors that families had not been "
     "consulted.\n\nSpeaking after the vote, the mother of three said the decision had been made long before.\n\n"
     "\u2018They\u2019re ripping the heart out of Glenbreac,\u2019 she said.", "They\u2019re ripping",
     "Catriona MacKenzie-Ross"),
    # ... and a word of age with a noun of a person ('the old man')
    (("nlp",), "Rosa's father-in-law, Santos Ramírez, 71, has planted maize on the same slope for six "
     "decades. He says he remembers droughts.\n\n\"Before, the drought came and went like a visitor,\" the old "
     "man says.", "Before, the drought", "Santos Ramírez"),
    (("nlp",), 'Rafael Benitez was furious on Saturday.\n\n"It was a clear penalty," the Spaniard said.',
     "It was a clear", "Rafael Benitez"),
    # an office in capitals after names in capitals ('the Spen Valley MP') describes whoever holds it
    (("nlp",), 'Kim Leadbeater spoke first. Diane Abbott asked whether the bill protected disabled people. '
               'Leadbeater replied that it did.\n\n"I would not have brought this bill forward," the Spen Valley MP '
               'said.', "I would not", "Kim Leadbeater"),
    # a role set off before a party's title and a name, which the parse made another verb's subject
    (("nlp",), "The hearing was briefly suspended by the committee chair, Greens MP Tom Lachlan, after members "
     "repeatedly talked over witnesses.\n\n\u201cI\u2019ll say this once,\u201d the chair told the room.",
     "I\u2019ll say this", "Tom Lachlan"),
    # one of a nation's side may hold any role: 'Striker X … the Nigeria international' is X
    (("nlp",), 'Striker Cyriel Dessers, who scored the winner, was more diplomatic. "I just try to do my job," '
               'the Nigeria international shrugged.', "I just try", "Cyriel Dessers"),
    (("nlp",), 'Coach Mia Berg watched from the stands.\n\n"We will manage," the German told reporters.',
     "We will manage", "Mia Berg"),
    (("nlp",), 'Angela Merkel spoke in Berlin.\n\n"We will manage," the German told reporters.',
     "We will manage", "Angela Merkel"),
    (("nlp",), 'Zinedine Zidane arrived in Madrid.\n\n"I am happy here," the Frenchman said.', "I am happy",
     "Zinedine Zidane"),
    (("nlp",), 'Detective Sgt. Maria Lopez led the inquiry.\n\n"It was worth every hour," the sergeant said.',
     "It was worth", "Maria Lopez"),
    # a rank refers to the person who holds it, not to whoever the text was about since
    (("nlp",), 'Officers were called, according to Sgt. Dana Wright, a police spokeswoman.\n\nThe bar\'s owner, '
               'Michael Chen, said he was shaken. "We have never had anything like this," Chen said.\n\n'
               '"We are asking anyone with information to come forward," the sergeant said.', "We are asking",
     "Dana Wright"),
    (("blank_nlp", "nlp"), 'Sen. Ted Cruz spoke on Monday.\n\nGov. Jerry Brown signed the bill.\n\n'
                           '"This is a historic day," the governor said.', "This is a historic", "Jerry Brown"),
    (("nlp",), 'Jordan Henderson scored the winner.\n\n"Nothing is won in December," the captain said.',
     "Nothing is won", "Jordan Henderson"),
    (("nlp",), 'Jurgen Klopp praised his side.\n\n"We were not good enough before the break," the Reds boss said.',
     "We were not", "Jurgen Klopp"),
    (("nlp",), 'Ian Wright, the former Arsenal striker, also weighed in on Wednesday.\n\n'
               '"What a mess," the broadcaster said.', "What a mess", "Ian Wright"),
    (("nlp",), 'Harry Reid spoke on the floor on Tuesday.\n\n"This is a disgrace," the Senate Democratic leader '
               'said.', "This is a disgrace", "Harry Reid"),
    (("nlp",), 'Captain Reece James said the players had let him down. "We owe him a lot," the defender told '
               'BBC Sport.', "We owe him", "Reece James"),
    # a title in capitals after 'the' is a description of whoever holds it
    (("nlp",), 'Theresa May is facing a revolt from her own MPs.\n\nSpeaking outside Downing Street, the Prime '
               'Minister said: "This is the best deal that could be negotiated."', "This is the best", "Theresa May"),
    # an office abbreviated to its initials refers back to the person who holds it
    (("nlp",), 'Speaking at a rally, Prime Minister Narendra Modi said his government had delivered.\n\n'
               '"Those who ruled for sixty years did nothing," the PM said.', "Those who ruled", "Narendra Modi"),
    (("nlp",), 'Chief Executive Officer Jensen Huang spoke first.\n\nAnalysts were pleased. "Demand is '
               'staggering," the CEO said.', "Demand is", "Jensen Huang"),
    # a royal title refers back to the royal the article is about
    (("nlp",), 'The Prince of Wales has visited British troops in Estonia.\n\nLater, at a reception in Tallinn, '
               'Prince William met Estonian veterans. "Thank you for your welcome," the Duke said.',
     "Thank you for your welcome", "Prince William"),
]


@pytest.mark.parametrize("model, text, quote, name", [
    pytest.param(model, *row, marks=[pytest.mark.model] if model == "nlp" else [])
    for pipelines, *row in REFERRED_BY for model in pipelines])
def test_a_description_by_age_nation_rank_or_team_refers_back(
        request: pytest.FixtureRequest, model: str, text: str, quote: str, name: str) -> None:
    speaker = speaker_of(request.getfixturevalue(model), text, quote)
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, "person", False)


@pytest.mark.model
def test_a_trade_past_another_subject_is_no_one_named(nlp: Language) -> None:
    # ('The impostor' is the look-alike the sentence before is about, not Trump, whom the article named before)
    text = ("Donald Trump spoke in Ohio on Monday.\n\n\"Mexicans are spectacular people,\" this Trump look-alike "
            "declared in Mexico City.\n\nThe impostor gushed about a \"common interest in keeping our hemisphere "
            "safe.\"")
    speaker = speaker_of(nlp, text, "common interest")
    assert speaker.name != "Donald Trump"


# One person of a nation, unnamed, is an unnamed person, not an organisation.
@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_one_person_of_a_nation_is_an_unnamed_person(nlp: Language, fast: bool) -> None:
    [quotes] = list(extract_many(nlp, ['"It was chaos," a Briton who was on the flight said.'], fast=fast))
    [speaker] = [q.speaker for q in quotes if q.type == "direct" and q.speaker]
    assert (speaker.kind, speaker.anonymous) == ("person", True)


# A description tells something: an honorific, an article, a reflexive pronoun do not; a party
# and state in brackets is one description, whole.
DESCRIPTION_TEXT = [
    # (text, quote, name, description)
    ('"We have turned the corner," Mr Hammond said.', "We have turned", "Hammond", None),
    ('"We have turned the corner," Mrs. Clinton said.', "We have turned", "Clinton", None),
    # a party and state tag alone goes with the title before the name
    ('"We will win," said Sen. Bernie Sanders (I-Vt.).', "We will win", "Bernie Sanders", "Sen. (I-Vt.)"),
    ('Sen. Bernie Sanders (I-Vt.) said on Monday: "We will win."', "We will win", "Bernie Sanders", "Sen. (I-Vt.)"),
    ('"We will win," said Bernie Sanders (I-Vt.).', "We will win", "Bernie Sanders", "I-Vt."),
    ('Barack Obama himself spoke on Monday.\n\n"We will win," Obama said.', "We will win", "Barack Obama", None),
    ('"We will win," said 76-year-old Morton Blackwell.', "We will win", "Morton Blackwell", "76-year-old"),
    ('"We are hiring," said Priya Raman, co-founder and CEO of Acme Robotics.', "We are hiring", "Priya Raman",
     "co-founder and CEO of Acme Robotics"),
    # AP's party and state after the name: with the role that follows, or with the title before
    ('Sen. James Lankford, R-Okla., the chief Republican negotiator, spoke first. "I understand the frustration," '
     'Lankford said.', "I understand", "James Lankford", "R-Okla., the chief Republican negotiator"),
    ('House Speaker Mike Johnson, R-La., said the bill was dead. "It does nothing," Johnson told reporters.',
     "It does nothing", "Mike Johnson", "House Speaker (R-La.)"),
    # the whole title before a name the article gives in full: names before a role noun too
    ('After the match, Rovers manager Joey Barton was more measured.\n\n"We didn\'t play well," Barton said.',
     "We didn't", "Joey Barton", "Rovers manager"),
    ('On Monday, former New York Gov. George Pataki spoke in Iowa.\n\n"We can win," Pataki said.', "We can win",
     "George Pataki", "former New York Gov."),
    # an appositive keeps the bracket it opens
    ('"It happens once a decade," said Fernando Valladares, a researcher at the National Research Council (CSIC).',
     "It happens", "Fernando Valladares", "a researcher at the National Research Council (CSIC)"),
    # a person a pronoun names is described as where the article named them
    ('Ecological Transition Minister Teresa Ribera defended the plan.\n\n"These decisions are necessary," she said.',
     "These decisions", "Teresa Ribera", "Ecological Transition Minister"),
    # a plural noun describes no one of the people named after it
    ('The two members who voted against, Ruth Kim and Alan Burke, said the board should wait.\n\n'
     '"We had an option," Kim said.', "We had an option", "Ruth Kim", None),
    # a title before a hyphenated name
    ('"The president thanks the senators," press secretary Karine Jean-Pierre said.', "The president thanks",
     "Karine Jean-Pierre", "press secretary"),
    # capitalised words that modify the title are the title's; a courtesy before the name is not
    ('Liberal Democrat leader Ed Davey has been celebrating. "What a night," he posted on social media.',
     "What a night", "Ed Davey", "Liberal Democrat leader"),
    ('"The talks failed," said British diplomat Sir Christopher Meyer.', "The talks failed", "Christopher Meyer",
     "British diplomat"),
    # an office written out before a name ('Councilwoman', 'Sheriff', 'Rabbi') is its description
    ('"Why now?" asked Councilwoman Dana Ortiz.', "Why now", "Dana Ortiz", "Councilwoman"),
    # 'Dr' before a name, alone, describes no one; a relative clause after the name does, as written
    ('"We were surprised," said Dr Eske Willerslev, who led the study.', "We were surprised", "Eske Willerslev",
     "who led the study"),
    ('"We were surprised," said Dr Eske Willerslev.', "We were surprised", "Eske Willerslev", None),
    # ... after an age too
    ("Aisha Khan, 34, who lived on the 11th floor, said: 'We were told it was safe.'", "We were told", "Aisha Khan",
     "who lived on the 11th floor"),
    # ... but not one that reports ('who said …'), and a title found later replaces it
    ('"It was vetted," said Tom Reed, who said the project was legal.', "It was vetted", "Tom Reed", None),
    ('"It was vetted," said Tom Reed, who runs the firm.\n\n"We are sure," Acme president Tom Reed said.',
     "It was vetted", "Tom Reed", "Acme president"),
    # a role in capitals ('CEO') is part of the title before a name
    ('TikTok CEO Shou Zi Chew was pressed about China. "We are not an agent of China," he said.', "We are not",
     "Shou Zi Chew", "TikTok CEO"),
    # a document's name before its maker describes no one
    ('According to a statement from the White House, Biden called Fain. "This is a historic agreement," the '
     'statement said.', "This is a historic", "the White House", None),
    # an organisation's possessive before a name is what the name is 'of'
    ('"Our customers have been asking for this," Microsoft\'s Scott Guthrie said.', "Our customers",
     "Scott Guthrie", "of Microsoft"),
    # ... with its article too: the name after the owner is a person's, no organisation's
    ('"In foreign policy, there are interests and there are values," the Zionist Union Party\u2019s Nachman Shai '
     'told the AP.', "In foreign policy", "Nachman Shai", "of the Zionist Union Party"),
    # the organisation a name is 'of', when nothing else describes it
    ('"It is a question mark," said Dan Ives of Wedbush Securities.', "It is a question mark", "Dan Ives",
     "of Wedbush Securities"),
    # an appositive without an article starts at its first word, not at the comma before it
    ('Kweon Seong-dong, floor leader of the ruling People Power Party, called it "a coup". "They are trying to '
     'paralyse the government," Kweon said.', "They are trying", "Kweon Seong-dong",
     "floor leader of the ruling People Power Party"),
    # where a person comes from is no description of them
    ("Kelly Watson, 32, from Stockport, Greater Manchester, spoke to reporters. 'They are black trainers,' she "
     "said.", "They are black", "Kelly Watson", None),
    # a party's tag that ends a paragraph keeps its full stop, and not the line break
    ('"This budget fails working families." \u2014 Rep. Maria Santos, D-Calif.\n\n"A responsible plan that finally '
     'gets spending under control." \u2014 Sen. John Barrasso, R-Wyo.\n\nReaction from business groups was mixed.',
     "A responsible plan", "John Barrasso", "Sen. (R-Wyo.)"),
    # a doctor's or professor's title after a role is no part of the description
    ('"This is the first real stress test," said political analyst Prof Susan Booysen.', "This is the first",
     "Susan Booysen", "political analyst"),
    # the title before a name the organisation after it follows ('of West Yorkshire Police')
    ('Speaking after the hearing, Detective Sergeant Paul Ward of West Yorkshire Police said: "Hale thought he '
     'could get away with it."', "Hale thought", "Paul Ward", "Detective Sergeant"),
    ('"We are not worried," said undecided voter Stephanie Hooton of Derry.', "We are not worried",
     "Stephanie Hooton", "undecided voter"),
    # an office written with a capital, in apposition before the name, describes it as a common noun does
    ('The T\u00e1naiste, Simon Harris, echoed the comments. "We have work to do," Mr Harris told RT\u00c9.',
     "We have work", "Simon Harris", "The T\u00e1naiste"),
    ('The Chancellor, Rachel Reeves, echoed the comments. "We have work to do," Ms Reeves told the BBC.',
     "We have work", "Rachel Reeves", "The Chancellor"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, description", DESCRIPTION_TEXT)
def test_a_description_tells_something(nlp: Language, fast: bool, text: str, quote: str, name: str,
                                       description: Optional[str]) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert (speaker.name, speaker.description) == (name, description)


@pytest.mark.parametrize("text, quote, name", [
    ('According to Jean-Baptiste Moreau, a nurse at the district hospital, "The numbers do not add up."',
     "The numbers do not", "Jean-Baptiste Moreau"),
    ('"It is a lot of money," said Anna Adams-Sarthou, a spokeswoman for the committee.', "It is a lot",
     "Anna Adams-Sarthou"),
    # ... and back through it, from the verb after the name
    ('White House press secretary Karine Jean-Pierre spoke first. "The president is grateful," Jean-Pierre said.',
     "The president", "Karine Jean-Pierre"),
])
def test_a_name_runs_on_through_its_hyphen_without_a_parse(blank_nlp: Language, text: str, quote: str,
                                                            name: str) -> None:
    assert speaker_of(blank_nlp, text, quote).name == name


@pytest.mark.parametrize("text, quote, name", [
    ('A spokesperson for the European Commission said: "We regret the inconvenience."', "We regret",
     "A spokesperson for the European Commission"),
    ('"No decision has been made," a spokesperson for Ryanair said.', "No decision", "a spokesperson for Ryanair"),
])
def test_a_person_for_a_body_speaks_without_a_parse(blank_nlp: Language, text: str, quote: str, name: str) -> None:
    speaker = speaker_of(blank_nlp, text, quote)
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, "person", True)


def test_a_pronoun_goes_to_the_name_after_an_owner_without_a_parse(blank_nlp: Language) -> None:
    text = ('"Our forces have control of the bridge," army spokesman Nabil Abdallah said.\n\n'
            "Al Jazeera's Hiba Morgan, reporting from Omdurman, said residents had heard shelling. "
            '"People here are terrified," she said.')
    assert speaker_of(blank_nlp, text, "People here").name == "Hiba Morgan"


def test_a_role_after_a_title_is_no_part_of_the_name_without_a_parse(blank_nlp: Language) -> None:
    speaker = speaker_of(blank_nlp, '"We are thrilled," Chief Executive Tim Cook said on a call.', "We are")
    assert (speaker.name, speaker.kind, speaker.description) == ("Tim Cook", "person", "Chief Executive")


def test_a_titled_name_after_of_is_the_speaker_without_a_parse(blank_nlp: Language) -> None:
    text = 'Former Secretary of State Madeleine Albright said: "It is a mistake."'
    assert speaker_of(blank_nlp, text, "It is a mistake").name == "Madeleine Albright"


def test_an_office_in_apposition_describes_without_a_parse(blank_nlp: Language) -> None:
    text = 'The T\u00e1naiste, Simon Harris, echoed the comments. "We have work to do," Mr Harris told RT\u00c9.'
    speaker = speaker_of(blank_nlp, text, "We have work")
    assert (speaker.name, speaker.description) == ("Simon Harris", "The T\u00e1naiste")


# A later mention is the person in full: by the family name that comes first ('Zhao Lijian …
# Zhao said'), by the one first name the article gives ('Jane Sanders … Jane said'), and
# across the lower-case parts of a name ('Ursula von der Leyen', 'Tsai Ing-wen').
FULL_NAMES = [
    # (text, quote, name)
    ('"Stop selling arms," foreign ministry spokesman Zhao Lijian told a briefing.\n\n'
     '"We will take all necessary measures," Zhao said.', "We will take", "Zhao Lijian"),
    ('President Tsai Ing-wen thanked Washington.\n\n"We will continue," Tsai wrote on Twitter.',
     "We will continue", "Tsai Ing-wen"),
    ('Ursula von der Leyen, the European Commission president, urged restraint.\n\n'
     '"Dialogue is the only way," von der Leyen said.', "Dialogue is", "Ursula von der Leyen"),
    ('Mohammed bin Salman, the crown prince, spoke on Monday.\n\n"We are open," bin Salman told the conference.',
     "We are open", "Mohammed bin Salman"),
    ('Jane Sanders spoke at the rally on Monday.\n\n"He will win," Jane said.', "He will win", "Jane Sanders"),
    # by a nickname the name held in quotes, or by the surname after it, whatever lists hold the given name
    ("The star of the show is Sirinya \u201cNok\u201d Chaiyaporn, 27.\n\n\u201cShe was right,\u201d Nok says.",
     "She was right", "Sirinya Chaiyaporn"),
    ("Among the dancers are twin sisters Kanokwan \u201cPloy\u201d and Kanokporn \u201cPim\u201d Boonmee, who "
     "joined at 16.\n\n\u201cPim dances better,\u201d Ploy said.", "Pim dances", "Kanokwan Boonmee"),
    ("The association\u2019s president, Emmanouil \u201cManolis\u201d Vlachos, owns two hotels.\n\n\u201cWe "
     "are not against tourism,\u201d Vlachos said.", "We are not", "Emmanouil Vlachos"),
    ("His 1983 final against Bobby \u2018The Baron\u2019 Crane went to a deciding set.\n\nCrane, now 77, broke "
     "down. \u201cHe was the best I ever played,\u201d Crane said.", "He was the best", "Bobby Crane"),
    # ... with two given names before the nickname
    ("Winston Ferdinand \u201cMighty Sandfly\u201d Baptiste, the calypsonian, died on Sunday.\n\n\u201cCalypso is "
     "the poor man\u2019s newspaper,\u201d Baptiste said in 2012.", "Calypso is", "Winston Ferdinand Baptiste"),
    # by a family name that opens with a particle, which NER found alone more often than the whole name
    ("Substitute Khalid Mubarak Al Kuwari scored in the 112th minute.\n\nThe 21-year-old Al Kuwari had come on "
     "late. \u201cI dreamed of this,\u201d Al Kuwari said. Al Kuwari could barely finish.", "I dreamed",
     "Khalid Mubarak Al Kuwari"),
    ("Magnus af Klinteberg, who leads the project, spoke on Monday.\n\n\u201cWe take the concerns seriously,\u201d "
     "Klinteberg said.", "We take", "Magnus af Klinteberg"),
    # by a given name after an honorific ('Sheikh Abdullah')
    ("The trophy was presented by Sheikh Abdullah bin Jassim Al Thani, vice-president of the association.\n\n"
     "\u201cThis final showed the world the quality of Qatari football,\u201d Sheikh Abdullah said.", "This final",
     "Abdullah bin Jassim Al Thani"),
    # by a given name alone, as Thai news calls a person after a courtesy title and the whole name
    ("Her son-in-law, Khun Prasit Wongsawat, who manages the bookings, said a show costs 300,000 baht.\n\n\u201cWe "
     "have not raised our price in five years,\u201d Prasit said.", "We have not", "Prasit Wongsawat"),
    # a surname that is also a short common word ('May', 'Will')
    ('Theresa May spoke in the Commons on Monday.\n\n"I will not resign," Mrs May replied.', "I will not",
     "Theresa May"),
    # a surname NER finds alone more often than the full name, and a full name it misses
    ('DNC chair Debbie Wasserman Schultz spoke on Monday.\n\nWasserman Schultz said the party was united. '
     'Wasserman Schultz thanked the delegates.\n\n"We are one party," Wasserman Schultz said.', "We are one party",
     "Debbie Wasserman Schultz"),
    ('The actress Amandla Stenberg accepted the award.\n\n"This is for my sisters," Stenberg said.',
     "This is for my", "Amandla Stenberg"),
    # a particle joined to the family name by a hyphen, capitalised later at a sentence's start
    ('Gen. Abdel Fattah al-Burhan, the head of the army, spoke on Monday.\n\n'
     'Al-Burhan later told supporters: "We did not start this war."', "We did not start", "Abdel Fattah al-Burhan"),
    # a party's member before a name is what the person is, not part of the name
    ('Democrat Zephyr Teachout is running for the seat.\n\n"We will win," Teachout said.', "We will win",
     "Zephyr Teachout"),
    ('Republicans Jolly of Indian Shores and DeSantis oppose it.\n\nJolly was elected in 2014. "It is needed," '
     'Jolly said.', "It is needed", "Jolly"),
    # a surname a title names alone ('Mr Pevkur') is completed by the run that names the person in full
    ('The Estonian defence minister, Hanno Pevkur, thanked Britain.\n\n"Our alliance is not words on paper," '
     'Mr Pevkur said.', "Our alliance", "Hanno Pevkur"),
    # after a title, the whole run is the name, whatever its first known first name
    ('Mexican President Andr\u00e9s Manuel L\u00f3pez Obrador spoke on Tuesday.\n\n"We will respond with dignity," '
     'L\u00f3pez Obrador said.', "We will respond", "Andr\u00e9s Manuel L\u00f3pez Obrador"),
    # an initial opens a name after a role noun
    ('Former Indian finance minister P. Chidambaram disagreed.\n\n"The numbers hide the pain," Chidambaram said.',
     "The numbers hide", "P. Chidambaram"),
    # Irish family names with a capitalised particle, and a title of parliament's members
    ('Fine Gael TD P\u00e1draig \u00d3 Ceallaigh said the party was committed.\n\n\u00d3 Ceallaigh added: '
     '"We will not be bounced into anything."', "We will not be bounced", "P\u00e1draig \u00d3 Ceallaigh"),
    ('Meanwhile, Se\u00e1n Mac Giolla Ph\u00e1draig, a spokesman for the builders, said delays were the obstacle. '
     '"We can build the houses," Mac Giolla Ph\u00e1draig said.', "We can build", "Se\u00e1n Mac Giolla Ph\u00e1draig"),
    ('Independent MP Zali Steggall said it was a start.\n\n"It is not enough," Ms Steggall said.', "It is not enough",
     "Zali Steggall"),
    # NER missed the full name and took the surname alone for an organisation or a place
    ('The effort is led by Virginia adviser Eric Johnson and Colorado\u2019s Kendal Unruh, a delegate and activist.'
     '\n\n\u201cOur numbers are strong,\u201d said Unruh.', "Our numbers are strong", "Kendal Unruh"),
    ('The board met in the mosque, where a cross was missing - Adel Nefzi said he and other members had been '
     'shocked.\n\nNefzi, a chemistry professor, spoke quietly. '
     '\u201cWe are horrified,\u201d Nefzi said.', "We are horrified", "Adel Nefzi"),
    # a title joined of titles by a hyphen is no part of the name
    ('U.N. Secretary-General Ant\u00f3nio Guterres arrived on Monday.\n\n"We cannot wait," Guterres said.',
     "We cannot wait", "Ant\u00f3nio Guterres"),
    # a person's name at the head of a longer phrase ('Dan Ives of Wedbush'; the tagger may take
    # 'Ives' for a plural)
    ('Dan Ives, an analyst, spoke on Monday.\n\nDan Ives of Wedbush called the quarter "a drop-the-mic '
     'moment."\n\n"It was huge," he said.', "It was huge", "Dan Ives"),
    # a phrase whose head is a common noun is no person for holding a name ('Footage of Al-Awlaki')
    ('The cleric Anwar al-Awlaki was killed in 2011.\n\nFootage of Al-Awlaki then appears. '
     '"The West will turn on you," he says.', "The West will", "Anwar al-Awlaki"),
    # the Arabic article joined to a family name, left out later ('al-Sisi' ... 'Sisi')
    ('Egypt\'s President Abdel Fattah al-Sisi called for a ceasefire.\n\n"We will not accept it," Sisi said.',
     "We will not accept", "Abdel Fattah al-Sisi"),
    # 'Crown Prince' is a title; 'Prince' alone stays in a name ('Prince William', above)
    ('Saudi Crown Prince Mohammed bin Salman opened the summit.\n\n"The kingdom renews its condemnation," the crown '
     'prince said.', "The kingdom renews", "Mohammed bin Salman"),
    # a Korean name: the family name first, the given name's syllables joined by a hyphen
    ('His lawyer, Seok Dong-hyeon, told reporters the president would respond.\n\n"The investigators have no '
     'authority," Seok said.', "The investigators", "Seok Dong-hyeon"),
    # a name NER left untagged is a person's all the same, and what describes them refers to them
    ('Arne Slot praised Mohamed Salah after the win.\n\n"He is special," the Liverpool head coach said.',
     "He is special", "Arne Slot"),
    # a name after a noun of people is a person's, whatever NER took it for ('Sofia', a city)
    ('Her daughter Sofia, 9, was more direct. "I don\'t want to live by the river anymore," she said.',
     "I don't want", "Sofia"),
    # the words of a person's name only, where NER or a run of capitals ran wider
    ('FBI Director James Comey spoke on Friday. Roof should have been stopped. Said Comey, "The thought that an error '
     'on our part is connected to this is very painful to us."', "The thought", "James Comey"),
    ('As Breitbart\u2019s Joel Pollak reported after the raid:\n\n"The government has done almost nothing with the '
     'treasure trove," Pollak wrote.', "The government has done", "Joel Pollak"),
    ('"Senator Sanders voted twice to protect gun dealers," New York City Public Advocate Trish James said.',
     "Senator Sanders", "Trish James"),
    ('Filmmaker Jack Marino said, "As a conservative, you would be weeded out."', "As a conservative",
     "Jack Marino"),
    # two name words a noun of people describes are a person's name, later called by the first
    ('Shen Xincheng, a doctoral candidate at the Georgia Institute of Technology, urged calm.\n\n"We should wait," '
     'Shen said.', "We should wait", "Shen Xincheng"),
    # ... or an age after it; and a hyphenated role ends the words before a name
    ('Hana-Rawhiti Maipi-Clarke, 22, the youngest MP in 170 years, led the haka.\n\n"I would do it again," '
     'Maipi-Clarke said.', "I would do it again", "Hana-Rawhiti Maipi-Clarke"),
    ('Te P\u0101ti M\u0101ori co-leader Rawiri Waititi said: "We will not be silenced in our own house."',
     "We will not be", "Rawiri Waititi"),
    # a role in lower case before a name makes it a person's, whatever NER took it for
    ('Concord resident Whit Symms said he was undecided. "I like her, but I do not trust him," Symms said.',
     "I like her", "Whit Symms"),
    # a sentence's adverb in capitals is no part of the name after it
    ('"Change the world," she said.\nMeanwhile Rihanna, who was honored with the Rockstar award, spoke about '
     'self-love. "I was lost," she said.', "I was lost", "Rihanna"),
    # a role in capitals ends the words before a name, even after a word that is also a first name
    ('German Chancellor Olaf Scholz fired his finance minister on Wednesday.\n\n"He has broken my trust," Scholz '
     'said.', "He has broken", "Olaf Scholz"),
    # a first name before 'and' shares the surname after it
    ('Sarah and Emily Watts grew up a mile from the mine.\n\n"The mine paid for my house," Sarah said.',
     "The mine paid", "Sarah Watts"),
    # a nickname in quotes inside a name is no part of it
    ('For 34 years, Margaret "Peggy" Olsen taught every grade in the schoolhouse.\n\n"You don\'t tear that down," '
     'Olsen said.', "You don't tear", "Margaret Olsen"),
    # 'Premier' is a title, with the province before it
    ('Alberta Premier Danielle Smith struck a different tone.\n\n"We are not going to escalate," Smith told CBC '
     'News.', "We are not going", "Danielle Smith"),
    # an age makes a lone name a person's, without NER
    ('"I have lived here for 40 years," said Valentyna, 72, who declined to give her surname.', "I have lived",
     "Valentyna"),
    # a role the parser split at its hyphen into several subjects ('study co', '-', 'author Lijing Cheng')
    ('"The ocean is the best thermometer we have for the planet," said study co-author Lijing Cheng, an associate '
     'professor at the Institute of Atmospheric Physics in Beijing.', "The ocean is", "Lijing Cheng"),
    # a name in apposition to the object of a role's 'of', by its title ('Chief', which fast mode sees too)
    ('The Chairman of the Balogun Market Traders Association, Chief Emeka Okonkwo, told our correspondent that '
     'traders lost goods. "We are appealing to the government," he said.', "We are appealing", "Emeka Okonkwo"),
    ('The chairman of the association, Chief Emeka Okonkwo, told our correspondent that traders lost goods. '
     '"We are appealing to the government," he said.', "We are appealing", "Emeka Okonkwo"),
    # a name NER took for an organisation, as it stands, with no word of an organisation's name:
    # its last word later is the person's, and 'she' after it refers to her
    ('Thabo Mokoena has lived in the town for 30 years.\n\n"It is a sad day for all of us," Mokoena told '
     'the BBC.', "It is a sad day", "Thabo Mokoena"),
    ('Nkechi Adeyemi-Bello was more cautious. "Nobody told us anything," she said.', "Nobody told",
     "Nkechi Adeyemi-Bello"),
    # the first word of a name that NER left out of the PERSON it tagged ('Quoc Bao')
    ('Dang Quoc Bao was more cautious. "The plan will not work," he said.', "The plan will", "Dang Quoc Bao"),
    # a hyphenated name the parser split into several subjects
    ('Eitan Ben-David (75) said the water had risen overnight.\n\n"Nobody told us anything," Ben-David said.',
     "Nobody told us", "Eitan Ben-David"),
    # a particle that is also a first name ('Van') does not cut the name before it
    ('Tran Van Minh was more cautious. "We will keep fighting," he said.', "We will keep", "Tran Van Minh"),
    # a name with a hyphen inside it after 'according to'
    ('According to Jean-Baptiste Moreau, a nurse at the district hospital, "The numbers do not add up."',
     "The numbers do not", "Jean-Baptiste Moreau"),
    # NER ran an organisation's name from the sentence's opening word across its comma
    ('Defending, Imogen Price said her client was ashamed. "He has begun to repay the money," she said.',
     "He has begun", "Imogen Price"),
    # a Korean name, family name first, later called by the family name (NER took 'Han' for a NORP); not
    # a place and an English word after a hyphen
    ('SEOUL \u2014 Han Ji-woo arrives at the caf\u00e9 ten minutes late.\n\nFor six years, Han was a star.\n\n'
     '"I was tired in a way that sleep did not fix," Han says.', "I was tired", "Han Ji-woo"),
    # a surname NER took for an organisation, after the person named in full spoke
    ('Celso Navarro said the agency had suspended two engineers.\n\n"We are not here to defend anybody," Navarro '
     'said.', "We are not here", "Celso Navarro"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", FULL_NAMES)
def test_a_later_mention_is_the_person_in_full(nlp: Language, fast: bool, text: str, quote: str, name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert (speaker.name, speaker.kind) == (name, "person")


# A first name is not the person when two people named share it, when a surname ends another
# name, or when the word is a place; and a first name before 'and' shares the surname after it.
NOT_FULL_NAMES = [
    # (text, quote, name)
    ('Jane Sanders and Jane Smith spoke on Monday.\n\n"He will win," Jane said.', "He will win", "Jane"),
    ('China Daily reported the talks.\n\n"We will respond," China said in a statement.', "We will respond",
     "China"),
    ('Biographers David and Jeanne Heidler wrote the book. David Eisenhower read it.\n\n'
     '"It was a surprise," David and Jeanne Heidler said.', "It was a surprise", "David and Jeanne Heidler"),
]


@pytest.mark.model
def test_a_headlines_quoted_words_are_no_nickname(nlp: Language) -> None:
    # ('Washington Post Assembles ‘A Sizable Army’ Of Reporters': no one is 'Post Assembles Of')
    doc = nlp("Washington Post Assembles \u2018A Sizable Army\u2019 Of Reporters To Take Down Trump.\n\nThe Washington "
              "Post has put together an army.\n\nBack in April, the Post announced its intention.")
    annotations(doc)
    assert NameIndex(doc).full_name("Post") == "Post"


@pytest.mark.model
@pytest.mark.parametrize("text, quote, name", NOT_FULL_NAMES)
def test_a_first_name_is_expanded_only_when_one_person_has_it(nlp: Language, text: str, quote: str,
                                                              name: str) -> None:
    assert speaker_of(nlp, text, quote).name == name


# 'I' or 'we' outside quotes is the writer, named as written (PolNeAR counts it so in first-person
# pieces); 'you' is whoever is addressed, and names no one. Never someone named before.
WRITER = [
    # (pipelines, text, quote, name, kind)
    (("blank_nlp", "nlp"), 'Ben Brafman stood up.\n\n\u201cYour Honor,\u201d I said, \u201cI would like to answer.\u201d',
     "Your Honor", "I", "person"),
    (("blank_nlp", "nlp"), 'Ben Brafman stood up.\n\n\u201cWe will fight on,\u201d we told the judge.', "We will fight",
     "we", "group"),
    (("blank_nlp", "nlp"), 'Ben Brafman stood up.\n\n\u201cYou are wrong about this,\u201d you said.', "You are wrong",
     None, None),
]


@pytest.mark.parametrize("model, text, quote, name, kind", [
    pytest.param(model, *row, marks=[pytest.mark.model] if model == "nlp" else [])
    for pipelines, *row in WRITER for model in pipelines])
def test_i_or_we_outside_quotes_is_the_writer(request: pytest.FixtureRequest, model: str, text: str, quote: str,
                                             name: Optional[str], kind: Optional[str]) -> None:
    [found] = [q for q in quoted(request.getfixturevalue(model), text) if q.text.startswith(quote)]
    speaker = found.speaker
    assert (speaker.name if speaker else None, speaker.kind if speaker else None) == (name, kind)


# Without NER, two or three capitalised words complete a surname the names do not know ('Ilyse
# Hogue … Hogue said'); never a plural, nor a nation's or party's members ('Muslim Americans').
LOOSE_NAMES = [
    # (text, word, is a person's name)
    ("NARAL President Ilyse Hogue spoke. Hogue said so.", "Hogue", True),
    ("Muslim Americans are our friends and neighbors.", "Americans", False),
    ("Senate Republicans blocked the bill.", "Republicans", False),
    # a word that ends organisations' names ends no person's ('The New York Times … the Times said')
    ("The New York Times reported it on Monday.", "Times", False),
    ("New Hampshire Public Radio aired the debate.", "Radio", False),
    # a headline's capitals end no name: the run goes on into the headline's verb and object
    ("Grassley Compares Trump To Sotomayor On Diversity\n\nThe senator spoke on Monday.", "Trump", False),
]


# With NER, a run of name words it left untagged names a person too, in running text; a
# headline's capitals do not ('New Polls Show …').
UNTAGGED_NAMES = [
    # (text, word, is a person's name)
    ("Slot hails Salah\n\nArne Slot praised Mohamed Salah after the win on Sunday.", "Slot", True),
    ("New Polls Show Double-Digit Gaps in Republican Contest\n\nThe candidate continues to lead.", "Polls", False),
]


@pytest.mark.model
@pytest.mark.parametrize("text, word, person", UNTAGGED_NAMES)
def test_a_run_ner_left_untagged_names_a_person_in_running_text(nlp: Language, text: str, word: str,
                                                                person: bool) -> None:
    with nlp.select_pipes(disable=["quotex"]):
        doc = nlp(text)
    assert not any(word in e.text for e in doc.ents)  # what NER does
    assert NameIndex(doc).is_person_name(word) is person


@pytest.mark.model
@pytest.mark.parametrize("text, full", [
    # a family name and a given name of two syllables joined by a hyphen, whatever NER made of them
    ("SEOUL \u2014 Han Ji-woo arrives at the caf\u00e9 ten minutes late.", "Han Ji-woo"),
    ("Taiwan's president Tsai Ing-wen spoke on Monday.", "Tsai Ing-wen"),
    # ... not a place and an English word after its hyphen, nor a word that is no family name
    ("Song Avenue-based investors met on Monday.", "Song"),
    ("The New York-based firm met on Monday.", "York"),
])
def test_a_korean_or_chinese_name_is_known_by_its_family_name(nlp: Language, text: str, full: str) -> None:
    with nlp.select_pipes(disable=["quotex"]):
        doc = nlp(text)
    assert NameIndex(doc).full_name(full.split()[0]) == full


@pytest.mark.model
def test_a_score_ner_ran_a_name_on_into_is_no_part_of_it(nlp: Language) -> None:
    # 'Jannik Sinner 2-6' was a PERSON: 'Sinner' was then no known surname, and 'the Italian'
    # after 'Sinner … was philosophical' went to the player before him
    with nlp.select_pipes(disable=["quotex"]):
        doc = nlp("Carlos Alcaraz beat Jannik Sinner 2-6, 6-3, 3-6, 6-4, 6-3 on Friday.")
    assert "Jannik Sinner 2-6" in {e.text for e in doc.ents}  # what NER does
    names = NameIndex(doc)
    assert names.is_person_name("Sinner") and names.full_name("Sinner") == "Jannik Sinner"


@pytest.mark.model
@pytest.mark.parametrize("text, word, person", LOOSE_NAMES)
def test_capitalised_runs_complete_names_without_ner(nlp: Language, text: str, word: str, person: bool) -> None:
    with nlp.select_pipes(disable=[p for p in ("ner", "quotex") if p in nlp.pipe_names]):
        doc = nlp(text)
    assert NameIndex(doc).is_person_name(word) is person


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_newspaper_that_opens_with_a_first_name_is_no_person(nlp: Language, fast: bool) -> None:
    text = ('In a 2004 interview with the Charlotte Observer, she recalled the old days.\n\n'
            '"The plan is flawed," the Charlotte Observer said in an editorial.')
    speaker = speaker_in_mode(nlp, text, "The plan is flawed", fast)
    assert (speaker.name, speaker.kind) == ("the Charlotte Observer", "organization")


# In a headline set in title case, a name is a first name and the word after it at most, and no
# name in capitals: its capitals run on into the headline's verb ('Chuck Grassley Compares Trump').
HEADLINE_NAMES = [
    # (text, word, full name of the word)
    ("Chuck Grassley Compares Trump To Sotomayor On Diversity\n\nSen. Chuck Grassley spoke on Monday. Donald "
     "Trump said the judge was biased. Trump said so again.", "Trump", "Donald Trump"),
    ("Cecile Richards: 'I'm Sick Of Men Telling Us What To Do'\n\nRichards also spoke about the law.",
     "Richards", "Cecile Richards"),
    ("THREE AMIGOS TAKE ON DONALD TRUMP POLICIES AT SUMMIT IN OTTAWA\n\nDonald Trump spoke. Trump said no.",
     "Trump", "Donald Trump"),
]


@pytest.mark.model
@pytest.mark.parametrize("ner", [True, False], ids=["full", "fast"])
@pytest.mark.parametrize("text, word, name", HEADLINE_NAMES)
def test_a_headline_s_capitals_end_no_name(nlp: Language, ner: bool, text: str, word: str, name: str) -> None:
    with nlp.select_pipes(disable=[p for p in ("quotex",) + (() if ner else ("ner",)) if p in nlp.pipe_names]):
        doc = nlp(text)
    assert NameIndex(doc).full_name(word) == name


# A word that ends organisations' names ends the name of an organisation, whatever NER says;
# after a title it is a person's surname.
ORGANISATION_NAMES = [
    # (text, name, kind)
    ('"The crackdown is getting worse," Human Rights Watch said.', "Human Rights Watch", "organization"),
    ('"We are deeply concerned," Amnesty International said in a statement.', "Amnesty International",
     "organization"),
    ('"We will not comment," Downing Street said.', "Downing Street", "organization"),
    ('"We will win," Sen. Jane Street said.', "Jane Street", "person"),
    ('"We are reviewing every aspect," the city said in a statement.', "the city", "organization"),
    # a news outlet named by one word that is no person's name (NER took 'Politico' for a person)
    ('"The race is tightening," Politico reported on Monday.', "Politico", "organization"),
    ('"The candidates sparred," New Hampshire Public Radio reported.', "New Hampshire Public Radio", "organization"),
    # 'and' between the words of one name joins no speakers
    ('"The term is unhelpful," the Food and Drink Federation said.', "the Food and Drink Federation",
     "organization"),
    # a party's members are a group, though a first name opens the name ('Christian')
    ('"This is chaos," the Christian Democrats said.', "Christian Democrats", "group"),
]


# With NER or without, the same name and kind: a name with an article and no title is an organisation's
# ('The Blaze', untagged by NER); the lower-case noun that heads a phrase says what it is, not NER's
# label of a name before it ('a Pentagon readout' is no organisation; 'the … tabloid' is one); a name
# NER took for an organisation that says 'I' or 'my' is a person's.
SAME_IN_BOTH_MODES = [
    # (text, name, kind)
    ('"This is outrageous," The Blaze reported.', "The Blaze", "organization"),
    ('"The talks were constructive," a Pentagon readout said.', "a Pentagon readout", "unknown"),
    ('"It is a scandal," the nationalist Global Times tabloid said.', "the nationalist Global Times tabloid",
     "organization"),
    ('"From the bottom of my soul, I know this to be true," Bryne said.', "Bryne", "person"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name, kind", SAME_IN_BOTH_MODES)
def test_a_name_is_the_same_with_or_without_ner(nlp: Language, fast: bool, text: str, name: str, kind: str) -> None:
    [speaker] = {q.speaker for q in next(iter(extract_many(nlp, [text], fast=fast))) if q.speaker}
    assert (speaker.name, speaker.kind) == (name, kind)


# 'The Prince of Wales', 'the Archbishop of Canterbury': an office that one person holds, named as written.
OFFICES = [
    ('"We are proud of you," the Prince of Wales said.', "Prince of Wales"),
    ('The Archbishop of Canterbury spoke at the service. "Peace is possible," the Archbishop of Canterbury said.',
     "Archbishop of Canterbury"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name", OFFICES)
def test_an_office_one_person_holds_is_a_person(nlp: Language, fast: bool, text: str, name: str) -> None:
    [speaker] = {q.speaker for q in next(iter(extract_many(nlp, [text], fast=fast))) if q.speaker}
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, "person", False)


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, name, kind", ORGANISATION_NAMES)
def test_a_word_that_ends_organisations_names_makes_an_organisation(request: pytest.FixtureRequest, model: str,
                                                                    text: str, name: str, kind: str) -> None:
    [found] = quoted(request.getfixturevalue(model), text)
    assert (found.speaker.name, found.speaker.kind) == (name, kind)


# 'it' refers to the organisation that a main clause before it is about, in its paragraph or the
# one before, when no organisation has spoken since.
IT_SAID = [
    # (text, quote, name)
    ('Acme Corp. cut its forecast on Tuesday. "Demand has weakened," it said.', "Demand has", "Acme Corp."),
    ('Boeing spoke first.\n\nThe Federal Aviation Administration grounded the jet on Monday.\n\n'
     '"Safety comes first," it said.', "Safety comes", "The Federal Aviation Administration"),
    # institutions named by their kind ('authority', 'regulator', 'hospital'): organisations
    ('The union said it would strike.\n\nThe port authority declined to comment. "Talks will resume next '
     'week," it said in a statement.', "Talks will", "The port authority"),
    ('Union leaders spoke first.\n\nThe regulator fined the bank on Monday. "Customers were misled," it said.',
     "Customers were", "The regulator"),
    # a one-word name of no known kind (NER tags nothing; fast mode has none): 'it' makes it a body
    ('The ministry said in a statement: "We are reviewing the situation."\n\nSafaricom said it would appeal. '
     '"We regret the inconvenience," it said.', "We regret", "Safaricom"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", IT_SAID)
def test_it_refers_to_the_organisation_a_clause_before_is_about(nlp: Language, fast: bool, text: str, quote: str,
                                                                  name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert (speaker.name, speaker.kind, speaker.mention.text) == (name, "organization", "it")


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_an_organisation_named_like_a_person_stays_one(nlp: Language, fast: bool) -> None:
    # (what NER takes for an organisation is one unless it is shaped like a person's name and a
    # pronoun or a lone surname says so: 'Goldman Sachs' keeps its label; without NER, 'its' own
    # forecast says it is no person)
    text = 'Goldman Sachs cut its forecast on Tuesday. "Demand has weakened," it said.'
    speaker = speaker_in_mode(nlp, text, "Demand has", fast)
    assert (speaker.name, speaker.kind) == ("Goldman Sachs", "organization")


# 'the statement said' is said by whoever made the statement, when the article says who: the
# subject of the clause that brought it in, or its owner; else the statement stays the source.
DOCUMENT_OWNERS = [
    # (text, quote, name)
    ('The White House said in a statement on Monday that the talks had ended. "The president remains '
     'committed," the statement said.', "The president", "The White House"),
    ('Acme issued a statement after the vote.\n\n"We respect the decision," the statement read.\n\n'
     '"We will appeal," the statement said.', "We will appeal", "Acme"),
    ('Democratic presidential candidate Bernie Sanders is releasing a new ad.\n\n'
     'The ad says "nothing will change" unless voters act.', "nothing will change", "Bernie Sanders"),
    ('"We will appeal," the statement said.', "We will appeal", "the statement"),
    # a document from someone is theirs, and so is 'the statement' after it
    ('The plant will close, according to a statement from Ford Motor Co.\n\n'
     '"This was a difficult decision," the statement said.', "This was a difficult", "Ford Motor Co."),
    # an organisation that names the document, or owns it
    ('"We will try again," a Pentagon statement said.', "We will try again", "Pentagon"),
    ('"We will try again," the campaign\'s statement said.', "We will try again", "the campaign"),
    # not a name that ends in a document's word
    ('"We will try again," The Washington Post reported.', "We will try again", "The Washington Post"),
    # the people who signed or wrote it; not who passed it on
    ('"We chose to be a city that prices people out," reads a letter signed by 400 residents of Maple Hill.',
     "We chose", "400 residents of Maple Hill"),
    ('"I just tried you on the phone," reads an email released by Judicial Watch.', "I just tried", "an email"),
    ("A report published in June by the Atlas Solidarity Network paints an uneven picture.\n\n\u201cWomen-headed "
     "households are being left behind,\u201d the report says.", "Women-headed", "the Atlas Solidarity Network"),
    # the subject of a relative clause of writing on it: who wrote it, not who read it out
    ('At the hearing, her lawyer read a statement that Maria Delgado had written in prison.\n\n\u201cI never '
     'meant to hurt anyone,\u201d the statement said.', "I never meant", "Maria Delgado"),
    ('At the hearing, her lawyer read a statement Maria Delgado wrote in prison.\n\n\u201cI never meant to hurt '
     'anyone,\u201d the statement said.', "I never meant", "Maria Delgado"),
    # a pronoun brought it in: whom that pronoun was resolved to ('In a … statement, he wrote')
    ("The club's president, Greg Mathieson, did not attend the sentencing. In a victim impact statement read to "
     'the court by Ms Wong, he wrote that volunteers had been made to feel like suspects.\n\n"Every one of us '
     'looked at each other differently," the statement said.', "Every one", "Greg Mathieson"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", DOCUMENT_OWNERS)
def test_a_document_speaks_for_whoever_made_it(nlp: Language, fast: bool, text: str, quote: str, name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed", "term"))
    assert speaker.name == name and not speaker.anonymous


# 'the company' said what the company the text is about said: the organisation named as the subject
# of a main clause before it, in its paragraph or the one before (with a parse). Else the
# description stays the source, an organisation, never an anonymous one.
ORG_REFERENTS = [
    # (text, quote, name)
    # 'the office' for the one body named '… Office' before, an owner's mark inside its name
    ("The Ombudsman\u2019s Office, which registers social conflicts, said in its monthly report that disputes rose. "
     "In a post on X on Monday, the office called on both sides to \u201cavoid any act of violence.\u201d", "avoid any",
     "the Ombudsman\u2019s Office"),
    ('Acme Corp. cut its profit forecast on Tuesday, blaming weak demand.\n\n'
     '"Demand has weakened in every region," the company said in a statement.', "Demand has", "Acme Corp."),
    ('Shares fell sharply on Tuesday.\n\n"Demand has weakened in every region," the company said.', "Demand has",
     "the company"),
    # people and other subjects between are passed over, for a few paragraphs
    ('Nvidia reported record revenue on Wednesday, but its shares fell.\n\n"The age of AI is here," chief '
     'executive Jensen Huang said.\n\nDan Ives of Wedbush called the quarter "a drop-the-mic moment."\n\n'
     'The company forecast revenue of $37.5 billion. "We see strong demand," it said.', "We see strong", "Nvidia"),
    # a description with more words may be another organisation ('the pro-ethanol campaign group')
    ('Acme Corp. cut its profit forecast on Tuesday.\n\n"Demand has weakened," the rival company said.',
     "Demand has", "the rival company"),
    # a noun an organisation's name ends with refers back to it, named as the object of a clause too
    ('Her death was announced by the Jane Goodall Institute, which said she died of natural causes.\n\n'
     '"Her discoveries revolutionised science," the institute said in a statement.', "Her discoveries",
     "Jane Goodall Institute"),
    # 'the regulator', 'the agency': the one public body named before, as an object too; not when two were
    ('The review is being conducted by the Office for Payment Systems Oversight, which is examining the fees.\n\n'
     'In a statement, the regulator said it had "reasonable grounds to believe" that merchants were misled.',
     "reasonable grounds", "Office for Payment Systems Oversight"),
    ('The review is being conducted by the Office for Payment Systems Oversight and the Competition Authority.\n\n'
     'In a statement, the regulator said it had "reasonable grounds to believe" that merchants were misled.',
     "reasonable grounds", "the regulator"),
    # 'the chamber' for a chamber of commerce or of mines named before
    ('The Chamber of Mines of Zimbabwe said in a statement that it had asked for a cut. The current level, the '
     'chamber said, was "eating into margins at a time of rising costs".', "eating into margins",
     "Chamber of Mines of Zimbabwe"),
    # one word that no full name completes, which NER took for a person, is the organisation referred to
    ('Ticketmaster said in a statement that it had seen "historically unprecedented demand". The company added '
     'that it was "working to make this right".', "working to make", "Ticketmaster"),
    # ... but not one the article gives a person's title
    ('Stellantis said the deal was fair. President Biden called the union leader on Saturday.\n\n"We are pleased," '
     'the company said.', "We are pleased", "Stellantis"),
    # two words that 'it' acts for are an organisation's name, NER or none ('said it would appeal')
    ('Severn Trent said it would appeal. "We disagree with the ruling," the company said.', "We disagree",
     "Severn Trent"),
    ("Thames Water, the UK's largest supplier, said it had cut spills by a third. In a statement, the company "
     'said: "We know we have more to do."', "We know", "Thames Water"),
    # ... not what 'it' is: 'it was unfair' says nothing of who said it
    ('Severn Trent said it was unfair. "We disagree with the ruling," the company said.', "We disagree",
     "the company"),
    # 'the group' refers back only to a firm the article named right after that noun (a group is people
    # as often), a name of plural form too
    ('SINGAPORE-LISTED logistics group Straitsline Holdings on Thursday posted a 38 per cent fall in profit.\n\n'
     'The group said that its cold-chain business had "remained resilient".', "remained resilient",
     "Straitsline Holdings"),
    # a name ending in a word of companies is an organisation's, whatever NER said ('Microsystems')
    ("Taiwan's Hsinlan unveils AI laptop chip\n\nTAIPEI, May 20 (Reuters) - Taiwanese chip designer Hsinlan "
     "Microsystems on Tuesday unveiled its first processor for laptops.\n\nThe company said in a statement that "
     'the chip delivered "up to 45 trillion operations per second".', "up to 45", "Hsinlan Microsystems"),
    # 'the company' far from any other name is the firm the story opens with
    ("SINGAPORE-LISTED logistics group Straitsline Holdings on Thursday posted a 38 per cent fall in profit.\n\n"
     + "\n\n".join("Analysts at Harbourfront Capital said freight rates on Asia-Europe routes had halved since the "
                   "spring, and that forwarders across the region were cutting staff." for _ in range(7))
     + '\n\nThe company later said it "regularly evaluates opportunities" to unlock value.', "regularly evaluates",
     "Straitsline Holdings"),
    # ... or whose shares it opens with
    ("Shares in Corvane Payments fell 11% on Tuesday after the card processor cut its forecast.\n\n"
     + "\n\n".join("Analysts at Bramwell Research said merchants across Europe had delayed orders for new "
                   "terminals, and that the rollout would slip into next year." for _ in range(7))
     + '\n\nThe company said in a separate statement that it "takes its obligations seriously".', "takes its",
     "Corvane Payments"),
    # a body named by the noun that refers back to it ('the journal'), and a name with a plural's possessive
    ("In an editorial, the Journal of Clinical Migraine Research said the trial was sound. The journal said it had "
     'asked the authors to "clearly state the limits".', "clearly state", "Journal of Clinical Migraine Research"),
    ("In a letter on Tuesday, the District Councils' Forum, which represents 43 authorities, said the targets "
     'were "built on sand".', "built on sand", "the District Councils' Forum"),
    # a ministry named with words before its noun and 'of' after it: the name in full
    ('Iraq and Kuwait have agreed to resume talks, the Omani Ministry of Foreign Affairs has said.\n\nIn a '
     'statement, the ministry said the delegations would meet "within 60 days".', "within 60 days",
     "Omani Ministry of Foreign Affairs"),
    # a body's 'for' is part of its name ('the Department for Infrastructure'), and 'the department' and 'it'
    # refer back to it in full
    ("In a statement, the Department for Infrastructure said its budget had been cut and that \u2018difficult "
     "choices\u2019 were unavoidable.", "difficult choices", "the Department for Infrastructure"),
    ("The Institute for Fiscal Studies published its analysis on Monday.\n\nThe institute said the plan "
     '"does not add up".', "does not add up", "Institute for Fiscal Studies"),
    # 'the board' for a board named before (a sports body, a school board)
    ("LAHORE: The Pakistan Cricket Board (PCB) on Thursday sacked its chief selector.\n\nIn a statement, the "
     "board said he had \u201cbreached his contract\u201d.", "breached his", "Pakistan Cricket Board"),
    # a body typed by a noun in lower case right before its name ('the association')
    ("The patients' association Defensa del Paciente Madrid urged both sides to return to talks.\n\n"
     "\u201cPatients are not a bargaining chip,\u201d the association said.", "Patients are not",
     "Defensa del Paciente Madrid"),
    # a coordinated name that an appositive says is a body's is one name, not two speakers
    ("Saint Lucia Power and Light, the island\u2019s electricity company, said about 70 per cent of its customers "
     "had lost supply. The company warned that some areas could be without power \u201cfor up to two weeks\u201d.",
     "for up to two", "Saint Lucia Power and Light"),
]


# a noun a body's name ends with refers back to it however far before ('The Tāwhiri District Council has
# voted …' opening a local story, 'the council said' near its end)
_FILLER = ("Residents gathered outside the pool on Friday with placards and a petition, and several of them spoke "
           "about learning to swim there as children and teaching their own children in the same lanes. ")
ORG_REFERENTS.append(
    ('The Tāwhiri District Council has voted to close the Kōwhai Heights pool at the end of April.\n\n'
     + "\n\n".join(_FILLER * 2 for _ in range(8))
     + '\n\nIn a statement, the council said it would "work with the swim club to find other pools".',
     "work with", "Tāwhiri District Council"))


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", ORG_REFERENTS)
def test_a_company_noun_refers_to_the_organisation_named_before(nlp: Language, fast: bool, text: str, quote: str,
                                                                name: str) -> None:
    # (the body is named as the article first wrote it, with its article or without: one speaker either way)
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (re.sub(r"^[Tt]he ", "", speaker.name), speaker.kind, speaker.anonymous) == (
        re.sub(r"^[Tt]he ", "", name), "organization", False)


# A definite description refers back to the body the article named with the same words at the end of its
# name and words in capitals before them, in any mode (a parse or none).
BODIES_BY_THEIR_LAST_WORDS = [
    # (text, quote, name)
    ('The Homes Now Coalition, a group of tenant unions, held a rally outside the town hall.\n\n'
     '"This is a whitewash," the coalition said.', "This is a", "Homes Now Coalition"),
    ('The Korea Professional Football League fined the club on Monday.\n\n"The decision is final," the league said.',
     "The decision", "Korea Professional Football League"),
    ('The Housing Development Administration has built 300 homes since the quake.\n\n"We will finish the rest by '
     'June," the administration said.', "We will finish", "Housing Development Administration"),
    # its words in lower case after the capitals, an owner's mark among them
    ('The Wapiskaw Lake band council voted to close the plant.\n\n"We had no choice," the band council said.',
     "We had no", "Wapiskaw Lake band council"),
    ("Poland's finance ministry raised its deficit forecast on Monday.\n\n\"The budget remains sound,\" the "
     "finance ministry said.", "The budget", "Poland's finance ministry"),
    ("Deputies from the Hartwell County Sheriff's Office searched the river.\n\n\"We found nothing,\" the "
     "sheriff's office said.", "We found", "Hartwell County Sheriff's Office"),
    # a name's hyphen among its capitals
    ("Thompson-Nicola Regional District (TNRD) officials said 140 properties were under order.\n\n\u201cResidents "
     "must leave,\u201d the regional district said.", "Residents must", "Thompson-Nicola Regional District"),
    # 'the city' for the City of Kamloops, a place's council by its name
    ("In a news release Friday, the City of Kamloops said the centre was full.\n\n\u201cWhat evacuees need is a "
     "place to stay,\u201d the city said.", "What evacuees", "City of Kamloops"),
]
# ... not a body introduced as one of its kind, nor one no capitals name, nor 'the government'
BODIES_NOT_NAMED = [
    ('A Swiss bank froze the accounts on Monday.\n\n"We follow the law," the bank said.', "We follow",
     "the bank"),
    ('The Saudi-led coalition struck the port on Monday.\n\n"We hit military targets," the coalition said.',
     "We hit", "the coalition"),
    ('The Kenyan government raised fuel taxes.\n\n"The budget needs it," the government said.', "The budget",
     "the government"),
    # ... nor a city's name that is the place ('Kansas City')
    ('Kansas City voted on the stadium tax.\n\n"The tax will pass," the city said.', "The tax", "the city"),
]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, name", BODIES_BY_THEIR_LAST_WORDS + BODIES_NOT_NAMED)
def test_a_description_is_the_body_named_with_its_words(request: pytest.FixtureRequest, model: str, text: str,
                                                        quote: str, name: str) -> None:
    # (the body named as the article first wrote it, with its article or without: one speaker either way)
    speaker = speaker_of(request.getfixturevalue(model), text, quote)
    assert (speaker.name.removeprefix("the "), speaker.kind, speaker.anonymous) == (
        name.removeprefix("the "), "organization", False)


@pytest.mark.model
def test_a_firms_short_name_after_its_full_one_is_the_one_firm(nlp: Language) -> None:
    # 'Hsinlan' after 'Hsinlan Microsystems' (with NER: without it, the full name keeps the description
    # the parse runs into it, 'Taiwanese chip designer Hsinlan Microsystems', and is no prefix's)
    text = ("TAIPEI, May 20 (Reuters) - Taiwanese chip designer Hsinlan Microsystems said on Tuesday that its first "
            "processor for laptops would ship in June.\n\nHsinlan, which has about 3,100 employees, mostly designs "
            "chips for TVs.\n\nThe company said in a statement that the chip delivered \"up to 45 trillion operations "
            "per second\".")
    assert speaker_in_mode(nlp, text, "up to 45", False, types=("mixed",)).name == "Hsinlan Microsystems"


# With NER: a name of plural form is an organisation's subject too ('Brightwater Foods cut …'); the company
# whose words a sentence reports before its 'the company said' is the one it names there; an epithet that
# says where the company is based refers back too, to what the epithet before it was resolved to; but
# people of plural form ('The Clintons') are no firm a noun of business refers to.
ORG_REFERENTS_NAMED = [
    ('LONDON, March 12 (Reuters) - British snack maker Brightwater Foods cut its profit forecast on Wednesday.\n\n'
     'The company, whose brands include Marlow biscuits, said: "This has been a tough half."', "This has been",
     "Brightwater Foods", "organization"),
    ('Note-taking app Quillpad will begin using the notes of its users to train its AI, the company said on '
     'Tuesday.\n\nIn a blog post, the San Francisco-based company said the change would take effect on June 1.\n\n'
     '"We believe the best way to build helpful AI is to learn from real people," the company wrote in the post.',
     "We believe", "Quillpad", "organization"),
    ('Chelsea have sacked their manager, the club said on Monday.\n\n'
     'In a statement, the club thanked him for "his hard work and professionalism".', "his hard work", "Chelsea",
     "organization"),
    ('The Clintons preferred the Dominican Republic.\n\n"He\'s a great gentleman," the real estate developer said '
     'of Mr. Clinton.', "He's a great", "the real estate developer", "organization"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, quote, name, kind", ORG_REFERENTS_NAMED)
def test_with_ner_a_company_noun_refers_to_the_firm_named_in_more_ways(nlp: Language, text: str, quote: str,
                                                                       name: str, kind: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, False, types=("direct", "mixed"))
    assert (speaker.name, speaker.kind) == (name, kind)


# With tags, a name after the noun of what kind of organisation it is, is an organisation's, NER or
# none ('Note-taking app Quillpad', 'British snack maker Brightwater Foods'); not a person's name there
# ('party Chairman Reince Priebus', 'Florida developer Mel Sembler').
TYPED_NAMES = [
    ('Note-taking app Quillpad will begin using notes to train its AI, the company said on Tuesday. '
     '"We believe in it," the company wrote.', "We believe", "Quillpad", "organization"),
    ('British snack maker Brightwater Foods cut its profit forecast on Wednesday. The company said: '
     '"This has been a tough half."', "This has been", "Brightwater Foods", "organization"),
    # the firm whose shares a story opens with, in its sentence or before (a word with hyphens is one word)
    ('Shares in Corvane Payments fell 11% on Thursday after the card-processing company cut its forecast. '
     'The Atlanta-based company said: "This was a timing issue."', "This was", "Corvane Payments", "organization"),
    ('Shares in Corvane Payments fell 11% on Thursday after the card-processing company said: "This was a '
     'timing issue."', "This was", "Corvane Payments", "organization"),
    # ... but no regulator is the firm it regulates
    ('Shares in Corvane Payments fell 11% on Thursday. The Atlanta-based company cut its forecast.\n\n'
     'The review is being conducted by a federal office. In a statement, the regulator said it had '
     '"reasonable grounds" to act.', "reasonable grounds", "the regulator", "organization"),
    ('"We will win," party Chairman Reince Priebus said.', "We will win", "Reince Priebus", "person"),
    ('"We will win," Florida developer Mel Sembler said.', "We will win", "Mel Sembler", "person"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, kind", TYPED_NAMES)
def test_a_name_after_the_kind_of_organisation_it_is_is_an_organisation(nlp: Language, fast: bool, text: str,
                                                                        quote: str, name: str, kind: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (speaker.name, speaker.kind) == (name, kind)


# When no one who has spoken fits a pronoun, it is the latest person named in full before it in
# its paragraph or the one before, whose name tells no other gender (with a parse).
NAMED_BEFORE = [
    # (text, quote, name)
    ('I asked Mayor Tom Banks about the potholes last week. "We are working on it," he said.', "We are working",
     "Tom Banks"),
    ('I spoke to Jane Doe, who lives on Elm Street. "It\'s terrible," she told me.', "It's terrible", "Jane Doe"),
    ('I asked Mayor Tom Banks about the potholes last week. "It\'s terrible," she told me.', "It's terrible", "she"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", NAMED_BEFORE)
def test_a_pronoun_no_speaker_fits_is_the_person_named_before(nlp: Language, fast: bool, text: str, quote: str,
                                                               name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert speaker.name == name


# A pronoun after a quote refers to the person a main clause since the last speaker was about,
# named as the subject or in its appositive, not to the last speaker who fits; and a quote that
# continues the paragraph's keeps that speaker.
TOPIC_SINCE_SPEAKER = [
    # (text, quote, name)
    # whom the writer asked answers: 'she' after it is that person, not the last speaker
    ('My grandmother, Ena Phillip, raised six children with a standpipe. "Water does not wait," she used to tell us.'
     '\n\nBefore I left Basse Terre, I asked Mrs Indra Samaroo what she would say to the minister.\n\nShe thought '
     'about it for a long time. "I would offer him a cup of tea," she said.', "I would offer", "Indra Samaroo"),
    # the same pronoun as the sentence before's own subject is whoever that one is, not a person named
    # inside that sentence's clauses
    ('Born in 1933 in rural Ohio, Dr. Margaret Hale was the daughter of a farmer. She told The Boston Globe that '
     'she had decided to become a surgeon after watching a country doctor set her brother\'s arm.\n\n"I thought it '
     'was the most extraordinary thing," she said.', "I thought it", "Margaret Hale"),
    # a name NER left untagged, that the article gives a person, is the topic all the same
    ('Sarah and Emily Watts grew up near the mine.\n\n"We love each other," Sarah said.\n\nEmily was less amused. '
     '"I talk about it. She changes the subject," she said.', "I talk about it", "Emily Watts"),
    # a sentence's own subject before the subject of the clause it reports
    ("Kelly Watson, 32, said her son Alfie was left 'humiliated' after teachers pulled him out of class.\n\n"
     "'He was crying his eyes out when I picked him up,' she told reporters.", "He was crying", "Kelly Watson"),
    ('Josh Earnest said Obama has kept in close touch with his supporters.\n\n"I would think that would have some '
     'influence," he said.', "I would think", "Josh Earnest"),
    ('Barbara Gray, the city manager, spoke first. "That is a question for council," she replied.\n\n'
     'Mark Anderson runs a store. "Nobody asked us," he said.\n\n'
     'His neighbour, Lucy Fernandes, was more hopeful.\n\n'
     '"It\'s a chance to start over," she said. "My kids will grow up with a better name."',
     "My kids", "Lucy Fernandes"),
    ('Barbara Gray, the city manager, spoke first. "That is a question for council," she replied.\n\n'
     'Lucy Fernandes was more hopeful.\n\n"It\'s a chance to start over," she said.', "It's a chance",
     "Lucy Fernandes"),
    # ... or the person a sentence opens with as its topic, 'For NAME, …'
    ('Mayor Claire Dubois ordered the village evacuated on Friday.\n\n"Every warmer summer takes a little more of '
     'that glue away," said Sabine Roux, a geologist in Lausanne.\n\nFor Dubois, the science changes nothing. She '
     'has asked the canton to allow escorted visits.\n\n"We will hold it here, at the barrier, if we have to," she '
     'said.', "We will hold", "Claire Dubois"),
    ('"It\'s the one we can\'t explain away," said Senator Ann Burke.\n\nFor Gráinne Ní Shé, a mother of two from '
     'Swords, the debate feels remote. She and her partner pay more for childcare than for their mortgage.\n\n'
     '"I listen to them arguing about percentages," she said.', "I listen", "Gráinne Ní Shé"),
    # ... and a report inside what that subject reports is no speaker 'he' refers to
    (
     'Speaking in Brisbane on Thursday morning, Mr Carrick said the government would not be "held to '
     'ransom".\n\n"Every week this bill sits in the Senate is another week a family is sleeping in a '
     'car," he said. "The Greens can keep voting with Fiona Breckenridge if they like, but they\'ll '
     'have to explain that to renters, not to me."\n\nGreens leader Kate Holloway said her party would '
     'only support the bill if the government agreed to a two-year national freeze on rent increases, '
     'something the Prime Minister has repeatedly ruled out because rents are regulated by the '
     'states.\n\n"We are not going to wave through a bill that builds a few thousand homes a year while '
     'millions of renters are getting smashed right now," Ms Holloway told ABC Radio. "The Prime '
     "Minister says it's a state issue. Well, he's the Prime Minister. Pick up the "
     'phone."\n\nOpposition Leader Fiona Breckenridge said the Coalition opposed the fund because it '
     'would add to inflation and do little to increase supply in the short term.\n\n"This is a slush '
     'fund dressed up as a housing policy," Ms Breckenridge said. "Labor\'s own modelling shows it '
     'won\'t deliver a single extra home before the next election."\n\nTreasurer Sam Nguyen dismissed '
     'that claim, saying the modelling referred to completed dwellings rather than construction '
     'starts. He accused the Opposition Leader of "misleading the public" and said Mr Carrick had '
     'already written to every state premier seeking matched funding.\n\n"We\'ve got shovels in the '
     'ground in four states already," he said. "The Opposition knows that. They just don\'t want to '
     'admit it."\n',
     "The Opposition", "Sam Nguyen"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", TOPIC_SINCE_SPEAKER)
def test_a_pronoun_refers_to_the_person_named_since_the_last_speaker(nlp: Language, fast: bool, text: str,
                                                                     quote: str, name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, fast).name == name


# A later mention can change what an entity is ('He' makes the unknown 'Prime Minister' a person,
# without a parse); every record of one speaker then says the same of it, each with its own mention.
def test_every_record_of_a_speaker_says_the_same_of_it(blank_nlp: Language) -> None:
    text = ('"we", Ana Ruiz said.\nthe Prime Minister said called it "we". "we", Ana Ruiz said. '
            'He "we", Ana Ruiz said.\n')
    states: dict[str, set[tuple[object, ...]]] = {}
    for q in extract(blank_nlp, text):
        if q.speaker is not None:
            s = q.speaker
            states.setdefault(s.id or "", set()).add((s.name, s.kind, s.anonymous, s.description, s.anonymity))
    assert states and all(len(v) == 1 for v in states.values()), states


# -- the history is the article's order, not the order of the calls --------------------------------

def test_a_pronoun_looked_up_late_refers_to_who_came_before_it(blank_nlp: Language) -> None:
    # Candidate generators look mentions up after the whole article was read: 'he'
    # in the second sentence is Tom Burton, never the Jones named after it.
    doc = blank_nlp("Tom Burton spoke. He left. Mr. Jones spoke. He stayed.")
    tracker = SpeakerTracker(doc)
    burton, _ = tracker.resolve(list(doc[0:2]))
    jones, _ = tracker.resolve(list(doc[7:9]))
    assert (burton.name, jones.name) == ("Tom Burton", "Jones")
    assert tracker.peek([doc[4]])[0] is burton
    assert tracker.peek([doc[11]])[0] is jones
    assert tracker.owner([doc[4]])[0] is burton  # and as a possessor


def test_a_new_section_forgets_only_what_came_before_it(blank_nlp: Language) -> None:
    doc = blank_nlp("Tom Burton spoke. He left.\n\nComments\n\nHe wrote.")
    tracker = SpeakerTracker(doc)
    burton, _ = tracker.resolve(list(doc[0:2]))
    tracker.reset(doc[9].idx)  # reader comments start
    assert tracker.peek([doc[4]])[0] is burton
    assert tracker.peek([doc[-3]])[0] is None


LOOKED_UP_LATE = [
    # the continuation's generators asked after the whole article was read, and 'he' became
    # the last man to speak in it
    ('Was Szlachta satisfied with the answer?\n\n"To a point," he said. "He sort of redirected."\n\n'
     'Zephyr Teachout is running for the seat. "We will win," Teachout said.',
     ["To a point,", "He sort of redirected."], "Szlachta"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quotes", "name"), LOOKED_UP_LATE)
def test_a_later_speaker_is_never_an_earlier_pronoun(nlp: Language, text: str, quotes: list[str], name: str) -> None:
    found = {q.text: q.speaker.name if q.speaker else None for q in extract(nlp, text)}
    assert [found.get(q) for q in quotes] == [name] * len(quotes)


# 'One said' after unnamed people is one of them, as unnamed as they are; not after a named group.
ONE_OF = [
    # (text, quote, name, anonymous)
    ('Two European diplomats said their governments had been briefed. "Europe will follow if Washington leads," '
     'one said.', "Europe will follow", "one of two European diplomats", True),
    ('Several aides described the meeting.\n\n"It was tense from the start," another said.', "It was tense",
     "another of several aides", True),
    ('"It is great fun watching," one user wrote.\n\n"This is their democracy," another said.', "This is their",
     "another user", True),
    ('Over the week, readers wrote in by the hundreds.\n\n"It was a disgrace," another said.', "It was a disgrace",
     "another of the readers", False),
    ('Two diplomats said talks had stalled. "No decision has been made," one of them said.', "No decision",
     "one of two diplomats", True),
]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, name, anonymous", ONE_OF)
def test_one_of_the_people_just_named(request: pytest.FixtureRequest, model: str, text: str, quote: str, name: str,
                                      anonymous: bool) -> None:
    [quotes] = list(extract_many(request.getfixturevalue(model), [text]))
    [speaker] = [q.speaker for q in quotes if q.type in ("direct", "mixed") and q.text.startswith(quote)]
    assert speaker is not None and (speaker.name, speaker.kind, speaker.anonymous) == (name, "person", anonymous)


# A name of no known kind that says 'I', 'me' or 'my' in its quote is a person's; 'we' tells nothing,
# and a place is no person whatever it says.
FIRST_PERSON = [
    # (text, quote, kind in fast mode)
    ('"Dude, I already wrote the songs," Keidis continued.', "Dude", "person"),
    ('"As a builder, he put my friends out of business," Sweeny said.', "As a builder", "person"),
    ('"We will appeal the ruling," Ticketmaster said.', "We will appeal", "unknown"),
    # 'he' or 'she' that speaks for the name makes it a person too
    ('Meanwhile Rihanna, who was honored with an award, spoke about self-love. "The minute you learn to '
     'love yourself, you would not want to be anyone else," she said.', "The minute", "person"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, quote, kind", FIRST_PERSON)
def test_a_name_that_says_i_is_a_person(nlp: Language, text: str, quote: str, kind: str) -> None:
    assert speaker_in_mode(nlp, text, quote, fast=True).kind == kind


# Without NER, a first name makes a person of the name it opens: the short forms English news uses
# ('Nate', 'Trish') and given names from elsewhere ('Kamala', 'Meenakshi') among them.
FIRST_NAMED = [
    # (text, quote, name)
    ('"Trump\u2019s delegate problems stem from two major issues," writes Nate Silver.', "Trump", "Nate Silver"),
    ('"People stood hours in line," said Meenakshi Ganguly of Human Rights Watch.', "People stood",
     "Meenakshi Ganguly"),
    ('"We are ready," Kamala Harris told reporters.', "We are ready", "Kamala Harris"),
    ('"The market is caught between two stories," said Tamas Varga of oil broker PVM.', "The market",
     "Tamas Varga"),
    # a given name with the accents the list leaves out
    ('"It is long overdue," said Agnès Callamard of Amnesty International.', "It is long", "Agnès Callamard"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, quote, name", FIRST_NAMED)
def test_a_first_name_makes_a_person_without_ner(nlp: Language, text: str, quote: str, name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast=True)
    assert (speaker.name, speaker.kind) == (name, "person")


def test_a_lone_word_without_tags_stays_what_it_was(blank_nlp: Language) -> None:
    # without tags a sentence's first word passes for a name: saying 'I' makes it no person
    speaker = speaker_of(blank_nlp, 'Instead, "I am leaving," Instead said.', "I am leaving")
    assert speaker.kind != "person"


# Nouns of people of every walk of life make a person, named or not.
PEOPLE = [
    # (text, quote, name, anonymous)
    ('"How big is that wall?" asked the boy, who was wearing a red hat.', "How big", "the boy", True),
    ('"He trusts no one," one Trump confidant said.', "He trusts no one", "one Trump confidant", True),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, anonymous", PEOPLE)
def test_nouns_of_people_make_a_person(nlp: Language, fast: bool, text: str, quote: str, name: str,
                                       anonymous: bool) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, "person", anonymous)


def test_without_a_parse_a_pronoun_refers_to_the_name_that_opens_a_paragraph(blank_nlp: Language) -> None:
    text = ('The candidates met on Wednesday night.\n\nIncumbent Mayor Diane Crowley defended her record. '
            '"We have built more housing than anyone," she said.')
    assert speaker_of(blank_nlp, text, "We have built").name == "Diane Crowley"


# An age is one to three ASCII digits between commas after a name; anything else is none, and never
# an error ('²' is a digit to str.isdigit, and int() of thousands of digits raises).
AGES = [
    ("Valentyna, 72, who declined", True),
    ("Valentyna, 0, who", False),
    ("Valentyna, 1234, who", False),
    ("Valentyna, \u00b2, who", False),
    ("Valentyna, " + "9" * 5000 + ", who", False),
    ("Valentyna, 72", False),
]


@pytest.mark.parametrize("text, aged", AGES, ids=range(len(AGES)))
def test_an_age_after_a_name(blank_nlp: Language, text: str, aged: bool) -> None:
    from quotex.attribution.speakers import _aged
    assert _aged(blank_nlp.make_doc(text)[0]) is aged


# A first name that is also a word ('Will', 'Grant', 'April', 'Hope'): the quote is what it is, and
# the speaker is named in full, in every mode; 'Will Trump win?' names no 'Will Trump'.
WORD_NAMED = [
    # (text, quote, type, name)
    ('"It is a pretty expensive business model," said Will Doyle, a professor. "The costs rise."',
     "The costs rise", "direct", "Will Doyle"),
    ('"We are ready," Will Hurd said.', "We are ready", "direct", "Will Hurd"),
    ('"We are ready," said Grant Shapps, the transport secretary.', "We are ready", "direct", "Grant Shapps"),
    ('"I disagree," April Ryan told reporters. "It is unfair," she said.', "It is unfair", "direct", "April Ryan"),
    ('Spokeswoman Hope Hicks said in a statement that Trump "has a long history of support."',
     "has a long history", "mixed", "Hope Hicks"),
    ('Will Trump win? Nobody knows. In June Trump said he would. "We will see," he said.', "We will see", "direct",
     None),
    # modals that are surnames: 'May said', 'Will wrote that …' (the quote was a term: 'wrote' had no subject)
    ('Theresa May defended the deal.\n\nThe prime minister spoke to MPs. "This is the deal that delivers," May said.',
     "This is the deal", "direct", "Theresa May"),
    ('Columnist George Will criticised the plan on Sunday. Will wrote that the deal "is a surrender."',
     "is a surrender", "mixed", "George Will"),
]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, kind, name", WORD_NAMED,
                         ids=[f"{n}-{r[3] or 'question'}" for n, r in enumerate(WORD_NAMED)])
def test_a_first_name_that_is_also_a_word_is_part_of_the_name(request: pytest.FixtureRequest, model: str, text: str,
                                                              quote: str, kind: str, name: Optional[str]) -> None:
    [found] = [q for q in quoted(request.getfixturevalue(model), text) if q.text.startswith(quote)]
    assert found.type == kind
    if name is None:  # whoever 'he' is, no name begins with the modal or the month
        assert found.speaker is None or not found.speaker.name.startswith(("Will", "June"))
    else:
        assert found.speaker is not None and (found.speaker.name, found.speaker.kind) == (name, "person")


# A definite description by a kind of business or institution refers back to the organisation named
# as the subject before it, or named with the noun; a body named after its place is an organisation
# without NER too ('Statistics Canada', 'Ontario Power Generation'). (text, quote, name, mention)
ORGANISATIONS_REFERRED_TO = [
    ('Statistics Canada released the figures on Wednesday. "Prices are up," the agency said.',
     "Prices are up", "Statistics Canada", "the agency"),
    ('Ontario Power Generation shut the reactor. "It is safe," the utility said.',
     "It is safe", "Ontario Power Generation", "the utility"),
    ('The Federal Reserve held rates. "Inflation is easing," the central bank said.',
     "Inflation is easing", "The Federal Reserve", "the central bank"),
    ('Indigenous Services Canada says the plant has had "mechanical issues" and that a contractor is on site.',
     "mechanical issues", "Indigenous Services Canada", "Indigenous Services Canada"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, mention", ORGANISATIONS_REFERRED_TO,
                         ids=[r[2] for r in ORGANISATIONS_REFERRED_TO])
def test_a_kind_of_organisation_refers_back_to_the_one_named(nlp: Language, fast: bool, text: str, quote: str,
                                                             name: str, mention: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (speaker.name, speaker.kind, speaker.mention.text) == (name, "organization", mention)


# Without a parse, an organisation's name runs through 'of' after a word that opens one ('the Bank of
# Canada', 'the Department of Finance'), keeps its article, and is the subject after the quote too; a
# title's 'of' is part of the title ('Secretary of State John Kerry'). (text, quote, type, name, mention)
BODIES_WITHOUT_A_PARSE = [
    ('"We are watching," said the Bank of Canada.', "We are watching", "direct", "Bank of Canada",
     "the Bank of Canada"),
    ('"We are watching," the Federal Reserve said.', "We are watching", "direct", "Federal Reserve",
     "the Federal Reserve"),
    ('"We are watching," Bank of Canada said.', "We are watching", "direct", "Bank of Canada", "Bank of Canada"),
    ('A spokesperson for the Department of Finance said in an e-mail that the minister "respects the bank."',
     "respects the bank", "mixed", "A spokesperson for the Department of Finance",
     "A spokesperson for the Department of Finance"),
    ('"It is done," Secretary of State John Kerry said.', "It is done", "direct", "John Kerry",
     "Secretary of State John Kerry"),
    # a person of a place or a body is the person ('Coun. Josh Matlow of Toronto said')
    ('Coun. Josh Matlow of Toronto said the plan was "bribing" cities.', "bribing", "mixed", "Josh Matlow",
     "Coun. Josh Matlow"),
    ('Former Gov. Jeb Bush of Florida said the remarks were "racist."', "racist", "mixed", "Jeb Bush",
     "Former Gov. Jeb Bush"),
]


@pytest.mark.parametrize("text, quote, kind, name, mention", BODIES_WITHOUT_A_PARSE,
                         ids=[r[4] for r in BODIES_WITHOUT_A_PARSE])
def test_a_body_named_with_of_is_one_subject_without_a_parse(blank_nlp: Language, text: str, quote: str, kind: str,
                                                             name: str, mention: str) -> None:
    [found] = [q for q in quoted(blank_nlp, text) if q.text.startswith(quote)]
    assert found.type == kind and found.speaker is not None
    assert (found.speaker.name.removeprefix("the "), found.speaker.mention.text) == (name, mention)


# 'of' and a place after a person's name in full is where they live, whatever NER ran on into the name; an
# office 'of' something before a name is the holder's ('Leader of the Opposition Carlton Waddell'), however
# the parse or NER split it. (text, name)
HOMES = [  # (with a parse: without one, the pronoun finds no subject that is an appositive's name)
    # an office's holder named by initials, however NER ran the office on into the name
    ("Leader of the Opposition V.K. Haris said the state had failed.\n\n\u201cIt failed,\u201d he said.",
     "V.K. Haris"),
    ("Her daughter, Karen Lindgren-Moe of Edina, said her parents were an unlikely match.\n\n\u201cDad was "
     "quiet,\u201d she said.", "Karen Lindgren-Moe"),
    ("Her daughter, Karen Moe of Edina, said her parents were an unlikely match.\n\n\u201cDad was quiet,\u201d "
     "she said.", "Karen Moe"),
]
OFFICES = [
    ("Leader of the Opposition Carlton Waddell said the plan had failed.\n\n\u201cIt failed,\u201d he said.",
     "Carlton Waddell"),
    ("In a message read at the funeral, Speaker of the National Assembly Rt. Hon. Loveness Gondwe-Jere said the "
     "House had lost a servant.\n\n\u201cHe was kind,\u201d she said.", "Loveness Gondwe-Jere"),
    # (a title is no name, whatever word the parse made the phrase's head)
    ("In a condolence message read at the funeral by the Clerk of Parliament, Speaker of the National Assembly Rt. "
     "Hon. Loveness Gondwe-Jere said the House had lost a servant.\n\n\u201cHe was kind,\u201d she said.",
     "Loveness Gondwe-Jere"),
]


@pytest.mark.parametrize("model, text, name", [
    *(("blank_nlp", text, name) for text, name in OFFICES),
    *(pytest.param(model, text, name, marks=pytest.mark.model) for text, name in OFFICES + HOMES
      for model in ("nlp", "fast"))])
def test_a_persons_home_and_office_are_no_part_of_the_name(request: pytest.FixtureRequest, model: str, text: str,
                                                           name: str) -> None:
    nlp = request.getfixturevalue("blank_nlp" if model == "blank_nlp" else "nlp")
    [quotes] = list(extract_many(nlp, [text], fast=model == "fast"))
    [speaker] = [q.speaker for q in quotes if q.type == "direct"]
    assert speaker is not None and speaker.name == name


# Without a parse: 'That was the view of X' by the words' order, and given names with a hyphen after
# the family name ('Kim Soo-jin') whole, on either side of the cue. (text, quote, name)
WITHOUT_A_PARSE = [
    ('"We will keep fighting." That was the view of Omar Farouk, the union\'s general secretary.',
     "We will keep fighting", "Omar Farouk"),
    ('"It is done." Those were the words of Rania Khoury, a lawyer for the families.', "It is done", "Rania Khoury"),
    ('"The numbers do not add up," Kim Soo-jin wrote on X.', "The numbers", "Kim Soo-jin"),
    ('"Nobody told us anything," said Park Ji-hoon.', "Nobody told us", "Park Ji-hoon"),
]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, name", WITHOUT_A_PARSE, ids=[r[2] for r in WITHOUT_A_PARSE])
def test_the_words_of_and_hyphenated_given_names_are_found_without_a_parse(request: pytest.FixtureRequest, model: str,
                                                                         text: str, quote: str, name: str) -> None:
    [found] = [q for q in quoted(request.getfixturevalue(model), text) if q.text.startswith(quote)]
    assert found.speaker is not None and found.speaker.name == name
    assert found.speaker.kind in ("person", "unknown")  # (without a first name it knows, rules only cannot tell)



# A later mention by a family name inside a longer name is that person ('Lucía Martínez Ortega …
# Martínez added'); not by a word of a show's name ('The Rachel Maddow Show … Maddow').
@pytest.mark.parametrize("model", BOTH)
def test_a_family_name_inside_a_longer_name_refers_to_it(request: pytest.FixtureRequest, model: str) -> None:
    nlp = request.getfixturevalue(model)
    text = ('"It is a sad day," said Lucía Martínez Ortega, a spokesperson for the ministry.\n\n'
            '"The plan will not work," Martínez added.')
    assert speaker_of(nlp, text, "The plan").name == "Lucía Martínez Ortega"
    show = 'She spoke on The Rachel Maddow Show on Monday.\n\n"We will see," Maddow said.'
    assert not speaker_of(nlp, show, "We will see").name.endswith("Show")  # ('Maddow', or 'Rachel Maddow' rules only)


# An age in brackets marks a person and describes no one; a role before a name is no part of it.
# (text, quote, name, description)
AGES_AND_ROLES = [
    ('Siti Nurhaliza (69) said the water had risen.\n\n"The plan will not work," Siti said.', "The plan",
     "Siti Nurhaliza", None),
    ('Farmer Mohammed bin Rashid told reporters: "We have waited long enough."', "We have waited",
     "Mohammed bin Rashid", "Farmer"),
    ('Headteacher Mark Ellis said the school would help. "This is upsetting," he said.', "This is upsetting",
     "Mark Ellis", "Headteacher"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, description", AGES_AND_ROLES, ids=[r[2] for r in AGES_AND_ROLES])
def test_an_age_in_brackets_or_a_role_before_a_name(nlp: Language, fast: bool, text: str, quote: str, name: str,
                                                   description: Optional[str]) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert (speaker.name, speaker.description) == (name, description)


# A pronoun after a sentence whose subject is a definite description is the person the description
# refers to, and a description of a role refers to the person given that role, not to the person
# the text was about who holds another ('The judge', not the defence attorney who spoke last).
JUDGE = ('U.S. District Judge Karen Whitfield sentenced Denise Harlan on Thursday.\n\n'
         'Defense attorney Rebecca Lin argued for probation. '
         '"Prison will not bring back a single dollar," Lin said.\n\n'
         'The judge disagreed. "Restitution is not a substitute for accountability," she said.')


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_pronoun_after_a_description_of_a_role_is_its_holder(nlp: Language, fast: bool) -> None:
    assert speaker_in_mode(nlp, JUDGE, "Prison will not", fast).name == "Rebecca Lin"
    assert speaker_in_mode(nlp, JUDGE, "Restitution", fast).name == "Karen Whitfield"


# 'So said X' and 'That was the message from X' point back to the quote before them, in their paragraph or
# the one before (a quote that is a paragraph of its own), in every mode.
SO_SAID = [
    'Council closes library\n\n"We cannot keep doing this." So said Maria Lopez, the mayor of Springfield.',
    'Council closes library\n\n"We cannot keep doing this."\n\nSo said Maria Lopez, the mayor.',
    'Council closes library\n\n"We cannot keep doing this."\n\nThat was the message from Maria Lopez, the mayor.',
    'Council closes library\n\n"We cannot keep doing this."\n\nThat is how Maria Lopez, the mayor, sums up the '
    'cuts.',
]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text", SO_SAID, ids=["same paragraph", "next paragraph", "the message from", "how"])
def test_so_said_names_the_speaker_of_the_quote_before(request: pytest.FixtureRequest, model: str, text: str) -> None:
    found = quoted(request.getfixturevalue(model), text)
    assert [(q.type, q.speaker.name if q.speaker else None) for q in found] == [("direct", "Maria Lopez")]


# Outlets, wires, pollsters and companies that news names without an organisation's word are
# organisations in every mode, whatever NER or the tagger says ('Forbes', tagged a plural noun;
# 'Xinhua', a person to NER), by their name alone after lower-case words ('the Israeli daily
# Maariv'), unless the article names a person in full with that surname.
KNOWN_ORGANISATIONS = [
    # (text, quote, name, kind)
    ('Talks resumed.\n\nXinhua said the visit was "a great success for both sides."', "a great success",
     "Xinhua", "organization"),
    ('Talks resumed.\n\nForbes reported that "he is a billionaire many times over."', "he is a billionaire",
     "Forbes", "organization"),
    ('Talks resumed.\n\nLe Monde wrote that "France is divided as never before."', "France is divided",
     "Le Monde", "organization"),
    ('Talks resumed.\n\nAl Jazeera reported that "the talks have collapsed after a week."', "the talks have",
     "Al Jazeera", "organization"),
    ('Talks resumed.\n\nThe Israeli daily Maariv reported that "the cabinet met at night."', "the cabinet met",
     "Maariv", "organization"),
    # and with more words after it that open no person's name
    ('Talks resumed.\n\nPolitico Europe reported that "a decision is expected within months."', "a decision is",
     "Politico Europe", "organization"),
    # a surname of a person the article names in full is that person's
    ('Mayor Michael Bloomberg spoke first.\n\n"We are not done yet," Bloomberg said.', "We are not done",
     "Michael Bloomberg", "person"),
]


@pytest.mark.parametrize("nlp_name", BOTH)
@pytest.mark.parametrize("text, quote, name, kind", KNOWN_ORGANISATIONS)
def test_known_organisations_are_organisations(request: pytest.FixtureRequest, nlp_name: str, text: str,
                                               quote: str, name: str, kind: str) -> None:
    nlp = request.getfixturevalue(nlp_name)
    for fast in ([False, True] if nlp_name == "nlp" else [False]):
        speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
        assert (speaker.name, speaker.kind, speaker.anonymous) == (name, kind, False), (fast, speaker)


# 'Gallup found that "…"': a named organisation, or a poll or a study, as the subject of a verb of
# finding is the source of a short quote in the clause it governs (with a parse); not of a term in
# its object.
FINDINGS = [
    # (text, quote, name or None)
    ('Poll news\n\nQuinnipiac found that "voters are split."', "voters are split", "Quinnipiac"),
    ('Poll news\n\nIpsos found that "trust is falling."', "trust is falling", "Ipsos"),
    ('Poll news\n\nThe survey found that "trust is flat."', "trust is flat", "The survey"),
    ('Poll news\n\nThe results also showed the weakness of "establishment" as a label.', "establishment", None),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", FINDINGS)
def test_what_an_organisation_found_is_its_own(nlp: Language, fast: bool, text: str, quote: str,
                                               name: Optional[str]) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    found = [q for q in quotes if q.text.startswith(quote)]
    if name is None:
        assert all(q.speaker is None for q in found if q.type in ("direct", "mixed")), found
        return
    [speaker] = [q.speaker for q in found if q.type in ("direct", "mixed") and q.speaker]
    assert speaker.name == name


# Titles joined by 'and' before one name are that person's roles, not a group ('former Pennsylvania
# Gov. and Democratic National Committee Chairman Ed Rendell'); names joined by 'and' stay a group.
ROLES_OF_ONE = [
    # (text, quote, name, kind)
    ('"He is reprising that role," said former Pennsylvania Gov. and Democratic National Committee Chairman '
     'Ed Rendell.', "He is reprising", "Ed Rendell", "person"),
    ('"We will fight," said Chairman and CEO Tim Cook.', "We will fight", "Tim Cook", "person"),
    ('"We never stop," said President Obama and Vice President Biden.', "We never stop", "Obama and Biden", "group"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, kind", ROLES_OF_ONE)
def test_roles_joined_before_one_name_are_one_person(nlp: Language, fast: bool, text: str, quote: str, name: str,
                                                     kind: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast)
    assert (speaker.name, speaker.kind) == (name, kind)


# A name in apposition after a noun of organisations is an organisation's (with a parse).
ORG_APPOSITIVES = [
    # (text, quote, name)
    ('Talks resumed.\n\nThe Israeli newspaper Yisrael Hayom reported that "the cabinet met at night."',
     "the cabinet met", "Yisrael Hayom"),
    ('Talks resumed.\n\nThe broadcaster, Channel Nine, said: "We stand by our story."', "We stand by",
     "Channel Nine"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", ORG_APPOSITIVES)
def test_a_name_after_a_noun_of_organisations_is_one(nlp: Language, fast: bool, text: str, quote: str,
                                                     name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (speaker.name, speaker.kind) == (name, "organization")


# Without tags, a capitalised name after 'the' is an organisation's ('The Guardian', 'the FBI'),
# unless it is a place, goes on in capitals, or may name people ('the Texan', 'the Founding Fathers').
THE_NAMES = [
    # (text, quote, kind)
    ('Talks resumed.\n\nThe Daily Caller reported that "the minister resigned."', "the minister", "organization"),
    ('Talks resumed.\n\n"Nothing was found," the FBI said.', "Nothing was found", "organization"),
    ('Talks resumed.\n\n"I am not done," the Texan said.', "I am not done", "unknown"),
    ('Talks resumed.\n\n"We deserved more," the Spaniard said.', "We deserved more", "unknown"),
    ('Talks resumed.\n\n"We will act," said the United States in a statement.', "We will act", "organization"),
]


@pytest.mark.parametrize("text, quote, kind", THE_NAMES)
def test_a_name_with_an_article_is_an_organisation_without_tags(blank_nlp: Language, text: str, quote: str,
                                                                kind: str) -> None:
    speaker = speaker_in_mode(blank_nlp, text, quote, False, types=("direct", "mixed"))
    assert speaker.kind == kind, speaker


# Without NER, a surname alone with an appositive describes the person named in full by it, as NER's
# lone surname does: 'the former secretary of state' is Clinton, not the topic Sanders, whom the
# article called a senator.
SURNAME_APPOSITIVES = ('Clinton and Sanders met voters.\n\nHillary Clinton spoke first. Bernie Sanders spoke next.\n\n'
                       'Clinton, the former secretary of state, is part of the establishment. Sanders, the '
                       'independent senator from Vermont, is ambitious.\n\nSanders answered an early question about '
                       'his agenda.\n\nIt was a stark contrast to Clinton. Reprising one of her lines, the former '
                       'secretary of state said that "progress is slow."')


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_surname_alone_with_an_appositive_describes_the_person(nlp: Language, fast: bool) -> None:
    speaker = speaker_in_mode(nlp, SURNAME_APPOSITIVES, "progress is slow", fast, types=("mixed",))
    assert (speaker.name, speaker.description) == ("Hillary Clinton", "the former secretary of state")


# Abbreviated offices are titles ('Pres. Obama', 'Sec. Clinton', 'Atty. Gen. Loretta Lynch'); a
# broadcaster's letters with its channel's number are an organisation ('ABC 7').
ABBREVIATED = [
    # (text, quote, name, kind)
    ("In the April issue of The Atlantic, Pres. Obama admits the 2011 action \"didn't work.\"", "didn't work",
     "Obama", "person"),
    ('"We will review it," said Atty. Gen. Loretta Lynch.', "We will review", "Loretta Lynch", "person"),
    ('Local news affiliate ABC 7 is reporting that a sign read, "Trust in the Force."', "Trust in the Force",
     "ABC 7", "organization"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, kind", ABBREVIATED)
def test_abbreviated_titles_and_channels(nlp: Language, fast: bool, text: str, quote: str, name: str,
                                         kind: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (speaker.name, speaker.kind) == (name, kind)


# A pronoun after a subject that a person's noun heads and a name stands beside is that named
# person, not the owner of the noun ("Emery's assistant, Pako Ayestarán, told reporters …"); the
# owner of a subject that is no person is ("Mazón's government has faced criticism. … he said").
OWNED_SUBJECTS = [
    # (text, quote, name)
    ('Villa boss Unai Emery was left frustrated.\n\nEmery\'s assistant, Pako Ayestarán, told reporters the club '
     'would not appeal the decision. "We move on," he said.', "We move on", "Pako Ayestarán"),
    ('Valencia regional leader Carlos Mazón spoke on Friday.\n\nMazón\'s government has faced criticism for the '
     'late alert. "We did what we could," he said.', "We did what", "Carlos Mazón"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", OWNED_SUBJECTS)
def test_a_pronoun_after_an_owned_subject(nlp: Language, fast: bool, text: str, quote: str, name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, fast).name == name


# A place or time the parser ran into the subject ('Outside court, the charity's chief executive, Tom
# Hughes, said …') is not the speaker; letters of an honour or a seat after a name are no part of it.
COURT_NAMES = [
    # (text, quote, name)
    ('Leung was jailed.\n\nOutside court, the charity\'s chief executive, Tom Hughes, said the sentence sent '
     '"a strong message".', "a strong message", "Tom Hughes"),
    ('Leung was jailed.\n\nLeung\'s barrister, Anna Patel SC, had argued for mercy. "He has lost everything," '
     'she told the court.', "He has lost", "Anna Patel"),
    ('"We will vote against it," said Jane Hill MP, who chairs the committee.', "We will vote", "Jane Hill"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", COURT_NAMES)
def test_fronted_places_and_letters_after_names(nlp: Language, fast: bool, text: str, quote: str, name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (speaker.name, speaker.kind) == (name, "person")


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_an_opening_participles_phrase_is_no_subject(nlp: Language, fast: bool) -> None:
    # 'Reporting from Muscat, Al Jazeera's Rania Khoury said …', parsed with the participle's phrase for
    # the subject and the name an appositive inside it: the name is the source, and what 'she' refers to
    text = ('Talks resumed in Oman.\n\nReporting from Muscat, Al Jazeera\'s Rania Khoury said the mood among '
            'officials was cautiously optimistic.\n\n"The Omanis are being very careful," she said.')
    assert speaker_in_mode(nlp, text, "the mood among", fast, types=("indirect",)).name == "Rania Khoury"
    assert speaker_in_mode(nlp, text, "The Omanis", fast, types=("direct",)).name == "Rania Khoury"


# An unnamed person is withheld though a name sits deeper in the phrase ('A spokesperson for Iran's
# mission to the United Nations'), and 'one of them' after unnamed people is one of those people,
# whatever the lemmatizer makes of 'people'.
UNNAMED_SOURCES = [
    # (text, quote, name)
    ('Talks stalled.\n\nA spokesperson for Iran\'s mission to the United Nations called the reports "baseless '
     'propaganda."', "baseless propaganda", "A spokesperson for Iran's mission to the United Nations"),
    ('Talks stalled.\n\nTwo people briefed on the matter said Treasury officials had drawn up a list of targets. '
     'One of them described the list as "extensive."', "extensive", "One of two people"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", UNNAMED_SOURCES)
def test_unnamed_sources_with_names_near_them(nlp: Language, fast: bool, text: str, quote: str, name: str) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (speaker.name, speaker.kind, speaker.anonymous) == (name, "person", True)


# After a cue, the name after an owner's possessive speaks, the plural's bare apostrophe too
# ("asked Tenants' Union organiser Liam Walsh", "said Al Jazeera's Hiba Morgan").
OWNERS_AFTER_CUES = [
    # (text, quote, name)
    ('"Affordable for whom?" asked Tenants\' Union organiser Liam Walsh.', "Affordable for whom", "Liam Walsh"),
    ('"We are ready," said Al Jazeera\'s Hiba Morgan.', "We are ready", "Hiba Morgan"),
    ('Rents rose.\n\nAccording to the city planner, Sunita Rao, the first homes would be "ready by 2027".',
     "ready by 2027", "Sunita Rao"),
]


@pytest.mark.parametrize("nlp_name", BOTH)
@pytest.mark.parametrize("text, quote, name", OWNERS_AFTER_CUES[:2])
def test_the_name_after_an_owner_speaks(request: pytest.FixtureRequest, nlp_name: str, text: str, quote: str,
                                        name: str) -> None:
    assert speaker_of(request.getfixturevalue(nlp_name), text, quote).name == name


@pytest.mark.parametrize("nlp_name", BOTH)
def test_according_to_a_described_person_is_the_person_named(request: pytest.FixtureRequest, nlp_name: str) -> None:
    text, quote, name = OWNERS_AFTER_CUES[2]  # (the parser makes the name the subject of the clause after it)
    speaker = speaker_of(request.getfixturevalue(nlp_name), text, quote)
    assert (speaker.name, speaker.description, speaker.anonymous) == (name, "the city planner", False)


# A pronoun after a quote is the person a passive main clause before it was about, as an active
# one's subject is ('Torres was unmoved. "…," she said'), not the last speaker who fits.
PASSIVE_TOPICS = ('Governor Sarah Klein and her challenger, state Sen. Maria Torres, traded sharp words on '
                  'Thursday.\n\nKlein defended her record on schools. "We have raised teacher pay," she said.\n\n'
                  'Torres was unmoved. "Teachers are still leaving in droves," she said. "The governor\'s numbers '
                  'don\'t add up."')


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("quote", ["Teachers are still", "The governor's numbers"])
def test_a_pronoun_after_a_passive_topic(nlp: Language, fast: bool, quote: str) -> None:
    assert speaker_in_mode(nlp, PASSIVE_TOPICS, quote, fast).name == "Maria Torres"


# A name NER missed still has its appositive as a description, as without NER; a role noun in
# capitals before a name is no part of it ('Saxophonist Wayne Carter'); quoted words after a name and
# a colon are no description ("Carly Fiorina: 'Bill Clinton's fair game'").
DESCRIBED = [
    # (text, quote, name, description)
    ('Jazz pianist dies at 91\n\nEleanor Voss, the jazz pianist whose recordings in the 1960s influenced a '
     'generation of musicians, has died at her home in New Orleans. She was 91.\n\nBorn in Chicago in 1933, Voss '
     'began playing at the age of four. "I never wanted to do anything else," she told the Guardian in 2019.',
     "I never wanted", "Eleanor Voss",
     "the jazz pianist whose recordings in the 1960s influenced a generation of musicians"),
    ('Obituaries\n\nSaxophonist Wayne Carter, who recorded three albums with her, called her "the bravest musician '
     'I ever knew".', "the bravest musician", "Wayne Carter", "Saxophonist"),
    ("Carly Fiorina: 'Bill Clinton's fair game'\n\nCarly Fiorina said Monday that \"everything is fair game.\"",
     "everything is fair", "Carly Fiorina", None),
    # a role no list holds, by its ending, before a given name; not a given name with such an ending
    ('Rome news\n\nHistorian Mary Beard said: "Rome was never simple."', "Rome was never", "Mary Beard",
     "Historian"),
    ('Rome news\n\nChristian Smith said: "Rome was never simple."', "Rome was never", "Christian Smith", None),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name, description", DESCRIBED)
def test_descriptions_of_names_ner_missed_or_ran_wide(nlp: Language, fast: bool, text: str, quote: str, name: str,
                                                      description: Optional[str]) -> None:
    speaker = speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed"))
    assert (speaker.name, speaker.description) == (name, description)


@pytest.mark.parametrize("nlp_name", BOTH)
def test_a_long_chain_of_owners_after_a_cue_is_read_once(request: pytest.FixtureRequest, nlp_name: str) -> None:
    """'said A's B's C's …', thousands long, is no recursion: one owner is read, then the name."""
    text = '"We won," said ' + "Acme's " * 3000 + "Bob Smith."
    [quote] = quoted(request.getfixturevalue(nlp_name), text)
    assert quote.text == "We won,"


def test_a_label_on_part_of_a_name_says_nothing_of_the_whole() -> None:
    # NER labelled 'Ivanka' a PRODUCT and left 'Trump': the name is read as without NER, a person
    # named there, whom a later 'she' may refer back to
    words = ["Then", "Ivanka", "Trump", "spoke", ".", "Acme", "Corp", "spoke", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              tags=["RB", "NNP", "NNP", "VBD", ".", "NNP", "NNP", "VBD", "."],
              pos=["ADV", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
              ents=["O", "B-PRODUCT", "O", "O", "O", "B-ORG", "I-ORG", "O", "O"])
    annotations(doc)
    assert (1, "Ivanka Trump") in NameIndex(doc).mentions
    tracker = SpeakerTracker(doc)
    ivanka, _ = tracker.resolve([doc[1], doc[2]])
    acme, _ = tracker.resolve([doc[5], doc[6]])
    assert ivanka is not None and ivanka.kind == "person"
    assert acme is not None and acme.kind == "organization"  # a label on the whole name stands


# A newspaper's name in capitals after 'the' ends in no office: it stays the organisation it is.
@pytest.mark.parametrize("model", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
@pytest.mark.parametrize("text", ['"We will fight on," the Daily Star said.',
                                  '"We will fight on," the Toronto Star said.'])
def test_a_newspaper_named_with_a_word_of_people_is_no_description(request: pytest.FixtureRequest, model: str,
                                                                   text: str) -> None:
    nlp = request.getfixturevalue(model)
    [speaker] = [q.speaker for q in extract(nlp, text) if q.type == "direct" and q.speaker]
    assert speaker.kind in ("organization", "unknown") and speaker.name.endswith("Star")


# A reporting clause inside an adverbial clause after a quote ('after …', 'because …', 'when …', and
# a complement's 'that') belongs to that clause, not to the quote before it; a relative 'that' does not
# hide the clause ('the "dirty tricks" that Carson accused …'), nor does a comma before a clause that ends
# the sentence ('"agitated" once the cameras were off, according to a source').
AFTER_AN_ADVERBIAL_CLAUSE = [
    # (text, quote, speaker or None)
    ('Ministers have been accused of "betraying" island communities after the government confirmed the cost.',
     "betraying", None),
    ('His campaign protested that aides were being "disingenuous" because they knew the rules.',
     "disingenuous", "His campaign"),
    ('Cruz argued that if Trump wins "we will see liberals on the court" and that he fears the worst.',
     "we will see", "Cruz"),
    ('The "dirty tricks" that Ben Carson accused Ted Cruz\'s campaign of perpetrating were on show.',
     "dirty tricks", "Ben Carson"),
    ('The owners became "agitated" once the cameras were off, according to a source at the station.',
     "agitated", "a source at the station"),
    # 'though' as an adverb opens no clause
    ('Conceding that the plan "needs more work," though, Smith did insist that it would pass.',
     "needs more work", "Smith"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", AFTER_AN_ADVERBIAL_CLAUSE)
def test_a_clause_inside_an_adverbial_clause_after_a_quote_is_not_its_cue(nlp: Language, fast: bool, text: str,
                                                                           quote: str, name: Optional[str]) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [q] = [q for q in quotes if q.marks is not None and q.text.startswith(quote)]
    assert (q.speaker.mention.text if q.speaker and q.speaker.mention else None) == name


# A dateline's place is never a speaker, though the parse makes it the sentence's subject: the
# appositive after the dateline is ('JACKSON, Miss. - U.S. District Judge Carlton W. Reeves …'), or
# the subject after it; a time after the subject is no part of it ('Sanders's allies on Monday').
DATELINES = [
    # (text, quote, speaker's name)
    ('TALLAHASSEE — Democratic U.S. Rep. Gwen Graham on Friday praised Hillary Clinton as a "work horse, '
     'not a show horse."', "work horse", "Gwen Graham"),
    ('PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement, offering "a deep '
     'and sincere apology" to Sanders.', "a deep and sincere", "The Democratic National Committee"),
    ('JACKSON, Miss. - U.S. District Judge Carlton W. Reeves late Thursday issued an injunction blocking a bill that '
     'would have allowed officials professing a "sincere religious belief" to deny services.', "sincere religious",
     "Carlton W. Reeves"),
    ('HOUSTON, Feb. 3, 2026 /PRNewswire/ -- Greenfield Energy Inc. today announced "record" revenue.', "record",
     "Greenfield Energy Inc."),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", DATELINES)
def test_a_datelines_place_is_no_speaker(nlp: Language, fast: bool, text: str, quote: str, name: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    assert {q.speaker.name if q.speaker else None for q in quotes if q.text.startswith(quote)} == {name}


@pytest.mark.parametrize("text", [
    "TALLAHASSEE — Rep.", "PHILADELPHIA, July 25 (UPI) — The", "RANGOON, Burma - Aung", "NEW YORK (Reuters) - Acme",
    "SAN JOSE, Calif., Jan. 5, 2026 /PRNewswire/ -- Chipco", "BEIRUT, Lebanon (AP) — A",
])
def test_dateline_pattern_reads_wire_and_release_datelines(text: str) -> None:
    assert _DATELINE.match(text)


@pytest.mark.parametrize("text", [
    "The mayor - who spoke", "VOTERS CARE MORE ABOUT CANDIDATES’ ABILITY TO INSPIRE - 'x'", "Smith - not Jones",
])
def test_dateline_pattern_leaves_other_lines(text: str) -> None:
    assert not _DATELINE.match(text)


@pytest.mark.model
def test_a_time_after_a_subject_is_no_part_of_it(nlp: Language) -> None:
    [q] = [q for q in extract(nlp, "Aung San Suu Kyi's political allies on Monday predicted a victory.")
           if q.type == "indirect"]
    assert q.speaker is not None and q.speaker.mention.text == "Aung San Suu Kyi's political allies"


@pytest.mark.model
def test_a_verb_the_parse_hung_in_a_noun_phrase_is_not_its_own_subject(nlp: Language) -> None:
    """'… who profess a "sincere religious belief" deny services', with 'deny' parsed as part of 'deny services':
    no speaker named 'deny services'."""
    text = 'The judge blocked a law letting officials who profess a "sincere religious belief" deny services.'
    assert all(q.speaker is None or "deny" not in q.speaker.name for q in extract(nlp, text))


# The people of crime and disaster news are people, unnamed ones: 'the suspect', 'a bystander', 'a hostage'.
@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, name", [
    ('"I did it," the suspect told officers.', "the suspect"),
    ('"I saw him run," said one bystander.', "one bystander"),
    ('"Help us," a hostage said in the video.', "a hostage"),
    ('"Everyone get down," the gunman shouted, according to witnesses.', "the gunman"),
])
def test_people_of_crime_news_are_people(nlp: Language, fast: bool, text: str, name: str) -> None:
    speaker = speaker_in_mode(nlp, text, text[1:5], fast)
    assert (speaker.name, speaker.kind) == (name, "person")


# Without tags, a word in '-ing' that opens its sentence before an object is a participle, not a name
# that a later pronoun refers to.
def test_a_participle_that_opens_a_sentence_is_no_name_without_tags(blank_nlp: Language) -> None:
    text = ('Defending, Tom Hale said his client was "deeply ashamed" and had since stopped drinking.\n\n'
            'Sentencing him, Judge Sarah Whitcombe said the attack was "cowardly and unprovoked". '
            'She told Price: "You could have killed him."')
    assert speaker_of(blank_nlp, text, "You could have killed him").name == "Sarah Whitcombe"


# 'Crown' is a person's title only before another ('Crown Prince …'): 'Swindon Crown Court' is a court.
@pytest.mark.model
def test_a_crown_court_is_an_organisation(nlp: Language) -> None:
    [found] = [q for q in extract(nlp, "Swindon Crown Court heard that the man had been drinking all day.")
               if q.type == "indirect"]
    assert (found.speaker.name, found.speaker.kind) == ("Swindon Crown Court", "organization")
    prince = 'Crown Prince Mohammed bin Salman said: "We will invest more."'
    assert speaker_of(nlp, prince, "We will invest").name == "Mohammed bin Salman"


# An organisation's name after the words that say what kind it is: those words describe it.
# (text, name, description)
ORGANISATIONS_DESCRIBED = [
    ("Budget airline SkyJet said it would delay delivery of 12 new aircraft.", "SkyJet", "Budget airline"),
    ("Oil giant BP said it would cut its dividend.", "BP", "Oil giant"),
    ("Chipmaker Intel said on Monday it would cut 5,000 jobs.", "Intel", "Chipmaker"),
    ("The Bank of England said rates would stay on hold.", "The Bank of England", None),  # a name with 'of'
    ("A newly formed super PAC said it would spend $10 million.", "A newly formed super PAC", None),  # unnamed
]


@pytest.mark.model
@pytest.mark.parametrize("text, name, description", ORGANISATIONS_DESCRIBED,
                         ids=[r[1] for r in ORGANISATIONS_DESCRIBED])
def test_an_organisations_name_is_after_the_words_of_its_kind(nlp: Language, text: str, name: str,
                                                              description: Optional[str]) -> None:
    [found] = [q for q in extract(nlp, text) if q.type == "indirect"]
    assert (found.speaker.name, found.speaker.description) == (name, description)


# A headline names an office before the story names whoever holds it: the office is that person,
# not an unnamed source ('PM defends …' then 'Prime Minister Anthony Albanese has defended …').
@pytest.mark.model
def test_a_headlines_office_is_the_person_the_story_names_with_it(nlp: Language) -> None:
    text = ("PM defends housing plan amid Senate stalemate\n\n"
            "Prime Minister Anthony Albanese has defended his government's housing plan, saying it would "
            "deliver 1.2 million homes by 2029.")
    headline = [q for q in extract(nlp, text) if q.cue is not None and q.cue.text == "defends"]
    assert [(q.speaker.name, q.speaker.anonymous) for q in headline] == [("Anthony Albanese", False)]
    # nobody the story names holds the office: it stays the office, as does a line with no story after it
    other = "The PM defends housing plan\n\nOpposition leader Peter Dutton said the plan was a thought bubble."
    for found in (extract(nlp, other), extract(nlp, "The PM defends housing plan")):
        [q] = [q for q in found if q.cue is not None and q.cue.text == "defends"]
        assert q.speaker.name == "The PM"


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_standfirsts_title_is_the_person_the_story_names_with_it(nlp: Language, fast: bool) -> None:
    # the line under the headline names the office too ('Judge says …'), before the story names its holder
    text = ("Man told to pay \u20ac1,500 to charity\n\nJudge says behaviour was \"a disgrace to the jersey\"\n\n"
            "A Clare man was told to pay \u20ac1,500 to charity.\n\nJudge Patrick Moylan said he had watched the footage.")
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [q] = [q for q in quotes if q.type == "mixed"]
    assert q.speaker is not None and q.speaker.name == "Patrick Moylan"
    # a line under the headline that ends with a full stop is the story's first sentence, not a standfirst
    story = text.replace('"a disgrace to the jersey"\n', '"a disgrace to the jersey".\n')
    [quotes] = list(extract_many(nlp, [story], fast=fast))
    [q] = [q for q in quotes if q.type == "mixed"]
    assert q.speaker is None or q.speaker.name != "Patrick Moylan"


# Descriptions, pairs and names as news from other countries writes them (the eleventh session's
# rules): a description refers to the person the article gave it as a title, whatever its noun and its
# sex, with a stand-in's word or an adjective of how they seem left out; two people named together are
# 'the couple', 'the pair', 'the two (of them)', 'the two MPs'; a name runs through its hyphen, its
# particles and its honorifics, and is shortened by its last word.
DESCRIBED_AND_NAMED = [
    ('Assistant coroner Philippa Marchbank recorded a narrative conclusion.\n\n'
     '"That is not a system. That is a gamble," the coroner said.', "That is not", "Philippa Marchbank"),
    ('Interim chief executive Dana Price spoke first.\n\n"We will recover," the chief executive said.',
     "We will recover", "Dana Price"),
    ('Jacqueline Orde, chief nurse at Tynedale and Coquet NHS Foundation Trust, gave evidence.\n\n'
     'In a statement, the trust said: "We are deeply sorry."', "We are deeply", "Tynedale and Coquet NHS Foundation Trust"),
    ('The incident controller on the day, Brett Kowalczyk, a career firefighter, agreed the timeline was poor.\n\n'
     '"I would have pushed the warning earlier," the incident controller said.', "I would have", "Brett Kowalczyk"),
    ('Committee chairman Councillor Margaret Ackroyd opened the meeting.\n\n'
     'Cllr Ackroyd thanked the gallery. "You were quieter than my grandchildren," the chairman said.',
     "You were quieter", "Margaret Ackroyd"),
    ('Speaker Jackson Kiptoo arap Chelanga suspended the sitting.\n\n'
     '"This House will not be turned into a market," the Speaker said.', "This House", "Jackson Kiptoo arap Chelanga"),
    ('Gilles Fortin, 78, a retired lumberjack, brought a suitcase.\n\n'
     '"A success is when I sleep in my own bed," the old lumberjack said.', "A success", "Gilles Fortin"),
    ('Captain Sipho Mthembu-Dlamini was warned by the referee.\n\n'
     'Mthembu-Dlamini laughed about it later. "He meant it," the 31-year-old flanker said.', "He meant it",
     "Sipho Mthembu-Dlamini"),
    ('Wombat Creek residents Dianne and Trevor McAuley, whose home was destroyed, watched the hearing.\n\n'
     '"Nobody is looking for someone to hang," the couple said.', "Nobody is", "Dianne McAuley and Trevor McAuley"),
    ('Sylvie Paradis and Denis Lapointe drove out of the village together.\n\n'
     '"We thought it would be one night," the two said.', "We thought", "Sylvie Paradis and Denis Lapointe"),
    ('Two MPs, Grace Wambui Githinji and Abdullahi Bashir Hussein, called for the bill to be sent back.\n\n'
     '"We are not here as government," the two MPs said.', "We are not here",
     "Grace Wambui Githinji and Abdullahi Bashir Hussein"),
    ('Minority Leader Rose Akinyi Okoth-Were said the tax would fall hardest on the poor.\n\n'
     '"She has M-Pesa," Okoth-Were said.', "She has", "Rose Akinyi Okoth-Were"),
    ("Kisumu East MP Fredrick Ouma Nyong'o-Adera grabbed the mace.\n\n"
     "\"I will go back to Kisumu,\" Nyong'o-Adera said.", "I will go back", "Fredrick Ouma Nyong'o-Adera"),
    ('All Blacks captain Wiremu Tāwhiao-Reid spoke first. Fans Thandiwe Nkosi and Ana Lemalu left arm in arm.\n\n'
     'Tāwhiao-Reid said the team would front up.\n\n"We have got a week," the captain said.', "We have got",
     "Wiremu Tāwhiao-Reid"),
    ('Two engineers, Hana Kobayashi-Reyes and Luis Echeverría, set up a spreadsheet.\n\n'
     '"We did not want people alone," Kobayashi-Reyes and Echeverría wrote.', "We did not",
     "Hana Kobayashi-Reyes and Luis Echeverría"),
    ('Its chairman, Haji Syamsul Bahri Lallo, said the count was nearly done.\n\n'
     '"We are not slow," Syamsul told reporters.', "We are not slow", "Syamsul Bahri Lallo"),
    ('Governor Andi Rahmat Pallawa led the count.\n\n"The quick counts are a science," Andi Rahmat told supporters.',
     "The quick counts", "Andi Rahmat Pallawa"),
    ('Aunty Loretta Hood-Jarrah, a Gunaikurnai elder, spoke first.\n\n"This country was burning," she said.',
     "This country", "Loretta Hood-Jarrah"),
    # a name NER took for a firm, set off after an office of a place; a hyphenated surname's first part
    # the parse hung on the verb
    ('Minister Geneviève Trottier-Leblanc, who visited the arena, said no homes had burned.\n\n'
     'The mayor of Lac-Perron, Chantal Lévesque-Ouellet, has slept in the arena since Friday. She walks between '
     'the cots.\n\n"People ask me the same question a hundred times a day," she said.', "People ask",
     "Chantal Lévesque-Ouellet"),
    ('Derek Ofori-Atta, who spent six years in support, said his manager had called him.\n\n'
     'Ofori-Atta said he was not angry with the company.\n\n"Honestly? I saw it coming," he said.', "Honestly",
     "Derek Ofori-Atta"),
    # an office in capitals after words in lower case is an unnamed holder, not a name ('MP')
    ('A senior MP from the ruling coalition, who requested anonymity, said backbenchers were uneasy.\n\n'
     '"Half of the people on our side will vote yes," the MP said.', "Half of", "A senior MP"),
    ('Ferraresi Conti and Inoue-Matsuda, who have worked together since 2014, appeared at the briefing. Giulia '
     'Ferraresi Conti leads the team with Haruka Inoue-Matsuda.\n\n"The asteroid is small," the pair said.',
     "The asteroid", "Giulia Ferraresi Conti and Haruka Inoue-Matsuda"),
    # an initialism the text spelt out is the body it spelt
    ('Senators accused officials of the Department of Public Works and Highways (DPWH) of paying for walls.\n\n'
     'The DPWH said: "We welcome the inquiry."', "We welcome", "Department of Public Works and Highways"),
    # 'That was X's reply' points back as 'That was the reply of X' does
    ('Councillor Ada Okafor voted against the plan.\n\n"Never." That was Okafor\'s only reply when asked about '
     'a compromise.', "Never", "Ada Okafor"),
    # two people named together, each set off by a role or a seat in brackets, are 'the two …'
    ("The family's solicitor, Orla Keane, and their barrister, Declan Moran BL, sought an adjournment.\n\n"
     "'We ask for time, nothing more,' the two lawyers said.", "We ask for time", "Orla Keane and Declan Moran"),
    ('Datuk Ahmad Faizal Azumu (Bukit Mertajam) and Steven Sim (Bayan Baru) held a press conference.\n\n'
     '"The figures do not add up," the two assemblymen said.', "The figures", "Ahmad Faizal Azumu and Steven Sim"),
    # ... also when the two were first described unnamed by the same noun, and named since
    ('A row deepened after two opposition councillors accused the mayor of favouritism.\n\nAt a press '
     'conference, Cllr Maria Santos (Ward 3) and Cllr Peter Okoye (Ward 7) said aid had arrived late.\n\n'
     '"We have photographs," the two councillors said.', "We have photographs", "Maria Santos and Peter Okoye"),
    # 'counsel', with no article, is the counsel a court report named
    ("Counsel for the landlord, Ronan Keogh BL, said the notice was valid.\n\nThe judge asked whether the house "
     "had been offered for sale.\n\n'It has, Judge, and there were no buyers,' counsel replied.", "It has, Judge",
     "Ronan Keogh"),
    # 'One of them, a senior manager …,' is the one the appositive describes, and 'the manager' after
    ('The plan was months old, according to two people familiar with the matter. One of them, a senior engineer '
     'who was not affected, said the list changed often.\n\n"Nobody was laughing," the engineer said.',
     "Nobody was laughing", "a senior engineer"),
    # names a noun of kin sets off are the group, and the noun refers back to them ('his children said')
    ('The singer died on Sunday, her sons, Kwame Mensah and Kofi Mensah, said in a statement.\n\n'
     '"She sang until the end," her sons said.', "She sang", "Kwame Mensah and Kofi Mensah"),
    # Malaysian honours are no part of a name ('Datuk', 'Datuk Seri'), nor a barrister's letters ('BL')
    ('State exco member Datuk Seri Zulkifli Omar rejected the claim.\n\n"Every family was helped," Zulkifli said.',
     "Every family", "Zulkifli Omar"),
    ('Counsel for the landlord, Fiona Hegarty BL, said the notice was valid.\n\n"It was served twice," Ms Hegarty said.',
     "It was served", "Fiona Hegarty"),
    # a body spelt out before an initialism written as a word ('Nato', 'Nadma') is that body
    ('The National Flood Response Agency (Nafra) sent boats.\n\nNafra said in a statement: "All roads are open."',
     "All roads", "National Flood Response Agency"),
    # 'the company' after the one firm whose name ends 'Company', named in a clause of time, past a participle
    ('When the state-owned Baltic Timber Company closed the sawmill, 400 jobs went.\n\nThe mayor spoke first. '
     'Residents gathered.\n\n"We offered every worker a transfer," the company said.', "We offered",
     "Baltic Timber Company"),
    # the sex a noun of kin in apposition gives a name that tells none: 'she' is not the father; given
    # names of Central Europe, the Nordic countries and the Baltic states tell it too ('Tomaž')
    ('Pasang Diki Lama runs the lodge. Her father, Dorje Wangdi Lama, carried loads for thirty years.\n\n'
     '"He never spoke of the summit," she said.', "He never spoke", "Pasang Diki Lama"),
    ('Pasang Diki Lama runs the lodge.\n\nTomaz Kranjc, speaking by phone, said he now books around her.\n\n'
     '"They will complain," she says.', "They will complain", "Pasang Diki Lama"),
    # a name set off after a role, after a noun of kin, is the subject's name ('His daughter, the set designer …')
    ('The sculptor died on Sunday. His son, the cameraman Tomas Vrba, said he died at home.\n\n'
     '"He was carving until the end," his son said.', "He was carving", "Tomas Vrba"),
    # 'the Board' in capitals is the body named '… Board' before; a plural owner's mark is part of a name
    ('KUMASI - The Ghana Timber Board has cut its forecast.\n\nIn a statement on Tuesday, the Board said exports '
     'fell.\n\n"The decline is regrettable," the Board said.', "The decline", "Ghana Timber Board"),
    ('The Gozo Fishermen\u2019s Union and the Marsaxlokk Boat Owners\u2019 Association urged members to attend.\n\n'
     '\u2018The harbour is not for sale,\u2019 the association wrote.', "The harbour",
     "Marsaxlokk Boat Owners\u2019 Association"),
    # without NER, a given name no list holds before a known one is the name's too, when the parse joins
    # them, but no party's member ('Democrat Hillary Clinton') and no title ('Prefect')
    ('"I have given twenty-two years," said chief selector Faraz Ahmed Qureshi on Thursday.', "I have given",
     "Faraz Ahmed Qureshi"),
    ('The rally was loud. "We will win," said Democrat Hillary Clinton on Monday.', "We will win",
     "Hillary Clinton"),
    ('"The water is rationed," said Prefect Isabelle Lacoste on Tuesday.', "The water", "Isabelle Lacoste"),
    ('"We are ready," said Del. Eleanor Holmes Norton of the District of Columbia.', "We are ready",
     "Eleanor Holmes Norton"),
    # a role in capitals before a given name is no part of the name ('Animator', 'Auctioneer', 'Consultant')
    ('Conservator Zuzana Holubová spent a year on the puppets.\n\n"They were fragile," Holubová said.',
     "They were", "Zuzana Holubová"),
    # a role a named subject's clause gives with 'as' is a title the description fits
    ('Ms Amina Juma Mrisho, 38, was testifying as the fourth prosecution witness.\n\n"I saw the cash," the witness '
     'said.', "I saw the cash", "Amina Juma Mrisho"),
    # 'the official' for the latest withheld person, whatever noun described them first
    ("A member of the club's board, who asked not to be identified because he was not authorised to speak, said "
     'the board would meet.\n\n"Nobody will be sacked tonight," the official said.', "Nobody will",
     "A member of the club's board"),
    # a body named '… Academy' is 'the academy'; an elder's 'Mzee' is no part of his name
    ('On Monday the National Film Academy said the prize would bear his name.\n\n"He taught us patience," the academy said.',
     "He taught us", "the National Film Academy"),
    ('Retired teacher Baraka Juma Mollel, 72, told the court he lost his plot.\n\n"I only want my land back," '
     'Mzee Mollel added.', "I only want", "Baraka Juma Mollel"),
    # a title that holds the description's noun and one of its names is the topic's ('Senate Minority Leader Harry
    # Reid' is 'the Senate Democratic leader'), and a name the tagger read as a plural noun is still a name ('Sanders')
    ('Obama called both candidates. Senate Minority Leader Harry Reid met Sanders at the Capitol. Sanders also plans '
     'to meet Clinton that day.\n\n"It is not a one-way street," Reid said in an interview. Reflecting on his career, '
     'the Senate Democratic leader said, "I never knew what would happen."', "I never knew", "Harry Reid"),
    # a role a comma sets off right before a name is a title the article gives it ('The incident controller on
    # the day, Brett Kowalczyk, …' … 'the incident controller said'), the parse making both the verb's subjects
    ('The incident controller on the day, Brett Kowalczyk, a career firefighter with the forest service, agreed the '
     'timeline was bad.\n\n"We had one line-scan that was old," he said.\n\nUnder questioning from Commissioner Helen '
     'Papadakis-Moore, he acknowledged he had not been told.\n\n"I would have pushed the warning earlier," the '
     'incident controller said.', "I would have", "Brett Kowalczyk"),
    # a surname alone is the one person the attribution named in full with it, whom NER took for a body
    ('Dragons director of rugby Iestyn Harries refused to single out his young fly-half.\n\n"Sam has won us plenty '
     'of games," said Harries.', "Sam has won", "Iestyn Harries"),
    # 'who' hung on a place a participle's phrase names is the person's ('a nurse working in the district, who …')
    ('A nurse working in the district, who asked not to be named because she feared losing her job, said wards '
     'were full.\n\n"We have two doctors for the whole valley," she said.', "We have two", "A nurse"),
    # a Portuguese name runs through 'dos' and 'das', and a family name of two words is the name of three or more it
    # ends ('Anísio Bastos Filho … Bastos Filho said'), in every mode with a parse
    ('Singer Paulo Roberto dos Santos, 61, led the parade.\n\n"I sang with my throat," Santos said.',
     "I sang", "Paulo Roberto dos Santos"),
    ('An\u00edsio Bastos Filho founded the samba school in a backyard in 1961.\n\n"My father founded this school," '
     'Bastos Filho said.', "My father", "An\u00edsio Bastos Filho"),
    # the subject of a main clause joined to the first is the nearer topic, when a person's name ('The Briton
    # attacked twice, but Villalba … followed'), and not a place's, as teams are named ('but Kerala made …')
    ('Andr\u00e9s Villalba (Meridian-Velo) kept the yellow jersey, and Ellis Warrender (Halcyon) led the favourites '
     'home.\n\nArdent sports director Pieter Claes said the team had targeted the stage.\n\nThe race for yellow '
     'ignited 7km from the summit. The Briton attacked twice, but Villalba, who began the day with a lead of 1:21, '
     'followed the first move.\n\n"The legs were good today," said the 25-year-old Colombian.', "The legs were",
     "Andr\u00e9s Villalba"),
    ('The result was never in doubt, but Kerala made Vidarbha work for every session.\n\nKerala coach Amay '
     'Khurasiya was less diplomatic. The former India batter described the pitch as "a road".\n\n"I\'m not '
     'blaming the groundsmen," he said.', "I'm not blaming", "Amay Khurasiya"),
    # an Irish police officer's rank is a title ('Garda Aoife Brennan … Garda Brennan said', '… the garda said')
    ('Garda Aoife Brennan told the court the man was drunk.\n\n"He was very intoxicated, Judge," Garda Brennan '
     'said.', "He was very", "Aoife Brennan"),
    ('Garda Aoife Brennan told the court the man was drunk.\n\n"He was mortified, to be fair to him," the garda '
     'said.', "He was mortified", "Aoife Brennan"),
    # a court's justice is its judge ('Justice Gaolape Sebina … the judge said'), not the attorney who spoke last
    ('Defence attorney Mpho Kelebonye suggested the witness had lied.\n\n"You were angry," Kelebonye said.\n\n'
     'People in the gallery murmured, prompting Justice Gaolape Sebina to warn that she would clear the courtroom.'
     '\n\n"This is a court of law," the judge said.', "This is a court", "Gaolape Sebina"),
]

@pytest.mark.parametrize("text, author", [
    ("The weaver of Bonwire\n\nBy Imogen Lowther\n\nAfua Kesse sits at her loom.", "Imogen Lowther"),
    ("Court report\n\nBy Rachel Ng, Court Reporter\n\nA man was jailed.", "Rachel Ng"),
    ("Interview\nBy Nandini Raghavan | Mumbai\n\nArjun Deshpande is early.", "Nandini Raghavan"),
    ("Council row\n\nBy Neil Garvey at Mill Lane\n\nThe vote was close.", "Neil Garvey"),
    # a name's capitals of any alphabet, and its particles
    ("A hundred years of Ballinure\n\nBy Ciar\u00e1n \u00d3 Murch\u00fa\n\nPeadar Kinsella still has the boots.",
     "Ciar\u00e1n \u00d3 Murch\u00fa"),
    ("Drought\n\nBy Ana de la Cruz, Reporter\n\nThe rain did not come.", "Ana de la Cruz"),
    ("INTERVIEW: The captain\n\nBy Chen Yu-ting  /  Staff reporter\n\nPanay Kacaw, 41, commands a ship.",
     "Chen Yu-ting"),
    ("Brewing\n\nBy Kate\u0159ina \u0160imkov\u00e1\n\nThe brew day starts at five.", "Kate\u0159ina \u0160imkov\u00e1"),
    # an interview's standfirst that names its writer in a sentence of its own
    ("We bake for the bin\n\nThe founder says she will close her shops. Lars Bech Nielsen met her in N\u00f8rrebro."
     "\n\nMette Holm opened her first shop in 2016.", "Lars Bech Nielsen"),
    ("The quiet one\n\nShe has sold a million records. She talks to Simon Hale.\n\nAda Bell is late.", "Simon Hale"),
    ("The quiet one\nInterview by Simon Hale\n\nAda Bell is late.", "Simon Hale"),
    # a name alone on a line under the headline, opening with a given name
    ("Interview: The Tartu founder\n\nMarta Kask\n\nLiisa Tamm, 33, spent six years counting trees.", "Marta Kask"),
    # ... or opening a line of the outlet and the time, set off by dots or bars
    ("Ticks are spreading\n\nAdam Fournier \u00b7 CBC News \u00b7 Posted: May 28, 2025 4:00 AM EDT\n\n\"We are "
     "losing the winter.\"", "Adam Fournier"),
    ("Ticks are spreading\n\nLocal News \u00b7 CBC News \u00b7 Posted: May 28, 2025\n\nTicks bite.", None),
    # ... not one the story names again, nor capitals that open with no given name
    ("Election\n\nJohn Smith\n\nJohn Smith said he would run.", None),
    ("Election\n\nHouse Committee\n\nThe committee met.", None),
    # ... not someone the story names again
    ("Talks\n\nJoe Biden met him at the White House.\n\nBiden said the talks went well.", None),
    # two writers are no one 'I'; a sentence that opens with 'By' is no byline, nor one far down the text
    ("Storm\n\nBy Karin Holm and Daniel Osei\n\nRain fell.", None),
    ("By winning the Republican primary in Ohio, John Kasich picked up all 66 delegates.", None),
    ("A\n\nB\n\nC\n\nD\n\nE\n\nF\n\nG\n\nBy Imogen Lowther", None),
])
def test_the_writer_a_byline_names(text: str, author: str) -> None:
    from quotex.attribution.speakers import byline_author

    assert byline_author(text) == author


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_i_outside_quotes_is_the_bylines_writer(nlp: Language, fast: bool) -> None:
    text = ("The weaver of Bonwire\n\nBy Imogen Lowther\n\nAfua Kesse sits at her loom.\n\n"
            "\u201cDo you ever think about hiring help?\u201d I ask.\n\n\u201cEvery day,\u201d she says.")
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    assert [(q.speaker.name, q.speaker.mention.text) for q in quotes if q.type == "direct"] == [
        ("Imogen Lowther", "I"), ("Afua Kesse", "she")]


@pytest.mark.parametrize("text, spelt", [
    ("the Department of Public Works and Highways (DPWH) said", {"dpwh": "Department of Public Works and Highways"}),
    ("the paramilitary Rapid Support Forces (RSF) and the army", {"rsf": "Rapid Support Forces"}),
    ("Citizens for Responsibility and Ethics in Washington (CREW)",
     {"crew": "Citizens for Responsibility and Ethics in Washington"}),
    ("the Election Supervisory Agency (Bawaslu)", {}),  # not its initials
    # an initialism written as a word: its first letter the name's, its initials in its letters in order
    ("the National Disaster Management Agency (Nadma) said", {"nadma": "National Disaster Management Agency"}),
    ("the North Atlantic Treaty Organization (Nato)", {"nato": "North Atlantic Treaty Organization"}),
    ("Lim Wei Ming (Labour) said", {}),
    # an 'and' in the name may be a letter of it
    ("The Water and Sewerage Authority (WASA) said", {"wasa": "Water and Sewerage Authority"}),
    ("Acme Holdings (AB) said", {}),
    # the one body named in full elsewhere whose initials the letters are; none when two are
    ("the Qatar Football Association met. The QFA said.", {"qfa": "Qatar Football Association"}),
    ("the Qatar Football Association and the Qatar Fencing Association met. The QFA said.", {}),
])
def test_the_initialisms_a_text_spells_out(text: str, spelt: dict) -> None:
    from quotex.attribution.speakers import acronyms

    assert acronyms(text) == spelt


# Whom a subject or a pronoun is, read off news in other outlets' styles.
ADDRESSED = [
    # whom a person tells follows 'told', never the speaker ('…, told the Taipei Times'), and a
    # parenthesis after the name before the appositive is passed over
    ('\u201cWe were surprised by how uniform it was,\u201d lead author Lin Mei-hua (\u6797\u7f8e\u83ef), an associate '
     'professor at the university, told the Taipei Times by telephone.', "We were surprised", "Lin Mei-hua"),
    ('\u201cWe were surprised,\u201d Dr Anna Berg, an associate professor at the university, told the Taipei Times.',
     "We were surprised", "Anna Berg"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_year_is_no_part_of_who(nlp: Language, fast: bool) -> None:
    """'which the royal commission in 2023 described as "…"': when is no part of who."""
    text = ("The hearing returned to the robodebt scheme, which the royal commission in 2023 described as a "
            "\u201ccrude and cruel mechanism\u201d.")
    assert speaker_in_mode(nlp, text, "crude", fast, types=("mixed",)).name == "the royal commission"


# A described person whose sentence gives the name they would give is named so, and not withheld.
NAMED_ONLY_AS = [
    ('"Every time there is a strike they bring a table," said one resident, a young man who gave his name only as '
     'Edwin.', "Every time", "Edwin", False),
    ('A nurse, who identified herself only as Grace, said: "We have two doctors."', "We have two", "Grace", False),
    # a camp or a nation is no name
    ('A voter, who identified himself as Republican, said: "I am undecided."', "I am undecided", "A voter", True),
    # a pseudonym a court or an inquiry gives names the person, who stays withheld, and 'he' after
    ('"I saw the flames," said a volunteer firefighter, identified only as Witness K.', "I saw the flames",
     "Witness K", True),
]


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, name, anonymous", NAMED_ONLY_AS)
def test_the_name_a_described_person_gives_names_them(request: pytest.FixtureRequest, model: str, text: str,
                                                      quote: str, name: str, anonymous: bool) -> None:
    speaker = speaker_of(request.getfixturevalue(model), text, quote)
    assert (speaker.name, speaker.anonymous) == (name, anonymous)


@pytest.mark.parametrize("model", MODEL)
def test_a_participle_that_is_a_preposition_sets_off_no_subject(request: pytest.FixtureRequest, model: str) -> None:
    """'a senior official, speaking on condition of anonymity, told …' is the official's; 'many of the
    people interviewed for this article, including top officials, worry …' is not the article's."""
    nlp = request.getfixturevalue(model)
    text = ("Many of the people interviewed for this article, including top campaign officials, privately worry "
            "about the questions. A senior board official, speaking on condition of anonymity, told Dawn that "
            "Kamran Malik was the frontrunner.")
    names = {q.speaker.name for q in extract(nlp, text) if q.speaker is not None}
    assert "this article" not in names and "a senior board official" in {n.lower() for n in names}


@pytest.mark.parametrize("model", BOTH)
@pytest.mark.parametrize("text, quote, name", ADDRESSED)
def test_whom_a_person_tells_is_not_who_tells(request: pytest.FixtureRequest, model: str, text: str, quote: str,
                                              name: str) -> None:
    assert speaker_of(request.getfixturevalue(model), text, quote).name == name


# With the parse and NER: a given name the tagger took for a common noun is the person NER says
# ('Chhiring became briefly famous'), where an expedition goes is no one ('to Ama Dablam'), a role
# NER took into a name is no part of it ('Animator Veronika Hájková'), and the sex a pronoun gives the
# topic it refers to is hers ('Lee Da-eun, 29, queued … "…," she said': no 'he' after).
WITH_NER = [
    ('Han Ji-woo, 38, arrives late for the interview. "I used to read the comments," the 38-year-old says.\n\n'
     'At a preview screening in Daegu last month, Lee Da-eun, 29, queued for three hours to see him.\n\n"I was 15 '
     'when he played the pharmacist," she said.\n\nWould he return to television? He is quiet for a long time.\n\n'
     '"Maybe. If the story is good," he says.', "Maybe", "Han Ji-woo"),
    ('Animator Veronika H\u00e1jkov\u00e1, who worked with him on his last three films, said he could spend a day on '
     'one shot.\n\n\u201cAnd he was right,\u201d she recalled.', "And he was", "Veronika H\u00e1jkov\u00e1"),
    ('Chhiring Lhamu Sherpa, 34, is a guide. An official at the Department of Tourism said the department did '
     'not record it.\n\n\u201cHonestly, nobody has asked before,\u201d the official said.\n\nChhiring became briefly '
     'famous in 2021, when she appeared in a documentary. She says the film was kind to her.\n\n\u201cIn real life '
     'there is no music.\u201d', "In real life", "Chhiring Lhamu Sherpa"),
    ('Her daughter, Chhiring Lhamu Sherpa, sits in the corner, working out the cost of a 28-day expedition to Ama '
     'Dablam for a group of climbers. She talks about her father readily.\n\n\u201cMy father never talked about the '
     'mountain.\u201d', "My father never", "Chhiring Lhamu Sherpa"),
]


@pytest.mark.model
def test_without_ner_a_given_name_read_as_a_noun_is_the_person_named_in_full_by_it(nlp: Language) -> None:
    """Fast mode: 'Chhiring' (a common noun to the tagger) is the subject's name, as the article named
    'Chhiring Lhamu Sherpa' in full."""
    text = next(t for t, _, _ in WITH_NER if t.startswith("Chhiring Lhamu Sherpa, 34"))
    assert speaker_in_mode(nlp, text, "In real life", True).name == "Chhiring Lhamu Sherpa"


@pytest.mark.model
@pytest.mark.parametrize("text, quote, name", WITH_NER)
def test_what_ner_tells_of_a_topic(nlp: Language, text: str, quote: str, name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, False).name == name


# What these rules leave as it was: a noun of an organisation in a title ('campaign manager') is no
# description of the person ('the campaign'); a kin noun keeps its sex ('her husband' is not the woman
# whose appositive mentions him); a lone first name that is someone's surname takes no other surname.
NOT_DESCRIBED = [
    ('Campaign manager Robby Mook wrote to donors.\n\n"We are ahead," the campaign said.', "We are ahead", "the campaign"),
    ('Hillary Clinton, an attorney by the time her husband took office, spoke first.\n\n'
     '"I am proud of him," her husband said.', "I am proud", "her husband"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", DESCRIBED_AND_NAMED + NOT_DESCRIBED)
def test_descriptions_pairs_and_names_of_other_news(nlp: Language, fast: bool, text: str, quote: str,
                                                    name: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [q] = [q for q in quotes if q.type == "direct" and q.text.startswith(quote)]
    assert q.speaker is not None and q.speaker.name == name


# Names and references of news from Ghana, Nigeria, India, Fiji, Chile, Iceland, the Philippines, Canada,
# Ireland and Bolivia, in both modes: the name the article goes by with its middle names when it writes that
# form as often ('Tyler Dawson Friesen'), not when it goes by the shorter one; a story's name over a
# headline's ('Late Fahy point sinks Cork'); honours before a name ('Comrade', 'Rt Hon.'); an office by its
# initials ('the ASG'); a person called by where they are from ('the Nadi man'), unless an unnamed one was;
# the name set off after 'One of them'; a body's name through 'of' or 'on'; 'the group' for a body an
# appositive called a group; a son named by a given name after his family's surname.
OTHER_OUTLETS_NAMES = [
    ("Tyler Friesen, 34, was jailed on Friday.\n\nTyler Dawson Friesen, who pleaded guilty in February, was "
     "sentenced to six years.\n\n\u201cI took your son,\u201d Friesen said.",
     "I took your son", "Tyler Dawson Friesen"),
    ("The saxophonist Clarence \u201cSmokestack\u201d Avery has died. Clarence \u201cSmokestack\u201d Avery was 89.\n\n"
     "He was born Clarence Edward Avery in 1935.\n\n\u201cI decided it wasn\u2019t,\u201d Avery said in 1998.",
     "I decided", "Clarence Avery"),
    ("Late Fahy point sinks Cork\n\nSubstitute Conor Fahy scored the winner in the 74th minute.\n\n"
     "Fahy, asked about it, laughed. \u2018I never had a chance,\u2019 he said.", "I never had", "Conor Fahy"),
    ("Addressing journalists in Abuja, the NLC President, Comrade Benson Uchenna Okafor, said workers had no "
     "choice.\n\n\u201cWe went into that meeting with an open mind,\u201d Okafor said.", "We went into",
     "Benson Uchenna Okafor"),
    ("Members shouted, forcing the Speaker, Rt Hon. Emmanuel Kofi Nartey, to call the House to order.\n\n"
     "\u201cHonourable members, this is not a football park,\u201d the Speaker said.", "Honourable members",
     "Emmanuel Kofi Nartey"),
    ("Appearing for the Union of India, Additional Solicitor General Rakesh Bhandari submitted that the widening "
     "was essential.\n\n\"We are not cutting trees for fun, My Lord,\" the ASG said.", "We are not cutting",
     "Rakesh Bhandari"),
    # ... and the initials news in East Africa writes a cabinet secretary by ('Transport Cabinet Secretary Dr …')
    ("Transport Cabinet Secretary Dr Nelson Kiprono said the operation would target every vehicle.\n\n\"We are "
     "fighting lawlessness,\" the CS told journalists.", "We are fighting", "Nelson Kiprono"),
    ("Captain Waisea Nacolai, who scored the opening try of the final, dedicated the win to supporters.\n\n"
     "\u2018To all the people in Fiji, vinaka vakalevu,\u2019 the Nadi man said.", "To all the people",
     "Waisea Nacolai"),
    ("Coach Osea Kolinisau named his squad.\n\nA Nadi man, who declined to be named, was waiting outside.\n\n"
     "\u2018We will win it,\u2019 the Nadi man said.", "We will win", "A Nadi man"),
    ("Opposition deputies have accused the government of secrecy. One of them, Rodrigo Saavedra, wrote on X "
     "last month: \u201cWhat are they hiding?\u201d", "What are they hiding", "Rodrigo Saavedra"),
    ("The National Association of Small Boat Owners issued a statement on Sunday.\n\n\"Every summer the coastal "
     "season closes earlier,\" the statement said.", "Every summer", "The National Association of Small Boat Owners"),
    # given names of Spain and Latin America, Ireland and Pakistan the lists lacked ('Hernán', 'Paddy')
    ("At his press conference, Nacional coach Hern\u00e1n Dar\u00edo Villa admitted his side had been poor.\n\n"
     "\u201cWe were slow,\u201d Villa said.", "We were slow", "Hern\u00e1n Dar\u00edo Villa"),
    ("Former Waterford All-Star Paddy Flynn summed up the mood on social media. \u2018What a finish,\u2019 he "
     "posted on X.", "What a finish", "Paddy Flynn"),
    # a person's noun no list holds, set off before a name ('His TUC counterpart, Comrade …,'), names the person
    ("Okafor said the congress had directed its affiliates to comply.\n\nHis TUC counterpart, Comrade Tunde "
     "Adeyemi-Bakare, said the two labour centres were united. \u201cNobody should think they can divide us,\u201d "
     "he said.", "Nobody should", "Tunde Adeyemi-Bakare"),
    # the name a linking verb gives a noun of people is whom 'she' after it refers to
    ("\u201cOne mother told me they were using our children,\u201d the nurse recalls.\n\nThat mother was "
     "A\u00efssatou Hamadou, 26, a trader at the Mandjou market. She is here again this morning with her son.\n\n"
     "\u201cI was afraid, it is true,\u201d she says.", "I was afraid", "A\u00efssatou Hamadou"),
    # an age and a noun of a person refer to the person named before, whatever the noun ('the 67-year-old magistrate')
    ("Dissenting, Justice Edson Tavares Maranh\u00e3o said the majority was \"closing its eyes\" to workers.\n\n"
     "\"If that is not a boss, I do not know what a boss is,\" the 67-year-old magistrate said.", "If that is not",
     "Edson Tavares Maranh\u00e3o"),
    # 'the elder' of a family, with its surname: the one of that surname named last, a parent after the child
    ("Dovydas Jankauskas, 19, expects his call-up this spring. \u201cAt least with this system you know,\u201d he "
     "said.\n\nHis father, Tomas Jankauskas, who served in the Soviet army, said he was surprised.\n\n\u201cIn my "
     "time, everybody tried to get out of it,\u201d the elder Jankauskas said.", "In my time", "Tomas Jankauskas"),
    # ... the elder or the younger by the ages the article gave, or by whom it called a parent or a child, not
    # whoever it named last
    ("Tiago Sardinha, 52, is contesting his 25th Grand Prix. His son Duarte Sardinha, 19, is making his debut.\n\n"
     "\"I am proud,\" the elder Sardinha said.", "I am proud", "Tiago Sardinha"),
    # ... the given name NER left out of a name after a courtesy title its own ('Mr [Moses] Ssekandi')
    ("At Nakasero Market, Mr Moses Ssekandi, 58, who has ridden a boda boda for 19 years, parked next to his son, "
     "Brian Ssekandi, 24.\n\n\u201cI educated all my six children with this motorcycle,\u201d the elder Ssekandi "
     "said.", "I educated", "Moses Ssekandi"),
    ("Former governor Jorge Daza Pinto is seen as the power behind the campaign of his son, Andr\u00e9s Daza Ariza, "
     "who is running for governor.\n\n\"I am not my father,\" the younger Daza told Blu Radio.", "I am not",
     "Andr\u00e9s Daza Ariza"),
    # a body's name opening a sentence, for 'the commission' after it ('Climate Change Commission chair …')
    ("The levy was announced on Monday.\n\nClimate Change Commission chair Dr Ngaire Pohatu welcomed the bill.\n\n"
     "The commission\u2019s latest progress report, published in June, says methane must fall. \u201cCurrent policy "
     "settings are unlikely to deliver reductions,\u201d the report says.", "Current policy",
     "Climate Change Commission"),
    # a written reply and a court's judgment speak for who gave them
    ("The General Staff of the Lithuanian Armed Forces said in a written reply to LRT English that the army could "
     "absorb a larger intake.\n\n\u201cThe armed forces are ready to train as many conscripts as the state provides "
     "resources for,\u201d the reply said.", "The armed forces", "The General Staff of the Lithuanian Armed Forces"),
    ("In a judgment delivered on Tuesday, Justice Rosemary Nakitende ruled that the title had been obtained without "
     "consent.\n\n\u201cA registered proprietor cannot claim to be a bona fide purchaser,\u201d the judgment reads.",
     "A registered", "Rosemary Nakitende"),
    # a title and a given name, as Thai news names people, for a name no first name or NER marked a person's
    ("The agency issued a red card to Kanyarat Phromma of the Thai Progress Party.\n\nMs Kanyarat, a 38-year-old "
     "former councillor, denied any wrongdoing. \u201cI will appeal,\u201d she said.", "I will appeal",
     "Kanyarat Phromma"),
    # 'he' after a witness a pseudonym names ('identified only as Witness K')
    ("A volunteer firefighter, identified only as Witness K, gave evidence from behind a screen. He described "
     "driving a tanker down Pardoe Road.\n\n\u201cI had a mum and two kids in a ute in front of me,\u201d he said.",
     "I had a mum", "Witness K"),
    ("Bike Brandon, a local cycling advocacy group, said in a post that it would hold a memorial ride.\n\n"
     "\u201cRide with us on Saturday,\u201d the group wrote.", "Ride with us", "Bike Brandon"),
    ("Mayor Ramon Bautista was shot dead on Sunday.\n\nBautista's eldest son, Paolo, a 29-year-old nurse based in "
     "Dubai, said he was flying home.\n\n\"My father always said politics is service,\" he said.",
     "My father always", "Paolo Bautista"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", OTHER_OUTLETS_NAMES)
def test_names_and_references_of_other_outlets(nlp: Language, fast: bool, text: str, quote: str, name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, fast).name == name


def test_a_person_called_by_where_they_are_from_is_named_not_withheld(nlp: Language) -> None:
    text = next(t for t, _, _ in OTHER_OUTLETS_NAMES if "the Nadi man said" in t and "Captain" in t)
    assert not speaker_in_mode(nlp, text, "To all the people", False).anonymous


# With NER: a couple named as a person and her husband ('X and her husband, Y,'), whatever NER made of her
# name; 'the brothers' for two named together.
PAIRS_OF_KIN = [
    ("Among the crowd were Geertje Bosma-Hoekstra and her husband, Hendrik Bosma, who keep 140 dairy cows.\n\n"
     "\"We drove four hours to be here,\" the couple said together.", "We drove",
     "Geertje Bosma-Hoekstra and Hendrik Bosma"),
    ("He mentored many musicians, including his twin grandsons, the trumpeters Marcus and Malik Bell.\n\n"
     "\u201cHe taught us the hard way,\u201d the brothers said in a joint statement.", "He taught us",
     "Marcus and Malik Bell"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, quote, name", PAIRS_OF_KIN)
def test_a_pair_of_kin_named_before(nlp: Language, text: str, quote: str, name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, False).name == name


# With NER: a body a spokeswoman spoke for is 'the company' ('Strathmore Land and Homes', which the parse
# splits at 'and'); a family name inside a name NER calls a person's ('Javiera Soto Contreras … Soto said',
# a first name no list holds); a participle the parse took for the subject, with the office and name
# after its comma ('Reacting, the Minister …, Dr Halima Abubakar-Sule, described …').
OTHER_OUTLETS_WITH_NER = [
    ("A spokeswoman for Strathmore Land and Homes welcomed the decision. In a statement, the company said it "
     "would work with the community.\n\n\u2018Kinnaird will provide homes,\u2019 the statement said.",
     "Kinnaird will", "Strathmore Land and Homes"),
    ("Her daughter, Javiera Soto Contreras, 19, sleeps in the family car.\n\n\u201cMy mother won\u2019t leave the "
     "land,\u201d Soto said.", "My mother", "Javiera Soto Contreras"),
    ("He said the unions were united.\nReacting, the Minister of Labour and Employment, Dr Halima Abubakar-Sule, "
     "described the strike as \u201cunnecessary and unpatriotic\u201d, insisting the government had shown good "
     "faith.", "unnecessary", "Halima Abubakar-Sule"),
    ("He said the unions were united.\nReacting, the Minister of Labour, Dr Halima Abubakar-Sule, said the strike "
     "was \u201cunnecessary and unpatriotic\u201d.", "unnecessary", "Halima Abubakar-Sule"),
    # with NER: a participle of speech set off by a comma at the end of a clause, which the parse hung on a phrase
    # set off inside it, is the clause's subject's
    ("At Chitipa on Tuesday, about 300 farmers gathered outside the locked depot, some with sacks tied to bicycles, "
     "chanting \u201cTikufuna mtengo wabwino!\u201d", "Tikufuna", "about 300 farmers"),
    # a family name behind a particle that NER cut off
    ("According to his mother, the cleaner Ros\u00e2ngela Aparecida dos Santos, 44, the boy was "
     "shot.\n\n\u201cMy son had a backpack, not a gun,\u201d Ros\u00e2ngela said.",
     "My son had", "Ros\u00e2ngela Aparecida dos Santos"),
    # a word in capitals that opens a sentence, that NER left alone and no one is named by, is no one a pronoun
    # refers to
    ("Trouble began when council leader Ahmad Karimi rose to speak. Chaos followed.\n\n\u201cWhere is the money?"
     "\u201d he said.", "Where is the money", "Ahmad Karimi"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, quote, name", OTHER_OUTLETS_WITH_NER)
def test_names_and_references_of_other_outlets_with_ner(nlp: Language, text: str, quote: str, name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, False, types=("direct", "mixed")).name == name


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_the_bylines_writer_says_no_quote_by_nearness(nlp: Language, fast: bool) -> None:
    """The writer a byline names is 'I' outside quotes; a clause of hers near a quote does not make the quote hers."""
    text = ("The car-free high street\n\nRuth Hanley\n\nThree weeks ago I wrote in this column that the plan was "
            "good. I did not expect 214 emails and a man in a flat cap who stopped me outside the post office to "
            "tell me I should be \u2018ashamed of myself\u2019.\n\nI promised to share what you said.")
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [q] = [q for q in quotes if q.text == "ashamed of myself"]
    assert q.speaker is None or q.speaker.name != "Ruth Hanley"


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", [
    # a description refers to the person given its title since the topic was last mentioned
    ("Minority Leader Alexander Owusu spoke first. \u201cThis budget is hope,\u201d he said.\n\nMembers shouted, "
     "forcing the Speaker, Rt Hon. Emmanuel Kofi Nartey, to call the House to order.\n\n\u201cHonourable members, "
     "this is not a football park,\u201d the Speaker said.", "Honourable members", "Emmanuel Kofi Nartey"),
    # a document by an owner's pronoun is the owner's
    ("Mayor Jane Okoro wrote to residents on Monday. Her letter says the plan is \u201cthe only way to keep the "
     "library open\u201d.", "the only way", "Jane Okoro"),
])
def test_a_title_given_since_and_an_owners_document(nlp: Language, fast: bool, text: str, quote: str,
                                                    name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed")).name == name


@pytest.mark.model
def test_a_things_appositive_names_no_person(nlp: Language) -> None:
    """'its biggest hit, 'Ije Nwanne',': a song, however NER reads its title, is no person who speaks."""
    text = ("Ezeakolam led the Nkwo Stars Dance Band from 1972. Its biggest hit, \u2018Ije Nwanne\u2019, a song about a "
            "brother, is still played at weddings.\n\n\u201cMy father said the noise was driving the goats mad,\u201d he "
            "told this newspaper.")
    assert speaker_in_mode(nlp, text, "My father said", False).name == "Ezeakolam"


@given(st.text(alphabet=st.sampled_from(list("QFA Qatar Football Association of and the NRA ()\n")), max_size=300))
def test_an_initialisms_body_stands_in_the_text(text: str) -> None:
    from quotex.attribution.speakers import acronyms

    assert all(name in text and letters.isalpha() for letters, name in acronyms(text).items())


@given(st.text(alphabet=st.sampled_from(list("By Ciarán Ó Murchú de la Cruz / | , Staff\n")), max_size=200))
def test_a_bylines_writer_stands_in_the_text(text: str) -> None:
    from quotex.attribution.speakers import byline_author

    author = byline_author(text)
    assert author is None or author in text


# References news from other countries makes to a person it named, each checked in full and fast mode:
# a role held before may be any, for the subject of the sentence just before; a player's position; 'one of
# them' named by a linking verb; a title in capitals after 'the'; a word the article gave as a title with
# 'the'; a given name after an honorific.
REFERENCES_OF_OTHER_OUTLETS = [
    ("Punjab coach Rohan Mehta was less forgiving about the surface. The former Delhi batter called the pitch "
     "\u201ca highway\u201d.", "a highway", "Rohan Mehta"),
    ("Campaign chairman Paul Gibbs said the appeal would grow. \u201cWe will do better,\u201d he said.\n\nOther "
     "party members remain unconvinced.\n\nOne of the report\u2019s authors, Ari Klein, said the nomination would "
     "test it. \u201cHe has gone the other way,\u201d said the former press secretary.", "He has gone", "Ari Klein"),
    ("Nadeem Khan, who faced his old teammates in the final, said it had been a long week.\n\n\u201cI know "
     "every person in that room,\u201d the left-arm spinner said.", "I know every", "Nadeem Khan"),
    ("The union\u2019s president, Brian Walsh, said members would fight the closure.\n\nOne of them is Denis "
     "Carrier, a 61-year-old sawyer. He was at home when a friend called.\n\n\u201cI thought it was a joke,\u201d "
     "he said.", "I thought it was", "Denis Carrier"),
    ("Provincial administrator Dr John Kaupa said roads were cut.\n\n\u201cWe are doing what we can,\u201d he "
     "said.\n\nThe Member for Kandep, Hon. Peter Yama, flew in yesterday. The MP said he would ask for funds.\n\n"
     "\u2018These are my people,\u2019 he said.", "These are my people", "Peter Yama"),
    ("Alhaja Sekinat Bakare has been the Iyaloja of Oja Oba market for six years.\n\nAsked about prices, the "
     "Iyaloja said transport costs had \u201cdoubled, at least\u201d.", "doubled", "Sekinat Bakare"),
    # a Māori given name no list held, and a family name several of the family share
    ("Ngaire Te Huia was 14 when she sheared her first sheep.\n\n\u201cI was furious,\u201d she recalls.\n\n"
     "\u201cIt is a job,\u201d Te Huia says.\n\nHer father, the late Hemi Te Huia, ran a gang.", "It is a job",
     "Ngaire Te Huia"),
    # a name in camel case the tagger took for a noun, whose statement the article quotes
    ("ISLANDERS reacted with fury after CalMac confirmed the ferry will be withdrawn.\n\nIn a statement, CalMac said "
     "it recognised the disruption.\n\n\u2018We have had to make a difficult decision,\u2019 the statement said.",
     "We have had to", "CalMac"),
    # a translation in brackets after a chant is no clause that reports it
    ("Protesters marched towards the party\u2019s offices, chanting \u201cMy\u015bl\u0119, czuj\u0119, "
     "decyduj\u0119!\u201d (I think, I feel, I decide).", "My\u015bl\u0119", "Protesters"),
    # a nation's word for the one the article gave it; a role in '-ier' before a name, and an Italian given name
    ("Swiss glaciologist Andreas Keller has monitored the lake since 2015 with engineers of the water authority.\n\n"
     "The water authority said the sirens worked.\n\n\u201cA moraine is not a dam,\u201d said the Swiss.",
     "A moraine", "Andreas Keller"),
    # a body's initials are no one 'he' refers to: the pronoun stays as written
    ("Container cities will be closed gradually, AFAD said in a written statement to the newspaper.\n\n\u201cWe are "
     "working as fast as we can,\u201d he said.", "We are working", "he"),
    ("Gondolier Stefano Boscolo tied up his boat near the hotel.\n\n\u00abThe sea gives, the sea takes,\u00bb he "
     "said.", "The sea gives", "Stefano Boscolo"),
    # an outlet that asks in its own story is its writer
    ("Quake survivors wait for homes\n\nBy Deniz Erkan\n\nHomes are allocated by lottery. \u201cWhen will "
     "you move?\u201d the Hurriyet Daily News asked.\n\n\u201cAsk the minister,\u201d Fatma Celik said.",
     "When will you move", "Deniz Erkan"),
    # an outlet that asks is its writer, whatever NER made of its name
    ("Arrivals up 11 per cent\n\nby Kareem Greaves\n\nThe minister was pressed on the shortage of rooms.\n\n"
     "\"How many new rooms will be available next winter?\" Barbados TODAY asked.", "How many new",
     "Kareem Greaves"),
    # ... and a site's name labelling an interview's questions ('Kun.uz: "…?"')
    ("Energy interview\n\nBy Shahzod Ibragimov\n\nKun.uz spoke with Deputy Minister Rustam Gafurov.\n\nKun.uz: "
     "\"Will there be gas this winter?\"\n\nRustam Gafurov: \"There will be.\"", "Will there be gas",
     "Shahzod Ibragimov"),
    # a day is no one a pronoun refers to ('"Which Friday?" Kateregga asked')
    ("Health Minister Rose Atuhaire told the committee the verification was complete.\n\n\u201cThe money will be on "
     "their accounts by Friday,\u201d the minister replied.\n\n\u201cWhich Friday?\u201d MP Joseph Kateregga asked."
     "\n\n\u201cThis Friday, Mr Chairman,\u201d she said.", "This Friday", "Rose Atuhaire"),
    # ... and a name of no person and no body by its words, asking a question in quotes ('The Hindu')
    ("ISRO launches PSLV\n\nSanjana Raghavan\n\n\u201cWhen will the flight take place?\u201d a reporter asked.\n\n"
     "\u201cAt the end of the year,\u201d Mr. Venkitachalam replied.\n\n\u201cWas the vehicle treated any "
     "differently?\u201d The Hindu asked.", "Was the vehicle", "Sanjana Raghavan"),
    # the one asked replies
    ("The coroner, Patrick Devlin, asked the inspector, Gareth Moffett, whether there was any way to know "
     "the gas was present.\n\n\u2018You can\u2019t rely on your nose,\u2019 he replied.", "You can", "Gareth Moffett"),
    # ... and says the answer, as a match report or a press conference words it
    ("A reporter asked Cade Dunlap whether he had ever thrown three touchdowns to the same receiver in a half.\n\n"
     "\u201cNot in a game,\u201d he said, grinning.", "Not in a game", "Cade Dunlap"),
    # a surname alone is the one named in full with it before, not a relative the article names later
    ("Miguel \u00c1ngel Soto, who has run Soto Yard Care for 19 years, told the council that switching would cost "
     "$38,000.\n\n\"I have six employees,\" Soto said.\n\nHis son, Daniel Soto, who manages the crews, said later "
     "that the family was not opposed to electric equipment.\n\n\"We've tried the battery blowers,\" Daniel Soto "
     "said.", "I have six", "Miguel \u00c1ngel Soto"),
    # a title alone as the subject is the one the article gave it to, as Bhutanese news calls a minister
    ("THIMPHU \u2013 Education Minister Lyonpo Karma Jurmi said the shortage was serious.\n\n\"We need 600 "
     "teachers,\" Lyonpo said.", "We need 600", "Karma Jurmi"),
    # the name in full that a chief's title and a name open, which NER cut short there
    ("The Minister of Natural Resources, Hon. Vaelua Tome Aumua, who tabled the bill, told the House that it would "
     "allow longer leases.\n\n\"This bill does not take one square metre of land,\" Vaelua Tome said.",
     "This bill", "Vaelua Tome Aumua"),
    # the person a passive's agent names is whom a trade the sentence after gives refers to
    ("The central speech was given by the secretary general of the union, H\u00e9ctor Daniel Fabbri, from "
     "a stage.\n\n\u201cWe did not come here to ask for a favor,\u201d said the union leader.",
     "We did not come", "H\u00e9ctor Daniel Fabbri"),
    # an Icelander called by a given name no list held
    ("One of the houses belongs to Gu\u00f0mundur Karl \u00d3lafsson, who runs a small fish-processing company.\n\n"
     "\u201cYou get used to it,\u201d Gu\u00f0mundur says.", "You get used", "Gu\u00f0mundur Karl \u00d3lafsson"),
    # a body's name with 'and' in it, which the parse cut
    ("The Ministry of Fisheries and Marine Resources said in a statement that it would \u201ccooperate "
     "fully\u201d.", "cooperate fully", "The Ministry of Fisheries and Marine Resources"),
    # a trade unionist
    ("Dominique Lef\u00e8vre, the head of the rail union, spoke on the picket line. Lef\u00e8vre, a former"
     " train driver, said the reform would force staff to work longer.\n\n\u201cAsking them to work until "
     "67 is not realistic,\u201d the veteran unionist said.", "Asking them", "Dominique Lef\u00e8vre"),
    ("Teodora Condori de Limachi, 58, sells pastries from a cart beside the queue.\n\n\u201cThe queue is good for "
     "business,\u201d Do\u00f1a Teodora said.", "The queue is good", "Teodora Condori de Limachi"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", REFERENCES_OF_OTHER_OUTLETS)
def test_references_other_outlets_make_to_a_person_named(nlp: Language, fast: bool, text: str, quote: str,
                                                        name: str) -> None:
    assert speaker_in_mode(nlp, text, quote, fast, types=("direct", "mixed")).name == name


def test_a_name_of_no_known_kind_asking_is_no_outlet_without_ner(blank_nlp: Language) -> None:
    """Without NER, 'Jordan Blake' may be a person's name as well as an outlet's: the one who asks is
    who the name says, not the byline's writer ('The Hindu', an organisation by its article, is the writer)."""
    text = ("Shutdown\n\nBy Nora Ellison\n\nThe press secretary took questions.\n\n\"Will the president sign "
            "it?\" Jordan Blake asked.\n\n\"Will he veto it?\" The Hindu asked.")
    found = quoted(blank_nlp, text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Jordan Blake", "Nora Ellison"]


@pytest.mark.parametrize("title, noun", [
    ("a spokesman for the campaign", "spokesman"),
    ("Iyaloja of Mile 12 International Market", "iyaloja"),
    ("Sanders campaign manager", "manager"),
    ("the mother of three who runs the stall", "mother"),
    ("farmer", "farmer"),
])
def test_a_titles_noun_is_its_last_word_before_a_preposition(title: str, noun: str) -> None:
    assert _title_noun(title) == noun



# Titles and letters around a name, as British, Irish, Welsh and US news write them: silks' and honours'
# letters after it ('KC') and a generational suffix are no surname; a hyphened role before it ('Passer-by');
# 'DJ' is a role; a US title that ends 'in Charge'; an office's holder named after what the office is of
# ('Member of the Senedd'); the name with an age that opens the paragraph after a lead that describes someone;
# a tabloid's 'gran' for the woman just named; a spokesperson after a body's name, and a body's name of a
# list of words after a spokesperson, whole; who was 'quoted by' an agency 'as saying', not the agency; a
# person 'of the' party, not the party; British clergy's titles ('Mgr', 'the Revd', 'Canon').
# (mode, text, quote, name); each in the modes it holds in.
TITLES_AROUND_NAMES = [
    ("full fast blank", 'Judge Niall Devlin KC jailed him for two years.\n\n'
     '"The defendant was in a position of trust," the judge said.', "The defendant", "Niall Devlin"),
    ("full fast blank", 'Judge Niall Devlin KC jailed him for two years.\n\n"It was a betrayal," Devlin said.',
     "It was a betrayal", "Niall Devlin"),
    ("full", 'A dog attacked a boy in the park.\n\nPasser-by Jordan Webb, 24, heard screaming.\n\n'
     '"It was like something out of a horror film," he said.', "It was like", "Jordan Webb"),
    ("full fast", 'The singer died on Monday.\n\n"She taught me what a drop was for," Chicago DJ and producer '
     'Andre Hollis wrote.', "She taught me", "Andre Hollis"),
    ("full fast blank", '"This was a factory," DEA Special Agent in Charge Frank Tarantino said.\n\n'
     '"We will find them," he said.', "We will find", "Frank Tarantino"),
    ("full fast blank", 'The school may close.\n\nMid and West Wales Member of the Senedd Elin Watkins accused '
     'the council of ignoring its commitments.\n\n"This is the kind of school the code protects," she said.',
     "This is the kind", "Elin Watkins"),
    ("full fast", 'County Executive Committee Member for Trade Dr Peter Ochieng told journalists the county would '
     'comply.\n\n"We respect the courts," Dr Ochieng said.', "We respect", "Peter Ochieng"),
    ("full", 'C. Scott Whitaker Jr., a bee ecologist at Cornell University, praised the study.\n\n'
     '"Those drawers of pinned bees are time machines," Whitaker said.', "Those drawers", "C. Scott Whitaker Jr."),
    ("full fast", 'Kayaker thought "that was it"\n\nBy Tom Penhaligon\n\nA kayaker who was swept out to sea off '
     'the north Cornwall coast has said he "genuinely thought that was it" before the lifeboat reached him.\n\n'
     'Simon Trewin, 52, from Truro, had been paddling near Chapel Porth on Sunday.', "genuinely", "Simon Trewin"),
    ("full fast", 'A Department for Business and Trade spokesperson said: "We will respond in due course."',
     "We will respond", "A Department for Business and Trade spokesperson"),
    ("full fast", 'A spokesperson for the Department for Culture, Media and Sport said: "We recognise the pressures."',
     "We recognise", "A spokesperson for the Department for Culture, Media and Sport"),
    ("full fast blank", 'Fishermen rallied in Busan.\n\n"The Japanese side keeps talking about illegal fishing," '
     'Park Jong-soo, 58, a hairtail fisherman in Busan, was quoted by Yonhap as saying.', "The Japanese side",
     "Park Jong-soo"),
    ("full fast", 'The quota was cut.\n\nOpposition MP Bryndís Ólafsdóttir of the People\'s Party accused the '
     'government of "hiding behind the scientists".', "hiding behind", "Bryndís Ólafsdóttir"),
    ("full fast", 'Synod votes on parish share\n\nThe Revd Nigel Fairbrother, the Bishop of Ashbury, spoke first.\n\n'
     '"Dioceses are independent charities," Bishop Fairbrother said.', "Dioceses are", "Nigel Fairbrother"),
    ("full fast", 'Bishop resigns after review\n\nMgr Anthony Sheridan, the diocesan administrator, spoke on Friday.\n\n'
     '"We will co-operate fully," Mgr Sheridan said.', "We will co-operate", "Anthony Sheridan"),
    ("full fast blank", 'The talks stalled.\n\nOn the other side, the head of the Saudi delegation, Faisal Al-Mutairi, '
     'told the plenary that the agreement was fine.\n\n\u00abWe will not accept targets,\u00bb he said.',
     "We will not accept", "Faisal Al-Mutairi"),
    ("full fast", 'Opposition Parliamentarian Nalaka Jayasundara accused the government of delay.\n\n"Every time '
     'the people ask, we are told to wait," he said.', "Every time", "Nalaka Jayasundara"),
    ("full fast", 'Animator Veronika Hajkova said he never hurried.\n\n"He would say the puppet knows," she said.',
     "He would say", "Veronika Hajkova"),
    ("full fast", 'Gran shields boy from dog\n\nMaureen Tidswell, 67, suffered deep bites to her arms.\n\nSpeaking from her hospital bed, the brave '
     'gran said: "I thought I was going to die."', "I thought", "Maureen Tidswell"),
]


def _named_in_mode(nlp: Language, blank_nlp: Language, mode: str, modes: str, text: str, quote: str) -> str:
    """The name of the speaker of the quoted piece that starts with ``quote``, in ``mode``; skipped unless the row
    holds in that mode (``modes``)."""
    if mode not in modes.split():
        pytest.skip(f"holds in {modes} mode")
    pipeline = blank_nlp if mode == "blank" else nlp
    return speaker_in_mode(pipeline, text, quote, mode == "fast", types=("direct", "mixed")).name


# A description set off by commas after a name, which the parse made a second subject of the verb, is the name's
# ('Hélène Arsenault, Gilles's wife of 31 years, was …'); a document someone points to or cites is none of theirs
# ('Achterberg pointed to a city staff report … The report said'), as one they issued is ('said in a statement');
# a distance or an adverb that opens a sentence is where, and the person after it, whom the parse hung on it,
# its subject.
# (mode, text, quote, name)
SET_OFF_AND_CITED = [
    ("full fast", "Two streets from the port, a woman who runs a small grocery store stood outside its shattered "
     "windows.\n\n\u201cI heard the first one and thought it was thunder,\u201d she said.\n\nThe woman, Liudmyla "
     "Savchuk, 58, said she had kept the store open.", "I heard the first", "Liudmyla Savchuk"),
    ("full", "The mayor spoke first.\n\nOutside, a woman who sells fish said prices had doubled.\n\n\u2018It was "
     "frightening,\u2019 she said.", "It was frightening", "a woman"),
    # (a person's name before 'of' and a body's, whose last word the parse made the subject)
    ("full", "The plan was announced on Monday.\n\nPolitical scientist Kartini Abdul Wahab of Universiti Malaysia "
     "Sabah said the episode reflected a long-standing frustration.\n\n\"For a small party, the only leverage is the "
     "threat to leave,\" she said.", "For a small party", "Kartini Abdul Wahab"),
    ("full fast", "Police said the driver fled.\n\nH\u00e9l\u00e8ne Arsenault, Gilles's wife of 31 years, was the "
     "first of five people to read statements on Wednesday.\n\n\u201cI still put out two cups in the morning,\u201d "
     "she said.", "I still put out", "H\u00e9l\u00e8ne Arsenault"),
    ("full fast", "Councillor Denise Achterberg pointed to a city staff report released last month. The report said "
     "that share had \u201cmore than tripled since 2019\u201d.", "more than tripled", "The report"),
    ("full fast", "Councillor Denise Achterberg cited a staff report released last month.\n\n\u201cThe rentals are "
     "concentrated near the river,\u201d the report said.", "The rentals", "the report"),
    ("full fast", "Councillor Denise Achterberg said in a statement that the city would act.\n\n\u201cWe will not "
     "wait,\u201d the statement said.", "We will not wait", "Denise Achterberg"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["full", "fast"])
@pytest.mark.parametrize("modes, text, quote, name", SET_OFF_AND_CITED)
def test_a_set_off_description_is_the_names_and_a_cited_document_no_ones(nlp: Language, mode: str, modes: str,
                                                                          text: str, quote: str, name: str) -> None:
    if mode not in modes.split():
        pytest.skip(f"holds in {modes} mode")
    assert speaker_in_mode(nlp, text, quote, mode == "fast", types=("direct", "mixed")).name == name


# A body's name with a list of words after its 'of', as ministries are named ('the Ministry of Agriculture,
# Fisheries, Water and Land Reform'), is one name, commas and all; a Turkic patronymic's 'oglu' or 'kyzy' is part
# of a name, as other particles are; a firm named in full and then by its name's first words is the firm named in
# full ('Sierra Plata Resources' … 'Sierra Plata said'), and a person a foundation is named after is the person.
# (mode, text, quote, name)
LISTED_AND_PATRONYMIC_NAMES = [
    ("full fast blank", "Canadian miner Sierra Plata Resources said on Monday it would appeal the ruling.\n\n"
     "\u201cWe will respect the court,\u201d Sierra Plata said in a statement.", "We will respect",
     "Sierra Plata Resources"),
    ("full fast blank", "All five members of the group sued their agency, Starhaven Entertainment, on Thursday.\n\n"
     "Starhaven said in a statement that it had \"faithfully fulfilled every obligation\".", "faithfully",
     "Starhaven Entertainment"),
    # (a body a spokeswoman speaks for is one name, 'and' and all, without NER too)
    ("full fast", "The scheme includes 80 affordable homes.\n\nA spokeswoman for Strathmore Land and Homes welcomed the "
     "decision. In a statement, the company said it would \u2018continue to work closely with the community\u2019.",
     "continue to work", "Strathmore Land and Homes"),
    ("full fast", "The Bill Gates Foundation said on Monday it would fund the trial.\n\n\u201cThis is the best "
     "chance we have,\u201d Bill Gates said.", "This is the best", "Bill Gates"),
    # (an observer mission and a delegation are bodies, for the 'it' that refers back to them)
    ("full fast", "The national electoral commission said turnout was 51%.\n\nThe African Union observer mission "
     "said on Tuesday that voting had been orderly, but it noted \u201csignificant delays\u201d in the count.",
     "significant delays", "The African Union observer mission"),
    ("full fast", "The Ministry of Agriculture, Fisheries, Water and Land Reform said in a statement that the drought "
     "had killed 40,000 cattle.\n\n\u201cWe are doing everything we can,\u201d the statement said.", "We are doing",
     "The Ministry of Agriculture, Fisheries, Water and Land Reform"),
    ("full fast", "Tural Rafig oglu Mammadov, a journalist, was jailed on Monday.\n\n\u201cThis is revenge,\u201d "
     "Mammadov said.", "This is revenge", "Tural Rafig oglu Mammadov"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["full", "fast", "blank"])
@pytest.mark.parametrize("modes, text, quote, name", TITLES_AROUND_NAMES + LISTED_AND_PATRONYMIC_NAMES)
def test_names_stand_whole_without_the_titles_and_letters_around_them(
        nlp: Language, blank_nlp: Language, mode: str, modes: str, text: str, quote: str, name: str) -> None:
    assert _named_in_mode(nlp, blank_nlp, mode, modes, text, quote) == name


# A sign's, a placard's or a banner's words are quoted with no source, their cue kept; a statement's are its
# maker's as before. (text, quote, name or None)
SIGNS = [
    ("The crowd gathered at noon.\n\nA hand-painted banner tied to the railings read \"Culture is not a luxury\".",
     "Culture is not", None),
    ("Fans marched to the ground, where a banner reading \"Our club, not your asset\" was unfurled.", "Our club", None),
    ("The club issued a statement on Monday.\n\n\"We are committed to the town,\" the statement read.",
     "We are committed", "The club"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, quote, name", SIGNS)
def test_a_signs_words_are_no_ones(nlp: Language, text: str, quote: str, name: Optional[str]) -> None:
    [quotes] = list(extract_many(nlp, [text]))
    [q] = [q for q in quotes if q.type in ("direct", "mixed") and q.text.startswith(quote)]
    assert (q.speaker.name if q.speaker is not None else None) == name
    assert q.speaker is not None or q.cue is not None


# A hyphened person's noun and 'DJ' are roles ('Passer-by Jordan Webb'); an office ends in 'in Charge'
@pytest.mark.parametrize("word", ["passer-by", "dj", "gran", "grandad"])
def test_roles_of_british_and_music_news_are_person_nouns(word: str) -> None:
    from quotex import lexicon as lx
    assert word in lx.PERSON_NOUNS


@pytest.mark.parametrize("pipeline", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
@pytest.mark.parametrize("text, nickname, name", [
    ('For 34 years, Margaret "Peggy" Olsen taught every grade.\n\n"You don\'t tear that down," Olsen said.',
     "Peggy", "Margaret Olsen"),
    # (a title before the given name, and a nickname of two words)
    ('Separately, deputy police chief Pol Gen Kittisak "Big Oat" Phromsuwan said the bureau had opened an '
     'inquiry.\n\n"We are following the money," Phromsuwan said.', "Big Oat", "Kittisak Phromsuwan"),
])
def test_a_nickname_inside_a_name_is_a_term(pipeline: str, request: pytest.FixtureRequest, text: str,
                                             nickname: str, name: str) -> None:
    """A nickname in quotes inside a name is no one's words, and no part of the name."""
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text]))
    [nick] = [q for q in quotes if q.text == nickname]
    assert nick.type == "term" and nick.speaker is None
    [speaker] = [q.speaker for q in quotes if q.type == "direct" and q.speaker is not None]
    assert speaker.name == name


@pytest.mark.parametrize("pipeline", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
def test_a_company_is_no_public_body_and_an_agency_no_firm(pipeline: str, request: pytest.FixtureRequest) -> None:
    """'the company' refers back to no public body ('The Food and Drug Administration approved …'), and 'the
    agency' to no firm ('Harwick must complete …')."""
    text = ("The Food and Drug Administration on Thursday approved a new drug for ALS.\n\nThe drug, from "
            "Boston-based Harwick Therapeutics, will be available within weeks, the company said.\n\nThe FDA granted "
            "accelerated approval. Harwick must complete a study by 2029.\n\n\"ALS is a devastating disease,\" the "
            "agency said in a statement.\n")
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text]))
    [report] = [q for q in quotes if q.type == "indirect" and q.text.startswith("The drug")]
    assert report.speaker is None or "Administration" not in report.speaker.name
    [quote] = [q for q in quotes if q.type == "direct"]
    assert quote.speaker is not None and quote.speaker.name.endswith("Food and Drug Administration")
