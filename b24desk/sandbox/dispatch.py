"""Runs one method call for a webhook: method lookup, scope, operating-time account, timing, statistics.

The same path serves a top-level call and each command of a batch; only the outer batch is exempt from
the operating-time account (limits.md), and a batch inside a batch is refused (batch.md).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from b24desk.sandbox import errors
from b24desk.sandbox.auth import SandboxWebhook
from b24desk.sandbox.clock import UTC_CLOCK, PortalClock
from b24desk.sandbox.context import CallContext, EmitEvent
from b24desk.sandbox.envelope import MethodResult, now, time_block
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.methods import MethodRegistry
from b24desk.sandbox.operating_time import OperatingTimeAccount
from b24desk.sandbox.stats import Stats
from b24desk.sandbox.store import Store
from b24desk.sandbox.validation import check as check_params

BATCH = "batch"
_log = logging.getLogger(__name__)


@dataclass(slots=True)
class MethodOutcome:
    """A call's result or error, with its `time` block."""

    result: MethodResult | None
    error: RestError | None
    time: dict[str, Any]


class Dispatcher:
    """Calls methods by name for a webhook; holds what every call needs."""

    def __init__(
        self,
        registry: MethodRegistry,
        store: Store,
        operating: OperatingTimeAccount,
        stats: Stats,
        emit: EmitEvent,
        operating_cost: float | None = None,
        clock: PortalClock = UTC_CLOCK,
    ) -> None:
        self.registry = registry
        self.store = store
        self.operating = operating
        self.stats = stats
        self.emit = emit
        self.operating_cost = operating_cost
        self.clock = clock

    def _scope_of(self, name: str) -> str | None:
        method = self.registry.get(name)
        return method.scope if method else None

    def call(
        self, webhook: SandboxWebhook, name: str, params: dict[str, Any], *, in_batch: bool = False
    ) -> MethodOutcome:
        """Run `name` with `params` for `webhook`; errors come back in the outcome, never raised."""
        started = now()
        clock = time.perf_counter()
        name = name.lower()
        account = name != BATCH
        try:
            method = self.registry.get(name)
            if in_batch and name == BATCH:
                raise errors.batch_method_not_allowed()
            if method is None:
                raise errors.method_not_found()
            if not webhook.allows(method.scope):
                raise errors.insufficient_scope()
            if account and self.operating.blocked(webhook.ident, name):
                raise errors.operation_time_limit(method.name)
            check_params(params, method.params, method.errors)
            context = CallContext(
                params=params,
                webhook=webhook,
                store=self.store,
                emit=self.emit,
                method_names=self.registry.names,
                method_scope=self._scope_of,
                clock=self.clock,
            )
            result: MethodResult | None = method.handler(context)
            error: RestError | None = None
        except RestError as raised:
            result, error = None, raised
        except Exception:  # a bug in a method: answer as the portal does, keep the sandbox up
            _log.exception("method %s failed", name)
            result, error = None, errors.internal_server_error()
        processing = time.perf_counter() - clock
        if account and error is None:
            cost = processing if self.operating_cost is None else self.operating_cost
            self.operating.record(webhook.ident, name, cost)
        operating, reset_at = self.operating.operating(webhook.ident, name) if account else (0.0, int(started) + 600)
        finished = max(now(), started + processing)
        self.stats.record_call(name, error is not None, processing)
        return MethodOutcome(result, error, time_block(started, finished, processing, operating, reset_at, self.clock))
