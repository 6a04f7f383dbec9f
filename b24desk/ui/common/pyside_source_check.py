"""PySide6 asks of every module imported after it whether its source names PySide6; answer from the file's bytes.

PySide6's `__feature__` support (`from __feature__ import snake_case`, which b24desk does not use) marks
each module that names PySide6 so a feature can be switched on for it alone. It finds out with
`inspect.getsource`, which tokenises the file and keeps all its lines in `linecache` for the life of the
process: for the 500-odd modules the running app imports that was 14 MiB of strings nobody reads, and
a few milliseconds per module on the start path. The same question is answered here by reading the
file once and looking for the name; what is not a source file still goes to PySide6's own check.
Python's own library never names PySide6: its modules (about half of those the first screen imports)
are answered without opening their files (16-22 ms for ~210 files read, measured to the first screen).
b24desk's own modules (about two thirds of the rest) are answered by their layer: only `b24desk.ui` may
import Qt (tests/test_layers.py keeps it so). Each file read also hands the interpreter to another thread
(the catalogue's, at start-up) for up to its switch interval: 84 reads fewer before the first screen.
The question comes through PySide6's import hook, run for every import statement; the app takes the hook off
once its sources are safe (`drop_feature_import`): b24desk switches on no PySide6 feature.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"  # PySide6's embedded module that keeps the per-module marks
# Python's own library (os.py's folder); installed packages live in site-packages below it and are read
_STDLIB = os.path.dirname(os.__file__) + os.sep
_INSTALLED = (f"{os.sep}site-packages{os.sep}", f"{os.sep}dist-packages{os.sep}")
OWN_PACKAGE = "b24desk"
QT_LAYER = "b24desk.ui"  # the one layer of b24desk that imports Qt


def in_standard_library(path: str) -> bool:
    """Whether a module's file is part of Python's own library (not an installed package)."""
    return path.startswith(_STDLIB) and not any(folder in path[len(_STDLIB) - 1 :] for folder in _INSTALLED)


def names_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the module's source file names PySide6 (PySide6's own question), without keeping the source."""
    name = getattr(module, "__name__", None)
    if isinstance(name, str) and name.partition(".")[0] == OWN_PACKAGE:
        return name == QT_LAYER or name.startswith(QT_LAYER + ".")  # by layer, not read
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not (isinstance(origin, str) and origin.endswith(".py")):  # "frozen" (abc, codecs, os...): their file
        origin = getattr(module, "__file__", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return fallback(module)  # built in, an extension, or made in memory: PySide6's check says no quickly
    if in_standard_library(origin):
        return False  # what PySide6's check finds there, without reading the file
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return fallback(module)


def install() -> bool:
    """Answer PySide6's per-import question from the file's bytes from now on; False when PySide6 has no such
    check (another version): nothing is changed then."""
    import PySide6.QtCore  # noqa: F401  (sets up the feature support, whose check is replaced here)

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "reads_bytes", False):  # installed already
        return True

    def check(module: ModuleType) -> bool:
        return names_pyside(module, original)

    check.reads_bytes = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", check)  # noqa: B010  (a private name of PySide6's embedded module)
    forget_read_sources()
    return True


def drop_feature_import() -> bool:
    """Give Python its own import function back, in place of PySide6's `__feature__` hook: b24desk switches on
    no PySide6 feature (snake_case, true_property), and the hook ran two Python functions for every import
    statement, ~750 before the first screen (~1.7 ms of the UI thread, counted with callgrind). False when
    Python's own was not kept (PySide6 was imported before b24desk): the hook stays then."""
    import builtins

    from b24desk import python_import

    if getattr(python_import, "__name__", None) != "__import__":  # kept after PySide6 came: its hook
        return False
    builtins.__import__ = python_import
    return True


def forget_read_sources() -> None:
    """Drop the files' lines PySide6's own check read before this one took over (the modules PySide6
    imported while it set itself up, ~0.5 MiB): linecache reads a file again if a traceback wants it."""
    import linecache

    for name in [name for name in linecache.cache if os.path.isabs(name)]:
        linecache.cache.pop(name, None)
