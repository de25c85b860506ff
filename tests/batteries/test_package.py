"""The batteries package stays pure: the standard library and itself.

The import check runs in a fresh interpreter, so nothing another test imported can hide
an import. The integration's own `__init__` (Home Assistant code) runs first whenever a
subpackage is imported; only what the batteries modules add is checked.
"""

from __future__ import annotations

import ast
from pathlib import Path
import subprocess
import sys

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "custom_components" / "digitalkey" / "batteries"


def _top_level_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level > 1:
            found.add("." * node.level + (node.module or ""))  # outside the package
    return found


def test_modules_import_only_the_standard_library() -> None:
    paths = sorted(PACKAGE.glob("*.py"))
    assert {p.stem for p in paths} >= {"__init__", "history", "estimate", "report", "text"}
    for path in paths:
        foreign = {
            name
            for name in _top_level_imports(path)
            if name not in sys.stdlib_module_names and name != "__future__"
        }
        assert not foreign, f"{path.name} imports {sorted(foreign)}"


def test_the_package_is_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()


def test_importing_the_package_loads_neither_home_assistant_nor_other_packages() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "import custom_components.digitalkey\n"
        "before = set(sys.modules)\n"
        "import custom_components.digitalkey.batteries as batteries\n"
        "for m in pkgutil.iter_modules(batteries.__path__):\n"
        "    importlib.import_module(f'custom_components.digitalkey.batteries.{m.name}')\n"
        "bad = [n for n in set(sys.modules) - before if n.startswith(('homeassistant', "
        "'custom_components.digitalkey.protocol', 'custom_components.digitalkey.access'))]\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
