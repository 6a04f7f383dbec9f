"""The request editor: method (with completion), GET/POST, all pages, and the parameters of the open request."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from b24desk.core.errors import InputError
from b24desk.core.request import ApiRequest
from b24desk.ui.request.open_request import OpenRequest
from b24desk.ui.request.params_editor import ParamsEditor

if TYPE_CHECKING:
    from b24desk.ui.request.code_view import CodeView


class RequestEditor(QWidget):
    """Everything about the request except the webhook, shown from and written to the open request.

    The method field tells the request each key press (what would be sent) and settles the method on
    Enter, on leaving the field or on a completion: only then do that method's own rows come back.
    The Code tab is made when first looked at (`code`); `codeMade` says so (the window zooms and names it).
    """

    codeMade = Signal(object)  # the CodeView

    def __init__(self, open_request: OpenRequest | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_request = open_request if open_request is not None else OpenRequest(self)
        self.method_edit = QLineEdit(self.open_request.method)
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
        self.params = ParamsEditor(self.open_request)
        self._code: CodeView | None = None
        self.code_page = QWidget()  # holds the Code tab once it is first looked at
        QVBoxLayout(self.code_page).setContentsMargins(0, 0, 0, 0)
        self.params.add_page(self.code_page, self.tr("Code"))  # its buttons join the tabs' corner when made
        self.params.tabs.currentChanged.connect(self._tab_shown)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Method")))
        top.addWidget(self.method_edit, 1)
        top.addWidget(self.http_method)
        top.addWidget(self.fetch_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.params, 1)
        request = self.open_request
        self.method_edit.textChanged.connect(request.type_method)
        completer.activated.connect(request.settle_method)
        self.method_edit.editingFinished.connect(lambda: request.settle_method())
        self.http_method.currentTextChanged.connect(
            lambda verb: request.set_http_method("GET" if verb == "GET" else "POST")
        )
        self.fetch_all.clicked.connect(request.set_fetch_all_wanted)
        request.changed.connect(self._show)
        self._show()

    @property
    def code(self) -> CodeView:
        """The Code tab, made on first use: the snippet generators load then, not with the first screen."""
        if self._code is None:
            from b24desk.ui.request.code_view import CodeView

            self._code = CodeView()
            layout = self.code_page.layout()
            assert layout is not None
            layout.addWidget(self._code)
            self.params.set_corner(self.code_page, self._code.toolbar)  # language, Copy, Save beside the tabs
            self._code.order_focus(self.params.tabs.tabBar())
            self._show_code(self._code)
            self.codeMade.emit(self._code)
        return self._code

    def _tab_shown(self, index: int) -> None:
        if self.params.tabs.widget(index) is self.code_page:
            self.code  # noqa: B018  (made now, shown in this turn)

    def _show_code(self, code: CodeView) -> None:
        with suppress(InputError):  # the code keeps the last request that could be sent; the grid says why
            code.show_request(self.open_request.resolution().request, self.open_request.webhook)  # secrets masked

    def _verb_chosen(self, verb: str) -> None:
        self.open_request.set_http_method("GET" if verb == "GET" else "POST")

    def _show(self) -> None:
        """Show the open request: method, verb, whether every page is fetched (and can be), its code."""
        document = self.open_request.document
        if self._code is not None:  # {{names}} filled, secrets masked; regenerated only while shown
            self._show_code(self._code)
        if self.method_edit.text().strip() != document.method:
            self.method_edit.setText(document.method)
        if self.http_method.currentText() != document.http_method:
            self.http_method.setCurrentText(document.http_method)
        applies = document.fetch_all_applies
        self.fetch_all.setEnabled(applies)
        self.fetch_all.setChecked(document.fetch_all)
        self.fetch_all.setToolTip(
            self.tr("Every row of a list method, 2,500 rows per request through batch.")
            if applies
            else self.tr("This method returns no list to page through (as its documentation says).")
        )

    def set_method_names(self, names: list[str]) -> None:
        """The names the method field completes."""
        self.method_names.setStringList(names)

    def request(self) -> ApiRequest:
        """The request as edited; raises ParamsError when the parameters cannot be read."""
        return self.open_request.request()

    def load(self, request: ApiRequest) -> None:
        """Show a request (from a pasted URL, history or a file)."""
        self.open_request.load(request)
