"""Test connection: call `profile` and `scope` with a webhook and report the user and the scopes.

A small synchronous httpx call, so that the CLI's `webhooks test` and the storage's "scopes last
seen" work before the async client exists; the client can later take over `check_connection` behind
the same signature. Each call is reported to `on_call` (for the request history) before any error is
raised. Messages never contain the secret.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from b24desk.core.errors import B24DeskError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.webhook import Webhook, build_call_url, mask_secrets_in

_CTX = "connection"
_MSG = {
    "INVALID_CREDENTIALS": QT_TRANSLATE_NOOP(
        "connection",
        "The portal refused the webhook (INVALID_CREDENTIALS): its secret was regenerated, or the webhook "
        "was blocked because its secret was found in public. Copy the new URL from Developer resources > "
        "Integrations > the webhook > Edit and update the secret (b24desk webhooks rotate NAME NEW_URL).",
    ),
    "portal": QT_TRANSLATE_NOOP("connection", "The portal answered {method} with {code}: {description}"),
    "http": QT_TRANSLATE_NOOP(
        "connection",
        "The portal answered {method} with HTTP {status} and no Bitrix24 error; is {portal} a Bitrix24 portal?",
    ),
    "network": QT_TRANSLATE_NOOP("connection", "Could not reach {portal}: {reason}."),
}


class ConnectionCheckError(B24DeskError):
    """Test connection failed: the portal's error code (or NETWORK_ERROR / HTTP_nnn) and HTTP status."""

    def __init__(self, message: str, *, code: str, http_status: int | None) -> None:
        super().__init__(message)
        self.code = code
        self.http_status = http_status


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


def _masked(text: str, webhook: Webhook) -> str:
    raw = webhook.secret.reveal()
    return mask_secrets_in(text.replace(raw, webhook.secret.masked()) if raw else text)


def _call(client: httpx.Client, webhook: Webhook, method: str, on_call: Callable[[CallOutcome], None] | None) -> Any:
    started, clock = datetime.now(UTC), time.perf_counter()
    status: int | None = None
    code: str | None = None
    try:
        try:
            response = client.get(build_call_url(webhook, method, reveal=True))
        except httpx.HTTPError as error:
            code = "NETWORK_ERROR"
            reason = _masked(str(error) or type(error).__name__, webhook)
            message = translate(_CTX, _MSG["network"]).format(portal=webhook.portal.url, reason=reason)
            raise ConnectionCheckError(message, code=code, http_status=None) from None
        status = response.status_code
        try:
            data = response.json()
        except ValueError:
            data = None
        if isinstance(data, dict) and "error" in data:
            code = str(data["error"])
            if code in _MSG:
                message = translate(_CTX, _MSG[code])
            else:
                description = _masked(str(data.get("error_description", "")), webhook)
                message = translate(_CTX, _MSG["portal"]).format(method=method, code=code, description=description)
            raise ConnectionCheckError(message, code=code, http_status=status)
        if status >= 400 or not isinstance(data, dict) or "result" not in data:
            code = f"HTTP_{status}"
            message = translate(_CTX, _MSG["http"]).format(method=method, status=status, portal=webhook.portal.url)
            raise ConnectionCheckError(message, code=code, http_status=status)
        return data["result"]
    finally:
        if on_call is not None:
            duration = (time.perf_counter() - clock) * 1000
            on_call(CallOutcome(method, status, code, duration, started))


def check_connection(
    webhook: Webhook,
    *,
    timeout: float = 15.0,
    on_call: Callable[[CallOutcome], None] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> ConnectionReport:
    """Call `profile` then `scope`; return the profile and scopes, or raise ConnectionCheckError."""
    with httpx.Client(timeout=timeout, transport=transport, follow_redirects=False) as client:
        profile = _call(client, webhook, "profile", on_call)
        scopes = _call(client, webhook, "scope", on_call)
    return ConnectionReport(
        profile=profile if isinstance(profile, dict) else {},
        scopes=tuple(str(scope) for scope in scopes) if isinstance(scopes, list) else (),
    )
