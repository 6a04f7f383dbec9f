"""The window at 1024x700: a dozen result rows in sight, the URL elided in the middle, the result maximised by a key."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from b24desk.core.client import parse_envelope
from b24desk.core.param_rows import ParamRow
from b24desk.core.response import RawResponse
from b24desk.core.webhook import parse_webhook_url
from b24desk.ui.common.preferences import window_settings
from b24desk.ui.result.result_view import TABLE
from b24desk.ui.shell.main_window import MainWindow

# b24desk-scan: allow (a made-up secret)
WEBHOOK = "https://b24-ab12cd.bitrix24.com/rest/1/k3x9q2w8e7r6t5y4/"
ROWS = [{"ID": str(n), "TITLE": f"Lead {n}", "STATUS_ID": "NEW"} for n in range(1, 31)]


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    for key in ("window/geometry", "window/splitter", "window/side_splitter", "window/left_splitter"):
        window_settings().remove(key)  # the default layout, not one a test left
    win = MainWindow()
    qtbot.addWidget(win)
    win.add_webhook("test portal", parse_webhook_url(WEBHOOK).webhook)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    body = json.dumps({"result": ROWS, "total": 30, "time": {}}).encode()
    win.result_view.show_result(parse_envelope("crm.lead.list", RawResponse(200, {}, body, 0.01)))
    win.result_view.tabs.setCurrentIndex(TABLE)
    return win


def visible_rows(window: MainWindow) -> int:
    table = window.result_view.table
    last = table.rowAt(table.viewport().height() - 1)
    return (last if last >= 0 else table.model().rowCount() - 1) + 1


def test_a_dozen_result_rows_are_in_sight_at_1024x700(window: MainWindow) -> None:
    assert visible_rows(window) >= 12


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
