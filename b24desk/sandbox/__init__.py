"""The sandbox portal: a local HTTP server that speaks the Bitrix24 REST protocol, for the demo and tests.

from b24desk.sandbox import SandboxPortal, SandboxConfig
async with SandboxPortal(SandboxConfig(seed=500)) as portal:
    print(portal.webhook_url)   # http://127.0.0.1:PORT/rest/1/SECRET/
"""

from b24desk.sandbox.config import EventHandlerConfig, SandboxConfig
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.faults import FaultRule, Faults
from b24desk.sandbox.server import SandboxPortal, run_in_thread
from b24desk.sandbox.stats import Stats
from b24desk.sandbox.store import Store

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
