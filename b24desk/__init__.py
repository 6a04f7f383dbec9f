"""b24desk: a desktop request builder for the Bitrix24 REST API."""

# The one place the version lives (pyproject.toml reads it from here); no importlib.metadata at
# start-up, which costs tens of milliseconds before the first window.
__version__ = "0.1.0"
