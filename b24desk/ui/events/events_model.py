"""The list of received events as a table: number, time, event, status, source (newest last)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from b24desk.core.events import ReceivedEvent

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_REFUSED = QBrush(QColor("#b00020"))
_UNCHECKED = QBrush(QColor("#8a6d00"))


class EventsModel(QAbstractTableModel):
    """Received events, bounded: past `limit` rows the oldest go first."""

    COLUMNS = ("number", "time", "event", "status", "source")

    def __init__(self, limit: int = 5000, parent: Any = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._events: list[ReceivedEvent] = []

    @property
    def events(self) -> list[ReceivedEvent]:
        """The events shown, oldest first (a copy)."""
        return list(self._events)

    def event_at(self, row: int) -> ReceivedEvent:
        """The event in a row."""
        return self._events[row]

    def append(self, event: ReceivedEvent) -> None:
        """Add an event at the end (dropping the oldest past the limit)."""
        if len(self._events) >= self.limit:
            self.beginRemoveRows(_ROOT, 0, 0)
            del self._events[0]
            self.endRemoveRows()
        row = len(self._events)
        self.beginInsertRows(_ROOT, row, row)
        self._events.append(event)
        self.endInsertRows()

    def clear(self) -> None:
        """Remove every event."""
        self.beginResetModel()
        self._events.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text per column; the status in red when refused, amber when unchecked; the event for UserRole."""
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return event
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            if event.outcome == "unchecked":
                return _UNCHECKED
            return None if event.outcome == "accepted" else _REFUSED
        if role == Qt.ItemDataRole.ToolTipRole and column == "status":
            return event.malformed or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "number":
            return str(event.number)
        if column == "time":
            return time.strftime("%H:%M:%S", time.localtime(event.received_at))
        if column == "event":
            return event.name or "—"
        if column == "status":
            return self._status_text(event)
        return event.source

    def _status_text(self, event: ReceivedEvent) -> str:
        texts = {
            "accepted": self.tr("accepted"),
            "unchecked": self.tr("unchecked (no token set)"),
            "rejected": self.tr("rejected: wrong token"),
            "missing token": self.tr("rejected: no token"),
            "malformed": self.tr("malformed"),
            "too large": self.tr("too large"),
            "too many": self.tr("too many requests"),
        }
        text = texts[event.outcome]
        return f"{text} ({event.answer})" if event.answer else text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("#"), self.tr("Time"), self.tr("Event"), self.tr("Status"), self.tr("Source"))[section]
        return None
