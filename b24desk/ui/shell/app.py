"""Start the desktop app: QApplication and the main window's frame first, shown at once; then the rest.

What runs before the window shows is kept to what it needs (Qt, the title's translation, the saved
geometry, the menus); the storage and the window's widgets come after, with Qt's own loop
(`b24desk.ui.shell.first_screen`), and asyncio with the qasync loop only once something needs it: the
idle app runs on Qt's own loop (`b24desk.ui.shell.loop_switch`, `b24desk.ui.shell.app_loop`).
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from b24desk import __version__
from b24desk.about import window_icon_files
from b24desk.core.i18n import set_translator
from b24desk.ui.common.long_lived import freeze_long_lived
from b24desk.ui.common.pyside_source_check import install as install_source_check
from b24desk.ui.common.qt_environment import use_serial_fills
from b24desk.ui.common.translations import app_language, install_app_translators
from b24desk.ui.shell import smoke_test
from b24desk.ui.shell.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it (with b24desk's names) when needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        use_serial_fills()
        freeze_long_lived()
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("b24desk")
    app.setOrganizationName("b24desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("b24desk")  # Wayland matches the window to the menu entry by this name
    icon = QIcon()
    for path in window_icon_files():
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

    received: list[int] = []

    def handler(signum: int, frame: object) -> None:
        received.append(signum)
        if len(received) > 1:  # asked again while the orderly shutdown is stuck: end now
            os._exit(128 + signum)
        QTimer.singleShot(0, window.close)

    signals = _signal_functions()
    for signum in (signals.SIGTERM, signals.SIGINT):
        signals.signal(signum, handler)
    wake = QTimer(window)
    wake.start(250)
    wake.timeout.connect(lambda: None)
    return wake


def _signal_functions() -> Any:
    """Python's signal functions, from the C module the `signal` module wraps: importing `signal` makes
    enums of every signal, handler and mask (~1.3 ms of the UI thread before the first screen), which
    this never reads. The handler gets the signal's number either way."""
    import importlib

    try:
        return importlib.import_module("_signal")
    except ImportError:  # a Python without it
        import signal

        return signal


def run_app() -> int:
    """Show the main window's frame, then build it and run the app until it closes; return the exit status."""
    install_source_check()  # done already when started by `b24desk`; for other callers
    app = create_application()
    app.setQuitOnLastWindowClosed(False)  # the window's `closed` ends the loop, after an orderly shutdown
    window = MainWindow(build=False)
    close_on_signals(window)
    window.show_frame()
    app.processEvents()  # paint the frame now; the rest of the start-up happens behind it
    if smoke_test.requested():  # installer tests and the startup benchmark
        smoke_test.report_shown(window)
    from b24desk.ui.shell.first_screen import make_first_screen  # the storage and the widgets: after it shows

    storage, closed = make_first_screen(window)
    from b24desk.ui.shell.loop_switch import LoopSwitch  # Qt's loop; asyncio and qasync once needed

    status = LoopSwitch(app, window, storage).run(closed)
    if window.restart_requested:  # Language > Restart now: everything is closed; start afresh
        from b24desk.ui.shell.restart import restart

        restart()
    return end_process(app, status)


def end_process(app: QApplication, status: int) -> int:
    """End the process once the orderly shutdown is over, without tearing down Qt's widgets and Python's
    modules one by one (0.2 s and more, longer while the warm-up thread still imports).

    Everything that must reach a disk did before: settings and window.ini are written as they change,
    each history entry is committed, the storage thread finishes what it was asked (bounded: a stuck
    keyring must not keep the app alive); the exit handlers run and the output is flushed. When the app
    owns the clipboard, `status` is returned for the full teardown: on X11, Qt hands the copied text to
    the clipboard manager only then.
    """
    import atexit

    if app.clipboard().ownsClipboard():
        return status
    from b24desk.ui.common.client_warmup import stop_handing_over
    from b24desk.ui.common.storage_worker import finish_storage_work
    from b24desk.ui.shell.loop_switch import SHUTDOWN_STEP_SECONDS

    finish_storage_work(SHUTDOWN_STEP_SECONDS)
    stop_handing_over()  # a daemon thread still loading (the client, the sandbox) keeps its outcome
    focused = app.focusWidget()
    if focused is not None:  # its focus-out (a line edit's editingFinished) now, while what it calls is alive:
        focused.clearFocus()  # else PySide6's exit handler destroyed it after the models (traceback, segfault)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, or None without a console
            stream.flush()
    os._exit(status)
