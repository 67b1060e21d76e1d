"""Quotes inside quotes (quotex.attribution.nested): an inner quote that a verb of saying in the outer
quote introduces is a ``nested`` record, said by whom the outer speaker tells of."""

from __future__ import annotations

import json
from typing import Optional

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from quotex.attribution.nested import NESTED_SPEAKERS, inner_spans
from quotex.cli import app
from quotex.output.model import Quote
from quotex.run.extract import extract_many

KOCABAS = ("Nil\u00fcfer Kocaba\u015f, a lawyer, said she had refused.\n\n"
           "\"That would be hiding,\" she said. \"My mother asked me last night, 'Are they going to put you in "
           "prison?' I told her, 'Not this week.'\"\n")
SURGEON = ("\u201cMy surgeon came to see me himself to apologise. He looked more tired than I feel,\u201d said "
           "Rosario Quintana Gil. \u201cHe told me, \u2018Se\u00f1ora, I'm sorry, but this is for you too.\u2019 "
           "What can you say to that?\u201d\n")
SURGERY = ("Owen Pritchard MP said: \u201cI held a surgery on Saturday and a woman in her eighties said to me, "
           "\u2018I\u2019ve already turned the heating off and it\u2019s only October.\u2019 That is what this looks "
           "like.\u201d\n")
CLACHAN = ("\u2018I had a phone call on Monday from a woman in Clachan Bay who is 83,\u2019 said Morven MacInnes, "
           "the councillor. \u2018She told me, \u201cIf they shut that toilet, I don\u2019t go to the shops any "
           "more.\u201d That\u2019s it.\u2019\n\n\u2018We will fight it,\u2019 she said.\n")
GRANDMOTHER = ("\u00abMy grandmother was in the crowd tonight. She is 91 and she has never seen me win a match in "
               "person,\u00bb said Mathis Delorme. \u00abShe told me before the match, \"If you lose, I'm not coming "
               "tomorrow.\" So I had no choice.\u00bb\n")
MUM = ("\"My mum played her first album in the car every summer. She used to say, 'This woman sings like "
       "she's angry at the sea.' I didn't understand until tonight,\" said Beatriz Carvalhal.\n")
SCREAM = "\"Then I heard a woman screaming, 'He's not breathing, he's not breathing,' and I knew,\" said Janet Ortiz.\n"
MANAGER = ("Derek Ofori-Atta, who spent six years in the support group, said his manager had called him on Monday.\n\n"
           "\"She said, 'I'm not supposed to be making this call.' I'll always respect her,\" the 34-year-old said.\n")
MOTORBIKE = ("Baharuddin, a 61-year-old rice farmer, said a man on a motorbike had come to his house the night before.\n\n"
             "\"He gave my wife an envelope and said, 'This is from the governor, don't forget,'\" Baharuddin said.\n")
FRIEND = ("Rafael Lopez said he would rest.\n\n\"Maria Lopez is my physio. Maria says, 'You'll be back in a gym "
          "inside a week.' She's probably right,\" Lopez said.\n")
BODY = ("The Election Commission (EC) ruled on Wednesday. Anucha Rattanakorn, the party leader, was angry.\n\n"
        "\"Last year the EC told us, \u2018Bring us evidence and we will act,\u2019 when we complained,\" he said.\n")
TILL = ("Retailers Association chairman Farai Ndlovu said some shops had stopped accepting the notes.\n\n"
        "\"Customers come to the till and ask, 'Do you take ZiG?' and the cashier says, 'Yes, but the price is "
        "different,'\" Ndlovu said.\n")
SISTER = ("K. Selvarani, 52, said her family had fled.\n\n\"My brother's wife shouted, 'Take the children and go,' "
          "and then the lights went off,\" Selvarani said.\n")
MEN = ("A villager said: \u201cThey came at night, two men on a motorbike. They said, \u2018Number 3, don\u2019t "
       "forget,\u2019 and gave my mother an envelope.\u201d\n")

# (text, inner quote's opening words, speaker's name, anonymous)
HUDEC = ("Mari\u00e1n Hudec, 58, is charged with subsidy fraud. He denies it.\n\nThe former accountant, Jana "
         "Vargov\u00e1, 44, told the court she had prepared the applications.\n\n\u201cI went to Mr Hudec and asked "
         "him about it,\u201d Vargov\u00e1 said. \u201cHe told me, \u2018Sign it and don\u2019t ask questions.\u2019 So I "
         "signed.\u201d\n")
HERON = ("Bohumil Kratochv\u00edl, the puppet film-maker, has died. His daughter, the set designer Al\u017eb\u011bta "
         "Kratochv\u00edlov\u00e1, said he died at home.\n\n\u201cHe was working until the last month. The last time I "
         "saw him, he looked up and said to me, \u2018A heron that cannot bend its knees cannot be sad.\u2019\u201d\n")
HUDEC_STORY = HUDEC.replace("I went to Mr Hudec and asked him about it", "I asked about it")

COACH = ("Marathon\n\n\"My coach told me, 'Just finish and learn,' but after 30 kilometres I felt strong,\" said Brian "
         "Kiprotich, who trains in Kaptagat under coach Daniel Kosgei.\n")
WALK_IN = ("Kitchen\n\nNadia Ferreira runs the kitchen. Priya Venkataraman came from Chicago.\n\nVenkataraman "
           "remembered her first week. \u201cNadia pulled me aside and said, \u2018If you ever need to cry, the walk-in "
           "is yours.\u2019 I thought she was joking,\u201d she said.\n")
VIGIL = ("Cold case\n\nVillanueva's younger brother, Miguel Villanueva, was 12 when she died.\n\nTheir mother, Rosa "
         "Villanueva, organized a vigil every October.\n\n\"My mom waited 26 years. She used to say, 'They forgot "
         "about my daughter,'\" he said.\n")
TOLD = [
    # 'my mom': the one of the speaker's family name the article names as a mother
    (VIGIL, "They forgot", "Rosa Villanueva", False),
    (VIGIL.replace("Rosa Villanueva", "Rosa Mendez"), "They forgot", "Miguel Villanueva's mother", False),
    (KOCABAS, "Are they going", "Nil\u00fcfer Kocaba\u015f's mother", False),  # 'my mother': the speaker's own
    (KOCABAS, "Not this week", "Nil\u00fcfer Kocaba\u015f", False),  # 'I told her': the speaker
    (SURGEON, "Se\u00f1ora", "Rosario Quintana Gil's surgeon", True),  # 'He', in a quote of hers before
    (SURGERY, "I\u2019ve already", "a woman in her eighties", True),  # described: unnamed
    (CLACHAN, "If they shut", "a woman in Clachan Bay", True),  # 'She': a single-mark quote's double marks
    (GRANDMOTHER, "If you lose", "Mathis Delorme's grandmother", False),  # guillemets: 'She', his grandmother
    (MUM, "This woman sings", "Beatriz Carvalhal's mother", False),  # 'mum' is 'mother'; 'used to say'
    (SCREAM, "He's not breathing", "a woman", True),  # 'heard a woman screaming'
    (FRIEND, "You'll be back", "Maria Lopez", False),  # a name, in full
    (MANAGER, "I'm not supposed", "Derek Ofori-Atta's manager", True),  # 'She': 'his manager' in the story before
    (MOTORBIKE, "This is from", "a man on a motorbike", True),  # 'He gave … and said': the story's man
    (BODY, "Bring us evidence", "Election Commission", False),  # an initialism the article spelt out
    (TILL, "Do you take", "Customers", True),  # people by a plural noun alone; straight marks inside straight
    (TILL, "Yes, but", "the cashier", True),  # an occupation
    (SISTER, "Take the children", "K. Selvarani's brother's wife", False),  # a possessive within the relation
    (MEN, "Number 3", "two men on a motorbike", True),  # 'They': people counted, 'men' a plural of people
    (MEN.replace("They came at night, two men on a motorbike.", "Two men came at night."), "Number 3", "Two men",
     True),  # (without tags, the verb after the noun ends the phrase)
    (HUDEC, "Sign it", "Mari\u00e1n Hudec", False),
    # 'he' in her quote is not she, whom the story named in the description ('the set designer Alžběta …')
    (HERON, "A heron", "Bohumil Kratochv\u00edl", False),  # 'He': 'Mr Hudec' in her quote (Mari\u00e1n is a man's name)
    # a given name alone of one the article names in full, whatever NER took it for (a place)
    (WALK_IN, "If you ever", "Nadia Ferreira", False),
    # 'my coach' is the one person the article names with that title, not an unnamed relation
    (COACH, "Just finish", "Daniel Kosgei", False),
    (COACH.replace("under coach Daniel Kosgei", "with a coach and a physio"), "Just finish",
     "Brian Kiprotich's coach", True),
]

# Inner quotes that are no one's words, or whose clause tells of no one: no nested record.
NOT_TOLD = [
    '"We loved \'Salt Year\' and the \'Sepsis Six\' idea," said Tom Hale.\n',  # titles and terms
    '"Romney blasts him as a \'fraud\' every day," said Tom Hale.\n',  # a term, whoever says it
    '"Somebody might say, \'We told you so.\' Nobody did," said Tom Hale.\n',  # what someone might say
    '"No American would ever say, \'back of the queue,\' to an ally," said Tom Hale.\n',  # no one in particular
    '"The woman who says \'illegal immigration is welcome here\' is wrong," said Tom Hale.\n',  # a description
    '"Out on the campaign trail saying \'I love corn ethanol\' works," said Tom Hale.\n',  # no person says it
    '"He had this great saying, \'Never complain, never explain.\' I liked it," said Tom Hale.\n',  # a noun
]


def _nested(quotes: list[Quote], opening: str) -> Optional[Quote]:
    return next((q for q in quotes if q.type == "nested" and q.text.startswith(opening)), None)


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, opening, name, anonymous", TOLD)
def test_an_inner_quote_is_said_by_whom_the_speaker_tells_of(nlp: Language, fast: bool, text: str, opening: str,
                                                            name: str, anonymous: bool) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    q = _nested(quotes, opening)
    assert q is not None and q.speaker is not None
    assert (q.speaker.name, q.speaker.anonymous) == (name, anonymous)
    assert text[q.start:q.end] == q.text and q.cue is not None and text[q.cue.start:q.cue.end] == q.cue.text
    # the outer quote keeps its own speaker, and the inner one is a group of its own
    outer = next(o for o in quotes if o.type == "direct" and o.start < q.start and q.end <= o.end)
    assert outer.speaker is not None and outer.speaker.name != name or opening == "Not this week"
    assert all(o.group != q.group for o in quotes if o is not q)


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_he_in_her_quote_is_not_she_as_the_story_described_her(nlp: Language, fast: bool) -> None:
    """'The former accountant, Jana Vargová, told …' then her quote 'He told me, …': the phrase that
    described her names her, the speaker, so it is not whom 'He' refers to."""
    [quotes] = list(extract_many(nlp, [HUDEC_STORY], fast=fast))
    q = _nested(quotes, "Sign it")
    assert q is None or q.speaker is None or q.speaker.name not in ("The former accountant", "Jana Vargov\u00e1")


@pytest.mark.parametrize("text, opening, name, anonymous",
                         [t for t in TOLD if t[0] not in (SURGEON, SCREAM, FRIEND, MOTORBIKE, HERON, WALK_IN)  # (these need a parse)
                          and t[1] not in ("Do you take", "They forgot")])  # ('Customers come … and ask': the parse
                          # joins the verbs; 'my mom' in 'He said' after a quote: its owner)
def test_inner_quotes_without_a_parse(blank_nlp: Language, text: str, opening: str, name: str,
                                      anonymous: bool) -> None:
    [quotes] = list(extract_many(blank_nlp, [text]))
    q = _nested(quotes, opening)
    assert q is not None and q.speaker is not None and (q.speaker.name, q.speaker.anonymous) == (name, anonymous)


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_TOLD)
def test_an_inner_quote_no_one_is_told_to_say_is_no_record(nlp: Language, blank_nlp: Language, text: str) -> None:
    for pipeline in (nlp, blank_nlp):
        [quotes] = list(extract_many(pipeline, [text]))
        assert [q.text for q in quotes if q.type == "nested"] == []
        assert [q for q in quotes if q.type == "direct"]  # the outer quote is still there


def _outer(text: str, marks: str) -> Quote:
    start = text.index(text.strip()[0]) + 1
    end = len(text.rstrip()) - 1
    return Quote(index=0, group=0, text=text[start:end], start=start, end=end, type="direct", paragraph=0,
                 speaker=None, cue=None, method="none", confidence=0.0, marks=marks)  # type: ignore[arg-type]


# (outer quote with its marks, its marks' kind, the inner quotes' texts)
INNER = [
    ("\"She said, 'Go home.' I did.\"", "double", ["Go home."]),
    ("\u201cHe told me, \u2018No.\u2019 Then \u2018Yes.\u2019\u201d", "double", ["No.", "Yes."]),
    ("\u2018She told me, \u201cStay.\u201d I stayed.\u2019", "single", ["Stay."]),
    ("\u00abIl m'a dit, \"Reste.\" Et \u2018Pars.\u2019\u00bb", "guillemet", ["Pars.", "Reste."]),
    ("\"It's the workers' day, isn't it?\"", "double", []),  # apostrophes, no marks
    # a single pair and a double pair that cross inside guillemets: the first, not both
    ("\u00abShe said, \"Go \u2018now\" and \u2019 then.\u00bb", "guillemet", ["Go \u2018now"]),
]


@pytest.mark.parametrize("text, marks, inner", INNER)
def test_inner_spans_are_the_other_kind_of_marks_inside(text: str, marks: str, inner: list[str]) -> None:
    spans = inner_spans(text, _outer(text, marks))
    assert sorted(text[s:e] for s, e in spans) == sorted(inner)


def test_the_rules_are_a_table() -> None:
    assert [rule.__name__ for rule in NESTED_SPEAKERS] == ["_the_speaker_self", "_antecedent", "_described_or_named"]


@pytest.mark.model
def test_nested_records_are_written_by_default_and_chosen_with_types(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(KOCABAS, encoding="utf-8")
    runner = CliRunner()
    default = runner.invoke(app, ["extract", "-f", "jsonl", str(path)])
    assert default.exit_code == 0, default.output
    records = [json.loads(line) for line in default.stdout.splitlines() if line.strip()]
    nested = [r for r in records if r["type"] == "nested"]
    assert [(r["text"], r["speaker"]["name"]) for r in nested] == [
        ("Are they going to put you in prison?", "Nil\u00fcfer Kocaba\u015f's mother"),
        ("Not this week.", "Nil\u00fcfer Kocaba\u015f")]
    assert all(KOCABAS[r["start"]:r["end"]] == r["text"] for r in records)
    only = runner.invoke(app, ["extract", "-f", "jsonl", "--types", "direct,mixed", str(path)])
    assert only.exit_code == 0 and all(json.loads(line)["type"] != "nested"
                                       for line in only.stdout.splitlines() if line.strip())
