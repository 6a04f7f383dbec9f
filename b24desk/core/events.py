"""Outgoing-webhook events as a receiver sees them: decode, verify the token, save, replay.

The portal POSTs `application/x-www-form-urlencoded` with PHP nested keys: `event`, `event_handler_id`,
`data[...]`, `ts`, `auth[domain]`, `auth[client_endpoint]`, `auth[server_endpoint]`, `auth[member_id]`,
`auth[application_token]` (bitrix24/b24restdocs: api-reference/events/index.md,
_includes/auth-params-in-events.md). The token is compared with the one the portal showed for the
outgoing webhook; no signature header exists (api-reference/events/safe-event-handlers.md).
"""

from __future__ import annotations

import base64
import hmac
import json
import time
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from b24desk.core.query import decode, encode, php_urlencode
from b24desk.core.secret import Secret, mask_text

TokenStatus = Literal["accepted", "rejected", "missing", "unchecked"]
Outcome = Literal["accepted", "unchecked", "rejected", "missing token", "malformed", "too large", "too many"]
TOKEN_KEY = "application_token"


@dataclass(frozen=True, slots=True)
class ReceivedEvent:
    """One POST that reached the receiver, decoded as far as it could be."""

    received_at: float
    source: str
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    form: dict[str, Any] = field(default_factory=dict)
    token_status: TokenStatus = "unchecked"
    malformed: str = ""  # why the body could not be read as an event, "" when it could
    number: int = 0
    answer: int = 0  # the HTTP status the receiver answered (200, 401, 400, 413, 429), 0 before it did

    @property
    def name(self) -> str:
        """The event name (`ONCRMLEADADD`), or "" when the body has none."""
        value = self.form.get("event")
        return value.upper() if isinstance(value, str) else ""

    @property
    def data(self) -> Any:
        """The event's `data` part (fields of the changed record)."""
        return self.form.get("data")

    @property
    def accepted(self) -> bool:
        """Whether the token matched (or no token was configured to check)."""
        return self.token_status in ("accepted", "unchecked") and not self.malformed

    @property
    def outcome(self) -> Outcome:
        """One word for lists: accepted, unchecked, rejected, missing token, malformed, too large, too many."""
        if self.answer == 413:
            return "too large"
        if self.answer == 429:
            return "too many"
        if self.malformed:
            return "malformed"
        return "missing token" if self.token_status == "missing" else self.token_status


def received_token(form: dict[str, Any]) -> str | None:
    """The `auth[application_token]` the sender gave, if any."""
    auth = form.get("auth")
    token = auth.get(TOKEN_KEY) if isinstance(auth, dict) else None
    return token if isinstance(token, str) else None


def check_token(expected: Secret | None, form: dict[str, Any]) -> TokenStatus:
    """Compare the sender's application token with the expected one in constant time."""
    if expected is None or not expected:
        return "unchecked"
    token = received_token(form)
    if token is None:
        return "missing"
    return "accepted" if hmac.compare_digest(token.encode(), expected.reveal().encode()) else "rejected"


def decode_event_body(body: bytes, content_type: str) -> tuple[dict[str, Any], str]:
    """The nested form of an event body and "" , or {} and why it is malformed."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return {}, "the body is not UTF-8 text"
    if "json" in content_type.lower():
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            return {}, f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        return (value, "") if isinstance(value, dict) else ({}, "the JSON is not an object")
    if not text.strip():
        return {}, "the body is empty"
    form: dict[str, Any] = dict(decode(text))
    if "event" not in form:
        return form, "no 'event' field: this is not a Bitrix24 event"
    return form, ""


def read_event(
    *,
    body: bytes,
    content_type: str,
    expected_token: Secret | None,
    source: str = "",
    method: str = "POST",
    path: str = "/",
    headers: dict[str, str] | None = None,
    number: int = 0,
    received_at: float | None = None,
) -> ReceivedEvent:
    """Decode and verify one received POST."""
    form, malformed = decode_event_body(body, content_type)
    status = check_token(expected_token, form) if not malformed else "unchecked"
    return ReceivedEvent(
        received_at=time.time() if received_at is None else received_at,
        source=source,
        method=method,
        path=path,
        headers=dict(headers or {}),
        body=body,
        form=form,
        token_status=status,
        malformed=malformed,
        number=number,
    )


def answer_status(event: ReceivedEvent) -> int:
    """The HTTP status a receiver answers for a read event: 200, 401 for a bad token, 400 when malformed."""
    if event.malformed:
        return 400
    return 200 if event.accepted else 401


def refused_event(
    *,
    reason: str,
    answer: int,
    source: str = "",
    method: str = "POST",
    path: str = "/",
    headers: dict[str, str] | None = None,
    body: bytes = b"",
    received_at: float | None = None,
) -> ReceivedEvent:
    """A request the receiver refused before decoding it (too large: 413, too many: 429, not POST: 405)."""
    return ReceivedEvent(
        received_at=time.time() if received_at is None else received_at,
        source=source,
        method=method,
        path=path,
        headers=dict(headers or {}),
        body=body,
        malformed=reason,
        answer=answer,
    )


def _masked_form(form: dict[str, Any]) -> dict[str, Any]:
    auth = form.get("auth")
    if isinstance(auth, dict) and isinstance(auth.get(TOKEN_KEY), str):
        return {**form, "auth": {**auth, TOKEN_KEY: mask_text(auth[TOKEN_KEY])}}
    return form


def masked_form(event: ReceivedEvent) -> dict[str, Any]:
    """The decoded form with `auth[application_token]` masked, for showing."""
    return _masked_form(event.form)


def masked_body_text(event: ReceivedEvent) -> str:
    """The raw body as text for showing, the application token masked wherever it appears."""
    text = event.body.decode("utf-8", errors="replace")
    token = received_token(event.form)
    if token:
        for form in {token, php_urlencode(token)}:
            text = text.replace(form, mask_text(token))
    return text


def to_json_line(event: ReceivedEvent) -> str:
    """One JSON line for an event, its application token masked (a saved file holds no token)."""
    form = _masked_form(event.form)
    body = encode(form) if event.form and not event.malformed else None
    record: dict[str, Any] = {
        "received_at": event.received_at,
        "source": event.source,
        "method": event.method,
        "path": event.path,
        "headers": {k: v for k, v in event.headers.items() if k.lower() not in ("authorization", "cookie")},
        "event": event.name,
        "token_status": event.token_status,
        "malformed": event.malformed,
        "answer": event.answer,
        "form": form,
    }
    if body is None:
        record["body_base64"] = base64.b64encode(event.body).decode("ascii")
    return json.dumps(record, ensure_ascii=False)


def from_json_line(line: str) -> ReceivedEvent:
    """Read back an event saved by `to_json_line`."""
    record = json.loads(line)
    form = record.get("form") or {}
    body = base64.b64decode(record["body_base64"]) if "body_base64" in record else encode(form).encode()
    return ReceivedEvent(
        received_at=float(record.get("received_at", 0.0)),
        source=str(record.get("source", "")),
        method=str(record.get("method", "POST")),
        path=str(record.get("path", "/")),
        headers=dict(record.get("headers") or {}),
        body=body,
        form=form,
        token_status=record.get("token_status", "unchecked"),
        malformed=str(record.get("malformed", "")),
        answer=int(record.get("answer", 0)),
    )


def replay_body(event: ReceivedEvent, token: Secret | None = None) -> bytes:
    """The body to send when replaying an event; with `token`, the application token is set to it."""
    if not event.form or event.malformed:
        return event.body
    form = event.form
    if token is not None:
        auth = form.get("auth")
        form = {**form, "auth": {**(auth if isinstance(auth, dict) else {}), TOKEN_KEY: token.reveal()}}
    return encode(form).encode()


def with_number(event: ReceivedEvent, number: int) -> ReceivedEvent:
    """The same event numbered in arrival order."""
    return replace(event, number=number)
