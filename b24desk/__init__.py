"""b24desk: a desktop request builder for the Bitrix24 REST API."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("b24desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
