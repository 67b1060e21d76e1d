"""Train the speaker ranker (quotex/attribution/ranker.py) on PolNeAR train.

    python training/train_speaker_ranker.py --data ../shared/data/polnear-train [--cache DIR] [--folds 5]

For every quote group the rules find in a training article, each candidate
generator's proposal is a candidate (``quotex.candidates``); a candidate is
right when the team scorer's speaker rule accepts its name or mention for the
gold quoted pieces its fragments match (IoU >= 0.5), and *none* is right when
the gold row has no source (``speaker: null``). Articles are parsed once with
the default model and cached as a DocBin; fast mode (no NER, attribute ruler or
lemmatizer) is rebuilt from the cached parse, and rules-only mode from the text,
so one set of weights learns all three modes, with the features a mode lacks
simply absent.

The script cross-validates over train documents (seeded folds), against two
baselines: the rules' own choice, and the first generator in table order. It
then trains on all of train and writes the weights into the package, with the
figures it printed. Dev is never read here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotex.attribution import ranker  # noqa: E402
from quotex.attribution.attributor import attribute  # noqa: E402
from quotex.evaluate.score import GoldQuote, Prediction, overlap, speaker_correct  # noqa: E402
from quotex.text import tags  # noqa: E402
from training import corpus as corpora  # noqa: E402
from training.records import MODES, as_mode  # noqa: E402
MIN_IOU = 0.5
SIEVE = False


# -- data ---------------------------------------------------------------------------------------


def _names(cand: Any) -> tuple[tuple[str, ...], Optional[tuple[int, int]]]:
    bound = cand.named_bound  # as the record names it
    sp = cand.entity.speaker(bound.mention)
    names = tuple(n for n in (sp.name, sp.mention.text if sp.mention else None) if n and n.strip())
    span = (sp.mention.start, sp.mention.end) if sp.mention else None
    return names, span


# Where PolNeAR's convention and quotex's differ, quotex's wins (the speaker is whoever says
# the words): such training groups are left out, counted here by reason.
LEFT_OUT: dict[str, int] = defaultdict(int)
_NOT_A_SPEAKER = frozenset({"who", "whom", "which", "that", "said", "says", "say", "told", "tells", "wrote",
                            "writes", "according", "according to", "reads", "read", "added", "asked"})
_ACCORDING_TO = re.compile(r"^[\s,\u201d\u2019\"']*(?:\w+\s+){0,3}?according\s+to\b", re.I)


def _other_convention(text: str, spans: list[tuple[int, int]], matched: list[GoldQuote]) -> Optional[str]:
    """Why a group's gold speaker follows PolNeAR's convention rather than quotex's, if it does."""
    speaker = (matched[0].speaker or "").strip().lower()
    if speaker in _NOT_A_SPEAKER:
        return "a cue word or relative pronoun as the speaker"
    end = spans[-1][1]
    after = text[end:end + 200].split("\n")[0]
    span = matched[0].speaker_span
    if _ACCORDING_TO.match(after) and span is not None and span[0] >= end and "said" in text[max(spans[0][0] - 200, 0):end]:
        return "the outer source of 'X said ..., according to Y'"
    return None


def _bare(cand: Any) -> bool:
    return cand.entity.name.lower() in ("he", "she", "they", "it", "his", "her", "their", "its")


def _matches(spans: list[tuple[int, int]], gold: list[GoldQuote]) -> list[Optional[GoldQuote]]:
    out: list[Optional[GoldQuote]] = []
    for s0, s1 in spans:
        best, best_iou = None, 0.0
        for g in gold:
            inter, iou = overlap((s0, s1), g.span)
            if inter > 0 and iou >= MIN_IOU and iou > best_iou:
                best, best_iou = g, iou
        out.append(best)
    return out


def examples(doc_id: str, doc: Doc, gold: list[GoldQuote], extra: list[GoldQuote] = ()) -> list[dict[str, Any]]:
    """One example per ranked quote group whose fragments match gold quoted pieces, or ``extra``
    rows: a group that matches only those is marked ``extra`` (learned from, not measured)."""
    collected: list[Any] = []
    attribute(doc, rescore=False, rank=False, collect=collected)
    out = []
    for group in collected:
        cands, feats, none, fallback = group["candidates"], group["features"], group["none"], group["fallback"]
        matched = [m for m in _matches(group["spans"], [*gold, *extra]) if m is not None]
        if not matched:
            continue
        convention = _other_convention(doc.text, group["spans"], matched)
        if convention:
            LEFT_OUT[convention] += 1
            continue
        rights = []
        for c in cands:
            names, span = _names(c)
            pred = Prediction(doc_id, 0, 0, speaker_names=names, speaker_span=span)
            rights.append(sum(speaker_correct(m, pred) for m in matched))
        # quotex names the speaker in full: a bare pronoun the scorer accepts by its mention
        # is wrong to learn from when another candidate with a name is right as well
        labels = rights
        named_right = [r for c, r in zip(cands, rights) if not _bare(c)]
        if named_right and max(named_right) > 0:
            labels = [0 if _bare(c) else r for c, r in zip(cands, rights)]
        none_right = sum(speaker_correct(m, Prediction(doc_id, 0, 0)) for m in matched)
        rule = next((i for i, c in enumerate(cands) if fallback is not None and c.entity is fallback.entity), None)
        out.append({"doc": doc_id, "n": len(matched), "feats": feats, "none": none, "rights": rights, "labels": labels,
                    "none_right": none_right, "rule": rule, "spans": group["spans"],
                    "names": [_names(c)[0] for c in cands], "gold": [m.speaker for m in matched],
                    "extra": all(any(m is e for e in extra) for m in matched)})
    return out


def in_apostrophes(text: str, rows: Iterable[dict[str, Any]]) -> list[GoldQuote]:
    """The indirect gold rows that a quote in two apostrophes matches, as quotes with a source to learn from."""
    return [g for g in map(GoldQuote.from_dict, corpora.in_apostrophes(text, rows, MIN_IOU)) if g.speech]




def build(data: Path, cache: Path, modes: tuple[str, ...], limit: int = 0,
          apostrophes: bool = True) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
    parsed = corpora.load(data, cache=cache)
    gold: dict[str, list[GoldQuote]] = defaultdict(list)
    for row in parsed.quote_rows():
        g = GoldQuote.from_dict(row)
        if g.speech:
            gold[g.doc].append(g)
    by_mode: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
    docs = list(zip(parsed.ids, parsed.docs))[:limit or None]
    for n, (doc_id, full) in enumerate(docs):
        for mode in modes:
            doc = as_mode(full, mode)  # type: ignore[arg-type]
            if tags.needs_filling(doc):
                tags.fill(doc)
            extra = in_apostrophes(full.text, parsed.gold.get(doc_id, ())) if apostrophes else []
            by_mode[mode].extend(examples(doc_id, doc, gold.get(doc_id, []), extra))
        if n % 100 == 0:
            print(f"  {n}/{len(docs)} articles", file=sys.stderr)
    totals = {doc_id: len(gold.get(doc_id, [])) for doc_id, _ in docs}
    return by_mode, totals


# -- training and choosing ------------------------------------------------------------------------


def fit(rows: list[dict[str, Any]], c: float, objective: str = "softmax") -> dict[str, float]:
    """Weights over the features: a conditional logit over each group's candidates and *none*
    ('softmax': the right ones' share of the group's probability is maximised, L2 with 1/c), or
    independent logistic regressions per candidate ('binary')."""
    return fit_binary(rows, c) if objective == "binary" else fit_softmax(rows, c)


def fit_softmax(rows: list[dict[str, Any]], c: float) -> dict[str, float]:
    import numpy
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix
    index: dict[str, int] = {}
    cols: list[int] = []
    ptr = [0]
    groups: list[tuple[int, int, list[int], float]] = []  # first row, rows, right rows, weight
    for r in rows:
        options = [*r["feats"], r["none"]]
        labels = [*r["labels"], r["none_right"]]
        right = [i for i, x in enumerate(labels) if x * 2 > r["n"]]
        if not right or len(right) == len(options):
            continue  # nothing to learn: no right option, or every option right
        first = len(ptr) - 1
        for fs in options:
            cols.extend(index.setdefault(f, len(index)) for f in dict.fromkeys(fs))
            ptr.append(len(cols))
        groups.append((first, len(options), right, float(r["n"])))
    X = csr_matrix((numpy.ones(len(cols)), cols, ptr), shape=(len(ptr) - 1, len(index)))
    starts = numpy.array([g[0] for g in groups])
    sizes = numpy.array([g[1] for g in groups])
    owner = numpy.repeat(numpy.arange(len(groups)), sizes)
    weight = numpy.array([g[3] for g in groups])
    is_right = numpy.zeros(X.shape[0], dtype=bool)
    for first, _, right, _ in groups:
        is_right[[first + i for i in right]] = True

    def loss(w: Any) -> tuple[float, Any]:
        z = X @ w
        zmax = numpy.maximum.reduceat(z, starts)
        e = numpy.exp(z - zmax[owner])
        total = numpy.add.reduceat(e, starts)
        good = numpy.add.reduceat(numpy.where(is_right, e, 0.0), starts)
        nll = -(weight * (numpy.log(good) - numpy.log(total))).sum() + (w @ w) / (2 * c)
        # d/dz: p_all - p_right-share, per row, times the group's weight
        p_all = e / total[owner]
        p_good = numpy.where(is_right, e / good[owner], 0.0)
        grad = X.T @ ((p_all - p_good) * weight[owner]) + w / c
        return float(nll), grad

    result = minimize(loss, numpy.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    names = sorted(index, key=index.__getitem__)
    return {f: float(v) for f, v in zip(names, result.x) if abs(v) >= 1e-4}


def fit_binary(rows: list[dict[str, Any]], c: float) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    X, y, w = [], [], []
    for r in rows:
        for fs, right in zip(r["feats"], r["labels"]):
            X.append(dict.fromkeys(fs, 1))
            y.append(1 if right * 2 > r["n"] else 0)
            w.append(r["n"])
        X.append(dict.fromkeys(r["none"], 1))
        y.append(1 if r["none_right"] * 2 > r["n"] else 0)
        w.append(r["n"])
    vec = DictVectorizer()
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000, solver="liblinear")
    matrix = vec.fit_transform(X).tocsr()
    matrix.indices, matrix.indptr = matrix.indices.astype("int32"), matrix.indptr.astype("int32")
    model.fit(matrix, y, sample_weight=w)
    return {f: float(v) for f, v in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(v) >= 1e-4}


def right_of(r: dict[str, Any], choice: Optional[int]) -> int:
    return r["none_right"] if choice is None else r["rights"][choice]


def evaluate(rows: list[dict[str, Any]], table: Optional[dict[str, float]], gold_total: int,
             objective: str = "softmax") -> dict[str, Any]:
    """Speaker accuracy over the gold pieces of these documents, for the ranker and the baselines."""
    counts = {"ranker": 0, "rules": 0, "table_first": 0, "oracle": 0}
    bins: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        counts["rules"] += right_of(r, r["rule"])
        counts["table_first"] += right_of(r, 0 if r["rights"] else None)
        counts["oracle"] += max([r["none_right"], *r["rights"]])
        if table is not None:
            best, p = ranker.choose(r["feats"], r["none"], table, objective)
            if SIEVE:
                own = [i for i, fs in enumerate(r["feats"]) if "gen0=cue_subject" in " ".join(fs).replace("&", " ")
                       and "method=explicit" in fs]
                if own:
                    best = own[0]
            got = right_of(r, best)
            counts["ranker"] += got
            b = min(int(p * 10), 9)
            bins[b][0] += 1
            bins[b][1] += r["n"]
            bins[b][2] += got
    matched = sum(r["n"] for r in rows)
    out: dict[str, Any] = {"gold": gold_total, "matched": matched}
    for k, v in counts.items():
        out[k] = round(v / gold_total, 4) if gold_total else None
    out["calibration"] = {f"{b / 10:.1f}": {"groups": n, "pieces": m, "right": round(k / m, 3) if m else None}
                          for b, (n, m, k) in sorted(bins.items())}
    return out


def folds(doc_ids: list[str], k: int, seed: int) -> list[set[str]]:
    ids = sorted(doc_ids)
    random.Random(seed).shuffle(ids)
    return [set(ids[i::k]) for i in range(k)]


def crossvalidate(by_mode: dict[str, list[dict[str, Any]]], totals: dict[str, int], k: int, seed: int,
                  c: float, objective: str = "softmax") -> dict[str, Any]:
    parts = folds(list(totals), k, seed)
    result: dict[str, Any] = {}
    per_mode: dict[str, list[tuple[dict[str, float], list[dict[str, Any]], int]]] = defaultdict(list)
    for held in parts:
        train = [r for m in by_mode for r in by_mode[m] if r["doc"] not in held]
        table = fit(train, c, objective)
        for m, rows in by_mode.items():
            per_mode[m].append((table, [r for r in rows if r["doc"] in held and not r["extra"]],
                                sum(totals[d] for d in held)))
    for m, runs in per_mode.items():
        agg = {"ranker": 0.0, "rules": 0.0, "table_first": 0.0, "oracle": 0.0}
        gold_all = sum(g for _, _, g in runs)
        bins: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for table, rows, g in runs:
            e = evaluate(rows, table, g, objective)
            for key in agg:
                agg[key] += (e[key] or 0) * g
            for b, v in e["calibration"].items():
                bins[b][0] += v["pieces"]
                bins[b][1] += round((v["right"] or 0) * v["pieces"])
        result[m] = {key: round(v / gold_all, 4) for key, v in agg.items()}
        result[m]["calibration"] = {b: {"pieces": n, "right": round(r / n, 3) if n else None}
                                    for b, (n, r) in sorted(bins.items())}
    return result


def end_to_end(data: Path, cache: Path, by_mode: dict[str, list[dict[str, Any]]], totals: dict[str, int], k: int,
               seed: int, c: float, objective: str, modes: tuple[str, ...]) -> dict[str, Any]:
    """quotex run over each held-out fold with the weights of the other folds, scored as score.py
    scores: what the ranker does when its own earlier choices feed the next (who spoke before)."""
    from training.crossval import evaluate_records
    from training.records import records
    parsed = corpora.load(data, cache=cache)
    out: dict[str, Any] = {}
    fitted = []
    for held in folds(list(totals), k, seed):
        fitted.append((held, fit([r for m in by_mode for r in by_mode[m] if r["doc"] not in held], c, objective)))
    for mode in modes:
        for use_ranker in (True, False):
            preds: list[dict[str, Any]] = []
            for held, table in fitted:
                original = ranker.model
                ranker.model = lambda t=table: ranker.Model(t, objective)  # type: ignore[assignment]
                try:
                    for doc_id in sorted(held):
                        full = parsed.doc(doc_id)
                        if use_ranker:
                            preds.extend(records(full, doc_id, mode))  # type: ignore[arg-type]
                        else:
                            preds.extend(_rules_records(full, doc_id, mode))
                finally:
                    ranker.model = original  # type: ignore[assignment]
            figures = evaluate_records(parsed.quote_rows(), parsed.gold_rows(), preds)
            key = mode + ("" if use_ranker else " (rules' choice)")
            out[key] = {"quoted_f1": round(figures.quoted.f1 or 0, 4),
                        "quoted_speaker_accuracy": round(figures.quoted.speaker_accuracy or 0, 4),
                        "indirect_speaker_accuracy": round(figures.reported.speaker_accuracy or 0, 4)}
            print(f"end to end, {key}: {out[key]}", file=sys.stderr)
    return out


def _rules_records(doc: Doc, doc_id: str, mode: str) -> list[dict[str, Any]]:
    from quotex.output.render import quote_record
    doc = as_mode(doc, mode)  # type: ignore[arg-type]
    if tags.needs_filling(doc):
        tags.fill(doc)
    return [quote_record(q, doc_id) for q in attribute(doc, rank=False)]


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="PolNeAR train folder (docs.jsonl, quotes.jsonl)")
    ap.add_argument("--cache", type=Path, default=corpora.DEFAULT_CACHE, help="where parses are cached")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0], help="regularisation values to try")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--out", type=Path, default=ROOT / "quotex" / "data" / ranker.WEIGHTS)
    ap.add_argument("--objective", choices=("softmax", "binary"), default="softmax",
                    help="a conditional logit over each group's candidates, or one logistic per candidate")
    ap.add_argument("--end-to-end", action="store_true",
                    help="also run quotex over each held-out fold and score it as score.py does (slow)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--dump", type=Path, help="write each group's candidates and the choice here (for error analysis)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (a quick check)")
    ap.add_argument("--sieve", action="store_true", help="experiment: the quote's own cue with a named subject wins")
    ap.add_argument("--no-apostrophes", action="store_true",
                    help="learn only from quoted pieces, not from the indirect rows quotes in two apostrophes match")
    args = ap.parse_args(argv)
    global SIEVE
    SIEVE = args.sieve
    t0 = time.time()
    modes = tuple(args.modes.split(","))
    by_mode, totals = build(args.data, args.cache, modes, args.limit, not args.no_apostrophes)
    print("left out (PolNeAR's convention, not quotex's): " + json.dumps(dict(LEFT_OUT)), file=sys.stderr)
    print(f"examples built in {time.time() - t0:.0f} s: " +
          ", ".join(f"{m} {len(v)} groups" for m, v in by_mode.items()), file=sys.stderr)
    cv = {}
    for c in args.c:
        cv[c] = crossvalidate(by_mode, totals, args.folds, args.seed, c, args.objective)
        print(json.dumps({"C": c, **{m: {k: v for k, v in r.items() if k != "calibration"}
                                       for m, r in cv[c].items()}}), file=sys.stderr)
    best_c = max(cv, key=lambda c: sum(cv[c][m]["ranker"] for m in modes))
    table = fit([r for m in by_mode for r in by_mode[m]], best_c, args.objective)
    figures = {"objective": args.objective, "C": best_c, "folds": args.folds, "seed": args.seed, "cross_validated": cv[best_c],
               "all_C": {str(c): {m: r[m]["ranker"] for m in modes} for c, r in cv.items()},
               "features": len(table), "left_out": dict(LEFT_OUT), "groups": {m: len(v) for m, v in by_mode.items()},
               "documents": len(totals)}
    if args.end_to_end:
        figures["end_to_end"] = end_to_end(args.data, args.cache, by_mode, totals, args.folds, args.seed, best_c,
                                           args.objective, tuple(m for m in modes if m != "blank") + ("blank",))
    print(json.dumps(figures, indent=1))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for m, rows in by_mode.items():
                for r in rows:
                    best, p = ranker.choose(r["feats"], r["none"], table, args.objective)
                    f.write(json.dumps({"mode": m, "doc": r["doc"], "spans": r["spans"], "gold": r["gold"],
                                        "names": r["names"], "rights": r["rights"], "none_right": r["none_right"],
                                        "rule": r["rule"], "chosen": best, "p": round(p, 3),
                                        "gens": [[x[4:] for x in fs if x.startswith("gen=") and "&" not in x]
                                                 for fs in r["feats"]]}) + "\n")
    if not args.no_write:
        with gzip.open(args.out, "wt", encoding="utf-8") as f:
            json.dump({"trained_on": str(args.data.name), "objective": args.objective, "figures": figures,
                       "weights": dict(sorted(table.items()))}, f)
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
