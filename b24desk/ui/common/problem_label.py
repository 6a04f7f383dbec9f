"""A red line that says what is wrong, and takes no room while nothing is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ProblemLabel(QLabel):
    """A word-wrapped problem message, hidden while empty so the layout keeps no gap for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setVisible(False)

    def setText(self, text: str) -> None:
        """Show `text`; an empty text hides the label."""
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        """Hide the label."""
        super().clear()
        self.setVisible(False)
