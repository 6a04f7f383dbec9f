"""A table model for list results: one row per record, one column per field, sortable by value.

The model sorts itself (Qt's sort proxy would call a Python comparison per pair: seconds for 40,000
rows): a sorted column is an order of row numbers made by core.row_order from one key per value,
kept per column and direction until the rows change, so clicking a header again costs nothing.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from b24desk.core.result_shape import COLUMN_SCAN, table_rows
from b24desk.core.row_order import sort_order

__all__ = ["COLUMN_SCAN", "ResultTableModel", "table_rows"]

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_USER_ROLE = Qt.ItemDataRole.UserRole
_VALUE_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, _USER_ROLE})
TOOLTIP_CHARS = 4000  # a tooltip shows this much of a long or nested value


class ResultTableModel(QAbstractTableModel):
    """Rows of records; appending rows (fetch-all) is cheap and keeps the view where it is."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []  # records; anything else in the list shows as an empty row
        self._columns: list[str] = []
        self._order: list[int] | None = None  # shown row -> record number, while a column is sorted
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._orders: dict[tuple[int, Qt.SortOrder], list[int]] = {}  # made once, until the rows change

    @property
    def columns(self) -> list[str]:
        """The field names shown as columns."""
        return list(self._columns)

    def set_rows(self, rows: list[Any]) -> None:
        """Show these rows (resets the model)."""
        self.beginResetModel()
        self._rows = list(rows)  # one copy in C: checking 40,000 rows one by one here stalled the window
        self._columns = []
        self._order, self._sorted, self._orders = None, None, {}
        self._learn_columns(self._rows[:COLUMN_SCAN])
        self.endResetModel()

    def append_rows(self, rows: list[Any]) -> None:
        """Add rows at the end (new fields become new columns)."""
        fresh = list(rows)
        if not fresh:
            return
        known = len(self._columns)
        self._learn_columns(fresh[:COLUMN_SCAN], announce=True, known=known)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._orders = {}
        if self._order is not None:  # a page arriving while sorted goes below (sort again to place it)
            self._order.extend(range(first, len(self._rows)))
        self.endInsertRows()

    def _learn_columns(self, rows: list[dict[str, Any]], announce: bool = False, known: int = 0) -> None:
        seen = set(self._columns)
        new: list[str] = []
        for row in rows:
            if not isinstance(row, dict):
                continue
            for key in row:
                if key not in seen:
                    seen.add(key)
                    new.append(key)
        if not new:
            return
        if announce and self._rows:
            self.beginInsertColumns(QModelIndex(), known, known + len(new) - 1)
            self._columns.extend(new)
            self.endInsertColumns()
        else:
            self._columns.extend(new)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; Qt.UserRole gives the raw value."""
        # A painted cell is asked for about nine roles; the role is checked first, so the seven this
        # model has nothing for cost no lookup (a repaint of the visible cells makes thousands of calls).
        if role not in _VALUE_ROLES or not index.isValid():
            return None
        value = self.row(index.row()).get(self._columns[index.column()])
        if role == _USER_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:  # nested values whole and indented; long text whole
            if isinstance(value, dict | list):
                return json.dumps(value, ensure_ascii=False, indent=2)[:TOOLTIP_CHARS]
            return self.cell_text(value)[:TOOLTIP_CHARS]
        return self.cell_text(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Field names across the top, row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section] if section < len(self._columns) else None
        return section + 1

    @staticmethod
    def cell_text(value: Any) -> str:
        """How a field value shows in a cell: text as is, null empty, nested values in words (see readable)."""
        if value is None:
            return ""
        return value if isinstance(value, str) else readable(value)

    def row(self, number: int) -> dict[str, Any]:
        """The record shown in row `number` (an empty one for a value that is not a record)."""
        record = self._rows[number if self._order is None else self._order[number]]
        return record if isinstance(record, dict) else {}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows sorted by `column` (-1: as they came); selections follow their records."""
        if column < 0 or column >= len(self._columns):
            new_order = None
        else:
            new_order = self._orders.get((column, order))
            if new_order is None:
                name, descending = self._columns[column], order == Qt.SortOrder.DescendingOrder
                new_order = sort_order([row.get(name) if type(row) is dict else None for row in self._rows], descending)
                self._orders[(column, order)] = new_order
        if new_order == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        records = [self._record_number(index.row()) for index in persistent]
        self._order = new_order
        self._sorted = None if new_order is None else (column, order)
        if persistent:
            shown = self._shown_rows()
            self.changePersistentIndexList(
                persistent,
                [self.index(shown[record], index.column()) for record, index in zip(records, persistent, strict=True)],
            )
        self.layoutChanged.emit()

    def _record_number(self, shown: int) -> int:
        return shown if self._order is None else self._order[shown]

    def _shown_rows(self) -> list[int]:
        """Record number -> the row it is shown in."""
        if self._order is None:
            return list(range(len(self._rows)))
        shown = [0] * len(self._rows)
        for row, record in enumerate(self._order):
            shown[record] = row
        return shown

    def all_rows(self) -> list[dict[str, Any]]:
        """Every record (for export)."""
        return [row for row in self._rows if isinstance(row, dict)]


def readable(value: Any) -> str:
    """A nested value as people read it in a cell: a multi-field's values with their types, lists joined,
    objects as `KEY: value`; `+7 495 (WORK), +7 499 (HOME)` rather than its JSON."""
    if isinstance(value, list):
        return ", ".join(readable(item) for item in value)
    if isinstance(value, dict):
        if "VALUE" in value:  # a CRM multi-field (PHONE, EMAIL, WEB, IM): the value, then its kind
            kind = value.get("VALUE_TYPE")
            return f"{readable(value['VALUE'])} ({kind})" if kind else readable(value["VALUE"])
        return "; ".join(f"{key}: {readable(item)}" for key, item in value.items()) if value else "{}"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class ResultSortProxy(QSortFilterProxyModel):
    """Filters rows by any cell; sorting is the table model's own (one precomputed key per value), so a
    header click is passed on to it instead of comparing pairs of cells in Python."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(-1)  # a row stays when any of its cells holds the filter text
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the table model order its rows; the proxy keeps the source's order (it sorts by no column)."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
