"""The picker's entries as a Qt list model: the combo shows it, and no list is kept beside it to sync by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from b24desk.core.value_record import ValueRecord

if TYPE_CHECKING:  # webhook URLs (urllib.parse): with the first webhook offered, after the first screen
    from b24desk.core.webhook import Webhook

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ITEM_ROLE = Qt.ItemDataRole.UserRole


class WebhookItem(ValueRecord):  # not a dataclass: defined before the first screen (see core/value_record.py)
    """One entry of the picker."""

    __slots__ = __match_args__ = ("label", "webhook", "entry_id", "sandbox", "problem")

    def __init__(
        self,
        label: str,
        webhook: Webhook | None,
        entry_id: str | None = None,
        sandbox: bool = False,
        problem: str = "",
    ) -> None:
        self.label = label
        self.webhook = webhook
        self.entry_id = entry_id  # a saved webhook's id
        self.sandbox = sandbox
        self.problem = problem  # why its secret could not be read


class WebhookListModel(QAbstractListModel):
    """The sandbox portal, saved webhooks and session-only ones, in the order the picker shows them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[WebhookItem] = []

    @property
    def items(self) -> list[WebhookItem]:
        """The entries, in order (a copy: change them through the model)."""
        return list(self._items)

    def item(self, row: int) -> WebhookItem | None:
        """The entry at a row, None outside the list."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item: WebhookItem) -> int:
        """The row of an entry (by identity), -1 when it is not there."""
        return next((row for row, known in enumerate(self._items) if known is item), -1)

    def find(self, matches: Callable[[WebhookItem], bool]) -> int:
        """The first row whose entry matches, -1 when none does."""
        return next((row for row, known in enumerate(self._items) if matches(known)), -1)

    def insert(self, row: int, item: WebhookItem) -> int:
        """Put an entry at `row` (clamped to the list); return where it went."""
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(_ROOT, row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        return row

    def remove(self, item: WebhookItem) -> int:
        """Take an entry out; return the row it had (-1 when it was not there)."""
        row = self.row_of(item)
        if row >= 0:
            self.beginRemoveRows(_ROOT, row, row)
            del self._items[row]
            self.endRemoveRows()
        return row

    def changed(self, item: WebhookItem) -> None:
        """An entry's label or problem changed: the views show it again."""
        row = self.row_of(item)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """How many entries (a list has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The label to show, the problem as a tooltip, the entry itself for ITEM_ROLE."""
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.problem or None
        if role == ITEM_ROLE:
            return item
        return None
