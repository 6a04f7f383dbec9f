"""PySide6's per-import question (does this module name PySide6?) answered without keeping the module's source."""

from __future__ import annotations

import builtins
import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from b24desk.ui.common import pyside_source_check


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("b24desk_probe_qt", "b24desk_probe_plain"):
        sys.modules.pop(name, None)


def test_imports_are_marked_as_pyside6_marks_them_and_no_source_is_kept(modules: Path) -> None:
    assert pyside_source_check.install()
    assert pyside_source_check.install()  # twice is harmless
    (modules / "b24desk_probe_qt.py").write_text("from PySide6.QtCore import QObject\nVALUE = 1\n")
    (modules / "b24desk_probe_plain.py").write_text("VALUE = 2\n")
    builtins.__import__("b24desk_probe_qt")  # an import statement: the path PySide6 hooks
    builtins.__import__("b24desk_probe_plain")
    marks = sys.modules[pyside_source_check.FEATURE_MODULE].pyside_feature_dict
    assert marks["b24desk_probe_qt"] == 0  # names PySide6: a feature could be switched on for it
    assert marks["b24desk_probe_plain"] == -1  # does not: ignored
    kept = {str(modules / "b24desk_probe_qt.py"), str(modules / "b24desk_probe_plain.py")}
    assert not kept & set(linecache.cache)  # PySide6's own check kept each whole source in linecache


def test_what_has_no_source_file_goes_to_pyside6s_own_check() -> None:
    asked: list[object] = []

    def fallback(module: object) -> bool:
        asked.append(module)
        return False

    assert pyside_source_check.names_pyside(sys, fallback) is False  # built in
    assert asked == [sys]


def test_pythons_own_library_is_answered_without_reading_it() -> None:
    import asyncio
    import os

    import qasync

    asked: list[object] = []

    def fallback(module: object) -> bool:
        asked.append(module)
        return True

    assert pyside_source_check.in_standard_library(asyncio.__file__ or "")
    assert not pyside_source_check.in_standard_library(qasync.__file__ or "")  # installed: read
    stdlib = os.path.dirname(os.__file__)
    assert not pyside_source_check.in_standard_library(os.path.join(stdlib, "site-packages", "x", "y.py"))
    assert pyside_source_check.names_pyside(asyncio, fallback) is False and asked == []
    assert pyside_source_check.names_pyside(qasync, fallback) is True  # its source names PySide6


def test_frozen_modules_are_answered_from_their_file_and_what_was_read_before_is_dropped() -> None:
    import abc

    asked: list[object] = []

    def fallback(module: object) -> bool:
        asked.append(module)
        return True

    assert pyside_source_check.names_pyside(abc, fallback) is False and asked == []  # "frozen": not read
    linecache.cache["/nowhere/read_by_pyside6.py"] = (1, None, ["x = 1\n"], "/nowhere/read_by_pyside6.py")
    linecache.cache["<b24desk-probe>"] = (1, None, ["y = 2\n"], "<b24desk-probe>")
    try:
        pyside_source_check.forget_read_sources()
        assert "/nowhere/read_by_pyside6.py" not in linecache.cache  # a file: read again when a traceback asks
        assert "<b24desk-probe>" in linecache.cache  # made in memory: kept
    finally:
        linecache.cache.pop("<b24desk-probe>", None)


def test_b24desks_own_modules_are_answered_by_their_layer_without_reading_them() -> None:
    from b24desk.core import request
    from b24desk.ui.common import next_paint

    asked: list[object] = []

    def fallback(module: object) -> bool:
        asked.append(module)
        return True

    opened: list[str] = []
    real_open = builtins.open

    def watched_open(path: object, *args: object, **kwargs: object) -> object:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    builtins.open = watched_open  # type: ignore[assignment]
    try:
        assert pyside_source_check.names_pyside(next_paint, fallback) is True  # ui: Qt's layer
        assert pyside_source_check.names_pyside(request, fallback) is False  # core never imports Qt
    finally:
        builtins.open = real_open
    assert opened == [] and asked == []


_DROP = """
import builtins, sys
{first}
from b24desk.ui.common.pyside_source_check import drop_feature_import
hooked = builtins.__import__.__name__
dropped = drop_feature_import()
import json  # an import statement once it is dropped (or not)
print(hooked, dropped, builtins.__import__.__name__, builtins.__import__ is __import__("b24desk").python_import)
"""


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("import b24desk\nimport PySide6.QtCore", "__feature_import__ True __import__ True"),  # the app's way in
        ("import PySide6.QtCore\nimport b24desk", "__feature_import__ False __feature_import__ True"),  # kept late
    ],
)
def test_the_feature_hook_is_dropped_when_pythons_own_import_was_kept(first: str, expected: str) -> None:
    """PySide6's `__feature__` hook ran two Python functions for each import statement; b24desk uses no
    feature. Python's own function is given back only when b24desk kept it before PySide6 replaced it."""
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", _DROP.format(first=first)], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split("\n")[-2] == expected
