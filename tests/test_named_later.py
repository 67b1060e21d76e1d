"""A person the article describes first and names later is named in every record (quotex.attribution.named_later)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from quotex.attribution.named_later import _named_after
from quotex.run.extract import extract_many

# (text, the quote's opening words, the name it takes)
NAMED_LATER = [
    # a name set off after 'The' and the description's noun, in a sentence that reports nothing
    ("A woman in her seventies, walking at the back of the march, said she had lived in the same flat for 51 "
     "years.\n\n\"My husband died in that flat,\" she said.\n\nThe woman, Maria do C\u00e9u Antunes, 74, was "
     "accompanied by her son.", "My husband died", "Maria do C\u00e9u Antunes"),
    # ... or the name the person gave, in a sentence that reports
    ("The minister promised new homes within a month.\n\nA woman at the back of the crowd shouted: \u201cYou said "
     "that on the first day!\u201d The minister did not respond.\n\nThe woman, who later gave her name as Rosa "
     "Huerta, 67, said she had lost both her house and her shop.", "You said that", "Rosa Huerta"),
    # ... a person described though not withheld
    ("A woman in a faded army fleece stood near the barrier holding a sign. \u201cThese are my boys,\u201d she said."
     "\n\nThe woman, Rina Dagan, 61, from the Jezreel Valley, said she had voted Likud her entire life.",
     "These are my boys", "Rina Dagan"),
    # ... or named by 'Her name is …', the unnamed person of that sex mentioned last
    ("JOCOT\u00c1N \u2014 The woman kneeling at the edge of the field pulls up a maize stalk.\n\n\u201cThis is what "
     "the rain left us,\u201d she says.\n\nHer name is Rosa Elvira Ram\u00edrez. She is 44.",
     "This is what the rain", "Rosa Elvira Ram\u00edrez"),
    # a lede's unnamed spokesman, named further down
    ("Ethiopia says the talks are \u201cback on track\u201d, an Ethiopian foreign ministry spokesman said on "
     "Tuesday.\n\nThe talks resumed in Addis Ababa last week.\n\nThe spokesman, Tsegaye Worku, told reporters the "
     "next round would be held in Cairo.", "back on track", "Tsegaye Worku"),
    # a headline's, standfirst's or lead's description, by the noun the one person the story titles so has
    ("Coroner calls for action at quarry\n\nBy Grace Holroyd\n\nA coroner has called for \"urgent\" "
     "action to make a flooded quarry safer.\n\nAn inquest on Thursday examined the death of Tom Hartley, 19.\n\n"
     "Assistant coroner Catherine Lumb asked whether the company had inspected the site.", "urgent",
     "Catherine Lumb"),
    ("\u2018We\u2019re still here\u2019: rugby club celebrates 100 years\n\nIts 84-year-old president says the secret is "
     "simple\n\nBy Lowri Haf Pugh\n\nThree hundred people squeezed into the clubhouse on Saturday night.\n\n"
     "Nobody embodies that more than club president Dai Price, who made 412 appearances.\n\n\"It is the same "
     "people,\" the club president said.", "It is the same", "Dai Price"),
    # ... after a byline of two lines, and with a word of where the holder serves ('a local MSP')
    ("Bus cut will leave pensioners stranded, MSP warns\n\nFirst Glasgow confirms route 63 will be "
     "withdrawn\n\nBy Alasdair MacLeod\nTransport Correspondent\n\nA bus route used by hundreds of people every day "
     "is to be scrapped, with a local MSP warning that elderly residents will be left \u201cstranded\u201d.\n\n"
     "Scottish Labour MSP Karen Lindsay said the decision was a blow.", "stranded", "Karen Lindsay"),
    # a lead that describes someone, and the next paragraph that opens with their name and age
    ("Kayaker thought \u201cthat was it\u201d\n\nBy Tom Penhaligon\n\nA kayaker who was swept out to sea off the "
     "north Cornwall coast has said he \u201cgenuinely thought that was it\u201d before the lifeboat reached him."
     "\n\nSimon Trewin, 52, from Truro, had been paddling near Chapel Porth on Sunday.", "genuinely",
     "Simon Trewin"),
    # a feature's 'The woman who …' lede, and the name with 'is' and an age that opens the next paragraph, a
    # standfirst above naming whom it is about
    ("\u2018I had to learn\u2019\n\nThe chef Folake Adebayo-Hart on grief and Margate\n\nInterview by Charlotte "
     "Wrenfield\n\nThe woman who hurries into the dining room at 10.45 on a Tuesday morning is wearing chef\u2019s "
     "whites. \u2018Sorry, sorry,\u2019 she says, pulling out a chair.\n\nFolake Adebayo-Hart is 44, and for the "
     "past two years her restaurant has been the most talked-about in Kent.", "Sorry, sorry", "Folake Adebayo-Hart"),
    # 'The woman is NAME', an Irish name's capital particle in it
    ("The house is at the end of a lane. A tall woman with cropped white hair opened the door and said: \u2018You\u2019d "
     "better come in, so.\u2019\n\nThe woman is Deirdre \u00d3 Duibhir, and for 31 years she was married to the poet.",
     "You\u2019d better", "Deirdre \u00d3 Duibhir"),
    # 'He is NAME,' after what he said, and the 'he' nothing else resolved after it
    ("On a cold morning I joined them. An old man in a flat cap was standing on the shore. \u2018That\u2019s the "
     "schoolhouse,\u2019 he said to no one in particular.\n\nHe is Gwilym Rowlands, 88, one of a dozen people "
     "still alive who were born in the village. When the valuers came in 1962, he was 25. \u2018My mother gave them "
     "tea,\u2019 he told me.", "My mother gave", "Gwilym Rowlands"),
    ("On a cold morning I joined them. An old man in a flat cap was standing on the shore. \u2018That\u2019s the "
     "schoolhouse,\u2019 he said to no one in particular.\n\nHe is Gwilym Rowlands, 88, one of a dozen people "
     "still alive who were born in the village.", "That\u2019s the", "Gwilym Rowlands"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, opening, name", NAMED_LATER)
def test_a_person_described_then_named_is_named(nlp: Language, fast: bool, text: str, opening: str,
                                                name: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [q] = [q for q in quotes if q.text.startswith(opening) and q.type in ("direct", "mixed")]
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymous) == (name, False)
    assert q.speaker.anonymity is None


@pytest.mark.model
def test_a_name_someone_else_had_before_renames_no_one(nlp: Language) -> None:
    """'The woman, Rosa Huerta,' names no unnamed woman when a Rosa Huerta spoke before her."""
    text = ("Rosa Huerta, the mayor, opened the meeting. \u201cWe start now,\u201d she said.\n\nA woman at the back, "
            "who asked not to be named, shouted: \u201cYou said that last year!\u201d\n\nThe woman, Rosa Huerta, "
            "smiled.")
    [quotes] = list(extract_many(nlp, [text]))
    [q] = [q for q in quotes if q.text.startswith("You said that")]
    assert q.speaker is not None and q.speaker.name != "Rosa Huerta"


@pytest.mark.model
def test_a_leads_source_withheld_for_a_reason_is_not_named_by_a_title(nlp: Language) -> None:
    """'A senior official, speaking on condition of anonymity' in the lead is no official the story names."""
    text = ("Talks stall\n\nBy Grace Holroyd\n\nA senior official, speaking on condition of anonymity, said the talks "
            "had \"stalled completely\".\n\nThe talks resumed in May.\n\nForeign ministry official Tsegaye Worku "
            "declined to comment.")
    [quotes] = list(extract_many(nlp, [text]))
    [q] = [q for q in quotes if q.text.startswith("stalled")]
    assert q.speaker is not None and q.speaker.name != "Tsegaye Worku" and q.speaker.anonymous


@given(st.text(alphabet=st.sampled_from(list("The woman, Rosa Huerta who later gave her name as \n(")), max_size=200),
       st.integers(min_value=0, max_value=250))
def test_a_name_found_later_stands_in_the_text(text: str, after: int) -> None:
    found = _named_after(text, "woman", after)
    assert found is None or found in text[after:]


@given(st.text(alphabet=st.sampled_from(list("Her name is Rosa Elvira .HisSh\u00d3\n(")), max_size=200),
       st.integers(min_value=0, max_value=250))
def test_a_name_her_name_is_gives_stands_in_the_text(text: str, end: int) -> None:
    from quotex.attribution.named_later import first_owned_name

    found = first_owned_name(text, end)
    assert found is None or found in text[:end]



@pytest.mark.model
def test_he_is_a_name_names_no_she(nlp: Language) -> None:
    """'He is Gwilym Rowlands' names no 'she' that nothing else resolved after it."""
    text = ("He is Gwilym Rowlands, 88, one of a dozen people still alive who were born in the village.\n\n"
            "\u2018My mother gave them tea,\u2019 she told me.")
    [quotes] = list(extract_many(nlp, [text]))
    [q] = [q for q in quotes if q.text.startswith("My mother gave")]
    assert q.speaker is None or q.speaker.name != "Gwilym Rowlands"


@pytest.mark.model
def test_a_leads_description_is_no_one_who_held_the_role_before(nlp: Language) -> None:
    """'a Treasury official' in the lead is not 'Scott Morris, a former Treasury official' named further down."""
    text = ("Kim nominated\n\nBy Annie Lowrey\n\nThe nomination was certain to win support, a Treasury official said, "
            "calling Mr. Kim \"the right choice\".\n\nSeveral nations announced support on Thursday.\n\nThe vote is "
            "in May.\n\nScott Morris, a former Treasury official, said the contest was not over.")
    [quotes] = list(extract_many(nlp, [text]))
    [q] = [q for q in quotes if q.text.startswith("the right choice")]
    assert q.speaker is not None and q.speaker.name != "Scott Morris"
