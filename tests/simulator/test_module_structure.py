"""The simulator's modules: an acyclic import graph, and radio objects that keep to their API."""

from __future__ import annotations

import ast
from pathlib import Path
import subprocess
import sys

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "simulator"
SKIPPED = ("digitalkey_simulator",)  # a Home Assistant component with its own structure


def _modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(ROOT).with_suffix("")
        if any(part in SKIPPED for part in relative.parts):
            continue
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        modules[".".join(parts)] = path
    return modules


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _runtime_imports(name: str, path: Path) -> set[str]:
    """Simulator modules `name` imports when it runs (not those imported for typing only)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _is_type_checking(node)
        for statement in node.body
        for inner in ast.walk(statement)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {module for module in found if module in MODULES and module != name}


def test_the_runtime_import_graph_is_acyclic() -> None:
    graph = {name: _runtime_imports(name, path) for name, path in MODULES.items()}
    assert graph["simulator.door_unit"] >= {"simulator.unit_connection", "simulator.unit_state"}
    visiting: set[str] = set()
    done: set[str] = set()  # depth-first search: a module met again on its own trail is a cycle

    def walk(name: str, trail: list[str]) -> None:
        if name in done:
            return
        assert name not in visiting, "import cycle: " + " -> ".join([*trail, name])
        visiting.add(name)
        for target in sorted(graph[name]):
            walk(target, [*trail, name])
        visiting.discard(name)
        done.add(name)

    for name in graph:
        walk(name, [])
    assert done == set(graph)


def test_unit_state_is_a_leaf_of_the_unit() -> None:
    unit_modules = {"simulator.door_unit", "simulator.unit_connection", "simulator.unit_commands"}
    assert not _runtime_imports("simulator.unit_state", MODULES["simulator.unit_state"]) & (
        unit_modules | {"simulator.persistence"}
    )


_IMPORT_EACH_FIRST = """
import importlib, sys
for module in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "simulator" or m.startswith("simulator.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(module)
    except Exception as err:
        print(f"{module}: {err!r}")
"""


def test_each_module_imports_first() -> None:
    """Each module imported before any other simulator module, so none hides a cycle.

    One fresh interpreter; the simulator's modules are forgotten before each import (the
    third-party ones are kept, which is what makes this fast).
    """
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH_FIRST, *sorted(MODULES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert (result.returncode, result.stdout) == (0, ""), result.stderr


def _foreign_private_attributes(path: Path) -> list[str]:
    """`other._name` where `other` is not `self` or `cls`: reaching into another object."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"})
        ):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_radio_objects_use_each_others_public_interface() -> None:
    radio = sorted((PACKAGE / "radio").glob("*.py"))
    assert [p.name for p in radio if p.name in {"central.py", "peripheral.py"}]
    assert [hit for path in radio for hit in _foreign_private_attributes(path)] == []
