"""The window at 1024x700 and 800x600: a dozen result rows and a usable grid, a split that follows the height,
the URL elided in the middle, the result maximised by a key. (tests/ui/shell/test_layout_xvfb.py: the same
under Xvfb with the real window on the sandbox.)"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from b24desk.core.client import parse_envelope
from b24desk.core.param_rows import ParamRow
from b24desk.core.response import RawResponse
from b24desk.core.webhook import parse_webhook_url
from b24desk.ui.common.preferences import read_preference, window_settings
from b24desk.ui.result.result_view import TABLE
from b24desk.ui.shell.main_window import MainWindow
from tools.layout_probe import grid_room, in_sight, whole_rows

# b24desk-scan: allow (a made-up secret)
WEBHOOK = "https://b24-ab12cd.bitrix24.com/rest/1/k3x9q2w8e7r6t5y4/"
SANDBOX = "http://127.0.0.1:1/rest/1/abcdefgh12345678/"
# a page of crm.deal.list as the sandbox answers it: many columns (a horizontal scroll bar), total and next
DEALS = [
    {"ID": str(n), "TITLE": f"Deal {n}", "TYPE_ID": "SALE", "CATEGORY_ID": "0", "STAGE_ID": "NEW", "OPPORTUNITY": "1"}
    | {f"UF_CRM_{c}": "" for c in range(12)}
    for n in range(1, 51)
]
TIME = {"start": 1.0, "finish": 1.1, "duration": 0.1, "processing": 0.05, "date_start": "", "date_finish": ""}


def open_window(qtbot: QtBot, size: tuple[int, int], webhook: str = WEBHOOK) -> MainWindow:
    for key in ("window/geometry", "window/splitter", "window/side_splitter", "window/left_splitter"):
        window_settings().remove(key)  # the default layout, not one a test left
    win = MainWindow()
    qtbot.addWidget(win)
    if webhook == SANDBOX:
        win.add_sandbox(SANDBOX)  # with the sandbox's note above the request, as a first start shows it
    else:
        win.add_webhook("test portal", parse_webhook_url(webhook).webhook)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    body = json.dumps({"result": DEALS, "total": 150, "next": 50, "time": TIME}).encode()
    win.result_view.show_result(parse_envelope("crm.deal.list", RawResponse(200, {}, body, 0.07)))
    win.result_view.tabs.setCurrentIndex(TABLE)
    return win


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return open_window(qtbot, (1024, 700))


def visible_rows(window: MainWindow) -> int:
    return whole_rows(window.result_view.table)


def test_a_dozen_result_rows_and_a_usable_grid_at_1024x700(qtbot: QtBot) -> None:
    window = open_window(qtbot, (1024, 700), SANDBOX)
    assert window.note_label.isVisible()
    assert visible_rows(window) >= 12
    assert grid_room(window) >= 4
    assert in_sight(window.execute_button, window) and in_sight(window.editor.params.add_inside_button, window)


def test_the_window_stays_usable_at_800x600(qtbot: QtBot) -> None:
    window = open_window(qtbot, (800, 600), SANDBOX)
    assert window.minimumSizeHint().width() <= 800 and window.minimumSizeHint().height() <= 600
    assert visible_rows(window) >= 6 and grid_room(window) >= 3
    for part in (window.url_bar.url_edit, window.editor.method_edit, window.execute_button, window.result_view.tabs):
        assert in_sight(part, window), part


def test_the_split_follows_the_height_until_a_person_drags_it(qtbot: QtBot) -> None:
    window = open_window(qtbot, (1024, 700), SANDBOX)
    small = window.splitter.sizes()
    window.resize(1360, 1000)
    qtbot.waitUntil(lambda: window.height() == 1000)
    tall = window.splitter.sizes()
    assert tall[0] > small[0] and tall[1] > small[1]  # both sides grow: the result's rows first, then the grid
    assert visible_rows(window) >= 15
    window.splitter.moveSplitter(200 + window.splitter.handleWidth(), 1)  # as a drag of the handle does
    dragged = window.splitter.sizes()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    assert window.splitter.chosen and window.splitter.sizes()[0] == dragged[0]  # the person's split stays
    window.close()
    assert read_preference("window/splitter")  # and is remembered; an undragged one is not
    assert not read_preference("window/side_splitter")


def test_the_url_is_elided_in_the_middle_with_all_of_it_in_the_tooltip(window: MainWindow) -> None:
    window.editor.method_edit.setText("crm.deal.productrows.set")
    window.editor.http_method.setCurrentText("GET")
    window.editor.params.model.set_rows([ParamRow(f"rows[{n}][PRODUCT_NAME]", f"Product {n}") for n in range(12)])
    edit = window.url_bar.url_edit
    window.result_view.table.setFocus()
    url = edit.text()
    shown = edit.shown_text()
    assert "…" in shown and len(shown) < len(url)
    assert shown.startswith("https://b24-ab12cd.bitrix24.com/")  # which portal
    assert url.endswith(shown.rsplit("…", 1)[1])  # and the end of the query
    assert url in edit.toolTip()
    edit.setFocus()
    assert edit.shown_text() == url  # being edited, it is all there


def test_maximise_the_result_folds_the_rest_and_gives_it_back(window: MainWindow) -> None:
    before = window.splitter.sizes(), window.side_splitter.sizes()
    window.menus.maximise_action.trigger()
    assert window.splitter.sizes()[0] == 0 and window.side_splitter.sizes()[0] == 0
    assert visible_rows(window) >= 25
    window.menus.maximise_action.trigger()
    assert (window.splitter.sizes(), window.side_splitter.sizes()) == before
    assert window.menus.maximise_action.shortcut().toString() == "Ctrl+Shift+M"


def test_a_first_start_fits_a_screen_smaller_than_the_default_size(qtbot: QtBot) -> None:
    window_settings().remove("window/geometry")  # a first start: nothing saved
    window = MainWindow(build=False)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.width() < 1200  # the offscreen platform's screen is 800x600
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.opens_maximised
    window.show_frame()
    assert window.windowState() & Qt.WindowState.WindowMaximized  # a window manager fills the screen with it
    window.showNormal()
    assert window.width() <= room.width() and window.height() <= room.height()  # restored, it still fits
