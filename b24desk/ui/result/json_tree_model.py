"""A lazy tree model over decoded JSON: child rows are made only when a view asks for them.

A view lays out every row of a node it opens, two calls into Python each: opening a list of 50,000
records froze the window for about a second. A list longer than GROUP shows its items in groups of
GROUP (`[0 … 999]`, `[1000 … 1999]`...), so opening any node lays out at most GROUP rows. A group is
not part of the data: paths skip it (`[result][1234]`), its value is its stretch of the list.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from b24desk.core.kept_records import is_record_store

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list) or is_record_store(value):
        return "array"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if value is None:
        return "null"
    return "string"


FIND_NODES = 200_000  # nodes a search looks at, at most
GROUP = 1000  # items of a list per group (a longer list shows groups of them)


def scalar_text(value: Any) -> str:
    """How a scalar is shown: strings as they are, the rest as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


_UNREAD = object()  # the value of a record kept as bytes, not decoded yet
_KINDS = {b"{": "object", b"[": "array", b'"': "string"}  # kinds told by a record's first byte


class JsonNode:
    """One value in the tree; its children are created on first access. A record of a RecordStore is
    decoded when its value is first read (a view lays out every row of a list it shows: 40,000 records
    decoded on the UI thread for a tree showing thirty)."""

    __slots__ = ("_children", "_value", "first", "key", "parent", "row")

    def __init__(
        self, key: str | int | None, value: Any, parent: JsonNode | None, row: int, first: int | None = None
    ) -> None:
        self.key = key
        self._value = value
        self.parent = parent
        self.row = row
        self.first = first  # a group of a long list: the number of its first item (None: a value of the data)
        self._children: list[JsonNode | None] | None = None

    @property
    def value(self) -> Any:
        """The value (a stored record is decoded now, a group's stretch of the list taken now)."""
        if self._value is _UNREAD:
            assert self.parent is not None
            if self.first is not None:
                whole = self.parent.value
                stretch = range(self.first, self.first + self.length())
                self._value = whole.picked(stretch) if is_record_store(whole) else whole[stretch.start : stretch.stop]
            else:
                self._value = self.parent.value[self.row]
        return self._value

    def length(self) -> int:
        """How many items or keys the value holds (a group's told without taking its stretch)."""
        if self.first is not None and self._value is _UNREAD:
            assert self.parent is not None
            return min(GROUP, len(self.parent.value) - self.first)
        value = self.value
        return len(value) if isinstance(value, dict | list) or is_record_store(value) else 0

    @property
    def read(self) -> bool:
        """Whether the value is decoded (a stored record a view has shown)."""
        return self._value is not _UNREAD

    def child_count(self) -> int:
        """How many children the value has (no node is created to count them): a long list's groups."""
        if self.first is not None:
            return self.length()
        value = self.value
        if isinstance(value, dict):
            return len(value)
        if isinstance(value, list) or is_record_store(value):
            return -(-len(value) // GROUP) if self.grouped else len(value)
        return 0

    @property
    def grouped(self) -> bool:
        """Whether the children are groups of the list's items."""
        return (
            self.first is None
            and (isinstance(self._value, list) or is_record_store(self._value))
            and (len(self._value) > GROUP)
        )

    def has_children(self) -> bool:
        """Whether the value has children; a stored record is told by its first bytes, not decoded."""
        if self._value is _UNREAD and self.first is None:
            assert self.parent is not None
            text = bytes(self.parent.value.record_bytes(self.row)).strip()
            return text[:1] in (b"{", b"[") and len(text[1:-1].strip()) > 0
        return self.child_count() > 0

    def kind(self) -> str:
        """The value's JSON type; a stored record's from its first byte (not decoded)."""
        if self.first is not None:
            return "array"
        if self._value is _UNREAD:
            assert self.parent is not None
            first = bytes(self.parent.value.record_bytes(self.row)).lstrip()[:1]
            if first in _KINDS:
                return _KINDS[first]
        return _kind(self.value)

    def child(self, row: int) -> JsonNode:
        """The child at `row`, created on first use."""
        if self._children is None:
            self._children = [None] * self.child_count()
        node = self._children[row]
        if node is None:
            value = self.value
            number = row + (self.first or 0)  # an item's number in the whole list
            if isinstance(value, dict):
                key: str | int = _nth_key(value, row)
                node = JsonNode(key, value[key], self, row)
            elif self.grouped:
                first = row * GROUP
                last = min(first + GROUP, len(value))
                node = JsonNode(f"[{first} … {last - 1}]", _UNREAD, self, row, first)  # its stretch taken when read
            elif is_record_store(value):
                node = JsonNode(number, _UNREAD, self, row)
            else:
                node = JsonNode(number, value[row], self, row)
            self._children[row] = node
        return node

    def path(self) -> list[str | int]:
        """Keys from the root to this node."""
        keys: list[str | int] = []
        node: JsonNode | None = self
        while node is not None and node.parent is not None:
            assert node.key is not None
            if node.first is None:  # a group is no step of the path
                keys.append(node.key)
            node = node.parent
        return keys[::-1]


def _nth_key(mapping: dict[str, Any], row: int) -> str:
    # dicts keep insertion order; list() of a huge dict once per access would be slow, so cache it.
    cache = _KEY_CACHE.get(id(mapping))
    if cache is None or cache[0] is not mapping:
        cache = (mapping, list(mapping))
        _KEY_CACHE[id(mapping)] = cache
    return cache[1][row]


_KEY_CACHE: dict[int, tuple[dict[str, Any], list[str]]] = {}


def php_path(keys: list[str | int]) -> str:
    """A path as PHP/batch references write it: `[0][TITLE]`."""
    return "".join(f"[{key}]" for key in keys)


class JsonTreeModel(QAbstractItemModel):
    """Key / Value / Type columns over any decoded JSON value, built lazily."""

    COLUMNS = ("key", "value", "type")

    def __init__(self, value: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = JsonNode(None, value, None, 0)
        # translated once: a header asks for its titles ~150 times by the first paint (the language is
        # chosen for the life of the process)
        self._titles = (self.tr("Key"), self.tr("Value"), self.tr("Type"))

    def set_value(self, value: Any) -> None:
        """Show another value (resets the model)."""
        self.beginResetModel()
        _KEY_CACHE.clear()
        self._root = JsonNode(None, value, None, 0)
        self.endResetModel()

    def node(self, index: Index) -> JsonNode:
        """The node behind an index (the root for an invalid index)."""
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, JsonNode)
        return node

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """Standard Qt: the index of a child, creating its node on demand."""
        node = self.node(parent)  # checked here, not with hasIndex: a view asks this of every row it lays out
        if row < 0 or not 0 <= column < len(self.COLUMNS) or row >= node.child_count() or parent.column() > 0:
            return QModelIndex()
        return self.createIndex(row, column, node.child(row))

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """Standard Qt: the parent index."""
        if not index.isValid():
            return QModelIndex()
        node = self.node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt: children of the parent's value (column 0 only)."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return self.node(parent).child_count()

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt: key, value, type."""
        return len(self.COLUMNS)

    def length(self, index: Index = _ROOT) -> int:
        """How many items or keys the value at `index` holds (a long list: all of them, not its groups)."""
        return self.node(index).length()

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        """Standard Qt, without creating children."""
        if parent.isValid() and parent.column() != 0:
            return False
        return self.node(parent).has_children()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Key, value summary or type for display; the raw value for Qt.UserRole."""
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.UserRole:
            return node.value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.COLUMNS[index.column()]
        if column == "key":
            return str(node.key)
        if column == "type":
            return node.kind()
        if node.first is not None:
            return f"[{node.length()}]"
        if isinstance(node.value, dict):
            return f"{{{len(node.value)}}}"
        if isinstance(node.value, list) or is_record_store(node.value):
            return f"[{len(node.value)}]"
        text = scalar_text(node.value)
        return text if role == Qt.ItemDataRole.ToolTipRole or len(text) < 500 else text[:500] + "…"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def copy_value(self, index: Index) -> str:
        """The value at `index` as text to copy: scalars plain, groups as indented JSON."""
        value = self.node(index).value
        if isinstance(value, dict | list) or is_record_store(value):
            from b24desk.core.record_store import record_text  # loaded with the first big answer

            return record_text(value)
        return scalar_text(value)

    def find(self, text: str, limit: int = FIND_NODES) -> list[QModelIndex]:
        """Indexes whose key, value or type shows `text` (case aside), in tree order.

        Records kept as the answer's bytes (a RecordStore) are searched only where a view has shown
        them: reading 40,000 records to search them would decode the whole answer. At most `limit`
        nodes are looked at.
        """
        needle = text.casefold()
        found: list[QModelIndex] = []
        if not needle:
            return found
        stack = [(self._root, QModelIndex())]
        seen = 0
        while stack and seen < limit:
            node, index = stack.pop()
            count = node.child_count()
            if is_record_store(node.value):
                loaded = node._children or []
                rows = [row for row, child in enumerate(loaded) if child is not None and child.read]
            else:
                rows = list(range(count))
            children = []
            for row in rows:
                seen += 1
                child = self.index(row, 0, index)
                for column in range(len(self.COLUMNS)):
                    shown = self.data(child.siblingAtColumn(column))
                    if isinstance(shown, str) and needle in shown.casefold():
                        found.append(child.siblingAtColumn(column))
                if self.node(child).child_count():
                    children.append((self.node(child), child))
            stack.extend(reversed(children))
        return found

    def copy_path(self, index: Index) -> str:
        """The path of `index` in PHP form, usable in `$result[cmd]...` batch references."""
        return php_path(self.node(index).path())
