"""Outgoing webhooks: on matching changes the sandbox POSTs the event, form-encoded, to handler URLs.

api-reference/events/index.md and _includes/auth-params-in-events.md: the body is
`application/x-www-form-urlencoded` with PHP nested keys: `event`, `event_handler_id`, `data[...]`,
`ts`, and for an outgoing webhook `auth[domain]`, `auth[client_endpoint]`, `auth[server_endpoint]`,
`auth[member_id]`, `auth[application_token]` (no tokens). Delivery is not retried: a failed POST is
recorded and dropped, as the portal's queue does.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from b24desk.core.query import encode
from b24desk.sandbox.auth import random_secret

SERVER_ENDPOINT = "https://oauth.bitrix.info/rest/"  # the OAuth server named in event payloads


@dataclass(slots=True)
class EventHandler:
    """An outgoing webhook: handler URL, the events it wants and its application token."""

    handler_id: int
    events: frozenset[str]
    url: str
    application_token: str


@dataclass(slots=True)
class Delivery:
    """One POST made to a handler: what was sent and how it went."""

    event: str
    url: str
    form: dict[str, Any]
    status: int | None = None
    error: str | None = None


@dataclass
class EventBus:
    """Handlers by event; `emit` schedules the POSTs on the running loop and keeps a delivery log."""

    domain: str
    client_endpoint: str = ""
    loop: asyncio.AbstractEventLoop | None = None  # where POSTs run; set when the server starts
    handlers: list[EventHandler] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def member_id(self) -> str:
        """The portal's member id: 32 hex characters, stable for a domain."""
        return hashlib.md5(self.domain.encode(), usedforsecurity=False).hexdigest()

    def add_handler(
        self, events: list[str] | tuple[str, ...], url: str, application_token: str | None = None
    ) -> EventHandler:
        """Register a handler URL for events (names in any case); returns it with its token."""
        with self._lock:
            handler = EventHandler(
                handler_id=len(self.handlers) + 1,
                events=frozenset(name.strip().upper() for name in events if name.strip()),
                url=url,
                application_token=application_token or random_secret(32),
            )
            self.handlers.append(handler)
        return handler

    def payload(self, handler: EventHandler, event: str, data: dict[str, Any]) -> dict[str, Any]:
        """The form an event is sent as (before encoding)."""
        return {
            "event": event,
            "event_handler_id": str(handler.handler_id),
            "data": data,
            "ts": str(int(time.time())),
            "auth": {
                "domain": self.domain,
                "client_endpoint": self.client_endpoint,
                "server_endpoint": SERVER_ENDPOINT,
                "member_id": self.member_id,
                "application_token": handler.application_token,
            },
        }

    def emit(self, event: str, data: dict[str, Any]) -> None:
        """Send `event` to every handler that wants it (in the background, never blocking the call)."""
        event = event.upper()
        with self._lock:
            targets = [handler for handler in self.handlers if event in handler.events]
        if not targets:
            return
        for handler in targets:
            delivery = Delivery(event, handler.url, self.payload(handler, event, data))
            with self._lock:
                self.deliveries.append(delivery)
            if self.loop is None or self.loop.is_closed():  # methods run outside a server: log, do not send
                delivery.error = "not sent: the portal is not serving"
                continue
            # methods run on the portal's worker thread; the POST runs on the server's loop
            self.loop.call_soon_threadsafe(self._start_post, delivery)

    def _start_post(self, delivery: Delivery) -> None:
        task = asyncio.get_running_loop().create_task(self._post(delivery))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _post(self, delivery: Delivery) -> None:
        body = encode(delivery.form)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "User-Agent": "Bitrix24 Webhook Engine",
        }
        try:
            async with httpx.AsyncClient(timeout=10.0) as client:
                answer = await client.post(delivery.url, content=body.encode(), headers=headers)
            delivery.status = answer.status_code
        except httpx.HTTPError as error:
            delivery.error = f"{type(error).__name__}: {error}"

    async def drain(self, timeout: float = 5.0) -> None:
        """Wait (up to `timeout`) for the POSTs still under way."""
        pending = list(self._tasks)
        if pending:
            await asyncio.wait(pending, timeout=timeout)
