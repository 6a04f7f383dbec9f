"""The live URL bar: the call URL rebuilt on every edit, secret masked, copy actions, POST body."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from b24desk.core.errors import WebhookURLError
from b24desk.core.request import WirePreview
from b24desk.core.webhook import ParsedURL, parse_webhook_url
from b24desk.ui.common.theme import themed
from b24desk.ui.request.elided_url_edit import ElidedUrlEdit


class UrlBar(QWidget):
    """Shows the URL that Execute would call; pasting a call URL here fills the editor."""

    urlPasted = Signal(object)  # ParsedURL
    revealToggled = Signal(bool)
    copyRequested = Signal(bool)  # reveal?

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url_edit = ElidedUrlEdit()
        self.url_edit.setPlaceholderText(self.tr("Paste a call URL here to load it"))
        self.url_edit.set_base_tooltip(
            self.tr("The call URL, rebuilt on every edit. Paste a call URL here to load it.")
        )
        self.eye = QToolButton()
        self.eye.setCheckable(True)
        self.eye.setText(self.tr("Show secret"))
        self.eye.setToolTip(self.tr("Show the webhook secret in the URL"))
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy URL"))
        self.copy_secret_button = QToolButton()
        self.copy_secret_button.setText(self.tr("Copy URL with secret"))
        self.copy_secret_button.setToolTip(
            self.tr("Anyone with this URL can read and change your portal's data. Share it with nobody.")
        )
        self.body_label = QLabel()
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_label.setWordWrap(True)
        # A long query has no spaces to wrap at: it may not make the window wider than the screen (the
        # end of a very long one is cut; the Code tab and Copy URL have it all).
        self.body_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        themed(self.body_label, "color: {muted};")

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.url_edit, 0, 0)
        layout.addWidget(self.eye, 0, 1)
        layout.addWidget(self.copy_button, 0, 2)
        layout.addWidget(self.copy_secret_button, 0, 3)
        layout.addWidget(self.body_label, 1, 0, 1, 4)

        self.eye.toggled.connect(self._on_eye)
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit(False))
        self.copy_secret_button.clicked.connect(lambda: self.copyRequested.emit(True))
        self.url_edit.textEdited.connect(self._on_edited)

    @property
    def revealed(self) -> bool:
        """Whether the secret is shown."""
        return self.eye.isChecked()

    def _on_eye(self, checked: bool) -> None:
        self.eye.setText(self.tr("Hide secret") if checked else self.tr("Show secret"))
        self.revealToggled.emit(checked)

    def show_preview(self, preview: WirePreview | None, problem: str = "") -> None:
        """Show the URL and POST body (or why there is none)."""
        if preview is None:
            self.url_edit.setText("")
            self.body_label.setText(problem)
            self.copy_button.setEnabled(False)
            self.copy_secret_button.setEnabled(False)
            return
        self.url_edit.setText(preview.url)
        self.url_edit.setCursorPosition(0)
        self.copy_button.setEnabled(True)
        self.copy_secret_button.setEnabled(True)
        if preview.body:
            self.body_label.setText(self.tr("POST body: {body}").format(body=preview.readable_query))
        elif preview.http_method == "POST":
            self.body_label.setText(self.tr("Sent as POST, without parameters."))
        else:
            self.body_label.setText(self.tr("Sent as GET; the parameters are in the URL."))

    def _on_edited(self, text: str) -> None:
        try:
            parsed: ParsedURL = parse_webhook_url(text)
        except WebhookURLError as error:
            self.body_label.setText(str(error))
            return
        self.urlPasted.emit(parsed)

    @staticmethod
    def copy_text(text: str) -> None:
        """Put text on the clipboard."""
        QGuiApplication.clipboard().setText(text)
