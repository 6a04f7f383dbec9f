"""The Code tab: the current request as PHP, Python or cURL, updated live; copy or save it."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from b24desk.core.request import ApiRequest
from b24desk.core.secret_mask import mask_secrets
from b24desk.core.snippets import FILE_SUFFIX, LANGUAGES, SnippetOptions, generate
from b24desk.core.webhook import Webhook


class CodeView(QWidget):
    """A language picker, options, the generated code, Copy and Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for key, (label, _) in LANGUAGES.items():
            self.language.addItem(label, key)
        self.all_pages = QCheckBox(self.tr("All pages"))
        self.embed_secret = QCheckBox(self.tr("Embed webhook URL (secret)"))
        self.code = QPlainTextEdit()
        self.code.setReadOnly(True)
        self.code.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = self.code.font()
        font.setFamily("monospace")
        self.code.setFont(font)
        # three lines at the least: the tab's minimum is the request side's, which the result's rows share
        self.code.setMinimumHeight(self.code.fontMetrics().lineSpacing() * 3 + 8)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.save_button = QPushButton(self.tr("Save as…"))
        # The language and the buttons: the window puts them beside its Grid/JSON/Code tabs (no row of their own).
        self.toolbar = QWidget()
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(0, 0, 0, 2)
        bar.setSpacing(4)
        bar.addWidget(self.language)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.save_button)
        options = QHBoxLayout()  # a row of its own: in German or Russian one row would widen the whole window
        options.addWidget(self.all_pages)
        options.addWidget(self.embed_secret)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addWidget(self.code)
        self._request: ApiRequest | None = None
        self._stale = False
        self._webhook: Webhook | None = None
        self.language.currentIndexChanged.connect(self.regenerate)
        self.all_pages.toggled.connect(self.regenerate)
        self.embed_secret.toggled.connect(self._on_embed)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code_text()))
        self.save_button.clicked.connect(lambda: self.save())

    def order_focus(self, tab_bar: QWidget) -> None:
        """Tab in reading order once the toolbar is in the window, from the tabs' `tab_bar`: the toolbar
        beside the tabs, options, code. (Qt put a tab made after the window at the end of its chain.)"""
        reading_order = (tab_bar, self.language, self.copy_button, self.save_button, self.all_pages, self.embed_secret)
        for before, after in pairwise((*reading_order, self.code)):
            QWidget.setTabOrder(before, after)

    def show_request(self, request: ApiRequest | None, webhook: Webhook | None) -> None:
        """Follow the editor: regenerate for this request and webhook now if shown, else when shown."""
        self._request, self._webhook = request, webhook
        if self.isVisible():
            self.regenerate()
        else:
            self._stale = True  # an edit with the tab hidden costs nothing here

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the edits made while the tab was hidden."""
        if self._stale:
            self.regenerate()
        super().showEvent(event)

    def code_text(self) -> str:
        """The code for the current request (brought up to date first)."""
        if self._stale:
            self.regenerate()
        return self.code.toPlainText()

    def _on_embed(self, checked: bool) -> None:
        if checked:
            answer = QMessageBox.warning(
                self,
                self.tr("Embed the secret?"),
                self.tr(
                    "The code will contain the webhook URL with its secret. Anyone who reads the file can "
                    "read and change your portal's data, and Bitrix24 blocks a webhook whose secret is found "
                    "in public. Embed it anyway?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.embed_secret.blockSignals(True)
                self.embed_secret.setChecked(False)
                self.embed_secret.blockSignals(False)
                return
        self.regenerate()

    def options(self) -> SnippetOptions:
        """The options as ticked."""
        return SnippetOptions(all_pages=self.all_pages.isChecked(), embed_secret=self.embed_secret.isChecked())

    def regenerate(self) -> None:
        """Rebuild the code for the current request, language and options."""
        self._stale = False
        if self._request is None:
            self.code.setPlainText("")
            return
        key = str(self.language.currentData())
        self.code.setPlainText(generate(key, self._request, self._webhook, self.options()))

    def save(self, path: str | None = None) -> None:
        """Save the code to a file (asks where when no path is given)."""
        key = str(self.language.currentData())
        if path is None:
            name = f"{self._request.method if self._request else 'call'}{FILE_SUFFIX[key]}"
            path = QFileDialog.getSaveFileName(self, self.tr("Save code"), name)[0]
        if path:
            text = self.code_text()
            if not self.embed_secret.isChecked():  # an edit may have pasted a secret back in
                text = mask_secrets(text, (self._webhook.secret,) if self._webhook is not None else ())
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
