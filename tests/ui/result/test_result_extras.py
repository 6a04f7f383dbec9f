"""The result viewer's extras: response size and headers, one filter for Table and Tree, nested cells in words."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from b24desk.core.client import parse_envelope
from b24desk.core.response import RawResponse
from b24desk.ui.result.result_view import TABLE, ResultView

ROWS = [
    {"ID": "1", "TITLE": "Acme", "PHONE": [{"VALUE": "+7 495 000", "VALUE_TYPE": "WORK"}]},
    {"ID": "2", "TITLE": "Globex", "PHONE": [{"VALUE": "+49 30 1234", "VALUE_TYPE": "HOME"}]},
    {"ID": "3", "TITLE": "Initech", "PHONE": []},
]
HEADERS = {"content-type": "application/json; charset=utf-8", "x-request-id": "abc123"}


def _view(qtbot: QtBot) -> tuple[ResultView, bytes]:
    view = ResultView()
    qtbot.addWidget(view)
    body = json.dumps({"result": ROWS, "total": 3, "time": {}}).encode()
    view.show_result(parse_envelope("crm.lead.list", RawResponse(200, HEADERS, body, 0.01)))
    view.show()
    return view, body


def test_the_status_gives_the_size_and_the_headers_tab_lists_them(qtbot: QtBot) -> None:
    view, body = _view(qtbot)
    assert f"{len(body)} bytes" in view.status.text()
    model = view.headers.model()
    names = [model.index(row, 0).data() for row in range(view.headers.rowCount())]
    assert names == ["content-type", "x-request-id"]
    assert model.index(1, 1).data() == "abc123"
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == ["Tree", "Table", "Raw", "Headers"]


def test_the_filter_keeps_matching_table_rows_and_finds_them_in_the_tree(qtbot: QtBot) -> None:
    view, _ = _view(qtbot)
    view.tabs.setCurrentIndex(TABLE)
    qtbot.keyClicks(view.filter_edit, "globex")
    assert view.table_proxy.rowCount() == 1
    assert view.table_proxy.index(0, 0).data() == "2"
    current = view.tree.currentIndex()
    assert current.isValid() and "Globex" in str(current.data())
    view.filter_edit.clear()
    assert view.table_proxy.rowCount() == 3


def test_nested_values_read_as_words_in_the_table(qtbot: QtBot) -> None:
    view, _ = _view(qtbot)
    model = view.table_model
    phone = model.columns.index("PHONE")
    assert model.data(model.index(0, phone)) == "+7 495 000 (WORK)"
    assert model.data(model.index(2, phone)) == ""
    tooltip = model.data(model.index(1, phone), Qt.ItemDataRole.ToolTipRole)
    assert json.loads(tooltip) == [{"VALUE": "+49 30 1234", "VALUE_TYPE": "HOME"}]
