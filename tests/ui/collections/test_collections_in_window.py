"""Collections in the window: open a request from the tree, {{variables}} resolved from the chosen environment
in the URL bar, Code tab and Execute (undefined ones refused by name), and "Set as variable" from the result."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from b24desk.core.collection import Collection
from b24desk.core.environment import Environment, load_environment, save_environment
from b24desk.core.param_rows import ParamRow
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.core.secret import Secret
from b24desk.core.webhook import parse_webhook_url
from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from b24desk.storage.app_storage import AppStorage
from b24desk.ui.shell.main_window import MainWindow
from tests.ui.request.waiting import until

pytestmark = pytest.mark.asyncio
TOKEN = "window-t0ken-secret-77"


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    with run_in_thread(SandboxConfig(seed=20, rate=1000.0, burst=10_000)) as running:
        yield running


async def test_a_collection_request_runs_with_the_environment_and_sets_a_variable(
    qtbot: QtBot, portal: SandboxPortal, tmp_path: Path, secret_service: Any
) -> None:
    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path / "home")}, keyring_backend=secret_service)
    root = tmp_path / "crm"
    collection = Collection.create(root)
    get = SavedRequest(ApiRequest("crm.lead.get", {"id": "{{lead}}", "note": "{{token}}"}))
    collection.new_request(".", "get lead", get)
    save_environment(root, Environment("test").with_value("lead", "4").with_secret("token"))
    storage.environment_secrets.set(root, "test", "token", Secret(TOKEN))

    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    window.add_sandbox(portal.webhook_url)
    window.collections.use_collection(root)
    panel = window.collection_panel
    panel.open_index(panel.model.index_of("get lead.b24.json"))
    assert window.open_request.document.method == "crm.lead.get"

    window.execute()  # no environment chosen: refused, naming what is missing
    assert "{{lead}}" in window.problem_label.text() and "{{token}}" in window.problem_label.text()

    window.environment_picker.choose("test")
    await until(lambda: window.open_request.environment == "test")
    body = window.url_bar.body_label.text()  # POST: the parameters are in the body line
    assert "id=4" in body and f"note={Secret(TOKEN).masked()}" in body and TOKEN not in body
    code = window.editor.code.code_text()  # the Code tab: resolved, the secret value masked
    assert Secret(TOKEN).masked() in code and TOKEN not in code and "{{" not in code

    note = window.history_panel.empty_note
    await until(lambda: note.text() == "No calls through this webhook yet.")  # the sandbox's calls are kept too
    window.execute()
    await until(lambda: window.history_panel.model.rowCount() == 1)
    assert note.isHidden()  # a collection's call through the sandbox is in its history
    entry = window.history_panel.model.entry(0)
    assert entry.call.params == {"id": "4", "note": Secret(TOKEN).masked()} and entry.call.http_status == 200

    window.result_view.variables_enabled = True
    index = window.result_view.tree_model.index(0, 0)  # the first field of the lead (its ID)
    window.result_view.set_variable(index, "lead_title")
    await until(lambda: "lead_title" in load_environment(root, "test").values)
    assert TOKEN not in (root / "environments" / "test.json").read_text()
    assert json.loads((root / "get lead.b24.json").read_text())["params"] == {"id": "{{lead}}", "note": "{{token}}"}


async def test_a_pasted_curl_command_becomes_the_request_and_offers_its_webhook(
    qtbot: QtBot, portal: SandboxPortal
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_sandbox(portal.webhook_url)
    other = "https://b24-ab12cd.bitrix24.com/rest/1/0example0secret0/"
    # pasted into a one-line field, the command's line ends became "\ " (a browser's or the docs' copy)
    command = f"curl -X POST \\ -H 'Content-Type: application/json' \\ -d '{{\"id\": 5}}' \\ {other}crm.deal.get.json"
    window.url_bar.url_edit.setText(command)
    window.url_bar.url_edit.textEdited.emit(command)  # as a paste does
    assert window.open_request.document.method == "crm.deal.get"
    assert window.open_request.document.request().params == {"id": 5}
    assert window.pasted_offer.pasted is not None  # the command's webhook is used now and offered for saving
    assert window.current_webhook() == parse_webhook_url(other).webhook
    assert "0example0secret0" not in window.url_bar.url_edit.text()
    broken = "curl -d @secret-file.txt " + other + "profile"
    window.url_bar.url_edit.setText(broken)
    window.url_bar.url_edit.textEdited.emit(broken)
    assert "does not read files" in window.url_bar.body_label.text()
    assert "0example0secret0" not in window.url_bar.url_edit.text() + window.url_bar.body_label.text()


async def test_each_tab_shows_its_own_last_answer(qtbot: QtBot, portal: SandboxPortal, tmp_path: Path) -> None:
    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path / "home")})
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    window.add_sandbox(portal.webhook_url)
    tabs, request, result = window.request_tabs, window.open_request, window.result_view
    request.settle_method("crm.lead.list")
    request.replace_rows([ParamRow("select[]", "ID"), ParamRow("select[]", "TITLE")])
    window.execute()
    await until(lambda: result.table_model.rowCount() > 0 and not window.execute_bar.cancel_button.isEnabled())
    lead_rows, lead_status = result.table_model.rowCount(), result.status.text()
    assert result.tabs.currentIndex() == 1 and lead_status.startswith("HTTP 200")  # a list: the Table

    tabs.new()  # a tab that never ran: an empty view, not the other tab's answer
    assert result.table_model.rowCount() == 0 and result.tree_model.rowCount() == 0
    assert "Ctrl+Enter" in result.status.text() and not result.export_json_action.isEnabled()
    request.settle_method("crm.lead.get")
    request.replace_rows([ParamRow("id", "1")])
    window.execute()
    await until(lambda: result.tree_model.rowCount() > 0 and not window.execute_bar.cancel_button.isEnabled())
    assert result.tabs.currentIndex() == 0  # one record: the Tree
    record_status, record_tree = result.status.text(), result.tree_model.rowCount()

    tabs.cycle(1)  # back to the list's tab: its rows, its status line, the Table
    assert result.table_model.rowCount() == lead_rows and result.status.text() == lead_status
    assert result.tabs.currentIndex() == 1 and result.export_csv_action.isEnabled()
    tabs.cycle(1)  # and the record's tab again: its answer, in the Tree (the Table: that one record as a row)
    assert result.table_model.rowCount() == 1 and result.tabs.currentIndex() == 0
    assert result.status.text() == record_status
    assert result.tree_model.rowCount() == record_tree  # the whole answer (result and time), as when it came
    window.show()  # Raw makes its text when it is looked at
    result.tabs.setCurrentIndex(2)
    await until(lambda: '"time"' in result.raw.plain_text())


async def test_an_answer_that_comes_after_its_tab_was_left_waits_in_its_own_tab(
    qtbot: QtBot, portal: SandboxPortal, tmp_path: Path
) -> None:
    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path / "home")})
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    window.add_sandbox(portal.webhook_url)
    tabs, request, result = window.request_tabs, window.open_request, window.result_view
    portal.faults.delay(1.0, method="crm.lead.get", count=1)  # the answer comes after the switch below
    request.settle_method("crm.lead.get")
    request.replace_rows([ParamRow("id", "1")])
    window.execute()
    await until(lambda: window.execute_bar.runner.running)
    tabs.new()  # another tab while the call runs
    await until(lambda: not window.execute_bar.runner.running)
    assert result.tree_model.rowCount() == 0 and result.table_model.rowCount() == 0  # not in this tab
    assert "Ctrl+Enter" in result.status.text()
    tabs.cycle(1)  # the tab that sent it shows its answer
    assert result.tree_model.rowCount() > 0 and result.status.text().startswith("HTTP 200")
    assert result.tabs.currentIndex() == 0  # a record: the Tree


async def test_an_undefined_variable_is_marked_in_the_grid_until_the_environment_gives_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path / "home")})
    root = tmp_path / "crm"
    Collection.create(root)
    save_environment(root, Environment("test").with_value("lead", "4"))
    save_environment(root, Environment("live").with_value("lead", "9").with_value("owner", "1"))
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    window.collections.use_collection(root)
    request, model = window.open_request, window.open_request.model
    request.settle_method("crm.lead.update")
    request.replace_rows([ParamRow("id", "{{lead}}"), ParamRow("fields[ASSIGNED_BY_ID]", "{{ owner }}")])
    lead = model.index_of("id", 1)
    owner = model.index_of("fields[ASSIGNED_BY_ID]", 1)
    foreground, background, tip = (
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )

    assert "{{lead}}" in lead.data(tip) and lead.data(foreground) is not None and lead.data(background) is not None
    window.environment_picker.choose("test")
    await until(lambda: request.environment == "test")
    assert lead.data(background) is None and lead.data(tip) is None  # defined now: no mark
    assert owner.data(tip) == "No value in the current environment: {{owner}}" and owner.data(background) is not None
    marked: list[Any] = []
    model.dataChanged.connect(lambda first, last: marked.append(first))
    window.environment_picker.choose("live")
    await until(lambda: request.environment == "live")
    assert owner.data(background) is None and owner.data(tip) is None and marked  # the view was told
    request.replace_rows([ParamRow("id", "{{lead}}", enabled=False), ParamRow("note", "a {{b}} c {{b}}")])
    assert model.index_of("id", 1).data(background) is None  # not sent: not marked
    assert model.index_of("note", 1).data(tip).endswith("{{b}}")  # named once


async def test_each_tab_marks_the_required_keys_of_its_own_method(qtbot: QtBot, tmp_path: Path) -> None:
    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path / "home")})
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    tabs, request = window.request_tabs, window.open_request
    request.settle_method("crm.lead.get")  # requires id
    window.show()  # the browser reads the catalogue when first shown
    await until(lambda: window.method_browser.model.catalogue is not None)
    assert request.model.required_keys() == ["id"]
    tabs.new()
    request.load(ApiRequest("crm.lead.list", {"select": ["ID"]}))  # an opened request: no required key
    assert request.model.required_keys() == [] and request.document.rows == [ParamRow("select[]", "ID")]
    tabs.cycle(1)  # back to crm.lead.get: its id is required again
    assert request.model.required_keys() == ["id"]
