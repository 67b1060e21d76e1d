"""Is the JSON output the same, byte for byte, as another revision's?

    python bench/same_output.py --rev REV [--keep DIR] [--cases dev-full,seeds-blank,...]
    python bench/same_output.py --write DIR      # this checkout's output, to compare later
    python bench/same_output.py --against DIR    # this checkout against files written before

Each case is ``quotex extract --all -f jsonl [--fast | --model blank]`` over
the PolNeAR dev articles (``dev``) or the seed texts (``seeds``), in full, fast
and rules-only (``blank``) modes: six files, ``<corpus>-<mode>.jsonl``. With
``--rev``, the other side is the revision ``REV`` of this repository, checked
out in a temporary git worktree and run from there with the same Python. A
code move or a clean-up must leave every file identical; the script prints
one line per case and exits 1 if any differs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parent.parent
CORPORA = {"dev": Path("fixtures/polnear-dev/docs.jsonl"), "seeds": Path("fixtures/seeds")}
MODES = {"full": [], "fast": ["--fast"], "blank": ["--model", "blank"]}
CASES = [f"{corpus}-{mode}" for corpus in CORPORA for mode in MODES]


def run_case(checkout: Path, case: str) -> bytes:
    """The stdout of one case, run with the code of ``checkout`` (over this checkout's fixtures)."""
    corpus, mode = case.split("-")
    command = [sys.executable, "-m", "quotex", "extract", "--all", "-f", "jsonl", "-q", *MODES[mode],
               str(REPO / CORPORA[corpus])]
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run(command, cwd=checkout, env=env, capture_output=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{case}: quotex exited with {done.returncode} in {checkout}: {done.stderr.decode()[-500:]}")
    return done.stdout


def write(checkout: Path, out: Path, cases: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for case in cases:
        (out / f"{case}.jsonl").write_bytes(run_case(checkout, case))
        print(f"{case}: written", file=sys.stderr)


def compare(reference: Path, cases: list[str]) -> bool:
    same = True
    for case in cases:
        want = (reference / f"{case}.jsonl").read_bytes()
        got = run_case(REPO, case)
        ok = got == want
        same &= ok
        print(f"{case}: {'identical' if ok else 'DIFFERENT'} ({len(got.splitlines())} records, "
              f"{len(want.splitlines())} before)")
    return same


def at_revision(rev: str, cases: list[str], keep: Optional[Path]) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(tree), rev], check=True)
        try:
            reference = keep or Path(tmp) / "out"
            write(tree, reference, cases)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True)
        return compare(reference, cases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    side = parser.add_mutually_exclusive_group(required=True)
    side.add_argument("--rev", help="a git revision to compare this checkout with")
    side.add_argument("--write", type=Path, metavar="DIR", help="write this checkout's output to DIR")
    side.add_argument("--against", type=Path, metavar="DIR", help="compare this checkout with files in DIR")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="with --rev, keep the revision's output in DIR")
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, of {','.join(CASES)}")
    args = parser.parse_args()
    cases = args.cases.split(",")
    unknown = set(cases) - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    if args.write:
        write(REPO, args.write, cases)
        return
    same = at_revision(args.rev, cases, args.keep) if args.rev else compare(args.against, cases)
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
