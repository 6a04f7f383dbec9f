"""The method browser's model: methods grouped by scope, or a ranked flat list while searching.

Every row is a QStandardItem made once per catalogue (text, font, colour, tooltip and the method), so the view
paints, lays out and walks the tree without calling into Python: a keystroke costs the core's search and one
clone per result (was: a model reset, then ~10 Python calls per painted row, 10-15 ms per query).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

if TYPE_CHECKING:
    from b24desk.core.catalogue import Catalogue
    from b24desk.core.catalogue_model import MethodInfo

Index = QModelIndex | QPersistentModelIndex
METHOD_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_LIMIT = 200
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled  # not editable, no drag and drop


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setFlags(_FLAGS)
    return item


class MethodTreeModel(QIdentityProxyModel):
    """Two levels (scope, method) when browsing; one level of results when a search is typed.

    Two item models behind one face: the browsing one (made again only when the catalogue or the pins
    change) and the results one. Each method's row is made once per catalogue and kept out of both; they
    hold copies. A query replaces the results' rows only, and not at all when it finds the methods shown
    already (a trailing space, one more letter of a whole name); the first letter typed or the last one
    deleted only switches which model is shown (the tree's reset of a few dozen rows). Rows are never
    taken out of a model to be put back: PySide crashed when the model was deleted after that.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue | None = None
        self._query = ""
        self._favourites: list[str] = []
        self._recent: list[str] = []
        self._sandbox = False  # the marks came from the built-in sandbox portal
        self._rows: dict[str, QStandardItem] = {}  # a method's row, copied into the models
        self._scopes: list[tuple[str, list[str]]] = []  # browsing: scope headings and their methods' names
        self._browse = QStandardItemModel(self)
        self._results = QStandardItemModel(self)
        self._shown: list[str] | None = None  # the names under the results heading, once made
        self._notes: dict[str, str] = {}
        self.setSourceModel(self._browse)

    def set_pinned(self, favourites: list[str], recent: list[str]) -> None:
        """Method names shown first, under Favourites and Recent, when no search is typed."""
        starred = set(self._favourites) ^ set(favourites)
        self._favourites, self._recent = list(favourites), list(recent)
        for name in starred:  # the ★ before a name comes and goes
            row = self._rows.get(name)
            if row is not None:
                row.setText(self._text(row.data(METHOD_ROLE)))
        self._remake()

    def set_catalogue(self, catalogue: Catalogue, sandbox: bool = False) -> None:
        """Show this catalogue (grouped by scope); `sandbox` says the built-in sandbox portal marked it."""
        self._catalogue = catalogue
        self._sandbox = sandbox
        self._notes = {  # translated once, not for each of the ~1,600 methods
            "scope": self.tr("scope: {scope}"),
            "scope_missing": self.tr("This webhook lacks the scope for this method."),
            "not_served": self.tr("Not served by the sandbox portal: it answers ERROR_METHOD_NOT_FOUND."),
            "unlisted": self.tr("This portal does not list this method, though the webhook has its scope."),
            "deprecated": self.tr("Deprecated"),
            "list": self.tr("List method (50 rows a page)"),
        }
        self._rows = {method.name: self._method_row(method) for method in catalogue}
        by_scope: dict[str, list[str]] = {}
        for method in catalogue:
            by_scope.setdefault(method.scope, []).append(method.name)
        self._scopes = [
            (scope or self.tr("other (no scope)"), sorted(by_scope[scope]))
            for scope in sorted(by_scope, key=lambda name: (not name, name))  # scope-free ones last
        ]
        self._remake()

    @property
    def catalogue(self) -> Catalogue | None:
        """The catalogue shown, once loaded."""
        return self._catalogue

    def search(self, query: str) -> None:
        """Filter by a query (name words, scope, parameter names); empty shows every scope."""
        self._query = query.strip()
        if self._catalogue is None:
            return
        if not self._query:
            if self.sourceModel() is not self._browse:
                self.setSourceModel(self._browse)
            return
        found = [method.name for method in self._catalogue.search(self._query, limit=SEARCH_LIMIT)]
        title = self.tr("Results ({count})").format(count=len(found))
        results = self._results.item(0)
        if results is None:
            self._results.appendRow(self._heading(title, found))
        else:
            results.setText(title)
            if found != self._shown:
                results.removeRows(0, results.rowCount())
                results.appendRows(self._copies(found))
        self._shown = found
        if self.sourceModel() is not self._results:
            self.setSourceModel(self._results)

    def method_at(self, index: Index) -> MethodInfo | None:
        """The method behind an index (None for a scope heading)."""
        method: MethodInfo | None = index.data(METHOD_ROLE) if index.isValid() else None
        return method

    def _remake(self) -> None:
        """Both models made again (the rows' text or marks changed)."""
        if self._catalogue is None:
            return
        self._results.clear()
        self._shown = None
        self._browse.clear()
        self._browse.invisibleRootItem().appendRows(self._browsing())
        self.search(self._query)

    def _browsing(self) -> list[QStandardItem]:
        """Favourites and Recent (when not empty), then every scope."""
        pinned = ((self.tr("Favourites"), self._favourites), (self.tr("Recent"), self._recent))
        groups = [(title, [n for n in names if n in self._rows]) for title, names in pinned]
        return [self._heading(f"{title} ({len(names)})", names) for title, names in groups if names] + [
            self._heading(f"{title} ({len(names)})", names) for title, names in self._scopes
        ]

    def _heading(self, title: str, names: list[str]) -> QStandardItem:
        heading = _item(title)
        heading.appendRows(self._copies(names))
        return heading

    def _copies(self, names: list[str]) -> list[QStandardItem]:
        rows = self._rows
        return [rows[name].clone() for name in names]

    def _text(self, method: MethodInfo) -> str:
        name = f"★ {method.name}" if method.name in self._favourites else method.name
        return f"{name}  ⊘" if method.unavailable_reason == "not_served" else name

    def _method_row(self, method: MethodInfo) -> QStandardItem:
        """A method's row: grey without the scope, struck when deprecated, italic with ⊘ when not served."""
        item = _item(self._text(method))
        item.setData(method, METHOD_ROLE)
        reason = method.unavailable_reason
        if reason == "scope":
            item.setForeground(QBrush(QColor("gray")))
        if method.deprecated or reason == "not_served":
            font = QFont()
            font.setStrikeOut(method.deprecated)
            font.setItalic(reason == "not_served")
            item.setFont(font)
        notes = [method.name, self._notes["scope"].format(scope=method.scope)]
        if reason == "scope":
            notes.append(self._notes["scope_missing"])
        elif reason == "not_served" and self._sandbox:
            notes.append(self._notes["not_served"])
        elif reason == "not_served":
            notes.append(self._notes["unlisted"])
        if method.deprecated:
            notes.append(self._notes["deprecated"])
        if method.is_list:
            notes.append(self._notes["list"])
        item.setToolTip("\n".join(notes))
        return item
