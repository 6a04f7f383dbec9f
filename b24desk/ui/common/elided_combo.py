"""A combo box that cuts its current text with … when narrower than the text (Qt's own clips it mid-letter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


class ElidedComboBox(QComboBox):
    """Shows as much of the current item as fits, ending with …; the list shows every item whole."""

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the frame and arrow as Qt does, and the label cut to the room the style leaves for it.

        With no text there is nothing to cut: Qt paints it (the empty combo of a first start's first screen
        makes no style option, painter or their PySide6 types in Python)."""
        if not self.currentText():
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter  # a text to cut: made now

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room.width() - icon - 2, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
