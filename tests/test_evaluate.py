"""quotex.evaluate and ``quotex eval``: the reference scorer's rules, and its figures.

Every figure is checked against tests/reference_score.py: on PolNeAR dev and the
seeds with quotex's own predictions, on random small cases, and on each
hand-made case below.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from typer.testing import CliRunner, Result

from quotex import cli
from quotex.errors import QuotexError
from quotex.evaluate.read import Row, parse_gold, parse_predictions, parse_types, read_rows
from quotex.evaluate.score import Counts, Evaluation, evaluate, evaluate_files
from quotex.run import loader
from quotex.output.model import Quote
from quotex.run.extract import extract_many
from reference_score import keep_types, load_jsonl, score

FIXTURES = Path(__file__).parent.parent / "fixtures"
POLNEAR = FIXTURES / "polnear-dev"
SEEDS = FIXTURES / "seeds"
SEEDS_GOLD = FIXTURES / "seeds.gold.jsonl"

# The reference scorer's names for our counts and ratios.
REFERENCE_NAMES = {
    "gold": "gold", "pred": "predicted", "tp": "matched", "exact": "exact", "loose_exact": "loose_exact",
    "attr_ok": "speaker_correct", "scare_gold": "scare_gold", "scare_fp": "scare_fp",
    "P": "precision", "R": "recall", "F1": "f1", "exact_P": "exact_precision", "exact_R": "exact_recall",
    "exact_F1": "exact_f1", "attr_acc": "speaker_accuracy", "attr_acc_matched": "speaker_accuracy_matched",
}

runner = CliRunner()


# -- helpers -----------------------------------------------------------------------------


def three_decimals(value: Optional[float]) -> Optional[str]:
    return None if value is None else f"{value:.3f}"


def assert_agrees(reference_row: dict[str, Any], counts: Counts) -> None:
    ours = counts.to_dict()
    for ref_name, name in REFERENCE_NAMES.items():
        expected, actual = reference_row[ref_name], ours[name]
        if isinstance(expected, int):
            assert actual == expected, (name, actual, expected)
        else:
            assert three_decimals(actual) == three_decimals(expected), (name, actual, expected)


def assert_same_as_reference(reference: dict[str, Any], evaluation: Evaluation) -> None:
    """Every row, the ALL row included, agrees with the reference scorer's result."""
    per_doc = dict(reference["per_doc"])
    assert_agrees(per_doc.pop("ALL"), evaluation.total)
    assert [d.doc for d in evaluation.documents] == list(per_doc)
    for doc in evaluation.documents:
        assert_agrees(per_doc[doc.doc], doc.counts)
    assert evaluation.ignored_predictions == reference["ignored_preds"]


def type_set(types: Optional[str]) -> Optional[set[str]]:
    return set(types.split(",")) if types else None


def reference_files(gold: Path, pred: Path, *, gold_types: Optional[str] = None, pred_types: Optional[str] = None,
                    min_overlap: float = 0.5, only_gold_docs: bool = False) -> dict[str, Any]:
    return score(keep_types(load_jsonl(gold), type_set(gold_types)),
                 keep_types(load_jsonl(pred), type_set(pred_types)), min_overlap, only_gold_docs)


def rows(dicts: list[dict[str, Any]]) -> list[Row]:
    return [Row(f"test:{n}", d) for n, d in enumerate(dicts, 1)]


def scored(gold: list[dict[str, Any]], preds: list[dict[str, Any]], *, gold_types: Optional[str] = None,
           pred_types: Optional[str] = None, min_overlap: float = 0.5, only_gold_docs: bool = False) -> Evaluation:
    """Our evaluation of in-memory rows, after checking it against the reference scorer."""
    evaluation = evaluate(parse_gold(rows(gold)), parse_predictions(rows(preds)), min_overlap=min_overlap,
                          only_gold_docs=only_gold_docs, gold_types=parse_types(gold_types),
                          pred_types=parse_types(pred_types))
    try:
        reference = score(keep_types(gold, type_set(gold_types)), keep_types(preds, type_set(pred_types)),
                          min_overlap, only_gold_docs)
    except KeyError:  # the reference scorer fails when no document is left; we give zeros
        assert (evaluation.documents, evaluation.total) == ((), Counts())
        return evaluation
    assert_same_as_reference(reference, evaluation)
    return evaluation


def gold_row(start: int, end: int, speaker: Optional[str] = "Leon Panetta", doc: str = "a.txt",
             **extra: Any) -> dict[str, Any]:
    return {"doc": doc, "start": start, "end": end, "speaker": speaker, **extra}


def pred_row(start: int, end: int, speaker: Any = "Leon Panetta", doc: str = "a.txt", **extra: Any) -> dict[str, Any]:
    return {"doc": doc, "start": start, "end": end, "speaker": speaker, **extra}


def speaker_is_right(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Whether one gold row and one prediction on the same span count as a right speaker."""
    total = scored([gold], [pred]).total
    assert total.matched == 1
    return total.speaker_correct == 1


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def extracted(nlp: Language, named_texts: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """quotex's records for (name, text) pairs, every type, terms included."""
    records: list[dict[str, Any]] = []
    for (name, _), quotes in zip(named_texts, extract_many(nlp, (text for _, text in named_texts))):
        assert not isinstance(quotes, QuotexError), (name, quotes)
        records.extend(q.to_dict(doc=name) for q in quotes)
    return records


def read_text(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return f.read()


# -- predictions, made once per module ------------------------------------------------------


@pytest.fixture(scope="module")
def polnear_pred(polnear_docs: list[dict[str, Any]], polnear_quotes: list[list[Quote]],
                 tmp_path_factory: pytest.TempPathFactory) -> Path:
    """quotex's predictions on the 202 PolNeAR dev articles, every type, terms included,
    from the session's one parse."""
    records = [q.to_dict(doc=doc["id"]) for doc, quotes in zip(polnear_docs, polnear_quotes) for q in quotes]
    return write_jsonl(tmp_path_factory.mktemp("polnear") / "pred.jsonl", records)


@pytest.fixture(scope="module")
def seeds_pred(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Predictions on the seeds, named with a folder so that matching is on the basename."""
    records = extracted(nlp, [(f"seeds/{path.name}", read_text(path)) for path in sorted(SEEDS.glob("*.txt"))])
    return write_jsonl(tmp_path_factory.mktemp("seeds") / "pred.jsonl", records)


pytestmark = pytest.mark.usefixtures("cli_models")  # ``quotex eval --gold`` loads each model once (conftest.py)


# -- agreement with the reference scorer on real data ----------------------------------------

POLNEAR_CASES = {
    "quoted pieces": ("quotes.jsonl", None, "direct,mixed"),
    "indirect speech": ("gold.jsonl", "indirect", "indirect"),
    "every attribution": ("gold.jsonl", None, None),
}


@pytest.mark.model
@pytest.mark.parametrize("case", POLNEAR_CASES)
def test_polnear_dev_figures_agree_with_the_reference_scorer(case: str, polnear_pred: Path) -> None:
    gold_file, gold_types, pred_types = POLNEAR_CASES[case]
    gold = POLNEAR / gold_file
    evaluation = evaluate_files(str(gold), str(polnear_pred), gold_types=parse_types(gold_types),
                                pred_types=parse_types(pred_types))
    reference = reference_files(gold, polnear_pred, gold_types=gold_types, pred_types=pred_types)
    assert_same_as_reference(reference, evaluation)
    assert evaluation.total.gold > 0


@pytest.mark.model
@pytest.mark.parametrize("min_overlap", [0.0, 0.3, 0.9, 1.0])
@pytest.mark.parametrize("only_gold_docs", [False, True])
def test_polnear_dev_agrees_at_other_settings(polnear_pred: Path, min_overlap: float, only_gold_docs: bool) -> None:
    gold = POLNEAR / "quotes.jsonl"
    evaluation = evaluate_files(str(gold), str(polnear_pred), pred_types=parse_types("direct,mixed"),
                                min_overlap=min_overlap, only_gold_docs=only_gold_docs)
    reference = reference_files(gold, polnear_pred, pred_types="direct,mixed", min_overlap=min_overlap,
                                only_gold_docs=only_gold_docs)
    assert_same_as_reference(reference, evaluation)


@pytest.mark.model
@pytest.mark.parametrize("pred_types", [None, "direct,mixed"])
def test_seed_figures_agree_with_the_reference_scorer(seeds_pred: Path, pred_types: Optional[str]) -> None:
    evaluation = evaluate_files(str(SEEDS_GOLD), str(seeds_pred), pred_types=parse_types(pred_types))
    assert_same_as_reference(reference_files(SEEDS_GOLD, seeds_pred, pred_types=pred_types), evaluation)
    assert evaluation.total.gold == 24
    assert evaluation.total.scare_gold == 5


@pytest.mark.model
@pytest.mark.parametrize("case", ["quoted pieces", "indirect speech"])
def test_cli_json_on_polnear_dev_agrees_with_the_reference_scorer(case: str, polnear_pred: Path) -> None:
    gold_file, gold_types, pred_types = POLNEAR_CASES[case]
    args = ["eval", str(POLNEAR / gold_file), str(polnear_pred), "--format", "json"]
    args += ["--gold-types", gold_types] if gold_types else []
    args += ["--types", pred_types] if pred_types else []
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)["all"]
    reference = reference_files(POLNEAR / gold_file, polnear_pred, gold_types=gold_types, pred_types=pred_types)
    for ref_name, name in REFERENCE_NAMES.items():
        assert three_decimals(figures[name]) == three_decimals(reference["per_doc"]["ALL"][ref_name]), name


# -- random small cases ----------------------------------------------------------------------

NAMES = st.sampled_from(["Leon Panetta", "Panetta", "Panetta's", "he", "the official", "a senior U.S. official",
                         "Dean Cheng", "Cheng", "", None])
SPANS = st.tuples(st.integers(0, 15), st.integers(1, 12)).map(lambda s: (s[0], s[0] + s[1]))
DOCS = st.sampled_from(["a.txt", "b.txt", "dir/a.txt"])
TYPES = st.sampled_from(["direct", "mixed", "indirect", None])


@st.composite
def fitted_text(draw: st.DrawFn, length: int) -> str:
    """A text of ``length`` characters: words, perhaps between quote marks and punctuation."""
    lead = draw(st.integers(0, min(2, length)))
    trail = draw(st.integers(0, min(2, length - lead)))
    edge = st.sampled_from(["\u201c", "\u201d", " ", ",", ".", "'"])
    return "".join(draw(edge) for _ in range(lead)) + "a" * (length - lead - trail) + \
        "".join(draw(edge) for _ in range(trail))


@st.composite
def gold_rows(draw: st.DrawFn) -> dict[str, Any]:
    (start, end), speaker_span = draw(SPANS), draw(st.none() | SPANS)
    row: dict[str, Any] = {"doc": draw(DOCS), "start": start, "end": end, "speaker": draw(NAMES),
                           "speech": draw(st.sampled_from([True, True, True, False])), "type": draw(TYPES)}
    if speaker_span:
        row["speaker_start"], row["speaker_end"] = speaker_span
    if draw(st.booleans()) and draw(st.booleans()):
        row["accept"] = draw(st.lists(st.sampled_from(["panetta", "official", "cheng"]), max_size=2))
    if draw(st.booleans()):
        row["text"] = draw(fitted_text(end - start))
    if draw(st.booleans()) and draw(st.booleans()):
        del row["speaker"]  # no "speaker" key at all, which is not a null speaker
    return row


@st.composite
def pred_rows(draw: st.DrawFn, near: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    """A prediction anywhere, or one whose ends are within two characters of the gold row ``near``."""
    start, end = draw(SPANS)
    if near is not None:
        start = max(0, near["start"] + draw(st.integers(-2, 2)))
        end = max(start + 1, near["end"] + draw(st.integers(-2, 2)))
    mention = draw(st.none() | SPANS)
    name = draw(NAMES)
    speaker: Any = name
    if draw(st.booleans()):
        speaker = {"name": name, "mention": None if mention is None else
                   {"text": draw(NAMES), "start": mention[0], "end": mention[1]}}
    doc = draw(DOCS) if near is None else near["doc"]
    row: dict[str, Any] = {"doc": doc, "start": start, "end": end, "speaker": speaker, "type": draw(TYPES)}
    if draw(st.booleans()):
        row["text"] = draw(fitted_text(end - start) | st.just("too long for its span" * 2))
    return row


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    gold = draw(st.lists(gold_rows(), max_size=8))
    near = [draw(pred_rows(near=g)) for g in gold if draw(st.booleans())]
    return gold, draw(st.permutations(near + draw(st.lists(pred_rows(), max_size=4))))


@settings(max_examples=300, deadline=None)
@given(case=cases(), min_overlap=st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]), only_gold_docs=st.booleans(),
       gold_types=st.sampled_from([None, "direct,mixed", "indirect"]),
       pred_types=st.sampled_from([None, "direct", "mixed,indirect"]))
def test_random_cases_agree_with_the_reference_scorer(case: tuple[list[dict[str, Any]], list[dict[str, Any]]],
                                                       min_overlap: float, only_gold_docs: bool,
                                                       gold_types: Optional[str], pred_types: Optional[str]) -> None:
    gold, preds = case
    scored(gold, preds, min_overlap=min_overlap, only_gold_docs=only_gold_docs,
           gold_types=gold_types, pred_types=pred_types)


# -- speaker rules -----------------------------------------------------------------------------


def test_accept_strings_are_substrings_of_the_name_or_the_mention() -> None:
    gold = gold_row(0, 10, speaker="a senior U.S. defense official", accept=["official"])
    assert speaker_is_right(gold, pred_row(0, 10, speaker="A senior official"))
    mention = {"text": "the OFFICIAL", "start": 50, "end": 62}
    assert speaker_is_right(gold, pred_row(0, 10, speaker={"name": "Leon Panetta", "mention": mention}))
    assert not speaker_is_right(gold, pred_row(0, 10, speaker="Leon Panetta"))


def test_accept_list_is_the_only_rule_when_given() -> None:
    """With accept strings, neither the mention span nor the gold speaker's words are consulted."""
    gold = gold_row(0, 10, speaker="Leon Panetta", speaker_start=20, speaker_end=27, accept=["official"])
    mention = {"text": "Panetta", "start": 20, "end": 27}
    assert not speaker_is_right(gold, pred_row(0, 10, speaker={"name": "Leon Panetta", "mention": mention}))


def test_an_empty_accept_list_falls_back_to_the_other_rules() -> None:
    assert speaker_is_right(gold_row(0, 10, accept=[]), pred_row(0, 10, speaker="Panetta"))


def test_overlapping_mention_spans_make_a_pronoun_right() -> None:
    gold = gold_row(0, 10, speaker="he", speaker_start=20, speaker_end=22)
    overlapping = {"name": "Leon Panetta", "mention": {"text": "he", "start": 21, "end": 23}}
    assert speaker_is_right(gold, pred_row(0, 10, speaker=overlapping))


def test_touching_mention_spans_do_not_overlap() -> None:
    gold = gold_row(0, 10, speaker="he", speaker_start=20, speaker_end=22)
    touching = {"name": "Leon Panetta", "mention": {"text": "Panetta", "start": 22, "end": 29}}
    assert not speaker_is_right(gold, pred_row(0, 10, speaker=touching))


def test_top_level_speaker_offsets_of_a_prediction_are_read() -> None:
    gold = gold_row(0, 10, speaker="she", speaker_start=20, speaker_end=23)
    assert speaker_is_right(gold, pred_row(0, 10, speaker="Ana Ruiz", speaker_start=20, speaker_end=23))
    assert not speaker_is_right(gold, pred_row(0, 10, speaker="Ana Ruiz", speaker_start=30, speaker_end=33))


@pytest.mark.parametrize(("predicted", "right"), [
    ("Panetta", True),
    ("Leon Panetta", True),
    ("Mr. PANETTA", True),           # case does not matter
    ("Panetta's", True),             # a possessive 's is dropped
    ("Panetta\u2019s", True),
    ("Leon", True),                  # the last predicted word is one of the gold words
    ("Panetta aide", False),         # ... and it is the last word that counts
    ("Leon Panettas", False),
    ("Chuck Hagel", False),
])
def test_last_word_of_the_predicted_speaker_must_be_a_gold_word(predicted: str, right: bool) -> None:
    assert speaker_is_right(gold_row(0, 10, speaker="Defense Secretary Leon Panetta"), pred_row(0, 10, predicted)) \
        is right


def test_last_word_rule_reads_the_mention_too() -> None:
    speaker = {"name": "Someone Else", "mention": {"text": "Panetta", "start": 90, "end": 97}}
    assert speaker_is_right(gold_row(0, 10), pred_row(0, 10, speaker=speaker))


@pytest.mark.parametrize("speaker", [None, "", "   ", {"name": None, "mention": None}, {"name": "", "mention": ""}])
def test_no_predicted_speaker_is_wrong_for_a_gold_speaker(speaker: Any) -> None:
    gold = gold_row(0, 10, speaker="Leon Panetta", speaker_start=0, speaker_end=100, accept=[""])
    assert not speaker_is_right(gold, pred_row(0, 10, speaker=speaker))


def test_a_gold_row_without_speaker_is_never_matched_by_words() -> None:
    assert not speaker_is_right(gold_row(0, 10, speaker=None), pred_row(0, 10, speaker="Leon Panetta"))


@pytest.mark.parametrize(("gold", "speaker", "right"), [
    ({"speaker": None}, None, True),                                # no source, none named: right
    ({"speaker": None}, "", True),
    ({"speaker": None}, {"name": None, "mention": None}, True),
    ({"speaker": None}, "Leon Panetta", False),                     # no source, one named: wrong
    ({"speaker": None}, {"name": "", "mention": {"text": "he", "start": 0, "end": 2}}, False),
    ({}, None, False),                                              # no "speaker" key is not a null speaker
    ({"speaker": ""}, None, False),                                 # nor is an empty string
    ({"speaker": None, "accept": ["panetta"]}, None, False),        # accept strings take precedence
    ({"speaker": None, "accept": ["panetta"]}, "Panetta", True),
])
def test_a_null_gold_speaker_is_right_when_no_speaker_is_named(gold: dict[str, Any], speaker: Any,
                                                               right: bool) -> None:
    row = {"doc": "a.txt", "start": 0, "end": 10, **gold}
    assert speaker_is_right(row, pred_row(0, 10, speaker=speaker)) is right


# -- matching ---------------------------------------------------------------------------------


def test_each_gold_quote_takes_the_prediction_it_overlaps_most() -> None:
    gold = [gold_row(0, 10), gold_row(10, 30)]
    preds = [pred_row(12, 30), pred_row(0, 11)]
    total = scored(gold, preds).total
    assert (total.matched, total.exact, total.precision, total.recall) == (2, 0, 1.0, 1.0)


def test_matching_is_one_to_one() -> None:
    total = scored([gold_row(0, 10)], [pred_row(0, 10), pred_row(1, 10)]).total
    assert (total.gold, total.predicted, total.matched, total.exact) == (1, 2, 1, 1)
    assert total.precision == 0.5


def test_greedy_matching_goes_by_overlap_not_by_order() -> None:
    """A prediction on two quotes goes to the one it fits best, not to the first."""
    gold = [gold_row(0, 12, speaker="Ana Ruiz"), gold_row(0, 10, speaker="Leon Panetta")]
    total = scored(gold, [pred_row(0, 10, speaker="Panetta")]).total
    assert (total.matched, total.exact, total.speaker_correct) == (1, 1, 1)


def test_equal_overlaps_go_to_the_earlier_gold_row() -> None:
    gold = [gold_row(0, 10, speaker="Ana Ruiz"), gold_row(5, 15, speaker="Leon Panetta")]
    total = scored(gold, [pred_row(5, 10, speaker="Panetta")]).total  # IoU 0.5 with each
    assert (total.matched, total.speaker_correct) == (1, 0)


@pytest.mark.parametrize(("min_overlap", "matched"), [(1 / 3, 1), (0.34, 0), (0.0, 1)])
def test_min_overlap_is_intersection_over_union(min_overlap: float, matched: int) -> None:
    total = scored([gold_row(0, 10)], [pred_row(5, 15)], min_overlap=min_overlap).total
    assert total.matched == matched  # IoU of [0,10) and [5,15) is 5/15


def test_spans_must_share_a_character_even_at_zero_overlap() -> None:
    assert scored([gold_row(0, 10)], [pred_row(10, 20)], min_overlap=0.0).total.matched == 0


def test_exact_and_loose_exact_spans() -> None:
    gold = [gold_row(0, 10, text="We will go"), gold_row(20, 30, text="not at all")]
    preds = [pred_row(0, 10), pred_row(20, 32, text="not at all,\u201d")]
    total = scored(gold, preds).total
    assert (total.matched, total.exact, total.loose_exact) == (2, 1, 2)
    assert total.exact_f1 == 0.5


def test_loose_exact_needs_texts_that_fit_their_spans() -> None:
    total = scored([gold_row(0, 10, text="We will go")], [pred_row(0, 11, text="too short")]).total
    assert (total.matched, total.loose_exact) == (1, 0)


def test_documents_are_matched_on_their_basename() -> None:
    evaluation = scored([gold_row(0, 10, doc="a.txt")], [pred_row(0, 10, doc="corpus/dir/a.txt")])
    assert evaluation.total.matched == 1
    assert [d.doc for d in evaluation.documents] == ["a.txt"]


def test_predictions_on_documents_without_gold_are_false_positives_unless_only_gold_docs() -> None:
    gold, preds = [gold_row(0, 10)], [pred_row(0, 10), pred_row(0, 10, doc="other.txt")]
    assert scored(gold, preds).total.precision == 0.5
    only = scored(gold, preds, only_gold_docs=True)
    assert (only.total.precision, only.ignored_predictions) == (1.0, 1)


def test_unmatched_predictions_on_scare_quotes_are_counted() -> None:
    gold = [gold_row(0, 10), gold_row(8, 12, speech=False), gold_row(40, 50, speech=False)]
    preds = [pred_row(0, 10), pred_row(41, 44), pred_row(60, 70)]
    total = scored(gold, preds).total
    assert (total.gold, total.scare_gold, total.matched, total.scare_fp) == (1, 2, 1, 1)


def test_undefined_ratios_are_none_and_json_null() -> None:
    no_predictions = scored([gold_row(0, 10)], []).total
    assert (no_predictions.precision, no_predictions.f1, no_predictions.recall) == (None, None, 0.0)
    assert no_predictions.speaker_accuracy_matched is None
    no_gold = scored([], [pred_row(0, 10)])
    assert (no_gold.total.precision, no_gold.total.recall, no_gold.total.speaker_accuracy) == (0.0, None, None)
    assert json.loads(json.dumps(no_gold.to_dict()))["all"]["recall"] is None


def test_type_filters_keep_rows_without_a_type() -> None:
    gold = [gold_row(0, 10, type="direct"), gold_row(20, 30, type="indirect"), gold_row(40, 50)]
    preds = [pred_row(0, 10, type="direct"), pred_row(20, 30, type="indirect"), pred_row(40, 50)]
    total = scored(gold, preds, gold_types="direct", pred_types="direct").total
    assert (total.gold, total.predicted, total.matched) == (2, 2, 2)
    assert scored(gold, preds, pred_types="mixed").total.predicted == 1


def test_nothing_to_score_gives_zeros_and_no_ratios() -> None:
    evaluation = scored([gold_row(0, 10, type="indirect")], [pred_row(0, 10, type="indirect")],
                        gold_types="direct", pred_types="direct")
    assert evaluation.total == Counts() and evaluation.documents == ()
    assert all(evaluation.to_dict()["all"][name] is None for name in ("precision", "recall", "f1"))


def test_prediction_rows_without_offsets_are_skipped() -> None:
    total = scored([gold_row(0, 10)], [pred_row(0, 10), {"doc": "a.txt", "summary": True}]).total
    assert total.predicted == 1


def test_parse_types() -> None:
    assert parse_types(None) is None and parse_types("") is None and parse_types(" , ") is None
    assert parse_types("direct, mixed") == frozenset({"direct", "mixed"})


# -- reading files ------------------------------------------------------------------------------


def test_read_rows_skips_blank_lines_and_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"doc": "a", "start": 0, "end": 1}\n\n{"doc": "b", "start": 2, "end": 3}\n')
    assert [(r.where, r.data["doc"]) for r in read_rows(str(path))] == [(f"{path}:1", "a"), (f"{path}:3", "b")]


def test_read_rows_reads_a_json_array_as_extract_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "pred.json"
    path.write_text('[\n{"doc": "a", "start": 0, "end": 1},\n{"doc": "b", "start": 2, "end": 3}\n]\n')
    assert [r.data["doc"] for r in read_rows(str(path))] == ["a", "b"]


def test_read_rows_keeps_line_separators_inside_strings(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc": "a", "start": 0, "end": 1, "text": "x\u2028y"}\n', encoding="utf-8")
    assert read_rows(str(path))[0].data["text"] == "x\u2028y"


@pytest.mark.parametrize(("content", "message"), [
    ('{"doc": "a", "start": 0, "end": 1}\n{"doc": \n', ":2: malformed JSON"),
    ('{"doc": "a", "start": 0, "end": 1}\n[1, 2]\n', ":2: expected a JSON object"),
    ('\n{"start": 0, "end": 1}\n', ':2: gold row has no "doc"'),
    ('{"doc": "a", "start": "0", "end": 1}\n', ':1: gold row needs integer "start" and "end"'),
])
def test_bad_gold_rows_name_the_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(QuotexError, match=f"^{path}{message}"):
        parse_gold(read_rows(str(path)))


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(QuotexError, match="no such file"):
        read_rows(str(tmp_path / "gone.jsonl"))


# -- the command line ----------------------------------------------------------------------------


def run(*args: str, input: Optional[str] = None) -> Result:
    return runner.invoke(cli.app, ["eval", *args], input=input)


def test_table_output_shows_every_measure(seeds_pred: Path) -> None:
    result = run(str(SEEDS_GOLD), str(seeds_pred), "--types", "direct,mixed")
    assert result.exit_code == 0, result.stderr
    for label in ("precision", "recall", "F1", "exact-span F1", "speaker accuracy", "speaker accuracy, matched",
                  "gold quotes", "predicted", "matched", "exact spans", "scare-quote false positives",
                  "predicted types direct,mixed"):
        assert label in result.stdout
    assert "1.000" in result.stdout
    assert result.stderr == ""


def test_json_output_is_the_evaluation(seeds_pred: Path) -> None:
    result = run(str(SEEDS_GOLD), str(seeds_pred), "-f", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == evaluate_files(str(SEEDS_GOLD), str(seeds_pred)).to_dict()
    assert "per_doc" not in report
    assert report["all"]["gold"] == 24 and report["all"]["scare_fp"] == report["all"]["scare_gold"] == 5


def test_per_doc_rows_in_json_and_table(seeds_pred: Path) -> None:
    report = json.loads(run(str(SEEDS_GOLD), str(seeds_pred), "-f", "json", "--per-doc").stdout)
    docs = [row["doc"] for row in report["per_doc"]]
    assert docs == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert sum(row["gold"] for row in report["per_doc"]) == report["all"]["gold"]
    table = run(str(SEEDS_GOLD), str(seeds_pred), "--per-doc")
    assert table.exit_code == 0
    assert "per document" in table.stdout and "ALL" in table.stdout and docs[0][:10] in table.stdout


def test_types_is_pred_types(seeds_pred: Path) -> None:
    with_types = run(str(SEEDS_GOLD), str(seeds_pred), "-f", "json", "--types", "direct,mixed")
    with_pred_types = run(str(SEEDS_GOLD), str(seeds_pred), "-f", "json", "--pred-types", "mixed,direct")
    assert json.loads(with_types.stdout) == json.loads(with_pred_types.stdout)
    assert json.loads(with_types.stdout)["all"]["scare_fp"] == 0


def test_options_reach_the_scorer(seeds_pred: Path) -> None:
    result = run(str(SEEDS_GOLD), str(seeds_pred), "-f", "json", "--min-overlap", "0.9", "--only-gold-docs",
                 "--gold-types", "direct")
    report = json.loads(result.stdout)
    assert (report["min_overlap"], report["only_gold_docs"], report["gold_types"]) == (0.9, True, ["direct"])
    assert report == evaluate_files(str(SEEDS_GOLD), str(seeds_pred), min_overlap=0.9, only_gold_docs=True,
                                    gold_types=frozenset({"direct"})).to_dict()


def test_dash_reads_predictions_from_stdin(seeds_pred: Path) -> None:
    from_file = run(str(SEEDS_GOLD), str(seeds_pred), "-f", "json")
    from_stdin = run(str(SEEDS_GOLD), "-", "-f", "json", input=seeds_pred.read_text(encoding="utf-8"))
    assert from_stdin.exit_code == 0, from_stdin.stderr
    assert json.loads(from_stdin.stdout) == json.loads(from_file.stdout)


def test_gold_option_extracts_first(seeds_pred: Path) -> None:
    """``--gold GOLD INPUT`` scores what ``extract`` writes (quoted speech), the same as the two-file form."""
    result = run("--gold", str(SEEDS_GOLD), str(SEEDS), "-f", "json")
    assert result.exit_code == 0, result.stderr
    two_files = json.loads(run(str(SEEDS_GOLD), str(seeds_pred), "-f", "json", "--types", "direct,mixed").stdout)
    assert json.loads(result.stdout) == two_files | {"pred_types": None}
    with_terms = json.loads(run("--gold", str(SEEDS_GOLD), str(SEEDS), "-f", "json", "--all").stdout)
    assert with_terms == json.loads(run(str(SEEDS_GOLD), str(seeds_pred), "-f", "json").stdout)


def test_gold_option_reads_a_corpus_with_its_field_names(tmp_path: Path) -> None:
    text = "\u201cWe will not back down,\u201d Mayor Ana Ruiz said on Tuesday.\n"
    corpus = write_jsonl(tmp_path / "corpus.jsonl", [{"key": "ruiz", "body": text}])
    gold = write_jsonl(tmp_path / "gold.jsonl", [{"doc": "ruiz", "start": 1, "end": 23, "speaker": "Ana Ruiz"}])
    result = run("--gold", str(gold), str(corpus), "--id-field", "key", "--text-field", "body", "--format", "json")
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)["all"]
    assert (figures["f1"], figures["exact_f1"], figures["speaker_accuracy"]) == (1.0, 1.0, 1.0)
    table = run("--gold", str(gold), str(corpus), "--id-field", "key", "--text-field", "body")
    assert table.exit_code == 0 and "speaker accuracy" in table.stdout


def test_gold_option_reports_failed_inputs_and_scores_the_rest(tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    result = run("--gold", str(SEEDS_GOLD), str(SEEDS), str(gone), "-f", "json")
    assert result.exit_code == 1
    assert f"quotex: error: {gone}: no such file or directory" in result.stderr.splitlines()
    assert json.loads(result.stdout) == json.loads(run("--gold", str(SEEDS_GOLD), str(SEEDS), "-f", "json").stdout)


def test_a_bad_gold_file_fails_before_extracting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a", "start": 0, "end": 1}\nnot json\n', encoding="utf-8")
    monkeypatch.setattr(loader, "load_pipeline", lambda *a, **k: pytest.fail("loaded a model"))
    result = run("--gold", str(gold), str(SEEDS))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"quotex: error: {gold}:2: malformed JSON")


@pytest.mark.parametrize("which", ["gold", "pred"])
def test_file_errors_are_one_line_and_exit_1(tmp_path: Path, seeds_pred: Path, which: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a", "start": 0, "end": 1}\n\n{oops}\n', encoding="utf-8")
    args = (str(bad), str(seeds_pred)) if which == "gold" else (str(SEEDS_GOLD), str(bad))
    result = run(*args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"quotex: error: {bad}:3: malformed JSON")
    missing = run(str(tmp_path / "gone.jsonl"), str(seeds_pred))
    assert (missing.exit_code, missing.stderr.strip()) == (
        1, f"quotex: error: {tmp_path / 'gone.jsonl'}: no such file or directory")


@pytest.mark.parametrize("args", [
    ["only-one.jsonl"],
    ["a.jsonl", "b.jsonl", "c.jsonl"],
    ["--gold", "gold.jsonl"],
    ["-", "-"],
    ["--types", "direct", "--pred-types", "mixed", "a.jsonl", "b.jsonl"],
    ["--min-overlap", "1.5", "a.jsonl", "b.jsonl"],
    ["--format", "xml", "a.jsonl", "b.jsonl"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_no_arguments_prints_help() -> None:
    result = run()
    assert result.exit_code == 2
    assert "--gold" in result.stdout and "--min-overlap" in result.stdout


def test_documents_that_never_meet_are_warned_about(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [gold_row(0, 10, doc="a.txt")])
    pred = write_jsonl(tmp_path / "pred.jsonl", [pred_row(0, 10, doc="a")])
    result = run(str(gold), str(pred), "-f", "json")
    assert result.exit_code == 0
    assert "warning: no predicted document has gold rows" in result.stderr
    assert json.loads(result.stdout)["all"]["matched"] == 0
    assert run(str(gold), str(pred), "-q").stderr == ""


def test_readme_eval_example_shows_what_the_command_prints(seeds_pred: Path) -> None:
    """Rough edge 8: the README's table for the seeds is the table this run prints (two-file form, same figures)."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ quotex eval --gold fixtures/seeds.gold.jsonl --types direct,mixed fixtures/seeds\n", 1)[1]
    shown = block.split("```", 1)[0]
    result = runner.invoke(cli.app, ["eval", str(SEEDS_GOLD), str(seeds_pred), "--types", "direct,mixed"],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    printed = result.stdout.splitlines()
    for line in shown.splitlines():
        if line.startswith("│"):
            assert line in printed, line
