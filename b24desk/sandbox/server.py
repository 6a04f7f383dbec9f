"""The sandbox's HTTP server: uvicorn serving the portal inside a running asyncio loop, or in a thread.

`async with SandboxPortal(config) as portal:` starts it on the current loop (the app's, a test's) and
stops it cleanly; `run_in_thread(config)` gives a started portal on a loop of its own for code that is
not async. The embedding itself (socket, uvicorn, stop) is b24desk.serving's, shared with the receiver.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from secrets import token_urlsafe
from types import TracebackType
from typing import TYPE_CHECKING, Self

from b24desk.core.secret import Secret
from b24desk.sandbox.app import build_app
from b24desk.sandbox.auth import SandboxWebhook
from b24desk.sandbox.config import SandboxConfig
from b24desk.sandbox.events import EventHandler
from b24desk.sandbox.faults import Faults
from b24desk.sandbox.portal import PortalCore
from b24desk.sandbox.stats import Stats
from b24desk.sandbox.store import Store
from b24desk.serving.embedded_uvicorn import EmbeddedServer, preload_protocols
from b24desk.serving.local_guard import LocalGuard

if TYPE_CHECKING:
    from b24desk.sandbox.tls import TlsFiles

CONTROL_PATHS = ("/sandbox/faults", "/sandbox/events")


def preload() -> None:
    """Import now what a portal's first start imports (uvicorn's protocol classes), for a host that starts
    it on a thread that must stay responsive: the app's UI thread."""
    preload_protocols()


class SandboxPortal:
    """A running sandbox portal: the HTTP server plus the Python API over its parts."""

    def __init__(self, config: SandboxConfig | None = None, *, methods_on_loop: bool = False) -> None:
        """`methods_on_loop`: the loop serves nothing but this portal (a process or thread of its own), so
        methods run on it; otherwise (the app's UI loop, a test's) on a worker thread, off the loop."""
        self.config = config or SandboxConfig()
        self.core = PortalCore(self.config, methods_on_loop=methods_on_loop)
        self._server: EmbeddedServer | None = None
        self.port: int = 0
        # the per-run token the control endpoints (/sandbox/faults, /sandbox/events) require
        self.control_token = Secret(token_urlsafe(24))
        self.tls: TlsFiles | None = None  # set on start when config.tls_dir asks for HTTPS

    # The Python API the client, the GUI and the tests rely on.
    @property
    def scheme(self) -> str:
        """`https` when the portal serves TLS (config.tls_dir), else `http`."""
        return "https" if self.config.tls_dir is not None else "http"

    @property
    def base_url(self) -> str:
        """`http(s)://HOST:PORT` of the running portal."""
        return self.config.base_url(self.port)

    @property
    def ca_file(self) -> Path | None:
        """The local CA certificate a client must trust for HTTPS (None on plain HTTP)."""
        return self.tls.ca_certificate if self.tls is not None else None

    @property
    def webhook_url(self) -> str:
        """The demo webhook's base URL, `http(s)://127.0.0.1:PORT/rest/1/SECRET/` (the secret in full)."""
        return self.config.webhook_url(self.port, self.core.demo_secret)

    @property
    def control_headers(self) -> dict[str, str]:
        """The header the control endpoints (/sandbox/faults, /sandbox/events) require, token revealed."""
        return {"X-B24desk-Token": self.control_token.reveal()}

    @property
    def faults(self) -> Faults:
        """Fault injection (delays, error pages, truncated JSON, drops, forced limits)."""
        return self.core.faults

    @property
    def stats(self) -> Stats:
        """Request statistics."""
        return self.core.stats

    @property
    def store(self) -> Store:
        """The portal's data."""
        return self.core.store

    def add_webhook(self, user_id: int, secret: str, scopes: tuple[str, ...] | list[str]) -> SandboxWebhook:
        """Accept another incoming webhook with these scopes."""
        return self.core.add_webhook(user_id, secret, scopes)

    def add_event_handler(
        self, events: list[str] | tuple[str, ...], url: str, application_token: str | None = None
    ) -> EventHandler:
        """Add an outgoing webhook (handler URL, events, application token)."""
        return self.core.add_event_handler(events, url, application_token)

    # Life cycle
    async def start(self, listening: socket.socket | None = None) -> None:
        """Bind (or take `listening`, bound by the caller: the connections waiting on it are served) and
        start serving on the running loop; returns once the port is open."""
        app = LocalGuard(
            build_app(self.core),
            bound_host=self.config.host,
            control_paths=CONTROL_PATHS,
            control_token=self.control_token.reveal(),
        )
        try:
            if self.config.tls_dir is not None:
                from b24desk.sandbox.tls import ensure_certificate  # cryptography: only for HTTPS (6 MiB, 30 ms)

                self.tls = ensure_certificate(self.config.tls_dir, (self.config.host,))
            server = EmbeddedServer(
                app,
                self.config.host,
                self.config.port,
                graceful_seconds=2,
                ssl_certfile=str(self.tls.certificate) if self.tls else None,
                ssl_keyfile=str(self.tls.private_key) if self.tls else None,
            )
            self.port = server.bind(listening)
            self.core.events.client_endpoint = f"{self.base_url}/rest/"  # known before the first call
            self.core.events.loop = asyncio.get_running_loop()
            await server.start()
        except BaseException:
            self.core.close()
            raise
        self._server = server

    def request_stop(self) -> None:
        """Ask the server to stop soon (safe to call from a signal handler on the loop)."""
        if self._server is not None:
            self._server.request_stop()

    async def wait_closed(self) -> None:
        """Serve until the server stops (after `request_stop`)."""
        if self._server is not None:
            await self._server.wait_closed()

    async def stop(self) -> None:
        """Stop serving, let event deliveries finish, release the data file."""
        if self._server is not None:
            await self._server.stop()  # a sandbox need not wait for idle keep-alive connections
        await self.core.events.drain()
        self.core.close()
        self._server = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()


@contextlib.contextmanager
def run_in_thread(config: SandboxConfig | None = None) -> Iterator[SandboxPortal]:
    """A started portal on its own loop in a background thread; stopped when the block ends."""
    portal = SandboxPortal(config, methods_on_loop=True)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop: asyncio.Event | None = None
    failure: list[BaseException] = []

    async def main() -> None:
        nonlocal stop
        stop = asyncio.Event()
        try:
            await portal.start()
        except BaseException as error:
            failure.append(error)
            ready.set()
            return
        ready.set()
        await stop.wait()
        await portal.stop()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), name="b24desk-sandbox", daemon=True)
    thread.start()
    ready.wait(30)
    if failure:
        thread.join()
        loop.close()
        raise failure[0]
    try:
        yield portal
    finally:
        if stop is not None:
            loop.call_soon_threadsafe(stop.set)
        thread.join(30)
        loop.close()
