"""The running app: the qasync loop that takes over once the first screen painted (ui/shell/first_screen.py),
loads what was saved, offers the sandbox, and shuts down in order."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from b24desk.core.errors import B24DeskError
from b24desk.ui.common.client_warmup import WARMUP, in_daemon_thread
from b24desk.ui.common.storage_worker import in_storage_thread
from b24desk.ui.shell import smoke_test
from b24desk.ui.shell.main_window import MainWindow
from b24desk.ui.shell.task_factory import install_task_factory

if TYPE_CHECKING:
    from b24desk.sandbox.on_demand import OnDemandSandbox
    from b24desk.storage.app_storage import AppStorage

SHUTDOWN_STEP_SECONDS = 3.0  # a stuck step (a server, the keyring) must not keep the app alive after close


def offer_sandbox(window: MainWindow) -> OnDemandSandbox | None:
    """Offer the built-in sandbox portal; it starts on the first call to it (its server, ~19 MiB, is not
    loaded before: the app opens on it without it), made in a daemon thread and served on this loop."""
    from b24desk.sandbox.on_demand import OnDemandSandbox

    def said(error: Exception) -> None:  # no free loopback port, or a start that failed: the app works without it
        message = QCoreApplication.translate("MainWindow", "The sandbox portal could not start: {error}")
        window.show_note(message.format(error=error))

    try:
        sandbox = OnDemandSandbox(off_loop=lambda make: in_daemon_thread(make, "b24desk-sandbox-start"))
    except OSError as error:
        said(error)
        return None
    sandbox.failed = said
    window.add_sandbox(sandbox.webhook_url, sandbox.offer())
    sandbox.watch()
    return sandbox


class FirstIntent(QObject):
    """Loads the client, and starts the sandbox when it is the selected portal, once: at the first edit of the
    request after start-up, or when the pointer or the keyboard first reaches Execute. The Execute that
    follows finds them ready; an untouched app keeps neither."""

    def __init__(self, window: MainWindow, sandbox: OnDemandSandbox | None) -> None:
        super().__init__(window)
        self.window = window
        self.sandbox = sandbox
        self.warmed = False
        window.open_request.changed.connect(self.warm)
        window.execute_button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.FocusIn):
            self.warm()
        return False

    def warm(self) -> None:
        """Set the loading going (once)."""
        if self.warmed:
            return
        self.warmed = True
        self.window.open_request.changed.disconnect(self.warm)
        self.window.execute_button.removeEventFilter(self)
        WARMUP.start()
        if self.sandbox is not None and self.window.is_sandbox(self.window.current_webhook()):
            self.sandbox.start_soon()


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
    sandbox: OnDemandSandbox | None = None

    async def main() -> None:
        nonlocal sandbox
        if window.built:  # what the build started (history, a collection's environment): on this loop now
            window.background.release(run=not closed.is_set())
        if not closed.is_set():  # closed first: the webhooks and the keyring are not needed
            await guarded(window.picker.load_saved())  # the Events tab's token: when it is first shown
        if not closed.is_set():
            sandbox = offer_sandbox(window)
            await asyncio.sleep(0)  # what selecting it queued; then only the person's edits count
            FirstIntent(window, sandbox)  # a child of the window: kept (and its Python filter) while it lives
        if smoke_test.requested() and not closed.is_set():  # the start-up's work over: report, then close
            await settled(window)
            smoke_test.report_idle(window)
        await closed.wait()
        # Each step of the shutdown is bounded: closing the window always ends the app within seconds.
        await bounded(window.shutdown())
        if sandbox is not None:
            await bounded(sandbox.stop())
        if storage is not None:
            await bounded(guarded(in_storage_thread(storage.end_session)))
        WARMUP.stop()

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
