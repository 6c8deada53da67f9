"""The shape of the package: no import cycle anywhere (imports inside functions included),
format modules that import only shared helpers, command modules that import no other command.

Imports are read from the source with ``ast``; those under ``if TYPE_CHECKING:`` are for
annotations only (never executed) and are left out. Importing ``a.b.c`` also runs
``a/b/__init__``, but that is Python's doing, not a dependency of the module, and is not
counted (every package's ``__init__`` that registers its submodules would otherwise be a
"cycle").
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from fourlayer.reporting import formats

PACKAGE = Path(__file__).resolve().parent.parent / "fourlayer"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in p.parts}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, *, type_only: bool = False) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth, except the bodies of ``if TYPE_CHECKING:``
    (included too when ``type_only``)."""
    found: list[ast.Import | ast.ImportFrom] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child) and not type_only:
                stack.extend(child.orelse)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.append(child)
            stack.append(child)
    return found


def imports_of(name: str, *, type_only: bool = False) -> set[str]:
    """The modules of ``fourlayer`` that module ``name`` imports (when it runs; with
    ``type_only``, for its annotations too)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8")), type_only=type_only):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        out.update(t for t in targets if t in MODULES)
    out.discard(name)
    return out


GRAPH = {name: imports_of(name) for name in MODULES}
TYPED_GRAPH = {name: imports_of(name, type_only=True) for name in MODULES}
"""The imports with those made for annotations only: what a reader follows."""


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first = last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_the_graph_sees_lazy_imports():
    """The reader is not blind: imports inside functions count, TYPE_CHECKING ones do not."""
    assert "fourlayer.runner" in GRAPH["fourlayer.cli.check"]  # imported inside the command
    assert "fourlayer.runner" not in GRAPH["fourlayer.reporting.base"]  # for annotations only


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_module_of_fourlayer_is_in_an_import_cycle():
    assert find_cycle(GRAPH) is None


def test_the_drawing_of_the_imports_has_no_circle_even_through_annotations():
    assert find_cycle(TYPED_GRAPH) is None


def _layer(name: str) -> str:
    """``reporting``, ``cli`` or ``core``: the command line and the reports sit above the rest."""
    if name.startswith(("fourlayer.reporting", "fourlayer.cli")) or name in ("fourlayer.entry", "fourlayer.__main__"):
        return "cli" if not name.startswith("fourlayer.reporting") else "reporting"
    return "core"


def test_the_graph_sees_type_only_imports():
    assert "fourlayer.runner" in TYPED_GRAPH["fourlayer.reporting.formats"]
    assert "fourlayer.runner" not in GRAPH["fourlayer.reporting.formats"]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _layer(n) == "core"))
def test_no_core_module_imports_reporting_or_the_command_line(name):
    """Reading, the model, rounds and authoring are below the reports and the command line:
    they import neither, not even for an annotation (the console script ``entry`` and
    ``__main__`` are the command line's)."""
    above = {m for m in TYPED_GRAPH[name] if _layer(m) != "core"}
    assert not above, sorted(above)


def test_reporting_does_not_import_the_command_line():
    for name in (n for n in MODULES if _layer(n) == "reporting"):
        assert not {m for m in TYPED_GRAPH[name] if m.startswith("fourlayer.cli")}, name


FOLDERS = sorted({p.parent for p in MODULES.values()} - {PACKAGE / "compiled"})
"""Every folder of the package but ``compiled/`` (generated by scripts/compile_schemas.py,
one module per schema and checklist, never edited by hand)."""


@pytest.mark.parametrize(
    "folder",
    FOLDERS,
    ids=[str(f.relative_to(PACKAGE.parent)) for f in FOLDERS],
)
def test_no_folder_of_the_package_holds_more_than_twenty_modules(folder):
    """A folder a newcomer can take in at a glance (the generated validators aside)."""
    modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
    assert len(modules) <= 20, sorted(p.name for p in modules)


PACKAGE_OF_TABLE = {
    "check": "check",
    "validate": "check",
    "checklist lint": "check",
    "audit": "audit",
    "history": "history",
    "diff": "diff",
    "diff rounds": "diff",
    "checklist list": "checklist",
    "checklist show": "checklist",
    "init": "init",
}
"""The reporting sub-package of each format table: ``validate`` and ``checklist lint`` print
a check report without its evaluation, so they share ``check``'s modules."""


@pytest.mark.parametrize(
    ("command", "name"), [(c, f.name) for c, table in formats.TABLES.items() for f in table], ids=str
)
def test_every_format_module_is_named_by_its_command_and_format(command, name):
    """``fourlayer.reporting.<command>.<format>``: the yearly report's two formats are
    ``form08/docx`` and ``form08/xlsx`` (for ``check`` and ``audit`` alike), the second kind
    of ``diff`` (two rounds) is ``diff/rounds_<format>``."""
    module = formats.get(command, name).renderer.partition(":")[0]
    if name.startswith("form08"):
        expected = "fourlayer.reporting.form08." + ("xlsx" if name.endswith("xlsx") else "docx")
    else:
        prefix = "rounds_" if command == "diff rounds" else ""
        expected = f"fourlayer.reporting.{PACKAGE_OF_TABLE[command]}.{prefix}{name}"
    assert module == expected


FORMAT_MODULES = sorted({entry.renderer.partition(":")[0] for table in formats.TABLES.values() for entry in table})


@pytest.mark.parametrize("name", FORMAT_MODULES)
def test_a_format_module_imports_no_other_format_module(name):
    assert not (GRAPH[name] & set(FORMAT_MODULES)), sorted(GRAPH[name] & set(FORMAT_MODULES))


def test_the_format_table_is_light():
    assert not {m for m in GRAPH["fourlayer.reporting.formats"] if m.startswith("fourlayer.reporting")}


COMMAND_MODULES = sorted(
    n
    for n in MODULES
    if n.startswith("fourlayer.cli.")
    and n not in ("fourlayer.cli.options", "fourlayer.cli.common", "fourlayer.cli.progress")
)


@pytest.mark.parametrize("name", COMMAND_MODULES)
def test_a_command_module_imports_neither_the_group_nor_another_command(name):
    assert "fourlayer.cli" not in GRAPH[name]
    assert not (GRAPH[name] & (set(COMMAND_MODULES) - {name}))
