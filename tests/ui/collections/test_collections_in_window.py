"""Collections in the window: open a request from the tree, {{variables}} resolved from the chosen environment
in the URL bar, Code tab and Execute (undefined ones refused by name), and "Set as variable" from the result."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from b24desk.core.collection import Collection
from b24desk.core.environment import Environment, load_environment, save_environment
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

    window.execute()
    await until(lambda: window.history_panel.model.rowCount() == 1)
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
