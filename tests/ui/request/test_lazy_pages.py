"""Pages made when first shown (ui/common/lazy_page.py) show what they would have shown had they been made
with the window: the result's Table, Raw and Headers after a call over HTTP to the sandbox portal, the
parameters' JSON after edits in the grid."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from b24desk.core.param_rows import ParamRow
from b24desk.sandbox import SandboxPortal
from b24desk.ui.common.zoom import STEPS, zoom
from b24desk.ui.request.params_editor import ParamsEditor
from b24desk.ui.result.result_view import RAW, TABLE
from b24desk.ui.shell.main_window import MainWindow
from tests.ui.request.waiting import until

HEADERS = 3


def _tab_after(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next visible control of the focus chain that takes Tab."""
    following = widget.nextInFocusChain()
    while following is not None and not (following.isVisible() and following.focusPolicy() & Qt.FocusPolicy.TabFocus):
        following = following.nextInFocusChain()
    assert following is not None
    return following


@pytest.mark.asyncio
async def test_an_answer_received_before_its_pages_were_made_shows_there_when_they_are_opened(
    window: MainWindow, portal: SandboxPortal
) -> None:
    result = window.result_view
    pages = (result.table_page, result.raw_page, result.headers_page)
    window.editor.method_edit.setText("profile")
    window.execute_button.click()
    await until(lambda: not window.runner.running and result.tree_model.rowCount() > 0)
    assert not any(page.built for page in pages)  # the Tree shows the record; nothing else was made

    result.tabs.setCurrentIndex(HEADERS)  # made now, with the answer that came before
    cells = [[result.headers.item(row, column) for column in (0, 1)] for row in range(result.headers.rowCount())]
    headers = {name.text(): value.text() for name, value in cells if name is not None and value is not None}
    assert headers["content-type"].startswith("application/json")

    window.editor.method_edit.setText("crm.lead.list")  # a list, while Headers is in front: it stays there
    window.editor.params.model.set_rows([ParamRow("select[]", "ID"), ParamRow("select[]", "TITLE")])
    window.execute_button.click()
    await until(lambda: not window.runner.running and result.table_model.rowCount() == 50)
    assert result.tabs.currentIndex() == HEADERS and not result.table_page.built and not result.raw_page.built

    result.tabs.setCurrentIndex(RAW)
    await until(lambda: not result.raw.preparing and '"TITLE"' in result.raw.plain_text())
    assert json.loads(result.raw.plain_text())["total"] == 180
    assert result.raw.text.accessibleName() == "Raw answer"  # named as the first screen's views are

    result.tabs.setCurrentIndex(TABLE)
    table = result.table
    assert table.model() is result.table_model and table.horizontalHeader().count() == 2
    widths = [table.columnWidth(column) for column in range(2)]
    result.fit_columns()  # what the view does for an answer arriving while the Table exists
    assert [table.columnWidth(column) for column in range(2)] == widths
    assert table.accessibleName() == "Result table" and _tab_after(result.tabs.tabBar()) is table
    normal = table.font().pointSizeF()
    zoom().zoom_in()  # View > Zoom sizes the later page too
    try:
        assert table.font().pointSizeF() > normal and result.raw.text.font().pointSizeF() > normal
    finally:
        zoom().reset()


@pytest.mark.asyncio
async def test_a_listing_call_makes_the_table_while_it_is_under_way_not_with_its_answer(
    window: MainWindow, portal: SandboxPortal
) -> None:
    """Made by the answer's own event, the Table added ~15 ms to a first big list's stall: a call likely to
    answer with rows (the Tree in front) makes it while the answer is on its way."""
    result = window.result_view
    portal.faults.delay(1.0, method="crm.lead.list", count=1)  # the answer comes a second after the start
    window.editor.method_edit.setText("crm.lead.list")
    window.execute_button.click()
    await until(lambda: result.table_page.built or not window.runner.running)
    assert result.table_page.built and window.runner.running  # made before the answer came
    assert result.tabs.currentIndex() != TABLE  # made, not shown: the answer brings it to the front
    await until(lambda: not window.runner.running and result.table_model.rowCount() == 50)
    assert result.tabs.currentIndex() == TABLE and result.table.model() is result.table_model


@pytest.mark.asyncio
async def test_a_table_made_when_zoomed_fits_its_columns_in_the_zoomed_font(
    window: MainWindow, portal: SandboxPortal
) -> None:
    result = window.result_view
    result.tabs.setCurrentIndex(HEADERS)  # the list's answer stays behind Headers: the Table is not made
    zoom().set_step(len(STEPS) - 1)  # twice the normal size
    try:
        window.editor.method_edit.setText("crm.lead.list")
        window.editor.params.model.set_rows([ParamRow("select[]", "ID"), ParamRow("select[]", "TITLE")])
        window.execute_button.click()
        await until(lambda: not window.runner.running and result.table_model.rowCount() == 50)
        assert not result.table_page.built
        result.tabs.setCurrentIndex(TABLE)
        table = result.table
        widths = [table.columnWidth(column) for column in range(2)]
        result.fit_columns()  # what an answer arriving while the Table exists gets, in its font now
        assert [table.columnWidth(column) for column in range(2)] == widths
    finally:
        zoom().reset()


def test_the_json_page_made_after_grid_edits_shows_the_request_and_edits_it(qtbot: QtBot) -> None:
    editor = ParamsEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_rows([ParamRow("filter[>ID]", "10"), ParamRow("select[]", "ID"), ParamRow("select[]", "TITLE")])
    assert not editor.json_page.built
    editor.tabs.setCurrentIndex(1)
    assert editor.json_page.built and editor.json_edit.isVisible()
    assert json.loads(editor.json_edit.toPlainText()) == {"filter": {">ID": "10"}, "select": ["ID", "TITLE"]}
    assert _tab_after(editor.tabs.tabBar()) is editor.json_edit
    editor.json_edit.setPlainText('{"id": 5}')  # and typed JSON is the request, as before
    assert editor.params() == {"id": 5}
    editor.tabs.setCurrentIndex(0)
    assert [(row.key, row.value) for row in editor.model.rows()] == [("id", "5")]


def test_tab_reaches_a_code_page_made_later_in_reading_order(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_sandbox("http://127.0.0.1:1/rest/1/abcdefgh12345678/")
    window.show()
    tabs = window.editor.params.tabs
    tabs.setCurrentIndex(2)  # Code: made now, at the end of Qt's focus chain unless placed
    code = window.editor.code
    assert _tab_after(tabs.tabBar()) is code.language  # the toolbar beside the tabs first
    assert _tab_after(code.code) is window.execute_button  # then the snippet, then Execute
