"""The Tools menu: Scan a folder for leaked secrets… (the dialog's module loads when it is first opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from b24desk.storage.app_storage import AppStorage
    from b24desk.ui.tools.leak_scan_dialog import LeakScanDialog


class ToolsMenu(QMenu):
    """Tools that work beside the request builder."""

    def __init__(self, window: QMainWindow, storage: AppStorage | None) -> None:
        super().__init__(self.tr("&Tools"), window)
        self._window = window
        self._storage = storage
        self.dialog: LeakScanDialog | None = None
        self.scan_action = QAction(self.tr("Scan a folder for leaked secrets…"), self)
        self.scan_action.triggered.connect(lambda: self.open_leak_scan())
        self.addAction(self.scan_action)

    def open_leak_scan(self) -> LeakScanDialog:
        """Show the leak scanner (one window, raised again when it is open)."""
        from b24desk.ui.tools.leak_scan_dialog import LeakScanDialog

        if self.dialog is None:
            self.dialog = LeakScanDialog(self._storage, self._window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog


def install_tools_menu(window: QMainWindow, storage: AppStorage | None, before: QMenu | None = None) -> ToolsMenu:
    """Add the Tools menu to the window's menu bar (before the menu `before`, else at the end)."""
    menu = ToolsMenu(window, storage)
    if before is None:
        window.menuBar().addMenu(menu)
    else:
        window.menuBar().insertMenu(before.menuAction(), menu)
    return menu
