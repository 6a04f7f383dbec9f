"""Help > Keyboard shortcuts: every shortcut of the window, read from its actual actions, with a search field."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from b24desk.ui.common.zoom import fit_rows


@dataclass(frozen=True, slots=True)
class ShortcutEntry:
    """One thing a key does: where it lives (menu), what it does, and its keys as the platform writes them."""

    place: str
    action: str
    keys: str


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def window_shortcuts(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action with a shortcut in the window's menus, then its other actions and described QShortcuts."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()

    def walk(menu: QMenu, place: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{place} › {submenu.title().replace('&', '')}")
                continue
            keys = _keys(action.shortcuts())
            if keys and id(action) not in seen:
                seen.add(id(action))
                entries.append(ShortcutEntry(place, action.text().replace("&", ""), keys))

    for top in window.menuBar().actions():
        if isinstance(top.menu(), QMenu):
            walk(top.menu(), top.text().replace("&", ""))  # type: ignore[arg-type]
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and id(action) not in seen and action.text():
            seen.add(id(action))
            entries.append(ShortcutEntry("", action.text().replace("&", ""), keys))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if keys and shortcut.whatsThis():
            entries.append(ShortcutEntry(_place_of(shortcut, window), shortcut.whatsThis(), keys))
    return entries


def _place_of(shortcut: QShortcut, window: QMainWindow) -> str:
    """Where a key outside the menus works: the named part or the tab it belongs to (the grid, Raw), or anywhere."""
    widget = shortcut.parent()
    while isinstance(widget, QWidget) and widget is not window:
        if widget.accessibleName():
            return widget.accessibleName()
        stack = widget.parentWidget()
        tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
            return tabs.tabText(tabs.indexOf(widget)).replace("&", "")
        widget = widget.parentWidget()
    return QCoreApplication.translate("ShortcutsDialog", "Anywhere")


class ShortcutsDialog(QDialog):
    """A table of the window's shortcuts; typing in the search field keeps the rows that match."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.entries = window_shortcuts(window)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search actions and keys"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.table = QTableWidget(len(self.entries), 3)
        fit_rows(self.table)  # rows as tall as their text, not the style's 30 px
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((entry.action, entry.keys, entry.place)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.search.textChanged.connect(self.filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(max(560, self._whole_rows_width()), 480)

    def _whole_rows_width(self) -> int:
        """Wide enough to show every action, key and place whole (a long translation is not cut), within the screen."""
        table = self.table
        columns = sum(table.sizeHintForColumn(column) for column in range(table.columnCount()))
        chrome = table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 32  # + the dialog's margins
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1024
        return min(columns + chrome, int(screen * 0.9))

    def filter(self, text: str) -> None:
        """Show the rows whose action, keys or menu contain every word typed (any case)."""
        words = text.lower().split()
        for row, entry in enumerate(self.entries):
            haystack = f"{entry.action} {entry.keys} {entry.place}".lower()
            self.table.setRowHidden(row, not all(word in haystack for word in words))

    def visible_actions(self) -> list[str]:
        """The actions of the rows shown now."""
        return [entry.action for row, entry in enumerate(self.entries) if not self.table.isRowHidden(row)]
