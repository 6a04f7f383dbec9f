"""Start the desktop app: QApplication, the qasync event loop and the main window."""

from __future__ import annotations

import asyncio
import sys
from typing import TYPE_CHECKING

import qasync
from PySide6.QtWidgets import QApplication

from b24desk import __version__
from b24desk.core.i18n import set_translator
from b24desk.ui import smoke_test
from b24desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from b24desk.sandbox import SandboxPortal


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it (with b24desk's names) when needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("b24desk")
    app.setOrganizationName("b24desk")
    app.setApplicationVersion(__version__)
    set_translator(QApplication.translate)
    return app


async def start_sandbox(window: MainWindow) -> SandboxPortal | None:
    """Start the built-in sandbox portal in this loop (after the window shows) and offer it."""
    from b24desk.sandbox import SandboxConfig, SandboxPortal  # starlette/uvicorn: not before the window

    portal = SandboxPortal(SandboxConfig())
    try:
        await portal.start()
    except OSError as error:  # no free loopback port: the app works without the demo
        window.show_note(window.tr("The sandbox portal could not start: {error}").format(error=error))
        return None
    window.add_sandbox(portal.webhook_url)
    return portal


def run_app() -> int:
    """Show the main window and run the qasync loop until it closes; return the exit status."""
    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    window = MainWindow()
    window.closed.connect(closed.set)
    window.show()
    if smoke_test.requested():  # installer tests and the startup benchmark: report the shown window, close it
        smoke_test.report_when_shown(window)

    async def main() -> None:
        portal = await start_sandbox(window)
        await closed.wait()
        await window.shutdown()
        if portal is not None:
            await portal.stop()

    with loop:
        loop.run_until_complete(main())
    return 0
