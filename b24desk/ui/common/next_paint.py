"""Be told when a window has painted: start-up work that would slow the first paint waits for it.

The event filter watches the window itself, which is asked to repaint (so the paint reaches it, not only
the widgets that changed), and calls back on the next event-loop turn after that paint, once the paint
under way (the window and its widgets) is over. It watched the whole application before: every event of
every widget went through Python while the first screen was laid out (~3,600 calls, ~8 ms of the UI
thread, and the wrappers of Qt classes nothing else used).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_PAINT = QEvent.Type.Paint


class _PaintWatch(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback = callback
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == _PAINT:
            self.seen = True
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


def on_next_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, on the event-loop turn after the window's next paint (a repaint is asked for,
    so one comes while the window is on screen)."""
    window.installEventFilter(_PaintWatch(window, callback))
    window.update()
