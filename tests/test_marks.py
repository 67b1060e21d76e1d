"""quotex.text.marks on plain strings: quote spans, groups and paragraphs, no spaCy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.text.marks import Paragraph, QuoteSpan, headline_lead, is_headline, names_a_work, paragraphs, scan

LINE_BREAKS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")


def texts(text: str) -> list[str]:
    """The quoted words of every span, in order."""
    return [text[s.start:s.end] for s in scan(text)]


def groups(text: str) -> list[int]:
    return [s.group for s in scan(text)]


# -- marks -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'He called it "a disaster" on Monday.',
    "He called it \u201ca disaster\u201d on Monday.",
    "He called it \u00aba disaster\u00bb on Monday.",
    "He called it \u00ab a disaster \u00bb on Monday.",  # French spacing inside guillemets
])
def test_double_marks_of_every_kind(text: str) -> None:
    assert texts(text) == ["a disaster"]


def test_offsets_exclude_the_marks() -> None:
    text = "She said: \u201cWe will win.\u201d"
    [span] = scan(text)
    assert text[span.start - 1] == "\u201c"
    assert text[span.end] == "\u201d"
    assert text[span.start:span.end] == "We will win."
    assert span == QuoteSpan(start=11, end=23, paragraph=0, group=0, closed=True)


@pytest.mark.parametrize("text", [
    "Bill Gates\u2019 visit was short.",
    "They kept on buyin\u2019 and sellin\u2019 all day.",
    "The music of the \u201990s came back.",
    "The music of the '90s came back.",
    "I don't know and he won\u2019t say.",
    "Gates\u2019 visit, the buyin\u2019, the \u201990s and don't, all in one line.",
])
def test_apostrophes_are_never_marks(text: str) -> None:
    assert scan(text) == []


def test_apostrophes_inside_a_quote_do_not_end_it() -> None:
    text = "\u201cGates\u2019 visit in the \u201990s, don't forget,\u201d she said."
    assert texts(text) == ["Gates\u2019 visit in the \u201990s, don't forget,"]


@pytest.mark.parametrize("text, inner", [
    ("\u201cHe called it \u2018historic\u2019 for us,\u201d she said.", "He called it \u2018historic\u2019 for us,"),
    ("\"He called it 'a farce' yesterday,\" she said.", "He called it 'a farce' yesterday,"),
    ("She said: \u201cWe \u2018will\u2019 win.\u201d", "We \u2018will\u2019 win."),
])
def test_single_quotes_nested_in_doubles_stay_inside(text: str, inner: str) -> None:
    spans = scan(text)
    assert [text[s.start:s.end] for s in spans] == [inner]


# -- multi-paragraph quotes ------------------------------------------------------------

@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n\n\n", "\r\n\r\n"])
def test_multi_paragraph_quote_is_one_group(gap: str) -> None:
    text = f"\u201cThe first paragraph never closes{gap}\u201cThe second one does.\u201d"
    spans = scan(text)
    assert texts(text) == ["The first paragraph never closes", "The second one does."]
    assert [s.paragraph for s in spans] == [0, 1]
    assert [s.group for s in spans] == [0, 0]
    assert [s.closed for s in spans] == [False, True]


def test_multi_paragraph_quote_over_three_paragraphs_then_a_new_quote() -> None:
    text = "\u201cOne\n\u201cTwo\n\u201cThree.\u201d\nNarration.\n\"Four.\""
    spans = scan(text)
    assert texts(text) == ["One", "Two", "Three.", "Four."]
    assert [s.paragraph for s in spans] == [0, 1, 2, 4]
    assert [s.group for s in spans] == [0, 0, 0, 1]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "\u201cThis never closes\nThe next paragraph is narration with \"a term\" inside."
    paras = paragraphs(text)
    spans = scan(text)
    assert texts(text) == ["This never closes", "a term"]
    assert spans[0].end == paras[0].end
    assert not spans[0].closed
    assert spans[1].paragraph == 1 and spans[1].closed
    assert [s.group for s in spans] == [0, 1]


# -- split quotes -------------------------------------------------------------------------

def test_split_quote_is_one_group() -> None:
    text = "\u201cIn essence,\u201d the official continued, \u201cwe want\u2026\u201d"
    spans = scan(text)
    assert texts(text) == ["In essence,", "we want\u2026"]
    assert [s.group for s in spans] == [0, 0]


@pytest.mark.parametrize("text", ['"A," he said. "B."', '"A is here," he said. "B is there."'])
def test_two_sentences_are_two_groups(text: str) -> None:
    assert len(scan(text)) == 2
    assert groups(text) == [0, 1]


# -- things that are not quotes -----------------------------------------------------------

def test_stray_closing_marks_are_ignored() -> None:
    assert scan("He is 6'2\" tall and strong.") == []
    assert texts("He is 6'2\" tall and said \"yes\" loudly.") == ["yes"]


@pytest.mark.parametrize("text", [
    '<tweet author="x">Hello world</tweet>',
    '<a href="https://example.com" title="t">link</a>',
])
def test_markup_attributes_are_not_quotes(text: str) -> None:
    assert scan(text) == []


def test_quote_inside_markup_is_still_a_quote() -> None:
    assert texts('<tweet author="x">"Hello," she said.</tweet>') == ["Hello,"]


# -- paragraphs ---------------------------------------------------------------------------

def test_paragraphs_skip_blank_lines() -> None:
    text = "  \n\nfirst\n   \nsecond\n"
    assert paragraphs(text) == [Paragraph(0, 4, 9), Paragraph(1, 14, 20)]


def test_paragraphs_handle_crlf() -> None:
    text = "one\r\n\r\ntwo\r\nthree"
    paras = paragraphs(text)
    assert paras == [Paragraph(0, 0, 3), Paragraph(1, 7, 10), Paragraph(2, 12, 17)]
    assert [text[p.start:p.end] for p in paras] == ["one", "two", "three"]


def test_span_paragraph_counts_non_blank_lines() -> None:
    text = "Intro.\n\n\nShe said \"yes\" twice.\r\n\r\n\"No,\" he said."
    assert [s.paragraph for s in scan(text)] == [1, 2]


def test_empty_and_blank_texts() -> None:
    assert paragraphs("") == [] and scan("") == []
    assert paragraphs(" \n\t\n") == [] and scan(" \n\t\n") == []


# -- two apostrophes typed for a double mark -------------------------------------------------

@pytest.mark.parametrize("text, quoted", [
    ("''America is already great,'' he said.", ["America is already great,"]),
    ("''A,'' she continued, ''and B.''", ["A,", "and B."]),
    ("''There was a backlash against 'Primates of Park Avenue,'  '' Ms. Ferriss noted.",
     ["There was a backlash against 'Primates of Park Avenue,'"]),  # a nested single mark, then the close
    ("Ms. Khan said Mr. Trump was ''ignorant'' of Islam.", ["ignorant"]),
    ("(''We will win'') he said.", ["We will win"]),
    # three marks: a nested single mark closes inside the two, or opens inside them
    ("Satya Nadella ''had me at 'independence,''' Mr. Weiner wrote.", ["had me at 'independence,'"]),
    ("And say to him, '''Sir, we have decided,'' he said.", ["'Sir, we have decided,"]),
    ("'''College Bowl,''' he replied.", ["'College Bowl,'"]),
    ("The value is '' and nothing else.", []),  # an empty string typed in prose opens nothing
    ('"He said \'\'no\'\' twice," she said.', ["He said ''no'' twice,"]),  # nested inside a double mark
])
def test_two_apostrophes_are_a_double_mark(text: str, quoted: list[str]) -> None:
    assert texts(text) == quoted
    for s in scan(text):
        assert s.marks == ("double" if text.startswith('"') else "apostrophes")


def test_two_apostrophes_carry_a_quote_over_paragraphs() -> None:
    text = "''The first paragraph runs on.\n\n''And it ends here,'' he said.\n''A new one.''"
    spans = scan(text)
    assert [text[s.start:s.end] for s in spans] == ["The first paragraph runs on.", "And it ends here,", "A new one."]
    assert [s.group for s in spans] == [0, 0, 1]
    assert [s.closed for s in spans] == [False, True, True]


def test_split_quote_in_two_apostrophes_is_one_group() -> None:
    assert groups("''A,'' she continued, ''and B.''") == [0, 0]


# -- properties on random text --------------------------------------------------------------

# Pieces weighted toward quote marks and line breaks, plus a few that trigger the
# split-quote, markup and apostrophe rules.
PIECES = (
    ['"'] * 6 + ["\u201c"] * 5 + ["\u201d"] * 5 + ["\u00ab"] * 2 + ["\u00bb"] * 2
    + ["\u2018"] * 3 + ["\u2019"] * 3 + ["'"] * 3 + ["\u201e"]
    + ["\n"] * 4 + ["\n\n"] * 2 + ["\r\n"] * 2 + ["\r", "\u2028", "\x0c"]
    + [" "] * 8 + list("abcdeXYZ019") * 2 + list(",.:;!?-=<>/\u2014\u2026\t")
    + [" he said, ", " said Jane Smith. ", "<tweet author=\"x\">", "don't", "\u201990s", "''", " ''"]
)
random_texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _containing_paragraph(paras: list[Paragraph], span: QuoteSpan) -> Paragraph:
    found = [p for p in paras if p.start <= span.start and span.end <= p.end]
    assert len(found) == 1, (span, paras)
    return found[0]


@settings(max_examples=300, deadline=None)
@given(random_texts)
def test_scan_properties(text: str) -> None:
    spans = scan(text)
    paras = paragraphs(text)
    assert [p.index for p in paras] == list(range(len(paras)))
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert not LINE_BREAKS & set(text[s.start:s.end])
        assert _containing_paragraph(paras, s).index == s.paragraph
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start
        assert a.group <= b.group <= a.group + 1
    if spans:
        assert spans[0].group == 0
    assert scan(text) == spans  # deterministic


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_scan_never_raises_on_any_text(text: str) -> None:
    for s in scan(text):
        assert 0 <= s.start < s.end <= len(text)


@pytest.mark.parametrize("text, work", [
    ('Sunday on CNN\u2019s \u201cState of the Union,\u201d Obama said', True),
    ('the \u201cAvatar\u201d star posted a message', True),
    ('Trump called the idea \u201cA Total Disaster\u201d on Monday', False),
    ('Obama\u2019s \u201cwe will not be intimidated\u201d line', False),
    # a title after 'is', 'titled', 'called', or a verb of reading or watching
    ('Burton claims that his favorite book is \u201cOne Hundred Years of Solitude\u201d.', True),
    ('Her favourite films are \u201cThe Godfather\u201d and \u201cJaws\u201d.', True),
    ('a report titled \u201cwhy the middle class is shrinking\u201d came out', True),  # any short quote after 'titled'
    ('his new book, titled \u201cCrippled America,\u201d came out', True),
    ('an editorial, entitled \u201cMr. Sanders Is Not a Brave Truth-Teller,\u201d ran', False),  # its writer's words
    ('Trump says in the spot titled \u201cDangerous,\u201d warning', False),
    ('a film called \u201cThe Big Short\u201d opened', True),
    ('a song named \u201cBorn in the U.S.A.\u201d played', True),
    ('She was reading \u201cThe Art of the Deal\u201d on the plane', True),
    ('They watched \u201cHouse of Cards\u201d all night', True),
    ('He listened to \u201cBorn to Run\u201d twice', True),
    ('He starred in \u201cThe Apprentice\u201d for years', True),
    ('The plan is \u201cA Total Disaster,\u201d he said', False),  # 'is' with no work before it
    ('His book is \u201ca disaster for the party\u201d', False),  # not a title
    ('shirts that read \u201cSettle for Hillary.\u201d', False),  # words written on something
    ('Trump called Clinton \u201cCrooked Hillary\u201d again', False),
    # a title after a part of its work
    ('In the opening scene of \u201cThe Long Walk Home,\u201d Ruth tells her son', True),
    ('the trailer for \u201cDune: Part Two\u201d dropped', True),
    ('the end of \u201cBusiness As Usual\u201d is near', False),  # 'end' names no part of a work
    # the work named right before its title
    ('Weiner said in May on the podcast \u201cHere\u2019s the Thing.\u201d', True),
    ('she wrote in her memoir, \u201cTough Choices.\u201d She was adamant', True),
    ('a host on the TV show \u201cShark Tank.\u201d \u201cI mean,\u201d he said', True),
    # a programme or outlet someone spoke on or to
    ('"I expect to be vetted," he said on \u201cMeet the Press.\u201d', True),
    ('Fiorina told \u201cFox and Friends,\u201d reminding the co-hosts', True),
    ('Clinton said in an interview with \u201cFox News Sunday.\u201d', True),
    ('during an appearance on \u201cCBS This Morning,\u201d Sanders said', True),
    ('He told reporters \u201cWe Will Win\u201d and left', False),  # told someone, then the words
    ('Trump told \u201ceveryone to calm down\u201d on Monday', False),  # not a title
    ("One Sunday in 2001, according to \u201cPerfect Enough,\u201d a biography, she", True),
    ('a CounterPunch article titled \u201cClinton Does Best Where Voting Machines Flunk.\u201d', True),
    # a gloss: what a word means, nobody's words
    ('"Si Vis Pacem Para Bellum," Latin for \u201cif you wish peace, prepare for war.\u201d', True),
    ('the word, which means \u201cthe people\u2019s will,\u201d was everywhere', True),
    ('according to \u201cpeople familiar with the talks\u201d', False),  # not a title
    # a nickname given: a name, nobody's words
    ('But Dunmore, nicknamed \u201cthe Fox\u201d by the faithful, scored twice', True),
    ('Residents have nicknamed them \u201cles bo\u00eetes\u201d and few stay', True),
    ('He was known to friends as \u201cBig Mo\u201d and loved jazz', True),
    ('Known around the neighborhood as \u201cthe Q,\u201d it has long been a gathering spot', True),
    ('and the tabloids crowned him \u201cthe nation\u2019s first love.\u201d Then he vanished', True),
    ('Engineers christened it \u201cthe Beast\u201d and the name stuck', True),
    ('Marco Rubio, who he dubbed \u201cthe little senator.\u201d', False),  # what he said of him
    ('She was nicknamed \u201cthe woman who would not stop asking why the pool had to close\u201d', False),
])
def test_names_a_work(text: str, work: bool) -> None:
    start = text.index("\u201c") + 1
    end = text.index("\u201d")
    assert names_a_work(text, start, end) is work


@pytest.mark.parametrize("text, headline", [
    ('\u2014"Met accused of whitewashing baby Jesus," by Post\'s Kathianne Boniello: "A man is suing."', True),
    ('He said the "ugliness of utterances, largely unprompted," by Trump stood out.', False),
    ('"We will win," by all accounts, was the message.', False),
])
def test_is_headline(text: str, headline: bool) -> None:
    start = text.index('"') + 1
    end = text.index('"', start)
    assert is_headline(text, start, end, 0) is headline


@pytest.mark.parametrize("line, head", [
    ("EBOLA SURVIVORS, THROUGH THE LENS \u201cIt\u2019s about agency.\u201d [HuffPost.]", "EBOLA SURVIVORS, THROUGH THE LENS"),
    ("AT LEAST 10 KILLED IN ISTANBUL Turkish officials said it had \u201cSyrian roots.\u201d [Reuters.]",
     "AT LEAST 10 KILLED IN ISTANBUL"),
    ("NATO AND US officials met on Monday, \u201cto talk,\u201d a source said.", None),  # no source tag
    ("He said \u201cno\u201d [sic].", None),  # no headline
])
def test_headline_lead(line: str, head: str | None) -> None:
    found = headline_lead(line, paragraphs(line)[0])
    assert (line[found[0]:found[1]] if found else None) == head


def test_title_with_a_lowercase_is() -> None:
    from quotex.text.marks import looks_like_title
    assert looks_like_title("Orange is the New Black")
    assert not looks_like_title("the plan is a disaster")


def test_second_opening_mark_after_a_sentence_end_starts_a_new_quote() -> None:
    text = "She said \u201cI just stood there. \u201cAnd she said, \u2018Do you understand,\u2019\u201d Broaddrick said."
    assert texts(text) == ["I just stood there.", "And she said, \u2018Do you understand,\u2019"]
    assert len(set(groups(text))) == 2


def test_nested_double_marks_without_a_sentence_end_still_nest() -> None:
    text = "He said \u201cthe \u201cbest\u201d plan\u201d was good."
    assert texts(text) == ["the \u201cbest\u201d plan"]


def test_passage_quoted_whole_yields_its_inner_quotes() -> None:
    text = '"\u201cYou don\u2019t win by states,\u201d Rubio responded before adding more."'
    assert texts(text) == ["You don\u2019t win by states,"]
