"""The collection panel: the tree of a collection folder with new, rename, duplicate, delete, and open in a tab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from b24desk.core.errors import B24DeskError
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.ui.collections.collection_model import FOLDER_ROLE, PATH_ROLE, CollectionModel

if TYPE_CHECKING:  # core.collection: when a collection is opened, not with the first screen
    from PySide6.QtCore import QFileSystemWatcher

    from b24desk.core.collection import Collection


class CollectionPanel(QWidget):
    """Shows one collection; every change goes through core's Collection, then the tree is read again.

    Files changed outside b24desk (a `git pull`, an editor) show up by themselves: the folders are
    watched, and a burst of changes is read once.
    """

    openRequested = Signal(object, object)  # the request's path relative to the collection, its SavedRequest
    collectionOpened = Signal(object)  # the folder chosen with Open collection… (a Path)
    message = Signal(str)  # a refusal or error, in plain words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CollectionModel(self)
        self.model.failed.connect(self.message)
        self.title = QLabel(self.tr("No collection open"))
        self.title.setWordWrap(True)  # a long folder name wraps, not the window widened (tooltip: full path)
        self.title.setMinimumWidth(40)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2 renames in place
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.activated.connect(self.open_index)
        style = self.style()
        # icon buttons beside the title: the method browser's column stays narrow in every language
        self.open_button = self._tool_button(
            style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
            self.tr("Open collection…"),
            self.tr("A folder of request files (it may be a git repository)"),
        )
        self.open_button.clicked.connect(self.ask_collection)
        self.new_button = self._tool_button(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("New request"), ""
        )
        self.new_button.clicked.connect(lambda: self.ask_new_request())
        self.folder_button = self._tool_button(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), self.tr("New folder"), ""
        )
        self.folder_button.clicked.connect(lambda: self.ask_new_folder())
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._watcher: QFileSystemWatcher | None = None  # the open collection's folders: made with the first one
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(200)
        self._reread.timeout.connect(self.model.reload)
        self.model.changed.connect(self._watch)
        self._set_enabled(False)

    def _tool_button(self, icon: QIcon, name: str, detail: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setToolTip(f"{name}\n{detail}" if detail else name)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        return button

    # -- the collection ---------------------------------------------------------------------------
    @property
    def collection(self) -> Collection | None:
        """The collection shown."""
        return self.model.collection

    def open_collection(self, root: Path | None) -> None:
        """Show the collection in `root` (None: none)."""
        collection = None
        if root is not None:
            from b24desk.core.collection import Collection  # with the first collection opened

            collection = Collection(root)
        self.model.set_collection(collection)
        self.title.setText(root.name if root is not None else self.tr("No collection open"))
        self.title.setToolTip(str(root) if root is not None else "")
        self._set_enabled(root is not None and root.is_dir())

    def _set_enabled(self, enabled: bool) -> None:
        self.new_button.setEnabled(enabled)
        self.folder_button.setEnabled(enabled)

    def _watch(self) -> None:
        collection = self.collection
        if self._watcher is None:
            if collection is None:
                return
            from PySide6.QtCore import QFileSystemWatcher

            self._watcher = QFileSystemWatcher(self)
            self._watcher.directoryChanged.connect(lambda _path: self._reread.start())
        watched = self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if collection is None:
            return
        folders = [collection.root] + [collection.root / path for path in self._folders(QModelIndex())]
        existing = [str(folder) for folder in folders if folder.is_dir()]
        if existing:
            self._watcher.addPaths(existing)

    def _folders(self, parent: QModelIndex) -> list[Path]:
        found: list[Path] = []
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if self.model.data(index, FOLDER_ROLE):
                found += [self.model.data(index, PATH_ROLE), *self._folders(index)]
        return found

    # -- what the tree does -----------------------------------------------------------------------
    def selected_path(self) -> Path | None:
        """The selected item's path, relative to the collection."""
        index = self.view.currentIndex()
        return self.model.data(index, PATH_ROLE) if index.isValid() else None

    def _target_folder(self) -> Path:
        index = self.view.currentIndex()
        if not index.isValid():
            return Path(".")
        path: Path = self.model.data(index, PATH_ROLE)
        return path if self.model.data(index, FOLDER_ROLE) else path.parent

    def open_index(self, index: QModelIndex) -> None:
        """Open a request (double-click, Enter) in a tab: emits openRequested."""
        if not index.isValid() or self.model.data(index, FOLDER_ROLE) or self.collection is None:
            return
        path: Path = self.model.data(index, PATH_ROLE)
        try:
            saved = self.collection.load(path)
        except B24DeskError as error:
            self.message.emit(str(error))
            return
        self.openRequested.emit(path, saved)

    def _do(self, action: Callable[[Collection], Path | None]) -> Path | None:
        collection = self.collection
        if collection is None:
            return None
        try:
            path = action(collection)
        except B24DeskError as error:
            self.message.emit(str(error))
            return None
        self.model.reload()
        if isinstance(path, Path):
            self.view.setCurrentIndex(self.model.index_of(path))
            return path
        return None

    def new_request(self, name: str, saved: SavedRequest | None = None) -> Path | None:
        """Create a request in the selected folder (a `profile` call when no request is given)."""
        request = saved or SavedRequest(ApiRequest("profile"))
        folder = self._target_folder()
        return self._do(lambda collection: collection.new_request(folder, name, request))

    def new_folder(self, name: str) -> Path | None:
        """Create a folder in the selected folder."""
        folder = self._target_folder()
        return self._do(lambda collection: collection.new_folder(folder, name))

    def rename_selected(self, name: str) -> Path | None:
        """Rename the selected request or folder."""
        path = self.selected_path()
        return None if path is None else self._do(lambda collection: collection.rename(path, name))

    def duplicate_selected(self) -> Path | None:
        """Copy the selected request or folder beside itself."""
        path = self.selected_path()
        return None if path is None else self._do(lambda collection: collection.duplicate(path))

    def delete_selected(self) -> None:
        """Delete the selected request or folder (the caller has asked)."""
        path = self.selected_path()
        if path is not None:
            self._do(lambda collection: collection.delete(path))

    # -- dialogs ----------------------------------------------------------------------------------
    def ask_collection(self) -> None:
        """Choose a collection folder (an empty one makes a new collection)."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open collection"))
        if folder:
            self.open_collection(Path(folder))
            self.collectionOpened.emit(Path(folder))

    def ask_new_request(self) -> None:
        """Ask for a name, then create a request."""
        from PySide6.QtWidgets import QInputDialog  # its type and enums: when asked, not with the first screen

        name, ok = QInputDialog.getText(self, self.tr("New request"), self.tr("Name:"))
        if ok and name.strip():
            self.new_request(name)

    def ask_new_folder(self) -> None:
        """Ask for a name, then create a folder."""
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("New folder"), self.tr("Name:"))
        if ok and name.strip():
            self.new_folder(name)

    def ask_delete(self) -> None:
        """Delete the selected item after asking (a folder goes with everything in it)."""
        path = self.selected_path()
        if path is None:
            return
        question = (
            self.tr("Delete {name} and everything in it?")
            if self.model.data(self.view.currentIndex(), FOLDER_ROLE)
            else self.tr("Delete {name}?")
        )
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Delete"), question.format(name=path.as_posix()))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_selected()

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("New request…"), self.ask_new_request)
        menu.addAction(self.tr("New folder…"), self.ask_new_folder)
        if self.selected_path() is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Rename"), lambda: self.view.edit(self.view.currentIndex()))
            menu.addAction(self.tr("Duplicate"), self.duplicate_selected)
            menu.addAction(self.tr("Delete…"), self.ask_delete)
        menu.popup(self.view.viewport().mapToGlobal(position))
