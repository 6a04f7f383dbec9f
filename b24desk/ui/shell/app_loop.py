"""The running app: the qasync loop that takes over once the first screen painted (ui/shell/first_screen.py),
warms up, loads what was saved, starts the sandbox, and shuts down in order."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import Awaitable
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from b24desk.core.errors import B24DeskError
from b24desk.ui.common.storage_worker import in_storage_thread
from b24desk.ui.shell import smoke_test
from b24desk.ui.shell.main_window import MainWindow
from b24desk.ui.shell.task_factory import install_task_factory

if TYPE_CHECKING:
    from b24desk.sandbox import SandboxPortal
    from b24desk.storage.app_storage import AppStorage

SHUTDOWN_STEP_SECONDS = 3.0  # a stuck step (a server, the keyring) must not keep the app alive after close
WARMUP_SWITCH_INTERVAL = 0.0005  # seconds the warm-up thread keeps the GIL when asked (Python's default: 0.005)
# what httpx loads for its first connection (httpx itself comes with the sandbox server), ~45 modules
CLIENT_INTERNALS = ("httpcore", "anyio._backends._asyncio")


class Warmup:
    """Import what the first Execute and the sandbox need, and load the TLS context, in a daemon thread.

    Started after the window shows, so neither start-up nor the first Execute waits for it; imports run
    Python code, which lets the UI thread take turns. Closing the window never waits for the imports
    (the thread is a daemon; it stops between steps once told); it waits only for a TLS load under way
    (OpenSSL's own work, tens of milliseconds), which must not meet the interpreter's exit.
    """

    def __init__(self) -> None:
        self.stopped = threading.Event()
        self.native_step = threading.Lock()  # held while OpenSSL loads the CA bundle

    def run(self) -> None:
        """The steps, in the calling thread; each looks whether the window closed first."""
        import importlib

        from b24desk.sandbox import server  # the package itself loads its server lazily

        if self.stopped.is_set():
            return
        server.preload()  # else uvicorn imports its protocol classes when the sandbox starts, on the UI thread
        for name in CLIENT_INTERNALS:  # else the first request imports them, on the UI thread
            if self.stopped.is_set():
                return
            importlib.import_module(name)
        if self.stopped.is_set():
            return
        from b24desk.core.client import default_ssl_context

        with self.native_step:
            if not self.stopped.is_set():
                default_ssl_context()

    async def until_done_or(self, closed: asyncio.Event) -> bool:
        """Run the steps in a daemon thread; True once done, False when `closed` came first (not waited for)."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()

        def report(error: Exception | None) -> None:
            if done.done():
                return
            if error is None:
                done.set_result(None)
            else:
                done.set_exception(error)

        def work() -> None:
            error: Exception | None = None
            try:
                self.run()
            except Exception as caught:  # shown by the awaiting coroutine, as any start-up failure
                error = caught
            with contextlib.suppress(RuntimeError):  # the loop closed already: nobody waits for the answer
                loop.call_soon_threadsafe(report, error)

        switch_interval = sys.getswitchinterval()
        # While the thread imports, the UI thread asks for the GIL between short steps (a paint, a
        # close): it gets it within WARMUP_SWITCH_INTERVAL instead of the default 5 ms per request.
        sys.setswitchinterval(WARMUP_SWITCH_INTERVAL)
        threading.Thread(target=work, name="b24desk-warmup", daemon=True).start()
        closing = asyncio.ensure_future(closed.wait())
        try:
            await asyncio.wait((done, closing), return_when=asyncio.FIRST_COMPLETED)
        finally:
            closing.cancel()
            if done.done():  # closing: the thread may still run until the exit
                sys.setswitchinterval(switch_interval)
        if not done.done():
            self.stop()
            return False
        done.result()
        return True

    def stop(self, seconds: float = SHUTDOWN_STEP_SECONDS) -> None:
        """Tell the thread to stop at its next step; wait (bounded) for a TLS load under way (an import
        under way runs on: the thread is a daemon)."""
        self.stopped.set()
        if self.native_step.acquire(timeout=seconds):
            self.native_step.release()


async def start_sandbox(window: MainWindow) -> SandboxPortal | None:
    """Start the built-in sandbox portal in this loop (after the window shows) and offer it."""
    from b24desk.sandbox import SandboxConfig, SandboxPortal  # starlette/uvicorn: not before the window

    portal = SandboxPortal(SandboxConfig())
    try:
        await portal.start()
    except OSError as error:  # no free loopback port: the app works without the demo
        message = QCoreApplication.translate("MainWindow", "The sandbox portal could not start: {error}")
        window.show_note(message.format(error=error))
        return None
    window.add_sandbox(portal.webhook_url)
    return portal


async def until_either(first: asyncio.Event, second: asyncio.Event, seconds: float | None = None) -> None:
    """Return once either event is set (or after `seconds`, when given)."""
    waits = [asyncio.ensure_future(first.wait()), asyncio.ensure_future(second.wait())]
    try:
        await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()


async def settled(window: MainWindow) -> None:
    """Return once the background work the start-up set going (the method list, the history) is over."""
    while pending := window.background.pending:
        await asyncio.gather(*pending, return_exceptions=True)
    await asyncio.sleep(0)  # what the last of them queued for the window


def run_loop(app: QApplication, window: MainWindow, storage: AppStorage | None, closed_already: bool) -> int:
    """Run the qasync loop until the window closes (the first screen is built and painted, or the window
    closed meanwhile: `closed_already`); return the exit status."""
    loop = qasync.QEventLoop(app)
    install_task_factory(loop)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    if closed_already:
        closed.set()
    window.closed.connect(closed.set)
    app.aboutToQuit.connect(window.close)  # the session ends: close in order, not mid-flight
    warmup = Warmup()

    async def main() -> None:
        if window.built:  # what the build started (history, a collection's environment): on this loop now
            window.background.release(run=not closed.is_set())
        # after the first screen's paint: its imports would take turns with it (a paint waited 0.1 s);
        # closed first: the webhooks and the keyring are not needed (the Events tab's token: on first show)
        if not closed.is_set() and await warmup.until_done_or(closed):
            await guarded(window.picker.load_saved())
        portal = await start_sandbox(window) if not closed.is_set() else None
        if smoke_test.requested() and not closed.is_set():  # the start-up's work over: report, then close
            await settled(window)
            smoke_test.report_idle(window)
        await closed.wait()
        # Each step of the shutdown is bounded: closing the window always ends the app within seconds.
        await bounded(window.shutdown())
        if portal is not None:
            await bounded(portal.stop())
        if storage is not None:
            await bounded(guarded(in_storage_thread(storage.end_session)))
        warmup.stop()

    async def bounded(work: Awaitable[None]) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(SHUTDOWN_STEP_SECONDS):
                await work

    async def guarded(work: Awaitable[None]) -> None:
        try:
            await work
        except B24DeskError as error:  # storage trouble is shown, never a crash
            window.show_message(str(error))

    with loop, contextlib.suppress(RuntimeError):  # Qt stopped the loop itself (session end): all closed already
        loop.run_until_complete(main())
    return 0
