"""The first screen, made and painted with Qt's own event loop, before the app's asyncio loop exists.

The window's frame is on screen already (ui/shell/app.py). Here: wait until the window system shows it,
open the storage, build the widgets, wait for the method catalogue (read in its thread) and for the
paint that shows it all. Meanwhile user input waits in Qt's queue, and the window's background work
waits in its BackgroundTasks (`holding`); a close (the window system, a signal) ends every wait. Then
the app runs on Qt's loop (ui/shell/loop_switch.py) until it first needs asyncio and qasync (~40 ms of
imports and ~10 MiB with ssl, measured: loop_switch.import_app_loop_modules loads them in a thread then).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer

from b24desk.core.errors import B24DeskError
from b24desk.ui.common.long_lived import collect_after_start_up
from b24desk.ui.common.next_paint import on_next_paint
from b24desk.ui.shell import smoke_test

if TYPE_CHECKING:
    from b24desk.storage.app_storage import AppStorage
    from b24desk.ui.shell.main_window import MainWindow

EXPOSE_WAIT = 0.25  # seconds to wait for the window system to show the frame before building the widgets
CATALOGUE_WAIT = 10.0  # at most this long for the catalogue (~50 ms): a stuck read must not hold input back
PAINT_WAIT = 1.0  # at most this long for the first screen's paint (a stuck compositor)
POLL_MS = 5
_HELD_BACK = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents  # delivered once the app loop runs
# Asked of the window itself: its QWindow's isExposed() and its being made, without a Python wrapper of the
# QWindow (PySide6 made QWindow's and QSurface's classes and enums for it before the first screen)
_EXPOSED = Qt.WidgetAttribute.WA_Mapped  # set and cleared with the window's expose events
_MADE = Qt.WidgetAttribute.WA_WState_Created  # it has its window-system window (windowHandle() is not None)


def open_storage() -> tuple[AppStorage | None, str]:
    """The saved webhooks, settings and history; (None, why) when the storage cannot be opened."""
    from b24desk.storage.app_storage import AppStorage

    try:
        return AppStorage.open(), ""
    except B24DeskError as error:
        return None, str(error)


def wait_for(window: MainWindow, begin: Callable[[Callable[[], None]], None], seconds: float) -> bool:
    """Run Qt's event loop (user input held back) until `begin`'s callback is called, the window closes,
    or `seconds` pass; True when the callback came. `begin(done)` sets up what calls `done`."""
    loop = QEventLoop()
    came = ended = False

    def done(*_: object) -> None:
        nonlocal came, ended
        came = ended = True
        loop.quit()

    def closed() -> None:
        nonlocal ended
        ended = True
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    window.closed.connect(closed)
    try:
        begin(done)
        if not ended:
            timer.start(int(seconds * 1000))
            loop.exec(_HELD_BACK)
    finally:
        timer.stop()
        window.closed.disconnect(closed)
    return came


def until_exposed(window: MainWindow, seconds: float = EXPOSE_WAIT) -> None:
    """Return once the window system shows the window (its frame painted before the widgets are built),
    or after `seconds` (a window started minimised is never exposed)."""
    if not window.testAttribute(_MADE):
        return
    poll = QTimer()

    def begin(done: Callable[[], None]) -> None:
        def look() -> None:
            if window.testAttribute(_EXPOSED):
                done()

        poll.timeout.connect(look)
        poll.start(POLL_MS)
        look()

    wait_for(window, begin, seconds)
    poll.stop()
    QCoreApplication.processEvents(_HELD_BACK)  # one more turn: the painted frame reaches the screen


def until_catalogue_read(window: MainWindow, seconds: float = CATALOGUE_WAIT) -> bool:
    """Return once the browser's catalogue was read (in its thread; shown, or its problem said), the window
    closed, or `seconds` passed; True when it was read."""
    browser = window.method_browser
    if browser.model.catalogue is not None:
        return True

    connected: list[Callable[[], None]] = []

    def begin(done: Callable[[], None]) -> None:
        browser.readFinished.connect(done)
        connected.append(done)
        browser.load_in_background()  # started by build(); once only

    try:
        return wait_for(window, begin, seconds)
    finally:
        for done in connected:
            browser.readFinished.disconnect(done)


class NextPaint:
    """The window's next paint from `watch()` on; `wait()` runs the loop until it came (the first screen's
    paint usually comes while the catalogue's wait ends: then nothing is painted a second time)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.watching = self.seen = False
        self._done: Callable[[], None] | None = None

    def watch(self, *_: object) -> None:
        """Be told of the window's next paint (one is asked for), once."""
        if not self.watching:
            self.watching = True
            on_next_paint(self.window, self._saw)

    def _saw(self) -> None:
        self.seen = True
        if self._done is not None:
            self._done()

    def wait(self, seconds: float = PAINT_WAIT) -> None:
        """Return once that paint came, the window closed, or after `seconds` (a window that is not on
        screen, e.g. started minimised, does not paint: then at once)."""
        if self.seen or not self.window.testAttribute(_EXPOSED):
            return
        self.watch()

        def begin(done: Callable[[], None]) -> None:
            self._done = done

        wait_for(self.window, begin, seconds)
        self._done = None
        QCoreApplication.processEvents(_HELD_BACK)  # what else waited for that paint (the smoke test's line)


def until_painted(window: MainWindow, seconds: float = PAINT_WAIT) -> None:
    """Return after the window's next paint, once it closed, or after `seconds` (not on screen: at once)."""
    NextPaint(window).wait(seconds)


def make_first_screen(window: MainWindow) -> tuple[AppStorage | None, bool]:
    """Open the storage, build the shown window and wait until it painted with its catalogue; returns the
    storage and whether the window closed meanwhile. Background work the build starts is held for the
    app loop (window.background.release(), ui/shell/app_loop.py). The garbage collector (switched off for
    the start-up by `b24desk`) runs again afterwards."""
    try:
        return _make(window)
    finally:
        collect_after_start_up()


def _make(window: MainWindow) -> tuple[AppStorage | None, bool]:
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    until_exposed(window)
    if closed:
        return None, True
    storage, problem = open_storage()
    QCoreApplication.processEvents(_HELD_BACK)  # a turn for the window between the two long steps
    window.storage = storage
    window.hold_background = True
    window.build()
    if problem:
        window.show_message(problem)
    if smoke_test.requested():  # report the first paint with the catalogue in the browser
        browser = window.method_browser
        smoke_test.report_ready(window, browser.catalogueLoaded if browser.model.catalogue is None else None)
    paint = NextPaint(window)  # the first paint with the catalogue in the browser: asyncio comes after it
    browser = window.method_browser
    browser.readFinished.connect(paint.watch)
    try:
        if not closed:
            until_catalogue_read(window)
    finally:
        browser.readFinished.disconnect(paint.watch)
    if not closed:
        paint.wait()
    return storage, bool(closed)
