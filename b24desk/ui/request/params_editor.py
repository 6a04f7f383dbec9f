"""Parameters as a grid of PHP keys or as raw JSON; switching between the two loses nothing."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from b24desk.core.errors import ParamsError
from b24desk.core.param_rows import ParamRow, params_to_rows, rows_to_params
from b24desk.ui.request.param_delegates import ParamDelegate
from b24desk.ui.request.params_model import ParamsModel

GRID, JSON_TAB = 0, 1


class ParamsEditor(QWidget):
    """The grid and the JSON text of the same parameters, with a message when one cannot be read."""

    paramsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ParamsModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.delegate = ParamDelegate(self.model, self.grid)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setColumnWidth(0, 220)
        self.grid.verticalHeader().setVisible(False)
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.grid, self.remove_selected)

        self.json_edit = QPlainTextEdit()
        self.json_edit.setPlaceholderText('{"filter": {">ID": 10}, "select": ["ID", "TITLE"]}')
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Keys use PHP syntax: fields[TITLE], select[], filter[>ID]"))
        hint.setStyleSheet("color: gray;")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        grid_layout.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(grid_page, self.tr("Grid"))
        self.tabs.addTab(self.json_edit, self.tr("JSON"))
        self.tabs.currentChanged.connect(self._switch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)

        self.model.rowsEdited.connect(self._edited)
        self.json_edit.textChanged.connect(self._edited)
        self._mode = GRID

    def _edited(self) -> None:
        self.paramsChanged.emit()

    def params(self) -> dict[str, Any]:
        """The parameters as typed in the current mode; raise ParamsError when they cannot be read."""
        if self._mode == JSON_TAB:
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
        return rows_to_params(self.model.rows())

    def set_params(self, params: dict[str, Any]) -> None:
        """Show these parameters in both modes."""
        self.model.set_rows(params_to_rows(params))
        self.json_edit.blockSignals(True)
        self.json_edit.setPlainText(json.dumps(params, ensure_ascii=False, indent=2) if params else "")
        self.json_edit.blockSignals(False)
        self.paramsChanged.emit()

    def set_rows(self, rows: list[ParamRow]) -> None:
        """Show these grid rows (and their JSON form when they can be read)."""
        self.model.set_rows(rows)
        try:
            params = rows_to_params(rows)
        except ParamsError:
            return
        self.json_edit.blockSignals(True)
        self.json_edit.setPlainText(json.dumps(params, ensure_ascii=False, indent=2) if params else "")
        self.json_edit.blockSignals(False)

    def _switch(self, target: int) -> None:
        if target not in (GRID, JSON_TAB):
            return  # another view of the same request (the Code tab); the params stay as they are
        if target == self._mode:
            return
        try:
            params = self.params()
        except ParamsError as error:
            self.message.setText(str(error))
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._mode)  # stay where the problem is; nothing typed is lost
            self.tabs.blockSignals(False)
            return
        self.message.clear()
        self._mode = target
        self.set_params(params)

    def show_problem(self, text: str) -> None:
        """Show why the parameters cannot be used (empty text clears it)."""
        self.message.setText(text)

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = [index.row() for index in self.grid.selectionModel().selectedRows()]
        if not rows and self.grid.currentIndex().isValid():
            rows = [self.grid.currentIndex().row()]
        self.model.remove_rows(rows)
