"""The method browser: search box over the catalogue, methods by scope; choosing one fills the editor."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from b24desk.ui.common.long_lived import freeze_now, settle_long_lived
from b24desk.ui.common.preferences import read_preference, write_preference
from b24desk.ui.common.worker_gil import start_worker
from b24desk.ui.methods.method_model import MethodTreeModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent

    from b24desk.core.catalogue import Catalogue, CatalogueError
    from b24desk.core.catalogue_model import MethodInfo

MINIMUM_WIDTH = 180  # px: a search query and names like crm.lead.list stay readable


FAVOURITES_KEY = "methods/favourites"
RECENT_KEY = "methods/recent"
RECENT_SIZE = 10


def _read_catalogue() -> Catalogue:
    """The bundled catalogue (in the reading thread; its search index is built when the user first turns to
    the search)."""
    from b24desk.core.catalogue import load_catalogue

    catalogue = load_catalogue()
    freeze_now()  # in the app: the collect in set_catalogue then walks only the rows (~0.3 ms, not ~20)
    return catalogue


# focus the user gave the search: a click, Tab, Ctrl+L's shortcut (not the window's own start-up focus)
_USER_FOCUS = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class SearchField(QLineEdit):
    """The search box; `turned_to` is called when the user turns to it: a key typed in it (or composed by an
    input method), or focus they gave it.

    Handlers of its own, not an event filter: a filter written in Python takes every event of the field
    through Python, and the first plain QEvent among them made PySide6 look for its class among all the
    event classes it knows (~45 made, with their enums, before the first screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.turned_to: Callable[[], None] | None = None

    def _turned(self) -> None:
        if self.turned_to is not None:
            self.turned_to()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() in _USER_FOCUS:
            self._turned()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._turned()
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._turned()
        super().inputMethodEvent(event)


def _index(catalogue: Catalogue) -> None:
    """Build the catalogue's search index (in a thread of its own, so the first key does not wait for it)."""
    from b24desk.core.catalogue import CatalogueError

    with contextlib.suppress(CatalogueError):  # a broken parameters line: the first search says so
        catalogue.prepare_search()
    freeze_now()  # as the catalogue: it lives as long as the app


class MethodBrowser(QWidget):
    """Loads the catalogue the first time it is shown (not at start-up) and offers its methods."""

    methodChosen = Signal(object)  # MethodInfo
    catalogueLoaded = Signal(object)  # Catalogue
    readFinished = Signal()  # the bundled catalogue was read in the background: shown, or its problem said
    _catalogueRead = Signal(object)  # Catalogue or CatalogueError, from the reading thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = SearchField()
        self.search_edit.setPlaceholderText(self.tr("Search methods (Ctrl+L)"))
        self.search_edit.setToolTip(self.tr("Words of a method or of its parameters: lead add, select, task…"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = MethodTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        # Results (up to 200) and the scopes mostly overflow the list; a scroll bar that came and went
        # between them re-laid the tree out and painted it a second time, 5-25 ms after the first.
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: gray;")
        # The window's splitter gives the browser what the request side leaves; longer translations there
        # (German, Russian) must not squeeze the method names and the search box out of sight.
        self.setMinimumWidth(MINIMUM_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        # Each keystroke searches at once (a search and the list's repaint take ~1-2 ms; a 60 ms wait
        # after the last key was kept while they took 10-25 ms).
        self.search_edit.textChanged.connect(self._run_search)
        self.search_edit.returnPressed.connect(self._choose_first)
        self.tree.expanded.connect(self.model.make_rows)  # a scope's rows: made when it is first opened
        self.tree.activated.connect(self._chosen)
        self.tree.clicked.connect(self._chosen)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.favourites: list[str] = read_preference(FAVOURITES_KEY)
        self.recent: list[str] = read_preference(RECENT_KEY)
        self.model.set_pinned(self.favourites, self.recent)
        self._reading = False
        self._catalogueRead.connect(self._show_read)
        # read in the background (the app): the search index (~1 MiB, ~10 ms) waits until the user turns to the
        # search (a click or Tab into it, Ctrl+L, a key typed in it), then is built in a thread; a search asked
        # sooner waits for it. The window puts the keyboard in the search at start: that alone builds nothing.
        self._index_waits = False

    def showEvent(self, event: QShowEvent) -> None:
        """Load the catalogue just after the browser first appears."""
        super().showEvent(event)
        if self.model.catalogue is None:
            QTimer.singleShot(0, self.load_in_background)

    def load(self) -> None:
        """Load the bundled catalogue (once)."""
        if self.model.catalogue is not None:
            return
        from b24desk.core.catalogue import CatalogueError  # on first show, not at start-up

        try:
            catalogue = _read_catalogue()
        except CatalogueError as error:
            self.note.setText(str(error))
            return
        self.set_catalogue(catalogue)

    def load_in_background(self) -> None:
        """Read the bundled catalogue in a daemon thread, then show it: decoding it and making its
        methods held the UI thread for 0.1 s and more just after start-up (and a close waited for it)."""
        if self.model.catalogue is not None or self._reading:
            return
        self._reading = True
        start_worker(self._read)  # Thread.start() would wait for the thread's first turn (tens of ms on a busy machine)

    def _read(self) -> None:
        from b24desk.core.catalogue import CatalogueError

        result: Catalogue | CatalogueError
        try:
            result = _read_catalogue()
        except CatalogueError as error:
            result = error
        with contextlib.suppress(RuntimeError):  # the browser was deleted meanwhile
            self._catalogueRead.emit(result)  # queued to the UI thread

    def _show_read(self, result: Catalogue | Exception) -> None:
        self._reading = False
        if isinstance(result, Exception):
            self.note.setText(str(result))
        elif self.model.catalogue is None:  # not loaded by load() meanwhile
            self._index_waits = True
            self.search_edit.turned_to = self._index_in_background
            self.set_catalogue(result, index_now=False)
        self.readFinished.emit()

    def want_search(self) -> None:
        """The user asked for the search (Ctrl+L): its index is built now, in a thread, if it is not yet."""
        self._index_in_background()

    def _index_in_background(self) -> None:
        """The shown catalogue's index (the sandbox's marked copy, often), in a thread, once; from then on each
        catalogue shown gets its index at once, as before."""
        if not self._index_waits:
            return
        self._index_waits = False
        self.search_edit.turned_to = None
        if self.model.catalogue is not None:
            args = (self.model.catalogue,)
            threading.Thread(target=_index, args=args, name="b24desk-search-index", daemon=True).start()

    def set_catalogue(self, catalogue: Catalogue, sandbox: bool = False, *, index_now: bool = True) -> None:
        """Show a catalogue (the bundled one, or one marked by what the portal offers; `sandbox` when the
        built-in sandbox portal made the marks). `index_now=False`: the caller has its search index built (or it
        is built when the user first turns to the search)."""
        if index_now and not self._index_waits:
            catalogue.prepare_search()  # a portal's marked copy: its index now, not in the first key (6-8 ms)
        self.model.set_catalogue(catalogue, sandbox)
        settle_long_lived()  # the catalogue and its rows, out of the collector's walks (in the app)
        self._expand_results()
        self.note.setText(self.tr("{count} methods").format(count=len(catalogue)))
        self.catalogueLoaded.emit(catalogue)

    def _run_search(self) -> None:
        from b24desk.core.catalogue import CatalogueError  # loaded with the catalogue shown

        try:
            self.model.search(self.search_edit.text())
        except CatalogueError as error:  # the index reads every method's parameters: a broken file says so
            self.note.setText(str(error))
            return
        self._expand_results()
        self.tree.executeDelayedItemsLayout()  # now, not on its zero timer: the key repaints in one pass, not two

    def _choose_first(self) -> None:
        group = self.model.index(0, 0)
        first = self.model.index(0, 0, group)
        if first.isValid():
            self.tree.setCurrentIndex(first)
            self._chosen(first)

    def _chosen(self, index: QModelIndex) -> None:
        method: MethodInfo | None = self.model.method_at(index)
        if method is not None:
            self.remember(method.name)
            self.methodChosen.emit(method)

    def remember(self, name: str) -> None:
        """Put a method first in Recent (kept between runs, at most RECENT_SIZE)."""
        self.recent = [name, *(n for n in self.recent if n != name)][:RECENT_SIZE]
        write_preference(RECENT_KEY, self.recent)
        if not self.search_edit.text().strip():
            QTimer.singleShot(0, self._repin)  # not while the view handles the click

    def toggle_favourite(self, name: str) -> None:
        """Add a method to Favourites, or take it out."""
        self.favourites = (
            [n for n in self.favourites if n != name] if name in self.favourites else [*self.favourites, name]
        )
        write_preference(FAVOURITES_KEY, self.favourites)
        self._repin()

    def _repin(self) -> None:
        self.model.set_pinned(self.favourites, self.recent)
        self._expand_results()

    def _expand_results(self) -> None:
        """After the model was rebuilt: search results stay unfolded."""
        results = self.model.index(0, 0)
        if self.search_edit.text().strip() and not self.tree.isExpanded(results):
            self.tree.expand(results)  # the one group, the results (expandAll would visit every row)

    def _menu(self, point: QPoint) -> None:
        method = self.model.method_at(self.tree.indexAt(point))
        if method is None:
            return
        menu = QMenu(self)
        label = self.tr("Remove from favourites") if method.name in self.favourites else self.tr("Add to favourites")
        action = menu.addAction(label)
        action.triggered.connect(lambda: self.toggle_favourite(method.name))
        menu.exec(self.tree.viewport().mapToGlobal(point))
