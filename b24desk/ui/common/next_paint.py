"""Be told when a window has painted: start-up work that would slow the first paint waits for it.

A window that reports its own paints (`PaintReports`: the main window's `paintEvent` calls `painted`) is
watched without an event filter. Any other window gets an event filter on itself, which is asked to
repaint (so the paint reaches it, not only the widgets that changed). Either way the callback comes on
the next event-loop turn after that paint, once the paint under way (the window and its widgets) is over.
- It watched the whole application once: every event of every widget went through Python while the first
  screen was laid out (~3,600 calls, ~8 ms of the UI thread).
- The filter on the window alone still took each of the window's events through Python. The first plain
  `QEvent` among them (a layout request, a polish) made PySide6 look for its class among every event class
  it knows, making ~40 of them (QDropEvent, QTabletEvent, QGraphicsScene*Event...) and their enums: ~2 ms of
  the first screen. The window's own `paintEvent` gets paint events only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class PaintReports:
    """The callbacks waiting for a window's next paint; a window that keeps one (as `paint_reports`) calls
    `painted()` from its own paintEvent."""

    def __init__(self) -> None:
        self.waiting: list[Callable[[], None]] = []

    def painted(self) -> None:
        """The window painted: each waiting callback runs once, on the next event-loop turn."""
        waiting, self.waiting = self.waiting, []
        for callback in waiting:
            QTimer.singleShot(0, callback)


class _PaintWatch(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback = callback
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


def on_next_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, on the event-loop turn after the window's next paint (a repaint is asked for,
    so one comes while the window is on screen)."""
    reports = getattr(window, "paint_reports", None)
    if isinstance(reports, PaintReports):
        reports.waiting.append(callback)
    else:
        window.installEventFilter(_PaintWatch(window, callback))
    window.update()
