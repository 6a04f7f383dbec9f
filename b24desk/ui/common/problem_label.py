"""A line that says what is wrong (in the error colour) or what went well, and takes no room while empty."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from b24desk.ui.common.theme import colour, theme


class ProblemLabel(QLabel):
    """A word-wrapped problem message, hidden while empty so the layout keeps no gap for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.success = False
        theme().register(self, self._style)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        """Show a problem; an empty text hides the label."""
        self._show(text, success=False)

    def show_success(self, text: str) -> None:
        """Show good news (a connection that works), not in the error colour."""
        self._show(text, success=True)

    def _show(self, text: str, *, success: bool) -> None:
        if success != self.success:
            self.success = success
            self._style()
        super().setText(text)
        self.setVisible(bool(text))

    def _style(self) -> None:
        self.setStyleSheet(f"color: {colour('success' if self.success else 'error')};")

    def clear(self) -> None:
        """Hide the label."""
        super().clear()
        self.setVisible(False)
