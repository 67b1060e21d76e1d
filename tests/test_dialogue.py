"""Quotes whose speaker an exchange's layout gives: dialogue turns and a speaker introduced by the
paragraph before (quotex.attribution.dialogue)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotex.run.extract import extract_many

SKETCH = ("The leader of the opposition, Carys Pendry, asked about ambulance waits.\n\n"
          "Mr Pennant told the chamber at length that it was \u201cthe most ambitious reform in a generation\u201d.\n\n"
          "Ms Pendry was not having it.\n\n"
          "\u201cI didn\u2019t ask about the plan. I asked about the eleven hours.\u201d\n\n"
          "\u201cAnd I am telling the member what we are doing about them.\u201d\n\n"
          "\u201cThen tell us when they will come down.\u201d\n\n"
          "\u201cWhen the plan has had time to work.\u201d\n\n")

HEARING = ("Provincial engineer Arturo Manansala told senators he had relied on field reports.\n\n"
           '"I cannot be in 40 places at once," the 58-year-old engineer said. "I signed what I was given."\n\n'
           "That drew a sharp response from Sen. Liza Marquez-Tan.\n\n"
           '"Then who was in those 40 places, Engineer?"\n\n'
           '"The project inspectors, Your Honor."\n\n'
           '"Are they here today?"\n\n')

EXCHANGE = ("Senator Tom Brandt pressed Evan Marsh, the chief executive, on market share.\n\n"
            "\u201cHow many companies sell ads on mobile apps at your scale?\u201d Brandt asked.\n\n"
            "\u201cThere are many competitors in digital advertising, senator,\u201d Marsh replied.\n\n"
            "\u201cThat is not what I asked. How many at your scale?\u201d\n\n"
            "\u201cAt our exact scale, I\u2019d have to get back to you.\u201d\n\n")
PRESS = ("Davide Ferrante, the coach, faced reporters on Friday. \u201cWe will be ready,\u201d Ferrante said.\n\n"
         "\u201cAre you worried about the referee after what happened in Florence?\u201d another reporter asked, a "
         "reference to the penalty decision.\n\n"
         "\u201cI am worried about Atalanta. Referees do not press high,\u201d he said.\n")

# a short interview inside a story, introduced by a sentence that says who spoke to whom
AT_THE_AIRPORT = ("Heroes' welcome for Kurukuru\n\nBy ALFRED PITAKIA\n\nThe national futsal team returned home on "
                  "Monday to a crowd of thousands.\n\nThe SOLOMON STAR spoke to head coach Dickson Kadau at the "
                  "airport.\n\n\"Coach, what was different about this team?\"\n\n\"Discipline. Before, we had "
                  "talent but no discipline.\"\n\n\"What did you say to the boys at half-time? You were 2-3 "
                  "down.\"\n\n\"I told them to keep the ball on the floor. Is that hard? No.\"\n\n")
IN_THE_PADDOCK = ("Father and son chase glory\n\nBy Lina Vong\n\nTiago Sardinha, 52, is contesting his 25th Grand "
                  "Prix. His son Duarte Sardinha, 19, is making his debut.\n\n\"I am proud,\" the elder Sardinha "
                  "said.\n\nThe Times caught up with his son in the paddock after the red flag.\n\n\"Were you "
                  "close to the crash?\"\n\n\"I had just gone through Lisboa when I saw the yellow flags.\"\n\n"
                  "\"Is it strange to race at home?\"\n\n\"It is special. Here, people stop me at the bakery.\"\n\n")

KITCHEN = ("Nadia Ferreira, the chef, runs the pass. Kendall Rusk, who works the grill, is twenty-four.\n\n"
           "\u201cKendall, how long on the bass?\u201d Ferreira asks.\n\n\u201cTwo minutes, Chef.\u201d\n\n"
           "\u201cGive me ninety seconds.\u201d\n\n\u201cNinety.\u201d\n\n")

# (text, quote, speaker)
DIALOGUE = [
    # an exchange a sentence introduces: the questions are the writer's (for the outlet that asks, with the
    # byline's name, as printed), the rest the answers of the one spoken to
    (AT_THE_AIRPORT, "Coach, what was", "ALFRED PITAKIA"),
    (AT_THE_AIRPORT, "What did you say", "ALFRED PITAKIA"),
    (AT_THE_AIRPORT, "Discipline", "Dickson Kadau"),
    (AT_THE_AIRPORT, "I told them", "Dickson Kadau"),
    (IN_THE_PADDOCK, "Were you close", "Lina Vong"),
    (IN_THE_PADDOCK, "It is special", "Duarte Sardinha"),
    # a paragraph of one short sentence about a person introduces the quote paragraph after it
    (SKETCH, "I didn\u2019t ask", "Carys Pendry"),
    # short quote paragraphs in a row with no cue are turns: the two last speakers alternate
    (SKETCH, "And I am telling", "Pennant"),
    (SKETCH, "Then tell us", "Carys Pendry"),
    (SKETCH, "When the plan", "Pennant"),
    # a sentence about no person introduces the one person it names ('Sen.' ends no sentence), and the
    # turns then alternate between her and the speaker before
    (HEARING, "Then who was", "Liza Marquez-Tan"),
    (HEARING, "The project inspectors", "Arturo Manansala"),
    (HEARING, "Are they here", "Liza Marquez-Tan"),
    # not when the sentence is about a person: 'He turned to Dr. Sam Okafor.' leaves the quote his
    ('Judge Alan Reyes heard the case.\n\n"Sit down," the judge said. "Now."\n\nHe turned to Dr. Sam Okafor.\n\n'
     '"Explain the chart."', "Explain the chart", "Alan Reyes"),
    # ... nor to whom something goes: an apology to a person is not his
    ('"We never meant it," said Ann Lee, the party chair.\n\nThe party later sent a formal apology to Sen. Tom '
     'Reid over the leaked emails.\n\n"We offer a deep and sincere apology."', "We offer", "Ann Lee"),
    # a paragraph of one longer sentence about a person introduces her too
    ("Nigel Ashdown, the chair of the backbench committee, said the rebels had the numbers.\n\n"
     "Joan Fielding, the former work and pensions secretary who now sits in the Lords, was more blunt.\n\n"
     "\u2018This is a policy designed in a spreadsheet.\u2019", "This is a policy", "Joan Fielding"),
    # one speaker's quote paragraph after a cued one goes on: no turn without two uncued paragraphs
    ('Union leader Tom Howard spoke first.\n\n"We will win this," said Ann Lee of the council.\n\n"We always do."',
     "We always do", "Ann Lee"),
    # a long quote paragraph is a speech going on, not a turn
    ('"We are ready," said Ann Lee.\n\n"We will not move," Tom Howard said.\n\n"We have waited for this for '
     'years, and every family on this street has waited with us, through the winters and the floods and the '
     'meetings that went nowhere and the promises that came to nothing, and we will wait no longer."\n\n'
     '"It will take as long as it takes, and we have all the time in the world."', "It will take", "Tom Howard"),
    # a cued turn that says it answers ('Marsh replied') is a turn too: the next uncued quote is the asker's
    (EXCHANGE, "That is not what I asked", "Tom Brandt"),
    (EXCHANGE, "At our exact scale", "Evan Marsh"),
    # ... but a cue that says nothing of answering leaves the quote after it to its speaker
    (EXCHANGE.replace("Marsh replied", "Marsh said"), "That is not what I asked", "Evan Marsh"),
    # the writer's question ('"…?" I ask.') is answered by the one asked: the speaker before it
    ('The weaver of Bonwire\n\nBy Imogen Lowther\n\nAfua Kesse sits at her loom in the village.\n\n\u201cThe '
     'thread decides,\u201d she says.\n\n\u201cDo you ever think about hiring help?\u201d I ask.\n\n\u201cEvery '
     'day.\u201d', "Every day", "Afua Kesse"),
    # a paragraph of one sentence about a person introduces the quote after it, one that runs on over paragraphs too
    ("\u201cHe came back in a coffin.\u201d Those were the words of Dionisia Huillca Quispe, the dead man\u2019s "
     "mother.\n\nThe Catholic bishop of Abancay, Faustino Mendoza R\u00edos, appealed for calm in a homily.\n\n"
     "\u201cI say to the police: these are not enemies.\n\n\u201cAnd I say to Lima: come here.\u201d",
     "I say to the police", "Faustino Mendoza R\u00edos"),
    # a quote that opens a paragraph with no cue is the person the next sentence introduces by name, for the
    # first time ('"…" Sarah Nalubega, whose son is held, waited outside.'), or names as whose the words were
    ('Dr. Paul Mensah said the clinic would close.\n\n"We buried him on Sunday." Grace Adjei, whose husband died '
     'waiting for a bed, stood at the gate.', "We buried him", "Grace Adjei"),
    ('Dr. Paul Mensah said the clinic would close.\n\n"Water does not wait for permits." The words, from district '
     'engineer Kofi Boateng, drew nods.', "Water does not", "Kofi Boateng"),
    ('Dr. Paul Mensah said the clinic would close.\n\n"Help us." The appeal came from councillor Ama Owusu at '
     'the meeting.', "Help us", "Ama Owusu"),
    # ... not someone named before: what the sentence says of them introduces no one
    ('Grace Adjei spoke first. Dr. Paul Mensah said the clinic would close.\n\n"We will reopen it." Grace Adjei '
     'shook her head.', "We will reopen", "Paul Mensah"),
    # a quote paragraph right after a quote that opens by naming whom it speaks to is that person's answer, and
    # the turns then alternate between the two
    (KITCHEN, "Two minutes", "Kendall Rusk"),
    (KITCHEN, "Give me ninety", "Nadia Ferreira"),
    (KITCHEN, "Ninety.", "Kendall Rusk"),
    # ... not a word of address the article names no one by ('Chef'), nor the speaker's own name
    (KITCHEN.replace("Kendall, how", "Chef, how"), "Two minutes", "Nadia Ferreira"),
    # an answer's pronoun is not the unnamed one who asked, but the one who spoke before the question
    (PRESS, "I am worried about Atalanta", "Davide Ferrante"),
    # ... a person named who asks goes on
    (PRESS.replace("another reporter asked", "Ferrante's assistant, Luca Bianchi, asked"), "I am worried",
     "Luca Bianchi"),
]


@pytest.mark.model
@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
@pytest.mark.parametrize("text, quote, name", DIALOGUE)
def test_dialogue_turns_and_introduced_speakers(nlp: Language, fast: bool, text: str, quote: str, name: str) -> None:
    [quotes] = list(extract_many(nlp, [text], fast=fast))
    [q] = [q for q in quotes if q.type == "direct" and q.text.startswith(quote)]
    assert q.speaker is not None and q.speaker.name.endswith(name)
