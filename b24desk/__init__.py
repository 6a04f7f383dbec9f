"""b24desk: a desktop request builder for the Bitrix24 REST API."""

# The one place the version lives (pyproject.toml reads it from here); no importlib.metadata at
# start-up, which costs tens of milliseconds before the first window.
__version__ = "0.1.0"

# httpx imports its own command-line tool (click, pygments) whenever those happen to be installed (uvicorn
# brings click); b24desk never runs it. Marking it absent makes httpx keep its stub: 2 MiB and a few tens
# of milliseconds less in the running app. Set before anything imports httpx; harmless when it did.
import sys as _sys

_sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
