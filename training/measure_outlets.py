"""How often quotex names the right speaker in news written in other outlets' styles.

    python -m training.measure_outlets                  # every set, full, fast and rules-only mode
    python -m training.measure_outlets --reported       # reported speech against each set's reported.jsonl
    python -m training.measure_outlets --sets c --modes full

``fixtures/outlets/`` holds articles written for this measure in the styles of outlets PolNeAR
does not cover (British, Irish, Australian, New Zealand, Canadian, Indian and Swiss news, wire
copy, court and match reports, features), each set with its own gold: every quoted stretch of
speech or writing (``gold.jsonl``: offsets inside the marks, the speaker as a reader would name
them, whether the article withholds the name) and the quoted stretches that are no speech
(``nonspeech.jsonl``: scare quotes, titles, nicknames), and the reported speech and writing
(``reported.jsonl``: the content of what someone is said to have said or written, as PolNeAR
bounds it, its source and its class, ``speech`` or ``writing``; no beliefs, stances or actions).
Set ``a`` was read while rules were written, set ``b`` was measured once and then read, set ``c``
is held out, sets ``d``, ``e``, ``f``, ``g`` and ``h`` were measured blind and then read, set
``i`` was measured once, blind, at the end of the session that wrote it, and is held out, and set
``j`` was measured blind at the start of the session that wrote it, then read, and set ``k`` was
measured once, blind, at the end of that session, and is held out (README.md, "News in other
outlets' styles", says when each was measured).

A gold row is found when a ``direct``, ``mixed`` or ``nested`` record overlaps it (what ``quotex
extract`` writes by default), judged by the one that covers it most closely (a quote inside a quote
by its ``nested`` record, which names whom the outer speaker tells of), and its speaker is right
when the record's speaker name is the gold name, compared without case or a leading article or
'one'/'another' ('the NBA' is 'NBA', 'One senior official' is 'a senior official'), or, for a
source whose name the article withholds, when the record is flagged anonymous and one name holds
the other. Printed per set and mode: rows, found, speaker right (share of rows), anonymous flag
right, and quoted records that are no speech. With ``--reported``: reported speech as
``quotex.evaluate`` scores it against ``reported.jsonl`` (pairs at IoU 0.5, the speaker by
``score.py``'s rule), for what ``--types indirect`` writes by default (classes speech and writing)
with a source, and for every class, sourced or not (``--all``).
"""

from __future__ import annotations

import argparse
import functools
import json
from pathlib import Path
from typing import Any

from quotex.evaluate.read import Row, parse_gold, parse_predictions
from quotex.evaluate.score import evaluate
from quotex.output.model import ATTRIBUTION_CLASSES
from quotex.run.job import REPORTED_SPEECH

ROOT = Path(__file__).resolve().parent.parent
OUTLETS = ROOT / "fixtures" / "outlets"
MODES = ("full", "fast", "blank")
QUOTED = ("direct", "mixed", "nested")  # what 'quotex extract' writes by default
_LEADS = frozenset({"the", "a", "an", "one", "another"})


def normal(name: str) -> str:
    """A name compared: lower case, typographic apostrophes plain, without a leading article or 'one'."""
    words = name.lower().replace("\u2019", "'").split()
    while words and words[0] in _LEADS:
        words = words[1:]
    return " ".join(words)


def speaker_right(gold: dict[str, Any], record: dict[str, Any]) -> bool:
    speaker = record.get("speaker") or {}
    # (a row with no speaker, words no one in the text is said to say, is right when none is named)
    name, want = normal(speaker.get("name") or ""), normal(gold["speaker"] or "")
    if name == want:
        return True
    return bool(gold["anonymous"] and speaker.get("anonymous") and name and (name in want or want in name))


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _iou(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Overlap over union of two spans."""
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    return max(inter, 0) / (max(a["end"], b["end"]) - min(a["start"], b["start"]))


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@functools.lru_cache(maxsize=None)
def _pipeline(mode: str) -> Any:
    """The pipeline of a mode, loaded once for every set."""
    from quotex.run.loader import load_pipeline

    return load_pipeline("blank" if mode == "blank" else None, fast=mode == "fast")


def records(set_dir: Path, mode: str) -> dict[str, list[dict[str, Any]]]:
    """Each article's records (``--all``), as ``quotex extract -f jsonl`` prints them."""
    from quotex.output.render import quote_record
    from quotex.run.extract import extract_many

    nlp = _pipeline(mode)
    paths = sorted((set_dir / "docs").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    out: dict[str, list[dict[str, Any]]] = {}
    for path, result in zip(paths, extract_many(nlp, texts, fast=mode == "fast")):
        if isinstance(result, Exception):
            raise result
        out[path.stem] = [quote_record(q, path.stem) for q in result]
    return out


def measure(set_dir: Path, by_doc: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    gold, nonspeech = _load(set_dir / "gold.jsonl"), _load(set_dir / "nonspeech.jsonl")
    found = right = anonymity = 0
    for g in gold:
        quoted = sorted((r for r in by_doc.get(g["doc"], []) if r["type"] in QUOTED and _overlaps(r, g)),
                        key=lambda r: -_iou(r, g))  # (stable: of two as close, the first)
        if not quoted:
            continue
        found += 1
        right += speaker_right(g, quoted[0])
        anonymity += bool((quoted[0].get("speaker") or {}).get("anonymous")) == g["anonymous"]
    terms = sum(1 for doc, rs in by_doc.items() for r in rs if r["type"] in QUOTED
                and any(n["doc"] == doc and _overlaps(r, n) for n in nonspeech))
    return {"rows": len(gold), "found": found, "speaker_right": right, "share": round(right / len(gold), 3),
            "anonymous_flag_right": anonymity, "nonspeech_quoted": terms}


def measure_reported(set_dir: Path, by_doc: dict[str, list[dict[str, Any]]],
                     classes: frozenset[str] = REPORTED_SPEECH, sourced: bool = True) -> dict[str, Any]:
    """Reported speech of ``classes`` (with a source, when ``sourced``: what ``--types indirect``
    writes) against the set's ``reported.jsonl``: precision, recall, F1 and speaker accuracy
    (``score.py``'s rules)."""
    gold = parse_gold(Row(f"{set_dir.name}/reported.jsonl", row) for row in _load(set_dir / "reported.jsonl"))
    predicted = parse_predictions(Row(doc, {**r, "doc": doc}) for doc, rs in by_doc.items() for r in rs
                                  if r["type"] == "indirect" and r.get("class") in classes
                                  and (r.get("speaker") or not sourced))
    total = evaluate(gold, predicted).total
    return {"gold": total.gold, "predicted": total.predicted, "matched": total.matched,
            **{name: round(getattr(total, name) or 0.0, 3)
               for name in ("precision", "recall", "f1", "speaker_accuracy")}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(sorted(p.name for p in OUTLETS.iterdir() if p.is_dir())),
                    help="comma-separated sets of fixtures/outlets (default: all)")
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated modes: full, fast, blank")
    ap.add_argument("--reported", action="store_true", help="reported speech against reported.jsonl instead")
    args = ap.parse_args(argv)
    if args.reported:
        return _print_reported(args.sets.split(","), args.modes.split(","))
    print("set\tmode\trows\tfound\tspeaker right\tshare\tanonymous flag right\tnon-speech quoted")
    for name in args.sets.split(","):
        for mode in args.modes.split(","):
            m = measure(OUTLETS / name, records(OUTLETS / name, mode))
            print(f"{name}\t{mode}\t{m['rows']}\t{m['found']}\t{m['speaker_right']}\t{m['share']:.3f}\t"
                  f"{m['anonymous_flag_right']}\t{m['nonspeech_quoted']}")
    return 0


def _print_reported(sets: list[str], modes: list[str]) -> int:
    print("set\tmode\tclasses\tgold\tpredicted\tmatched\tP\tR\tF1\tspeaker accuracy")
    for name in sets:
        for mode in modes:
            by_doc = records(OUTLETS / name, mode)
            for label, classes in (("speech,writing", REPORTED_SPEECH), ("all", ATTRIBUTION_CLASSES)):
                m = measure_reported(OUTLETS / name, by_doc, frozenset(classes), sourced=label != "all")
                print(f"{name}\t{mode}\t{label}\t{m['gold']}\t{m['predicted']}\t{m['matched']}\t"
                      f"{m['precision']:.3f}\t{m['recall']:.3f}\t{m['f1']:.3f}\t{m['speaker_accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
