"""Be told when a window has painted: start-up work that would slow the first paint waits for it.

The event filter watches the whole application (a repaint reaches the widgets that changed, not always
the window itself) and calls back on the next event-loop turn after the first paint of the window or
of a widget in it, so the paint under way finishes first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _PaintWatch(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback = callback
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.seen = True
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


def on_next_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, on the event-loop turn after the window's next paint (a repaint is asked for,
    so one comes while the window is on screen)."""
    app = QApplication.instance()
    if app is None:
        return
    app.installEventFilter(_PaintWatch(window, callback))
    window.update()
