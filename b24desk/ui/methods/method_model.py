"""The method browser's model: methods grouped by scope, or a ranked flat list while searching."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

if TYPE_CHECKING:
    from b24desk.core.catalogue import Catalogue
    from b24desk.core.catalogue_model import MethodInfo

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
METHOD_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_LIMIT = 200


class _Group:
    """A scope heading and its methods."""

    __slots__ = ("methods", "row", "title")

    def __init__(self, title: str, methods: list[MethodInfo], row: int) -> None:
        self.title = title
        self.methods = methods
        self.row = row


class MethodTreeModel(QAbstractItemModel):
    """Two levels (scope, method) when browsing; one level of results when a search is typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue | None = None
        self._groups: list[_Group] = []
        self._query = ""
        self._favourites: list[str] = []
        self._recent: list[str] = []
        self._sandbox = False  # the marks came from the built-in sandbox portal

    def set_pinned(self, favourites: list[str], recent: list[str]) -> None:
        """Method names shown first, under Favourites and Recent, when no search is typed."""
        self._favourites, self._recent = list(favourites), list(recent)
        self.search(self._query)

    def set_catalogue(self, catalogue: Catalogue, sandbox: bool = False) -> None:
        """Show this catalogue (grouped by scope); `sandbox` says the built-in sandbox portal marked it."""
        self._catalogue = catalogue
        self._sandbox = sandbox
        self.search(self._query)

    @property
    def catalogue(self) -> Catalogue | None:
        """The catalogue shown, once loaded."""
        return self._catalogue

    def search(self, query: str) -> None:
        """Filter by a query (name words, scope, parameter names); empty shows every scope."""
        self.beginResetModel()
        self._query = query.strip()
        self._groups = []
        if self._catalogue is not None:
            if self._query:
                found = self._catalogue.search(self._query, limit=SEARCH_LIMIT)
                self._groups = [_Group(self.tr("Results ({count})").format(count=len(found)), found, 0)]
            else:
                for title, names in ((self.tr("Favourites"), self._favourites), (self.tr("Recent"), self._recent)):
                    pinned = [m for m in (self._catalogue.get(name) for name in names) if m is not None]
                    if pinned:
                        self._groups.append(_Group(title, pinned, len(self._groups)))
                by_scope: dict[str, list[MethodInfo]] = {}
                for method in self._catalogue:
                    by_scope.setdefault(method.scope, []).append(method)
                for scope in sorted(by_scope, key=lambda name: (not name, name)):  # scope-free ones last
                    methods = sorted(by_scope[scope], key=lambda m: m.name)
                    title = scope or self.tr("other (no scope)")
                    self._groups.append(_Group(title, methods, len(self._groups)))
        self.endResetModel()

    def method_at(self, index: Index) -> MethodInfo | None:
        """The method behind an index (None for a scope heading)."""
        node = index.internalPointer() if index.isValid() else None
        if isinstance(node, _Group):
            return node.methods[index.row()]
        return None

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """Standard Qt: a heading's internal pointer is None; a method's is its group."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, None)
        return self.createIndex(row, column, self._groups[parent.row()])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """Standard Qt."""
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        if isinstance(node, _Group):
            return self.createIndex(node.row, 0, None)
        return QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Scopes at the top, methods under each."""
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or isinstance(parent.internalPointer(), _Group):
            return 0
        return len(self._groups[parent.row()].methods)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """One column."""
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Scope titles with counts, method names; grey without the scope, italic with ⊘ when not served."""
        if not index.isValid():
            return None
        method = self.method_at(index)
        if method is None:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return group.title if self._query else f"{group.title} ({len(group.methods)})"
            return None
        reason = method.unavailable_reason
        if role == Qt.ItemDataRole.DisplayRole:
            name = f"★ {method.name}" if method.name in self._favourites else method.name
            return f"{name}  ⊘" if reason == "not_served" else name
        if role == METHOD_ROLE:
            return method
        if role == Qt.ItemDataRole.ForegroundRole and reason == "scope":
            return QBrush(QColor("gray"))
        if role == Qt.ItemDataRole.FontRole and (method.deprecated or reason == "not_served"):
            font = QFont()
            font.setStrikeOut(method.deprecated)
            font.setItalic(reason == "not_served")
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = [method.name, self.tr("scope: {scope}").format(scope=method.scope)]
            if reason == "scope":
                notes.append(self.tr("This webhook lacks the scope for this method."))
            elif reason == "not_served" and self._sandbox:
                notes.append(self.tr("Not served by the sandbox portal: it answers ERROR_METHOD_NOT_FOUND."))
            elif reason == "not_served":
                notes.append(self.tr("This portal does not list this method, though the webhook has its scope."))
            if method.deprecated:
                notes.append(self.tr("Deprecated"))
            if method.is_list:
                notes.append(self.tr("List method (50 rows a page)"))
            return "\n".join(notes)
        return None
