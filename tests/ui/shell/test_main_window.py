"""The main window without a network: live masked URL, pasting a call URL, grid/JSON, bad input kept."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from b24desk.core.param_rows import ParamRow
from b24desk.core.webhook import parse_webhook_url
from b24desk.ui.shell.main_window import MainWindow

SECRET = "k3x9q2w8e7r6t5y4"
WEBHOOK = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.add_webhook("test portal", parse_webhook_url(WEBHOOK).webhook)
    return win


def test_url_follows_every_edit_and_masks_the_secret(window: MainWindow) -> None:
    window.editor.method_edit.setText("crm.lead.list")
    window.editor.params.model.set_rows([ParamRow("select[]", "ID"), ParamRow("filter[>ID]", "10", "integer")])
    assert window.url_bar.url_edit.text().endswith("/crm.lead.list.json")
    assert window.url_bar.body_label.text() == "POST body: select[0]=ID&filter[>ID]=10"
    window.editor.http_method.setCurrentText("GET")
    url = window.url_bar.url_edit.text()
    assert url.endswith("/crm.lead.list.json?select%5B0%5D=ID&filter%5B%3EID%5D=10")
    assert SECRET not in url
    window.url_bar.eye.setChecked(True)
    assert SECRET in window.url_bar.url_edit.text()
    window.url_bar.eye.setChecked(False)
    assert SECRET not in window.url_bar.url_edit.text()


def test_typing_in_the_grid_updates_the_url(window: MainWindow, qtbot: QtBot) -> None:
    model = window.editor.params.model
    model.setData(model.index(0, 0), "fields[TITLE]")  # typed into the blank row: lands under `fields`
    model.setData(model.index_of("fields[TITLE]", 1), "Acme & Co")
    assert model.rowCount() == 2  # `fields` and the blank row for the next parameter
    assert "fields[TITLE]=Acme+%26+Co" in window.url_bar.body_label.text()


def test_bad_value_is_explained_and_nothing_typed_is_lost(window: MainWindow) -> None:
    model = window.editor.params.model
    model.set_rows([ParamRow("start", "ten", "integer")])
    assert "whole number" in window.editor.params.message.text()
    assert not window.execute_button.isEnabled()
    assert model.rows() == [ParamRow("start", "ten", "integer")]


def test_grid_and_json_switch_without_loss_and_bad_json_keeps_you_there(window: MainWindow) -> None:
    editor = window.editor.params
    editor.set_params({"fields": {"TITLE": "Ёлка", "OPENED": True}, "select": ["ID"]})
    editor.tabs.setCurrentIndex(1)
    assert '"TITLE": "Ёлка"' in editor.json_edit.toPlainText()
    editor.json_edit.setPlainText('{"fields": {"TITLE": ')
    editor.tabs.setCurrentIndex(0)
    assert editor.tabs.currentIndex() == 1  # stayed on JSON
    assert "not valid" in editor.message.text()
    assert editor.json_edit.toPlainText() == '{"fields": {"TITLE": '
    editor.json_edit.setPlainText('{"fields": {"TITLE": "Ёлка", "OPENED": true}, "select": ["ID"]}')
    editor.tabs.setCurrentIndex(0)
    assert editor.tabs.currentIndex() == 0
    assert editor.params() == {"fields": {"TITLE": "Ёлка", "OPENED": True}, "select": ["ID"]}


def test_pasting_a_call_url_fills_method_and_params(window: MainWindow) -> None:
    # b24desk-scan: allow (a made-up secret)
    other = "https://other.bitrix24.de/rest/7/zz9yy8xx7ww6vv5u/crm.deal.list.json?filter[STAGE_ID]=WON&select[]=ID"
    window.url_bar.url_edit.setText("")
    window.url_bar.url_edit.insert(other)  # insert() emits textEdited, as a paste does
    assert window.editor.method_edit.text() == "crm.deal.list"
    assert window.editor.params.params() == {"filter": {"STAGE_ID": "WON"}, "select": ["ID"]}
    assert window.editor.request().http_method == "GET"  # a call URL with a query is what a browser GETs
    assert window.current_webhook() == parse_webhook_url(other).webhook
    assert window.webhook_combo.count() == 2


def test_copy_actions(window: MainWindow) -> None:
    window.url_bar.copy_button.click()
    assert SECRET not in QGuiApplication.clipboard().text()
    assert window.url_bar.copy_button.menu() is not None  # its arrow: with the secret, told what that risks
    window.url_bar.copy_secret_action.trigger()
    assert QGuiApplication.clipboard().text() == f"{WEBHOOK}profile.json"
    window.url_bar.copy_masked_action.trigger()
    assert SECRET not in QGuiApplication.clipboard().text()


@pytest.mark.asyncio
async def test_qasync_loop_drives_awaits_in_gui_tests(qtbot: QtBot) -> None:
    """Proves the conftest's qasync loop: Qt events are processed while a test awaits."""
    import qasync

    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    async with asyncio.timeout(5):
        while not win.isVisible():
            await asyncio.sleep(0.01)
    await asyncio.sleep(0.15)  # the elapsed-time QTimer would tick here if running
    assert win.windowTitle().startswith("b24desk")


def test_code_tab_follows_the_request_without_the_secret(window: MainWindow) -> None:
    window.editor.method_edit.setText("crm.lead.add")
    window.editor.params.model.set_rows([ParamRow("fields[TITLE]", "O'Brien & Co")])
    code_view = window.editor.code
    code_view.language.setCurrentIndex(code_view.language.findData("php"))
    assert "'TITLE' => 'O\\'Brien & Co'," in code_view.code_text()
    code_view.language.setCurrentIndex(code_view.language.findData("curl"))
    assert "crm.lead.add.json" in code_view.code_text()
    assert SECRET not in code_view.code_text()
    window.editor.params.tabs.setCurrentIndex(2)  # the Code tab leaves the parameters as they are
    assert window.editor.params.params() == {"fields": {"TITLE": "O'Brien & Co"}}


def test_code_tab_catches_up_with_edits_made_while_hidden(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    code_view = window.editor.code
    code_view.language.setCurrentIndex(code_view.language.findData("curl"))
    window.editor.method_edit.setText("crm.deal.list")  # the Grid tab is in front: the code waits
    assert "crm.deal.list" not in code_view.code.toPlainText()
    window.editor.params.tabs.setCurrentIndex(2)
    assert "crm.deal.list.json" in code_view.code.toPlainText()
    window.editor.method_edit.setText("crm.deal.get")  # shown: follows at once
    assert "crm.deal.get.json" in code_view.code.toPlainText()


def test_method_browser_search_and_choose_lists_required_parameters(window: MainWindow, qtbot: QtBot) -> None:
    browser = window.method_browser
    browser.load()
    assert browser.model.rowCount() > 20  # scopes
    browser.search_edit.setText("message add")
    browser._choose_first()  # Enter in the search box takes the best match
    assert window.editor.method_edit.text() == "im.message.add"
    model = window.editor.params.model
    assert [row.key for row in model.rows()] == ["DIALOG_ID", "MESSAGE"]
    assert model.data(model.index(0, 0)) == "DIALOG_ID *"
    model.setData(model.index(1, 1), "Hello")
    browser.search_edit.setText("crm.lead.get")
    browser._choose_first()
    assert [row.key for row in model.rows()] == ["id"]  # the new method's own rows
    assert window.url_bar.url_edit.text().endswith("/crm.lead.get.json")
    browser.search_edit.setText("message add")
    browser._choose_first()
    assert [(row.key, row.value) for row in model.rows()] == [("DIALOG_ID", ""), ("MESSAGE", "Hello")]


def test_the_keyboard_starts_in_the_method_search(qtbot: QtBot) -> None:
    """A first start: words typed at once find a method and Enter opens it; Ctrl+Enter executes from there."""
    window = MainWindow()  # no webhook yet: Execute says so
    qtbot.addWidget(window)
    browser = window.method_browser
    with qtbot.waitSignal(browser.catalogueLoaded, timeout=60_000):
        window.show()
    with qtbot.waitActive(window, timeout=60_000):
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browser.search_edit, timeout=60_000)
    QTest.keyClicks(browser.search_edit, "lead add")  # where the keys go: the focused widget, checked above
    QTest.keyClick(browser.search_edit, Qt.Key.Key_Return)
    assert window.editor.method_edit.text() == "crm.lead.add"
    browser.search_edit.setFocus()
    QTest.keyClick(browser.search_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.problem_label.text() == "Add a webhook first."


def test_search_finds_methods_by_words_and_parameters(window: MainWindow) -> None:
    browser = window.method_browser
    browser.load()
    browser.model.search("lead add")
    group = browser.model.index(0, 0)
    first = browser.model.method_at(browser.model.index(0, 0, group))
    assert first is not None and first.name == "crm.lead.add"


def test_save_and_open_a_request_file(window: MainWindow, tmp_path: Path) -> None:
    window.editor.method_edit.setText("crm.deal.list")
    window.editor.params.model.set_rows([ParamRow("filter[STAGE_ID]", "WON"), ParamRow("start", "50", "integer")])
    window.editor.http_method.setCurrentText("GET")
    path = tmp_path / "deals.json"
    assert window.request_menu.save(str(path))
    assert SECRET not in path.read_text()
    window.editor.method_edit.setText("profile")
    window.editor.params.set_params({})
    assert window.request_menu.open(str(path))
    assert window.editor.method_edit.text() == "crm.deal.list"
    assert window.editor.http_method.currentText() == "GET"
    assert window.editor.params.params() == {"filter": {"STAGE_ID": "WON"}, "start": 50}
    (tmp_path / "broken.json").write_text("{")
    assert not window.request_menu.open(str(tmp_path / "broken.json"))
    assert "not a saved b24desk request" in window.problem_label.text()
    assert window.editor.method_edit.text() == "crm.deal.list"  # nothing lost


def test_favourite_and_recent_methods_come_first(window: MainWindow) -> None:
    browser = window.method_browser
    browser.load()
    browser.search_edit.setText("")
    browser.favourites, browser.recent = [], []
    browser.toggle_favourite("crm.deal.add")
    browser.remember("user.get")
    browser._repin()
    model = browser.model
    titles = [model.data(model.index(row, 0)) for row in range(2)]
    assert titles == ["Favourites (1)", "Recent (1)"]
    first = model.method_at(model.index(0, 0, model.index(0, 0)))
    assert first is not None and first.name == "crm.deal.add"
    assert model.data(model.index(0, 0, model.index(0, 0))) == "★ crm.deal.add"
    recent = model.method_at(model.index(0, 0, model.index(1, 0)))
    assert recent is not None and recent.name == "user.get"
    browser.toggle_favourite("crm.deal.add")
    assert model.data(model.index(0, 0)) == "Recent (1)"


def test_body_line_says_how_the_call_goes(window: MainWindow) -> None:
    window.editor.method_edit.setText("profile")
    window.editor.params.set_params({})
    assert window.url_bar.body_label.text() == "Sent as POST, without parameters."
    window.editor.http_method.setCurrentText("GET")
    assert window.url_bar.body_label.text() == "Sent as GET; the parameters are in the URL."


def test_methods_without_a_scope_come_last_under_a_plain_heading(window: MainWindow) -> None:
    model = window.method_browser.model
    window.method_browser.load()
    last = model.index(model.rowCount() - 1, 0)
    assert str(model.data(last)).startswith("other (no scope)")
    window.method_browser.tree.expand(last)  # its rows are made as it opens
    names = [model.method_at(model.index(row, 0, last)) for row in range(model.rowCount(last))]
    assert "event.bind" in [method.name for method in names if method is not None]


def test_a_method_without_required_parameters_still_says_what_it_takes(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    browser = window.method_browser
    browser.load()
    browser.search_edit.setText("crm.lead.add")
    browser._choose_first()
    model = window.editor.params.model
    blank = model.index(model.rowCount() - 1, 0)
    assert model.data(blank) == "New parameter: type a key, e.g. fields[TITLE]"
    window.show()
    grid = window.editor.params.grid
    grid.setCurrentIndex(blank)
    grid.edit(blank)
    line = grid.findChild(QLineEdit)
    completer = window.editor.params.delegate.key_completer
    assert line is not None and completer is not None
    qtbot.keyClicks(line, "title")  # matched anywhere in the key, the exact part first
    assert completer.model().stringList()[:2] == ["fields[TITLE]", "fields[COMPANY_TITLE]"]  # type: ignore[attr-defined]
    line.clear()
    qtbot.keyClicks(line, "OPPORT")
    completer.activated.emit(completer.model().stringList()[0])  # type: ignore[attr-defined]  # a pick from the list
    assert line.text() == "fields[OPPORTUNITY]"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index_of("fields[OPPORTUNITY]").isValid())
    assert model.row_for(model.index_of("fields[OPPORTUNITY]")).type == "number"  # the documented type
    inside = model.key_completions(model.index_of("fields[OPPORTUNITY]"))
    assert "[TITLE]" in inside and "[OPPORTUNITY]" in inside


def test_a_typed_method_is_described_as_a_picked_one_and_a_loaded_request_keeps_its_rows(
    window: MainWindow, qtbot: QtBot
) -> None:
    from b24desk.core.request import ApiRequest

    window.method_browser.load()
    window.show()
    edit = window.editor.method_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "crm.lead.get")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter (or leaving the field)
    model = window.editor.params.model
    assert [row.key for row in model.rows()] == ["id"]
    assert model.data(model.index(0, 0)) == "id *"
    window.editor.load(ApiRequest("crm.lead.add", {"fields": {"NAME": "Ann"}}))
    assert model.rows() == [ParamRow("fields[NAME]", "Ann")]  # nothing added to what was loaded
    assert "fields[TITLE]" in model.hints.known  # yet its keys complete


def test_a_method_whose_parameters_line_is_broken_opens_without_parameters_and_says_why(
    window: MainWindow,
) -> None:
    """A catalogue's parameters are decoded when a method is first looked at: a broken line of the file is
    said below the editor and the method opens with its parameters unknown, not a traceback per key."""
    from b24desk.core.catalogue import catalogue_from_text
    from b24desk.core.catalogue_records import FORMAT_VERSION, PARAMS_LINE

    methods = ['["crm.lead.get",["crm"],"page",4]', '["crm.lead.add",["crm"],"page",4]']
    lines = '[["id","integer","",1]],\n[["fields","object"'
    text = f'{{"format":{FORMAT_VERSION},"methods":[\n' + ",\n".join(methods) + PARAMS_LINE + lines + "\n]}\n"
    window.method_browser.set_catalogue(catalogue_from_text(text, "methods.json"), index_now=False)
    window.editor.method_edit.setText("crm.lead.get")
    window.open_request.settle_method()
    assert [row.key for row in window.editor.params.model.rows()] == ["id"]  # a sound line: as before
    window.editor.method_edit.setText("crm.lead.add")
    window.open_request.settle_method()
    assert "cannot be read (crm.lead.add: JSONDecodeError): methods.json" in window.problem_label.text()
    assert [row.key for row in window.editor.params.model.rows()] == []
