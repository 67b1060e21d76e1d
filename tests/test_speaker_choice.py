"""Who the ranker names, on cases found when quotex was tried on other news (issue 15, items 4-6).

Each row is a text and the speaker names of its quoted fragments, in order.
They run on the trained pipeline (the ranker's shipped weights) and, where the
rules alone can tell, on the rules-only pipeline.
"""

from __future__ import annotations

from typing import Optional

import pytest
from spacy.language import Language

from quotex.output.model import Quote
from quotex.run.extract import extract, extract_many

BOTH = ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)]
MODEL = [pytest.param("nlp", marks=pytest.mark.model)]


def speech(nlp: Language, text: str) -> list[Quote]:
    return [q for q in extract(nlp, text) if q.type in ("direct", "mixed")]


def names(quotes: list[Quote]) -> list[Optional[str]]:
    return [q.speaker.name if q.speaker else None for q in quotes]


# -- 4: a pronoun goes to its antecedent ------------------------------------------------------------

ANTECEDENTS = [
    ('Burton explained from a podium. "I love cats," he said.', ["Burton"]),
    # the person a plural subject is exemplified by
    ('Arjun Mehta, the mayor, defended the plan on Monday.\n\nResidents such as Imran Qureshi are worried.\n\n'
     '"We have waited long enough," he told the BBC.', ["Imran Qureshi"]),
    ('Farmers like Maria Gomez say the water is gone. "We have nothing left," she said.', ["Maria Gomez"]),
    # ... not by titles in quote marks, which are no one
    ("Albums such as \u2018Onitsha Market Day\u2019 and \u2018Odogwu Na Nkwo\u2019 sold well.\n\nMusicologist "
     "Professor Adaeze Umeh said his influence was hard to overstate.\n\n\u201cEvery horn section owes him "
     "something,\u201d she said.", ["Adaeze Umeh"]),
    ("Albums such as \u2018Onitsha Market Day\u2019 and \u2018Odogwu Na Nkwo\u2019 sold hundreds of thousands of "
     "copies.\n\n\u201cEvery horn section owes him something,\u201d she said.", ["she"]),
    # a Korean family name first tells no sex ('Lee' is also a man's given name): 'she' is Lee Da-eun
    ("Han Ji-woo arrives at the caf\u00e9. \u201cI was tired,\u201d he says.\n\nAt a screening in Daegu last "
     "month, Lee Da-eun, 29, queued for three hours to see him.\n\n\u201cI was 15 when he played the "
     "pharmacist,\u201d she said.", ["Han Ji-woo", "Lee Da-eun"]),
    # a quote that runs over paragraphs is passed over: the pronoun after it looks back from where it opened
    ('Giulia Bianchi, who has farmed the valley for decades, described the flood.\n\n"We have waited long enough. '
     'The water came at night.\n\n"We will keep fighting. We lost everything.\n\n"This is only the beginning," '
     'she said.', ["Giulia Bianchi"] * 3),
    ('Maria Lopez took the stage at noon. "We are ready," she said.', ["Maria Lopez"]),
    # a subject the parse hung on the phrase that opens its sentence, as an appositive or as the root
    ("By 5:15, Serhii Marchenko\u2019s crew is on the road.\n\nBack at the Siverenergo control room in Chernihiv, "
     "a dispatcher who asked that her name not be published for security reasons tracks the crews on a wall of "
     "screens. She said that on the worst nights as many as 40,000 households in the region had lost power at "
     "once.\n\n\u201cWe see the drones on one map,\u201d she said.",
     ["a dispatcher"]),
    ("An Energy Ministry official, speaking on condition of anonymity, said Kyiv was negotiating.\n\nBy 2:30 "
     "p.m., power is back in 17 villages. At a gate in one of them, Valentyna Sydorenko, 73, waves at the passing "
     "trucks. She said her house had been cold for 19 hours.\n\n\u201cThank God and thank the boys,\u201d she "
     "said.", ["Valentyna Sydorenko"]),
    # ... a name set off by commas with its description after it, not the description ('At the Feny utca market in
    # Buda, Szucs Janosne, a 67-year-old pensioner, said')
    ("Prices fell, the statistics office said.\n\nAt the F\u00e9ny utca market in Buda, Sz\u0171cs J\u00e1nosn\u00e9, "
     "a 67-year-old pensioner, said she had noticed cheaper flour.\n\n\"The supermarket is cheaper now,\" she said.",
     ["Sz\u0171cs J\u00e1nosn\u00e9"]),
    # ... and the name, not the description after it, when the parse hung both on the phrase's last name ('In a
    # message to Clinton, Tanden, head of …, recounted'): a named person is never the anonymous description
    ("Clinton kept a private server. In a May 2012 message to Clinton, Tanden, head of the Center for American "
     "Progress, recounted a conversation she had at a dinner.\n\n\"It was a long night,\" she wrote.", ["Tanden"]),
    # ... or as a conjunct of the phrase's place, or with the place made the subject and the name its conjunct
    ("Ihor Terekhov, the city\u2019s mayor, said the city was doing everything it could.\n\nIn Kharkiv, Olena "
     "Petrenko, 54, sat on a bench outside her flat.\n\n\u201cThe water came at night,\u201d she said.",
     ["Olena Petrenko"]),
    ("Krishna Prasad Bhattarai, the chief district officer, said 14 people had died.\n\nIn Barahakshetra "
     "Municipality-4, Man Bahadur Sardar, 62, sat on the raised platform of the ward office with his "
     "grandchildren.\n\n\u201cThe water came at two in the night,\u201d he said.", ["Man Bahadur Sardar"]),
    # a noun of firms and people alike ('operator') is a person with an age or a 'who'
    ("At least 620 workers will lose their jobs, the chief executive Kelebogile Masilo said.\n\nOne of them, a "
     "38-year-old haul truck operator who asked not to be "
     "named, said he had worked at the mine for 11 years.\n\n\"We found out on WhatsApp,\" he said.",
     ["a 38-year-old haul truck operator"]),
    ("Taxi owner Anderson Blackman said business was good.\n\nA taxi operator at the airport, who asked not to be "
     "named because he feared losing his stand, said drivers were struggling.\n\n\"We don't see the money,\" he "
     "said.", ["A taxi operator at the airport"]),
    # a description of no listed noun that a person's noun stands in apposition to is a person, withheld when the
    # article says why ('one of the complainants, a woman who declined to be named')
    ("Defence lawyer Franco Kiswaga said the case rested on a notebook.\n\nOutside the court, one of the "
     "complainants, a woman who declined to be named for fear of reprisals, said she had attended every hearing.\n\n"
     "\"My husband died before he could see this case in court,\" she said.", ["one of the complainants"]),
    # a common word in capitals that opens its sentence is no one ('Staff called the hospital …')
    ("Dr. Narine Avetisyan, 47, headed the pediatric department. Staff called the hospital the Glass House "
     "because of its facade.\n\n\u201cBecause the reports were written by other people,\u201d she said.",
     ["Narine Avetisyan"]),
    # not whom a participle names as the one who asked
    ("Mayor Stavros Katsaros told reporters the cuts would be reviewed. Asked by a reporter whether he would "
     "apologise to residents, he said the council had done its job.\n\n\u201cApologise for what?\u201d he said.",
     ["Stavros Katsaros"]),
    # the name a clause a conjunction sets before the sentence's own gives, when the subject is no one
    ("Trouble began when opposition leader Haji Muhammad Saleem Qureshi rose on a point of order.\n\n\"Where is "
     "it?\" he said.", ["Muhammad Saleem Qureshi"]),
    # ... not a body's: 'Her plan comes as Congress is wrestling with a bill'
    ("Hillary Clinton spoke in Iowa.\n\nHer plan comes as Congress is wrestling with a six-year transportation "
     "bill. \"This would be on top of that,\" she said.", ["Hillary Clinton"]),
    # not a title in quote marks set off after a noun
    ("Winston Baptiste won three crowns. His best-known song, \u201cOil Boom, Who Boom?\u201d, skewered the spending "
     "of the oil years.\n\n\u201cCalypso is the poor man\u2019s newspaper,\u201d he said.", ["Winston Baptiste"]),
    # whom a relative clause reports, when the subject is of the other sex ('his daughter')
    ("Among those in the queue was retiree Lim Ah Kow, 81, accompanied by his daughter Lim Siew Ling, 49, who said "
     "her father had lost his car.\n\n\"My father has diabetes,\" she said.", ["Lim Siew Ling"]),
    ('The mayor spoke on Monday. "We will win," she said.', ["The mayor"]),
    ('Burton explained from a podium.\n\n"I love cats," he said. "Dogs too."', ["Burton", "Burton"]),
    # a month or a day is no one ('December's global agreement was a triumph for Ban')
    ("Ban Ki-moon spoke in Paris.\n\nDecember's global agreement was a defining moment, and a personal triumph "
     'for Ban.\n\n"I\'m grateful to all the parties," he said. "They may have small dissatisfactions."',
     ["Ban Ki-moon", "Ban Ki-moon"]),
]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize(("text", "expected"), ANTECEDENTS)
def test_a_pronoun_goes_to_its_antecedent(pipeline: str, fast: bool, text: str, expected: list[str],
                                          request: pytest.FixtureRequest) -> None:
    [found] = list(extract_many(request.getfixturevalue(pipeline), [text], fast=fast))
    quotes = [q for q in found if q.type in ("direct", "mixed")]
    assert names(quotes) == expected
    assert all(q.speaker and q.speaker.mention and q.speaker.mention.text.lower() in ("he", "she")
               for q in quotes[:1])  # the mention is still the pronoun as written


# 'the statement', 'the letter', 'the release': whose document it is, the subject of the clause that brought it in,
# when the parse hung that subject inside the phrase the sentence opens with ('In a statement issued …, the
# Ministry said'), set it off by commas ('…, Jean-Baptiste Ndongo Essomba, condemned'), or hung the phrase on a
# relative clause ('The Council, which supported the claim, called … in a press release')
DOCUMENT_OWNERS = [
    ("In a statement issued on Thursday and signed by its Principal Secretary, Dr Grace Kalua, the Ministry of "
     "Agriculture said 14 vendors had been arrested.\n\n\u201cThe Ministry wishes to remind all buyers that the "
     "price is fixed,\u201d reads the statement.", "the Ministry of Agriculture"),
    ("In a letter to the minister seen by the Irish Examiner, the Irish Hospital Consultants Association (IHCA) "
     "said 41 hospitals were full.\n\n\u2018Without a plan, this will be a lost year,\u2019 the letter stated.",
     "the Irish Hospital Consultants Association"),
    ("In a release read on CRTV, the Governor of the North West Region, Jean-Baptiste Ndongo Essomba, condemned "
     "the attack.\n\n\u201cThe forces of law and order have been instructed to act,\u201d the release stated.",
     "Jean-Baptiste Ndongo Essomba"),
    ('The Maya Land Rights Council, which supported the claim, called the judgment "a victory for every village in '
     'Toledo" in a press release, and urged the Government not to appeal.\n\n"Our people are not against '
     'development," the release said.',
     "The Maya Land Rights Council"),
]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize(("text", "owner"), DOCUMENT_OWNERS)
def test_a_documents_words_are_whose_document_it_is(pipeline: str, fast: bool, text: str, owner: str,
                                                    request: pytest.FixtureRequest) -> None:
    [found] = list(extract_many(request.getfixturevalue(pipeline), [text], fast=fast))
    [quote] = [q for q in found if q.type == "direct"]
    assert quote.speaker is not None and quote.speaker.name == owner
    assert quote.speaker.mention is not None and quote.speaker.mention.text.lower().startswith("the ")


# 'According to him, "…"' (a lead-in common in West African and South Asian news): the object
# pronoun is the source and goes to its antecedent; 'according to her lawyer' is the lawyer's
ACCORDING_TO_PRONOUN = [
    ('Chief Emeka Okonkwo, the traders\' chairman, spoke to our correspondent on Thursday.\n\n'
     'According to him, "Many of our members have lost everything."', "Emeka Okonkwo", "him"),
    ('Ms. Adaeze Obi, a teacher, addressed the parents.\n\nAccording to her, "The school has been '
     'neglected for years."', "Adaeze Obi", "her"),
    ('Ms. Adaeze Obi was arrested on Monday.\n\nAccording to her lawyer, "The charges are baseless."', "her lawyer",
     "her lawyer"),
]


def test_according_is_no_name_without_a_parse(blank_nlp: Language) -> None:
    text = 'The crowd was small. Eric Trump spoke first.\n\nAccording to him, "The campaign is in great shape."'
    [quote] = speech(blank_nlp, text)
    assert quote.speaker is not None and (quote.type, quote.speaker.name) == ("direct", "Eric Trump")


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize(("text", "name", "mention"), ACCORDING_TO_PRONOUN)
def test_according_to_a_pronoun_is_its_antecedent(pipeline: str, fast: bool, text: str, name: str, mention: str,
                                                  request: pytest.FixtureRequest) -> None:
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text], fast=fast))
    [quote] = [q for q in quotes if q.type == "direct"]
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert (quote.speaker.name, quote.speaker.mention.text) == (name, mention)


# The gender of given names from outside the US census lists (data/first_names_world.tsv), and of a
# title, tells who a pronoun or a surname is
GENDERED = [
    ('"We will keep fighting," said Kofi Mensah.\n\n"We have waited long enough," said Wanjiru Kamau.\n\n'
     '"This is only the beginning," he added.', ["Kofi Mensah", "Wanjiru Kamau", "Kofi Mensah"]),
    ('Bill Clinton and Hillary Clinton arrived together.\n\n"We are delighted," Mrs. Clinton said.\n\n'
     '"So am I," Mr. Clinton said.', ["Hillary Clinton", "Bill Clinton"]),
    # a widow and her late husband, both Warraich: 'Begum' and 'Nasreen' say which one 'Ms Warraich' is
    ('Begum Nasreen Warraich won the seat left vacant by the death of her husband, Chaudhry Iftikhar Warraich.\n\n'
     '"This is not my victory," Ms Warraich said.', ["Nasreen Warraich"]),
]


@pytest.mark.parametrize("pipeline", BOTH)
@pytest.mark.parametrize(("text", "expected"), GENDERED)
def test_gender_tells_who_is_meant(pipeline: str, text: str, expected: list[str],
                                   request: pytest.FixtureRequest) -> None:
    assert names(speech(request.getfixturevalue(pipeline), text)) == expected


@pytest.mark.parametrize("pipeline", BOTH)
def test_a_pronoun_is_never_guessed_to_be_a_person_its_gender_belies(pipeline: str,
                                                                     request: pytest.FixtureRequest) -> None:
    text = '"We cannot go on like this," Angela Merkel said.\n\n"It is over," he said, "and we lost."'
    quotes = speech(request.getfixturevalue(pipeline), text)
    assert names(quotes) == ["Angela Merkel", "he", "he"]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_place_is_never_he_or_she(pipeline: str, fast: bool, request: pytest.FixtureRequest) -> None:
    # a lone proper name of another kind may be guessed for 'he' ('Burton' taken for an organisation),
    # never a place: 'Mexico must rebut …' is not who says the next quote
    nlp = request.getfixturevalue(pipeline)
    text = 'Mexico must rebut the claims.\n\n"The new strategy is very welcome," he said.'
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    assert names([q for q in quotes if q.type in ("direct", "mixed")]) == ["he"]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_datelines_place_in_title_case_is_no_one(pipeline: str, fast: bool, request: pytest.FixtureRequest) -> None:
    # 'Port Louis – The number …' opens the story with its place, as 'PORT LOUIS –' would, and the parse made it
    # the sentence's subject: no list holds it, NER (where there is NER) knows it for a place, and the
    # dateline says so in any mode
    nlp = request.getfixturevalue(pipeline)
    text = ("Dengue cases rise\n\nBy Priya Ramdhun\n\nPort Louis \u2013 The number of dengue cases has risen to "
            "1,214, the Minister of Health, Dr Vikash Ramsaha, told the National Assembly on Tuesday.\n\n"
            "\u201cThe trend is worrying,\u201d she said.")
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    assert names([q for q in quotes if q.type in ("direct", "mixed")]) == ["Vikash Ramsaha"]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_datelines_place_before_an_agency_in_brackets_is_no_one(pipeline: str, fast: bool,
                                                                 request: pytest.FixtureRequest) -> None:
    # 'Jaipur, Nov 12 (PTI) Bharatiya Janata Party …': Indian wires print the place, the date and the agency with no
    # dash; the parse made the place the subject of the sentence that follows
    nlp = request.getfixturevalue(pipeline)
    text = ("Congress will lose, says Shekhawat\n\nJaipur, Nov 12 (PTI) Bharatiya Janata Party state president "
            "Rajendra Singh Shekhawat on Sunday claimed that the ruling Congress would be \"wiped out\" in the "
            "elections.\n\n\"The people have made up their minds,\" Shekhawat said.")
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    assert names([q for q in quotes if q.type in ("direct", "mixed")]) == ["Rajendra Singh Shekhawat"] * 2


@pytest.mark.model
def test_a_name_ner_took_for_an_organisation_is_a_pronouns_antecedent(nlp: Language) -> None:
    # NER labels 'Rhea Tolliver' an ORG; she is named in full in a clause of her own, not a main clause's
    # subject, and 'she' is hers, as it is without NER
    text = ("By Hollis Brennan\n\nThe first thing Rhea Tolliver does when she surfaces is laugh. It is a short, "
            "startled bark that fogs the inside of her mask, and she tells me she does it almost every time. "
            "\u201cIt\u2019s relief, mostly,\u201d she says.")
    [quotes] = list(extract_many(nlp, [text]))
    assert names([q for q in quotes if q.type == "direct"]) == ["Rhea Tolliver"]


@pytest.mark.parametrize("pipeline", BOTH)
def test_a_pronoun_with_no_antecedent_still_says_who_the_mention_is(pipeline: str,
                                                                     request: pytest.FixtureRequest) -> None:
    quotes = speech(request.getfixturevalue(pipeline), '"I love cats," he said.')
    assert [(q.speaker.name, q.speaker.mention.text) for q in quotes if q.speaker and q.speaker.mention] == \
        [("he", "he")]


# -- 5: a continuation is never surer than the quote it continues ------------------------------------

CONTINUATIONS = [
    'The mayor spoke on Monday. "We will win," she said. "We always do."',
    '"We will win," she said.\n\n"We always do."',
    '"We will win," Ana Ruiz said. "We always do."\n\n"And we will again."',
    'Officials met on Monday. "It went well," one said. "Very well."',
]


@pytest.mark.parametrize("pipeline", BOTH)
@pytest.mark.parametrize("text", CONTINUATIONS)
def test_a_continuation_is_never_surer_than_the_quote_it_continues(pipeline: str, text: str,
                                                                    request: pytest.FixtureRequest) -> None:
    quotes = speech(request.getfixturevalue(pipeline), text)
    assert len(quotes) >= 2
    for before, after in zip(quotes, quotes[1:]):
        if after.method == "continuation":
            assert after.confidence <= before.confidence, (before, after)


# -- 6: a cue after the quote, in the next sentence, beats a continuation -----------------------------

NEXT_SENTENCE = [
    ('Jane Roe said the plan failed.\n\n"Nobody saw it coming." That was how Jane Doe, the company\'s chief '
     "executive, put it.", "Jane Doe"),
    ('"We lost," Bo Lee said.\n\n"Nobody saw it coming." That is how Jane Doe put it.', "Jane Doe"),
    ('"We lost," Bo Lee said.\n\n"Nobody saw it coming." That\'s exactly how Jane Doe described it.', "Jane Doe"),
    ('"We lost," Bo Lee said.\n\n"Nobody saw it coming." That is what Jane Doe told reporters.', "Jane Doe"),
    ('"We lost," Bo Lee said.\n\n"Nobody saw it coming." Those were the words of Jane Doe, the chief executive.',
     "Jane Doe"),
    ('"We lost," Bo Lee said.\n\n"Nobody saw it coming." That was the verdict of Jane Doe.', "Jane Doe"),
    ('"We lost," Bo Lee said.\n\n"Nobody saw it coming." That was the message from union leader Jane Doe on '
     'Friday.', "Jane Doe"),
    # however strong the continuation (a chain of 'she added' before it), the sentence that points back wins
    ('"We lost," said Ana Ruiz.\n\n"It is only the beginning," said Bo Lee.\n\n"It is only the beginning," she '
     'added.\n\n"Nobody saw it coming." That was the view of Jane Doe, a spokesperson for the ministry.', "Jane Doe"),
]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize(("text", "expected"), NEXT_SENTENCE)
def test_a_cue_in_the_next_sentence_beats_a_continuation(pipeline: str, fast: bool, text: str, expected: str,
                                                         request: pytest.FixtureRequest) -> None:
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text], fast=fast))
    assert names([q for q in quotes if q.type == "direct" and q.text.startswith("Nobody")]) == [expected]


@pytest.mark.model
def test_a_sentence_that_points_back_reports_nothing(nlp: Language) -> None:
    text = '"Nobody saw it coming," Bo Lee said. That was the view of most analysts.'
    assert [q.type for q in extract(nlp, text)] == ["direct"]


# -- a quote with no cue of its own: the person the sentence before it is about ----------------------

ACTION_BEATS = [
    ('Donald Trump spoke first.\n\nHillary Clinton took a different tack on Tuesday. "We need to build '
     'bridges, not walls."', "Hillary Clinton"),
    ('Maya Lindqvist wrote the book in a month.\n\nWhat is next?\n\nShe paused. "A long holiday."',
     "Maya Lindqvist"),
    # a cue of its own still names the speaker
    ('Hillary Clinton took a different tack on Tuesday. "We need bridges," Bill Clinton said.', "Bill Clinton"),
]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize(("text", "expected"), ACTION_BEATS)
def test_a_quote_without_a_cue_is_said_by_whom_the_sentence_before_is_about(pipeline: str, text: str,
                                                                            expected: str,
                                                                            request: pytest.FixtureRequest) -> None:
    assert names(speech(request.getfixturevalue(pipeline), text)) == [expected]


# -- the ranker's output is a probability ---------------------------------------------------------------

@pytest.mark.parametrize("pipeline", BOTH)
def test_confidence_is_a_probability_and_zero_without_a_speaker(pipeline: str,
                                                               request: pytest.FixtureRequest) -> None:
    text = '"We will win," Ana Ruiz said.\n\nThe "plan" is "bold and new and something else," critics say.'
    for q in extract(request.getfixturevalue(pipeline), text):
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker is None:
            assert q.confidence == 0.0


@pytest.mark.model
def test_the_ranker_knows_which_cue_governs_the_quote(nlp: Language, blank_nlp: Language) -> None:
    """'governs': the quote is in the clause of the candidate's cue verb, with a parse only."""
    from quotex.attribution import attributor

    text = ("That proposal prompted Britain's Parliament to call a debate in January on whether to ban Trump; "
            'one lawmaker called Trump "the orange prince of American self-publicity."')
    collected: list = []
    attributor.attribute(nlp(text), collect=collected)
    [group] = collected
    governs = {c.bound.entity.name: [f for f in fs if f.startswith("governs=") and "&" not in f]
               for c, fs in zip(group["candidates"], group["features"])}
    assert governs["one lawmaker"] == ["governs=True"]
    assert governs["Britain's Parliament"] == ["governs=False"]
    blank_collected: list = []
    attributor.attribute(blank_nlp(text), collect=blank_collected)
    assert not any(f.startswith("governs=") for g in blank_collected for fs in g["features"] for f in fs)


# -- one mention, one referent: the cue's pronoun is whom the ranker chose -----------------------------

@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_a_pronoun_the_ranker_read_anew_is_no_other_speaker_between(pipeline: str, fast: bool,
                                                                    request: pytest.FixtureRequest) -> None:
    """The rules read 'she' as the last woman quoted (Linda Ocampo); the ranker, as Carol, named
    just before. The next quote continues Carol's, with no other speaker between."""
    text = ('"That\'s what she said four years ago," Linda Ocampo replied.\n\n'
            'Voters were split. "I came in for Linda," said Gary Pruitt, 61. His wife, Carol, wasn\'t so sure. '
            '"Dana knows the budget," she said. "That counts for something."')
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text], fast=fast))
    assert [(q.text, q.speaker.name) for q in quotes if q.type == "direct"][-2:] == [
        ("Dana knows the budget,", "Carol"), ("That counts for something.", "Carol")]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_every_clause_of_a_pronoun_the_ranker_read_anew_follows_it(pipeline: str, fast: bool,
                                                                   request: pytest.FixtureRequest) -> None:
    """'"…," she said, laughing. "…"': 'laughing' shares the subject of 'said', so it is no other speaker
    between the quotes, and the sentence's subject, read as the ranker read it, is who goes on."""
    text = ('Mayor Agnieszka Nowak wrote to the prime minister that the town would lose money.\n\n'
            '\u201cWe are not a museum,\u201d Nowak said.\n\n'
            'Not everyone is looking back. The miner\u2019s daughter, Marta, 24, works at a battery plant.\n\n'
            '\u201cDad thinks batteries are toys,\u201d she said, laughing. \u201cBut the plant pays better.\u201d')
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text], fast=fast))
    assert [(q.text, q.speaker.name) for q in quotes if q.type == "direct"][-2:] == [
        ("Dad thinks batteries are toys,", "Marta"), ("But the plant pays better.", "Marta")]


# -- the mention that names the speaker ---------------------------------------------------------------
OWN_CUE_NAMES = [
    ('"Texans enjoy that," John McCain said. The longtime senator said he rarely asks surrogates to stump for him, '
     '"except for people I\'m very close to."', "John McCain", "The longtime senator"),
    ('"We will win," Barack Obama said.\n\nThe president also told NPR that he believes he "may represent change '
     'that worries them."', "Barack Obama", "The president"),
]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize(("text", "name", "mention"), OWN_CUE_NAMES)
def test_the_quotes_own_cue_names_its_speaker_over_a_nearer_pronoun(pipeline: str, fast: bool, text: str, name: str,
                                                                    mention: str,
                                                                    request: pytest.FixtureRequest) -> None:
    """The ranker's person is named in the record by the subject of the quote's own cue, in the
    quote's sentence, not by a nearer 'he' inside the report ('said he rarely asks …, "…"')."""
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text], fast=fast))
    last = [q for q in quotes if q.type in ("direct", "mixed")][-1]
    assert last.speaker is not None and last.speaker.mention is not None
    assert (last.speaker.name, last.speaker.mention.text) == (name, mention)


# A definite description whose own relative clause says why the article withholds the name is someone new,
# withheld, not a person named before with the noun; a clause that gives the name the person goes by is no
# such reason ('who asked to be identified by her kunya')
WITHHELD_BY_CLAUSE = [
    ("Shop manager Keo Sisouk said prices had doubled.\n\nThe manager of a fuel station on Kaysone Phomvihane "
     "Avenue, who declined to give his name, said sales had risen.\n\n\"The drivers come back,\" he said.",
     "The manager of a fuel station on Kaysone Phomvihane Avenue", True),
    ("On the roof of her building in Zarqa, Umm Fadi lifts the lid of a black plastic tank.\n\n\u201cThursday it "
     "came for nine hours,\u201d says the 58-year-old grandmother, who asked to be identified by her kunya, as is "
     "common among older women in the city.", "Umm Fadi", False),
]


@pytest.mark.parametrize("pipeline", MODEL)
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])  # (fast: a street's name is no one's)
@pytest.mark.parametrize(("text", "name", "anonymous"), WITHHELD_BY_CLAUSE)
def test_a_description_that_withholds_the_name_is_someone_new(pipeline: str, fast: bool, text: str, name: str,
                                                               anonymous: bool, request: pytest.FixtureRequest) -> None:
    [found] = list(extract_many(request.getfixturevalue(pipeline), [text], fast=fast))
    [quote] = [q for q in found if q.type in ("direct", "mixed")]
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.anonymous) == (name, anonymous)
