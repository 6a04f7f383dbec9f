"""The request defects of issue 15, each driven through the real window against the sandbox portal.

These use only the window's widgets (method field, browser, grid model, fetch-all box, URL field,
Execute, result tabs), so they run unchanged against the window before the open request existed
(where each one failed) and after.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from b24desk.core.param_rows import ParamRow
from b24desk.sandbox import SandboxPortal
from b24desk.ui.shell.main_window import MainWindow
from tests.ui.request.waiting import until

pytestmark = pytest.mark.asyncio
TREE, TABLE = 0, 1


@pytest.fixture(autouse=True)
def _catalogue(window: MainWindow) -> None:
    """The browser's catalogue, which says which methods page."""
    window.method_browser.load()


def pick(window: MainWindow, name: str) -> None:
    """Choose a method in the browser, as a person searching and pressing Enter does."""
    window.method_browser.search_edit.setText(name)
    window.method_browser._choose_first()
    assert window.editor.method_edit.text() == name


def type_method(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Type a method name key by key over the field's text, then press Enter."""
    edit = window.editor.method_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == name


def add_row(window: MainWindow, key: str, value: str) -> None:
    """Type a key into the grid's blank row, then its value."""
    model = window.editor.params.model
    blank = model.index(model.rowCount() - 1, 0)
    assert model.setData(blank, key)
    assert model.setData(model.index_of(key, 1), value)


def rows(window: MainWindow) -> list[tuple[str, str]]:
    return [(row.key, row.value) for row in window.editor.params.model.rows()]


async def test_typing_a_method_keeps_each_methods_own_rows(qtbot: QtBot, window: MainWindow) -> None:
    pick(window, "crm.contact.list")
    add_row(window, "filter[>ID]", "190")
    type_method(qtbot, window, "crm.deal.list")
    assert ("filter[>ID]", "190") not in rows(window)
    pick(window, "crm.contact.list")
    assert rows(window) == [("filter[>ID]", "190")]
    add_row(window, "select[]", "ID")
    type_method(qtbot, window, "crm.lead.add")
    assert not [key for key, _ in rows(window) if key.startswith(("select", "filter"))]


async def test_a_record_after_a_list_shows_in_the_tree(window: MainWindow) -> None:
    pick(window, "crm.lead.list")
    window.execute_button.click()
    await until(lambda: not window.runner.running and window.result_view.table_model.rowCount() > 0)
    assert window.result_view.tabs.currentIndex() == TABLE
    pick(window, "crm.lead.get")
    window.editor.params.model.set_rows([ParamRow("id", "5", "integer")])
    window.execute_button.click()
    await until(lambda: not window.runner.running and "HTTP 200" in window.result_view.status.text())
    await until(lambda: window.result_view.tree_model.rowCount() > 0)
    assert window.result_view.tabs.currentIndex() == TREE  # not a blank table
    tree = window.result_view.tree_model
    result = tree.index(0, 0)
    fields = {
        tree.data(tree.index(r, 0, result)): tree.data(tree.index(r, 1, result)) for r in range(tree.rowCount(result))
    }
    assert fields["ID"] == "5"


async def test_typing_a_call_url_key_by_key_waits_for_enter(
    qtbot: QtBot, window: MainWindow, portal: SandboxPortal
) -> None:
    sandbox = window.current_webhook()
    url = f"{portal.webhook_url}crm.lead.get.json?id=5"
    edit = window.url_bar.url_edit
    edit.setFocus()
    edit.selectAll()
    for count, char in enumerate(url, start=1):
        qtbot.keyClicks(edit, char)
        assert edit.text() == url[:count]  # never rewritten mid-typing
        assert window.current_webhook() == sandbox  # the picker stays on the sandbox
        assert edit.cursorPosition() == count
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.current_webhook() == sandbox  # the whole URL is the sandbox's webhook: already there
    assert window.editor.method_edit.text() == "crm.lead.get"
    assert window.editor.params.params() == {"id": "5"}
    window.execute_button.click()
    await until(lambda: not window.runner.running and window.result_view.status.text().startswith("HTTP"))
    assert "HTTP 200" in window.result_view.status.text()


async def test_a_pasted_url_that_does_not_parse_keeps_its_secret_masked(window: MainWindow) -> None:
    secret = "q1w2e3r4t5y6u7i8"
    sandbox = window.current_webhook()
    edit = window.url_bar.url_edit
    for bad in (
        f"https://b24-x.bitrix24.com/rest/x/{secret}/crm.lead.get.json",  # the user id is not a number
        f"https://b24-x.bitrix24.com/rest/1/{secret}/crm.lead.get!.json",  # not a method name
    ):
        edit.setText("")
        edit.insert(bad)  # insert() emits textEdited with the whole text at once, as a paste does
        assert secret not in edit.text()
        assert edit.text().startswith("https://b24-x.bitrix24.com/rest/")  # the paste stays, to be mended
        assert "Not loaded:" in window.url_bar.body_label.text()  # and says what is wrong
        assert secret not in window.url_bar.body_label.text()
        assert window.current_webhook() == sandbox


@pytest.mark.parametrize("method", ["user.search", "disk.folder.getChildren", "rpa.stage.listForType"])
async def test_fetch_all_stays_ticked_for_a_list_without_a_list_name(window: MainWindow, method: str) -> None:
    pick(window, method)
    box = window.editor.fetch_all
    assert box.isEnabled()
    box.click()
    assert box.isEnabled() and box.isChecked()
    assert window.editor.request().fetch_all


async def test_fetch_all_is_off_for_a_record_and_unknown_methods(qtbot: QtBot, window: MainWindow) -> None:
    pick(window, "crm.lead.list")
    window.editor.fetch_all.click()
    pick(window, "crm.lead.get")
    assert not window.editor.fetch_all.isEnabled()
    assert not window.editor.request().fetch_all
    type_method(qtbot, window, "user.current")
    assert not window.editor.fetch_all.isEnabled()
    assert not window.editor.fetch_all.isChecked()  # not ticked-but-disabled
    assert not window.editor.request().fetch_all
