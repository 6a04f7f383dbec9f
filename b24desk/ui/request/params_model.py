"""The parameter grid's model: rows of key / value / type, editable, with required keys marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from b24desk.core.param_rows import TYPES, ParamRow

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KEY, VALUE, TYPE = range(3)


class ParamsModel(QAbstractTableModel):
    """Editable parameter rows; the last row is always blank so typing a key adds a parameter."""

    rowsEdited = Signal()  # any change a person made (or set_rows)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParamRow] = []
        self._required: set[str] = set()
        self._hints: dict[str, str] = {}  # key -> documented type, shown as a tooltip

    # -- content ---------------------------------------------------------------------------------
    def rows(self) -> list[ParamRow]:
        """The rows with a key (the blank last row left out)."""
        return [row for row in self._rows if row.key.strip()]

    def set_rows(self, rows: list[ParamRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.rowsEdited.emit()

    def set_required(self, required: dict[str, str]) -> None:
        """Mark these keys as required (key -> grid type), adding rows for the missing ones.

        Rows left empty from the previous method's required list go away; rows with values stay.
        """
        stale = [
            i
            for i, row in enumerate(self._rows)
            if row.key in self._required and row.key not in required and not row.value.strip()
        ]
        if stale:
            self.remove_rows(stale)
        self._required = set(required)
        self._hints.update(required)
        present = {row.key for row in self._rows}
        missing = [ParamRow(key, "", kind) for key, kind in required.items() if key not in present]
        if missing:
            at = len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at + len(missing) - 1)
            self._rows.extend(missing)
            self.endInsertRows()
            self.rowsEdited.emit()
        elif self._rows:
            self.dataChanged.emit(self.index(0, KEY), self.index(len(self._rows) - 1, KEY))

    def set_hints(self, hints: dict[str, str]) -> None:
        """Types the portal gives for keys (`fields[TITLE]` -> "string"), shown as tooltips."""
        self._hints.update(hints)

    def add_row(self, row: ParamRow) -> None:
        """Append a row."""
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self.endInsertRows()
        self.rowsEdited.emit()

    def remove_rows(self, numbers: list[int]) -> None:
        """Remove rows by number."""
        for number in sorted(set(numbers), reverse=True):
            if 0 <= number < len(self._rows):
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
        self.rowsEdited.emit()

    def row_at(self, number: int) -> ParamRow:
        """The row shown at `number` (a blank row past the end)."""
        return self._rows[number] if number < len(self._rows) else ParamRow("")

    # -- Qt --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        """Rows plus the blank row for a new parameter."""
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Key, value, type."""
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is editable."""
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; required keys bold with a *, disabled rows grey."""
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == KEY:
                mark = " *" if role == Qt.ItemDataRole.DisplayRole and row.key in self._required else ""
                return row.key + mark
            if column == VALUE:
                return row.value
            return row.type if row.key else ""
        if role == Qt.ItemDataRole.FontRole and column == KEY and row.key in self._required:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not row.enabled:
            return QBrush(QColor("gray"))
        if role == Qt.ItemDataRole.ToolTipRole and column == KEY and row.key in self._hints:
            return self.tr("Documented type: {type}").format(type=self._hints[row.key])
        if role == Qt.ItemDataRole.ToolTipRole and column == KEY and row.key in self._required:
            return self.tr("Required parameter")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a cell; typing into the blank row adds a parameter."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        number, column = index.row(), index.column()
        row = self.row_at(number)
        text = "" if value is None else str(value)
        if column == KEY:
            row = ParamRow(text.strip(), row.value, row.type, row.enabled)
        elif column == VALUE:
            row = ParamRow(row.key, text, row.type, row.enabled)
        elif text in TYPES:
            row = ParamRow(row.key, row.value, text, row.enabled)
        else:
            return False
        if number >= len(self._rows):
            if not row.key:
                return False
            self.beginInsertRows(QModelIndex(), number + 1, number + 1)  # the new blank row
            self._rows.append(row)
            self.endInsertRows()
        else:
            self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, 2))
        self.rowsEdited.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Parameter"), self.tr("Value"), self.tr("Type"))[section]
        return None
