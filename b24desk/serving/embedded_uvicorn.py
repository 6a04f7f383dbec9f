"""uvicorn inside the caller's running loop: bind (a free port by default), serve from a task, stop in order.

The caller owns the loop and its signals (the app's qasync loop, a test's loop, the CLI's
`asyncio.run`), so uvicorn installs no signal handlers. Access logs are off: a request line can hold
a webhook secret or an application token.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Callable, Generator
from typing import Any

import uvicorn
from uvicorn.config import InterfaceType

from b24desk.serving.listening_socket import bind_socket

TICK_SECONDS = 0.1  # uvicorn's main loop looks at should_exit (and refreshes the Date header) this often
SETTLE_POLL_SECONDS = 0.005


class _HostedServer(uvicorn.Server):
    """A uvicorn server that leaves signal handling to its host and stops as soon as it is told.

    uvicorn notices a stop at its next tick (up to 0.1 s) and then pauses 0.1 s for the connections it
    told to close; here `wake` ends the tick at once and the pause lasts only while a connection is open.
    A closing app waited ~150 ms for its sandbox portal this way.
    """

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.woken = asyncio.Event()

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None]:
        yield

    def wake(self) -> None:
        """Have the main loop look at should_exit now."""
        self.woken.set()

    async def main_loop(self) -> None:
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.woken.wait(), TICK_SECONDS)
            should_exit = await self.on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:  # no new connections
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):  # idle ones close, busy ones after their answer
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + TICK_SECONDS
        while self.server_state.connections and loop.time() < deadline:
            await asyncio.sleep(SETTLE_POLL_SECONDS)
        try:
            await asyncio.wait_for(self._wait_tasks_to_complete(), timeout=self.config.timeout_graceful_shutdown)
        except TimeoutError:
            for task in self.server_state.tasks:
                task.cancel(msg="Task cancelled, timeout graceful shutdown exceeded")
        if not self.force_exit:
            await self.lifespan.shutdown()


def preload_protocols() -> None:
    """Import the modules uvicorn loads when a server first starts (its HTTP protocol, h11, and its
    WebSocket and lifespan classes), so a host can do it in another thread: the app's sandbox starts on
    the UI thread, where this import held the window 40-60 ms."""
    from uvicorn.config import HTTP_PROTOCOLS, LIFESPAN, WS_PROTOCOLS
    from uvicorn.importer import import_from_string

    for target in (HTTP_PROTOCOLS["auto"], WS_PROTOCOLS["auto"], LIFESPAN["off"]):
        import_from_string(target)


class EmbeddedServer:
    """One ASGI app served by uvicorn from a task of the running loop."""

    def __init__(
        self,
        app: Callable[..., Any],
        host: str,
        port: int = 0,
        *,
        graceful_seconds: int = 1,
        limit_concurrency: int | None = None,
        interface: InterfaceType = "auto",
        ssl_certfile: str | None = None,
        ssl_keyfile: str | None = None,
    ) -> None:
        self.app = app
        self.host = host
        self.port = port  # the bound port once started (a free one when 0 was asked for)
        self.graceful_seconds = graceful_seconds
        self.limit_concurrency = limit_concurrency
        self.interface: InterfaceType = interface
        self.ssl_certfile = ssl_certfile  # HTTPS when both are given (PEM files)
        self.ssl_keyfile = ssl_keyfile
        self._socket: socket.socket | None = None
        self._server: _HostedServer | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        """Whether the server is serving."""
        return self._task is not None and not self._task.done()

    def bind(self, bound: socket.socket | None = None) -> int:
        """Bind the socket now, before serving (`start` binds when this was not called), or serve on `bound`
        (a socket the caller bound, perhaps listening already: connections waiting on it are served once
        started); return the port."""
        if bound is not None and self._socket is None:
            self._socket = bound
            self.port = bound.getsockname()[1]
        elif self._socket is None:
            self._socket = bind_socket(self.host, self.port)
            self.port = self._socket.getsockname()[1]
        return self.port

    async def start(self) -> None:
        """Bind (unless bound) and serve on the running loop; return once it accepts (OSError when it cannot)."""
        self.bind()
        sock, self._socket = self._socket, None
        assert sock is not None
        try:
            config = uvicorn.Config(
                self.app,
                log_level="warning",
                access_log=False,
                lifespan="off",
                timeout_graceful_shutdown=self.graceful_seconds,
                limit_concurrency=self.limit_concurrency,
                interface=self.interface,
                ssl_certfile=self.ssl_certfile,
                ssl_keyfile=self.ssl_keyfile,
            )
            self._server = _HostedServer(config)
            self._task = asyncio.get_running_loop().create_task(self._server.serve(sockets=[sock]))
            while not self._server.started:
                if self._task.done():
                    self._task.result()  # raises what stopped the server
                    raise OSError(f"the server on {self.host}:{self.port} stopped while starting")
                await asyncio.sleep(0.01)
        except BaseException:
            if self._task is not None and not self._task.done():
                self._task.cancel()
            sock.close()
            self._server = self._task = None
            raise

    def request_stop(self) -> None:
        """Ask the server to stop soon (safe from a signal handler on the loop)."""
        if self._server is not None:
            self._server.should_exit = True
            self._server.wake()

    async def wait_closed(self) -> None:
        """Serve until the server stops (after `request_stop`)."""
        if self._task is not None:
            await self._task

    async def stop(self) -> None:
        """Stop serving without waiting for idle keep-alive connections."""
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            self._server.force_exit = True
            self._server.wake()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._server = self._task = None
