"""b24desk: a desktop request builder for the Bitrix24 REST API."""

# The one place the version lives (pyproject.toml reads it from here); no importlib.metadata at
# start-up, which costs tens of milliseconds before the first window.
__version__ = "0.1.0"

import builtins as _builtins
import sys as _sys

# httpx imports its own command-line tool (click, pygments) whenever those happen to be installed (uvicorn
# brings click); b24desk never runs it. Marking it absent makes httpx keep its stub: 2 MiB and a few tens
# of milliseconds less in the running app. Set before anything imports httpx; harmless when it did.
_sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# Python's own import function, kept as it is before PySide6 replaces it with the hook of its `__feature__`
# support (a Python function run for every import statement). The app gives it back once PySide6 is loaded
# (ui/common/pyside_source_check.py: b24desk switches on no PySide6 feature). This package is imported before
# PySide6 on every way into the app.
python_import = _builtins.__import__
