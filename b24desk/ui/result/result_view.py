"""The result viewer: Tree, Table and Raw views of an answer, a status line, errors and export."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from b24desk.core.errors import CallError
from b24desk.core.kept_records import is_record_store
from b24desk.core.result_shape import TABLE as TABLE_VIEW
from b24desk.core.result_shape import ResultViewKind, shown_rows, suiting_view
from b24desk.ui.common.elided_label import ElidedLabel
from b24desk.ui.common.lazy_page import LazyPage
from b24desk.ui.common.zoom import ROW_PADDING, fit_rows
from b24desk.ui.result.error_panel import ErrorPanel
from b24desk.ui.result.json_tree_model import JsonTreeModel
from b24desk.ui.result.result_filter import ResultFilter
from b24desk.ui.result.table_model import ResultTableModel, table_rows

if TYPE_CHECKING:
    from b24desk.core.request_document import ResultState
    from b24desk.core.response import CallResult  # comes with the client, after the first screen
    from b24desk.ui.result.headers_view import HeadersView
    from b24desk.ui.result.raw_view import RawView  # made with the Raw page, when it is first shown

TREE, TABLE, RAW = range(3)
FIT_ROWS = 30
MAX_COLUMN_WIDTH = 360
APPEND_EVERY_MS = 250  # pages arriving faster are shown together: each addition repaints the table
EXPAND_LIMIT = 1000  # a top-level value with more children stays closed (opening it lays out every row)


class _ExportRelay(QObject):
    finished = Signal(str, str)  # path, error


class ResultView(QWidget):
    """Shows one answer; the models hold the data, the views only read them.

    The Table, Raw and Headers pages are made when first shown or asked for (`table`, `raw`, `headers`;
    their page's `made` says so): until then the table's model keeps the rows, and what Raw and Headers were last
    told to show is kept for them.
    """

    variableRequested = Signal(str, str)  # "Set as variable": name, value (the window stores it)
    exportFinished = Signal(str, str)  # a JSON export ended: path, error ("" when saved)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.variables_enabled = False  # an environment is chosen: "Set as variable" is offered
        self.status = ElidedLabel()  # one line (the rows need the height); all of it in the tooltip when cut
        self.status.setText(self.tr("No request sent yet. Press Ctrl+Enter to execute."))
        self.tree_model = JsonTreeModel(None, self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        tree_header = self.tree.header()  # key, value, type: the value takes the room left, type fits its words
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tree_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # the type's width from the rows in sight: Qt measures 1,000 rows by default on each opening of a
        # node, asking Python for each cell (about 17,000 calls for a group of 1,000 records)
        tree_header.setResizeContentsPrecision(0)
        self.tree.setColumnWidth(0, 240)
        self.table_model = ResultTableModel(self)
        self.table_proxy = self.table_model  # what the table shows: the model sorts and filters itself
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("Tree"))
        self._raw_wanted: tuple[str, tuple[Any, ...]] = ("set_text", ("",))  # Raw's last order, until it is made
        self._headers_wanted: Mapping[str, str] = {}
        self.table_page = LazyPage(self._make_table, self.tabs, self.tr("Table"))
        self.raw_page = LazyPage(self._make_raw, self.tabs, self.tr("Raw"))
        self.headers_page = LazyPage(self._make_headers, self.tabs, self.tr("Headers"))
        # Ctrl+F belongs to the page (Help > Keyboard shortcuts lists it before Raw is first shown)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self.raw_page, lambda: self.raw.focus_find())
        find.setWhatsThis(QCoreApplication.translate("RawView", "Find in the raw answer"))
        self.filter_edit = ResultFilter(self.table_model, self.tree)
        self.export_json_action = QAction(self.tr("JSON…"), self)
        self.export_json_action.setToolTip(self.tr("Save the whole answer as JSON"))
        self.export_csv_action = QAction(self.tr("Table (CSV or Excel)…"), self)
        self.export_csv_action.setToolTip(self.tr("Save the Table's rows as CSV or as an Excel workbook"))
        self.export_json_action.triggered.connect(lambda: self.export_json())
        self.export_csv_action.triggered.connect(lambda: self.export_csv())
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save the answer as JSON, or the Table's rows as CSV or XLSX"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addActions([self.export_json_action, self.export_csv_action])
        self.export_button.setMenu(export_menu)
        corner = QWidget()  # beside the tabs: the filter and Export take no row of their own
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.setSpacing(4)
        corner_layout.addWidget(self.filter_edit)
        corner_layout.addWidget(self.export_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        QWidget.setTabOrder(self.filter_edit, self.export_button)
        QWidget.setTabOrder(self.export_button, self.tree)  # Tab reaches the corner before the views below it
        self.error_panel = ErrorPanel()
        self.error_panel.showRawRequested.connect(self._show_raw_of_error)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.error_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._status_row = QHBoxLayout()  # the window puts Execute at its start: the answer right below it
        self._status_row.addWidget(self.status, 1)
        layout.addLayout(self._status_row)
        layout.addWidget(self.stack, 1)
        self._result: Any = None
        self._error: CallError | None = None
        self._incoming: list[Sequence[Any]] = []  # pages of rows not yet in the table
        self._append_timer = QTimer(self)
        self._append_timer.setSingleShot(True)
        self._append_timer.setInterval(APPEND_EVERY_MS)
        self._append_timer.timeout.connect(self._append_incoming)
        self.method = ""  # the method of the shown answer: names export files
        self._exporting = 0
        self._export_relay = _ExportRelay(self)  # the export thread holds this, not the view
        self._export_relay.finished.connect(self._export_ended, Qt.ConnectionType.QueuedConnection)
        self._set_export_enabled(False)

    # -- the pages made when first shown -------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.table_model)
        # no sort indicator first: enabling sorting sorts by the indicator's column (0 by default), and with
        # 20,000 rows or more that started a worker sorting the IDs as the table first painted, for nothing
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setWordWrap(False)
        table.horizontalHeader().setResizeContentsPrecision(100)  # widths from the first 100 rows
        fit_rows(table)
        self.fit_columns(table)
        return table

    def _make_raw(self) -> RawView:
        from b24desk.ui.result.raw_view import RawView

        raw = RawView()
        name, arguments = self._raw_wanted
        getattr(raw, name)(*arguments)
        return raw

    def _make_headers(self) -> HeadersView:
        from b24desk.ui.result.headers_view import HeadersView

        headers = HeadersView()
        headers.show_headers(self._headers_wanted)
        return headers

    @property
    def table(self) -> QTableView:
        """The Table page's view of `table_model` (made now if it was not yet)."""
        view = self.table_page.content
        assert isinstance(view, QTableView)
        return view

    @property
    def raw(self) -> RawView:
        """The Raw page (made now if it was not yet)."""
        return cast("RawView", self.raw_page.content)  # what _make_raw made

    @property
    def headers(self) -> HeadersView:
        """The Headers page (made now if it was not yet)."""
        return cast("HeadersView", self.headers_page.content)  # what _make_headers made

    def prepare_for_answer(self) -> None:
        """Make the Table page now, while a request likely to answer with rows is on its way: made by the
        answer's own event (when the Tree is in front, a list's answer brings the Table there), the first
        big list's rows waited ~15 ms more for it."""
        if not self.table_page.built and self.tabs.currentIndex() == TREE:
            self.table  # noqa: B018 (made on first access)

    def _show_raw(self, name: str, *arguments: Any) -> None:
        """Tell the Raw page what to show (`show_value` or `set_text`); kept for it until it is made."""
        if self.raw_page.built:
            getattr(self.raw, name)(*arguments)
        else:
            self._raw_wanted = (name, arguments)

    def _show_headers(self, headers: Mapping[str, str]) -> None:
        if self.headers_page.built:
            self.headers.show_headers(headers)
        else:
            self._headers_wanted = headers

    def height_for_rows(self, rows: int) -> int:
        """The height this view needs to show `rows` whole rows of the Table (status line, tabs, header, scroll bar).

        Before the Table is made, the Tree (the same frame, scroll bar and font) stands in for it."""
        layout = self.layout()
        spacing = max(layout.spacing(), 0) if layout is not None else 0
        # no option (None made PySide6 make the QStyleOption class and its enums to pass it)
        pane_frame = 2 * self.tabs.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, widget=self.tabs)
        if self.table_page.built:
            table = self.table
            header = table.horizontalHeader().sizeHint().height()
            frame, scroll_bar = table.frameWidth(), table.horizontalScrollBar().sizeHint().height()
            row = table.verticalHeader().defaultSectionSize()
        else:  # a header without columns asks no height, as the Table's does
            header = self.tree.header().sizeHint().height() if self.table_model.columnCount() else 0
            frame, scroll_bar = self.tree.frameWidth(), self.tree.horizontalScrollBar().sizeHint().height()
            row = self.tree.fontMetrics().height() + ROW_PADDING  # what fit_rows gives the Table
        chrome = (
            self._status_row.sizeHint().height()
            + spacing
            + self.tabs.tabBar().sizeHint().height()
            + pane_frame
            + header
            + 2 * frame
            + scroll_bar
        )
        return chrome + rows * row

    def lead_status_with(self, widget: QWidget) -> None:
        """Put `widget` (the Execute row) at the start of the status line, above the views; a line between."""
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._status_row.insertWidget(0, line)
        self._status_row.insertWidget(0, widget)

    def zoomed(self) -> list[QWidget]:
        """The views whose text View > Zoom sizes, of those made: Tree, Table, Raw (the rest when made)."""
        made: list[QWidget] = [self.tree]
        if self.table_page.built:
            made.append(self.table)
        if self.raw_page.built:
            made.append(self.raw.text)
        return made

    # -- showing ---------------------------------------------------------------------------------
    def show_result(self, call: CallResult, view: ResultViewKind | None = None) -> None:
        """Show a successful answer in the view that suits it (the open request's; else by its shape).

        The Raw view's text is made when Raw is looked at, off the UI thread.
        """
        self._result = call.envelope
        self._error = None
        self._drop_incoming()
        self.stack.setCurrentIndex(0)
        self.tree_model.set_value(call.envelope)
        self._expand_top_level()
        rows = table_rows(call.result)
        self.table_model.set_rows(shown_rows(call.result))  # a record: one row (the Tree suits it first)
        self.fit_columns()
        self._show_raw("show_value", call.envelope, call.response.body)
        self.status.setText(describe(call))
        self._show_headers(call.response.headers)
        self._set_export_enabled(True, table=rows is not None)
        if (view or suiting_view(call.result)) == TABLE_VIEW:
            if self.tabs.currentIndex() == TREE:  # Raw stays Raw: a person chose it
                self.tabs.setCurrentIndex(TABLE)
        elif self.tabs.currentIndex() == TABLE:  # a record or a scalar: the Tree suits it (the Table: one row at most)
            self.tabs.setCurrentIndex(TREE)

    def show_state(self, state: ResultState) -> None:
        """Show a request document's last result (another tab's) in its view; none: an empty view."""
        value = state.value
        self._result = state.answer if state.answer is not None else value  # as show_result / finish_rows keep
        self._error = None
        self.stack.setCurrentIndex(0)
        self._drop_incoming()
        self.tree_model.set_value(_tree_value(self._result))
        self._expand_top_level()
        rows = table_rows(value) if value is not None else None
        self.table_model.set_rows(shown_rows(value))
        self.fit_columns()
        shown = self._result  # the Raw view cuts a long list to its first rows itself
        if value is None:
            self._show_raw("set_text", "")
        else:
            self._show_raw("show_value", shown)
        self.status.setText(
            state.summary if value is not None else self.tr("No request sent yet. Press Ctrl+Enter to execute.")
        )
        self._set_export_enabled(value is not None, table=rows is not None)
        if value is not None and state.view == TABLE_VIEW:
            if self.tabs.currentIndex() == TREE:
                self.tabs.setCurrentIndex(TABLE)
        elif self.tabs.currentIndex() == TABLE:
            self.tabs.setCurrentIndex(TREE)

    def start_rows(self, rows: Sequence[Any], headers: Mapping[str, str] | None = None) -> None:
        """Begin a fetch-all: the table shows rows as pages arrive; Headers, the first page's answer's."""
        self._result = None
        self._error = None
        self._drop_incoming()
        self.stack.setCurrentIndex(0)
        self.table_model.set_rows(rows)
        self.fit_columns()
        self.tabs.setCurrentIndex(TABLE)
        self.tree_model.set_value(None)
        self._show_raw("set_text", "")
        self._show_headers(headers or {})

    def append_rows(self, rows: Sequence[Any]) -> None:
        """Add a page of rows to the table (with the other pages of the next quarter second)."""
        self._incoming.append(rows)
        if not self._append_timer.isActive():
            self._append_timer.start()

    def _append_incoming(self) -> None:
        pages, self._incoming = self._incoming, []
        if not pages:
            return
        from b24desk.core.record_store import gathered  # loaded with the first answer, not the first screen

        rows: Sequence[Any] = []
        for page in pages:
            rows = gathered(rows, page)
        self.table_model.append_rows(rows)

    def _drop_incoming(self) -> None:
        self._append_timer.stop()
        self._incoming = []

    def finish_rows(self, summary: str) -> None:
        """A fetch-all ended: the tree and raw views get every row too."""
        self._append_timer.stop()
        self._append_incoming()
        rows = self.table_model.all_rows()
        self._result = rows
        self.tree_model.set_value(_tree_value(rows))
        self._expand_top_level()
        self._show_raw("show_value", rows)
        self.status.setText(summary)
        self._set_export_enabled(True, table=True)

    def _expand_top_level(self) -> None:
        """Open the envelope's keys, but not a long list: the view would lay out each of its rows."""
        for row in range(self.tree_model.rowCount()):
            index = self.tree_model.index(row, 0)
            if 0 < self.tree_model.length(index) <= EXPAND_LIMIT:
                self.tree.expand(index)

    def fit_columns(self, table: QTableView | None = None) -> None:
        """Column widths from the header and the first rows, in the Table's font (Qt's own fit measures far
        more, slowly); the Table made later fits them as it is made, and again once View > Zoom sized it."""
        if table is None:
            if not self.table_page.built:
                return
            table = self.table
        metrics = table.fontMetrics()
        sample = [self.table_model.row(i) for i in range(min(FIT_ROWS, self.table_model.rowCount()))]
        for column, name in enumerate(self.table_model.columns):
            texts = [name] + [self.table_model.cell_text(row.get(name)) for row in sample]
            width = max(metrics.horizontalAdvance(text[:80]) for text in texts) + 24
            table.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))

    def show_error(self, error: CallError, note: str = "") -> None:
        """Show a failure explained; the raw answer stays reachable."""
        self._error = error
        self._result = None
        self._drop_incoming()
        self.error_panel.show_error(error, note)
        self.stack.setCurrentIndex(1)
        status = f"HTTP {error.response.status}" if error.response else self.tr("No answer")
        self.status.setText(status)
        self._show_headers(error.response.headers if error.response else {})
        self._set_export_enabled(False)

    def show_message(self, text: str) -> None:
        """A status line message (running, cancelled)."""
        self.status.setText(text)

    def _show_raw_of_error(self) -> None:
        if self._error is not None and self._error.response is not None:
            self._show_raw("set_text", self._error.response.text(limit=200_000))
            self.stack.setCurrentIndex(0)
            self.tabs.setCurrentIndex(RAW)

    # -- actions ---------------------------------------------------------------------------------
    def _set_export_enabled(self, enabled: bool, table: bool = False) -> None:
        self.export_json_action.setEnabled(enabled and not self._exporting)
        self.export_csv_action.setEnabled(enabled and table)
        self.export_button.setEnabled(enabled)

    def _tree_menu(self, point: Any) -> None:
        index = self.tree.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        copy_value = QAction(self.tr("Copy value"), menu)
        copy_value.triggered.connect(lambda: self.copy_value(index))
        copy_path = QAction(self.tr("Copy path"), menu)
        copy_path.triggered.connect(lambda: self.copy_path(index))
        menu.addActions([copy_value, copy_path])
        if self.variables_enabled:
            as_variable = QAction(self.tr("Set as variable…"), menu)
            as_variable.triggered.connect(lambda: self.ask_variable(index))
            menu.addAction(as_variable)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def ask_variable(self, index: QModelIndex) -> None:
        """Ask a variable name for the value at `index` (its key is offered), then announce it."""
        from PySide6.QtWidgets import QInputDialog

        key = self.tree_model.copy_path(index).rsplit("[", 1)[-1].rstrip("]") or "value"
        name, ok = QInputDialog.getText(
            self, self.tr("Set as variable"), self.tr("Variable name in the current environment:"), text=key
        )
        if ok and name.strip():
            self.set_variable(index, name.strip())

    def set_variable(self, index: QModelIndex, name: str) -> None:
        """Announce that the value at `index` is to be stored as the variable `name` (the window stores it)."""
        self.variableRequested.emit(name, self.tree_model.copy_value(index))

    def copy_value(self, index: QModelIndex) -> None:
        """Copy the value at a tree index."""
        QGuiApplication.clipboard().setText(self.tree_model.copy_value(index))

    def copy_path(self, index: QModelIndex) -> None:
        """Copy the path of a tree index (`[result][0][ID]`)."""
        QGuiApplication.clipboard().setText(self.tree_model.copy_path(index))

    def export_json(self, path: str | None = None) -> None:
        """Save the shown result as UTF-8 JSON (asks where when no path is given), in a worker thread: a
        big answer's records are decoded and written one by one. `exportFinished` says when it is saved."""
        from b24desk.ui.result.export_files import ask_json_path

        path = path or ask_json_path(self, self.method)
        if not path:
            return
        result, relay = self._result, self._export_relay
        self.export_json_action.setEnabled(False)  # one export at a time
        self._exporting += 1

        def save() -> None:
            from b24desk.core.export import save_result_json  # (csv, its writers): on first export

            error = ""
            try:
                save_result_json(result, path)
            except (OSError, TypeError, ValueError) as failure:
                error = str(failure)
            with contextlib.suppress(RuntimeError):  # the view was closed meanwhile (the file is saved)
                relay.finished.emit(path, error)

        threading.Thread(target=save, name="export-json", daemon=True).start()

    @property
    def exporting(self) -> bool:
        """A JSON export is being written."""
        return self._exporting > 0

    def _export_ended(self, path: str, error: str) -> None:
        self._exporting -= 1
        self.export_json_action.setEnabled(self._result is not None and not self._exporting)
        if error:
            self.status.setText(self.tr("Could not save {path}: {error}").format(path=path, error=error))
        self.exportFinished.emit(path, error)

    def export_csv(self, path: str | None = None, separator: str | None = None) -> None:
        """Save the Table's rows; with no path, ask where and how: CSV for Excel (the region's separator), an
        Excel workbook, or plain CSV. With a path it is CSV: plain without a separator, Excel's with one."""
        from b24desk.core.export import rows_to_csv, rows_to_excel_csv
        from b24desk.ui.result.export_files import ask_table_path

        if not path:
            path, chosen = ask_table_path(self, self.method)
            if not path:
                return
            if chosen.kind == "xlsx":
                self.export_xlsx(path)
                return
            separator = chosen.separator if chosen.separator != "," else None
        rows, columns = self.table_model.all_rows(), self.table_model.columns
        text = rows_to_excel_csv(rows, columns, separator) if separator else rows_to_csv(rows, columns)
        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(text)
        except OSError as error:
            self._export_failed(path, error.strerror or str(error))

    def export_xlsx(self, path: str) -> None:
        """Save the Table's rows as an Excel workbook (numbers as numbers, a frozen header)."""
        from b24desk.core.export import XLSX_MAX_ROWS, rows_to_xlsx

        try:
            rows_to_xlsx(self.table_model.all_rows(), self.table_model.columns, path, sheet=self.method)
        except OSError as error:
            self._export_failed(path, error.strerror or str(error))
        except ValueError:  # more rows than a sheet holds
            reason = self.tr("an Excel sheet holds {rows} rows; export CSV instead").format(rows=XLSX_MAX_ROWS)
            self._export_failed(path, reason)

    def _export_failed(self, path: str, reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("{path} was not saved: {reason}").format(path=path, reason=reason)
        QMessageBox.warning(self, self.tr("Export"), text)


def _tree_value(value: Any) -> Any:
    """What the Tree shows for a result: a list past EXPAND_LIMIT rows (a fetch-all's) under a `result`
    key that stays closed, as one answer's list does. At the top, the view would lay out every row,
    two calls into Python each: 50,000 rows froze the window for a second."""
    if (isinstance(value, list) or is_record_store(value)) and len(value) > EXPAND_LIMIT:
        return {"result": value}
    return value


def describe(call: CallResult) -> str:
    """The status line for an answer: HTTP status, paging figures, times, size, the portal's time block."""
    from PySide6.QtCore import QCoreApplication, QLocale

    translate = QCoreApplication.translate
    parts = [f"HTTP {call.response.status}"]
    # the paging figures first: the line is cut at its end when narrow (all of it is in its tooltip)
    if call.total is not None:
        parts.append(translate("ResultView", "total {n}").format(n=call.total))
    if call.next is not None:
        parts.append(translate("ResultView", "next {n}").format(n=call.next))
    parts.append(translate("ResultView", "{ms:.0f} ms").format(ms=call.response.elapsed * 1000))
    parts.append(QLocale().formattedDataSize(len(call.response.body)))
    time = call.time
    if time.duration is not None:
        parts.append(translate("ResultView", "portal: duration {d:.3f} s").format(d=time.duration))
    if time.processing is not None:
        parts.append(translate("ResultView", "processing {p:.3f} s").format(p=time.processing))
    if time.operating is not None:
        parts.append(translate("ResultView", "operating {o:.2f} s").format(o=time.operating))
    rate_wait = sum(w.seconds for w in call.waits if w.reason == "rate_limit")
    if rate_wait >= 0.05:
        parts.append(translate("ResultView", "waited {s:.1f} s for the portal's rate limit").format(s=rate_wait))
    retries = [w for w in call.waits if w.reason == "retry"]
    if retries:
        parts.append(
            translate("ResultView", "retried {n}× ({codes})").format(
                n=len(retries), codes=", ".join({w.code for w in retries})
            )
        )
    parts.extend(call.warnings)
    return " · ".join(parts)
