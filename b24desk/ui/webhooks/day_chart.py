"""The Statistics page's chart: requests per day as bars, errors in red (made when the page is first shown)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from b24desk.ui.common.theme import colour


class DayChart(QWidget):
    """Requests per day as bars (errors in red), the last 14 days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labelled: list[str] = []  # the day labels drawn last time (the axis ends with today)
        self._days: list[tuple[str, int, int]] = []

    def set_days(self, days: list[tuple[str, int, int]]) -> None:
        """(label, requests, errors) per day, oldest first."""
        self._days = days
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars."""
        painter = QPainter(self)
        if not self._days:
            return
        self.labelled = []
        top = max(1, max(requests for _, requests, _ in self._days))
        width = self.width() / len(self._days)
        height = self.height() - 18
        for i, (label, requests, errors) in enumerate(self._days):
            bar = height * requests / top
            painter.fillRect(QRectF(i * width + 2, height - bar, width - 4, bar), QColor(colour("chart_bar")))
            failed = height * errors / top
            painter.fillRect(QRectF(i * width + 2, height - failed, width - 4, failed), QColor(colour("chart_error")))
            if (len(self._days) - 1 - i) % 2 == 0:  # every other day, counted back from today (always labelled)
                text_width = painter.fontMetrics().horizontalAdvance(label) + 2
                left = min(max(0.0, (i + 0.5) * width - text_width / 2), self.width() - text_width)  # kept inside
                painter.drawText(QRectF(left, height + 2, text_width, 16), Qt.AlignmentFlag.AlignHCenter, label)
                self.labelled.append(label)
        painter.end()
