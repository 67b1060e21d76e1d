"""Fuzz target: any bytes -> decode -> rules-only pipeline -> invariants that must always hold.

With atheris installed (``pip install atheris``), this is a libFuzzer target::

    python fuzz/fuzz_extract.py -max_len=4096 -runs=100000 [corpus_dir]

Without atheris, or with ``--hypothesis N``, it runs N hypothesis examples
instead; CI runs a bounded number of them from ``tests/test_properties.py``::

    python fuzz/fuzz_extract.py --hypothesis 5000

Every input must be read or refused with a reason, and every text must come
out of the pipeline without an exception, with offsets that index it, no
two fragments of one type overlapping, one speaker per group, and the same
JSON on a second run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout, too

from quotex.text.decoding import DecodeError, decode  # noqa: E402
from quotex.output.model import Quote  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language

_NLP: Optional["Language"] = None


def rules_only() -> "Language":
    """The blank English pipeline with quotex, loaded once."""
    global _NLP
    if _NLP is None:
        from quotex.run.loader import load_pipeline

        _NLP = load_pipeline("blank")
    return _NLP


def as_json(quotes: Sequence[Quote]) -> str:
    return json.dumps([q.to_dict() for q in quotes], ensure_ascii=False, sort_keys=False)


def check_invariants(text: str, quotes: Sequence[Quote]) -> None:
    """Raise AssertionError if ``quotes`` break a promise of the output contract on ``text``."""
    by_type: dict[str, list[Quote]] = {}
    speakers: dict[int, object] = {}
    for n, quote in enumerate(quotes):
        assert quote.index == n, f"index {quote.index} at position {n}"
        assert 0 <= quote.start < quote.end <= len(text), (quote.start, quote.end, len(text))
        assert text[quote.start:quote.end] == quote.text, (quote.text, text[quote.start:quote.end])
        if quote.cue is not None:
            assert text[quote.cue.start:quote.cue.end] == quote.cue.text, quote.cue
        if quote.speaker is not None and quote.speaker.mention is not None:
            mention = quote.speaker.mention
            assert text[mention.start:mention.end] == mention.text, mention
        assert 0.0 <= quote.confidence <= 1.0, quote.confidence
        assert (quote.speaker is None) == (quote.method == "none"), (quote.speaker, quote.method)
        by_type.setdefault(quote.type, []).append(quote)
        first = speakers.setdefault(quote.group, quote.speaker)
        assert first == quote.speaker, f"group {quote.group} has two speakers: {first} and {quote.speaker}"
    for kind, same in by_type.items():
        ordered = sorted(same, key=lambda q: (q.start, q.end))
        for a, b in zip(ordered, ordered[1:]):
            assert a.end <= b.start, f"{kind} fragments overlap: {a.text!r} [{a.start},{a.end}) " \
                                     f"and {b.text!r} [{b.start},{b.end})"
    groups = sorted(speakers)
    assert groups == list(range(len(groups))), f"groups are not numbered densely: {groups}"


def check_text(text: str) -> list[Quote]:
    """Run ``text`` through the rules-only pipeline twice and check everything."""
    from quotex.run.extract import extract

    nlp = rules_only()
    quotes = extract(nlp, text)
    check_invariants(text, quotes)
    again = extract(nlp, text)
    assert as_json(again) == as_json(quotes), "a second run gave other output"
    return quotes


def fuzz_one_input(data: bytes) -> None:
    """The fuzz target proper: bytes as a file would hold them."""
    try:
        text = decode(data).text
    except DecodeError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    check_text(text)


def _hypothesis(examples: int) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    marks = st.sampled_from(list('"\u201c\u201d\u00ab\u00bb\u2018\u2019\'\n'))
    chunk = st.one_of(marks, marks, st.binary(max_size=8), st.text(max_size=8).map(lambda s: s.encode("utf-8")),
                      st.sampled_from([b" said ", b" told reporters. ", b"He ", b"Ana Ruiz", b"\x93", b"\x94"]))

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(chunk, max_size=40).map(lambda parts: b"".join(
        p if isinstance(p, bytes) else p.encode("utf-8") for p in parts)))
    def run(data: bytes) -> None:
        fuzz_one_input(data)

    run()
    print(f"fuzz_extract: {examples} hypothesis examples passed")


def main(argv: list[str]) -> None:
    if "--hypothesis" in argv:
        _hypothesis(int(argv[argv.index("--hypothesis") + 1]))
        return
    try:
        import atheris
    except ImportError:
        print("fuzz_extract: atheris is not installed; running 1000 hypothesis examples instead", file=sys.stderr)
        _hypothesis(1000)
        return
    rules_only()  # load spaCy before fuzzing starts
    atheris.instrument_all()
    atheris.Setup(argv, fuzz_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
