"""The training harness: parses cached as DocBins, quotex run over cached Docs, folds,
and figures by the reference scorer's rules. Uses three PolNeAR dev articles from fixtures/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from spacy.language import Language

from quotex.run import extract, loader
from reference_score import keep_types, score
from training import corpus as corpora
from training import crossval
from training import measure_outlets
from training.records import MODES, as_mode, records, report_weights

pytestmark = pytest.mark.model
N_DOCS = 3


@pytest.fixture(scope="module")
def small_data(tmp_path_factory: pytest.TempPathFactory, polnear_dev_dir: Path) -> Path:
    """A data folder of the first three dev articles that have quoted pieces, with their rows."""
    rows = {name: [json.loads(line) for line in (polnear_dev_dir / f"{name}.jsonl").open(encoding="utf-8")]
            for name in ("docs", "gold", "quotes")}
    quoted = {r["doc"] for r in rows["quotes"]}
    docs = [d for d in rows["docs"] if d["id"] in quoted and len(d["text"]) < 4000][:N_DOCS]
    ids = {d["id"] for d in docs}
    out = tmp_path_factory.mktemp("small-polnear")
    for name, chosen in (("docs", docs), ("gold", rows["gold"]), ("quotes", rows["quotes"])):
        kept = [r for r in chosen if (r["id"] if name == "docs" else r["doc"]) in ids]
        (out / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in kept), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def small(small_data: Path, tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> corpora.Corpus:
    return corpora.load(small_data, cache=tmp_path_factory.mktemp("cache"), nlp=nlp)


# -- the cache ----------------------------------------------------------------------------
def test_a_corpus_keeps_its_ids_in_order_with_its_rows(small: corpora.Corpus, small_data: Path) -> None:
    ids = [json.loads(line)["id"] for line in (small_data / "docs.jsonl").open(encoding="utf-8")]
    assert list(small.ids) == ids and len(ids) == N_DOCS
    assert [d.user_data[corpora.DOC_ID] for d in small.docs] == ids
    assert all(r["doc"] in ids for r in small.gold_rows() + small.quote_rows())
    assert small.quote_rows([ids[0]]) == list(small.quotes[ids[0]])


def test_the_cache_is_read_back_without_parsing(small: corpora.Corpus, small_data: Path, nlp: Language,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert small.cache is not None and small.cache.exists()
    monkeypatch.setattr(corpora, "parse", lambda *a, **k: pytest.fail("parsed again"))
    again = corpora.load(small_data, cache=small.cache.parent, nlp=nlp)
    assert again.cache == small.cache
    assert [[t.dep_ for t in d] for d in again.docs] == [[t.dep_ for t in d] for d in small.docs]
    assert [[e.text for e in d.ents] for d in again.docs] == [[e.text for e in d.ents] for d in small.docs]


def test_new_texts_make_a_new_cache_file(small: corpora.Corpus, small_data: Path, tmp_path: Path,
                                         nlp: Language) -> None:
    changed = tmp_path / small_data.name
    shutil.copytree(small_data, changed)
    lines = (changed / "docs.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (changed / "docs.jsonl").write_text("".join(lines[:1]), encoding="utf-8")
    assert small.cache is not None
    assert corpora.cache_file(small.cache.parent, changed, nlp) != small.cache
    assert corpora.load(changed, cache=None, nlp=nlp).cache is None


# -- quotex over cached Docs ----------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_records_of_a_cached_doc_are_what_the_cli_pipeline_prints(small: corpora.Corpus, mode: str,
                                                                  nlp: Language, blank_nlp: Language) -> None:
    cli_nlp = {"full": nlp, "blank": blank_nlp}.get(mode) or loader.load_pipeline(corpora.DEFAULT_MODEL, fast=True)
    printed = extract.extract_many(cli_nlp, [d.text for d in small.docs], fast=mode == "fast")
    expected = [[q.to_dict(doc=i) for q in quotes] for i, quotes in zip(small.ids, printed)]
    got = [[{k: v for k, v in r.items() if k not in ("schema_version", "row")} for r in records(d, i, mode)]
           for i, d in zip(small.ids, small.docs)]
    assert got == expected
    assert all(got)


def test_fast_and_blank_copies_leave_the_cached_doc_alone(small: corpora.Corpus) -> None:
    doc = small.docs[0]
    before = [(t.pos_, t.lemma_, t.ent_type_) for t in doc]
    for mode in ("fast", "blank"):
        records(doc, small.ids[0], mode)
    assert [(t.pos_, t.lemma_, t.ent_type_) for t in doc] == before
    assert not as_mode(doc, "fast").ents and not as_mode(doc, "blank").has_annotation("DEP")


def test_report_weights_swap_the_scorer_for_a_run_and_back(small: corpora.Corpus) -> None:
    drop_all = {"bias": -30.0}  # the report scorer keeps only the reports that hold a quote

    def spans(kind: str) -> list[tuple[str, int, int]]:
        return [(r["doc"], r["start"], r["end"]) for i, d in zip(small.ids, small.docs)
                for r in records(d, i) if (r["type"] == "indirect") == (kind == "indirect")]

    shipped = {kind: spans(kind) for kind in ("indirect", "quoted")}
    with report_weights(drop_all):
        assert spans("quoted") == shipped["quoted"]
        assert len(spans("indirect")) < len(shipped["indirect"])
    assert spans("indirect") == shipped["indirect"]


# -- folds and figures --------------------------------------------------------------------
@pytest.mark.parametrize("n, k", [(10, 2), (11, 5), (674, 5), (5, 5)])
def test_folds_test_each_document_once_and_never_train_on_it(n: int, k: int) -> None:
    ids = [f"d{i}" for i in range(n)]
    made = crossval.folds(ids, k, seed=3)
    assert [f.index for f in made] == list(range(k))
    assert sorted(d for f in made for d in f.test) == sorted(ids)
    assert all(not set(f.train) & set(f.test) and len(f.train) + len(f.test) == n for f in made)
    assert max(len(f.test) for f in made) - min(len(f.test) for f in made) <= 1
    assert made == crossval.folds(ids, k, seed=3) and made != crossval.folds(ids, k, seed=4)


@pytest.mark.parametrize("k", [1, 12])
def test_folds_refuse_a_count_that_cannot_split(k: int) -> None:
    with pytest.raises(ValueError, match="k must be between 2"):
        crossval.folds([f"d{i}" for i in range(11)], k)


def test_figures_agree_with_the_reference_scorer(small: corpora.Corpus) -> None:
    preds = crossval.predict(small, small.ids)
    got = crossval.evaluate_records(small.quote_rows(), small.gold_rows(), preds)
    quoted = score(small.quote_rows(), keep_types(preds, {"direct", "mixed"}))["per_doc"]["ALL"]
    reported = score(keep_types(small.gold_rows(), {"indirect"}), keep_types(preds, {"indirect"}))["per_doc"]["ALL"]
    for counts, ref in ((got.quoted, quoted), (got.reported, reported)):
        assert (counts.gold, counts.predicted, counts.matched, counts.speaker_correct) == \
            (ref["gold"], ref["pred"], ref["tp"], ref["attr_ok"])
        assert counts.f1 == pytest.approx(ref["F1"]) and counts.speaker_accuracy == pytest.approx(ref["attr_acc"])


def test_figures_of_a_fold_count_only_its_documents(small: corpora.Corpus) -> None:
    preds = crossval.predict(small, small.ids)
    one = crossval.evaluate_records(small.quote_rows(), small.gold_rows(), preds, small.ids[:1])
    alone = crossval.evaluate_records(small.quote_rows(small.ids[:1]), small.gold_rows(small.ids[:1]),
                                      crossval.predict(small, small.ids[:1]))
    assert one == alone
    assert one.quoted.gold == len(small.quotes[small.ids[0]])


def test_crossvalidate_sums_to_the_whole_when_nothing_is_trained(small: corpora.Corpus) -> None:
    per_fold = crossval.crossvalidate(small, lambda c, ids: None, lambda c, ids, _: crossval.predict(c, ids),
                                      k=N_DOCS, seed=0)
    whole = crossval.evaluate_records(small.quote_rows(), small.gold_rows(), crossval.predict(small, small.ids))
    assert sum(per_fold[1:], per_fold[0]) == whole


def test_the_tagger_data_tags_each_indirect_row_and_its_runs_give_them_back(small: corpora.Corpus) -> None:
    from training.report_tagger import spans, tagged

    for doc_id in small.ids:
        doc = tagged(small, doc_id)
        rows = [r for r in small.gold_rows([doc_id]) if r["type"] == "indirect"]
        found = {(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in spans([t.tag_ for t in doc])}
        assert sum((r["start"], r["end"]) in found for r in rows) >= 0.9 * len(rows)


@pytest.mark.parametrize("tags, runs", [
    ("O B I I O", [(1, 4)]),
    ("B I B I", [(0, 2), (2, 4)]),
    ("I I C O I", [(0, 2), (4, 5)]),
    ("O C O", []),
])
def test_tag_runs_are_content_spans(tags: str, runs: list[tuple[int, int]]) -> None:
    from training.report_tagger import spans

    assert spans(tags.split()) == runs


def test_perfect_labels_decode_better_than_the_scorer(small: corpora.Corpus) -> None:
    from training.report_oracles import cross_validated, f1, oracles, scored_documents

    docs = scored_documents(small)
    probs = cross_validated(docs, k=3, seed=0, c=0.1)
    table = oracles(docs, probs)
    assert f1(docs, table["labels through best"])[2] >= f1(docs, probs)[2]
    assert set(table) == {"labels through best", "cue oracle", "span oracle"}


def test_name_frames_give_one_speaker_per_quoted_piece_and_the_same_articles_each_time() -> None:
    import re

    from training import name_frames

    for names in (name_frames.TUNING, name_frames.HELD_OUT):
        docs = name_frames.articles(name_frames.people(names), 40, seed=3)
        assert docs == name_frames.articles(name_frames.people(names), 40, seed=3)
        for text, gold in docs:
            opening = re.findall(r'(?:^|(?<=[\s]))"', text)  # each quoted piece opens with a mark
            assert len(opening) == len(gold), (text, gold)
    held = name_frames.people(name_frames.HELD_OUT)
    assert not {p for p, _ in held} & {p for p, _ in name_frames.people(name_frames.TUNING)}
    world = (Path(__file__).resolve().parent.parent / "quotex" / "data" / "first_names_world.tsv").read_text("utf-8")
    assert not {p.split()[0].lower() for p, _ in held} & {line.split("\t")[0] for line in world.splitlines()}


@pytest.mark.parametrize("gold, record, right", [
    ({"speaker": "NBA", "anonymous": False}, {"speaker": {"name": "the NBA"}}, True),
    ({"speaker": "Ruth Calder", "anonymous": False}, {"speaker": {"name": "Ruth Calder\u2019s"}}, False),
    ({"speaker": "a senior Whitehall official", "anonymous": True},
     {"speaker": {"name": "One senior Whitehall official", "anonymous": True}}, True),
    ({"speaker": "a person familiar with the matter", "anonymous": True},
     {"speaker": {"name": "one of two people familiar with the matter", "anonymous": True}}, False),
    ({"speaker": "a Downing Street spokesperson", "anonymous": True},
     {"speaker": {"name": "spokesperson", "anonymous": True}}, True),
    ({"speaker": "a Downing Street spokesperson", "anonymous": True},
     {"speaker": {"name": "spokesperson", "anonymous": False}}, False),
    ({"speaker": "Joan Fielding", "anonymous": False}, {"speaker": None}, False),
    ({"speaker": None, "anonymous": False}, {"speaker": None}, True),  # words the text gives no one
    ({"speaker": None, "anonymous": False}, {"speaker": {"name": "Joan Fielding"}}, False),
])
def test_the_outlets_measure_compares_names_without_case_or_a_leading_article(gold: dict, record: dict,
                                                                               right: bool) -> None:
    assert measure_outlets.speaker_right(gold, record) is right


def test_every_outlets_row_is_the_text_inside_its_marks() -> None:
    for set_dir in sorted(measure_outlets.OUTLETS.iterdir()):
        for name in ("gold.jsonl", "nonspeech.jsonl", "reported.jsonl"):
            if not (set_dir / name).exists():  # reported speech is marked in some sets only
                assert name == "reported.jsonl", set_dir
                continue
            for row in map(json.loads, (set_dir / name).read_text(encoding="utf-8").splitlines()):
                text = (set_dir / "docs" / f"{row['doc']}.txt").read_text(encoding="utf-8")
                assert text[row["start"]:row["end"]] == row["text"], (set_dir.name, row)


def test_the_outlets_reported_speech_measure_counts_the_default_classes_alone(tmp_path: Path) -> None:
    text = "Ann Lee said the bridge would close. Bo Kim believes it will not. Critics said it was late."
    gold = [{"doc": "x", "start": 14, "end": 35, "text": "the bridge would close", "speaker": "Ann Lee",
             "class": "speech"},
            {"doc": "x", "start": 75, "end": 89, "text": "it was late", "speaker": "Critics", "class": "speech"}]
    gold = [dict(g, start=text.index(g["text"]), end=text.index(g["text"]) + len(g["text"])) for g in gold]
    (tmp_path / "reported.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")

    def record(words: str, name: str, klass: str) -> dict:
        start = text.index(words)
        return {"type": "indirect", "start": start, "end": start + len(words), "class": klass,
                "speaker": {"name": name, "mention": {"text": name, "start": 0, "end": 1}}}

    by_doc = {"x": [record("the bridge would close", "Ann Lee", "speech"),
                    record("it will not", "Bo Kim", "thought"),
                    record("it was late", "Ann Lee", "speech"),
                    {"type": "direct", "start": 0, "end": 3, "speaker": None}]}
    default = measure_outlets.measure_reported(tmp_path, by_doc)
    assert (default["gold"], default["predicted"], default["matched"]) == (2, 2, 2)
    assert (default["precision"], default["recall"], default["speaker_accuracy"]) == (1.0, 1.0, 0.5)
    everything = measure_outlets.measure_reported(tmp_path, by_doc, frozenset({"speech", "thought"}))
    assert (everything["predicted"], everything["precision"]) == (3, 0.667)


def test_the_outlets_measure_judges_a_row_by_the_record_that_covers_it_most_closely(tmp_path: Path) -> None:
    text = "\"My mother asked me, 'Are you going to prison?' I said no,\" said Ana Ruiz.\n"
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(text, encoding="utf-8")
    inner_at = text.index("Are")
    outer = {"doc": "a", "start": 1, "end": text.index('," said') + 1, "speaker": "Ana Ruiz", "anonymous": False}
    inner = {"doc": "a", "start": inner_at, "end": text.index("?'") + 1, "speaker": "Ana Ruiz's mother",
             "anonymous": False}
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r) for r in (outer, inner)) + "\n", encoding="utf-8")
    (tmp_path / "nonspeech.jsonl").write_text("", encoding="utf-8")
    records = [{**outer, "type": "direct", "speaker": {"name": "Ana Ruiz"}},
               {**inner, "type": "nested", "speaker": {"name": "Ana Ruiz's mother"}}]
    assert measure_outlets.measure(tmp_path, {"a": records})["speaker_right"] == 2
    # without the nested record, the inner row is judged by the outer quote's speaker
    assert measure_outlets.measure(tmp_path, {"a": records[:1]})["speaker_right"] == 1
