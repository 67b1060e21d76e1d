"""The report scorer: candidates from the parse, the decoding rules, the shipped
weights, and what it changes in the attributor's output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from quotex.attribution import report_scorer as rs
from quotex.attribution.attributor import attribute, rule_reports

ROOT = Path(__file__).parent.parent


def cand(cue: int, start: int, end: int, kind: str = "ccomp") -> rs.Candidate:
    return rs.Candidate(cue, kind, start, end)


# -- decoding (no model needed) -------------------------------------------------------
def test_a_rule_report_below_its_threshold_is_dropped_and_one_above_is_kept() -> None:
    low, high = cand(1, 3, 8, "rule"), cand(10, 12, 20, "rule")
    kept = rs.best([(low, rs.RULE_THRESHOLD - 0.01), (high, rs.RULE_THRESHOLD)])
    assert [c for c, _ in kept] == [high]


def test_a_protected_rule_report_is_kept_whatever_its_score() -> None:
    """The report a mixed quote sits in is the spec's, not the scorer's to drop."""
    around_quote = cand(1, 3, 8, "rule")
    kept = rs.best([(around_quote, 0.01)], frozenset({(3, 8)}))
    assert [c for c, _ in kept] == [around_quote]


def test_a_cue_the_rules_missed_gets_its_likeliest_span() -> None:
    weak, strong = cand(4, 5, 9, "dobj"), cand(4, 5, 12, "right")
    kept = rs.best([(weak, 0.6), (strong, 0.8), (cand(20, 21, 25), rs.THRESHOLD - 0.01)])
    assert [c for c, _ in kept] == [strong]


def test_a_new_span_is_not_added_for_a_cue_with_a_rule_report_or_over_one() -> None:
    rule = cand(1, 2, 10, "rule")
    same_cue = cand(1, 12, 15, "dobj")
    overlapping = cand(6, 8, 14, "ccomp")
    apart = cand(20, 21, 25, "ccomp")
    kept = rs.best([(rule, 0.9), (same_cue, 0.95), (overlapping, 0.9), (apart, 0.5)])
    assert [c for c, _ in kept] == [rule, apart]


def test_the_shipped_weights_load_and_score_in_the_unit_interval() -> None:
    table = rs.weights()
    assert len(table) > 1000 and "bias" in table
    assert 0.0 < rs.probability(["bias", "k=ccomp", "cls=speech"]) < 1.0
    assert rs.probability(["bias"], {"bias": 1e6}) == pytest.approx(1.0)


# -- with the trained pipeline ---------------------------------------------------------
@pytest.mark.model
def test_candidates_are_trimmed_token_spans_that_never_hold_their_cue(nlp: Language) -> None:
    doc = nlp("The governor, speaking in Albany, made clear that he would veto the bill if it passed.")
    found = rs.featurized(doc, set())
    assert found
    for c, feats in found:
        assert 0 <= c.start < c.end <= len(doc)
        assert not c.start <= c.cue < c.end
        assert not doc[c.start].is_punct and not doc[c.end - 1].is_punct
        assert feats[0] == "bias" and f"k={c.kind}" in feats
    made = [c for c, _ in found if doc[c.cue].text == "made"]
    assert any(doc[c.start:c.end].text == "that he would veto the bill if it passed" for c in made)


@pytest.mark.model
def test_the_fast_sums_equal_the_features_weights(nlp: Language) -> None:
    """``scored`` sums a cue's weights once per cue and kind; it must give what
    the features training sees give."""
    doc = nlp("Officials said on Tuesday they were worried. The governor made clear that he would veto the bill, "
              "which critics have called a disaster, and aides said he had lambasted the plan.")
    rules = {(c.start, c.end): c.cue for c, _ in rs.scored(doc, set())[:3]}
    fast = rs.scored(doc, set(), rules)
    slow = [(c, rs.probability(f)) for c, f in rs.featurized(doc, set(), rules)]
    assert [c for c, _ in fast] == [c for c, _ in slow]
    assert [p for _, p in fast] == pytest.approx([p for _, p in slow], abs=1e-9)


@pytest.mark.model
def test_a_cue_no_word_list_has_is_found_with_its_source(nlp: Language) -> None:
    doc = nlp("The governor made clear that he would veto the bill.")
    assert rule_reports(doc) == []
    (q,) = [q for q in doc._.quotes if q.type == "indirect"]
    assert q.text == "that he would veto the bill"
    assert doc.text[q.start:q.end] == q.text
    assert q.cue is not None and q.cue.text == "made clear"
    assert q.speaker is not None and q.speaker.name == "The governor" and q.method == "explicit"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    '"I now fear it may happen," he told the Tampa Bay Times in February.',
    '"We will win," Pence told Chuck Todd during an interview for Meet the Press.',
    '"Go," she tells hundreds of screaming supporters at a victory party.',
])
def test_a_quote_verb_reports_its_quote_not_whom_it_was_told_to(nlp: Language, text: str) -> None:
    assert [q.type for q in nlp(text)._.quotes] == ["direct"]


@pytest.mark.model
def test_a_clause_after_a_quote_verb_is_still_reported(nlp: Language) -> None:
    doc = nlp('"It is our bad luck," he said, that both violent men had connections to this little mosque.')
    assert [(q.type, q.text) for q in doc._.quotes if q.type == "indirect"] == [
        ("indirect", "that both violent men had connections to this little mosque")]


@pytest.mark.model
def test_the_report_around_a_mixed_quote_is_given_with_the_quote(nlp: Language) -> None:
    """The scorer may keep a report around a quote; the reader gets both, in one group."""
    doc = nlp('Obama said the plan was "a disaster" for workers.')
    assert [(q.type, q.text, q.speaker.name if q.speaker else None, q.group) for q in doc._.quotes] == [
        ("indirect", 'the plan was "a disaster" for workers', "Obama", 0), ("mixed", "a disaster", "Obama", 0)]


@pytest.mark.model
def test_features_are_the_same_with_and_without_lemmatizer_ruler_and_ner(nlp: Language) -> None:
    """Fast mode skips three components; the scorer must read the same features."""
    from quotex.run.loader import FAST_SKIPS
    from quotex.text.tags import fill

    text = ("Officials said on Tuesday they were worried about the talks. Sanders, who has criticized "
            "the bank, took aim at its chief executive, according to two aides.")
    with nlp.select_pipes(disable=[n for n in FAST_SKIPS if n in nlp.pipe_names] + ["quotex"]):
        fast = nlp(text)
    fill(fast)
    full = nlp(text)
    assert rs.featurized(fast, set()) == rs.featurized(full, set())


@pytest.mark.model
def test_without_the_scorer_the_rules_report_alone(nlp: Language) -> None:
    doc = nlp("The governor made clear that he would veto the bill. Aides said he was tired.")
    rules = [q.text for q in attribute(doc, rescore=False) if q.type == "indirect"]
    assert rules == ["he was tired"]


@pytest.mark.model
def test_training_writes_weights_the_scorer_reads(tmp_path: Path) -> None:
    """training/train_report_scorer.py on six articles: a weights file that scores."""
    pytest.importorskip("sklearn")
    data = tmp_path / "data"
    data.mkdir()
    polnear = ROOT / "fixtures" / "polnear-dev"
    docs = (polnear / "docs.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    ids = {json.loads(line)["id"] for line in docs}
    (data / "docs.jsonl").write_text("\n".join(docs) + "\n", encoding="utf-8")
    gold = [line for line in (polnear / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if json.loads(line)["doc"] in ids]
    (data / "gold.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
    out = tmp_path / "weights.json.gz"
    run = subprocess.run([sys.executable, str(ROOT / "training" / "train_report_scorer.py"), "--data", str(data),
                          "--folds", "0", "--out", str(out),
                          "--cache", str(tmp_path / "cache")], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    import gzip

    with gzip.open(out, "rt", encoding="utf-8") as f:
        table = json.load(f)
    assert table and all(isinstance(w, float) for w in table.values())
    assert "6 documents" in run.stderr


@pytest.mark.model
def test_a_found_cue_takes_its_light_words_and_leaves_the_content_clean(nlp: Language) -> None:
    """'made clear that …': the cue is 'made clear', the content starts at 'that'."""
    doc = nlp("The governor made clear that he would veto the bill.")
    (q,) = [q for q in doc._.quotes if q.type == "indirect"]
    assert q.cue is not None and q.cue.text == "made clear"
    assert doc.text[q.cue.start:q.cue.end] == q.cue.text
    assert q.text == "that he would veto the bill"


@pytest.mark.model
def test_the_cue_stays_the_verb_when_other_words_come_between(nlp: Language) -> None:
    doc = nlp("He said on Tuesday that the plan would fail.")
    verb = next(t.i for t in doc if t.text == "said")
    that = next(t.i for t in doc if t.text == "that")
    assert rs.phrase(doc, rs.Candidate(verb, "ccomp", that, len(doc) - 1)) == (verb + 1, that)


HOSTILE = [
    "",
    "\n\n\n",
    "said said said said said.",
    '"' * 40,
    "He said that " * 400,
    "\u00c3\u00a2\u00e2\u201a\u00ac\u00c5\u201cMojibake\u00c3\u00a2\u00e2\u201a\u00ac\u00c2\u009d said the man, who made clear that",
    "Critics lambasted " + "the plan and " * 300 + "the budget.",
    "x" * 5000,
    "The mayor made clear\n\nthat he would go. \u201cFine,\u201d he said, \u201cgo.\u201d She took aim at",
]


@pytest.mark.model
@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_through_the_scorer_keeps_offsets(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for q in doc._.quotes:
        assert text[q.start:q.end] == q.text
        assert q.text.strip()
        if q.cue is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.text
        if q.speaker is not None and q.speaker.mention is not None:
            m = q.speaker.mention
            assert text[m.start:m.end] == m.text


WORDS = ["said", "made", "clear", "that", "he", "the", "plan", "officials", "took", "aim", "at", ",", ".", "\n\n",
         "\u201c", "\u201d", '"', "according", "to", "Trump", "lambasted", "would", "fail", "who", "which"]


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_random_reports_through_the_scorer_keep_offsets_and_never_cross(nlp: Language, words: list[str]) -> None:
    text = " ".join(words)
    doc = nlp(text)
    reports = [q for q in doc._.quotes if q.type == "indirect"]
    for q in reports:
        assert text[q.start:q.end] == q.text
    spans = sorted((q.start, q.end) for q in reports)
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        assert a1 <= b0 or b1 <= a1, "indirect fragments overlap without nesting"


@pytest.mark.model
def test_a_found_cue_whose_parse_has_no_subject_takes_the_name_before_it(nlp: Language) -> None:
    """The parser runs a headline into the next paragraph and gives 'questioning'
    the headline's subject; the name right before the verb is the source."""
    doc = nlp("The Latest on the U.S. presidential race (all times EDT):\n\n7 p.m.\n\n"
              "Donald Trump is once again questioning the integrity of the U.S. voting system.")
    (q,) = [q for q in doc._.quotes if q.type == "indirect"]
    assert q.text == "the integrity of the U.S. voting system"
    assert q.speaker is not None and q.speaker.name == "Donald Trump"


@pytest.mark.model
def test_the_person_a_report_is_aimed_at_is_no_part_of_its_cue(nlp: Language) -> None:
    doc = nlp("They convinced some activists that it works. She made a case for the plan.")
    convinced, that = (next(t.i for t in doc if t.text == w) for w in ("convinced", "that"))
    assert rs.phrase(doc, rs.Candidate(convinced, "ccomp", that, that + 3)) == (convinced + 1, that)
    made, the = (next(t.i for t in doc if t.text == w) for w in ("made", "the"))
    assert doc[made:rs.phrase(doc, rs.Candidate(made, "dobj>prep", the, the + 2))[0]].text == "made a case for"


def test_a_near_rule_is_found_among_sorted_spans_as_among_all() -> None:
    rules = sorted({(a, a + n) for a in range(0, 60, 3) for n in (1, 4, 9, 30)})
    for start in range(0, 70, 2):
        for n in (1, 2, 5, 12):
            cand = rs.Candidate(0, "ccomp", start, start + n)
            assert rs._near_rule(cand, rules) == any(rs._token_iou(start, start + n, a, b) >= 0.5 for a, b in rules)
