"""The package's layout: text flows one way, with no import cycle, and every line out goes one way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quotex"

# What each part of the package may import, besides itself. The record model
# (output/model.py) is the contract every stage shares.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "lexicon": set(),
    "text": {"errors", "lexicon"},
    "attribution": {"errors", "lexicon", "text", "output.model"},
    "corpus": {"errors", "lexicon", "output.model"},
    "output": {"errors", "lexicon", "text", "corpus"},
    "evaluate": {"errors", "text", "output"},
    "run": {"errors", "lexicon", "text", "attribution", "corpus", "output"},
    "cli": {"errors", "lexicon", "text", "attribution", "corpus", "output", "evaluate", "run", "__init__"},
    "__init__": {"output.model"},
    "__main__": {"cli"},
}


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def imports_of(path: Path) -> set[str]:
    """The quotex modules ``path`` imports, anywhere in it (lazy imports too), as dotted names."""
    here = module_name(path).split(".")
    package = here[:-1] if path.name != "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                if node.module and node.module.startswith("quotex."):
                    found.add(node.module[len("quotex."):])
                continue
            base = package[:len(package) - (node.level - 1)] if node.level > 1 else package
            target = [*base, *(node.module.split(".") if node.module else [])]
            if node.module:
                found.add(".".join(target))
            else:
                found.update(".".join([*target, alias.name]) for alias in node.names)
    return {name for name in found if exists(name)}


def exists(module: str) -> bool:
    path = PACKAGE.joinpath(*module.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def part(module: str) -> str:
    return module.split(".")[0] if module.split(".")[0] in ALLOWED else module


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_a_module_imports_only_earlier_stages(path: Path) -> None:
    mine = part(module_name(path))
    allowed = ALLOWED[mine]
    for target in imports_of(path):
        theirs = part(target)
        if theirs == mine or target == "output.model" and "output.model" in allowed:
            continue
        assert theirs in allowed or target in allowed, f"{module_name(path)} imports {target}"


def test_no_import_cycle() -> None:
    graph = {module_name(p): imports_of(p) for p in MODULES}
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        assert node not in path, " -> ".join([*path[path.index(node):], node])
        if node in done:
            return
        for target in graph.get(node, ()):
            visit(target, [*path, node])
        done.add(node)

    for node in graph:
        visit(node, [])


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_every_line_out_goes_through_the_output_object(path: Path) -> None:
    """No print, no typer.echo, no write to sys.stdout or sys.stderr outside output/channel.py,
    and typer (with its Exit) only in cli.py."""
    if path.name == "channel.py":
        return
    source = path.read_text(encoding="utf-8")
    assert not re.search(r"(?<![.\w])print\(", source), f"{module_name(path)} calls print"
    for banned in ("typer.echo", "sys.stdout.write", "sys.stderr.write", "file=sys.stderr"):
        assert banned not in source, f"{module_name(path)} uses {banned}"
    if path.name != "cli.py":
        assert "import typer" not in source and "typer.Exit" not in source
