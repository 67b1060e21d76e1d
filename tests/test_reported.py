"""Indirect speech, and who the speaker is: description, anonymity, id, cue class."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest
from spacy.language import Language

from quotex.output.model import Quote
from quotex.run.extract import extract, extract_many

BOTH = ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)]
SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"


@pytest.fixture(params=BOTH)
def any_nlp(request: pytest.FixtureRequest) -> Language:
    return request.getfixturevalue(request.param)


TRAINED_AGAINST_SPEC = pytest.mark.xfail(
    strict=True,
    reason="the report scorer trained on PolNeAR train adds this report: PolNeAR annotates 'was seen' (8 "
           "indirect rows in train) as a cue; the spec does not. Left for the trained reported-speech model "
           "(see training/README.md)")


def indirect(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.type == "indirect"]


@pytest.mark.parametrize("text, content, name, cue", [
    ("Leon Panetta said he hoped to talk to Chinese defense officials about cooperation.",
     "he hoped to talk to Chinese defense officials about cooperation", "Leon Panetta", "said"),
    ("Leon Panetta said that the visit would help.", "that the visit would help", "Leon Panetta", "said"),
    ("The United States wants a stable relationship, the official said.",
     "The United States wants a stable relationship", "the official", "said"),
])
def test_reported_clause_is_an_indirect_fragment(any_nlp: Language, text: str, content: str, name: str,
                                                 cue: str) -> None:
    [q] = indirect(extract(any_nlp, text))
    assert (q.text, q.speaker.name, q.cue.text, q.cue.cue_class) == (content, name, cue, "speech")
    assert text[q.start:q.end] == q.text


@pytest.mark.model
def test_according_to_reports_the_rest_of_the_sentence(nlp: Language) -> None:
    text = "According to the Pentagon, the talks will resume next week."
    [q] = indirect(extract(nlp, text))
    assert (q.text, q.speaker.name, q.speaker.kind, q.cue.text) == (
        "the talks will resume next week", "the Pentagon", "organization", "According to")


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # the content starts after the whole phrase and its comma, whatever of it the source holds
    ("According to documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000, the first "
     "lady had referred to Ms. Lewinsky as a narcissistic loony toon.",
     "the first lady had referred to Ms. Lewinsky as a narcissistic loony toon"),
    ("According to E. J. Fleming's book and other sources, his was an all-purpose job.", "his was an all-purpose job"),
    ("According to the Pentagon, the talks will resume next week.", "the talks will resume next week"),
])
def test_according_to_reports_what_follows_the_whole_phrase(nlp: Language, text: str, content: str) -> None:
    [q] = [q for q in indirect(extract(nlp, text)) if q.cue.text == "According to"]
    assert q.text == content


@pytest.mark.model
@pytest.mark.parametrize("text, content, name", [
    # a cue in an adjective's complement reports for the subject the adjective is said of
    ("Democratic voters are more likely to say that Clinton represents their positions.",
     "that Clinton represents their positions", "Democratic voters"),
    ("Republicans were quick to point out that the law had changed.", "that the law had changed", "Republicans"),
    ("Her strategists are careful not to reveal too much of their playbook publicly.",
     "too much of their playbook", "Her strategists"),
])
def test_a_cue_after_an_adjective_reports_for_its_subject(nlp: Language, text: str, content: str, name: str) -> None:
    [q] = indirect(extract(nlp, text))
    assert (q.text, q.speaker.name if q.speaker else None) == (content, name)


@pytest.mark.model
@pytest.mark.parametrize("text, content, name", [
    # a participle's doer is its main clause's subject, a passive one too
    ("He was forced to resign last year, saying that the board had lied to him.", "that the board had lied to him",
     "He"),
    ("The senator was mobbed by reporters on Monday, insisting that she had done nothing wrong.",
     "that she had done nothing wrong", "The senator"),
])
def test_a_participle_reports_for_its_main_clauses_subject(nlp: Language, text: str, content: str, name: str) -> None:
    [q] = [q for q in indirect(extract(nlp, text)) if q.text == content]
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.model
def test_thought_and_writing_cues_are_classed(nlp: Language) -> None:
    text = "Many voters believe the economy is weak.\n\nThe senator wrote that the bill was dead."
    classes = {q.cue.text: q.cue.cue_class for q in indirect(extract(nlp, text))}
    assert classes == {"believe": "thought", "wrote": "writing"}


@pytest.mark.model
def test_a_mixed_quote_shares_its_reported_clause_group(nlp: Language) -> None:
    text = 'Dean Cheng said the military was "averse to transparency" in its dealings.'
    quotes = extract(nlp, text)
    report = next(q for q in quotes if q.type == "indirect")
    piece = next(q for q in quotes if q.type == "mixed")
    assert report.start <= piece.start and piece.end <= report.end
    assert report.group == piece.group
    assert report.speaker.id == piece.speaker.id and piece.speaker.name == "Dean Cheng"
    assert [q.index for q in quotes] == list(range(len(quotes)))


def test_a_direct_quote_is_not_also_reported(any_nlp: Language) -> None:
    quotes = extract(any_nlp, '"We will not back down," Mayor Jane Smith said.')
    assert [q.type for q in quotes] == ["direct"]


@pytest.mark.model
def test_description_anonymity_and_ids_on_the_seeds(nlp: Language) -> None:
    seed = SEEDS / "000_004140655de9bfc6.txt"
    text = seed.read_text(encoding="utf-8")
    quotes = [q for q in extract(nlp, text) if q.type in ("direct", "mixed")]
    cheng = [q.speaker for q in quotes if q.speaker.name == "Dean Cheng"]
    assert cheng and all(s.description == "a China analyst at the conservative Heritage Foundation think tank in "
                                          "Washington" for s in cheng)
    assert len({s.id for s in cheng}) == 1
    official = [q.speaker for q in quotes if q.speaker.anonymous]
    assert official and all(s.anonymity == "on condition of anonymity" and s.kind == "person" for s in official)
    assert len({q.speaker.id for q in quotes}) == 3  # the official, Cheng, Panetta

    seed = SEEDS / "002_d490beff07df3f05.txt"
    text = seed.read_text(encoding="utf-8")
    speakers = {q.speaker.id: q.speaker for q in extract(nlp, text) if q.type == "direct"}
    assert [s.anonymity for s in speakers.values()] == ["speaking on background"]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_one_of_the_unnamed_people_goes_unnamed_for_their_reason(nlp: Language, fast: bool) -> None:
    text = ("The Pentagon is considering sending more troops, according to two U.S. officials who were not "
            "authorized to speak publicly.\n\n\"Nothing has been decided,\" one of the officials said.")
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [speaker] = [q.speaker for q in quotes if q.type == "direct" and q.speaker]
    assert (speaker.name, speaker.anonymous) == ("one of the officials", True)
    assert speaker.anonymity is not None and "not authorized to speak publicly" in speaker.anonymity


def test_fragments_of_one_type_never_overlap(any_nlp: Language) -> None:
    text = ("Smith said Jones believes the plan will fail. Jones said, \"It won't.\"\n"
            "According to aides, officials think the vote is close.\n")
    quotes = extract(any_nlp, text)
    for kind in ("indirect", "direct", "mixed"):
        spans = sorted((q.start, q.end) for q in quotes if q.type == kind)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.model
def test_a_named_appositive_is_the_speaker_and_org_names_keep_their_of(nlp: Language) -> None:
    text = "A spokesman for the port authority, Kevin O'Hara, said the strike would end.\n\n" \
           "The Chamber of Commerce said it was worried."
    first, second = indirect(extract(nlp, text))
    assert (first.speaker.name, first.speaker.description, first.speaker.anonymous) == (
        "Kevin O'Hara", "A spokesman for the port authority", False)
    assert (second.speaker.name, second.speaker.kind) == ("The Chamber of Commerce", "organization")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tokyo calls the islands the Senkaku, and Beijing calls them the Diaoyu.",  # a name names
    "Japan will buy a group of disputed islands which Tokyo calls the Senkaku.",  # and its relative is no report
    "She called the police.",
    "Chairman Reince Priebus is even calling major fundraisers himself.",
    "At a rally in Macon, Trump called LeVell, a former county chairman, to the stage.",  # a description
])
def test_naming_is_not_reporting(nlp: Language, text: str) -> None:
    assert [q.text for q in indirect(extract(nlp, text)) if q.cue.text.startswith("call")] == []


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # what a naming cue's object is said to be: the report is the object and the predicate
    ("He called the actions lawful.", "the actions lawful"),
    ("Sanders called her fallen son her hero before explaining why she forgave Roof.", "her fallen son her hero"),
    ("The senator dubbed the plan a disaster.", "the plan a disaster"),
    ("Speaker Paul Ryan on Tuesday called the remarks racist.", "the remarks racist"),
])
def test_calling_a_thing_something_reports_what_it_is_said_to_be(nlp: Language, text: str, content: str) -> None:
    [q] = [q for q in indirect(extract(nlp, text)) if q.cue.text.startswith(("call", "dub"))]
    assert q.text == content and q.speaker is not None


@pytest.mark.model
@pytest.mark.parametrize("text, content, name, cue", [
    ("Clinton has repeatedly accused Trump of using divisive rhetoric.", "Trump of using divisive rhetoric",
     "Clinton", "accused"),
    ("The governor backed the plan to expand Medicaid.", "the plan to expand Medicaid", "The governor", "backed"),
    ("Trump called for a special prosecutor to investigate the foundation.",
     "a special prosecutor to investigate the foundation", "Trump", "called for"),
    ("Palmieri called on Trump to stop attacking Machado.", "Trump to stop attacking Machado", "Palmieri",
     "called on"),
    ("Obama spoke about the economy on Tuesday.", "the economy", "Obama", "spoke about"),  # the cue's preposition
    ("Clinton pushed for a higher minimum wage.", "a higher minimum wage", "Clinton", "pushed for"),
    # 'for' opening the clause its verb governs, and the clause the parse hung apart from its subject
    ("Clinton called for the coalition to increase its efforts against the Islamic State.",
     "the coalition to increase its efforts against the Islamic State", "Clinton", "called for"),
    ("Cruz is calling for some of his Republican rivals to drop out.", "some of his Republican rivals to drop out",
     "Cruz", "calling for"),
    ("Senator Smith is hoping to win the seat.", "to win the seat", "Smith", "hoping"),
    ("Trump said he would win the state, encouraging his supporters to vote early.", "he would win the state",
     "Trump", "said"),
])
def test_stance_verbs_and_prepositional_cues_report_what_they_act_on(nlp: Language, text: str, content: str,
                                                                     name: str, cue: str) -> None:
    [q] = [q for q in indirect(extract(nlp, text)) if q.cue.text == cue]
    assert (q.text, q.cue.text) == (content, cue) and q.speaker.name.endswith(name)
    assert text[q.start:q.end] == q.text


@pytest.mark.model
def test_a_parenthetical_cue_reports_both_sides_in_one_group(nlp: Language) -> None:
    text = "Mr. Smith said the market was weak. The closures, he said, have involved public courses."
    first, *pieces = indirect(extract(nlp, text))
    assert [q.text for q in pieces] == ["The closures", "have involved public courses"]
    assert {q.group for q in pieces} == {pieces[0].group} != {first.group}
    assert all(q.speaker.name.endswith("Smith") for q in pieces)


@pytest.mark.model
@pytest.mark.parametrize("text, pieces", [
    ("Instead, she said, her boss told her he had booked a room.",
     ["Instead", "her boss told her he had booked a room"]),
    ("Trump, Sexton said, has created a strange zone.", ["Trump", "has created a strange zone"]),
    ("Recently, he said, he has realized that Georgia is not as hospitable.",
     ["Recently", "he has realized that Georgia is not as hospitable"]),
    # a relative adverb is no piece of what was said
    ("Mr. Trump lamented the old days when, he said, protesters would have been treated harshly.",
     ["protesters would have been treated harshly"]),
])
def test_a_one_word_first_piece_of_an_interrupted_report_is_a_piece(nlp: Language, text: str,
                                                                   pieces: list[str]) -> None:
    said = [q for q in indirect(extract(nlp, text)) if q.cue.text == "said"]
    assert [q.text for q in said] == pieces
    assert len({q.group for q in said}) == 1


@pytest.mark.model
def test_according_to_between_two_parts_of_a_sentence_reports_both(nlp: Language) -> None:
    text = "At the heart of the trouble, according to Dennis Ross, a former envoy, was a decision by Obama."
    assert [q.text for q in indirect(extract(nlp, text))] == ["At the heart of the trouble",
                                                              "was a decision by Obama"]


def test_stance_verbs_do_not_attribute_quotes(any_nlp: Language) -> None:
    text = 'Smith backed the plan. "It will pass," Jones said.\n\n"We have the votes."'
    speakers = [q.speaker.name for q in extract(any_nlp, text) if q.type == "direct"]
    assert speakers == ["Jones", "Jones"]


@pytest.mark.model
@pytest.mark.parametrize("text, pieces, cue", [
    ("Clinton appeared to assuage liberal concerns about her campaign.",
     ["Clinton", "to assuage liberal concerns about her campaign"], "appeared"),
    ("The House is expected to pass a bipartisan bill later this week.",
     ["The House", "to pass a bipartisan bill later this week"], "expected"),
    ("It appears that the talks have stalled over the border.", ["that the talks have stalled over the border"],
     "appears"),
    # a hearsay adverb: the clause around it, in two pieces
    ("In total, the hackers have reportedly infiltrated more than 100 party officials.",
     ["the hackers have", "infiltrated more than 100 party officials"], "reportedly"),
    ("The Club for Growth is reportedly spending $1.5 million on advertisements.",
     ["The Club for Growth is", "spending $1.5 million on advertisements"], "reportedly"),
    # a question put to the subject: the unnamed asker's
    ("Asked if he was ever bullied, the candidate said no.", ["if he was ever bullied"], "Asked"),
    ('"You bet I would," Christie said when asked whether he would issue a quarantine.',
     ["whether he would issue a quarantine"], "asked"),
    ("The remarks came in an interview on Saturday, when he was asked about the former first lady.",
     ["he", "the former first lady"], "asked about"),  # (the one asked, as for other passives)
    # what it asks holds no report of the one asked, though the parse hangs the question before the subject
    ("Asked in Iowa whether he would support Donald Trump if Trump is the nominee, Rubio gave a vague answer.",
     ["whether he would support Donald Trump if Trump is the nominee"], "Asked"),
])
def test_a_claim_without_a_source_is_reported_with_no_speaker(nlp: Language, text: str, pieces: list[str],
                                                              cue: str) -> None:
    found = indirect(extract(nlp, text))
    assert [q.text for q in found] == pieces
    assert all(q.speaker is None and q.cue.text == cue and q.confidence == 0.0 for q in found)
    assert len({q.group for q in found}) == 1


@pytest.mark.model
def test_a_sourced_report_wins_over_a_claim_inside_it(nlp: Language) -> None:
    [q] = indirect(extract(nlp, "Smith said the House is expected to pass the bill."))
    assert (q.text, q.speaker.name) == ("the House is expected to pass the bill", "Smith")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Smith reportedly told aides that he would resign.",  # the report's own verb: Smith's report
    "Police are looking for the manager, who allegedly assaulted a reporter.",  # a relative pronoun is no piece
])
def test_a_hearsay_adverb_on_a_report_or_a_relative_makes_no_unsourced_claim(nlp: Language, text: str) -> None:
    assert [q.text for q in indirect(extract(nlp, text)) if q.speaker is None] == []


def test_without_a_parse_no_claim_goes_unsourced(blank_nlp: Language) -> None:
    assert indirect(extract(blank_nlp, "Clinton appeared to assuage liberal concerns.")) == []


@pytest.mark.model
def test_what_a_quote_is_said_of_is_reported_in_the_quote_group(nlp: Language) -> None:
    text = '"It is unanimous," Levine said of the council\'s support for terminating contracts.'
    quotes = extract(nlp, text)
    quote = next(q for q in quotes if q.type == "direct")
    [topic] = indirect(quotes)
    assert (topic.text, topic.speaker.name, topic.group) == (
        "the council's support for terminating contracts", "Levine", quote.group)


@pytest.mark.model
def test_a_stance_verb_may_report_a_lone_name(nlp: Language) -> None:
    [q] = indirect(extract(nlp, "Clinton has repeatedly attacked Trump."))
    assert (q.text, q.speaker.name, q.cue.text) == ("Trump", "Clinton", "attacked")


def test_a_lone_word_after_a_speech_verb_is_no_report(any_nlp: Language) -> None:
    assert indirect(extract(any_nlp, "Leon Panetta said hello.")) == []


@pytest.mark.model
def test_a_relative_object_stands_for_what_is_reported(nlp: Language) -> None:
    text = "Donald Trump said the talks failed. The server, which he described as an open orchid, was hacked."
    pieces = [q for q in indirect(extract(nlp, text)) if q.cue.text == "described"]
    assert [q.text for q in pieces] == ["which", "as an open orchid"]
    assert {q.speaker.name for q in pieces} == {"Donald Trump"} and len({q.group for q in pieces}) == 1


@pytest.mark.model
@pytest.mark.parametrize("text, cue, pieces", [
    ("Lindsey Graham called out Trump for alienating Hispanics, which he believes will make it impossible to win.",
     "believes", ["which", "will make it impossible to win"]),
    ("Lindsey Graham asked for a fair sentence, which he said was not a prison sentence.",
     "said", ["which", "was not a prison sentence"]),
])
def test_a_relative_subject_of_the_content_is_a_piece_apart_from_the_cue(nlp: Language, text: str, cue: str,
                                                                         pieces: list[str]) -> None:
    found = [q for q in indirect(extract(nlp, text)) if q.cue.text == cue]
    assert [q.text for q in found] == pieces
    assert {q.speaker.name for q in found} == {"Lindsey Graham"} and len({q.group for q in found}) == 1


@pytest.mark.model
@pytest.mark.parametrize("text, content, name, cue", [
    ("Susan Sarandon is not sure she can vote for Hillary Clinton.", "she can vote for Hillary Clinton",
     "Susan Sarandon", "sure"),
    ("Many voters are worried about the economy.", "the economy", "Many voters", "worried"),
])
def test_an_attitude_adjective_reports_its_subjects_stance(nlp: Language, text: str, content: str, name: str,
                                                           cue: str) -> None:
    [q] = indirect(extract(nlp, text))
    assert (q.text, q.speaker.name, q.cue.text, q.cue.cue_class) == (content, name, cue, "thought")


@pytest.mark.model
def test_it_is_clear_has_no_holder(nlp: Language) -> None:
    assert indirect(extract(nlp, "It is certain that the vote will be close.")) == []


@pytest.mark.model
@TRAINED_AGAINST_SPEC
def test_a_passive_perception_verb_presents_no_claim(nlp: Language) -> None:
    assert indirect(extract(nlp, "In the video, McDonald is seen walking down a street.")) == []


@pytest.mark.model
@pytest.mark.parametrize("text, content, name", [
    ("The proposals have been applauded by Wall Street critics.", "The proposals", "Wall Street critics"),
    ("The country described by the president is a dark place.", "The country", "the president"),
])
def test_a_passive_cue_reports_for_its_by_phrase(nlp: Language, text: str, content: str, name: str) -> None:
    [q] = indirect(extract(nlp, text))
    assert (q.text, q.speaker.name) == (content, name)


def test_a_passive_cue_gives_a_quote_to_its_agent(nlp: Language) -> None:
    text = 'The plan was praised by Tom Jones: "It is a fine plan."'
    [q] = [q for q in extract(nlp, text) if q.type == "direct"]
    assert q.speaker is not None and q.speaker.name == "Tom Jones"


# A quote that a passive verb of saying governs is said by the 'by' phrase right after it, where the
# parse hangs that phrase on the quoted words ('called "a disgrace" [by critics]'); the quote is no
# term, and its class is speech, not a thought nobody is said to hold.
QUOTED_AGENTS = [
    # (text, quote, name)
    ('The plan was described as "reckless" by Senator Jane Smith.', "reckless", "Jane Smith"),
    ('The movement has been called "strategic ambiguity" by Joshua Hendrick, a professor.', "strategic ambiguity",
     "Joshua Hendrick"),
    ('Trump was branded "a fraud" by Romney on Thursday.', "a fraud", "Romney"),
    ('The hearings, often labeled as a "witch hunt" by Democrats, continued.', "witch hunt", "Democrats"),
    # unnamed sources too, and not the speaker of the quote before: the agent is the syntax's answer
    ('It was called "a disgrace" by critics.', "a disgrace", "critics"),
    ('"Go," he said. The bill was denounced as "a betrayal" by union leaders.', "a betrayal", "union leaders"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", QUOTED_AGENTS)
def test_a_passive_cue_gives_the_quote_it_governs_to_the_by_phrase_after_it(nlp: Language, fast: bool, text: str,
                                                                            quote: str, name: str) -> None:
    [q] = [q for q in next(iter(extract_many(nlp, [text], fast=fast))) if q.text.startswith(quote)]
    assert (q.type, q.speaker.name if q.speaker else None, q.attribution_class) == ("mixed", name, "speech")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    'The song "Hey Jude" by the Beatles played on.',  # no verb of saying
    'He was "deeply moved" by the tribute.',  # no verb of saying: the 'by' is what moved him
])
def test_a_by_phrase_without_a_passive_verb_of_saying_names_no_speaker(nlp: Language, text: str) -> None:
    assert [(q.type, q.speaker) for q in extract(nlp, text) if q.marks is not None] == [("term", None)]


# 'accuse', 'charge', 'suspect', 'convict' need their target as object ('accused [Trump] of lying'):
# followed at once by 'of' or 'with' they are a headline's passive, and their subject is the one
# accused, never the source; nor does a 'by' agent's phrase take the verb's 'of' along.
@pytest.mark.parametrize("model", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
@pytest.mark.parametrize("text", [
    "Ministers accused of 'betraying' coastal towns over ferry contract",
    'Ministers accused of "betraying" coastal towns over ferry contract',
    'Man charged with "senseless" attack on pensioner',
])
def test_the_subject_of_a_headlines_charge_is_not_its_source(request: pytest.FixtureRequest, model: str,
                                                              text: str) -> None:
    found = extract(request.getfixturevalue(model), text)
    assert all(q.speaker is None or q.speaker.name not in ("Ministers", "Man") for q in found)


# but a relative pronoun before the verb is its object, and the subject the source
@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Talks stalled over Fethullah Gulen, the preacher whom Erdogan accuses of masterminding the coup.", "Erdogan"),
    ("Obama called out the rest of the GOP field, who he accused of preying on the anxieties of voters.", "Obama"),
])
def test_a_charge_whose_object_went_before_as_a_relative_pronoun_has_its_subject_for_source(
        nlp: Language, text: str, name: str) -> None:
    found = [q for q in indirect(extract(nlp, text)) if q.cue and "accuse" in q.cue.text]
    assert found and {q.speaker.name if q.speaker else None for q in found} == {name}


@pytest.mark.model
def test_the_agent_of_a_charge_ends_before_the_charge(nlp: Language) -> None:
    [q] = indirect(extract(nlp, "The minister was accused by the opposition of misleading parliament."))
    assert q.speaker is not None and q.speaker.name == "the opposition"


def test_an_unresolved_pronoun_reports_with_low_confidence(any_nlp: Language) -> None:
    [q] = indirect(extract(any_nlp, "He said the plan would fail."))
    assert (q.text, q.speaker.name, q.method, q.confidence) == ("the plan would fail", "He", "pronoun", 0.3)


@pytest.mark.parametrize("text, content, name", [
    # a time phrase between the subject and the cue is no subject
    ("Governor Terry McAuliffe on Friday announced that he had signed an executive order.",
     "that he had signed an executive order", "Terry McAuliffe"),
    ("Senator Ana Ruiz last week announced that she would run again.", "that she would run again", "Ana Ruiz"),
])
def test_a_time_phrase_before_the_cue_is_no_subject(any_nlp: Language, text: str, content: str, name: str) -> None:
    [q] = [q for q in indirect(extract(any_nlp, text)) if q.text == content]
    assert q.speaker is not None and q.speaker.name == name


IT_REPORTS = [
    # an 'it' that does the reporting is the source, named as written when nothing before it resolves it
    ("It said the plan would fail.", "the plan would fail", "It"),
    ('Ana Ruiz spoke on Monday. "The plan will fail," it said.', "The plan will fail,", "it"),
]


@pytest.mark.parametrize("text, words, name", IT_REPORTS)
def test_an_it_that_reports_is_its_source_never_a_person_guessed(any_nlp: Language, text: str, words: str,
                                                                  name: str) -> None:
    [q] = [q for q in extract(any_nlp, text) if q.text == words]
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, "unknown")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the empty 'it' of a linking verb or of a clause above the cue is no source
    "It is hard to imagine that the plan would fail.",
    "It's clear that the mayor will not resign.",
    "It seems that the mayor will not resign.",
    "It is important to remember that the council never voted on the plan.",
])
def test_an_empty_it_is_no_source(nlp: Language, text: str) -> None:
    assert all(q.speaker is None for q in extract(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, words, name, kind", [
    # outside quotes, 'I' and 'we' are the writer and 'you' the reader, each named as written
    ("You might think that the plan would fail.", "that the plan would fail", "You", "unknown"),
    ("Sanders spoke in Iowa. You know that he will stay in the race.", "that he will stay in the race", "You",
     "unknown"),
    ("I think the plan will fail.", "the plan will fail", "I", "person"),
])
def test_the_writer_and_the_reader_are_named_as_written(nlp: Language, text: str, words: str, name: str,
                                                         kind: str) -> None:
    [q] = [q for q in extract(nlp, text) if q.text == words]
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.model
def test_an_it_resolved_names_what_it_refers_to(nlp: Language) -> None:
    [q] = extract(nlp, 'The agency issued a statement on Monday. "The plan will fail," it said.')
    assert q.speaker is not None and q.speaker.name == "The agency"


ASIDES = [
    # an aside that ends the content is the writer's, not the report's
    ("The union said it had won a pay rise, its first in five years.", "it had won a pay rise"),
    ("Ms Patel said the council would cut the budget, which funds 40 libraries.",
     "the council would cut the budget"),
    ("Jones said Acme had raised $20 million, nearly all of it from small donors.", "Acme had raised $20 million"),
    # an aside the content goes on after is part of it
    ("Bloomberg says its reporting has found that the entities, which include trusts in Liechtenstein, are "
     "still under his control.",
     "its reporting has found that the entities, which include trusts in Liechtenstein, are still under his "
     "control"),
    ("The agency said it found that the drug, which is sold as Zolex, caused liver damage in some patients.",
     "it found that the drug, which is sold as Zolex, caused liver damage in some patients"),
    ("Officials said the review concluded that the hospital, which opened in 2019, had failed to report the "
     "deaths.", "the review concluded that the hospital, which opened in 2019, had failed to report the deaths"),
    # a name in apposition says who or where the noun before it is: no aside
    ("A new poll showed the governor with a 10-point lead over his closest rival, Ana Ruiz.",
     "the governor with a 10-point lead over his closest rival, Ana Ruiz"),
    ("The senator said he would not meet the president's nominee, Merrick Garland.",
     "he would not meet the president's nominee, Merrick Garland"),
    ("Officials said the fire started in a warehouse in Dayton, Ohio.", "the fire started in a warehouse in Dayton, Ohio"),
    # a description in apposition is still an aside
    ("The mayor said the council would sell the land, a move that angered residents.",
     "the council would sell the land"),
]


PAST_A_COLON = [
    # a content before its cue starts after the last colon or semicolon in it
    ("The tax has not made the city less attractive: London was the top financial centre in 2015, according to "
     "one index.", "London was the top financial centre in 2015"),
    ("Turnout was low in the north; fewer than half of voters cast a ballot, officials said.",
     "fewer than half of voters cast a ballot"),
    ("The plan has one flaw: it costs too much, the report says.", "it costs too much"),
    # a clause that a colon parts from the cue is none of its content
    ("The race is lopsided: Clinton is backed by 520 superdelegates, according to an AP tally.",
     "Clinton is backed by 520 superdelegates"),
    # not one inside quote marks, nor one before a list with no verb
    ("The book, \"Crippled America: How to Make America Great Again,\" has sold 235,000 copies, the publisher said.",
     "The book, \"Crippled America: How to Make America Great Again,\" has sold 235,000 copies"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, content", PAST_A_COLON)
def test_a_content_before_its_cue_starts_after_a_colon(nlp: Language, text: str, content: str) -> None:
    assert [q.text for q in indirect(extract(nlp, text))] == [content]


@pytest.mark.model
def test_a_content_ends_with_the_whole_of_a_hyphenated_word(nlp: Language) -> None:
    """'a request for [e]-mails': the parse split the word into three objects; the content is all of it."""
    found = [q.text for q in indirect(extract(nlp, "The department received a request for e-mails from the panel."))]
    assert found == ["e-mails"]


PAST_A_CONJUNCTION = [
    # a content the parse ends on 'and' or 'or' goes on with what the conjunction joins
    ("Darby will come on the program to talk about the Southern border and how many Syrians can easily slip "
     "through.", ["the Southern border and how many Syrians can easily slip through"]),
    ("Republicans have offered no specifics about targets or why their approach would be any more effective.",
     ["no specifics about targets or why their approach would be any more effective"]),
    # unless what it joins is a report of its own: the content ends before it
    ("Six in 10 Virginia Democratic primary voters said Clinton is honest and trustworthy, and three-quarters "
     "said the same of Sanders.", ["Clinton is honest and trustworthy"]),
    ("A spokeswoman said the firm had met with Manafort twice but said neither man played a role in its lobbying.",
     ["the firm had met with Manafort twice", "neither man played a role in its lobbying"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, contents", PAST_A_CONJUNCTION)
def test_a_content_goes_on_past_a_conjunction_unless_a_report_follows(nlp: Language, text: str,
                                                                       contents: list[str]) -> None:
    assert [q.text for q in indirect(extract(nlp, text))] == contents


ACCORDING_TO_AFTER_A_REPORT = [
    # after someone else's report, 'according to X' vouches for the last clause joined to it
    ("His campaign manager says it's proof the senator can still close the gap in delegates, which stood at 263 "
     "entering Tuesday's primary, according to the Associated Press.", "which stood at 263 entering Tuesday's primary"),
    ("Mrs. Clinton has praised Mr. Obama's record, and won more than 77 percent of the vote among blacks, "
     "according to exit polls.", "won more than 77 percent of the vote among blacks"),
    # with no report of its own before it, the whole
    ("Mrs. Clinton has visited the state twice, and won more than 77 percent of the vote among blacks, "
     "according to exit polls.", "Mrs. Clinton has visited the state twice, and won more than 77 percent of the vote "
     "among blacks"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, content", ACCORDING_TO_AFTER_A_REPORT)
def test_according_to_after_a_report_vouches_for_the_last_clause(nlp: Language, text: str, content: str) -> None:
    assert content in [q.text for q in indirect(extract(nlp, text)) if q.cue and q.cue.text == "according to"]


@pytest.mark.model
def test_a_that_clause_after_how_it_was_said_is_the_content(nlp: Language) -> None:
    """The parse hung the clause on 'evidence', a noun that takes content; 'without' says how it was claimed."""
    text = "Mr. Trump was just as blunt, claiming without any evidence that President Obama wanted to take in refugees."
    assert [(q.text, q.speaker.name) for q in indirect(extract(nlp, text)) if q.speaker] == [
        ("that President Obama wanted to take in refugees", "Trump")]


OWN_SUBJECT = [
    # a clause with a subject of its own, passive or expletive, takes none from the clause above
    ("Thiel made the news recently when it was revealed that he bankrolled lawsuits against Gawker Media.",
     "that he bankrolled lawsuits against Gawker Media", None),
    ("The company cut 500 jobs, and the first layoffs are not expected to happen until 2019.",
     "to happen until 2019", None),
    # a participle with none takes its main clause's
    ("Mr. Trump was blunt, claiming that President Obama wanted to take in refugees.",
     "that President Obama wanted to take in refugees", "Trump"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, content, source", OWN_SUBJECT)
def test_a_clause_with_a_subject_of_its_own_takes_no_source_from_above(nlp: Language, text: str, content: str,
                                                                        source: Optional[str]) -> None:
    [q] = [q for q in indirect(extract(nlp, text)) if q.text == content]
    assert (q.speaker.name if q.speaker else None) == source


SETTINGS = [
    # where and when a thing was said is no part of it
    ("Saudi Prince Alwaleed mocked Trump on Twitter.", "Trump"),
    ("Former Texas Gov. Rick Perry announced his endorsement of Ted Cruz on Sunday.",
     "his endorsement of Ted Cruz"),
    ("Trump praised the reporter at a press conference in Hanahan.", "the reporter"),
    ("Brown criticized Bill Clinton during a debate.", "Bill Clinton"),
    ("Peter Westmacott praised Obama's presidency in an interview published Saturday.", "Obama's presidency"),
    # a phrase of the thing itself, or of a clause inside it, stays
    ("She denied any role in the scandal.", "any role in the scandal"),
    ("The minister defended the strategy she announced in May.", "the strategy she announced in May"),
    ("The senator criticized the 2016 race.", "the 2016 race"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, content", ASIDES + SETTINGS)
def test_an_aside_or_the_setting_of_a_saying_ends_a_report_only_where_it_ends(nlp: Language, text: str,
                                                                             content: str) -> None:
    [q] = indirect(extract(nlp, text))
    assert q.text == content


CLAUSES_AROUND_THE_CUE = [
    # the clause after the cue is what it reports, though the parse hung the clause before on it too
    ("Keyworth was fired up about the deal and he said she should call Compaq's chief right away.",
     ["she should call Compaq's chief right away"]),
    ("More than six in 10 said they were not looking forward to the campaign; 46 percent said they were "
     "unenthusiastic.", ["they were not looking forward to the campaign", "they were unenthusiastic"]),
    # set off by a comma, the clause before is the content's first piece
    ("It makes a difference, he said, that they came at all.", ["It makes a difference", "that they came at all"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, contents", CLAUSES_AROUND_THE_CUE)
def test_a_clause_after_the_cue_is_its_content(nlp: Language, text: str, contents: list[str]) -> None:
    assert [q.text for q in indirect(extract(nlp, text)) if q.cue and q.cue.text == "said"] == contents


@pytest.mark.model
def test_when_someone_spoke_is_not_what_they_said(nlp: Language) -> None:
    assert indirect(extract(nlp, "Donald Trump spoke on Monday.")) == []


def test_the_writers_own_stance_is_reported_as_written(any_nlp: Language) -> None:
    [q] = indirect(extract(any_nlp, "We think the plan will fail."))
    assert (q.text, q.speaker.name, q.speaker.kind, q.confidence) == ("the plan will fail", "We", "group", 0.3)


@pytest.mark.model
def test_according_to_reports_the_main_clause_not_its_frame(nlp: Language) -> None:
    text = ("Although a week of allegations may have left Donald Trump battered, he remains in a tight race "
            "with Hillary Clinton, according to recent polls.")
    [q] = indirect(extract(nlp, text))
    assert (q.text, q.speaker.name) == ("he remains in a tight race with Hillary Clinton", "recent polls")


@pytest.mark.model
@pytest.mark.parametrize("text, content, name, cue", [
    ("Bernie Sanders's claim that he can still win the nomination is doubtful.",
     "that he can still win the nomination", "Bernie Sanders", "claim"),
    ("Hillary Clinton's criticism of the trade deal surprised her allies.", "the trade deal", "Hillary Clinton",
     "criticism"),
])
def test_a_report_noun_reports_for_its_possessor(nlp: Language, text: str, content: str, name: str,
                                                 cue: str) -> None:
    [q] = indirect(extract(nlp, text))
    assert (q.text, q.speaker.name, q.cue.text) == (content, name, cue)


@pytest.mark.model
def test_a_possessive_pronoun_owner_resolves_like_a_pronoun(nlp: Language) -> None:
    """'Her claim that …' is the claim of the person 'her' refers to, and an unresolved one is kept
    at low confidence as for 'he said'."""
    text = "Hillary Clinton said she would win Florida. Her claim that the plan would create jobs drew criticism."
    _, q = indirect(extract(nlp, text))
    assert (q.text, q.speaker.name, q.speaker.mention.text, q.method) == (
        "that the plan would create jobs", "Hillary Clinton", "Her", "pronoun")
    [alone] = indirect(extract(nlp, "Her claim that the plan would create jobs drew criticism."))
    assert (alone.speaker.name, alone.method, alone.confidence) == ("Her", "pronoun", 0.3)


@pytest.mark.model
def test_a_possessive_owner_is_first_its_own_sentences_subject(nlp: Language) -> None:
    text = ("Hillary Clinton said she had many famous supporters. Former US secretary of state Madeleine "
            "Albright fanned controversy earlier this year over her remark that women must help each other.")
    q = indirect(extract(nlp, text))[-1]
    assert (q.text, q.speaker.name) == ("that women must help each other", "Madeleine Albright")


# Without a parse, a subject of three words at most before 'said' reports the rest of the sentence; a
# word written with hyphens is one word, an article none, and the subject holds all of it.
@pytest.mark.parametrize("text, content, name", [
    ("The London-based bank said profits rose sharply.", "profits rose sharply", "The London-based bank"),
    ("In a post, the San Francisco-based company said the change would take effect in June.",
     "the change would take effect in June", "the San Francisco-based company"),
    ("Mexican-American voters said the party had ignored them.", "the party had ignored them",
     "Mexican-American voters"),
])
def test_without_a_parse_a_hyphenated_word_of_the_subject_is_one_word(blank_nlp: Language, text: str, content: str,
                                                                      name: str) -> None:
    [q] = indirect(extract(blank_nlp, text))
    assert (q.text, q.speaker.name) == (content, name)


def test_without_a_parse_a_report_noun_reports_nothing(blank_nlp: Language) -> None:
    assert indirect(extract(blank_nlp, "Bernie Sanders's claim that he can still win is doubtful.")) == []


@pytest.mark.model
def test_a_report_noun_without_a_possessor_reports_with_no_speaker(nlp: Language) -> None:
    text = "For all the criticism of his approach to the Islamic State, no alternative has emerged."
    [q] = indirect(extract(nlp, text))
    assert (q.text, q.speaker, q.cue.text, q.confidence) == ("his approach to the Islamic State", None,
                                                             "criticism", 0.0)


@pytest.mark.model
def test_a_report_noun_voiced_by_its_verb_has_the_verbs_subject_as_source(nlp: Language) -> None:
    doc = nlp("Marine Le Pen voiced support for Donald Trump on Wednesday. He has faced criticism of his plan.")
    reports = {q.text: q for q in doc._.quotes if q.type == "indirect"}
    voiced = reports["Donald Trump"]
    assert voiced.cue is not None and voiced.cue.text == "support"
    assert voiced.speaker is not None and voiced.speaker.name == "Marine Le Pen"
    faced = reports["his plan"]  # 'faced criticism': the subject is its target, not its source
    assert faced.speaker is None and faced.method == "none"


@pytest.mark.model
@pytest.mark.parametrize("text, content, cue, name", [
    # a verb that puts a report noun forward voices it: its subject is the source
    ("Clinton unveiled a proposal to create a national Office of Immigrant Affairs.",
     "to create a national Office of Immigrant Affairs", "proposal", "Clinton"),
    ("Both Democratic presidential candidates have included proposals for some kind of subsidized tuition.",
     "some kind of subsidized tuition", "proposals", "Both Democratic presidential candidates"),
    # a thought in a verb's phrase is the thought of whoever acts
    ("He is barnstorming the state, holding rallies in hopes of connecting with grassroots supporters.",
     "connecting with grassroots supporters", "hopes", "He"),
    # a 'by' or 'from' phrase after a report noun says whose it is
    ("He will face stepped-up criticism from Clinton about who can advance a progressive agenda.",
     "who can advance a progressive agenda", "criticism", "Clinton"),
    ("One sticking point is a demand, by House Minority Leader Nancy Pelosi, that the legislation include better "
     "tax breaks for the working poor.", "that the legislation include better tax breaks for the working poor",
     "demand", "Nancy Pelosi"),
    # a passive whose subject holds the views is no agentless passive
    ("Republican senators are split on whether they'd vote for Garland during a lame-duck session.",
     "whether they'd vote for Garland during a lame-duck session", "split on", "Republican senators"),
    ("The European Council is deeply divided over the proposed EU-Turkey deal.", "the proposed EU-Turkey deal",
     "divided over", "The European Council"),
])
def test_a_report_noun_put_forward_or_a_thought_held_is_the_subjects(nlp: Language, text: str, content: str,
                                                                     cue: str, name: str) -> None:
    [q] = [q for q in indirect(extract(nlp, text)) if q.cue is not None and q.cue.text == cue]
    assert (q.text, q.speaker.name if q.speaker else None) == (content, name)


@pytest.mark.model
def test_a_report_noun_in_a_with_phrase_is_voiced_by_its_verb(nlp: Language) -> None:
    doc = nlp("Donald Trump has responded with attacks on Alicia Machado. The plan met with criticism of its cost.")
    reports = {q.text: q for q in doc._.quotes if q.type == "indirect"}
    voiced = reports["Alicia Machado"]
    assert (voiced.cue.text, voiced.speaker.name) == ("attacks", "Donald Trump")
    met = reports["its cost"]  # 'met with criticism': the subject is its target
    assert met.speaker is None and met.method == "none"


@pytest.mark.model
def test_a_report_noun_in_an_in_phrase_of_a_verb_of_saying_is_that_verbs_subjects(nlp: Language) -> None:
    text = "Kasich's chief strategist John Weaver says in a statement that the race will now be a four-man contest."
    [said] = indirect(extract(nlp, text))
    assert said.text == "that the race will now be a four-man contest"
    assert said.speaker is not None and said.speaker.name == "John Weaver" and said.method != "none"


@pytest.mark.model
@pytest.mark.parametrize("text, subject, content, cue", [
    ("Dylann Roof was accused of a massacre at a historic black church.", "Dylann Roof",
     "a massacre at a historic black church", "accused of"),
    ("Ronald Reagan was once asked how the Cold War would end.", "Ronald Reagan", "how the Cold War would end",
     "asked"),
])
def test_a_found_passive_cue_presents_its_subject_and_names_no_source(nlp: Language, text: str, subject: str,
                                                                        content: str, cue: str) -> None:
    """A passive cue the report scorer finds, with no 'by' agent: '[X] was accused [of …]' presents both
    pieces in one group, as the lexicon's passive cues do, and its subject is no source."""
    first, second = indirect(extract(nlp, text))
    assert (first.text, second.text) == (subject, content)
    assert first.group == second.group
    assert first.speaker is None and second.speaker is None and first.cue.text == second.cue.text == cue


@pytest.mark.model
@pytest.mark.parametrize("text, content, name", [
    ("Christian Estrosi, a former mayor of Nice, said in one of a series of Twitter messages that the truck was "
     "carrying arms and explosives.", "that the truck was carrying arms and explosives", "Christian Estrosi"),
    ("Donald Trump told the audience at his fundraiser for veterans that he and Fox News had multiple "
     "conversations Thursday.", "that he and Fox News had multiple conversations Thursday", "Donald Trump"),
])
def test_a_that_clause_hung_on_a_phrase_after_the_cue_is_its_content(nlp: Language, text: str, content: str,
                                                                       name: str) -> None:
    """The parse takes the complementizer 'that' for a relative clause on the phrase's noun."""
    [q] = indirect(extract(nlp, text))
    assert (q.text, q.speaker.name) == (content, name)


@pytest.mark.model
def test_a_that_clause_of_a_content_noun_stays_with_the_noun(nlp: Language) -> None:
    text = ('"His brand takes a hit," Mr. Morrison said, referring to reports that Mr. Trump may have used '
            "undocumented workers.")
    [q] = indirect(extract(nlp, text))
    assert q.text == "reports that Mr. Trump may have used undocumented workers"


def test_sentence_bounds_found_once_per_doc_are_those_of_a_walk() -> None:
    from spacy.lang.en import English

    from quotex.attribution.reported import _boundary, _sentence_bounds

    doc = English()("One two. Three! Four\nfive six? \"Seven.\" eight\n\nnine")
    for i in range(len(doc)):
        lo, hi = i, i
        while lo > 0 and not _boundary(doc[lo - 1]):
            lo -= 1
        while hi + 1 < len(doc) and not _boundary(doc[hi]):
            hi += 1
        assert _sentence_bounds(doc, i) == (lo, hi + 1)


@pytest.mark.model
@pytest.mark.parametrize("text, reports", [
    # a second report of the same source, which the parse hung inside the first's content
    ("He said that he personally was more focused on shaping the party platform and noted that Sanders has "
     "acknowledged he will not be the nominee.",
     [("that he personally was more focused on shaping the party platform", "said", "He"),
      ("that Sanders has acknowledged he will not be the nominee", "noted", "He")]),
    ("Ina Kirsch told the AP her group never worked with Manafort or Gates and said the group hired the "
     "lobbyists on its own.",
     [("her group never worked with Manafort or Gates", "told", "Ina Kirsch"),
      ("the group hired the lobbyists on its own", "said", "Ina Kirsch")]),
    # not a second report: the content's own verbs, in another form or after a shared auxiliary
    ("She said they would meet and discuss the plan.", [("they would meet and discuss the plan", "said", "She")]),
    ("He said that Schilling had shared the post and added his own comment.",
     [("that Schilling had shared the post and added his own comment", "said", "He")]),
])
def test_a_content_ends_before_its_sources_next_report(nlp: Language, text: str,
                                                        reports: list[tuple[str, str, str]]) -> None:
    got = [(q.text, q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker and q.speaker.mention else None)
           for q in nlp(text)._.quotes if q.type == "indirect"]
    assert got == reports


@pytest.mark.model
@pytest.mark.parametrize("text, content, source", [
    ("Many voters have concerns about the economy.", "the economy", "Many voters"),
    ("Democrats raised concerns about the bill.", "the bill", "Democrats"),
    # support is given by others, not held by the subject
    ("Trump has the support of evangelicals.", "evangelicals", None),
])
def test_a_noun_of_thought_held_by_a_verbs_subject_is_that_subjects(nlp: Language, text: str, content: str,
                                                                    source: Optional[str]) -> None:
    [q] = [q for q in indirect(extract(nlp, text)) if q.text == content]
    assert (q.speaker.name if q.speaker else None) == source


# When the words were said is no part of them: a day right after the cue verb stays out of the report
# ('said [on Tuesday] it would cut jobs'), and a report of nothing but the day is none; a day that is
# the reported clause's subject stays ('said Monday was the best day'). Fast mode alike (tags needed).
@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, content", [
    ("Acme Corp said on Tuesday it would cut jobs.", "it would cut jobs"),
    ("The governor said Tuesday his actions are legal.", "his actions are legal"),
    ("The governor said Tuesday night that she would run.", "that she would run"),
    ("Trump said yesterday, the middle class is getting crushed.", "the middle class is getting crushed"),
    ("The governor said Monday was the best day of the week.", "Monday was the best day of the week"),
    ("The governor said today's vote was a disgrace.", "today's vote was a disgrace"),
])
def test_the_day_words_were_said_is_no_part_of_them(nlp: Language, fast: bool, text: str, content: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    assert [q.text for q in indirect(quotes)] == [content]


# A report whose content holds a quote is reported speech, and the quoted words in it a mixed quote:
# both are given, in one group (a count of attributions counts the group once). PolNeAR types such a
# content `mixed` and scores no `indirect` record on it; reported speech as readers and other
# annotations count it holds it (training/README.md, "Reports that hold a quote").
@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, content, quote", [
    ('Sanders said the system was "rigged" against him.', 'the system was "rigged" against him', "rigged"),
    ('Press secretary Karine Jean-Pierre said the administration "strongly supports" the measure.',
     'the administration "strongly supports" the measure', "strongly supports"),
    ('Crown prosecutor Alicia Wong said Hartley had gone to "considerable lengths" to conceal the thefts.',
     'Hartley had gone to "considerable lengths" to conceal the thefts', "considerable lengths"),
])
def test_a_report_that_holds_a_quote_is_given_with_it(nlp: Language, fast: bool, text: str, content: str,
                                                      quote: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    assert [(q.type, q.text) for q in quotes] == [("indirect", content), ("mixed", quote)]
    assert quotes[0].group == quotes[1].group and quotes[0].speaker == quotes[1].speaker


@pytest.mark.parametrize("model", ["blank_nlp", pytest.param("nlp", marks=pytest.mark.model)])
def test_a_report_beside_a_quote_stays(request: pytest.FixtureRequest, model: str) -> None:
    text = 'Sanders said the primary was over. "We lost," he said.'
    found = extract(request.getfixturevalue(model), text)
    assert [(q.type, q.text) for q in found] == [("indirect", "the primary was over"), ("direct", "We lost,")]


@pytest.mark.model
@pytest.mark.parametrize("text, content, source", [
    ("In the latest CBS poll, Trump's lead over Cruz narrowed to 13 points.",
     "Trump's lead over Cruz narrowed to 13 points", "CBS poll"),
    ("Trump rose to 42 percent before slipping back to 39 percent in a new Fox poll.",
     "Trump rose to 42 percent before slipping back to 39 percent", "a new Fox poll"),
    ("The objection comes at a time when Sanders has sagged in the polls.", "Sanders has sagged", "polls"),
])
def test_a_clause_read_in_a_poll_is_the_polls_finding(nlp: Language, text: str, content: str, source: str) -> None:
    [q] = indirect(extract(nlp, text))
    assert (q.text, q.cue.text.lower(), q.attribution_class) == (content, "in", "action")
    assert source in q.speaker.name


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Voters in the poll were unhappy.",  # on a noun
    "More messages are coming from his campaign as he rises in the polls.",  # a subordinate clause
    "He has something to prove: that he can prevail in the polls.",
    "Sanders told a crowd that he expects to win the state and he is doing better in the polls than Clinton is.",
    "She lives in a small town.",
])
def test_no_finding_is_read_in_a_phrase_that_is_no_polls_or_hangs_elsewhere(nlp: Language, text: str) -> None:
    assert [q for q in indirect(extract(nlp, text)) if q.cue.text.lower() == "in"] == []


@pytest.mark.model
def test_a_cue_in_a_polls_clause_reports_it_alone(nlp: Language) -> None:
    [q] = indirect(extract(nlp, "In a recent CNN poll, 52 percent said they believe Clinton."))
    assert (q.text, q.cue.text) == ("they believe Clinton", "said")


@pytest.mark.model
def test_a_clause_the_parse_split_at_a_contraction_is_one_content(nlp: Language) -> None:
    text = "Murphy told me he\u2019s had a relatively tragedy-free life and was utterly unprepared for the toll."
    [q] = indirect(extract(nlp, text))
    assert q.text == "he\u2019s had a relatively tragedy-free life and was utterly unprepared for the toll"


@pytest.mark.model
def test_a_content_keeps_both_marks_of_a_word_in_single_marks(nlp: Language) -> None:
    text = ("Hayes hails 'special' night as Chelsea reach final\n\n"
            'Emma Hayes said her Chelsea side had produced "something special" after they beat Barcelona 2-1.')
    [q] = [q for q in indirect(extract(nlp, text)) if q.cue.text == "hails"]
    assert q.text == "'special' night" and text[q.start:q.end] == q.text


def test_without_tags_a_cue_form_before_a_verb_of_saying_is_a_noun(blank_nlp: Language) -> None:
    found = extract(blank_nlp, "Tenant advocates said the cap did not go far enough.")
    assert [q.cue.text for q in found if q.cue is not None and q.cue.text != "said"] == []


@pytest.mark.parametrize("model", BOTH)
def test_a_percent_sign_ending_a_content_is_its_numbers(request: pytest.FixtureRequest, model: str) -> None:
    text = "The mayor said the budget raises property taxes by 3%."
    [q] = indirect(extract(request.getfixturevalue(model), text))
    assert q.text == "the budget raises property taxes by 3%"


@pytest.mark.model
@pytest.mark.parametrize("text, quoted, name", [
    # a quoted phrase with no cue of its own inside what a report says is words of the one reported
    ("Trump\u2019s \u201cexcesses\u201d are sickening, Hollande said Tuesday in Paris.", "excesses", "Hollande"),
    ('The minister said the "temporary" levy would be scrapped next year.', "temporary", "The minister"),
    ('The charity is seeking "groundbreaking ideas" for how to house adults with autism.', "groundbreaking ideas",
     "The charity"),
    # not a phrase in title case, a name or a title more often than anyone's words
    ('Rubio offered a defense of the "Gang of Eight" bill.', "Gang of Eight", None),
    # nor a phrase no report holds
    ('The so-called "gray areas" remain.', "gray areas", None),
])
def test_a_quoted_phrase_inside_a_report_is_the_reported_ones_words(nlp: Language, text: str, quoted: str,
                                                                     name: Optional[str]) -> None:
    [q] = [q for q in extract(nlp, text) if q.type != "indirect"]
    assert q.text == quoted
    assert (q.type, q.speaker.name if q.speaker else None) == ("mixed" if name else "term", name)
    if name:  # the report that holds it is given too, in its group
        [report] = indirect(extract(nlp, text))
        assert report.group == q.group and q.cue is not None and q.attribution_class is not None


@pytest.mark.model
def test_a_question_put_to_the_subject_has_no_source_when_a_quote_answers_it(nlp: Language) -> None:
    # 'Asked whether he was prepared to use it, Mr Carrick did not rule it out. / "If that's what it
    # takes, …," he said': the question is the unnamed asker's, though its clause introduces the answer
    text = (Path(__file__).parent.parent / "fixtures" / "outlets" / "a" / "docs" / "au_politics.txt").read_text("utf-8")
    [asked] = [q for q in extract(nlp, text) if q.cue is not None and q.cue.text == "Asked"]
    assert (asked.text, asked.speaker) == ("whether he was prepared to use it", None)


# Why a source goes unnamed is no report of theirs ('who asked [not to be named]', '… on condition of
# anonymity to discuss [the meeting]'), and a statement's day is not its content ('said in a statement on
# [Sunday]'); what they said stays.
@pytest.mark.model
@pytest.mark.parametrize("text, reports", [
    ("One CDR councillor, who asked not to be named because the caucus had not authorised members, said the "
     "deal was dead.", ["the deal was dead"]),
    ("A senior official, who spoke on condition of anonymity to describe internal deliberations, said talks had "
     "stalled.", ["talks had stalled"]),
    ("The Ministry of Health said in a statement on Sunday that 14 deaths had been recorded.",
     ["that 14 deaths had been recorded"]),
    ("The mayor asked residents not to be alarmed.", ["residents not to be alarmed"]),
    ("The person spoke to The Associated Press on condition of anonymity because the team had not announced it.",
     ["it"]),
    ("Jo, 34, a teacher who took part in the trial and asked that her surname not be used, said it helped.",
     ["it helped"]),
])
def test_anonymity_and_the_day_are_no_reports(nlp: Language, text: str, reports: list[str]) -> None:
    found = [q.text for q in indirect(extract(nlp, text))]
    assert found == reports
