"""The receiver's defaults and the loopback test: light enough for the window to import at start-up."""

from __future__ import annotations

import ipaddress

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 9024
DEFAULT_MAX_BODY = 1024 * 1024  # 1 MiB: a portal event is a few KB
DEFAULT_MAX_RATE = 100.0  # requests a second per source; the portal's queue rarely sends faster
DEFAULT_KEEP = 1000  # events kept in memory (the oldest go first)


def is_loopback(host: str) -> bool:
    """Whether binding `host` keeps the receiver on this computer."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
