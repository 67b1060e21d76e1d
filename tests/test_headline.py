"""A headline's quote is said by whoever says the same words in the story (quotex.attribution.headline)."""

from __future__ import annotations

from typing import Optional

import pytest
from spacy.language import Language

from quotex.output.model import Quote
from quotex.run.extract import extract_many

STORY = ("{headline}\n\nBy Hannah Loughlin\n\n"
         "An inquiry into the Wombat Creek fire heard evidence on Tuesday from its expert witness.\n\n"
         "\"The warning came 40 minutes too late, and it could have been prevented,\" said Rohan Sivalingam, "
         "a fire behaviour analyst.\n")

# (headline, its quote's opening words, speaker or None: no record, marks)
HEADLINES = [
    ('Bushfire inquiry told warning came "40 minutes too late"', "40 minutes", "Rohan Sivalingam", "double"),
    ("Fire death 'could have been prevented', inquiry hears", "could have been", "Rohan Sivalingam", "single"),
    # fewer than three words: the one speaker whose quotes hold them (two speakers: no one, below)
    ('Inquiry hears of "too late" warning', "too late", "Rohan Sivalingam", "double"),
    ("Inquiry hears of 'too late' warning", "too late", "Rohan Sivalingam", "single"),
    # single marks the story's quotes do not hold stay what they are (a title)
    ("Inquiry screens 'The Long Night of Wombat Creek'", "The Long Night", None, "single"),
    # a headline trims what was said: two thirds of its words, three or more, in a run of the story's quote
    ("‘This could have been prevented’: fire inquiry hears analyst", "This could", "Rohan Sivalingam",
     "single"),
    ('"It could have been prevented at once": fire inquiry', "It could", "Rohan Sivalingam", "double"),
    # a third of the words is too few
    ('"We sounded the alarm and the warning came too late for everyone": a resident', "We sounded", None, "double"),
]


def _record(nlp: Language, headline: str, opening: str, fast: bool = False) -> Optional[tuple[str, Optional[str]]]:
    [quotes] = list(extract_many(nlp, [STORY.format(headline=headline)], fast=fast))
    found = [q for q in quotes if q.paragraph == 0 and q.text.startswith(opening) and q.type in ("direct", "mixed")]
    return (found[0].marks, found[0].speaker.name if found[0].speaker else None) if found else None


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("headline, opening, name, marks", HEADLINES)
def test_a_headlines_quote_is_the_storys_speakers(nlp: Language, fast: bool, headline: str, opening: str,
                                                  name: Optional[str], marks: str) -> None:
    found = _record(nlp, headline, opening, fast)
    if name is None:
        assert found is None or found[1] != "Rohan Sivalingam"
    else:
        assert found == (marks, name)


@pytest.mark.parametrize("headline, opening, name, marks", HEADLINES)
def test_a_headlines_quote_without_a_parse(blank_nlp: Language, headline: str, opening: str, name: Optional[str],
                                           marks: str) -> None:
    found = _record(blank_nlp, headline, opening)
    assert found == (marks, name) if name is not None else found is None or found[1] != "Rohan Sivalingam"


def test_a_first_line_with_a_full_stop_is_no_headline(blank_nlp: Language) -> None:
    text = STORY.format(headline="The warning came '40 minutes too late,' a resident wrote.")
    [quotes] = list(extract_many(blank_nlp, [text]))
    assert not [q for q in quotes if q.paragraph == 0 and q.marks == "single"]


# A headline's quote of one or two words is the story's when a quote of the story is those words and no more
# ('impossible choices' in both); a headline's term so quoted too
SHORT = [
    ("Powys council tax to rise 7.5% after \u2018impossible choices\u2019 over budget\n\nBy Gareth Pritchard\n\n"
     "Council tax bills will rise by 7.5% from April.\n\nCouncil leader Catrin Pryce-Lewis said the authority had "
     "been left with \u201cimpossible choices\u201d by the settlement.\n\nThe vote was close.\n",
     "impossible choices", "Catrin Pryce-Lewis"),
    ("Taoiseach accused of \u201chiding behind\u201d HSE as trolley figures hit record\n\nBy Niamh Breen\n\n"
     "Trolley numbers rose again in January.\n\nSinn F\u00e9in leader Aoife Brennan said the Taoiseach was "
     "\u201chiding behind\u201d the HSE.\n\nThe figures were published on Tuesday.\n", "hiding behind", "Aoife Brennan"),
]


@pytest.mark.parametrize("pipeline", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
@pytest.mark.parametrize("text, quote, name", SHORT)
def test_a_headlines_short_quote_is_the_storys_whole_quote(pipeline: str, text: str, quote: str, name: str,
                                                          request: pytest.FixtureRequest) -> None:
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text]))
    [head] = [q for q in quotes if q.paragraph == 0 and q.text == quote]
    assert head.type == "mixed" and head.speaker is not None and head.speaker.name == name


def test_a_headlines_short_quote_two_speakers_say_is_no_ones(blank_nlp: Language) -> None:
    """'too late' in the headline, and in the quotes of two people: no one's (a phrase anyone might use)."""
    text = STORY.format(headline='Inquiry hears of "too late" warning') + (
        "\n\"It was too late for us,\" said Mary Jones, a resident.\n")
    [quotes] = list(extract_many(blank_nlp, [text]))
    head = [q for q in quotes if q.paragraph == 0 and q.text == "too late"]
    assert not head or head[0].type == "term" or head[0].speaker is None


# A headline that opens with a quote set off by a colon or a dash, or ends with one after a colon, over a story that
# does not repeat its words ('‘I only signed what I was given’: Ex-SACCO accountant tells court'): the words are the story's voice, the
# speaker the rest of the headline names, else the one the story quotes most, in more of its quote groups than
# anyone else and in two at least; no one when no one stands out
PROFILE = ("{headline}\n\nBy Sharon Lim\n\nJolene Tan co-founded the payments firm in 2017 after a decade at a bank.\n\n"
           "\u201cThe funding winter was the worst year of my working life,\u201d Ms Tan says.\n\n"
           "An investor, Marcus Goh, praised the cuts. \u201cShe moved faster than anyone,\u201d he said.\n\n"
           "\u201cWe had to find out which parts of the business paid for themselves,\u201d Ms Tan adds.\n")
LABELLED = [
    ("\u2018We would rather be boring and profitable\u2019: payments chief on life after the funding winter",
     "Jolene Tan"),
    ("\u2018We would rather be boring and profitable\u2019 \u2013 payments chief on the funding winter", "Jolene Tan"),
    ("\u201cWe would rather be boring and profitable\u201d: payments chief on life after the funding winter",
     "Jolene Tan"),
    # the rest of the headline names the speaker
    ("\u2018Speed matters more than money\u2019: Goh on the start-up that cut a third of its staff", "Marcus Goh"),
    # a quote that ends the headline after a colon, as British papers write them
    ("Payments chief on life after the funding winter: \u2018We would rather be boring and profitable\u2019",
     "Jolene Tan"),
    ("Goh on the start-up that cut a third of its staff: \u2018Speed matters more than money\u2019", "Marcus Goh"),
]


@pytest.mark.parametrize("pipeline", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
@pytest.mark.parametrize("headline, name", LABELLED)
def test_a_labelled_headline_quote_is_the_storys_voice(pipeline: str, headline: str, name: str,
                                                       request: pytest.FixtureRequest) -> None:
    text = PROFILE.format(headline=headline)
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text]))
    [head] = [q for q in quotes if q.paragraph == 0 and q.type != "term"]
    assert head.type == "direct" and head.speaker is not None and head.speaker.name == name
    assert text[head.start - 1] in "\u2018\u201c" and text[head.end] in "\u2019\u201d"  # the whole quote
    assert head.confidence <= 0.5  # a guess from the layout


def test_a_labelled_headline_quote_with_no_voice_is_no_ones(blank_nlp: Language) -> None:
    # two speakers quoted once each: no one stands out, and no report is read across the closing mark
    text = PROFILE.format(headline="\u2018We would rather be boring and profitable\u2019: fintech on the winter")
    text = text[:text.index("\u201cWe had to")]
    [quotes] = list(extract_many(blank_nlp, [text]))
    head = [q for q in quotes if q.paragraph == 0 and q.type != "term"]
    assert all(q.speaker is None for q in head if q.type in ("direct", "mixed"))
    assert not [q for q in head if q.type == "indirect"]


@pytest.mark.model
def test_a_headlines_single_marks_inside_its_report_are_the_storys_quote(nlp: Language) -> None:
    """A headline's report with its words in single marks, an apostrophe among them, over a story in double marks
    whose quote holds them all: a quote of the story's speaker."""
    text = ("Trailer launch: Kabir Malhotra says he 'couldn't sleep for two days' after shooting the climax\n\n"
            "The trailer was launched in Mumbai on Tuesday.\n\n"
            "\"I couldn't sleep for two days after we shot the climax,\" Malhotra told the media.\n")
    [quotes] = list(extract_many(nlp, [text]))
    [head] = [q for q in quotes if q.paragraph == 0 and q.type == "mixed"]
    assert head.text == "couldn't sleep for two days" and head.speaker is not None
    assert head.speaker.name == "Kabir Malhotra"


# A crosshead that is a quote in single marks and no more, over a story in double marks, as the BBC heads a part
# of the story with words it goes on to quote: the speaker of the story's quote that holds them; no one's when
# no quote does (a section's title)
CROSSHEAD = ("Hospital waits 'a scandal', says surgeons' leader\n\nBy Sian Lloyd-Williams\n\nMore than 24,000 "
             "patients have waited over two years, new figures show.\n\n{crosshead}\n\nMargaret Hopkins, 71, has "
             "waited three years for a new hip.\n\n\"I can't pick up my granddaughter. I used to have her two days a "
             "week,\" she said.\n\n\"We are sorry for every long wait,\" a health board spokesperson said. \"We are "
             "adding theatre time.\"\n")


def _quotes(request: pytest.FixtureRequest, pipeline: str, text: str) -> list[Quote]:
    [quotes] = list(extract_many(request.getfixturevalue(pipeline), [text]))
    return quotes


@pytest.mark.parametrize("pipeline", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
def test_a_crosshead_in_single_marks_is_the_storys_quote(pipeline: str, request: pytest.FixtureRequest) -> None:
    text = CROSSHEAD.format(crosshead="'I can't pick up my granddaughter'")
    quotes = _quotes(request, pipeline, text)
    [head] = [q for q in quotes if q.text == "I can't pick up my granddaughter"]
    [story] = [q for q in quotes if q.text.startswith("I can't pick up my granddaughter.")]
    assert head.type == "direct" and head.speaker is not None and story.speaker is not None
    assert head.speaker.name == story.speaker.name == ("Margaret Hopkins" if pipeline == "nlp" else "she")
    assert text[head.start:head.end] == head.text


@pytest.mark.parametrize("pipeline", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
def test_a_crosshead_between_dashes_is_the_storys_quote(pipeline: str, request: pytest.FixtureRequest) -> None:
    """AFP sets a crosshead between dashes: '- ‘I can't pick up my granddaughter’ -'."""
    text = CROSSHEAD.format(crosshead="- 'I can't pick up my granddaughter' -")
    [head] = [q for q in _quotes(request, pipeline, text) if q.text == "I can't pick up my granddaughter"]
    assert head.type == "direct" and head.speaker is not None and text[head.start:head.end] == head.text


def test_a_crosshead_no_quote_holds_is_no_quote(blank_nlp: Language) -> None:
    text = CROSSHEAD.format(crosshead="'The longest waits in Britain'")
    [quotes] = list(extract_many(blank_nlp, [text]))
    assert not [q for q in quotes if q.text == "The longest waits in Britain" and q.type in ("direct", "mixed")]


# A standfirst, the short line under the headline that sums the story up, with a quote in single marks over a
# story in double marks whose quote holds the words: the story's speaker's (American papers' decks, British
# standfirsts); single marks no quote of the story holds stay no quote.
STANDFIRST = ("Brandon Falls police chief placed on leave\n\nCity manager declines to say what prompted the review; "
              "officers\u2019 union president calls the move \u2018{words}\u2019\n\nBy Celeste Marchetti\n\n"
              "Police Chief Raymond Dutcher was placed on paid leave Wednesday, City Manager Yolanda Steward said.\n\n"
              "Lodge President Sgt. Tyrell Ames called the leave \u201clong overdue\u201d and said the union had "
              "raised concerns.\n")


@pytest.mark.parametrize("pipeline", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
def test_a_standfirsts_single_marks_are_the_storys_quote(pipeline: str, request: pytest.FixtureRequest) -> None:
    text = STANDFIRST.format(words="long overdue")
    [deck] = [q for q in _quotes(request, pipeline, text) if q.paragraph == 1 and q.text == "long overdue"]
    assert deck.type == "mixed" and deck.speaker is not None and deck.speaker.name.endswith("Ames")
    assert text[deck.start:deck.end] == deck.text


def test_a_standfirsts_single_marks_no_quote_holds_are_no_quote(blank_nlp: Language) -> None:
    text = STANDFIRST.format(words="Operation Clean Slate")
    [quotes] = list(extract_many(blank_nlp, [text]))
    assert not [q for q in quotes if q.text == "Operation Clean Slate" and q.type in ("direct", "mixed")]
