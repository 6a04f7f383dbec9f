"""Parameters as a grid of PHP keys or as raw JSON; switching between the two loses nothing."""

from __future__ import annotations

import json
from contextlib import suppress
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from b24desk.core.errors import ParamsError
from b24desk.core.param_rows import TYPES, ParamRow, params_to_rows
from b24desk.ui.common.lazy_page import LazyPage
from b24desk.ui.common.problem_label import ProblemLabel
from b24desk.ui.request.open_request import OpenRequest
from b24desk.ui.request.param_delegates import ParamDelegate
from b24desk.ui.request.params_grid import ParamsGrid
from b24desk.ui.request.params_model import KEY, VALUE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit  # the JSON page's: its class is made when the page is

    from b24desk.ui.request.list_dialog import ListDialog  # made when a list is first edited

GRID, JSON_TAB = 0, 1
GRID_ROWS_KEPT = 4  # parameters the grid keeps in sight at its smallest (with the blank row below them)


class ParamsEditor(QWidget):
    """The grid (a tree of PHP keys) and the JSON text of the same parameters; a message when one cannot be read."""

    def __init__(self, open_request: OpenRequest | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_request = open_request if open_request is not None else OpenRequest(self)
        self.model = self.open_request.model
        self.grid = ParamsGrid()  # Return on a cell edits it, as F2 does
        self.grid.setModel(self.model)
        self.grid.setUniformRowHeights(True)
        self.grid.setAllColumnsShowFocus(True)
        self.grid.setTabKeyNavigation(True)
        self.delegate = ParamDelegate(self.model, self.grid)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.grid.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The type column fits the longest type name once; fitting it to its contents measured every
        # row's cell again after each edit (thousands of data() calls at 200 rows).
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        type_width = max(self.grid.fontMetrics().horizontalAdvance(name) for name in (*TYPES, "object", "list"))
        self.grid.setColumnWidth(2, type_width + 40)  # room for the combo box's arrow when editing
        self.grid.setColumnWidth(0, 220)
        # four parameters and the blank row stay in sight however the height is shared (the result's rows first)
        row = max(self.grid.sizeHintForRow(0), self.grid.fontMetrics().height())
        kept = (GRID_ROWS_KEPT + 1) * row + header.sizeHint().height() + 2 * self.grid.frameWidth()
        self.grid.setMinimumHeight(kept)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu)
        self.grid.doubleClicked.connect(self._double_clicked)
        self.model.modelReset.connect(self.grid.expandAll)
        for change in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            change.connect(self._span_blank_row)
        self._spanned = -1
        self.model.rowsInserted.connect(self._expand_inserted)
        self.model.parameterPlaced.connect(self._focus_later)
        self._closed_with = QAbstractItemDelegate.EndEditHint.NoHint  # how the last editor was left (Tab, Return)
        self.delegate.closeEditor.connect(self._editor_closed)
        self.add_inside_button = QPushButton(self.tr("Add inside"))
        self.add_inside_button.setToolTip(self.tr("Add a key to the selected group (Ctrl+Ins)"))
        self.add_inside_button.clicked.connect(self.add_inside)
        self.list_button = QPushButton(self.tr("Edit list…"))
        self.list_button.setToolTip(self.tr("Edit the selected parameter's values as a list, one per row"))
        self.list_button.clicked.connect(self.edit_list)
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.grid, self.remove_selected)
        remove.setWhatsThis(self.tr("Remove the selected parameters"))  # listed in Help > Keyboard shortcuts
        QShortcut(QKeySequence("Ctrl+Ins"), self.grid, self.add_inside).setWhatsThis(
            self.tr("Add a key to the selected group")
        )
        self.list_dialog: ListDialog | None = None  # the open multi-value editor, while it is open

        self.message = ProblemLabel()

        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid)
        # How keys are written is told where a key is typed (the blank row's tooltip): no label squeezing the grid.
        self.model.key_syntax_hint = self.tr("Keys use PHP syntax: fields[TITLE], select[], filter[>ID]")
        # The grid's buttons sit beside the Grid/JSON/Code tabs, shown with the grid: no row of their own.
        self.grid_buttons = QWidget()
        buttons = QHBoxLayout(self.grid_buttons)
        buttons.setContentsMargins(0, 0, 0, 2)
        buttons.setSpacing(4)
        for button in (self.add_inside_button, self.list_button, self.remove_button):
            buttons.addWidget(button)

        self.tabs = QTabWidget()
        self.tabs.addTab(grid_page, self.tr("Grid"))
        self.json_page = LazyPage(self._make_json, self.tabs, self.tr("JSON"))  # made when first shown
        self._corners: list[QWidget | None] = [self.grid_buttons, None]  # each tab's buttons beside the tabs
        self._corner = corner = QWidget()
        self._corner_layout = QHBoxLayout(corner)
        self._corner_layout.setContentsMargins(0, 0, 0, 0)
        self._corner_layout.addWidget(self.grid_buttons)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        QWidget.setTabOrder(self.tabs.tabBar(), self.add_inside_button)  # the buttons beside the tabs come first
        for before, after in pairwise((self.add_inside_button, self.list_button, self.remove_button, self.grid)):
            QWidget.setTabOrder(before, after)
        self.tabs.currentChanged.connect(self._switch)
        self.tabs.currentChanged.connect(self._show_corner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)

        self._span_blank_row()
        self._mode = GRID
        self._writing_json = False
        self.open_request.changed.connect(self._request_changed)

    def _make_json(self) -> QPlainTextEdit:
        from PySide6.QtWidgets import QPlainTextEdit

        edit = QPlainTextEdit()
        edit.setPlaceholderText('{"filter": {">ID": 10}, "select": ["ID", "TITLE"]}')
        document = self.open_request.document
        if not document.params_problem:
            with suppress(ParamsError):  # the grid says why
                _write_json(edit, document.params())  # the open request as it is now
        edit.textChanged.connect(self._json_edited)
        return edit

    @property
    def json_edit(self) -> QPlainTextEdit:
        """The JSON page's text (made now if it was not yet)."""
        from PySide6.QtWidgets import QPlainTextEdit  # made with the page

        edit = self.json_page.content
        assert isinstance(edit, QPlainTextEdit)
        return edit

    def add_page(self, page: QWidget, title: str, corner: QWidget | None = None) -> None:
        """Another view of the request as a tab (the Code tab); `corner`: its buttons, shown beside the tabs."""
        self.tabs.addTab(page, title)
        self._corners.append(corner)
        if corner is not None:
            self._corner_layout.addWidget(corner)
        self._show_corner(self.tabs.currentIndex())

    def set_corner(self, page: QWidget, corner: QWidget) -> None:
        """Give a tab added before its buttons existed (the Code tab, made when first shown) its buttons."""
        self._corners[self.tabs.indexOf(page)] = corner
        self._corner_layout.addWidget(corner)
        self._show_corner(self.tabs.currentIndex())

    def _show_corner(self, index: int) -> None:
        for tab, corner in enumerate(self._corners):
            if corner is not None:
                corner.setVisible(tab == index)
        self._corner.adjustSize()
        self.tabs.setCornerWidget(self._corner, Qt.Corner.TopRightCorner)  # the tabs make room for its new width
        self._corner.setVisible(True)  # setting it again hid it

    def _json_edited(self) -> None:
        """JSON typed: the open request takes it when it reads, or learns why it does not."""
        try:
            params = self._read_json()
        except ParamsError as error:
            self.open_request.set_params_problem(str(error))
            return
        self._writing_json = True
        try:
            self.open_request.set_params(params)
        finally:
            self._writing_json = False

    def _read_json(self) -> dict[str, Any]:
        text = self.json_edit.toPlainText().strip() or "{}"
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise ParamsError(
                self.tr("The JSON is not valid: {reason} (line {line}, column {column}).").format(
                    reason=error.msg, line=error.lineno, column=error.colno
                )
            ) from None
        if not isinstance(value, dict):
            raise ParamsError(self.tr("The JSON must be an object: {example}").format(example="{...}"))
        return value

    def _request_changed(self) -> None:
        """Show the open request: its problem, and its parameters as JSON unless the JSON typed says them."""
        document = self.open_request.document
        self.message.setText(document.params_problem)
        if self._writing_json or document.params_problem:
            return
        try:
            params = document.params()
        except ParamsError as error:
            self.message.setText(str(error))
            return
        if self.json_page.built:  # else the page shows the request as it is when it is made
            _write_json(self.json_edit, params)

    def params(self) -> dict[str, Any]:
        """The parameters of the open request; raise ParamsError when they cannot be read."""
        return self.open_request.document.params()

    def set_params(self, params: dict[str, Any]) -> None:
        """Replace every row with these parameters."""
        self.open_request.replace_rows(params_to_rows(params))

    def set_rows(self, rows: list[ParamRow]) -> None:
        """Replace every row with these (unticked ones too)."""
        self.open_request.replace_rows(rows)

    def _switch(self, target: int) -> None:
        if target not in (GRID, JSON_TAB) or target == self._mode:
            return  # another view of the same request (the Code tab); the params stay as they are
        problem = self.open_request.document.params_problem
        if problem:
            self.message.setText(problem)
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._mode)  # stay where the problem is; nothing typed is lost
            self.tabs.blockSignals(False)
            return
        self._mode = target

    def show_problem(self, text: str) -> None:
        """Show why the parameters cannot be used (empty text clears it)."""
        self.message.setText(text)

    def remove_selected(self) -> None:
        """Remove the selected rows (a group with its rows)."""
        rows: list[QModelIndex | QPersistentModelIndex] = list(self.grid.selectionModel().selectedRows())
        if not rows and self.grid.currentIndex().isValid():
            rows = [self.grid.currentIndex()]
        self.model.remove([QPersistentModelIndex(index) for index in rows])
        current = self.grid.currentIndex()
        if not current.isValid():  # nothing left there: the blank row
            current = self.model.index(self.model.rowCount() - 1, KEY)
        if current.row() == self.model.rowCount() - 1 and not current.parent().isValid():
            current = current.siblingAtColumn(KEY)  # the blank row's other cells are hidden by its prompt
        self.grid.setCurrentIndex(current)
        self.grid.setFocus()  # the keyboard stays in the grid (after the Remove row button too)

    def add_inside(self) -> None:
        """Add a key at the end of the selected group (or of the group the selected row is in) and edit it."""
        index = self.grid.currentIndex().siblingAtColumn(KEY)
        if index.isValid() and not self.model.is_group(index):
            index = index.parent()
        if not index.isValid():
            self.grid.setCurrentIndex(self.model.index(self.model.rowCount() - 1, KEY))
            self.grid.edit(self.grid.currentIndex())  # the blank row takes a new top-level key
            return
        added = self.model.add_child(index)
        self.grid.expand(index)
        self.grid.setCurrentIndex(added)
        self.grid.edit(added)

    def edit_list(self, index: QModelIndex | None = None) -> bool:
        """Open the multi-value editor for the row at `index` (the current one); True when applied."""
        index = (index or self.grid.currentIndex()).siblingAtColumn(KEY)
        if self.model.is_group(index) and self.model.data(index, Qt.ItemDataRole.UserRole) == "object":
            self.message.setText(
                self.tr("{key} holds named keys, not a list of values: use Add inside to add one.").format(
                    key=self.model.row_for(index).key
                )
            )
            return False
        key, values = self.model.list_values(index)
        if not key:
            self.message.setText(self.tr("Select the parameter whose values you want to edit as a list."))
            return False
        choices = self.delegate.choices.get(f"{key}[]") or self.delegate.choices.get(key)
        from PySide6.QtWidgets import QDialog  # the dialog's modules: when a list is first edited

        from b24desk.ui.request.list_dialog import ListDialog

        self.list_dialog = ListDialog(key, values, choices, self)
        try:
            if self.list_dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            placed = self.model.set_list(key, self.list_dialog.values())
        finally:
            self.list_dialog.deleteLater()
            self.list_dialog = None
        if placed.isValid():
            self.grid.expand(placed)
            self.grid.setCurrentIndex(placed)
        return True

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != KEY and self.model.is_group(index):
            self.edit_list(index)  # a group's value cell sums it up; double-click opens its values

    def _context_menu(self, position: Any) -> None:
        index = self.grid.indexAt(position)
        if index.isValid():
            self.grid.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Add inside"), self.add_inside)
        menu.addAction(self.tr("Edit list…"), self.edit_list).setEnabled(index.isValid())
        menu.addAction(self.tr("Remove row"), self.remove_selected).setEnabled(index.isValid())
        menu.exec(self.grid.viewport().mapToGlobal(position))

    def _span_blank_row(self, *_: object) -> None:
        """The blank last row's prompt ("New parameter: type a key, e.g. ...") runs across the columns."""
        last = self.model.rowCount() - 1
        if 0 <= self._spanned < last:
            self.grid.setFirstColumnSpanned(self._spanned, QModelIndex(), False)
        if last >= 0:  # again even when the row number stayed: a model reset (another method's rows) drops it
            self.grid.setFirstColumnSpanned(last, QModelIndex(), True)
        self._spanned = last

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self.grid.expand(parent)
        for row in range(first, last + 1):
            self.grid.expand(self.model.index(row, KEY, parent))

    def focus_first_empty(self) -> None:
        """Put the keyboard on the first required value still empty (else the blank row), ready to type."""
        target = self.model.index(self.model.rowCount() - 1, KEY)
        for key in self.model.required_keys():
            index = self.model.index_of(key, VALUE)
            if index.isValid() and not str(self.model.data(index, Qt.ItemDataRole.EditRole) or "").strip():
                target = index
                break
        self.tabs.setCurrentIndex(GRID)
        self.grid.setFocus()
        self.grid.setCurrentIndex(target)

    def _editor_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint != QAbstractItemDelegate.EndEditHint.NoHint:  # the view closes editors without a hint too
            self._closed_with = hint

    def _focus_later(self, index: QModelIndex) -> None:
        """Move to a parameter once the edit that placed it has closed (its value is what comes next)."""
        target = QPersistentModelIndex(index)

        def focus() -> None:  # after the editor closed: its hint says whether Tab or Return left it
            tabbed = self._closed_with == QAbstractItemDelegate.EndEditHint.EditNextItem
            self._closed_with = QAbstractItemDelegate.EndEditHint.NoHint
            if target.isValid():
                value = self.model.index(target.row(), VALUE, target.parent())
                self.grid.setFocus()  # Tab would have moved on to "Add inside": the value comes next
                self.grid.setCurrentIndex(value)
                if tabbed and self.grid.state() != QAbstractItemView.State.EditingState:
                    self.grid.edit(value)  # Tab moves to the next cell and edits it, as everywhere in the grid

        QTimer.singleShot(0, focus)


def _write_json(edit: QPlainTextEdit, params: dict[str, Any]) -> None:
    """Show `params` in the JSON page unless what it holds says them already (typed differently)."""
    try:
        shown = json.loads(edit.toPlainText().strip() or "{}")
    except json.JSONDecodeError:
        shown = None
    if shown != params:
        edit.blockSignals(True)
        edit.setPlainText(json.dumps(params, ensure_ascii=False, indent=2) if params else "")
        edit.blockSignals(False)
