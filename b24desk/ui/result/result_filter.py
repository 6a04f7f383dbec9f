"""One filter field for the result's Table and Tree."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QTreeView, QWidget


class RowFilterable(Protocol):
    """A table model that filters its own rows (the result table's)."""

    def set_filter(self, text: str) -> None: ...


class ResultFilter(QLineEdit):
    """Typed text keeps the Table's rows that hold it, and selects the Tree's first loaded node that does."""

    def __init__(self, table: RowFilterable, tree: QTreeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table, self._tree = table, tree
        self.setPlaceholderText(self.tr("Filter rows"))
        self.setToolTip(self.tr("Keeps the Table's rows that contain this text; finds it in the Tree"))
        self.setAccessibleName(self.tr("Filter the result"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 48)
        self.textChanged.connect(self.apply)
        self.returnPressed.connect(self.find_next_in_tree)

    def apply(self, text: str) -> None:
        """Filter the Table by `text` and find it in the Tree."""
        self._table.set_filter(text)
        self._found: list[QModelIndex] = self._matches(text)
        self._next = 0
        self.find_next_in_tree()

    def _matches(self, text: str) -> list[QModelIndex]:
        model = self._tree.model()
        if not text or model is None:
            return []
        find = getattr(model, "find", None)  # the result tree searches what is worth searching itself
        if find is not None:
            found: list[QModelIndex] = find(text)
        else:
            flags = Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
            found = []
            for column in range(model.columnCount()):
                found += model.match(model.index(0, column), Qt.ItemDataRole.DisplayRole, text, -1, flags)
        return sorted(found, key=lambda index: self._tree.visualRect(index).top() if index.isValid() else 0)

    def find_next_in_tree(self) -> None:
        """Select the next node holding the text (Enter moves on), its parents expanded."""
        if not getattr(self, "_found", None):
            return
        index = self._found[self._next % len(self._found)]
        self._next += 1
        parent = index.parent()
        while parent.isValid():
            self._tree.expand(parent)
            parent = parent.parent()
        self._tree.setCurrentIndex(index)
        self._tree.scrollTo(index)
