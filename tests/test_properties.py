"""Properties of the whole rules-only pipeline over random text, and the fuzz target in bounded form.

The texts are random unicode with quote marks, line breaks and a few
reporting words weighted in, so that quotes, cues and speakers actually turn
up. For every text: no exception, offsets that index the text, no two
fragments of one type overlapping, one speaker per group, and the same JSON
twice. The invariants themselves live in fuzz/fuzz_extract.py, which
atheris can drive for as long as one likes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from quotex.run.extract import extract, extract_many

from quotex.run.loader import load_pipeline

FUZZ_TARGET = Path(__file__).parent.parent / "fuzz" / "fuzz_extract.py"


def _load_fuzz_target() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_extract", FUZZ_TARGET)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz_target()

MARKS = list('"\u201c\u201d\u00ab\u00bb\u2018\u2019\'')
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\u2028", "\x85"]
NEWS = [
    " said ", " said.", ", he said", " she said, ", " told reporters ", " according to ", " added: ",
    "Mayor Ana Ruiz", "Tom Becker", "the official", "officials", "a senior official", "He", "She", "They",
    " \u2014 ", ", ", ". ", ": ", " ", "  ", "[the council]", "<tweet author=\"x\">",
]
ODD = ["\U0001F600", "\u0301", "\ufeff", "\u200b", "\u00a0", "\t", "\x00", "\u202e", "\x0c"]

pieces = st.one_of(
    st.sampled_from(MARKS), st.sampled_from(MARKS), st.sampled_from(MARKS),  # weighted: three in eight
    st.sampled_from(BREAKS),
    st.sampled_from(NEWS), st.sampled_from(NEWS),
    st.sampled_from(ODD),
    st.text(max_size=12),  # any unicode at all
)
noise = st.lists(pieces, max_size=80).map("".join)

# News-shaped text, so that cues, speakers, split and multi-paragraph quotes
# come up often: sentences with quotes and reporting clauses, marks mixed and
# mismatched at random, random unicode in between.
WORDS = st.lists(st.sampled_from(["we", "will", "not", "back", "down", "the", "plan", "is", "bold", "and",
                                  "Officials", "a", "disaster", "Smith", "it", "I", "you"]) | st.text(max_size=6),
                 min_size=1, max_size=8).map(" ".join)
CUES = st.sampled_from(["Ana Ruiz said", "said Tom Becker", "he said", "she added", "officials said",
                        "the mayor told reporters", "according to a senior official", "Becker said on Tuesday",
                        "", "said", "a spokesman for the port said in a statement",
                        # the ways this round's rules name a speaker
                        "the statement said", "according to a statement from Ford Motor Co.", "it said",
                        "the 26-year-old said", "the Spaniard said", "Ursula von der Leyen said", "I said",
                        "Tsai Ing-wen wrote", "Mrs May replied", "the Prime Minister said", "Sgt. Dana Wright said"])
LABELS = st.sampled_from(["Mark Cuban", "KATE BOLDUAN", "Poll", "Photo", "Clinton to Planned Parenthood", "Q"])
quote = st.builds("{}{}{}".format, st.sampled_from(MARKS), WORDS, st.sampled_from(MARKS + ["", "\n"]))
sentence = st.one_of(
    st.builds("{}, {}.".format, quote, CUES),
    st.builds("{} {}: {}".format, CUES, st.sampled_from(["", "that"]), quote),
    st.builds("{}, {}, {}".format, quote, CUES, quote),  # a split quote
    st.builds("{} called it {}.".format, CUES, quote),
    st.builds("{}: {}.".format, LABELS, WORDS),  # a labelled line, when it opens its paragraph
    st.builds("{}.".format, WORDS),
    pieces,
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
news = st.lists(st.tuples(paragraph, st.sampled_from(BREAKS)), max_size=6).map(
    lambda paras: "".join(p + brk for p, brk in paras))
texts = st.one_of(noise, news)

PROPERTY_SETTINGS = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(text=texts)
@example(text='"we", Ana Ruiz said. Ana Ruiz said : "Officials’\n"Officials", Ana Ruiz said.\n')  # a title left a group
@example(text='"we", Ana Ruiz said. \u00c0 "we", he said.\n')  # a pronoun the ranker read anew keeps its method
@example(text='" KATE BOLDUAN: we.\n" KATE BOLDUAN: we.\n')  # each labelled paragraph of one quote, a turn of its own
# a report in its quote's group, its 'he' bound apart from the ranker's reading of it
@example(text='"we", Ana Ruiz said. Mark Cuban: we.\nsaid Tom Becker : "we" he said called it "we".\n')
# a headline's piece that a split quote's group shares takes no other speaker from the story
@example(text='\u2018we\u201c, Ana Ruiz said, "0\'" "we", Ana Ruiz said. "we\n, Ana Ruiz said.\n"we", Ana Ruiz said. '
              'said Tom Becker : "we" \u2018we\u201c, Ana Ruiz said, "0\'"\n')
# inside guillemets, a single pair and a double pair that cross: nested records that never overlap
@example(text='"we", Ana Ruiz said. \u00abwe\u2018, Ana Ruiz said, "\'0 we we" \u201cwe\u2019, Ana Ruiz said, "we"\n')
# a headline's single pair that a quote of the story is: one record, not a second for the same span
@example(text=' said  \u2018we not we we ", Ana Ruiz said, "not we\u2019\nwill.\n"we", Ana Ruiz said. \u2018we not we '
              'we ", Ana Ruiz said, "not we\u2019\n')
def test_extract_keeps_its_promises(blank_nlp: Language, text: str) -> None:
    quotes = extract(blank_nlp, text)
    fuzz.check_invariants(text, quotes)
    assert fuzz.as_json(extract(blank_nlp, text)) == fuzz.as_json(quotes)  # deterministic


@settings(max_examples=300, deadline=None)
@given(text=texts, other=texts)
@example(text='\u00b2 officials said : "we"\n', other="")  # a superscript digit is no count of people
def test_a_text_gets_the_same_quotes_in_any_batch(blank_nlp: Language, text: str, other: str) -> None:
    alone = fuzz.as_json(extract(blank_nlp, text))
    batched = [fuzz.as_json(r) for r in extract_many(blank_nlp, [other, text, other, text], batch_size=3)]
    assert batched[1] == batched[3] == alone


@pytest.fixture(scope="module")
def tiny_nlp() -> Language:
    """A rules-only pipeline whose max_length forces every text into chunks."""
    nlp = load_pipeline("blank")
    nlp.max_length = 48
    return nlp


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_chunked_texts_keep_their_promises(tiny_nlp: Language, text: str) -> None:
    fuzz.check_invariants(text, extract(tiny_nlp, text))


def test_invariant_checker_catches_broken_output() -> None:
    from quotex.output.model import Quote

    text = "\u201cHello,\u201d she said."
    good = Quote(0, 0, "Hello,", 1, 7, "direct", 0, None, None, "none", 0.0)
    fuzz.check_invariants(text, [good])
    for bad in ([Quote(0, 0, "Hello", 1, 7, "direct", 0, None, None, "none", 0.0)],
                [good, Quote(1, 1, "ello,", 2, 7, "direct", 0, None, None, "none", 0.0)]):
        with pytest.raises(AssertionError):
            fuzz.check_invariants(text, bad)


# --- the fuzz target, bounded for CI ------------------------------------------------------------


marked_bytes = st.lists(
    st.one_of(st.binary(max_size=8), st.sampled_from([m.encode("utf-8") for m in MARKS + BREAKS]),
              st.sampled_from([b"\x93", b"\x94", b"\x91", b"\x92", b"\xff\xfe", b"\xef\xbb\xbf", b" said "])),
    max_size=40,
).map(b"".join)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=marked_bytes)
def test_fuzz_target_on_random_bytes(data: bytes) -> None:
    fuzz.fuzz_one_input(data)
