"""Being told when a window has painted (the warm-up and the smoke test's `window ready` wait for it)."""

from __future__ import annotations

import asyncio

import pytest
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


@pytest.mark.asyncio
async def test_the_warmup_does_not_wait_for_a_window_that_is_not_on_screen(qtbot: QtBot) -> None:
    from b24desk.ui.shell.app_loop import next_paint
    from b24desk.ui.shell.main_window import MainWindow

    window = MainWindow(build=False)
    qtbot.addWidget(window)
    async with asyncio.timeout(30):  # far below the bound: a hidden window returns at once
        await next_paint(window, asyncio.Event(), seconds=60)
