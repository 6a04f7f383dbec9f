"""The app on Qt's own event loop until something first needs its asyncio loop; then the switch.

An idle app needs no asyncio: its first screen is up, the sandbox is offered (started by its first
caller), nothing runs. asyncio, qasync and ssl (~10 MiB, ~40 ms of imports, measured) are loaded when
something first needs them, and qasync's loop then runs on the same Qt loop (`already_running`), so
the switch happens inside an event's handling without leaving the loop. What first needs it:
- the person's first press, key (a shortcut's too: Qt asks the window before it looks for shortcuts),
  wheel, drop, touch or input-method event in the window: an event filter on its QWindow switches,
  then lets the event go on to its widget, so nothing typed or clicked is lost or reordered (input that
  comes meanwhile waits in Qt's queue: the imports' wait takes no user input);
- FirstIntent: the pointer or the keyboard on Execute, a first edit (ui/shell/sandbox_offer.py);
- background work the window starts (BackgroundTasks.wanted);
- saved webhooks to load at start (told by a read of the settings file, without the keyring);
- the sandbox's first connection from another program (a Qt signal from its watching thread);
- code that uses asyncio at once (Execute's task: ui/common/app_loop_demand.py), e.g. for a button
  pressed by an accessibility tool, which does not pass the window.
On macOS the app loop starts at once: its native menu bar runs actions without passing the window.
The imports run in a thread while Qt keeps painting (`import_app_loop_modules`). A close
before the switch ends the app without it: nothing ran that needs stopping.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from b24desk.ui.common.app_loop_demand import set_app_loop_switch
from b24desk.ui.common.long_lived import freeze_now
from b24desk.ui.common.worker_gil import lower_switch_interval, restore_switch_interval
from b24desk.ui.shell import smoke_test
from b24desk.ui.shell.first_screen import POLL_MS, wait_for
from b24desk.ui.shell.main_window import MainWindow
from b24desk.ui.shell.sandbox_offer import FirstIntent, offer_sandbox

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtGui import QWindow

    from b24desk.sandbox.on_demand import OnDemandSandbox
    from b24desk.storage.app_storage import AppStorage

APP_LOOP_MODULES = ("asyncio", "qasync")  # what ui/shell/app_loop.py needs (ssl comes with asyncio), ~40 ms
IMPORT_WAIT = 30.0  # at most this long for them in their thread; the app loop's own import finishes the job
SHUTDOWN_STEP_SECONDS = 3.0  # a stuck step (a server, the keyring) must not keep the app alive after close

_T = QEvent.Type
FIRST_INPUT = frozenset(
    {
        _T.MouseButtonPress,
        _T.MouseButtonDblClick,
        _T.ShortcutOverride,  # before a key's shortcut runs
        _T.KeyPress,
        _T.Wheel,
        _T.DragEnter,
        _T.Drop,
        _T.TouchBegin,
        _T.TabletPress,
        _T.InputMethod,
        _T.ContextMenu,
    }
)


def import_app_loop_modules(window: MainWindow, seconds: float = IMPORT_WAIT) -> None:
    """Import asyncio and qasync in a thread while Qt's loop keeps painting and running timers (the
    window stays drawn, input still waits): on the UI thread they froze it for ~40 ms after the first
    paint. Returns once they are imported, the window closed, or after `seconds`; a failure is left to
    the app loop's own import, which raises it."""
    imported = threading.Event()

    def work() -> None:
        import importlib

        try:
            for name in APP_LOOP_MODULES:
                importlib.import_module(name)
        except Exception:  # raised again by the UI thread's import
            pass
        finally:
            imported.set()

    poll = QTimer()

    def begin(done: Callable[[], None]) -> None:
        poll.timeout.connect(lambda: done() if imported.is_set() else None)
        poll.start(POLL_MS)

    lower_switch_interval()  # the UI thread gets the interpreter back within 0.5 ms
    try:
        threading.Thread(target=work, name="b24desk-app-loop-imports", daemon=True).start()
        wait_for(window, begin, seconds)
    finally:
        poll.stop()
        restore_switch_interval()


class LoopSwitch(QObject):
    """Runs the app: on Qt's loop at first, with the asyncio app loop (ui/shell/app_loop.py) once needed."""

    def __init__(self, app: QApplication, window: MainWindow, storage: AppStorage | None) -> None:
        super().__init__()
        self.app = app
        self.window = window
        self.storage = storage
        self.switched = False  # the app loop is being started, or runs
        self.running = False  # the app loop runs: asyncio's calls work
        self.closed = False
        self.load_saved = storage is not None and storage.has_saved_webhooks()
        self.offered = False  # the sandbox (its offer made before the switch, or by the app loop)
        self.sandbox: OnDemandSandbox | None = None
        self.idle_reported = False  # the smoke test's `window idle`
        self.task: asyncio.Task[None] | None = None  # the app loop's main work, once switched
        self._then: list[Callable[[], None]] = []
        self._asked = False
        self._gated: QWindow | None = None

    def run(self, closed_already: bool) -> int:
        """Run the app until its window closed and everything stopped; return the exit status."""
        window = self.window
        if closed_already:
            self._end_unswitched()
            return 0
        window.closed.connect(self._window_closed)
        self.app.aboutToQuit.connect(window.close)  # the session ends: close in order, not mid-flight
        if window.built:
            window.background.wanted = self.soon
        set_app_loop_switch(self.need)
        # macOS's menu bar runs its actions without passing the window: the app loop from the start there
        if self.load_saved or (window.built and window.background.held) or sys.platform == "darwin":
            self.soon()  # the webhooks load (and the held work starts) on the app loop
        else:
            self._offer()
        self._gate()
        try:
            self.app.exec()
        finally:
            set_app_loop_switch(None)
        if self.task is not None:
            from b24desk.ui.shell.app_loop import end_app_loop

            end_app_loop(self.task)
        return 0

    # -- what needs the app loop -----------------------------------------------------------------
    def when_running(self, then: Callable[[], None]) -> None:
        """Call `then` once the app loop runs: now if it does, else right after the switch (asked for now).
        While the switch waits for its imports Qt runs timers and focus changes (FirstIntent): what they
        ask waits with the rest."""
        if self.running:
            then()
        elif not self.closed:
            self._then.append(then)
            self.soon()

    def soon(self) -> None:
        """Switch at the next turn of Qt's loop (for callers in the middle of their own work)."""
        if not (self._asked or self.switched or self.closed):
            self._asked = True
            QTimer.singleShot(0, self.need)

    def need(self) -> None:
        """Switch now: import asyncio and qasync (in a thread; Qt paints meanwhile, input waits), start the
        app loop on this Qt loop, then what waited for it."""
        if self.switched or self.closed:
            return
        self.switched = True
        self._ungate()
        import_app_loop_modules(self.window)
        from b24desk.ui.shell.app_loop import start_app_loop

        self.task = start_app_loop(self)
        self.running = True
        freeze_now()  # the app loop's modules live as long as the app: out of the collector's walks, as before
        waiting, self._then = self._then, []
        for then in waiting:
            if not self.closed:
                then()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in FIRST_INPUT:  # the person's first input: the app loop first, then the event
            self.need()
        return False

    def _gate(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and not self.switched:
            handle.installEventFilter(self)
            self._gated = handle

    def _ungate(self) -> None:
        handle, self._gated = self._gated, None
        if handle is not None:
            handle.removeEventFilter(self)

    # -- before the switch -------------------------------------------------------------------------
    def _offer(self) -> None:
        """Offer the sandbox on Qt's loop; then, a turn later (what selecting it queued), watch for intent."""
        self.offered = True
        self.sandbox = offer_sandbox(self.window, self.when_running)
        QTimer.singleShot(0, self._settled)

    def _settled(self) -> None:
        if self.closed:
            return
        FirstIntent(self.window, self.sandbox, self.when_running)  # a child of the window: kept while it lives
        if smoke_test.requested() and not (self.switched or self._asked):  # idle on Qt's loop
            self.idle_reported = True
            smoke_test.report_idle(self.window)

    def _window_closed(self) -> None:
        self.closed = True
        if not self.switched:  # the app loop's shutdown does it otherwise
            self._end_unswitched()
            self.app.exit(0)

    def _end_unswitched(self) -> None:
        """Nothing ran: held work is closed unstarted, the sandbox's socket closed (settings were written by
        the window's close; session-only webhooks can only be added once the app loop runs)."""
        self._ungate()
        if self.window.built:
            self.window.background.release(run=False)
        if self.sandbox is not None:
            self.sandbox.close_unstarted()
