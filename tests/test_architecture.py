"""The package's layers import one way: no import cycle between modules, no import upwards.

The graph counts every import (module level, function level, under ``TYPE_CHECKING``): a lazy
import hides a cycle from Python, not from a reader. A module importing its own package's
``__init__`` (``from audit import __version__``) is not an edge.
"""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "audit"

# Lower layers never import higher ones (docs/architecture.md). Same rank: may import each other
# as long as no module cycle forms.
LAYERS = {
    "core": 0,
    "lang": 1,
    "rules": 2,
    "glossary": 2,  # a user's glossary (read, match) for the HI8xx rules
    "scoring": 3,
    "roundtrip": 4,
    "outputs": 5,
    "pipeline": 6,
    "regress": 7,
    "dev": 8,
    "cli": 9,
    "pytest_plugin": 9,
}


def _modules() -> dict[str, Path]:
    mods = {}
    for f in PKG.rglob("*.py"):
        parts = list(f.relative_to(PKG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = f
    return mods


def _targets(mods: dict[str, Path], cur: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.ImportFrom):
        if node.level:
            base = cur.split(".")
            keep = len(base) - node.level + (1 if mods[cur].name == "__init__.py" else 0)
            name = ".".join(base[:keep] + ([node.module] if node.module else []))
        else:
            name = node.module or ""
        names = [name] + [f"{name}.{a.name}" for a in node.names]
    else:
        names = [a.name for a in node.names]
    return [n for n in names if n in mods]


def import_graph() -> dict[str, set[str]]:
    mods = _modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for t in _targets(mods, mod, node):
                    if t != mod and not mod.startswith(t + ".") and not t.startswith(mod + "."):
                        graph[mod].add(t)
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    sccs: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            scc = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                scc.append(w)
                if w == v:
                    break
            if len(scc) > 1:
                sccs.append(sorted(scc))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sccs


def _layer(mod: str) -> int | None:
    parts = mod.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None


def test_the_graph_is_built_from_the_package() -> None:
    graph = import_graph()
    assert "audit.pipeline.auditor" in graph and "audit.rules.registry" in graph["audit.pipeline.auditor"]


def test_no_import_cycle() -> None:
    cycles = find_cycles(import_graph())
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


def test_cycle_finder_finds_a_cycle() -> None:
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_layers_import_downwards_only() -> None:
    upward = []
    for mod, targets in import_graph().items():
        for t in targets:
            lm, lt = _layer(mod), _layer(t)
            if lm is not None and lt is not None and lt > lm:
                upward.append(f"{mod} -> {t}")
    assert not upward, "imports from a lower layer into a higher one: " + ", ".join(sorted(upward))


def test_every_subpackage_has_a_layer() -> None:
    subpackages = {p.name for p in PKG.iterdir() if (p / "__init__.py").is_file()} - {"data"}
    modules = {p.stem for p in PKG.glob("*.py")} - {"__init__"}
    assert subpackages | modules <= set(LAYERS), "add the new subpackage to LAYERS and docs/architecture.md"


MAX_LINES = 500


def test_no_module_over_500_lines() -> None:
    """A module that outgrows ~500 lines is doing several jobs: split it along its seams."""
    long = {
        str(f.relative_to(PKG.parent)): n
        for f in PKG.rglob("*.py")
        if "data" not in f.relative_to(PKG).parts
        and (n := len(f.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def _private_names(tree: ast.AST) -> list[str]:
    """The underscore names a module's source imports from the package (``audit.…``)."""
    return [
        f"{node.module}.{a.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("audit")
        for a in node.names
        if a.name.startswith("_") and not a.name.startswith("__")
    ]


def test_no_module_imports_another_modules_private_names() -> None:
    """A helper another module calls is part of its module's interface: it has a public name.
    Importing ``_name`` from elsewhere couples a module to what its neighbour may change freely."""
    found = {
        mod: names
        for mod, path in _modules().items()
        if (names := _private_names(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert not found, found


def test_private_import_finder_finds_one() -> None:
    tree = ast.parse(
        "from audit.rules.script import _stems, stems\n"
        "def f():\n    from audit.rules import _x as y\n"
        "from os import _exit\nfrom audit import __version__\n"
    )
    assert _private_names(tree) == ["audit.rules.script._stems", "audit.rules._x"]
