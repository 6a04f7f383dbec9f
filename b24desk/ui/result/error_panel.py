"""The error panel: a failure explained in plain words, what to do, and the raw answer if any."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from b24desk.core.errors import CallError
from b24desk.ui.common.theme import themed

SECRET_CODES = {"INVALID_CREDENTIALS", "NO_AUTH_FOUND"}


class ErrorPanel(QWidget):
    """Title, meaning, what to do; an Update secret button when the webhook itself was refused."""

    updateSecretRequested = Signal()
    showRawRequested = Signal()
    methodChosen = Signal(str)  # "Use crm.lead.list" after ERROR_METHOD_NOT_FOUND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.meaning = QLabel()
        self.action = QLabel()
        self.detail = QLabel()
        self._styled = False  # the title's and the detail's style sheets: with the first error shown
        for label in (self.title, self.meaning, self.action, self.detail):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.update_secret_button = QPushButton(self.tr("Update secret…"))
        self.update_secret_button.clicked.connect(self.updateSecretRequested)
        self.raw_button = QPushButton(self.tr("Show the raw answer"))
        self.raw_button.clicked.connect(self.showRawRequested)
        self.method_names: list[str] = []  # the catalogue's, for "did you mean"
        self.suggestion = ""
        self.use_button = QPushButton()
        self.use_button.clicked.connect(lambda: self.methodChosen.emit(self.suggestion))
        self.use_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.update_secret_button)
        buttons.addWidget(self.raw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meaning)
        layout.addWidget(self.action)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_error(self, error: CallError, note: str = "") -> None:
        """Explain `error`; `note` adds what the client did (waits, retries)."""
        from b24desk.core.explanations import explain  # on the first error shown, not at start-up

        explanation = explain(error)
        if not self._styled:  # hidden until now: the first screen set no style sheet for it
            self._styled = True
            themed(self.title, "font-size: 15px; font-weight: bold; color: {error};")
            themed(self.detail, "color: {muted};")
        self.title.setText(f"{explanation.title}  [{explanation.code}]" if explanation.code else explanation.title)
        self.meaning.setText(explanation.meaning)
        action = self.tr("What to do: {action}").format(action=explanation.action)
        close = []
        if explanation.code.upper() == "ERROR_METHOD_NOT_FOUND" and error.method:
            from b24desk.core.method_suggestions import closest_methods, did_you_mean  # difflib: on such an error

            close = closest_methods(error.method, self.method_names)
            action = f"{action} {did_you_mean(close)}".strip()
        self.suggestion = close[0] if close else ""
        self.use_button.setText(self.tr("Use {method}").format(method=self.suggestion))
        self.use_button.setVisible(bool(close))
        self.action.setText(action)
        self.detail.setText(note)
        self.update_secret_button.setVisible(explanation.code.upper() in SECRET_CODES)
        self.raw_button.setVisible(error.response is not None)
