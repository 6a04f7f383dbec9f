"""Being told when a window has painted (the warm-up and the smoke test's `window ready` wait for it)."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from b24desk.ui.common.next_paint import on_next_paint


class Counted(QLabel):
    paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        Counted.paints += 1
        super().paintEvent(event)


def test_the_callback_comes_after_a_paint_of_the_window(qtbot: QtBot) -> None:
    window = QWidget()
    QVBoxLayout(window).addWidget(Counted("text"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[int] = []
    on_next_paint(window, lambda: seen.append(Counted.paints))
    before = Counted.paints
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] > before  # the child painted first, then the call came
    Counted("other").repaint()  # another window's paint calls nothing: the watch is gone
    assert len(seen) == 1
