"""How well quotex's ``class`` agrees with the hand-labelled classes of dev rows.

    python -m training.measure_classes                       # quotex over cached dev parses, full mode
    python -m training.measure_classes --pred pred.jsonl     # or the records of 'quotex extract --all -f jsonl'

Each labelled row (``fixtures/polnear-dev/classes.jsonl``) is matched to the predicted
``indirect`` record of its document that overlaps it most, at IoU 0.5 or more. Printed:
agreement of the classes on matched rows, and for the default of ``--types indirect``
(speech and writing) its precision (matched rows quotex puts in speech or writing whose
label is speech or writing) and recall (labelled speech or writing rows, matched, that
quotex puts there); then the confusion table.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "fixtures" / "polnear-dev" / "classes.jsonl"
REPORTED_SPEECH = frozenset({"speech", "writing"})
MIN_IOU = 0.5

Row = dict[str, Any]


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def matched(labels: Iterable[Row], preds: Iterable[Row]) -> list[tuple[Row, Optional[Row]]]:
    """Each label with the indirect prediction of its document that overlaps it most (IoU >= 0.5), or None."""
    by_doc: dict[str, list[Row]] = defaultdict(list)
    for p in preds:
        if p.get("type") == "indirect":
            by_doc[p["doc"]].append(p)
    out: list[tuple[Row, Optional[Row]]] = []
    for row in labels:
        span = (row["start"], row["end"])
        best = max(by_doc.get(row["doc"], []), key=lambda p: iou(span, (p["start"], p["end"])), default=None)
        out.append((row, best if best is not None and iou(span, (best["start"], best["end"])) >= MIN_IOU else None))
    return out


def figures(pairs: list[tuple[Row, Optional[Row]]]) -> dict[str, Any]:
    hits = [(row["class"], pred["class"]) for row, pred in pairs if pred is not None]
    said = [(gold, got) for gold, got in hits if got in REPORTED_SPEECH]
    wanted = [(gold, got) for gold, got in hits if gold in REPORTED_SPEECH]
    return {
        "labelled": len(pairs),
        "matched": len(hits),
        "agreement": sum(g == p for g, p in hits) / len(hits) if hits else 0.0,
        "speech_writing_precision": sum(g in REPORTED_SPEECH for g, _ in said) / len(said) if said else 0.0,
        "speech_writing_recall": sum(p in REPORTED_SPEECH for _, p in wanted) / len(wanted) if wanted else 0.0,
        "confusion": Counter(f"{g}->{p}" for g, p in hits),
    }


def _records(mode: str) -> list[Row]:
    from training import corpus, records

    dev = corpus.load(ROOT / "fixtures" / "polnear-dev")
    return [r for doc_id in dev.ids for r in records.records(dev.doc(doc_id), doc_id, mode)]  # type: ignore[arg-type]


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", help="records of 'quotex extract --all -f jsonl' (default: quotex over cached dev parses)")
    ap.add_argument("--mode", default="full", choices=("full", "fast", "blank"))
    ap.add_argument("--labels", default=str(LABELS))
    a = ap.parse_args(argv)
    labels = [json.loads(line) for line in Path(a.labels).read_text().splitlines() if line.strip()]
    preds = [json.loads(line) for line in Path(a.pred).read_text().splitlines()] if a.pred else _records(a.mode)
    out = figures(matched(labels, preds))
    for key in ("labelled", "matched", "agreement", "speech_writing_precision", "speech_writing_recall"):
        value = out[key]
        print(f"{key:26} {value:.3f}" if isinstance(value, float) else f"{key:26} {value}")
    for pair, n in out["confusion"].most_common():
        print(f"  {pair:20} {n}")


if __name__ == "__main__":
    main()
