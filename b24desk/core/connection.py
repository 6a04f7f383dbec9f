"""Test connection: call `profile` and `scope` through the client and report the user and the scopes.

The two calls go through B24Client, so the check meets the portal exactly as Execute does: the same
pacing, timeouts, CA file and retries, and a failure is the client's own CallError (PortalError,
HTTPStatusError, ResponseFormatError, NetworkError, CallTimeoutError), explained in plain words by
`b24desk.core.explanations.explain`. Each call is reported to `on_call` (for the request history)
before its error is raised. Messages never contain the secret.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from b24desk.core.client import B24Client, ClientOptions
from b24desk.core.errors import CallError
from b24desk.core.rate_limit import SHARED_BUCKETS, BucketRegistry
from b24desk.core.webhook import Webhook

__all__ = ["CallOutcome", "ConnectionReport", "check_connection"]


@dataclass(frozen=True, slots=True)
class CallOutcome:
    """One call made by the check: what the history records."""

    method: str
    http_status: int | None
    error_code: str | None
    duration_ms: float
    started_at: datetime


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    """What the portal said: the webhook user's profile and the scopes the webhook has."""

    profile: dict[str, Any]
    scopes: tuple[str, ...]

    @property
    def person(self) -> str:
        """The webhook user's first and last name ("" when the profile has neither)."""
        return " ".join(str(self.profile.get(key) or "") for key in ("NAME", "LAST_NAME")).strip()


async def _call(client: B24Client, method: str, on_call: Callable[[CallOutcome], None] | None) -> Any:
    started, clock = datetime.now(UTC), time.perf_counter()

    def report(status: int | None, code: str | None) -> None:
        if on_call is not None:
            on_call(CallOutcome(method, status, code, (time.perf_counter() - clock) * 1000, started))

    try:
        answer = await client.call(method)
    except CallError as error:
        report(error.response.status if error.response else None, error.code)
        raise
    report(answer.response.status, None)
    return answer.result


async def check_connection(
    webhook: Webhook,
    options: ClientOptions | None = None,
    *,
    on_call: Callable[[CallOutcome], None] | None = None,
    buckets: BucketRegistry = SHARED_BUCKETS,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ConnectionReport:
    """Call `profile` then `scope`; return the profile and scopes, or raise the client's CallError."""
    async with B24Client(webhook, options, buckets=buckets, transport=transport) as client:
        profile = await _call(client, "profile", on_call)
        scopes = await _call(client, "scope", on_call)
    return ConnectionReport(
        profile=profile if isinstance(profile, dict) else {},
        scopes=tuple(str(scope) for scope in scopes) if isinstance(scopes, list) else (),
    )
