"""The method browser's model: methods grouped by scope, or a ranked flat list while searching.

Every row is a QStandardItem holding its text, font, colour, tooltip and method name, so the view paints,
lays out and walks the tree without calling into Python: a keystroke costs the core's search and a row
made per result (was: a model reset, then ~10 Python calls per painted row, 10-25 ms per key).

A scope's rows are made when it is first opened (`make_rows`; the browser calls it when the tree expands
a scope): the first screen shows the scopes folded, and making all ~1,600 rows and their looks held the
UI thread for 15-24 ms before it could paint. Until then a folded scope holds one empty row, so the
tree shows it can be opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from b24desk.core.catalogue import Catalogue
    from b24desk.core.catalogue_model import MethodInfo

Index = QModelIndex | QPersistentModelIndex
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a method's name
SCOPE_ROLE = Qt.ItemDataRole.UserRole + 2  # on a scope heading whose rows are not made yet: its place in _scopes
SEARCH_LIMIT = 200
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled  # not editable, no drag and drop


class _Look:
    """How a method's row looks: worked out once per catalogue, a row made from it with a few calls (a plain
    class: a named tuple took ~1 ms to make on the first screen's path, a frozen dataclass more)."""

    __slots__ = ("font", "foreground", "name", "roles", "text", "tooltip")

    def __init__(
        self, name: str, text: str, tooltip: str, font: QFont | None = None, foreground: QBrush | None = None
    ) -> None:
        self.name, self.tooltip, self.font, self.foreground = name, tooltip, font, foreground
        self.roles: dict[int, Any] = {}
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """The row's text (the name, with its marks), and the roles a results row is given in one call."""
        self.text = text
        self.roles = {
            Qt.ItemDataRole.DisplayRole: text,
            Qt.ItemDataRole.ToolTipRole: self.tooltip,
            NAME_ROLE: self.name,
        }
        if self.font is not None:
            self.roles[Qt.ItemDataRole.FontRole] = self.font
        if self.foreground is not None:
            self.roles[Qt.ItemDataRole.ForegroundRole] = self.foreground


def _common_start(first: list[str], second: list[str]) -> int:
    """How many names the two lists begin with in common."""
    for position, (one, other) in enumerate(zip(first, second, strict=False)):
        if one != other:
            return position
    return min(len(first), len(second))


def _heading(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setFlags(_FLAGS)
    return item


class MethodTreeModel(QIdentityProxyModel):
    """Two levels (scope, method) when browsing; one level of results when a search is typed.

    Two item models behind one face: the browsing one (made again only when the catalogue or the pins
    change) and the results one. A query replaces the results' rows only, and not at all when it finds
    the methods shown already (a trailing space, one more letter of a whole name); the first letter typed
    or the last one deleted only switches which model is shown (the tree's reset of a few dozen rows).

    Every row is a QStandardItem made here, in Python, and given to a model that deletes it: PySide
    then hears of the deletion. Rows made by QStandardItem.clone() (plain C++ objects) or taken out of
    a model and put back left Python wrappers of deleted rows behind, and the tests crashed later in
    the garbage collector.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue | None = None
        self._query = ""
        self._favourites: list[str] = []
        self._recent: list[str] = []
        self._sandbox = False  # the marks came from the built-in sandbox portal
        self._looks: dict[str, _Look] = {}  # by method name, made with the method's first row
        self._scope_rows: dict[str, QStandardItem] = {}  # each method's row under its scope (browsing)
        self._pinned = 0  # how many browsing groups are Favourites and Recent (first)
        self._scopes: list[tuple[str, list[str]]] = []  # browsing: scope headings and their methods' names
        self._browse = QStandardItemModel(self)
        self._results = QStandardItemModel(self)
        self._results.setItemPrototype(_heading(""))  # what its rows are made from (see _fill)
        self._shown: list[str] | None = None  # the names under the results heading, once made
        self._notes: dict[str, str] = {}
        self.setSourceModel(self._browse)

    def set_pinned(self, favourites: list[str], recent: list[str]) -> None:
        """Method names shown first, under Favourites and Recent, when no search is typed.

        Only those two groups are made again (choosing a method puts it in Recent: remaking all ~1,600
        rows took 10-40 ms, and a reset folded the scopes the user had opened); a ★ that comes or goes
        is set on the method's rows where they are."""
        starred = set(self._favourites) ^ set(favourites)
        self._favourites, self._recent = list(favourites), list(recent)
        if self._catalogue is None:
            return
        for name in starred:  # rows not made yet take the star from their look when made
            method = self._catalogue.get(name)
            if name in self._looks and method is not None:
                self._looks[name].set_text(self._text(method))
                row = self._scope_rows.get(name)
                if row is not None:
                    row.setText(self._looks[name].text)
        if self._pinned:
            self._browse.removeRows(0, self._pinned)
        pinned = self._pinned_groups()
        for position, group in enumerate(pinned):
            self._browse.insertRow(position, group)
        self._pinned = len(pinned)
        results = self._results.index(0, 0)
        for position, name in enumerate(self._shown or []):
            if name in starred:  # by index: no Python object for a row the model made (see _fill)
                self._results.setData(self._results.index(position, 0, results), self._look_of(name).text)

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
        self._looks = {}
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
            results = _heading(title)
            results.setColumnCount(1)
            self._results.appendRow(results)
            self._fill(results, 0, found)
        else:
            if found != self._shown:  # the rows both lists begin with stay (one more letter keeps the best)
                kept = _common_start(self._shown or [], found)
                if results.rowCount() > kept:
                    results.removeRows(kept, results.rowCount() - kept)
                self._fill(results, kept, found[kept:])
            # after the rows: the tree lays out again for them anyway, and skips what a new heading text alone
            # makes it do (measure the first row again: ~0.1 ms)
            results.setText(title)
        self._shown = found
        if self.sourceModel() is not self._results:
            self.setSourceModel(self._results)

    def method_at(self, index: Index) -> MethodInfo | None:
        """The method behind an index (None for a scope heading)."""
        name = index.data(NAME_ROLE) if index.isValid() else None
        return self._catalogue.get(name) if name and self._catalogue is not None else None

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
        """Favourites and Recent (when not empty), then every scope (its rows made when it is opened)."""
        pinned = self._pinned_groups()
        self._pinned = len(pinned)
        self._scope_rows = {}
        scopes = []
        for position, (title, names) in enumerate(self._scopes):
            heading = _heading(f"{title} ({len(names)})")
            if names:
                heading.setData(position, SCOPE_ROLE)
                heading.appendRow(_heading(""))  # the tree shows the scope can be opened
            scopes.append(heading)
        return pinned + scopes

    def make_rows(self, index: Index) -> bool:
        """Make the rows of the scope heading at `index` (this model's index) if they are not made yet;
        True when they were made now."""
        if not index.isValid() or self.sourceModel() is not self._browse:
            return False
        heading = self._browse.itemFromIndex(self.mapToSource(index))
        position = heading.data(SCOPE_ROLE) if heading is not None else None
        if heading is None or position is None:
            return False
        heading.setData(None, SCOPE_ROLE)
        rows = self._rows(self._scopes[int(position)][1])
        heading.appendRows(rows)
        heading.removeRow(0)  # the placeholder, once the rows are there (the scope stays open)
        self._scope_rows.update((str(row.data(NAME_ROLE)), row) for row in rows)
        return True

    def _pinned_groups(self) -> list[QStandardItem]:
        pinned = ((self.tr("Favourites"), self._favourites), (self.tr("Recent"), self._recent))
        known = self._catalogue if self._catalogue is not None else ()
        groups = [(title, [n for n in names if n in known]) for title, names in pinned]
        return [self._group(f"{title} ({len(names)})", names) for title, names in groups if names]

    def _group(self, title: str, names: list[str]) -> QStandardItem:
        heading = _heading(title)
        heading.appendRows(self._rows(names))
        return heading

    def _fill(self, results: QStandardItem, start: int, names: list[str]) -> None:
        """Rows `start`... under the results heading, one per name: the model makes them from its prototype and
        each gets its roles in one call. Plain C++ rows: a QStandardItem made in Python looks for a Python
        override the first time each of its C++ methods is called (setting it up, then painting it), and
        its Python object must be told when the model deletes it; 200 rows took ~1.3 ms that way, ~0.8 now.
        Python never holds one of these rows (a stale Python object of a deleted row crashed the tests)."""
        if not names:
            return
        model = self._results
        results.insertRows(start, len(names))  # empty rows; the prototype's copies are made as data comes
        parent = model.indexFromItem(results)
        index, set_roles, look_of = model.index, model.setItemData, self._look_of
        blocked = model.blockSignals(True)  # one dataChanged for all of them, below
        try:
            for row, name in enumerate(names, start):
                set_roles(index(row, 0, parent), look_of(name).roles)
        finally:
            model.blockSignals(blocked)
        model.dataChanged.emit(index(start, 0, parent), index(start + len(names) - 1, 0, parent))

    def _rows(self, names: list[str]) -> list[QStandardItem]:
        """The methods' rows, made from their looks (a few calls each: ~1 ms for 200)."""
        rows = []
        look_of, flags, name_role = self._look_of, _FLAGS, NAME_ROLE
        for name in names:
            look = look_of(name)
            row = QStandardItem(look.text)
            row.setFlags(flags)
            row.setData(name, name_role)
            row.setToolTip(look.tooltip)
            if look.font is not None:
                row.setFont(look.font)
            if look.foreground is not None:
                row.setForeground(look.foreground)
            rows.append(row)
        return rows

    def _look_of(self, name: str) -> _Look:
        """A method's look, made the first time one of its rows is."""
        look = self._looks.get(name)
        if look is None:
            method = self._catalogue.get(name) if self._catalogue is not None else None
            assert method is not None  # rows are made for the catalogue's names only
            look = self._looks[name] = self._look(method)
        return look

    def _text(self, method: MethodInfo) -> str:
        name = f"★ {method.name}" if method.name in self._favourites else method.name
        return f"{name}  ⊘" if method.unavailable_reason == "not_served" else name

    def _look(self, method: MethodInfo) -> _Look:
        """Grey without the scope, struck when deprecated, italic with ⊘ when not served; the tooltip."""
        reason = method.unavailable_reason
        font = None
        if method.deprecated or reason == "not_served":
            from PySide6.QtGui import QFont  # here: a first screen without such rows makes no QFont

            font = QFont()
            font.setStrikeOut(method.deprecated)
            font.setItalic(reason == "not_served")
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
        grey = QBrush(QColor("gray")) if reason == "scope" else None
        return _Look(method.name, self._text(method), "\n".join(notes), font, grey)
