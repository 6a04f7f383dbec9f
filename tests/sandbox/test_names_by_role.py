"""The sandbox names its parts by their role on the portal's side, never by a name the core's client
already gives to its own part (the portal's QueryLimiter refuses where the client's LeakyBucket waits)."""

import ast
import importlib
import pkgutil
from pathlib import Path

import b24desk.core as core
import b24desk.sandbox as sandbox


def test_no_sandbox_class_or_function_shares_a_name_with_a_public_core_name() -> None:
    public = {
        name: info.name
        for info in pkgutil.walk_packages(core.__path__, "b24desk.core.")
        for name in getattr(importlib.import_module(info.name), "__all__", ())
    }
    twins = []
    seen = 0
    for path in sorted(Path(sandbox.__path__[0]).rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            seen += 1
            if node.name in public:
                twins.append(f"{path.name}: {node.name} (also {public[node.name]})")
    assert seen > 100  # the scan sees the sandbox's own definitions
    assert twins == []
