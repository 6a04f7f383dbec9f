"""What assistive technology reads: every interactive control named (and described), Tab in reading order.

The names are read through Qt's accessibility interfaces (QAccessible), the same ones the AT-SPI bridge
hands to screen readers on Linux, so a control counted here as named is named for Orca too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from b24desk.ui.shell.main_window import MainWindow

SANDBOX = "http://127.0.0.1:1/rest/1/abcdefgh12345678/"
ROLE = QAccessible.Role
INTERACTIVE = {
    ROLE.PushButton,
    ROLE.CheckBox,
    ROLE.RadioButton,
    ROLE.ComboBox,
    ROLE.EditableText,
    ROLE.Table,
    ROLE.Tree,
    ROLE.List,
    ROLE.PageTabList,
    ROLE.SpinBox,
    ROLE.Slider,
    ROLE.ButtonMenu,
    ROLE.ButtonDropDown,
}


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.add_sandbox(SANDBOX)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def unnamed(window: MainWindow) -> list[str]:
    """Visible interactive controls whose accessible name is empty, and named ones without a description."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or face.role() not in INTERACTIVE:
            continue
        name = face.text(QAccessible.Text.Name).strip()
        if not name:
            found.append(f"{type(widget).__name__} ({face.role().name}) has no name")
        elif widget.accessibleName() and not face.text(QAccessible.Text.Description).strip():
            found.append(f"{name!r} has no description")
    return found


def test_every_interactive_control_has_a_name(window: MainWindow) -> None:
    views = [
        lambda: window.tabs.setCurrentIndex(0),
        lambda: window.editor.params.tabs.setCurrentIndex(1),  # JSON
        lambda: window.editor.params.tabs.setCurrentIndex(2),  # Code
        lambda: window.result_view.tabs.setCurrentIndex(1),  # Table
        lambda: window.result_view.tabs.setCurrentIndex(2),  # Raw
        lambda: window.history_panel.setCurrentIndex(1),  # Statistics
        lambda: window.tabs.setCurrentIndex(1),  # Events
    ]
    counted = 0
    for show in views:
        show()
        counted += sum(1 for w in window.findChildren(QWidget) if w.isVisible())
        assert unnamed(window) == []
    assert counted > 100  # the walk saw the window, not an empty frame


def test_tab_moves_through_the_request_and_result_in_reading_order(window: MainWindow) -> None:
    right = window.splitter  # the request above, the result below
    start = window.webhook_combo
    order: list[tuple[int, int, str]] = []
    widget: QWidget = start
    for _ in range(5000):
        following = widget.nextInFocusChain()
        if following is None or following is start:
            break
        widget = following
        tab_focus = (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        if widget.isVisible() and widget.isEnabled() and tab_focus and right.isAncestorOf(widget):
            corner = widget.mapTo(window, QPoint(0, 0))
            order.append((corner.y() // 24, corner.x(), widget.accessibleName() or type(widget).__name__))
    assert len(order) > 10
    rows = [(row, x) for row, x, _ in order]
    assert rows == sorted(rows), order  # top to bottom, left to right within a row
