"""Start the desktop app: QApplication, the qasync event loop and the main window."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Awaitable
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from b24desk import __version__
from b24desk.about import icon_files
from b24desk.core.errors import B24DeskError
from b24desk.core.i18n import set_translator
from b24desk.ui import smoke_test
from b24desk.ui.main_window import MainWindow
from b24desk.ui.storage_worker import in_storage_thread
from b24desk.ui.translations import app_language, install_app_translators

if TYPE_CHECKING:
    from b24desk.sandbox import SandboxPortal
    from b24desk.storage.app_storage import AppStorage


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it (with b24desk's names) when needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("b24desk")
    app.setOrganizationName("b24desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("b24desk")  # Wayland matches the window to the menu entry by this name
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    app.setWindowIcon(icon)
    use_language(app, app_language())
    set_translator(QApplication.translate)
    return app


_translators: list[QTranslator] = []


def use_language(app: QApplication, language: str | None) -> None:
    """Translate the interface into `language` (None: English) from now on; widgets built later show it."""
    while _translators:
        app.removeTranslator(_translators.pop())
    _translators.extend(install_app_translators(app, language))


def close_on_signals(window: MainWindow) -> QTimer:
    """Close the window (so everything shuts down in order) on SIGTERM/SIGINT, e.g. at logout.

    Python runs signal handlers only when it gets control; the returned timer gives it that every
    quarter second while Qt waits for events. Keep a reference to it.
    """

    def handler(signum: int, frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, handler)
    wake = QTimer(window)
    wake.start(250)
    wake.timeout.connect(lambda: None)
    return wake


def open_storage() -> tuple[AppStorage | None, str]:
    """The saved webhooks, settings and history; (None, why) when the storage cannot be opened."""
    from b24desk.storage.app_storage import AppStorage

    try:
        return AppStorage.open(), ""
    except B24DeskError as error:
        return None, str(error)


def preload() -> None:
    """Import what the first Execute and the sandbox need, and load the TLS context (in a worker thread).

    Done after the window shows, so neither start-up nor the first Execute waits for it; imports run
    Python code, which lets the UI thread take turns.
    """
    import b24desk.sandbox
    from b24desk.core.client import default_ssl_context

    default_ssl_context()
    del b24desk.sandbox


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


def run_app() -> int:
    """Show the main window and run the qasync loop until it closes; return the exit status."""
    app = create_application()
    app.setQuitOnLastWindowClosed(False)  # the window's `closed` ends the loop, after an orderly shutdown
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    storage, storage_problem = open_storage()
    window = MainWindow(storage=storage)
    if storage_problem:
        window.show_message(storage_problem)
    window.closed.connect(closed.set)
    app.aboutToQuit.connect(window.close)  # the session ends: close in order, not mid-flight
    close_on_signals(window)
    window.show()
    if smoke_test.requested():  # installer tests and the startup benchmark: report the shown window, close it
        smoke_test.report_when_shown(window)

    async def main() -> None:
        await asyncio.to_thread(preload)
        await guarded(window.picker.load_saved())
        await window.load_event_token()
        portal = await start_sandbox(window)
        await closed.wait()
        await window.shutdown()
        if portal is not None:
            await portal.stop()
        if storage is not None:
            await guarded(in_storage_thread(storage.end_session))

    async def guarded(work: Awaitable[None]) -> None:
        try:
            await work
        except B24DeskError as error:  # storage trouble is shown, never a crash
            window.show_message(str(error))

    with loop, contextlib.suppress(RuntimeError):  # Qt stopped the loop itself (session end): all closed already
        loop.run_until_complete(main())
    return 0
