"""Constant memory: JSONL is read a line at a time and written a document at a time (a long document a piece at a time).

These tests check the shape of the stream (how far ahead input is read,
that output comes before input ends), never sizes or times: the numbers are
in bench/throughput.py. Reads from pipes have a generous hang guard.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import select
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator, Sequence

import pytest
from rich.console import Console
from spacy.language import Language

from quotex.corpus.stage import CorpusStage
from quotex.output.model import Quote
from quotex.output.render import OutputFormat, make_renderer
from quotex.run import extract as extraction
from quotex.run import job
from quotex.run.packed import PackedQuotes
from quotex.text.inputs import Document, read_inputs

REPO = Path(__file__).parent.parent
STORY = "\u201cWe will not back down,\u201d Mayor Ana Ruiz said on Tuesday.\n"
HANG_GUARD = 120  # seconds; only a broken stream gets near it

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def row(n: int) -> str:
    return json.dumps({"id": f"doc{n}", "text": STORY}) + "\n"


def test_extract_many_reads_one_batch_ahead(blank_nlp: Language) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for n in itertools.count():
            pulled = n + 1
            yield STORY

    results = extraction.extract_many(blank_nlp, endless(), batch_size=4)
    next(results)
    results.close()
    assert pulled == 4


@needs_fifo
def test_a_jsonl_corpus_is_read_line_by_line(tmp_path: Path) -> None:
    """The first row comes out while the writer still holds back the rest."""
    fifo = tmp_path / "corpus.jsonl"
    os.mkfifo(fifo)
    more = threading.Event()

    def writer() -> None:
        with fifo.open("w", encoding="utf-8") as f:
            f.write(row(0))
            f.flush()
            more.wait(HANG_GUARD)
            f.write(row(1))

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    records = read_inputs([str(fifo)])
    got: list[object] = []
    reader = threading.Thread(target=lambda: got.append(next(records)), daemon=True)
    reader.start()
    reader.join(HANG_GUARD)
    more.set()
    assert got and isinstance(got[0], Document) and got[0].name == "doc0"
    assert [r.name for r in records if isinstance(r, Document)] == ["doc1"]
    thread.join(HANG_GUARD)


@needs_fifo
def test_cli_writes_each_batch_before_reading_the_rest(tmp_path: Path) -> None:
    """quotex extract -f jsonl on a pipe: quotes of the first batch come out while input is still open."""
    fifo = tmp_path / "corpus.jsonl"
    os.mkfifo(fifo)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotex", "extract", "-f", "jsonl", "-q", "--model", "blank", str(fifo)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        with fifo.open("w", encoding="utf-8") as f:
            f.writelines(row(n) for n in range(8))  # one whole batch
            f.flush()
            ready, _, _ = select.select([proc.stdout], [], [], HANG_GUARD)
            assert ready, "no output while the input was still open"
            first = json.loads(proc.stdout.readline())  # type: ignore[union-attr]
            assert first["doc"] == "doc0" and first["speaker"]["name"] == "Ana Ruiz"
            f.writelines(row(n) for n in range(8, 10))
        # Read through the same buffered stream as readline() above: communicate()
        # would read the raw pipe and miss lines that readline() had buffered.
        out = proc.stdout.read()  # type: ignore[union-attr]
        err = proc.stderr.read()  # type: ignore[union-attr]
        proc.wait(timeout=HANG_GUARD)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert [json.loads(line)["doc"] for line in out.splitlines()] == [f"doc{n}" for n in range(1, 10)]


def _written(fmt: str, quotes: Sequence[Quote], document: Document) -> tuple[str, int, int]:
    """What ``fmt`` writes of one document's quotes, how many calls it took and how many records."""
    stream = io.StringIO()
    renderer = make_renderer(OutputFormat(fmt), stream, console=Console(file=stream, width=100, color_system=None))
    calls = 0
    real = renderer.document

    def counted(*args: object) -> None:
        nonlocal calls
        calls += 1
        real(*args)  # type: ignore[arg-type]

    renderer.document = counted  # type: ignore[method-assign]
    count, _ = job._write(renderer, CorpusStage(), document, quotes, job.Selection.everything())
    renderer.close()
    return stream.getvalue(), calls, count


@pytest.mark.parametrize("fmt, calls", [("jsonl", 6), ("json", 6), ("csv", 6), ("table", 1)])
def test_a_long_document_goes_to_a_record_writer_a_piece_at_a_time_with_the_same_bytes(
        monkeypatch: pytest.MonkeyPatch, blank_nlp: Language, fmt: str, calls: int) -> None:
    """A text run in pieces is never unpacked whole for JSON, JSON Lines or CSV (a table needs it whole)."""
    monkeypatch.setattr(extraction, "PIECE_TOKENS", 40)
    text = "\n\n".join(STORY.strip() + " Filler words here and more of them too." for _ in range(6))
    [packed] = list(extraction.extract_many(blank_nlp, [text]))
    assert isinstance(packed, PackedQuotes)
    document = Document("long.txt", text)
    in_parts = _written(fmt, packed, document)
    assert in_parts[1:] == (calls, 6)
    assert in_parts[0] == _written(fmt, list(packed), document)[0]
