"""The evaluation for people (rich tables) or for programs (one JSON object)."""

from __future__ import annotations

import json
from enum import Enum
from typing import Any, Optional

from rich import box
from rich.table import Table
from rich.text import Text

from ..output.channel import out
from .score import Counts, Evaluation

UNDEFINED = "-"


class EvalFormat(str, Enum):
    """The ``quotex eval --format`` choices."""

    table = "table"
    json = "json"


# -- output ----------------------------------------------------------------------------------


def write_json(evaluation: Evaluation, stream: Any, *, per_doc: bool = False) -> None:
    """The evaluation as one JSON object, straight to ``stream``."""
    stream.write(json.dumps(evaluation.to_dict(per_doc=per_doc), ensure_ascii=False, indent=2) + "\n")
    stream.flush()


def _fmt(value: Optional[float]) -> str:
    return UNDEFINED if value is None else f"{value:.3f}"


def _settings(evaluation: Evaluation) -> str:
    parts = [f"IoU \u2265 {evaluation.min_overlap:g}"]
    if evaluation.gold_types:
        parts.append("gold types " + ",".join(sorted(evaluation.gold_types)))
    if evaluation.pred_types:
        parts.append("predicted types " + ",".join(sorted(evaluation.pred_types)))
    if evaluation.ignored_predictions:
        parts.append(f"{evaluation.ignored_predictions} predictions on documents without gold ignored")
    return "; ".join(parts)


def summary_table(evaluation: Evaluation) -> Table:
    """The totals: one measure a line."""
    c = evaluation.total
    table = Table(title=f"quotex eval: {len(evaluation.documents)} documents", caption=_settings(evaluation))
    table.add_column("measure")
    table.add_column("value", justify="right")
    ratios = (("precision", c.precision), ("recall", c.recall), ("F1", c.f1), ("exact-span F1", c.exact_f1),
              ("speaker accuracy", c.speaker_accuracy), ("speaker accuracy, matched", c.speaker_accuracy_matched))
    for n, (label, value) in enumerate(ratios, start=1):
        table.add_row(label, _fmt(value), end_section=n == len(ratios))
    for label, count in (("gold quotes", str(c.gold)), ("predicted", str(c.predicted)),
                         ("matched", str(c.matched)), ("exact spans", str(c.exact)),
                         ("loose-exact spans", str(c.loose_exact)), ("right speakers", str(c.speaker_correct)),
                         ("scare-quote false positives", f"{c.scare_fp} of {c.scare_gold}")):
        table.add_row(label, count)
    return table


def per_doc_table(evaluation: Evaluation) -> Table:
    """One row per document, then the totals; narrow enough for 80 columns."""
    table = Table(title="per document", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("document", overflow="fold", min_width=10)
    for header in ("gold", "pred", "match", "P", "R", "F1", "exact F1", "speaker", "scare FP"):
        table.add_column(header, justify="right")
    for n, doc in enumerate(evaluation.documents, start=1):
        table.add_row(Text(doc.doc), *_cells(doc.counts), end_section=n == len(evaluation.documents))
    table.add_row(Text("ALL", style="bold"), *_cells(evaluation.total), style="bold")
    return table


def _cells(c: Counts) -> list[str]:
    return [str(c.gold), str(c.predicted), str(c.matched), _fmt(c.precision), _fmt(c.recall), _fmt(c.f1),
            _fmt(c.exact_f1), _fmt(c.speaker_accuracy), f"{c.scare_fp}/{c.scare_gold}"]


def write_evaluation(evaluation: Evaluation, fmt: EvalFormat, stream: Any, *, per_doc: bool = False) -> None:
    """The evaluation as tables through rich, or as JSON written straight to ``stream``."""
    if fmt is EvalFormat.json:
        write_json(evaluation, stream, per_doc=per_doc)
        return
    console = out.console(stream)
    if per_doc:
        console.print(per_doc_table(evaluation))
    console.print(summary_table(evaluation))
