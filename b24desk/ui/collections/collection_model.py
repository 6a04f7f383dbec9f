"""The collection tree as a Qt model over core's Collection: folders, requests, rename in place, drag to move."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from b24desk.core.errors import B24DeskError

if TYPE_CHECKING:  # core.collection: when a collection is opened, not with the first screen
    from b24desk.core.collection import Collection, CollectionNode

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's path relative to the collection (a Path)
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 2  # whether the item is a folder
MIME = "application/x-b24desk-collection-paths"


class _Node:
    """One row: a collection node, its parent and its children as the model shows them."""

    __slots__ = ("children", "node", "parent")

    def __init__(self, node: CollectionNode, parent: _Node | None) -> None:
        self.node = node
        self.parent = parent
        self.children = [_Node(child, self) for child in node.children]

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)


class CollectionModel(QAbstractItemModel):
    """Folders and requests of one collection (none: an empty model); `failed` says why an edit was refused."""

    failed = Signal(str)  # a CollectionError's message
    changed = Signal()  # the tree was read again (after an edit here or a change on disk)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.collection: Collection | None = None
        self._root: _Node | None = None

    # -- loading --------------------------------------------------------------------------------
    def set_collection(self, collection: Collection | None) -> None:
        """Show this collection (None: nothing)."""
        self.collection = collection
        self.reload()

    def reload(self) -> None:
        """Read the folder again (after an edit, or when files changed on disk)."""
        self.beginResetModel()
        try:
            self._root = _Node(self.collection.tree(), None) if self.collection is not None else None
        except B24DeskError as error:
            self._root = None
            self.failed.emit(str(error))
        self.endResetModel()
        self.changed.emit()

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        return node if isinstance(node, _Node) else None

    def index_of(self, path: Path | str) -> QModelIndex:
        """The index of the item at `path` (relative), or an invalid one."""
        wanted = Path(path)

        def find(node: _Node, parent: QModelIndex) -> QModelIndex:
            for row, child in enumerate(node.children):
                index = self.index(row, 0, parent)
                if child.node.path == wanted:
                    return index
                if child.node.is_folder and wanted.is_relative_to(child.node.path):
                    return find(child, index)
            return QModelIndex()

        return find(self._root, QModelIndex()) if self._root is not None else QModelIndex()

    # -- QAbstractItemModel ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """Standard Qt."""
        node = self._node(parent)
        if node is None or column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """Standard Qt."""
        node = self._node(index) if index.isValid() else None
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        if parent.column() > 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name, path (tooltip and PATH_ROLE), folder flag."""
        node = self._node(index) if index.isValid() else None
        if node is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return node.node.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.node.path.as_posix()
        if role == PATH_ROLE:
            return node.node.path
        if role == FOLDER_ROLE:
            return node.node.is_folder
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every item can be renamed and dragged; folders (and the top) take drops."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        return flags | Qt.ItemFlag.ItemIsDropEnabled if self.data(index, FOLDER_ROLE) else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Renaming in place renames the file or folder."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.collection is None:
            return False
        node = self._node(index)
        if node is None or str(value).strip() == node.node.name:
            return False
        return self._edit(lambda collection: collection.rename(node.node.path, str(value)))

    # -- drag and drop --------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        """Items move; nothing is copied by a drop."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The one type this model drags: collection paths."""
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """The dragged items' paths, one a line."""
        data = QMimeData()
        paths = [self.data(index, PATH_ROLE) for index in indexes if index.isValid()]
        data.setData(MIME, "\n".join(path.as_posix() for path in paths).encode("utf-8"))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Move the dragged items into the folder dropped on (or the collection's top)."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME) or self.collection is None:
            return False
        folder = self.data(parent, PATH_ROLE) if parent.isValid() else Path(".")
        if parent.isValid() and not self.data(parent, FOLDER_ROLE):
            return False
        paths = [Path(line) for line in bytes(data.data(MIME).data()).decode("utf-8").splitlines() if line]

        def move(collection: Collection) -> None:
            for path in paths:
                if path.parent != Path(folder):
                    collection.move(path, folder)

        return self._edit(move)

    # -- edits ------------------------------------------------------------------------------------
    def _edit(self, action: Any) -> bool:
        """Run one collection operation, then read the tree again; a refusal becomes `failed`."""
        if self.collection is None:
            return False
        try:
            action(self.collection)
        except B24DeskError as error:
            self.failed.emit(str(error))
            return False
        finally:
            self.reload()
        return True
