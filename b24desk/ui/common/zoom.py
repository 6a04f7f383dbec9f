"""View > Zoom: one text size for the parameter grid, the result views and the raw text, kept between runs.

Ctrl+= (or Ctrl++) makes it bigger, Ctrl+- smaller, Ctrl+0 the normal size. Each zoomed widget keeps
its own normal font; the level is a factor of it, so monospace views stay monospace. At the normal size a
widget's font is not read until the zoom first changes: the first screen then makes no QFont (PySide6 made
its class and 8 enums before the first paint: ~7 million instructions, about a millisecond).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTableView, QWidget
from shiboken6 import isValid

from b24desk.ui.common.preferences import read_preference, write_preference

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
NORMAL = STEPS.index(1.0)
SETTINGS_KEY = "view/zoom"


ROW_PADDING = 6  # a table row is this much taller than a line of its text: 20 px at 9 pt


class Zoom(QObject):
    """The zoom level (an index into STEPS); `changed` gives the new factor."""

    changed = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self.step = min(max(int(read_preference(SETTINGS_KEY)), 0), len(STEPS) - 1)
        # each widget's normal font; None: not read yet (the widget still shows it)
        self._widgets: weakref.WeakKeyDictionary[QWidget, QFont | None] = weakref.WeakKeyDictionary()

    @property
    def factor(self) -> float:
        """How many times the normal size text is now."""
        return STEPS[self.step]

    def zoom_in(self) -> None:
        """One step bigger (up to twice the normal size)."""
        self.set_step(self.step + 1)

    def zoom_out(self) -> None:
        """One step smaller (down to 70 %)."""
        self.set_step(self.step - 1)

    def reset(self) -> None:
        """The normal size."""
        self.set_step(NORMAL)

    def set_step(self, step: int) -> None:
        """Go to a level, remember it, resize every registered widget's text."""
        step = min(max(step, 0), len(STEPS) - 1)
        if step == self.step:
            return
        self.step = step
        write_preference(SETTINGS_KEY, step)
        for widget, font in list(self._widgets.items()):
            if isValid(widget):  # Qt may have deleted it (its window closed) before Python let go of it
                self._widgets[widget] = font = _normal_font(widget) if font is None else font
                self._apply(widget, font)
            else:
                del self._widgets[widget]
        self.changed.emit(self.factor)

    def register(self, *widgets: QWidget) -> None:
        """Zoom these widgets' text from now on (their current font is their normal size)."""
        for widget in widgets:
            if self.step == NORMAL:  # shown as they are; their font is read when the zoom first changes
                self._widgets[widget] = None
                if isinstance(widget, QTableView):
                    fit_rows(widget)
                continue
            font = _normal_font(widget)
            self._widgets[widget] = font
            self._apply(widget, font)

    def _apply(self, widget: QWidget, normal: QFont) -> None:
        from PySide6.QtGui import QFont

        font = QFont(normal)
        font.setPointSizeF(max(6.0, normal.pointSizeF() * self.factor))
        widget.setFont(font)
        if isinstance(widget, QTableView):
            fit_rows(widget)


def _normal_font(widget: QWidget) -> QFont:
    """A copy of the font `widget` shows at the normal size."""
    from PySide6.QtGui import QFont

    return QFont(widget.font())


def fit_rows(table: QTableView) -> None:
    """Rows as tall as a line of the table's text and ROW_PADDING (the style's 30 px show a third fewer rows)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)


_zoom: Zoom | None = None


def zoom() -> Zoom:
    """The application's one Zoom (made on first use, at the saved level)."""
    global _zoom
    if _zoom is None:
        _zoom = Zoom()
    return _zoom
