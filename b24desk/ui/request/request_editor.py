"""The request editor: method (with completion), GET/POST, all pages, and the parameters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from b24desk.core.request import ApiRequest
from b24desk.ui.request.code_view import CodeView
from b24desk.ui.request.params_editor import ParamsEditor


class RequestEditor(QWidget):
    """Everything about the request except the webhook; emits `requestChanged` on every edit."""

    requestChanged = Signal()
    methodEntered = Signal(str, bool)  # a method name was picked or typed (True), or loaded with a request (False)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method_edit = QLineEdit("profile")
        self.method_edit.setPlaceholderText(self.tr("Method, e.g. crm.lead.list"))
        self.method_names = QStringListModel(self)
        completer = QCompleter(self.method_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.method_edit.setCompleter(completer)
        self.http_method = QComboBox()
        self.http_method.addItems(["POST", "GET"])
        self.http_method.setToolTip(self.tr("POST sends the parameters as a form body; GET puts them in the URL."))
        self.fetch_all = QCheckBox(self.tr("Fetch all pages"))
        self.fetch_all.setToolTip(self.tr("Every row of a list method, 2,500 rows per request through batch."))
        self.params = ParamsEditor()
        self.code = CodeView()
        self.params.tabs.addTab(self.code, self.tr("Code"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Method")))
        top.addWidget(self.method_edit, 1)
        top.addWidget(self.http_method)
        top.addWidget(self.fetch_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.params, 1)
        self.method_edit.textChanged.connect(self._changed)
        completer.activated.connect(lambda name: self.methodEntered.emit(name, True))
        self.method_edit.editingFinished.connect(self._method_typed)
        self._entered = ""
        self.http_method.currentTextChanged.connect(self._changed)
        self.fetch_all.toggled.connect(self._changed)
        self.params.paramsChanged.connect(self._changed)
        self._changed()

    def _changed(self, *_: Any) -> None:
        self.fetch_all.setEnabled(self.method_edit.text().strip().lower().endswith((".list", ".get")))
        self.requestChanged.emit()

    def _method_typed(self) -> None:
        name = self.method_edit.text().strip()
        if name and name != self._entered:  # leaving the field unchanged says nothing new
            self._entered = name
            self.methodEntered.emit(name, True)

    def set_method_names(self, names: list[str]) -> None:
        """The names the method field completes."""
        self.method_names.setStringList(names)

    def request(self) -> ApiRequest:
        """The request as edited; raises ParamsError when the parameters cannot be read."""
        return ApiRequest(
            method=self.method_edit.text().strip(),
            params=self.params.params(),
            http_method="GET" if self.http_method.currentText() == "GET" else "POST",
            fetch_all=self.fetch_all.isEnabled() and self.fetch_all.isChecked(),
        )

    def load(self, request: ApiRequest) -> None:
        """Show a request (from a pasted URL, history or a file)."""
        self.method_edit.setText(request.method)
        self.http_method.setCurrentText(request.http_method)
        self.fetch_all.setChecked(request.fetch_all)
        self.params.set_params(request.params)
        self._entered = request.method
        self.methodEntered.emit(request.method, False)
