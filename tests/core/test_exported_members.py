"""Pin the core's public surface: the package re-exports nothing, and each module's `__all__` lists
exactly what exists and at least what the rest of the repository imports from it."""

import ast
import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

import b24desk.core as core

ROOT = Path(__file__).resolve().parents[2]
USER_FOLDERS = ("b24desk", "tests", "tools", "benchmarks")


def core_modules() -> dict[str, ModuleType]:
    return {
        info.name: importlib.import_module(info.name) for info in pkgutil.walk_packages(core.__path__, "b24desk.core.")
    }


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(modules: dict[str, ModuleType]) -> set[tuple[str, str, str]]:
    """(core module, name, importing file) for every public name taken from a core module elsewhere."""
    found: set[tuple[str, str, str]] = set()
    for folder in USER_FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            own = module_name(path)
            tree = ast.parse(path.read_text(encoding="utf-8"))
            aliases: dict[str, str] = {}
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module:
                    for alias in node.names:
                        full = f"{node.module}.{alias.name}"
                        if full in modules:
                            aliases[alias.asname or alias.name] = full
                        elif node.module in modules and node.module != own:
                            found.add((node.module, alias.name, str(path.relative_to(ROOT))))
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        if alias.name in modules and alias.asname:
                            aliases[alias.asname] = alias.name
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                    home = aliases.get(node.value.id)
                    if home is not None and home != own and f"{home}.{node.attr}" not in modules:
                        found.add((home, node.attr, str(path.relative_to(ROOT))))
    return {use for use in found if not use[1].startswith("_")}


def test_the_core_package_re_exports_nothing() -> None:
    core_modules()
    assert core.__all__ == []
    public = [name for name, value in vars(core).items() if not name.startswith("_")]
    assert all(isinstance(getattr(core, name), ModuleType) for name in public), public


def test_each_core_module_lists_its_public_names_and_each_exists() -> None:
    modules = core_modules()
    assert len(modules) >= 40
    for name, module in modules.items():
        names = getattr(module, "__all__", None)
        assert names is not None, f"{name} has no __all__"
        assert len(names) == len(set(names)), name
        for member in names:
            assert hasattr(module, member), f"{name}.{member} is listed but not defined"


def test_every_name_taken_from_a_core_module_is_in_its_public_list() -> None:
    modules = core_modules()
    uses = imported_names(modules)
    assert len(uses) > 200  # the scan sees the repository's imports
    unlisted = sorted(
        f"{path}: {home}.{name}" for home, name, path in uses if name not in getattr(modules[home], "__all__", [])
    )
    assert unlisted == [], "add these to the module's __all__ (or stop importing them):\n" + "\n".join(unlisted)
