"""Being told when a window has painted (the warm-up and the smoke test's `window ready` wait for it)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from b24desk.ui.common.next_paint import PaintReports, on_next_paint


class Counted(QLabel):
    paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        Counted.paints += 1
        super().paintEvent(event)


def _one_paint_watched(qtbot: QtBot, window: QWidget) -> tuple[list[int], int]:
    """Show `window` (a counted label inside), watch its next paint; the children's paint counts when the
    callback came, and before the watch."""
    QVBoxLayout(window).addWidget(Counted("text"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[int] = []
    on_next_paint(window, lambda: seen.append(Counted.paints))
    before = Counted.paints
    qtbot.waitUntil(lambda: bool(seen))
    return seen, before


def test_the_callback_comes_after_a_paint_of_the_window(qtbot: QtBot) -> None:
    seen, before = _one_paint_watched(qtbot, QWidget())
    assert seen[0] > before  # the child painted first, then the call came
    Counted("other").repaint()  # another window's paint calls nothing: the watch is gone
    assert len(seen) == 1


def test_only_the_windows_own_events_go_through_the_watch(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """An application-wide filter took every event of every widget through Python while the first screen
    was laid out (~3,600 calls before its first paint)."""
    from b24desk.ui.common import next_paint

    watched: list[object] = []
    real = next_paint._PaintWatch.eventFilter

    def counting(self: next_paint._PaintWatch, obj: object, event: object) -> bool:
        watched.append(obj)
        return real(self, obj, event)  # type: ignore[arg-type]

    monkeypatch.setattr(next_paint._PaintWatch, "eventFilter", counting)
    window = QWidget()
    child = Counted("text")
    QVBoxLayout(window).addWidget(child)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[bool] = []
    on_next_paint(window, lambda: seen.append(True))
    qtbot.waitUntil(lambda: bool(seen))
    assert watched and all(obj is window for obj in watched)


class Reporting(QWidget):
    """A window that reports its own paints, as the main window does."""

    def __init__(self) -> None:
        super().__init__()
        self.paint_reports = PaintReports()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.paint_reports.painted()


def test_a_window_that_reports_its_paints_is_watched_without_an_event_filter(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An event filter took each of the window's events through Python (its first plain QEvent made PySide6
    make ~40 event classes)."""
    from b24desk.ui.common import next_paint

    filtered: list[object] = []
    monkeypatch.setattr(next_paint._PaintWatch, "eventFilter", lambda self, obj, event: filtered.append(obj))
    window = Reporting()
    seen, before = _one_paint_watched(qtbot, window)
    assert seen[0] > before and filtered == []  # after the children's paint, without a filter
    window.repaint()  # painted now; what it would call comes on the next turn
    QApplication.processEvents()
    assert len(seen) == 1  # a later paint calls nothing more: the callback ran once
