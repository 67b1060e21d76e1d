"""The jq recipes in README run, and print what README says they print.

A recipe is a fenced ``sh`` block right after a ``<!-- recipe: NAME -->``
comment, followed by a fenced ``text`` block with its output. The output
block is the whole output, unless its last line is ``…``: then it is the
first lines, and ``lines: N`` in the comment gives the count of all of them
(``records`` is the number of records quotex wrote, so ``records+1`` is one
line per record and a header).

The recipe's ``quotex …`` part runs in-process with the session's model;
the rest of the pipe runs in bash with the real jq.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest
from typer.testing import CliRunner

from quotex import cli

REPO = Path(__file__).parent.parent
README = REPO / "README.md"
RECIPE = re.compile(
    r"<!-- recipe: (?P<name>[\w-]+)(?:, lines: (?P<lines>[\w+]+))? -->\n"
    r"```sh\n(?P<command>.+?)\n```\n"
    r"```text\n(?P<output>.*?)```\n",
    re.S,
)
MORE = "\u2026"
EXPECTED = {"anonymous-quotes", "top-speakers", "quotes-of-a-person", "jsonl-to-csv", "quotes-by-marks",
            "reported-by-class"}

pytestmark = pytest.mark.usefixtures("cli_models")


@dataclass(frozen=True)
class Recipe:
    name: str
    command: str
    output: list[str]
    prefix: bool
    lines: Optional[str]

    def line_count(self, records: int) -> int:
        """The documented number of output lines, for ``records`` records in."""
        assert self.lines is not None
        return sum(records if term == "records" else int(term) for term in self.lines.split("+"))


def recipes() -> list[Recipe]:
    found = []
    for match in RECIPE.finditer(README.read_text(encoding="utf-8")):
        output = match["output"].splitlines()
        prefix = bool(output) and output[-1] == MORE
        found.append(Recipe(match["name"], match["command"], output[:-1] if prefix else output, prefix,
                            match["lines"]))
    return found


def test_readme_has_every_recipe() -> None:
    found = recipes()
    assert {r.name for r in found} == EXPECTED
    assert all(r.lines is not None for r in found if r.prefix), "a shortened output needs its line count"


_cache: dict[str, str] = {}


def quotex_output(args: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """What ``quotex ARGS`` prints, run from the repository root, once per distinct ARGS."""
    if args not in _cache:
        monkeypatch.chdir(REPO)
        result = CliRunner().invoke(cli.app, shlex.split(args))
        assert result.exit_code == 0, result.stderr
        _cache[args] = result.stdout
    return _cache[args]


@pytest.mark.parametrize("recipe", recipes(), ids=lambda r: r.name)
def test_recipe_prints_its_documented_output(recipe: Recipe, monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed (.ci/run installs it)")
    head, sep, rest = recipe.command.partition(" | ")
    assert head.startswith("quotex ") and sep, f"a recipe pipes quotex into jq: {recipe.command}"
    stdin = quotex_output(head.removeprefix("quotex "), monkeypatch)
    result = subprocess.run(["bash", "-o", "pipefail", "-c", rest], input=stdin, capture_output=True,
                            text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    shown = "\n".join(lines[:len(recipe.output) + 3])
    if recipe.prefix:
        assert lines[:len(recipe.output)] == recipe.output, f"README shows for {recipe.name}:\n{shown}"
        expected = recipe.line_count(len(stdin.splitlines()))
        assert len(lines) == expected, f"{recipe.name} prints {len(lines)} lines, README says {expected}"
    else:
        assert lines == recipe.output, f"{recipe.name} prints:\n{result.stdout}"
