"""The candidate generators, one table row per generator and case, and the ranker's decision rule.

Each row: a text, which quote group (by its first fragment's text), and a
speaker name that some generator must propose, with that generator's name.
Rows run on the rules-only pipeline, the trained one, or both.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from quotex.attribution import ranker
from quotex.attribution.attributor import attribute
from quotex.attribution.candidates import GENERATOR_NAMES, GENERATORS

BLANK, MODEL = "blank", "model"


def proposals(nlp: Language, text: str) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """First fragment's text -> [(candidate name, generators proposing it)], from the rules alone."""
    with nlp.select_pipes(disable=["quotex"]):
        doc = nlp(text)
    collected: list[dict[str, Any]] = []
    attribute(doc, rank=False, collect=collected)
    out = {}
    for g in collected:
        s0, s1 = g["spans"][0]
        out[text[s0:s1]] = [(c.entity.name, c.generators) for c in g["candidates"]]
    return out


CASES = [
    # (modes, text, quote, name, generator)
    ((BLANK, MODEL), '"We will win," Burton said.', "We will win,", "Burton", "cue_subject"),
    ((BLANK, MODEL), 'Leon Panetta said: "We will keep talking."', "We will keep talking.", "Leon Panetta",
     "cue_subject"),
    ((MODEL,), 'Burton explained from a podium. "I love cats," he said.', "I love cats,", "Burton",
     "pronoun_antecedent"),
    # a name that opens its sentence before a comma is its subject though the parser made it the root
    ((MODEL,), "Carson has tried to turn these questions to his advantage.\n\nTrump, when asked about his own "
     "contradictions or factual errors, often steam-rolls through the questions, talking and never admitting he was "
     "wrong.\n\nFor example: \"We made a terrible mistake,\" he told CNN's Chris Cuomo in October.",
     "We made a terrible mistake,", "Trump", "pronoun_antecedent"),
    # a speech cue that governs the quote, though its subject stands before a full stop of the text
    ((MODEL,), "Sen. Bernie Sanders (I-Vt.) visited NBC\u2019s \u201cToday\u201d to discuss his rival, Hillary "
     "Clinton, saying \u201con her worst day\u201d she\u2019d be \u201can infinitely better president\u201d than any "
     "Republican.",
     "an infinitely better president", "Bernie Sanders", "cue_subject"),
    # without a parse, a sentence's subject is the name after a role, not the word in capitals that opens it
    ((BLANK,), "Voters waited.\n\nDemocratic presidential candidate Bernie Sanders spoke in Iowa. \"We will win,\" he "
     "said.",
     "We will win,", "Bernie Sanders", "pronoun_antecedent"),
    ((BLANK,), "Voters waited.\n\nBut Bernie Sanders spoke in Iowa. \"We will win,\" he said.", "We will win,",
     "Bernie Sanders", "pronoun_antecedent"),
    ((BLANK,), "Voters waited.\n\nInstead, Bernie Sanders spoke in Iowa. \"We will win,\" he said.", "We will win,",
     "Bernie Sanders",
     "pronoun_antecedent"),
    # a headline's surname and a colon, named in full below, though the tagger read it as a noun
    ((MODEL,), "Starmer: \u201cWe will not back down on strikes\u201d\n\nKeir Starmer said on Monday that the "
     "government would not give in.", "We will not back down on strikes", "Keir Starmer", "cue_subject"),
    # a headline's quote, a colon and whose plea, vow or warning it is
    ((MODEL,), "\u201cI\u2019m heartbroken\u201d: Mum\u2019s plea after son, 14, stabbed\n\nSarah Jones, 41, said "
     "her son had been attacked.", "I\u2019m heartbroken", "Mum", "next_sentence_cue"),
    ((MODEL,), "\u201cWe will not give up\u201d: Starmer\u2019s vow to striking nurses\n\nKeir Starmer met nurses on "
     "Monday.", "We will not give up", "Keir Starmer", "next_sentence_cue"),
    # a digest's topic, a dash, a name and a colon: the name is the lead-in's
    ((BLANK, MODEL), "The polls moved.\n\nPollsters agree - Carl Bialik: \u201cOne of the lessons was simple.\u201d "
     "[538.]", "One of the lessons was simple.", "Carl Bialik", "cue_subject"),
    ((BLANK, MODEL), "The polls moved.\n\nIOWA POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: \u201cThe "
     "polls ended too early.\u201d [HuffPost.]", "The polls ended too early.", "Mark Blumenthal and Jon Cohen",
     "cue_subject"),
    # a digest's source may be an outlet or a pollster NER tags as nothing
    ((BLANK, MODEL), "The polls moved.\n\nPolls missed the upset - HuffPollster: \u201cMost pollsters got the "
     "Democrats right.\u201d [HuffPost.]", "Most pollsters got the Democrats right.", "HuffPollster", "cue_subject"),
    # no cue governs the quote in the parse ('Stay' is its root): the one right before it does
    ((MODEL,), "Marco Rubio spoke to the crowd in Miami. When he said it was great to be home, a man yelled "
     "\u201cStay there!\u201d", "Stay there!", "a man", "cue_subject"),
    ((MODEL,), 'The mayor spoke on Monday. "We will win," she said.', "We will win,", "The mayor",
     "pronoun_antecedent"),
    ((BLANK, MODEL), '"We will win," Ana Ruiz said.\n\n"We always do."', "We always do.", "Ana Ruiz",
     "continuation"),
    ((BLANK, MODEL), '"We will win," Ana Ruiz said.\n\n"They lost," Bo Lee said.\n\n"We always do."',
     "We always do.", "Ana Ruiz", "previous_speaker"),
    ((BLANK, MODEL), 'Jane Roe said the plan failed.\n\n"Nobody saw it coming." That was how Jane Doe, the '
     "company's chief executive, put it.", "Nobody saw it coming.", "Jane Doe", "next_sentence_cue"),
    ((MODEL,), 'Jane Roe said the plan failed.\n\n"Nobody saw it coming." That was how Jane Doe, the '
     "company's chief executive, put it.", "Nobody saw it coming.", "Jane Roe", "nearest_clause"),
    ((MODEL,), 'In a Fox interview later that day, Trump went even further: "If he goes forward and loses, '
     "it's the end of his career.\"", "If he goes forward and loses, it's the end of his career.", "Trump",
     "colon_lead_in"),
    ((BLANK, MODEL), "Donald Trump issued the following statement:\n\n\u201cOur prayers are with all those "
     "affected.\u201d", "Our prayers are with all those affected.", "Donald Trump", "colon_paragraph"),
    ((MODEL,), "Outside the hall, 17-year-old Jared Potts echoed:\n\n\u201cHe speaks his mind.\u201d",
     "He speaks his mind.", "Jared Potts", "colon_paragraph"),
    ((MODEL,), '"All that Glitters is Not Gold" was to be a "cautionary tale," said Susan Crawford.',
     "All that Glitters is Not Gold", "Susan Crawford", "sentence_final_cue"),
    ((MODEL,), 'Donald Trump spoke first.\n\nHillary Clinton took a different tack on Tuesday. "We need to build '
     'bridges, not walls."', "We need to build bridges, not walls.", "Hillary Clinton", "action_subject"),
    ((MODEL,), 'Maya Lindqvist wrote the book in a month.\n\nWhat is next?\n\nShe paused. "A long holiday."',
     "A long holiday.", "Maya Lindqvist", "action_subject"),
    # the sentence's last clause: 'The room was full by 7 a.m., and Dr. Helen Marsh walked in.'
    ((MODEL,), 'The waiting room was full by 7 a.m. Dr. Helen Marsh walked in at 6:45.\n\nShe sat down. '
     '"People think we closed."', "People think we closed.", "Helen Marsh", "action_subject"),
    # a paragraph that opens with a quote and has no cue: the subject of the paragraph before's last sentence
    ((MODEL,), 'The waiting room was full by 7 a.m. Dr. Helen Marsh, who has run the clinic for 22 years, walked in '
     'at 6:45.\n\n"People think we closed. We never closed.\n\n"I don\'t know if we can do it again."',
     "People think we closed. We never closed.", "Helen Marsh", "paragraph_subject"),
]


def _by_mode() -> list:
    """Each case once per pipeline it holds for; the trained pipeline's are marked ``model``."""
    out = []
    for n, (modes, text, quote, name, generator) in enumerate(CASES):
        for mode in modes:
            marks = [pytest.mark.model] if mode == MODEL else []
            out.append(pytest.param(mode, text, quote, name, generator, marks=marks, id=f"{generator}-{n}-{mode}"))
    return out


@pytest.mark.parametrize(("mode", "text", "quote", "name", "generator"), _by_mode())
def test_a_generator_proposes_the_speaker(mode: str, text: str, quote: str, name: str, generator: str,
                                          request: pytest.FixtureRequest) -> None:
    nlp = request.getfixturevalue("blank_nlp" if mode == BLANK else "nlp")
    found = proposals(nlp, text)
    assert quote in found, f"no quote group {quote!r} in {list(found)}"
    assert any(n == name and generator in gens for n, gens in found[quote]), found[quote]


def test_every_generator_is_named_once_in_the_table() -> None:
    assert len(set(GENERATOR_NAMES)) == len(GENERATORS)
    assert GENERATOR_NAMES[:4] == ("newsletter", "speaker_label", "poll", "cue_subject")
    # a new generator goes last: the fallback's order stays
    assert GENERATOR_NAMES[-3:] == ("colon_paragraph", "action_subject", "paragraph_subject")


def test_candidates_are_merged_by_entity(blank_nlp: Language) -> None:
    found = proposals(blank_nlp, '"We will win," Burton said.')
    names = [n for n, _ in found["We will win,"]]
    assert len(names) == len(set(names))


# -- the decision rule ----------------------------------------------------------------------------

TABLE = {"a": 2.0, "b": -1.0, "none": 0.0}


@pytest.mark.parametrize(("feats", "best"), [
    ([["a"], ["b"]], 0),       # the highest score wins
    ([["b"], ["a"]], 1),
    ([["b"], ["b"]], None),    # every candidate below none: nobody is named
    ([], None),                # no candidate
    ([["unknown"]], None),     # unknown features weigh nothing: a tie goes to none
])
def test_choose_takes_the_best_scoring_candidate_or_none(feats: list[list[str]], best: Any) -> None:
    got, p = ranker.choose(feats, ["none"], TABLE)
    assert got == best
    assert 0.0 < p <= 1.0  # a probability: certain when nobody else can be named


def test_probability_is_the_logistic_of_the_summed_weights() -> None:
    assert ranker.probability(["a", "b"], TABLE) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    assert ranker.probability(["a"] * 100, TABLE) < 1.0  # clipped, no overflow


def test_shipped_weights_are_trained_on_polnear_train_and_weigh_the_generators() -> None:
    import gzip
    import json
    from importlib import resources

    table = ranker.weights()
    assert table, "quotex/data/speaker_weights.json.gz is missing"
    with gzip.open(resources.files("quotex").joinpath("data", ranker.WEIGHTS), "rt") as f:  # type: ignore[arg-type]
        shipped = json.load(f)
    assert shipped["trained_on"] == "polnear-train"  # never dev, which measures it
    # a generator is weighed by its own feature or by the features crossed with it (a bare weight
    # under 1e-4 is not shipped)
    seen = [name for name in GENERATOR_NAMES
            if any(part in (f"gen={name}", f"gen0={name}") for key in table for part in key.split("&"))]
    assert {"cue_subject", "continuation", "pronoun_antecedent", "next_sentence_cue"} <= set(seen)


# Whether a candidate's cue touches the quote: not across the end of the cue's sentence or a line
# break (a colon lead-in excepted). The continuation's cue is the earlier quote's.
ADJACENT = [
    # (text, speaker, adjacent)
    ('"We lost," Bo Lee said.\n\n"Nobody saw it coming," Jane Doe said.', "Jane Doe", True),
    ('"We lost," Bo Lee said.\n\n"Nobody saw it coming," Jane Doe said.\n\n"We will be back."', "Jane Doe", False),
    ('Jane Doe said on Monday:\n\n"Nobody saw it coming."', "Jane Doe", True),
    ('Jane Doe said so. "Nobody saw it coming."', "Jane Doe", False),
]


@pytest.mark.parametrize("text, name, adjacent", ADJACENT)
def test_a_cue_is_adjacent_only_within_its_sentence(blank_nlp: Language, text: str, name: str,
                                                     adjacent: bool) -> None:
    groups: list[dict[str, Any]] = []
    attribute(blank_nlp(text), collect=groups)
    last = groups[-1]
    [feats] = [f for c, f in zip(last["candidates"], last["features"]) if c.entity.name == name]
    assert f"cue_adjacent={adjacent}" in feats


@pytest.mark.model
def test_a_body_mentioned_by_its_initials_is_named_in_the_paragraph(nlp: Language) -> None:
    # ('The NRA' is the National Rifle Association, which the text spelt out before: named in the paragraph by it)
    text = ("The National Rifle Association opposed the bill.\n\nSenators debated for hours. As Blumenthal spoke, "
            "the NRA was whipping lawmakers against \"any and all gun control.\"")
    doc = nlp(text)
    collected: list[dict[str, Any]] = []
    attribute(doc, collect=collected)
    [group] = [c for c in collected if "any and all" in text[c["spans"][0][0]:c["spans"][0][1]]]
    [features] = [f for cand, f in zip(group["candidates"], group["features"])
                  if cand.entity.name.endswith("National Rifle Association")]
    assert "in_paragraph=True" in features
