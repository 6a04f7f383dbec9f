"""What a method sees when it runs: the params, the calling webhook, the data and the event outlet."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from b24desk.sandbox.auth import SandboxWebhook
from b24desk.sandbox.clock import PortalClock
from b24desk.sandbox.store import Store

EmitEvent = Callable[[str, dict[str, Any]], None]


@dataclass(slots=True)
class CallContext:
    """One method call: its params (PHP-decoded or JSON), the webhook, the store and the method list."""

    params: dict[str, Any]
    webhook: SandboxWebhook
    store: Store
    emit: EmitEvent
    method_names: Callable[[], list[str]]
    method_scope: Callable[[str], str | None]
    clock: PortalClock

    def now_iso(self) -> str:
        """The current time in the portal's offset."""
        return self.clock.iso(time.time())

    def param(self, *names: str) -> Any:
        """The first param present under any of `names`, compared case-insensitively; None when absent."""
        wanted = [name.lower() for name in names]
        for key, value in self.params.items():
            if str(key).lower() in wanted:
                return value
        return None
