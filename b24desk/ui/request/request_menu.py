"""The Request menu: save the request being edited to a file (Ctrl+S) and open one (Ctrl+O)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from b24desk.core.errors import InputError

if TYPE_CHECKING:
    from b24desk.ui.request.open_request import OpenRequest

FILE_FILTER = "b24desk request (*.json)"


class RequestMenu(QMenu):
    """Save and open requests as readable JSON files (method, parameters; never the webhook)."""

    def __init__(self, window: QMainWindow, show_message: Callable[[str], None]) -> None:
        super().__init__(self.tr("&Request"), window)
        self._window = window
        self._show_message = show_message
        self._open: OpenRequest | None = None
        self.save_in_place: Callable[[], bool] | None = None  # a tab's own collection file (True: saved there)
        self.save_action = QAction(self.tr("Save request…"), self)
        self.save_action.triggered.connect(lambda: self.save())
        self.open_action = QAction(self.tr("Open request…"), self)
        self.open_action.triggered.connect(lambda: self.open())
        self.addActions([self.open_action, self.save_action])
        self.setEnabled(False)

    def enable(self, open_request: OpenRequest) -> None:
        """Turn the menu and its shortcuts on, once the window has its open request.

        The shortcuts are set here, not before the window first shows: the first `setShortcut` makes
        Python enums of all of QtGui (about 12 ms), which the built window needs anyway.
        """
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self._open = open_request
        self.setEnabled(True)

    def save(self, path: str | None = None) -> bool:
        """Save the edited request (asks where when no path is given); False when it could not be."""
        from PySide6.QtWidgets import QFileDialog

        from b24desk.core.request_file import save_request  # the core's request side: not before the window shows

        if self._open is None:
            return False
        if path is None and self.save_in_place is not None and self.save_in_place():
            return True
        try:
            request = self._open.request()
        except InputError as error:
            self._show_message(str(error))
            return False
        if path is None:
            name = f"{request.method or 'request'}.json"
            path = QFileDialog.getSaveFileName(self._window, self.tr("Save request"), name, FILE_FILTER)[0]
        if not path:
            return False
        try:
            save_request(Path(path), request)
        except OSError as error:
            self._show_message(str(error))
            return False
        self._show_message(self.tr("Saved {path}").format(path=path))
        return True

    def open(self, path: str | None = None) -> bool:
        """Load a saved request into the editor (asks which when no path is given)."""
        from PySide6.QtWidgets import QFileDialog

        from b24desk.core.request_file import load_request

        if self._open is None:
            return False
        if path is None:
            path = QFileDialog.getOpenFileName(self._window, self.tr("Open request"), "", FILE_FILTER)[0]
        if not path:
            return False
        try:
            request = load_request(Path(path))
        except (OSError, InputError) as error:
            self._show_message(str(error))
            return False
        self._open.load(request)
        return True


def install_request_menu(window: QMainWindow, show_message: Callable[[str], None]) -> RequestMenu:
    """Add the Request menu to the window's menu bar (first) and return it, off until `enable()`."""
    menu = RequestMenu(window, show_message)
    bar = window.menuBar()
    actions = bar.actions()
    if actions:
        bar.insertMenu(actions[0], menu)
    else:
        bar.addMenu(menu)
    return menu
