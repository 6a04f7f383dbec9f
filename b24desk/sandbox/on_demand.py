"""The sandbox portal started by its first caller: its address at once, the server when a call comes.

The app offers the sandbox from its first screen without loading the server (starlette, uvicorn, the
methods and the seeded data: ~19 MiB and ~300 modules). A socket listens on the portal's port from the
start; the first connection to it starts the portal (made in a thread, off the loop; then served on
the loop), which accepts that connection and every one that came meanwhile: a call waits for the
start, it never fails because of it. Any caller counts: the app's Execute, or a snippet run in a
terminal with the sandbox's URL. What the portal offers (its scopes and methods) is known before it
runs (sandbox.method_list).

    sandbox = OnDemandSandbox(SandboxConfig())
    sandbox.webhook_url          # http://127.0.0.1:PORT/rest/1/SECRET/ (nothing runs yet)
    sandbox.watch()              # on the serving loop: the first connection starts the portal
    ...
    await sandbox.stop()         # stops it, or closes the socket when nothing came

The app offers it before its asyncio loop exists (ui/shell/loop_switch.py): `watch(came)` then calls
`came` from the watching thread at the first connection, and the app starts the portal on its loop.
asyncio is imported when a start needs it, not with this module.
"""

from __future__ import annotations

import contextlib
import dataclasses
import select
import socket
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from b24desk.sandbox import method_list
from b24desk.sandbox.auth import random_secret
from b24desk.sandbox.config import SandboxConfig
from b24desk.serving.listening_socket import listen_now

if TYPE_CHECKING:
    import asyncio

    from b24desk.sandbox.server import SandboxPortal

OffLoop = Callable[[Callable[[], "SandboxPortal"]], Awaitable["SandboxPortal"]]


def make_portal(config: SandboxConfig) -> SandboxPortal:
    """A portal ready to start (its server's modules imported, its data seeded): the slow part of a start,
    for a thread other than the loop's."""
    from b24desk.sandbox import server

    server.preload()  # else uvicorn imports its protocol classes on the loop when it starts
    return server.SandboxPortal(config)


class OnDemandSandbox:
    """A sandbox portal that starts when it is first called (or when `start_soon` is called)."""

    def __init__(self, config: SandboxConfig | None = None, *, off_loop: OffLoop | None = None) -> None:
        """`off_loop` runs the portal's making away from the loop (default: asyncio's worker threads)."""
        given = config or SandboxConfig()
        self.config = dataclasses.replace(given, secret=given.secret or random_secret())
        self._listening = listen_now(self.config.host, self.config.port)  # OSError: no port to listen on
        self.port: int = self._listening.getsockname()[1]
        self._off_loop = off_loop
        self._wake: tuple[socket.socket, socket.socket] | None = None  # wakes the watching thread
        self._starting: asyncio.Task[SandboxPortal] | None = None
        self.portal: SandboxPortal | None = None  # once started
        self.failed: Callable[[Exception], None] | None = None  # told when a start fails

    @property
    def webhook_url(self) -> str:
        """The demo webhook's base URL, `http://127.0.0.1:PORT/rest/1/SECRET/`, valid before the portal runs."""
        assert self.config.secret is not None
        return self.config.webhook_url(self.port, self.config.secret)

    def offer(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The demo webhook's scopes and the methods it may call, as the portal answers `scope` and `methods`."""
        return method_list.offered(self.config.scopes)

    @property
    def started(self) -> bool:
        """Whether a start was set going (by a connection or `start_soon`)."""
        return self._starting is not None

    def watch(self, came: Callable[[], None] | None = None) -> None:
        """Start the portal on the first connection to its port (without `came`: call on the loop that will
        serve it). `came`: called instead, from the watching thread (so it must be thread-safe, e.g. a Qt
        signal's emit), by a caller that starts the portal itself (`start_soon`) once its loop runs.

        A daemon thread waits for it with select() on the socket and a wake-up pair, without accepting it:
        the loop's own readers are not available on every loop (Windows' proactor has none)."""
        if self._starting is not None or self._wake is not None:
            return
        if came is None:
            import asyncio

            loop = asyncio.get_running_loop()

            def came() -> None:
                with contextlib.suppress(RuntimeError):  # the loop closed: nobody to serve
                    loop.call_soon_threadsafe(self.start_soon)

        told = came
        listening, wake = self._listening, socket.socketpair()
        self._wake = wake

        def wait() -> None:
            try:
                ready = select.select([listening, wake[0]], [], [])[0]
            except (OSError, ValueError):  # the socket closed meanwhile
                ready = []
            if listening in ready and wake[0] not in ready:
                told()
            for end in wake:
                end.close()

        threading.Thread(target=wait, name="b24desk-sandbox-watch", daemon=True).start()

    def _unwatch(self) -> None:
        wake, self._wake = self._wake, None
        if wake is not None:
            with contextlib.suppress(OSError):  # the thread ended already (a connection woke it)
                wake[1].send(b"\0")

    def start_soon(self) -> asyncio.Task[SandboxPortal]:
        """Start the portal (once) on the running loop; the task gives it once it serves."""
        if self._starting is None:
            import asyncio

            self._unwatch()
            self._starting = asyncio.ensure_future(self._start())
            self._starting.add_done_callback(lambda task: task.cancelled() or task.exception())  # said by `failed`
        return self._starting

    async def _start(self) -> SandboxPortal:
        config = self.config
        if self._off_loop is None:
            import asyncio

            self._off_loop = asyncio.to_thread
        try:
            portal = await self._off_loop(lambda: make_portal(config))
            await portal.start(self._listening)
        except Exception as error:
            self._listening.close()  # the calls waiting are refused now, not left hanging
            if self.failed is not None:
                self.failed(error)
            raise
        self.portal = portal
        return portal

    def close_unstarted(self) -> None:
        """Close the socket of a portal nothing started (no loop needed: the app closed before it ran one)."""
        if self._starting is None:
            self._unwatch()
            self._listening.close()

    async def stop(self) -> None:
        """Stop the portal (waiting for a start under way), or close its socket when nothing called it."""
        self._unwatch()
        if self._starting is not None:
            with contextlib.suppress(Exception):  # a failed start: said when it failed
                await self._starting
        if self.portal is not None:
            portal, self.portal = self.portal, None
            await portal.stop()
        self._listening.close()
