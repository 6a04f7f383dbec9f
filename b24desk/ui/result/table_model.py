"""A table model for list results: one row per record, one column per field, sortable by value."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from b24desk.core.result_shape import COLUMN_SCAN, table_rows

__all__ = ["COLUMN_SCAN", "ResultSortProxy", "ResultTableModel", "sort_key", "table_rows"]

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

TOOLTIP_CHARS = 4000  # a tooltip shows this much of a long or nested value


def _text_key(text: str) -> str:
    """Accents folded, so É sorts with E as people expect."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def sort_key(value: Any) -> tuple[int, float, str]:
    """Numbers (also numeric strings, as the portal sends IDs) before text, empty values last."""
    if isinstance(value, bool):
        return (0, float(value), "")
    if isinstance(value, int | float):
        return (0, float(value), "")
    if isinstance(value, str):
        try:
            return (0, float(value), "")
        except ValueError:
            return (1, 0.0, _text_key(value))
    if value is None:
        return (2, 0.0, "")
    return (1, 0.0, json.dumps(value, ensure_ascii=False))


class ResultTableModel(QAbstractTableModel):
    """Rows of records; appending rows (fetch-all) is cheap and keeps the view where it is."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._columns: list[str] = []

    @property
    def columns(self) -> list[str]:
        """The field names shown as columns."""
        return list(self._columns)

    def set_rows(self, rows: list[Any]) -> None:
        """Show these rows (resets the model)."""
        self.beginResetModel()
        self._rows = [row for row in rows if isinstance(row, dict)]
        self._columns = []
        self._learn_columns(self._rows[:COLUMN_SCAN])
        self.endResetModel()

    def append_rows(self, rows: list[Any]) -> None:
        """Add rows at the end (new fields become new columns)."""
        fresh = [row for row in rows if isinstance(row, dict)]
        if not fresh:
            return
        known = len(self._columns)
        self._learn_columns(fresh[:COLUMN_SCAN], announce=True, known=known)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()

    def _learn_columns(self, rows: list[dict[str, Any]], announce: bool = False, known: int = 0) -> None:
        seen = set(self._columns)
        new: list[str] = []
        for row in rows:
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
        if not index.isValid():
            return None
        value = self._rows[index.row()].get(self._columns[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(value)
        if role == Qt.ItemDataRole.ToolTipRole:  # nested values whole and indented; long text whole
            if isinstance(value, dict | list):
                return json.dumps(value, ensure_ascii=False, indent=2)[:TOOLTIP_CHARS]
            return self.cell_text(value)[:TOOLTIP_CHARS]
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

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
        """The record shown in row `number`."""
        return self._rows[number]

    def all_rows(self) -> list[dict[str, Any]]:
        """Every record (for export)."""
        return list(self._rows)


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
    """Sorts table columns by value: 9 before 10, numbers before text, empty last; filters rows by any cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(-1)  # a row stays when any of its cells holds the filter text
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Compare the raw values of two cells."""
        role = Qt.ItemDataRole.UserRole
        return sort_key(left.data(role)) < sort_key(right.data(role))
