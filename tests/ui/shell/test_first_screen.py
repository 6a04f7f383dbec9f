"""The first screen is built and painted with Qt's own loop, before asyncio: its waits, and the work it holds."""

from __future__ import annotations

import asyncio
import inspect
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from b24desk.ui.common.background_tasks import BackgroundTasks
from b24desk.ui.shell import first_screen, loop_switch


def test_the_first_screen_is_built_with_its_catalogue_and_its_background_work_held(qtbot: QtBot) -> None:
    from b24desk.ui.shell.main_window import MainWindow

    window = MainWindow(build=False)
    qtbot.addWidget(window)
    window.show()
    storage, closed = first_screen.make_first_screen(window)
    assert not closed and storage is not None and window.storage is storage
    assert window.built and window.method_browser.model.catalogue is not None  # read before it returns
    ran: list[str] = []

    async def work() -> None:
        ran.append("ran")

    window.background.start(work())  # no loop yet: it waits for the app loop
    assert window.background.held == 1 and ran == []

    async def app_loop() -> None:
        window.background.release()
        await asyncio.gather(*window.background.pending)

    asyncio.run(app_loop())
    assert ran == ["ran"] and window.background.held == 0


def test_held_work_is_closed_unstarted_when_the_window_closed_first() -> None:
    tasks = BackgroundTasks(holding=True)
    started: list[str] = []

    async def work() -> None:
        started.append("started")

    coroutine = work()
    tasks.start(coroutine)
    tasks.release(run=False)
    assert started == [] and tasks.held == 0
    assert inspect.getcoroutinestate(coroutine) == inspect.CORO_CLOSED  # no "never awaited" warning later


def test_held_work_asks_for_the_app_loop_each_time_it_comes() -> None:
    """The idle app runs on Qt's loop: background work arriving then (an autosave, a timer) asks for the switch
    (ui/shell/loop_switch.py), which releases it in order."""
    tasks = BackgroundTasks(holding=True)
    asked: list[int] = []
    tasks.wanted = lambda: asked.append(tasks.held)
    ran: list[str] = []

    async def work(name: str) -> None:
        ran.append(name)

    tasks.start(work("first"))
    tasks.start(work("second"))
    assert asked == [1, 2] and ran == []  # held, and the switch asked for at each

    async def app_loop() -> None:
        tasks.release()
        await asyncio.gather(*tasks.pending)

    asyncio.run(app_loop())
    assert ran == ["first", "second"] and asked == [1, 2]  # released in order; no more asking once it runs


def test_the_wait_for_the_catalogue_ends_when_it_is_read(qtbot: QtBot) -> None:
    from b24desk.ui.shell.main_window import MainWindow

    window = MainWindow()  # building it starts reading the catalogue in a thread
    qtbot.addWidget(window)
    assert first_screen.until_catalogue_read(window, seconds=60)
    assert window.method_browser.model.catalogue is not None


def test_a_close_ends_the_wait_for_the_catalogue(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from b24desk.ui.methods.method_browser import MethodBrowser
    from b24desk.ui.shell.main_window import MainWindow

    monkeypatch.setattr(MethodBrowser, "load_in_background", lambda self: None)  # a read that never ends
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    QTimer.singleShot(50, window.close)
    assert first_screen.until_catalogue_read(window, seconds=60) is False  # long before the bound
    assert window.method_browser.model.catalogue is None


class _Paints(QObject):
    """Counts the paint events of a window's widgets."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window, self.count = window, 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is self.window:
            self.count += 1
        return False


def test_the_paint_wait_returns_after_a_paint_or_at_once_for_a_window_not_on_screen(qtbot: QtBot) -> None:
    from b24desk.ui.shell.main_window import MainWindow

    hidden = MainWindow(build=False)
    qtbot.addWidget(hidden)
    first_screen.until_painted(hidden, seconds=60)  # not shown: returns at once (else the test would hang)
    window = MainWindow(build=False)
    qtbot.addWidget(window)
    window.show()
    handle = window.windowHandle()
    assert handle is not None
    qtbot.waitUntil(handle.isExposed)  # (a first start's window may be maximised after it showed)
    paints = _Paints(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)
    try:
        first_screen.until_painted(window, seconds=60)
    finally:
        app.removeEventFilter(paints)
    assert paints.count > 0


def test_the_app_loops_modules_are_imported_in_a_thread_while_qt_keeps_running(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from b24desk.ui.shell.main_window import MainWindow

    (tmp_path / "b24desk_probe_slow_import.py").write_text(
        "import threading, time\nTHREAD = threading.current_thread().name\ntime.sleep(0.3)\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(loop_switch, "APP_LOOP_MODULES", ("b24desk_probe_slow_import",))
    window = MainWindow(build=False)
    qtbot.addWidget(window)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        loop_switch.import_app_loop_modules(window, seconds=60)
        probe = sys.modules["b24desk_probe_slow_import"]  # imported when it returns
    finally:
        timer.stop()
        sys.modules.pop("b24desk_probe_slow_import", None)
    assert probe.THREAD == "b24desk-app-loop-imports"
    assert len(ticks) >= 5  # Qt's timers ran while the module was imported (0.3 s)
