"""The outgoing-webhook event receiver: a small HTTP server the portal POSTs events to.

from b24desk.receiver import EventReceiver
receiver = EventReceiver(port=0, token=Secret("..."))
await receiver.start()              # uvicorn in the running loop
receiver.subscribe(print)           # each ReceivedEvent as it arrives
receiver.handler_url                # http://127.0.0.1:PORT/
await receiver.stop()

The server (uvicorn) and replay (httpx) load on first use, so the window can import this at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from b24desk.receiver.config import (
    DEFAULT_HOST,
    DEFAULT_KEEP,
    DEFAULT_MAX_BODY,
    DEFAULT_MAX_RATE,
    DEFAULT_PORT,
    is_loopback,
)
from b24desk.receiver.limits import SourceRateLimit

if TYPE_CHECKING:
    from b24desk.receiver.event_replay import replay
    from b24desk.receiver.server import EventReceiver

_LAZY = {"EventReceiver": "b24desk.receiver.server", "replay": "b24desk.receiver.event_replay"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'b24desk.receiver' has no attribute {name!r}")


__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_KEEP",
    "DEFAULT_MAX_BODY",
    "DEFAULT_MAX_RATE",
    "DEFAULT_PORT",
    "EventReceiver",
    "SourceRateLimit",
    "is_loopback",
    "replay",
]
