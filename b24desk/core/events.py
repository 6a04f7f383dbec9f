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

from b24desk.core import json_codec
from b24desk.core.query import decode, encode, php_urlencode
from b24desk.core.secret import Secret, mask_text
from b24desk.core.secret_mask import mask_secrets, mask_secrets_bytes

__all__ = [
    "MAX_FIELDS",
    "ReceivedEvent",
    "answer_status",
    "decode_event_body",
    "from_json_line",
    "masked_body_text",
    "masked_form",
    "read_event",
    "refused_event",
    "replay_body",
    "to_json_line",
    "with_number",
]

TokenStatus = Literal["accepted", "rejected", "missing", "unchecked"]
Outcome = Literal["accepted", "unchecked", "rejected", "missing token", "malformed", "too large", "too many"]
TOKEN_KEY = "application_token"
# What is decoded at most before the token is checked: a portal event has a few dozen fields.
MAX_FIELDS = 1000  # PHP's default max_input_vars; past it PHP itself would drop the rest


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
    """The nested form of an event body and "" , or {} and why it is malformed.

    Bounded before anything is decoded: more than MAX_FIELDS fields (or JSON keys) is refused by a
    count of separators, so a forged body of 170,000 keys costs a scan, not a decode.
    """
    is_json = "json" in content_type.lower()
    separators = body.count(b":") if is_json else body.count(b"&")
    if separators >= MAX_FIELDS:
        return {}, f"more than {MAX_FIELDS} fields: not a Bitrix24 event"
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return {}, "the body is not UTF-8 text"
    if is_json:
        try:
            value = json_codec.loads(body)
        except json_codec.JSONLimitError:
            return {}, "the JSON nests too deep or holds a number too large"
        except json.JSONDecodeError as error:
            return {}, f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        if not isinstance(value, dict):
            return {}, "the JSON is not an object"
        if "event" not in value:
            return {}, "no 'event' field: this is not a Bitrix24 event"
        return value, ""
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


def _masked_value(value: Any) -> Any:
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {key: _masked_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_masked_value(item) for item in value]
    return value


def _tokens_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return [token for item in items for token in _tokens_in(item)]


def _masked_form(form: dict[str, Any]) -> dict[str, Any]:
    """The form with `auth[application_token]` masked in whatever shape it came (a string, `[]`, `[x]`)."""
    auth = form.get("auth")
    if isinstance(auth, dict) and TOKEN_KEY in auth:
        return {**form, "auth": {**auth, TOKEN_KEY: _masked_value(auth[TOKEN_KEY])}}
    return form


def masked_form(event: ReceivedEvent) -> dict[str, Any]:
    """The decoded form with `auth[application_token]` masked, for showing."""
    return _masked_form(event.form)


def masked_body_text(event: ReceivedEvent) -> str:
    """The raw body as text for showing, the application token masked wherever it appears."""
    text = event.body.decode("utf-8", errors="replace")
    auth = event.form.get("auth")
    tokens = _tokens_in(auth.get(TOKEN_KEY)) if isinstance(auth, dict) else []
    for token in tokens:
        if token:
            for form in {token, php_urlencode(token)}:
                text = text.replace(form, mask_text(token))
    return mask_secrets(text, tokens)


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
    auth = event.form.get("auth")
    tokens = _tokens_in(auth.get(TOKEN_KEY)) if isinstance(auth, dict) else []
    if body is None:
        record["body_base64"] = base64.b64encode(mask_secrets_bytes(event.body, tokens)).decode("ascii")
    return mask_secrets(json.dumps(record, ensure_ascii=False), tokens)


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
