"""Lines whose label names who says them: headlines ('Trump: My plans aren't set in stone.')
and transcript turns ('BOLDUAN: Why not debate?'), reported speech with the label's source."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotex.run.extract import extract

BODY = "\n\nThe candidate spoke to reporters on Tuesday."


@pytest.fixture(params=[pytest.param("nlp", marks=pytest.mark.model), "blank_nlp"])
def any_nlp(request: pytest.FixtureRequest) -> Language:
    """Each test that takes this runs with the trained pipeline and with rules alone."""
    return request.getfixturevalue(request.param)


def labelled(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else "", q.attribution_class or "")
            for q in extract(nlp, text) if q.type == "indirect" and q.cue is not None and q.cue.text == ":"]


@pytest.mark.parametrize("text, expected", [
    ("Mark Cuban: I'd consider a future White House bid." + BODY,
     [("I'd consider a future White House bid", "Mark Cuban", "speech")]),
    ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade." + BODY,
     [("Trump will reverse Roe v. Wade", "Clinton", "speech")]),
    ("NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA." + BODY,
     [("Paris Terror Attacks Highlight Threat Posed by NRA", "NY Daily News", "speech")]),
    ("Poll: Trump and Clinton hold narrow leads in Pennsylvania." + BODY,
     [("Trump and Clinton hold narrow leads in Pennsylvania", "Poll", "action")]),
    # a transcript's turns
    ("KATE BOLDUAN: Why not debate?\n\nJOEL BENENSON: This is a man who never ran a negative ad.",
     [("Why not debate", "KATE BOLDUAN", "speech"), ("This is a man who never ran a negative ad", "JOEL BENENSON",
                                                     "speech")]),
])
def test_a_labelled_line_reports_for_its_label(any_nlp: Language, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    got = labelled(any_nlp, text)
    assert got == expected
    assert all(text[q.start:q.end] == q.text for q in extract(any_nlp, text))


@pytest.mark.parametrize("text", [
    "Photo: Getty Images and Reuters staff." + BODY,  # labels no one says
    "Update: The story was updated at noon." + BODY,
    "The Latest: Trump says he will win Iowa." + BODY,
    "Contributing: Iris Ouyang and Grant Miller of USA TODAY" + BODY,
    "Q: How did things go for you?\n\nA: Believe me, it went fine.",
    "Related: Five things to know about the caucuses." + BODY,
    "WASHINGTON: The Senate voted on the bill today." + BODY,  # a dateline
    'Trump: "My plans are not set in stone."' + BODY,  # a quote: the quote rules attribute it
    "Trump: Yes." + BODY,  # too short to say anything
    "Trump attacks Cruz: The senator is a liar." + BODY,  # a headline of its own, not a label
    # a line-up and a fact box's entries: no claim
    "Chelsea: Kepa, Azpilicueta, Rudiger, Silva, Alonso, Kante, Jorginho, Mount." + BODY,
    "Referee: Michael Oliver of Cheshire" + BODY,
    "Pictured: Boris Johnson and his wife at Downing Street on Monday" + BODY,
    # a transcript's capitals in one line alone, too long for a headline
    "GRAHAM: This is the longest line of the whole transcript, and it goes on and on about the debate, the "
    "candidates, the polls, the money and the voters in every state of the union." + BODY,
    # a paragraph of prose with a colon
    "The plan has three parts: a tax cut, a spending freeze, and a new budget office that reports to Congress "
    "every year on what it found." + BODY,
])
def test_lines_that_are_no_labelled_speech(any_nlp: Language, text: str) -> None:
    assert labelled(any_nlp, text) == []



INTERVIEW = ("Actress Diane Guerrero tells of her family's deportation.\n\n"
             "Diane Guerrero has become a familiar figure through her roles on television. In a memoir, "
             "the 29-year-old tackles the personal side of the immigration debate.\n\n"
             "Q: You open your book on May 17, 2001. What did you find?\n\n"
             "A: My parents were gone, and nobody came to look for me for days.\n\n"
             "Q: Did the immigration service take care of you?\n\n"
             "A: No, no one did.\n\n"
             "Q: And the idea of building a wall along the southern border?\n\n"
             "A: I think a wall is not going to keep people away from their families.")


def test_an_interview_is_the_interviewers_questions_and_the_answers_of_the_one_it_presents(any_nlp: Language) -> None:
    records = [(q.text, q.speaker.name, q.speaker.mention.text) for q in extract(any_nlp, INTERVIEW)
               if q.type == "indirect" and q.speaker is not None and q.paragraph >= 2]
    assert records[:5] == [
        ("You open your book on May 17, 2001. What did you find", "the interviewer", "Q"),
        ("My parents were gone, and nobody came to look for me for days", "Diane Guerrero", "A"),
        ("Did the immigration service take care of you", "the interviewer", "Q"),
        ("No, no one did", "Diane Guerrero", "A"),
        ("And the idea of building a wall along the southern border", "the interviewer", "Q"),
    ]
    assert all(INTERVIEW[q.start:q.end] == q.text for q in extract(any_nlp, INTERVIEW))


@pytest.mark.model
def test_a_report_inside_an_answer_is_kept_and_its_i_is_the_one_interviewed(nlp: Language) -> None:
    [q] = [q for q in extract(nlp, INTERVIEW) if q.paragraph == 7]
    assert (q.text, q.speaker.name, q.speaker.mention.text) == (
        "a wall is not going to keep people away from their families", "Diane Guerrero", "I")


TALK = ("Matthews: Seriously, seriously about this. He says he will pay for free tuition with a tax on Wall "
        "Street speculation, and I want to know how that works in the real world of markets.\n\n"
        "Lopez: Well, every time you buy or trade a hundred dollars worth of stock, you pay fifty cents or "
        "whatever it comes to, and that adds up over a year of trading.\n\n"
        "Matthews: Well, speculation is bad.\n\n"
        "Lopez: Well, no one is like, my retirement account is speculation. In a way, it gets to be all things "
        "to all people, to use these words that people then get to define.")


def test_a_transcript_of_two_speakers_in_title_case_is_their_turns(any_nlp: Language) -> None:
    assert [mention for _, mention, _ in labelled(any_nlp, TALK)] == ["Matthews", "Lopez", "Matthews", "Lopez"]
    one_turn_each = TALK.split("\n\nMatthews: Well")[0] + "\n\nThe panel went on."
    assert labelled(any_nlp, one_turn_each) == []
