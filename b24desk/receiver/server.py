"""The receiver's HTTP server: a bare ASGI app under uvicorn (b24desk.serving), embedded in the running loop.

Every request is recorded as a ReceivedEvent and answered at once: 200 `{"ok": true}` when accepted,
401 when the application token does not match (or is missing while one is set), 400 when the body is
not an event, 413 past the body cap (the body is not read further), 429 past the per-source rate cap,
405 for anything but POST. The portal does not retry (bitrix24/b24restdocs api-reference/events/
index.md), so the answer is quick and nothing the receiver does can fail the request silently.
Access logs are off: a request line could hold a token.

Forged posts cost little: a body is refused by a count of its fields before it is decoded (see
`b24desk.core.events.MAX_FIELDS`), and of a refused request nothing is kept but the fact (outcome,
source, time) and a count by status, so a flood of 1 MiB posts neither grows memory nor the output.
"""

from __future__ import annotations

import json
import logging
import socket
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from types import TracebackType
from typing import Any, Self

from b24desk.core.events import ReceivedEvent, answer_status, read_event, refused_event, with_number
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.secret import Secret
from b24desk.receiver.config import DEFAULT_HOST, DEFAULT_KEEP, DEFAULT_MAX_BODY, DEFAULT_MAX_RATE, DEFAULT_PORT
from b24desk.receiver.limits import SourceRateLimit
from b24desk.serving.embedded_uvicorn import EmbeddedServer
from b24desk.serving.local_guard import LocalGuard

Subscriber = Callable[[ReceivedEvent], None]
_CTX = "receiver"
_MSG_TOO_LARGE = QT_TRANSLATE_NOOP(_CTX, "too large: the body is over {limit} bytes")
_MSG_TOO_MANY = QT_TRANSLATE_NOOP(_CTX, "too many requests from this address (over {rate:g} a second)")
_MSG_NOT_POST = QT_TRANSLATE_NOOP(_CTX, "method {method}: events are POSTed")
_MSG_BROKEN = QT_TRANSLATE_NOOP(_CTX, "the request could not be read: {reason}")

log = logging.getLogger(__name__)
_REASONS = {200: b"ok", 400: b"malformed", 401: b"rejected", 405: b"not POST", 413: b"too large", 429: b"too many"}


def _outward_address() -> str:
    """This computer's address on its main network (no packet is sent), for an all-interfaces bind."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            address: str = probe.getsockname()[0]
        except OSError:
            address = "127.0.0.1"
    return address


class _TooLarge(Exception):
    pass


class EventReceiver:
    """A running (or ready) event receiver: limits, the recorded events and their subscribers."""

    def __init__(
        self,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        token: Secret | None = None,
        max_body: int = DEFAULT_MAX_BODY,
        max_rate: float = DEFAULT_MAX_RATE,
        keep: int = DEFAULT_KEEP,
        allowed_hosts: tuple[str, ...] = (),
    ) -> None:
        self.host = host
        self.allowed_hosts = allowed_hosts  # Host names besides loopback and the bound address (a tunnel's)
        self.port = port
        self.token = token
        self.max_body = max_body
        self.max_rate = max_rate
        self.events: deque[ReceivedEvent] = deque(maxlen=keep)
        self.counts: dict[int, int] = {}  # answers given, by HTTP status
        self._limit = SourceRateLimit(max_rate)
        self._subscribers: list[Subscriber] = []
        self._number = 0
        self._server: EmbeddedServer | None = None

    # -- what the UI and CLI use ---------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether the server is serving."""
        return self._server is not None and self._server.running

    @property
    def handler_url(self) -> str:
        """The URL to give the portal: `http://HOST:PORT/` (this computer's address for an all-interfaces bind)."""
        host = self.host
        if host in ("0.0.0.0", "::", ""):
            host = _outward_address()
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}/"

    def set_token(self, token: Secret | None) -> None:
        """Check events against another application token from now on (None or empty: unchecked)."""
        self.token = token if token else None

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call `subscriber(event)` on the loop for each request as it is recorded; returns the unsubscribe."""
        self._subscribers.append(subscriber)
        return lambda: self._subscribers.remove(subscriber) if subscriber in self._subscribers else None

    def clear(self) -> None:
        """Forget the recorded events."""
        self.events.clear()

    # -- life cycle -----------------------------------------------------------------------------
    async def start(self) -> None:
        """Bind and start serving on the running loop; returns once the port is open (OSError if it cannot)."""
        guarded = LocalGuard(self._asgi, bound_host=self.host, allowed_hosts=self.allowed_hosts)
        server = EmbeddedServer(guarded, self.host, self.port, limit_concurrency=200, interface="asgi3")
        await server.start()
        self._server, self.port = server, server.port

    async def stop(self) -> None:
        """Stop serving (idle keep-alive connections are not waited for)."""
        if self._server is not None:
            await self._server.stop()
        self._server = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # -- the ASGI app -----------------------------------------------------------------------------
    async def _asgi(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        try:
            event = await self._read(scope, receive)
        except Exception as error:  # never let a request take the listener down
            log.exception("event receiver: request failed")
            event = refused_event(reason=translate(_CTX, _MSG_BROKEN).format(reason=error), answer=400)
        self._record(event)
        body = json.dumps({"ok": event.answer == 200, "status": _REASONS.get(event.answer, b"").decode()}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": event.answer,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def _read(self, scope: dict[str, Any], receive: Any) -> ReceivedEvent:
        client = scope.get("client") or ("", 0)
        source = f"{client[0]}:{client[1]}" if client[0] else ""
        headers = {k.decode("latin-1").title(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        method = str(scope.get("method", "POST"))
        path = str(scope.get("path", "/"))
        common: dict[str, Any] = {"source": source, "method": method, "path": path, "headers": headers}
        if not self._limit.allow(str(client[0])):
            return refused_event(reason=translate(_CTX, _MSG_TOO_MANY).format(rate=self.max_rate), answer=429, **common)
        if method != "POST":
            return refused_event(reason=translate(_CTX, _MSG_NOT_POST).format(method=method), answer=405, **common)
        too_large = refused_event(
            reason=translate(_CTX, _MSG_TOO_LARGE).format(limit=self.max_body), answer=413, **common
        )
        length = headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.max_body:
            return too_large
        try:
            body = await self._body(receive)
        except _TooLarge:
            return too_large
        event = read_event(
            body=body,
            content_type=headers.get("Content-Type", ""),
            expected_token=self.token,
            **common,
        )
        return replace(event, answer=answer_status(event))

    async def _body(self, receive: Any) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise _TooLarge()
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _record(self, event: ReceivedEvent) -> None:
        self._number += 1
        event = with_number(event, self._number)
        if event.answer != 200:  # a refused request keeps only what happened: no body, data or headers
            name = {"event": event.name[:100]} if event.name else {}
            event = replace(event, body=b"", form=name, headers={})
        self.events.append(event)
        self.counts[event.answer] = self.counts.get(event.answer, 0) + 1
        for subscriber in list(self._subscribers):
            try:
                subscriber(event)
            except Exception:  # a subscriber's bug must not lose the event for the others
                log.exception("event receiver: a subscriber failed")
