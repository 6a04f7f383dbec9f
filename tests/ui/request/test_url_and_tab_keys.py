"""What the URL field does with typed text (read on leaving the field, Escape gives the URL back) and a middle
click on a request tab (closes it), driven by real key, focus and mouse events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from b24desk.ui.request.open_request import OpenRequest
from b24desk.ui.request.url_bar import UrlBar
from b24desk.ui.shell.main_window import MainWindow

CALL_URL = "http://127.0.0.1:1/rest/1/abcdefgh12345678/crm.deal.list.json"


def _bar_beside_a_field(qtbot: QtBot) -> tuple[UrlBar, QLineEdit, QWidget]:
    holder = QWidget()
    qtbot.addWidget(holder)
    bar, other = UrlBar(OpenRequest()), QLineEdit()
    layout = QVBoxLayout(holder)
    layout.addWidget(bar)
    layout.addWidget(other)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    bar.url_edit.setFocus()
    qtbot.waitUntil(bar.url_edit.hasFocus)
    return bar, other, holder


def test_a_typed_call_url_is_read_when_the_field_is_left(qtbot: QtBot) -> None:
    bar, other, _holder = _bar_beside_a_field(qtbot)
    pasted: list[object] = []
    bar.urlPasted.connect(pasted.append)
    qtbot.keyClicks(bar.url_edit, CALL_URL)  # key by key: nothing is read yet
    assert bar.typing and pasted == []
    other.setFocus()  # leaving the field reads it
    qtbot.waitUntil(lambda: len(pasted) == 1)
    assert not bar.typing


def test_escape_gives_the_requests_url_back_and_is_taken(qtbot: QtBot) -> None:
    bar, _other, _holder = _bar_beside_a_field(qtbot)
    qtbot.keyClicks(bar.url_edit, "https://half")
    assert bar.typing and bar.url_edit.text() == "https://half"
    qtbot.keyClick(bar.url_edit, Qt.Key.Key_Escape)
    assert not bar.typing and bar.url_edit.text() == ""  # no webhook yet: no URL to show
    assert bar.body_label.text() == "Add a webhook to build the call URL."


def test_a_middle_click_on_a_request_tab_closes_it(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.request_tabs
    tabs.new()
    assert tabs.bar.count() == 2
    middle = tabs.bar.tabRect(1).center()
    qtbot.mouseClick(tabs.bar, Qt.MouseButton.LeftButton, pos=middle)  # a left click only selects it
    assert tabs.bar.count() == 2 and tabs.bar.currentIndex() == 1
    qtbot.mouseClick(tabs.bar, Qt.MouseButton.MiddleButton, pos=middle)
    assert tabs.bar.count() == 1
    qtbot.mouseClick(tabs.bar, Qt.MouseButton.MiddleButton, pos=QPoint(tabs.bar.width() - 2, 2))  # beside the tabs
    assert tabs.bar.count() == 1
