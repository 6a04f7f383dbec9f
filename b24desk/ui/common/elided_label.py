"""A one-line label that cuts its text to its width (with …): a long text never widens the window.

A QLabel asks for the width of its longest unbreakable word, so `a=b&c=d...` of 200 parameters made the
window's minimum width tens of thousands of pixels; and any QLabel in a layout asks its whole window to
lay out again on every new text (the window then repaints entirely). This one holds its label without
a layout: a new text repaints the line and nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

TOOLTIP_CHARS = 4000  # the tooltip shows this much of a long text


class ElidedLabel(QWidget):
    """Shows as much of its text as fits on one line (selectable); `text()` is the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.label = QLabel(self)  # no layout in between: its size requests stop here
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        """Show `text` cut to the width."""
        self._full = text
        self._elide()

    def text(self) -> str:
        """The whole text (what shows may be cut)."""
        return self._full

    def sizeHint(self) -> QSize:
        """One line, whatever the text."""
        return QSize(200, self.label.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:
        """No minimum width: the text is cut instead."""
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The label fills the line; its text is cut again for the new width."""
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        self._elide()

    def _elide(self) -> None:
        metrics = self.label.fontMetrics()
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width() - 4, 0))
        self.label.setText(shown)
        self.setToolTip(_wrapping_tip(self._full) if shown != self._full else "")


def _wrapping_tip(text: str) -> str:
    """The text as a tooltip that wraps (rich text, a break allowed after each &), cut to TOOLTIP_CHARS."""
    cut = text[:TOOLTIP_CHARS] + ("…" if len(text) > TOOLTIP_CHARS else "")
    return "<qt>" + _escaped(cut).replace("&amp;", "&amp;\u200b") + "</qt>"


def _escaped(text: str) -> str:
    """`html.escape(text)` (quotes too), without loading the html module and its entity tables at start-up."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )
