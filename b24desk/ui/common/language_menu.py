"""The Language menu: interface language override (the system's by default); applies on the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from b24desk.ui.common.translations import LANGUAGES, NATIVE_NAMES, SETTINGS_KEY


class LanguageMenu(QMenu):
    """System language, English, then each translation by its own name; the choice is a setting."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("&Language"), window)
        self._window = window
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        current = QSettings().value(SETTINGS_KEY) or ""
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
        QSettings().setValue(SETTINGS_KEY, code)
        for action in self.group.actions():
            action.setChecked(action.data() == code)

    def _chosen(self, action: QAction) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type costs start-up time; needed only here

        self.choose(str(action.data() or ""))
        QMessageBox.information(
            self._window,
            self.tr("Language"),
            self.tr("The new language applies the next time b24desk starts."),
        )


def install_language_menu(window: QMainWindow) -> LanguageMenu:
    """Add the Language menu to the window's menu bar."""
    menu = LanguageMenu(window)
    window.menuBar().addMenu(menu)
    return menu
