"""The menu bar: File, Request, View, Help. Every command with a key is a QAction here, so the Keyboard
shortcuts dialog lists exactly what the keys do.

    File     Open request… Ctrl+O · Save request… Ctrl+S · Export JSON… · Export table (CSV, Excel)… · Quit Ctrl+Q
    Request  Execute Ctrl+Enter · Cancel Esc · Find a method Ctrl+L · Copy call URL Ctrl+Shift+C
    View     Theme (system, light, dark) · Zoom in Ctrl+= · Zoom out Ctrl+- · Normal size Ctrl+0
             · Maximise the result Ctrl+Shift+M · Language
    Help     Keyboard shortcuts F1 · About b24desk
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from b24desk.ui.common.theme import theme
from b24desk.ui.common.zoom import zoom
from b24desk.ui.shell.result_maximiser import ResultMaximiser

if TYPE_CHECKING:
    from b24desk.ui.shell.main_window import MainWindow


class Menus(QObject):
    """The window's menus and their actions (kept as attributes for tests and the shortcuts dialog)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()
        request_menu, language_menu = window.request_menu, window.language_menu
        others: list[QMenu] = []
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and menu not in (request_menu, language_menu):
                others.append(menu)
        bar.clear()  # the frame's early menus (Request, Language) are re-laid out below; others keep their place

        self.file_menu = bar.addMenu(self.tr("&File"))
        self.export_json_action = self._action(self.tr("Export JSON…"), lambda: window.result_view.export_json())
        self.export_csv_action = self._action(
            self.tr("Export table (CSV, Excel)…"), lambda: window.result_view.export_csv()
        )
        self.quit_action = self._action(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.file_menu.addActions(request_menu.actions())  # open and save requests (and whatever joins them)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_json_action, self.export_csv_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.request_menu = bar.addMenu(self.tr("&Request"))
        self.execute_action = self._action(self.tr("&Execute"), window.execute, "Ctrl+Return", "Ctrl+Enter")
        self.cancel_action = self._action(self.tr("&Cancel"), window.runner.cancel, "Esc")
        self.find_method_action = self._action(self.tr("&Find a method"), window.focus_method_search, "Ctrl+L")
        self.copy_url_action = self._action(
            self.tr("Copy call &URL (secret masked)"), lambda: window.copy_url(False), "Ctrl+Shift+C"
        )
        self.request_menu.addActions([self.execute_action, self.cancel_action])
        self.request_menu.addSeparator()
        self.request_menu.addActions([self.find_method_action, self.copy_url_action])

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.theme_menu = self.view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        labels = {"system": self.tr("Follow the &system"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        self.theme_actions: dict[str, QAction] = {}
        for choice, label in labels.items():
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(theme().choice == choice)
            action.triggered.connect(lambda _=False, c=choice: theme().choose(c))
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[choice] = action
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), zoom().zoom_in, "Ctrl+=", QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_out_action = self._action(self.tr("Zoom &out"), zoom().zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = self._action(self.tr("&Normal size"), zoom().reset, "Ctrl+0")
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.view_menu.addSeparator()
        self.maximise = ResultMaximiser(window.splitter, window.side_splitter)
        self.maximise_action: QAction = self._action(
            self.tr("&Maximise the result"), self._toggle_maximised, "Ctrl+Shift+M"
        )
        self.maximise_action.setCheckable(True)
        self.view_menu.addAction(self.maximise_action)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(language_menu)

        for menu in others:
            bar.addMenu(menu)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action(self.tr("&About b24desk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addActions([self.shortcuts_action, self.about_action])
        self.dialogs: list[QObject] = []

    def _action(self, text: str, slot: object, *keys: str | QKeySequence.StandardKey) -> QAction:
        """An action of the window (its keys work wherever the focus is in it)."""
        action = QAction(text, self._window)
        sequences: list[QKeySequence] = []
        for key in keys:
            for sequence in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]:
                sequence = QKeySequence(sequence)
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
        action.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
        self._window.addAction(action)
        return action

    def _toggle_maximised(self) -> None:
        self.maximise.set_maximised(self.maximise_action.isChecked())

    def show_shortcuts(self) -> None:
        """Open the Keyboard shortcuts dialog (not modal: it can stay open while working)."""
        from b24desk.ui.shell.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self._window)
        self._keep(dialog)
        dialog.show()
        dialog.search.setFocus()

    def show_about(self) -> None:
        """Open the About dialog."""
        from b24desk.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self._window)
        self._keep(dialog)
        dialog.open()

    def _keep(self, dialog: QObject) -> None:
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda: self.dialogs.remove(dialog) if dialog in self.dialogs else None)


def install_menus(window: MainWindow) -> Menus:
    """Lay out the window's menu bar (once it is built) and return its actions."""
    return Menus(window)
