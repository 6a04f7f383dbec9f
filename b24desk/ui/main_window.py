"""The main window: webhook, method and parameters with the call URL rebuilt live, secret masked."""

from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from b24desk.core.errors import InputError
from b24desk.core.webhook import ParsedURL, build_call_url, parse_webhook_url


class MainWindow(QMainWindow):
    """The request builder window."""

    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("b24desk: Bitrix24 REST request builder"))
        self.resize(900, 560)
        self._parsed: ParsedURL | None = None

        self.webhook_edit = QLineEdit()
        self.webhook_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.webhook_edit.setPlaceholderText("https://your-portal.bitrix24.com/rest/USER_ID/SECRET/")
        self.method_edit = QLineEdit("profile")
        self.method_edit.setPlaceholderText("crm.lead.list")
        self.params_edit = QPlainTextEdit("{}")
        self.reveal_box = QCheckBox(self.tr("Reveal secret"))
        self.url_view = QLineEdit()
        self.url_view.setReadOnly(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy URL"))
        self.copy_secret_button = QPushButton(self.tr("Copy URL with secret"))

        form = QFormLayout()
        form.addRow(self.tr("Webhook URL"), self.webhook_edit)
        form.addRow(self.tr("Method"), self.method_edit)
        form.addRow(self.tr("Parameters (JSON)"), self.params_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_box)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copy_secret_button)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Call URL")))
        layout.addWidget(self.url_view)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

        for edit in (self.webhook_edit, self.method_edit):
            edit.textChanged.connect(self.refresh_url)
        self.params_edit.textChanged.connect(self.refresh_url)
        self.reveal_box.toggled.connect(self._set_revealed)
        self.copy_button.clicked.connect(lambda: self._copy(reveal=False))
        self.copy_secret_button.clicked.connect(lambda: self._copy(reveal=True))
        self.refresh_url()

    def _set_revealed(self, revealed: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        self.webhook_edit.setEchoMode(mode)
        self.refresh_url()

    def _build(self, *, reveal: bool) -> str:
        parsed = parse_webhook_url(self.webhook_edit.text())
        try:
            params = json.loads(self.params_edit.toPlainText() or "{}")
        except json.JSONDecodeError as error:
            raise InputError(
                self.tr("Parameters are not valid JSON (line {line}, column {column}).").format(
                    line=error.lineno, column=error.colno
                )
            ) from None
        if not isinstance(params, dict):
            raise InputError(
                self.tr("Parameters must be a JSON object, like {example}.").format(
                    example='{"select": ["ID"]}'
                )
            )
        method = self.method_edit.text().strip() or parsed.method or ""
        return build_call_url(parsed.webhook, method, params, reveal=reveal)

    def refresh_url(self) -> None:
        """Rebuild the call URL from the current fields, or say what is wrong with them."""
        try:
            url = self._build(reveal=self.reveal_box.isChecked())
        except InputError as error:
            self.url_view.clear()
            self.status_label.setText(str(error))
            self.copy_button.setEnabled(False)
            self.copy_secret_button.setEnabled(False)
            return
        self.url_view.setText(url)
        self.status_label.clear()
        self.copy_button.setEnabled(True)
        self.copy_secret_button.setEnabled(True)

    def _copy(self, *, reveal: bool) -> None:
        try:
            QGuiApplication.clipboard().setText(self._build(reveal=reveal))
        except InputError as error:
            self.status_label.setText(str(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the event loop that the window went away."""
        self.closed.emit()
        super().closeEvent(event)
