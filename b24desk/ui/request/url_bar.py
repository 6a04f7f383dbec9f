"""The URL bar: the call URL the open request would send (secret masked), copy actions, the POST body.

What a person types here is read only when it is complete: on a paste, on Enter or on leaving the
field, never key by key (a prefix of a call URL can parse as a webhook with half a secret). A paste
that does not parse stays in the field with any secret masked, and the line below says what is wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QMenu, QToolButton, QWidget

from b24desk.core.errors import InputError, WebhookURLError
from b24desk.ui.common.elided_label import ElidedLabel
from b24desk.ui.common.theme import themed
from b24desk.ui.request.elided_url_edit import ElidedUrlEdit
from b24desk.ui.request.open_request import OpenRequest

if TYPE_CHECKING:  # webhook URLs are read when a person confirms one (the first screen shows none)
    from b24desk.core.request import WirePreview


class UrlBar(QWidget):
    """Shows the URL that Execute would call; a call URL pasted or entered here is offered to the window."""

    urlPasted = Signal(object)  # ParsedURL
    commandPasted = Signal(object)  # core.curl_import.ImportedCall: a pasted cURL command
    copyRequested = Signal(bool)  # reveal?

    def __init__(self, open_request: OpenRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_request = open_request
        self.url_edit = ElidedUrlEdit()
        self.url_edit.setPlaceholderText(self.tr("Paste a call URL here to load it"))
        self.url_edit.set_base_tooltip(
            self.tr("The call URL, rebuilt on every edit. Paste a call URL here to load it.")
        )
        self.eye = QToolButton()
        self.eye.setCheckable(True)
        self.eye.setText(self.tr("Show secret"))
        self.eye.setToolTip(self.tr("Show the webhook secret in the URL"))
        # One button: a click copies the URL with its secret masked; its menu offers it with the secret too.
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy URL"))
        self.copy_button.setToolTip(self.tr("Copy the URL, the secret masked (the arrow: with the secret)"))
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        copy_menu = QMenu(self.copy_button)
        self.copy_masked_action = copy_menu.addAction(self.tr("Copy URL"))
        self.copy_secret_action = copy_menu.addAction(self.tr("Copy URL with secret"))
        self.copy_secret_action.setToolTip(
            self.tr("Anyone with this URL can read and change your portal's data. Share it with nobody.")
        )
        copy_menu.setToolTipsVisible(True)
        self.copy_button.setMenu(copy_menu)
        self.body_label = ElidedLabel()  # one line: a long body must not widen the window
        themed(self.body_label, "color: {muted};")

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.url_edit, 0, 0)
        layout.addWidget(self.eye, 0, 1)
        layout.addWidget(self.copy_button, 0, 2)
        layout.addWidget(self.body_label, 1, 0, 1, 3)

        self._typed: str | None = None  # text a person typed and has not confirmed (None: the preview is shown)
        self._last = ""  # the field's text before a person's edit (textChanged can come late, after a reload)
        self.eye.toggled.connect(self._on_eye)
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit(False))
        self.copy_masked_action.triggered.connect(lambda: self.copyRequested.emit(False))
        self.copy_secret_action.triggered.connect(lambda: self.copyRequested.emit(True))
        self.url_edit.textEdited.connect(self._on_edited)
        self.url_edit.returnPressed.connect(self._confirm)
        self.url_edit.on_leave, self.url_edit.on_escape = self._left, self._escaped
        open_request.changed.connect(self.show_request)
        self.show_request()

    @property
    def revealed(self) -> bool:
        """Whether the secret is shown."""
        return self.eye.isChecked()

    @property
    def typing(self) -> bool:
        """Whether the field holds text a person typed and has not confirmed."""
        return self._typed is not None

    def _on_eye(self, checked: bool) -> None:
        self.eye.setText(self.tr("Hide secret") if checked else self.tr("Show secret"))
        self.show_request()

    def show_request(self) -> None:
        """Show the URL and POST body the open request would send (or why there is none)."""
        if self._typed is not None:
            return  # a person's unconfirmed text stays until Enter, leaving the field, or Escape
        try:
            preview = self.open_request.preview(reveal=self.revealed)
        except InputError as error:
            self.show_preview(None, str(error))
            return
        self.show_preview(preview)

    def show_preview(self, preview: WirePreview | None, problem: str = "") -> None:
        """Show the URL and POST body (or why there is none)."""
        if preview is None:
            self._set_text("")
            self.body_label.setText(problem)
            self.copy_button.setEnabled(False)
            return
        self._set_text(preview.url)
        self.url_edit.setCursorPosition(0)
        self.copy_button.setEnabled(True)
        if preview.body:
            self.body_label.setText(self.tr("POST body: {body}").format(body=preview.readable_query))
        elif preview.http_method == "POST":
            self.body_label.setText(self.tr("Sent as POST, without parameters."))
        else:
            self.body_label.setText(self.tr("Sent as GET; the parameters are in the URL."))

    def _set_text(self, text: str) -> None:
        self._last = text
        self.url_edit.setText(text)

    def _on_edited(self, text: str) -> None:
        """A key press or a paste: a paste (more than one character put in at once) is read at once."""
        before, self._last = self._last, text
        self._typed = text
        if inserted_length(before, text) > 1:  # a paste or a drop, not typing
            self._confirm()

    def _confirm(self) -> None:
        """Read the typed text as a call URL: load it, or say what is wrong with the secret masked."""
        if self._typed is None:
            return
        text = self._typed.strip()
        if looks_like_command(text):
            self._confirm_command(text)
            return
        from b24desk.core.webhook import mask_unparsed_url, parse_webhook_url

        try:
            parsed = parse_webhook_url(text)
        except WebhookURLError as error:
            masked = mask_unparsed_url(text)
            if masked != text:
                self._typed = masked
                self._set_text(masked)
            self.body_label.setText(self.tr("Not loaded: {reason}").format(reason=mask_unparsed_url(str(error))))
            return
        self._typed = None
        self.urlPasted.emit(parsed)
        self.show_request()

    def _confirm_command(self, text: str) -> None:
        """A pasted cURL command: becomes the request (its webhook offered), or says why not, secret masked."""
        from b24desk.core.curl_import import import_call
        from b24desk.core.webhook import mask_unparsed_url

        try:
            imported = import_call(text)
        except InputError as error:
            self.body_label.setText(self.tr("Not loaded: {reason}").format(reason=mask_unparsed_url(str(error))))
            masked = mask_unparsed_url(text)
            self._typed = masked
            self._set_text(masked)
            return
        self._typed = None
        self.commandPasted.emit(imported)
        self.show_request()

    def discard_typed(self) -> None:
        """Forget unconfirmed text and show the request's URL again."""
        self._typed = None
        self.show_request()

    def _left(self) -> None:
        """Leaving the field confirms what was typed."""
        if self._typed is not None:
            self._confirm()

    def _escaped(self) -> bool:
        """Escape gives the request's URL back (taken only while there is typed text)."""
        if self._typed is None:
            return False
        self.discard_typed()
        return True

    @staticmethod
    def copy_text(text: str) -> None:
        """Put text on the clipboard."""
        QGuiApplication.clipboard().setText(text)


def inserted_length(before: str, after: str) -> int:
    """How many characters an edit put in (a key press: one; a paste: its length)."""
    prefix = 0
    while prefix < min(len(before), len(after)) and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(before), len(after)) - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return len(after) - prefix - suffix


def looks_like_command(text: str) -> bool:
    """Whether pasted text is a command (`curl ...`) rather than a call URL (a URL holds no blanks)."""
    return text.lstrip("$ ").startswith("curl") and any(char.isspace() for char in text.strip())
