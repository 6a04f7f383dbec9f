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
RESULTS_BATCH = 40  # results rows laid out at first; scrolling down brings the next (Qt's fetchMore)
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        METHOD_ROLE,
    }
)  # the roles data() answers


class _Group:
    """A scope heading and its methods."""

    __slots__ = ("methods", "row", "shown", "title")

    def __init__(self, title: str, methods: list[MethodInfo], row: int, shown: int | None = None) -> None:
        self.title = title
        self.methods = methods
        self.row = row
        self.shown = len(methods) if shown is None else shown  # rows the view has been given so far


class MethodTreeModel(QAbstractItemModel):
    """Two levels (scope, method) when browsing; one level of results when a search is typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue | None = None
        self._groups: list[_Group] = []
        self._query = ""
        self._favourites: list[str] = []
        self._recent: list[str] = []
        self._fetching = False
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
                title = self.tr("Results ({count})").format(count=len(found))
                self._groups = [_Group(title, found, 0, min(len(found), RESULTS_BATCH))]
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
        # The bounds checked here, not by hasIndex (two more calls into Python for each of the hundreds
        # of indexes a view asks for after each keystroke).
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, None) if row < len(self._groups) else QModelIndex()
        if parent.column() != 0 or parent.internalPointer() is not None or parent.row() >= len(self._groups):
            return QModelIndex()
        group = self._groups[parent.row()]
        return self.createIndex(row, 0, group) if row < group.shown else QModelIndex()

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
        return self._groups[parent.row()].shown

    def canFetchMore(self, parent: Index) -> bool:
        """Standard Qt: whether more search results wait below the ones shown."""
        group = self._group_of(parent)
        return not self._fetching and group is not None and group.shown < len(group.methods)

    def fetchMore(self, parent: Index) -> None:
        """Standard Qt: the next batch of results (laying out all 200 at once made each keystroke slow)."""
        group = self._group_of(parent)
        if self._fetching or group is None or group.shown >= len(group.methods):
            return  # a view asking again while the rows are being inserted
        more = min(len(group.methods), group.shown + RESULTS_BATCH)
        self._fetching = True
        try:
            self.beginInsertRows(parent, group.shown, more - 1)
            group.shown = more
            self.endInsertRows()
        finally:
            self._fetching = False

    def _group_of(self, index: Index) -> _Group | None:
        """The group a heading index stands for."""
        if not index.isValid() or index.internalPointer() is not None or index.row() >= len(self._groups):
            return None
        return self._groups[index.row()]

    def columnCount(self, parent: Index = _ROOT) -> int:
        """One column."""
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Scope titles with counts, method names; grey without the scope, italic with ⊘ when not served."""
        if role not in _ROLES or not index.isValid():  # a painted row asks for ~9 roles; most have nothing
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
