"""The built-in sandbox portal offered at start-up, and the first sign that the person is about to call it.

Both work before the app's asyncio loop exists (ui/shell/loop_switch.py): what needs the loop (starting
the portal, loading the client) is handed to `app_loop`, which runs it once the loop runs (at once when
it runs already; tests pass nothing: their loop runs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal

from b24desk.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from b24desk.sandbox.on_demand import OnDemandSandbox

AppLoop = Callable[[Callable[[], None]], None]  # runs a callable once the app loop runs


def _now(then: Callable[[], None]) -> None:
    then()


class _Knock(QObject):
    """A connection reached the sandbox's port: `came` is emitted by its watching thread, `answer` runs on
    the UI thread (a queued connection)."""

    came = Signal()

    def __init__(self, answer: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.answer = answer
        self.came.connect(self._arrived, Qt.ConnectionType.QueuedConnection)

    def _arrived(self) -> None:
        self.answer()


def offer_sandbox(window: MainWindow, app_loop: AppLoop = _now) -> OnDemandSandbox | None:
    """Offer the built-in sandbox portal; it starts on the first call to it (its server, ~19 MiB, is not
    loaded before: the app opens on it without it), made in a daemon thread and served on the app loop.
    The first connection (the app's Execute, or another program) is told through a Qt signal, so the app
    loop need not run yet: `app_loop` starts it."""
    from b24desk.sandbox.on_demand import OnDemandSandbox

    def said(error: Exception) -> None:  # no free loopback port, or a start that failed: the app works without it
        message = QCoreApplication.translate("MainWindow", "The sandbox portal could not start: {error}")
        window.show_note(message.format(error=error))

    def off_loop(make: Callable[[], object]) -> object:
        from b24desk.ui.common.client_warmup import in_daemon_thread

        return in_daemon_thread(make, "b24desk-sandbox-start")

    try:
        sandbox = OnDemandSandbox(off_loop=off_loop)  # type: ignore[arg-type]
    except OSError as error:
        said(error)
        return None
    sandbox.failed = said
    window.add_sandbox(sandbox.webhook_url, sandbox.offer())

    def start() -> None:
        sandbox.start_soon()

    knock = _Knock(lambda: app_loop(start), window)
    sandbox.watch(knock.came.emit)
    return sandbox


class FirstIntent(QObject):
    """Loads the client, and starts the sandbox when it is the selected portal, once: at the first edit of the
    request after start-up, or when the pointer or the keyboard first reaches Execute. The Execute that
    follows finds them ready; an untouched app keeps neither."""

    def __init__(self, window: MainWindow, sandbox: OnDemandSandbox | None, app_loop: AppLoop = _now) -> None:
        super().__init__(window)
        self.window = window
        self.sandbox = sandbox
        self.app_loop = app_loop
        self.warmed = False
        window.open_request.changed.connect(self.warm)
        window.execute_button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.FocusIn):
            self.warm()
        return False

    def warm(self) -> None:
        """Set the loading going (once; the app loop first, when it does not run yet)."""
        if self.warmed:
            return
        self.warmed = True
        self.window.open_request.changed.disconnect(self.warm)
        self.window.execute_button.removeEventFilter(self)
        self.app_loop(self._load)

    def _load(self) -> None:
        from b24desk.ui.common.client_warmup import WARMUP

        WARMUP.start()
        if self.sandbox is not None and self.window.is_sandbox(self.window.current_webhook()):
            self.sandbox.start_soon()
