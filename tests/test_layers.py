"""The layer rule: core imports nothing of b24desk's other packages and never Qt; only ui imports Qt.

serving embeds uvicorn for the two servers above it (sandbox, receiver) and imports nothing of b24desk;
it is the only importer of uvicorn, and nothing below the servers imports an ASGI server or framework.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "b24desk"
# What each layer may import from b24desk (itself always allowed).
ALLOWED = {
    "core": set(),
    "storage": {"core"},
    "serving": set(),
    "sandbox": {"core", "serving"},
    "receiver": {"core", "serving"},
    "ui": {"core", "storage", "sandbox", "receiver"},
    "cli": {"core", "storage", "sandbox", "receiver", "ui"},
}
QT_PREFIXES = ("PySide6", "PyQt", "qasync", "shiboken")
# Third-party packages only some layers may import: the one uvicorn embedding, the sandbox's Starlette app.
ONLY_IN = {"uvicorn": {"serving"}, "starlette": {"sandbox"}}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_point_down_only(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files or layer in ("storage", "sandbox")
    for path in files:
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "b24desk" and len(parts) > 1 and parts[1] in ALLOWED:
                assert parts[1] == layer or parts[1] in ALLOWED[layer], f"{path}: imports {name}"
            if layer != "ui":
                assert not name.startswith(QT_PREFIXES), f"{path}: imports Qt ({name}) outside ui"
            if parts[0] in ONLY_IN:
                assert layer in ONLY_IN[parts[0]], f"{path}: imports {name} outside {sorted(ONLY_IN[parts[0]])}"
