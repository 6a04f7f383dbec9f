"""A note above the editor (which portal this is, why a webhook cannot be used) that its × puts away.

It takes two lines at most with a slim padding, as the result's rows share the window's height with
it; a note that was closed stays away for the rest of the session, until another note is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from b24desk.ui.common.theme import themed


class NoteBar(QFrame):
    """A wrapped note on the note colour, with a close button; `text()` is the note shown ("" when none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        line = self.label.fontMetrics().height()
        self.close_button.setIconSize(QSize(line - 4, line - 4))
        self.close_button.setFixedSize(line + 2, line + 2)  # as tall as a line of the note: no taller bar
        self.close_button.setToolTip(self.tr("Hide this note"))
        self.close_button.setAccessibleName(self.tr("Hide this note"))
        self.close_button.clicked.connect(self.close_note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._closed: set[str] = set()  # notes put away in this session
        self._dressed = False
        self.setVisible(False)

    def _dress(self) -> None:
        """The close icon and the note colour, given when a note is first shown: a first start's first screen
        shows none (its style sheet and icon were ~0.5 ms of the UI thread before the first paint)."""
        from PySide6.QtWidgets import QStyle

        self._dressed = True
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        themed(self, "QFrame#noteBar {{ background: {note_background}; border-radius: 4px; }}")

    def text(self) -> str:
        """The note (also while it is put away)."""
        return self.label.text()

    def setText(self, text: str) -> None:
        """Show `text` (none: hide the bar); a note closed before stays closed."""
        self.label.setText(text)
        shown = bool(text) and text not in self._closed
        if shown and not self._dressed:
            self._dress()
        self.setVisible(shown)

    def close_note(self) -> None:
        """Put the note away for this session."""
        self._closed.add(self.label.text())
        self.setVisible(False)
