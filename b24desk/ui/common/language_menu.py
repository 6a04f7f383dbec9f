"""The Language menu: interface language override (the system's by default); offers to restart at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from b24desk.ui.common.preferences import read_preference, write_preference
from b24desk.ui.common.translations import LANGUAGES, NATIVE_NAMES, SETTINGS_KEY


class LanguageMenu(QMenu):
    """System language, English, then each translation by its own name; the choice is a setting."""

    restartRequested = Signal()  # "Restart now" after a change: the window closes in order, then b24desk starts again

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("&Language"), window)
        self._window = window
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        current = read_preference(SETTINGS_KEY)
        choices = [("", self.tr("System language")), ("en", NATIVE_NAMES["en"])]
        choices += [(code, NATIVE_NAMES[code]) for code in LANGUAGES]
        for code, label in choices:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == current)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self._chosen)

    def choose(self, code: str) -> None:
        """Remember `code` ("" for the system language) as the interface language."""
        write_preference(SETTINGS_KEY, code)
        for action in self.group.actions():
            action.setChecked(action.data() == code)

    def _chosen(self, action: QAction) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type costs start-up time; needed only here

        self.choose(str(action.data() or ""))
        box = QMessageBox(self._window)
        box.setObjectName("restartQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.tr("The new language applies when b24desk starts again. Restart now?"))
        box.setInformativeText(self.tr("The request you are editing is kept in the history only if it was sent."))
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.setEscapeButton(later)
        box.finished.connect(lambda _: self.restartRequested.emit() if box.clickedButton() is restart else None)
        self.question = box
        box.open()


def install_language_menu(window: QMainWindow) -> LanguageMenu:
    """Add the Language menu to the window's menu bar."""
    menu = LanguageMenu(window)
    window.menuBar().addMenu(menu)
    return menu
