"""Tabs of open requests: each tab its own request document; the open request shows the current one.

The tab bar follows core's TabSet (titles with the unsaved mark, close asks only for unsaved edits,
Ctrl+T / Ctrl+W / Ctrl+Tab / Ctrl+Shift+Tab, middle click closes, drag to reorder). Every change is
autosaved (debounced) as the workspace file, atomically and without a secret, so the tabs and their
unsaved edits come back after a restart or a killed process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QTabBar, QWidget

from b24desk.core.errors import B24DeskError
from b24desk.core.request_document import RequestDocument
from b24desk.core.request_file import SavedRequest
from b24desk.core.tabs import TabSet
from b24desk.ui.common.storage_worker import in_storage_thread

if TYPE_CHECKING:
    from b24desk.core.collection import Collection
    from b24desk.core.workspace import Workspace
    from b24desk.ui.common.background_tasks import BackgroundTasks
    from b24desk.ui.request.open_request import OpenRequest

AUTOSAVE_DELAY_MS = 300


class RequestTabs(QObject):
    """The tab bar over the open requests; `open_request` always shows the current tab's document."""

    message = Signal(str)  # what happened (saved, or why not)

    def __init__(
        self,
        open_request: OpenRequest,
        window: QWidget,
        tasks: BackgroundTasks,
        workspace_file: Path | None,
        collection: Callable[[], Collection | None],
        confirm_close: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(window)
        self.open_request = open_request
        self.tasks = tasks
        self.workspace_file = workspace_file
        self.collection = collection
        self.confirm_close = confirm_close or self._ask
        self.window = window
        self.set = TabSet()
        self.documents: list[RequestDocument] = [open_request.document]
        self.bar = QTabBar()
        self.bar.setTabsClosable(True)
        self.bar.setMovable(True)
        self.bar.setExpanding(False)
        self.bar.addTab(self.set.title(0))
        self._titles()
        self.bar.currentChanged.connect(self._bar_switched)
        self.bar.tabCloseRequested.connect(self.close)
        self.bar.tabMoved.connect(self._moved)
        self.bar.installEventFilter(self)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_workspace)
        self._written: Workspace | None = None  # as restored or last saved: not written again
        self._switching = False
        open_request.changed.connect(self._edited)
        for keys, action, what in (
            ("Ctrl+T", self.new, self.tr("New request tab")),
            ("Ctrl+W", lambda: self.close(self.set.current), self.tr("Close the request tab")),
            ("Ctrl+Tab", lambda: self.cycle(1), self.tr("Next request tab")),
            ("Ctrl+Shift+Tab", lambda: self.cycle(-1), self.tr("Previous request tab")),
        ):
            shortcut = QShortcut(QKeySequence(keys), window, action)
            shortcut.setWhatsThis(what)  # listed in Help > Keyboard shortcuts

    # -- what the tabs hold ---------------------------------------------------------------------------
    def _current_request(self) -> SavedRequest | None:
        try:
            return SavedRequest(self.open_request.document.request())
        except B24DeskError:  # parameters that cannot be read right now: the tab keeps the last readable ones
            return None

    def _edited(self) -> None:
        if self._switching:
            return
        request = self._current_request()
        if request is not None:
            self.set.edit(request)
        self._titles()
        self._autosave.start()

    def _titles(self) -> None:
        for index in range(len(self.set.tabs)):
            title = self.set.title(index)
            if self.bar.tabText(index) != title:  # a new text lays the whole window out again and repaints it
                self.bar.setTabText(index, title)
            self.bar.setTabToolTip(index, self.set.tabs[index].file or "")
            for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
                button = self.bar.tabButton(index, side)  # the tab's ×, which a screen reader names from here
                if button is not None:
                    side_length = self.bar.fontMetrics().height() + 2  # the style's 20 px made the bar 6 px taller
                    button.setFixedSize(side_length, side_length)
                    button.setAccessibleName(self.tr("Close {title}").format(title=self.set.title(index)))
                    button.setAccessibleDescription(self.tr("Closes this request tab (Ctrl+W)"))

    def _show(self, index: int) -> None:
        self._switching = True
        try:
            if self.bar.currentIndex() != index:
                self.bar.setCurrentIndex(index)
            self.open_request.switch_document(self.documents[index])
        finally:
            self._switching = False
        self._titles()
        self._autosave.start()

    def _bar_switched(self, index: int) -> None:
        if self._switching or index < 0 or index >= len(self.documents):
            return
        self.set.current = index
        self._show(index)

    # -- actions --------------------------------------------------------------------------------------
    def new(self, saved: SavedRequest | None = None) -> int:
        """A new tab (Ctrl+T), empty or holding `saved`, made current."""
        index = self.set.new(saved)
        self._insert_document(index)
        return index

    def open_file(self, file: str, saved: SavedRequest) -> int:
        """Open a collection's request: the tab that has it, else a new tab (a blank current tab is reused)."""
        count, found = len(self.set.tabs), self.set.find(file)
        index = self.set.open_file(file, saved)
        if len(self.set.tabs) > count:
            self._insert_document(index)
            return index
        if found is None:  # the blank tab took the file
            self.documents[index].load(saved.request)
        self._show(index)
        return index

    def _insert_document(self, index: int) -> None:
        document = RequestDocument()
        document.load(self.set.tabs[index].request.request)
        self.documents.insert(index, document)
        self._switching = True
        self.bar.insertTab(index, self.set.title(index))
        self._switching = False
        self._show(index)

    def close(self, index: int) -> None:
        """Close a tab (Ctrl+W, its ×, a middle click); asks first only when it has unsaved edits."""
        if not 0 <= index < len(self.set.tabs):
            return
        if self.set.needs_confirmation(index) and not self.confirm_close(self.set.title(index)):
            return
        self.set.close(index)
        del self.documents[index]
        self._switching = True
        self.bar.removeTab(index)
        if not self.documents:
            self.documents.append(RequestDocument())
            self.bar.addTab(self.set.title(0))
        self._switching = False
        self._show(self.set.current)

    def cycle(self, step: int) -> None:
        """The next (Ctrl+Tab) or previous (Ctrl+Shift+Tab) tab."""
        self._show(self.set.cycle(step))

    def _moved(self, source: int, target: int) -> None:
        self.set.move(source, target)
        self.documents.insert(target, self.documents.pop(source))
        self._autosave.start()

    def save_current(self) -> bool:
        """Save the current tab into its collection file (Ctrl+S); False when it has none (ask where instead)."""
        tab, collection = self.set.tab, self.collection()
        if tab.file is None or collection is None:
            return False
        try:
            saved = SavedRequest(self.open_request.document.request(), tab.request.webhook)
            collection.save(tab.file, saved)  # an unchanged request leaves the file untouched
        except B24DeskError as error:
            self.message.emit(str(error))
            return True  # it belongs to the file: no dialog; the message says why it was not written
        self.set.edit(saved)
        self.saved_as(tab.file)
        self.message.emit(self.tr("Saved {file}").format(file=tab.file))
        return True

    def saved_as(self, file: str) -> None:
        """The current tab's request was written to a collection file."""
        self.set.saved_as(file)
        self._titles()
        self._autosave.start()

    def _ask(self, title: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # its class: when a question is first asked

        answer = QMessageBox.question(
            self.window,
            self.tr("Close tab"),
            self.tr("{title} has changes that are not saved. Close it anyway?").format(title=title),
        )
        return answer == QMessageBox.StandardButton.Yes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A middle click on a tab closes it."""
        if watched is self.bar and event.type() == QEvent.Type.MouseButtonRelease:
            mouse = event if isinstance(event, QMouseEvent) else None
            if mouse is not None and mouse.button() == Qt.MouseButton.MiddleButton:
                index = self.bar.tabAt(mouse.position().toPoint())
                if index >= 0:
                    self.close(index)
                    return True
        return super().eventFilter(watched, event)

    # -- the workspace --------------------------------------------------------------------------------
    def workspace(self) -> Workspace:
        """What is autosaved: the tabs, their files and unsaved state, the current tab."""
        collection = self.collection()
        workspace = self.set.workspace(str(collection.root) if collection is not None else None)
        tabs = tuple(  # each tab's grid as it stands (unticked rows) and its other methods' drafts
            replace(tab, rows=tuple(document.rows), drafts={key: tuple(rows) for key, rows in document.drafts.items()})
            for tab, document in zip(workspace.tabs, self.documents, strict=False)
        )
        return replace(workspace, tabs=tabs)

    def save_workspace(self) -> None:
        """Write the workspace file now (in the storage thread; atomic, unchanged not rewritten)."""
        path, workspace = self.workspace_file, self.workspace()
        if path is None or workspace == self._written:  # the start-up's own changes: no write, no work started
            return
        self._written = workspace

        async def save() -> None:
            from b24desk.core.workspace import save_workspace

            await in_storage_thread(save_workspace, path, workspace)

        self.tasks.start(save())

    def restore(self) -> list[str]:
        """Bring back the saved tabs (after a restart or a kill); returns what could not be restored."""
        if self.workspace_file is None:
            return []
        problems: list[str] = []
        workspace: Workspace | None = None
        if self.workspace_file.exists():  # a first start has none to read
            from b24desk.core.workspace import load_workspace

            workspace = load_workspace(self.workspace_file)
            problems = list(workspace.problems)
        if workspace is None or not workspace.tabs:  # the empty tab is what a next start shows anyway: the
            self._written = self.workspace()  # start-up's own changes write nothing
            return problems
        collection = self.collection()
        on_disk: dict[str, SavedRequest] = {}
        for tab in workspace.tabs:
            if tab.file is not None and collection is not None:
                try:
                    on_disk[tab.file] = collection.load(tab.file)
                except B24DeskError:
                    continue
        self.set = TabSet.from_workspace(workspace, on_disk)
        self.documents = []
        self._switching = True
        while self.bar.count():
            self.bar.removeTab(0)
        for restored, kept in zip(self.set.tabs, workspace.tabs, strict=False):
            document = RequestDocument()
            document.load(restored.request.request)
            if kept.rows is not None:
                document.set_rows(list(kept.rows))
            document.drafts = {key: list(rows) for key, rows in kept.drafts.items()}
            self.documents.append(document)
            self.bar.addTab("")
        self._switching = False
        self._show(self.set.current)
        self._written = self.workspace()
        return problems
