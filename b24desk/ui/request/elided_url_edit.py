"""The URL field: unfocused, a long URL shows its portal and its end with "…" between; the tooltip has it all.

A URL is read by its host (which portal) and its end (which method, which parameters); cutting it at the
right edge hid both the method and the query. Focused, it is a normal line edit (select, copy, paste).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:  # QStyle (~7 ms of enums), its frame option and QPainter: when a URL is first shown
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent


class ElidedUrlEdit(QLineEdit):
    """A QLineEdit that draws a long text elided in the middle while it is not being edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._tooltip)
        self._base_tooltip = ""
        # What its owner does when the field is left, and on Escape (True: taken). Handlers of its own, not
        # an event filter: a filter written in Python is called for every event of the field (paint, hover).
        self.on_leave: Callable[[], None] | None = None
        self.on_escape: Callable[[], bool] | None = None

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Its owner hears of the leaving first (it may read what was typed), then the line edit."""
        if self.on_leave is not None:
            self.on_leave()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape goes to its owner first; what it does not take, the line edit does."""
        if event.key() == Qt.Key.Key_Escape and self.on_escape is not None and self.on_escape():
            return
        super().keyPressEvent(event)

    def set_base_tooltip(self, text: str) -> None:
        """The help shown above the full URL in the tooltip."""
        self._base_tooltip = text
        self._tooltip(self.text())

    def _tooltip(self, text: str) -> None:
        self.setToolTip(f"{text}\n\n{self._base_tooltip}" if text else self._base_tooltip)

    def shown_text(self) -> str:
        """What is drawn now: the text, or the text elided in the middle when it is too long and not focused."""
        text = self.text()
        if self.hasFocus() or not text:
            return text
        room = self._text_rect_width()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(text) <= room:
            return text
        scheme_end = text.find("://")
        host_end = text.find("/", scheme_end + 3) if scheme_end >= 0 else -1
        head = text[: host_end + 1] if host_end > 0 else ""
        left = room - metrics.horizontalAdvance(head)
        if head and left > metrics.horizontalAdvance("…" + text[-12:]):  # the portal in full, then the end
            return head + metrics.elidedText(text[len(head) :], Qt.TextElideMode.ElideLeft, left)
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room)

    def _text_rect_width(self) -> int:
        from PySide6.QtWidgets import QStyle, QStyleOptionFrame

        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        return max(0, rect.width() - margins.left() - margins.right() - 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw as a line edit; unfocused, draw the frame and the middle-elided text instead."""
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle, QStyleOptionFrame

        painter = QPainter(self)
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        rect.adjust(2, 0, -2, 0)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
        painter.end()
