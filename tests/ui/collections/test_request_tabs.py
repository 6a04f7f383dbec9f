"""Tabs in the window: Ctrl+T/Ctrl+W/Ctrl+Tab, the unsaved mark, each tab its own request, and the tabs with
their unsaved edits back in a new window after the first one died without closing (the workspace autosave)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from b24desk.core.collection import Collection
from b24desk.core.param_rows import ParamRow
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.storage.app_storage import AppStorage
from b24desk.ui.shell.main_window import MainWindow
from tests.ui.request.waiting import until

pytestmark = pytest.mark.asyncio
SECRET = "k3x9q2w8e7r6t5y4"


async def test_tabs_hold_their_own_requests_and_come_back_after_a_crash(
    qtbot: QtBot, tmp_path: Path, secret_service: Any
) -> None:
    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path / "home")}, keyring_backend=secret_service)
    root = tmp_path / "crm"
    Collection.create(root).new_request(".", "deals", SavedRequest(ApiRequest("crm.deal.list", {"select": ["ID"]})))
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    tabs, request = window.request_tabs, window.open_request
    window.collections.use_collection(root)
    window.collection_panel.open_index(window.collection_panel.model.index_of("deals.b24.json"))
    assert tabs.bar.count() == 1 and tabs.bar.tabText(0) == "crm.deal.list"  # the blank tab took the file

    tabs.new()  # Ctrl+T
    assert tabs.bar.count() == 2 and tabs.bar.currentIndex() == 1 and request.document.method == "profile"
    request.settle_method("crm.lead.get")
    request.replace_rows([ParamRow("id", "7"), ParamRow("note", f"https://x.bitrix24.com/rest/1/{SECRET}/")])
    assert tabs.bar.tabText(1) == "crm.lead.get •"
    tabs.cycle(1)  # Ctrl+Tab: back to the first tab, its own request
    assert request.document.method == "crm.deal.list" and request.document.request().params == {"select": ["ID"]}
    request.replace_rows([ParamRow("select[]", "ID"), ParamRow("select[]", "NAME")])
    assert tabs.bar.tabText(0) == "crm.deal.list •"
    assert window.request_menu.save()  # Ctrl+S: into the tab's collection file, no dialog
    assert tabs.bar.tabText(0) == "crm.deal.list"
    assert json.loads((root / "deals.b24.json").read_text())["params"] == {"select": ["ID", "NAME"]}
    request.replace_rows([ParamRow("select[]", "ID"), ParamRow("select[]", "TITLE")])
    assert tabs.bar.tabText(0) == "crm.deal.list •"

    workspace = storage.paths.workspace_file
    await until(
        lambda: workspace.is_file() and "TITLE" in workspace.read_text() and "crm.lead.get" in workspace.read_text()
    )
    assert SECRET not in workspace.read_text()
    # The first window is never closed (as when the process is killed): a new one restores the tabs.
    again = MainWindow(storage=storage)
    qtbot.addWidget(again)
    again.collections.use_collection(root)
    again.request_tabs.restore()
    titles = [again.request_tabs.bar.tabText(i) for i in range(again.request_tabs.bar.count())]
    assert titles == ["crm.deal.list •", "crm.lead.get •"]
    assert again.request_tabs.bar.currentIndex() == 0
    assert again.open_request.document.request().params == {"select": ["ID", "TITLE"]}
    again.request_tabs.cycle(1)
    assert again.open_request.document.request().params["id"] == "7"

    asked: list[str] = []

    def keep(title: str) -> bool:  # the person answers "keep it"
        asked.append(title)
        return False

    again.request_tabs.confirm_close = keep
    again.request_tabs.close(1)  # Ctrl+W on an unsaved tab asks, and keeps it when told so
    assert asked == ["crm.lead.get •"] and again.request_tabs.bar.count() == 2
    again.request_tabs.confirm_close = lambda title: True
    again.request_tabs.close(1)
    again.request_tabs.close(0)
    assert again.request_tabs.bar.count() == 1 and again.open_request.document.method == "profile"  # never none
    await until(lambda: json.loads(workspace.read_text())["tabs"][0]["request"]["method"] == "profile")


async def test_unticked_rows_and_drafts_of_a_tab_come_back_after_a_restart(
    qtbot: QtBot, tmp_path: Path, secret_service: Any
) -> None:
    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path / "home")}, keyring_backend=secret_service)
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    request = window.open_request
    request.settle_method("crm.lead.get")
    request.replace_rows([ParamRow("id", "3")])
    request.type_method("crm.deal.list")
    request.settle_method()  # another method: crm.lead.get's rows kept as its draft
    request.replace_rows([ParamRow("select[]", "ID"), ParamRow("filter[ID]", "7", enabled=False)])
    workspace = storage.paths.workspace_file
    await until(lambda: workspace.is_file() and "filter[ID]" in workspace.read_text())

    again = MainWindow(storage=storage)  # the first one never closed, as when the process is killed
    qtbot.addWidget(again)
    again.request_tabs.restore()
    document = again.open_request.document
    assert document.method == "crm.deal.list" and ParamRow("filter[ID]", "7", enabled=False) in document.rows
    assert again.open_request.model.rowCount() >= 2  # the grid shows the unticked row too
    again.open_request.type_method("crm.lead.get")
    again.open_request.settle_method()  # the draft of the other method comes back
    assert again.open_request.document.request().params == {"id": "3"}


async def test_the_start_ups_own_changes_write_no_workspace_and_start_no_work(qtbot: QtBot, tmp_path: Path) -> None:
    """Selecting the sandbox and reading the catalogue change the open request's view, not the tabs: the idle app
    must not start background work (it would start the app loop, ui/shell/loop_switch.py) to rewrite them."""
    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path / "home")})
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    window.add_sandbox("http://127.0.0.1:9/rest/1/abcdefghijklmnop/")  # the start-up offers the sandbox
    window.request_tabs.save_workspace()  # what the autosave timer would do now
    assert window.background.pending == [] and not storage.paths.workspace_file.exists()
    window.open_request.settle_method("crm.lead.list")  # the person's first edit: saved
    window.request_tabs.save_workspace()
    workspace = storage.paths.workspace_file
    await until(lambda: workspace.is_file() and "crm.lead.list" in workspace.read_text())
