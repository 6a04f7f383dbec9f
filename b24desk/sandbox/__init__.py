"""The sandbox portal: a local HTTP server that speaks the Bitrix24 REST protocol, for the demo and tests.

from b24desk.sandbox import SandboxPortal, SandboxConfig
async with SandboxPortal(SandboxConfig(seed=500)) as portal:
    print(portal.webhook_url)   # http://127.0.0.1:PORT/rest/1/SECRET/

The server and its parts (starlette, uvicorn, the store) load on first use, so importing the config
(`b24desk sandbox --help`, the CLI's parser) stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from b24desk.sandbox.config import EventHandlerConfig, SandboxConfig

if TYPE_CHECKING:
    from b24desk.sandbox.errors import RestError
    from b24desk.sandbox.faults import FaultRule, Faults
    from b24desk.sandbox.server import SandboxPortal, run_in_thread
    from b24desk.sandbox.stats import Stats
    from b24desk.sandbox.store import Store

_LAZY = {
    "RestError": "b24desk.sandbox.errors",
    "FaultRule": "b24desk.sandbox.faults",
    "Faults": "b24desk.sandbox.faults",
    "SandboxPortal": "b24desk.sandbox.server",
    "run_in_thread": "b24desk.sandbox.server",
    "Stats": "b24desk.sandbox.stats",
    "Store": "b24desk.sandbox.store",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'b24desk.sandbox' has no attribute {name!r}")


__all__ = [
    "EventHandlerConfig",
    "FaultRule",
    "Faults",
    "RestError",
    "SandboxConfig",
    "SandboxPortal",
    "Stats",
    "Store",
    "run_in_thread",
]
