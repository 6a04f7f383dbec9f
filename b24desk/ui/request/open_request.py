"""The open request for Qt: the core's `RequestDocument`, the grid's model over its rows, and one `changed` signal.

The editor, URL bar, Code tab, Execute row, Request menu, history and result view read and write
this object, never each other; the window only connects them. The webhook the request goes through
is here too (the picker sets it), so the URL bar and Execute read one thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from b24desk.core.errors import InputError
from b24desk.core.param_rows import ParamRow, documented_keys, required_rows
from b24desk.core.request import ApiRequest, HttpMethod, WirePreview, wire_preview
from b24desk.core.request_document import MethodLookup, RequestDocument
from b24desk.core.request_file import SavedRequest
from b24desk.core.result_shape import ResultViewKind
from b24desk.ui.request.params_model import ParamsModel

if TYPE_CHECKING:
    from b24desk.core.secret import Secret
    from b24desk.core.variables import Resolution, VariableValue  # {{names}}: with the first one resolved
    from b24desk.core.webhook import Webhook


class OpenRequest(QObject):
    """One request being edited; every change to it is announced once, by `changed`."""

    changed = Signal()
    documentSwitched = Signal()  # another document (tab) is shown: the result view shows its last answer

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = RequestDocument()
        self.webhook: Webhook | None = None
        self.variables: dict[str, VariableValue] = {}  # the chosen environment's values ({{name}} in values)
        self.environment: str | None = None
        self.model = ParamsModel(self)
        self._pushing = False
        self.model.rowsEdited.connect(self._rows_edited)

    # -- reading -----------------------------------------------------------------------------------
    @property
    def method(self) -> str:
        """The method as in the method field (what would be sent)."""
        return self.document.method

    def request(self) -> ApiRequest:
        """What Execute sends; raises ParamsError when the parameters cannot be read."""
        return self.document.request()

    def resolution(self, *, reveal: bool = False) -> Resolution:
        """The request with the environment's values in place of {{names}} (secret values masked unless `reveal`)."""
        from b24desk.core.variables import resolve

        return resolve(SavedRequest(self.document.request()), self.variables, reveal=reveal)

    def sendable(self) -> tuple[ApiRequest, ApiRequest, tuple[Secret, ...]]:
        """What Execute sends, what history records (secret values masked) and the secret values used.

        Raises InputError: the parameters cannot be read, or a {{name}} has no value (named).
        """
        sent = self.resolution(reveal=True).require_defined(self.environment)
        return sent.request, self.resolution(reveal=False).request, sent.secrets

    def preview(self, *, reveal: bool = False) -> WirePreview:
        """The exact URL and body Execute would send, variables resolved; raises InputError saying why there is none."""
        if self.webhook is None:  # (the first screen's case) parameters that cannot be read are said first
            self.document.request()
            raise InputError(self.tr("Add a webhook to build the call URL."))
        return wire_preview(self.webhook, self.resolution(reveal=reveal).request, reveal=reveal)

    # -- writing -----------------------------------------------------------------------------------
    def set_lookup(self, lookup: MethodLookup) -> None:
        """Where the catalogue's facts about a method come from (the browser's catalogue, once loaded)."""
        self.document.lookup = lookup
        self._mark_required()
        self._show_hints()
        self.changed.emit()

    def set_variables(self, values: dict[str, VariableValue], environment: str | None) -> None:
        """The chosen environment and its values (secret ones from the keyring)."""
        self.variables, self.environment = dict(values), environment
        self.model.set_defined_variables(frozenset(values))
        self.changed.emit()

    def set_webhook(self, webhook: Webhook | None) -> None:
        """The webhook the request goes through (the picker's selection)."""
        self.webhook = webhook
        self.changed.emit()

    def type_method(self, text: str) -> None:
        """A key press in the method field: what would be sent changes, the rows stay their method's."""
        if text.strip() != self.document.method:
            self.document.type_method(text)
            self.changed.emit()

    def settle_method(self, name: str | None = None) -> None:
        """A method picked, or typed and confirmed: its own rows come back (a new one: its required rows)."""
        switched = self.document.settle_method(name)
        if switched:
            self._push_rows()
        info = self.document.info
        if info is not None:
            self.model.set_required(required_rows(info.params))  # rows stay the document's: see _rows_edited
        self._show_hints()
        self.changed.emit()

    def set_http_method(self, verb: HttpMethod) -> None:
        """GET or POST."""
        if verb != self.document.http_method:
            self.document.http_method = verb
            self.changed.emit()

    def set_fetch_all_wanted(self, wanted: bool) -> None:
        """The person's wish to fetch every page (it applies only to a method that pages)."""
        if wanted != self.document.fetch_all_wanted:
            self.document.fetch_all_wanted = wanted
            self.changed.emit()

    def set_params(self, params: dict[str, Any]) -> None:
        """Parameters typed as JSON."""
        self.document.set_params(params)
        self._push_rows()
        self.changed.emit()

    def replace_rows(self, rows: list[ParamRow]) -> None:
        """Every row replaced (unticked ones too), the method unchanged."""
        self.document.set_rows(rows)
        self._push_rows()
        self.changed.emit()

    def set_params_problem(self, text: str) -> None:
        """The parameters as typed (JSON) cannot be read: Execute waits, the rows stay."""
        self.document.set_params_problem(text)
        self.changed.emit()

    def _mark_required(self) -> None:
        """The grid marks the shown document's method's required keys (its rows stay exactly its own)."""
        info = self.document.info
        self.model.mark_required(set(required_rows(info.params)) if info is not None else set())

    def switch_document(self, document: RequestDocument) -> None:
        """Show another request document (another tab): the views follow; the catalogue lookup is kept."""
        document.lookup = self.document.lookup
        self.document = document
        self._push_rows()
        self._mark_required()
        self._show_hints()
        self.changed.emit()
        self.documentSwitched.emit()

    def load(self, request: ApiRequest) -> None:
        """Open a saved request (a file): exactly its parameters, verb and fetch-all."""
        self.document.load(request)
        self._push_rows()
        self._mark_required()
        self._show_hints()
        self.changed.emit()

    def open_call(self, method: str, params: dict[str, Any]) -> None:
        """Open a call (a pasted URL, history): its method and exactly its parameters; verb and fetch-all stay."""
        self.document.open_call(method, params)
        self._push_rows()
        self._mark_required()
        self._show_hints()
        self.changed.emit()

    def set_result(self, value: Any, summary: str = "", answer: Any = None) -> ResultViewKind:
        """Remember the last answer's result, status line and whole answer; returns the view that suits it."""
        kind = self.document.set_result(value, summary, answer)
        self.changed.emit()
        return kind

    def clear_result(self) -> None:
        """The last call gave no result (it failed): this document has none to show again."""
        self.document.clear_result()
        self.changed.emit()

    # -- the grid ----------------------------------------------------------------------------------
    def _push_rows(self) -> None:
        self._pushing = True
        try:
            self.model.set_rows(self.document.rows)
        finally:
            self._pushing = False

    def _rows_edited(self) -> None:
        if self._pushing:
            return
        self.document.set_rows(self.model.rows())
        self.changed.emit()

    def _show_hints(self) -> None:
        info = self.document.info
        self.model.set_known_keys(documented_keys(info.params) if info is not None else {})
