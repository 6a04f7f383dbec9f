"""Longer German and Russian (and French, Portuguese) texts fit: no button or label is cut at 1024 px, in the
window, its other views (Events, an explained error, an open collection) and the dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from b24desk.core import i18n
from b24desk.core.collection import Collection
from b24desk.core.environment import Environment, save_environment
from b24desk.core.errors import PortalError
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.core.response import RawResponse
from b24desk.ui.request.list_dialog import ListDialog
from b24desk.ui.shell.app import use_language
from b24desk.ui.shell.main_window import MainWindow
from b24desk.ui.shell.shortcuts_dialog import ShortcutsDialog

SANDBOX = "http://127.0.0.1:1/rest/1/abcdefgh12345678/"
MAX_MINIMUM_WIDTH = 1000  # the window must fit a 1024 px screen in every language


@pytest.fixture(params=[None, "de", "ru", "pt_BR", "fr"])
def window(request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot) -> Iterator[MainWindow]:
    previous = i18n._translator
    use_language(qapp, request.param)
    i18n.set_translator(QApplication.translate)
    win = MainWindow()
    qtbot.addWidget(win)
    win.add_sandbox(SANDBOX)
    yield win
    use_language(qapp, None)
    i18n.set_translator(previous)


PLACEHOLDER_MARGINS = 12  # a line edit's frame and text margins, both sides


def _cut(window: QWidget) -> list[str]:
    """Every visible widget whose text does not fit: buttons, labels, combo boxes, placeholders, tabs, headers."""
    cut = []
    for child in window.findChildren(QWidget):
        if not child.isVisible() or child.window() is not window:
            continue
        if isinstance(child, QAbstractButton) and not child.text():
            # no text to cut (a close ×, drawn by the style or an icon): cut when its icon does not fit
            icon = child.iconSize() if not child.icon().isNull() else QSize(0, 0)
            if child.width() < icon.width() or child.height() < icon.height():
                cut.append(f"icon button {child.accessibleName()!r}: {child.width()}x{child.height()} < {icon}")
        elif isinstance(child, QAbstractButton | QComboBox) or (isinstance(child, QLabel) and not child.wordWrap()):
            hint = child.sizeHint() if not isinstance(child, QComboBox) else child.minimumSizeHint()
            if child.width() < hint.width() or child.height() < child.minimumSizeHint().height():
                name = child.text() if not isinstance(child, QComboBox) else child.currentText()
                cut.append(f"{type(child).__name__} {name!r}: {child.width()}x{child.height()} < {hint.width()} px")
        elif isinstance(child, QLineEdit) and child.placeholderText() and not child.text():
            needed = child.fontMetrics().horizontalAdvance(child.placeholderText()) + PLACEHOLDER_MARGINS
            if child.isClearButtonEnabled():
                needed += child.height()  # the clear button takes a square at the end
            if child.width() < needed:
                cut.append(f"placeholder {child.placeholderText()!r}: {child.width()} < {needed} px")
        elif isinstance(child, QTabBar):
            for tab in range(child.count()):
                needed = child.fontMetrics().horizontalAdvance(child.tabText(tab).replace("&", ""))
                if child.tabRect(tab).width() < needed:
                    cut.append(f"tab {child.tabText(tab)!r}: {child.tabRect(tab).width()} < {needed} px")
        elif isinstance(child, QHeaderView) and child.orientation() == Qt.Orientation.Horizontal:
            model = child.model()
            for section in range(child.count()):
                if child.isSectionHidden(section) or model is None:
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                needed = child.fontMetrics().horizontalAdvance(text) + 4
                right = child.sectionViewportPosition(section) + child.sectionSize(section)
                if child.sectionSize(section) < needed or right > child.width() + 1:
                    cut.append(f"column {text!r}: {child.sectionSize(section)} px, ends at {right} of {child.width()}")
    return cut


def test_nothing_is_cut_at_1024_px(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert not _cut(window)
    window.editor.params.tabs.setCurrentIndex(2)  # the Code tab: language, two options, Copy, Save
    code = window.editor.code
    assert code.language.isVisible() and code.save_button.isVisible()  # beside the tabs, once the tab is made
    assert not window.editor.params.add_inside_button.isVisible()  # the grid's buttons go with the grid
    assert not _cut(window)
    window.history_panel.setCurrentIndex(1)  # Statistics: its columns
    window.result_view.tabs.setCurrentIndex(1)
    assert not _cut(window)
    window.result_view.tabs.setCurrentIndex(2)  # Raw: its find field
    assert not _cut(window)
    prompt = window.editor.params.model.index(0, 0)  # the blank row's "New parameter: type a key, e.g. ..."
    grid = window.editor.params.grid
    needed = grid.fontMetrics().horizontalAdvance(str(prompt.data())) + 2 * grid.indentation()
    assert grid.visualRect(prompt).width() >= needed


def test_window_fits_a_small_screen(window: MainWindow) -> None:
    assert window.minimumSizeHint().width() <= MAX_MINIMUM_WIDTH


def test_nothing_is_cut_in_the_other_views_and_the_dialogs(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """The Events tab, an explained error, an open collection, and every dialog of the menus and the grid."""
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    answer = RawResponse(401, {}, b'{"error": "INVALID_CREDENTIALS"}', 0.01)
    window.result_view.show_error(PortalError("INVALID_CREDENTIALS", "", method="crm.lead.list", response=answer))
    assert window.result_view.error_panel.update_secret_button.isVisible()
    assert not _cut(window)
    root = tmp_path / "crm calls"
    Collection.create(root).new_request(".", "list leads", SavedRequest(ApiRequest("crm.lead.list", {})))
    save_environment(root, Environment("test portal").with_value("pipeline", "0"))
    window.collections.use_collection(root, "test portal")
    qtbot.waitUntil(lambda: window.collection_panel.model.rowCount() > 0)
    window.collection_panel.view.expandAll()
    assert not _cut(window)
    window.tabs.setCurrentIndex(1)  # Events: receiver settings, the events table
    assert not _cut(window)

    window.menus.show_about()
    window.menus.show_shortcuts()
    dialogs = [d for d in window.menus.dialogs if isinstance(d, QWidget)] + [window.tools_menu.open_leak_scan()]
    dialogs.append(ListDialog("select", ["ID", "TITLE"], [("ID", "ID"), ("TITLE", "Title")], window))
    dialogs[-1].show()
    assert len(dialogs) == 4
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1024, dialog.windowTitle()
        assert not _cut(dialog), dialog.windowTitle()
        dialog.close()
    shortcuts = next(d for d in window.menus.dialogs if isinstance(d, ShortcutsDialog))
    table, header = shortcuts.table, shortcuts.table.horizontalHeader()
    for row in range(table.rowCount()):  # every action, its keys and place shown whole
        for column in range(table.columnCount()):
            item = table.item(row, column)
            text = item.text() if item is not None else ""
            needed = table.fontMetrics().horizontalAdvance(text) + 6  # the item's 3 px text margins
            assert header.sectionSize(column) >= needed, f"{text!r}: {header.sectionSize(column)} < {needed} px"
