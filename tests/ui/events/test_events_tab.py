"""The Events tab on the app's qasync loop, with the sandbox portal firing real events at it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from b24desk.core.events import read_event
from b24desk.core.query import encode
from b24desk.core.secret import Secret
from b24desk.receiver import EventReceiver
from b24desk.sandbox import SandboxConfig, SandboxPortal
from b24desk.ui.events.events_model import EventsModel
from b24desk.ui.events.events_tab import EventsTab

TOKEN = "u1t0k3n00000000000000000000000ab"


async def _until(condition: Any, timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.01)


def _tab(qtbot: QtBot) -> EventsTab:
    tab = EventsTab()
    qtbot.addWidget(tab)
    tab.port_spin.setValue(0)
    return tab


def test_the_events_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = EventsModel(limit=3)
    body = encode({"event": "ONCRMLEADADD", "auth": {"application_token": "x"}}).encode()
    for number in range(1, 6):
        model.append(read_event(body=body, content_type="", expected_token=Secret(TOKEN), number=number))
    assert model.rowCount() == 3 and model.event_at(0).number == 3  # the oldest went first
    assert model.data(model.index(0, 3)) == "rejected: wrong token"
    qtmodeltester.check(model)


@pytest.mark.asyncio
async def test_sandbox_events_fill_the_list_and_the_tree(qtbot: QtBot, tmp_path: Path) -> None:
    tab = _tab(qtbot)
    tokens: list[Secret | None] = []
    tab.tokenChanged.connect(tokens.append)
    qtbot.keyClicks(tab.token_edit, TOKEN)
    assert tokens[-1] == Secret(TOKEN)
    async with SandboxPortal(SandboxConfig(seed=5, rate=1000.0, burst=10_000)) as portal:
        assert await tab.start_listening()
        url = tab.url_edit.text()
        assert url.startswith("http://127.0.0.1:") and not tab.start_button.isEnabled()
        portal.add_event_handler(["ONCRMLEADADD"], url, TOKEN)
        portal.add_event_handler(["ONCRMLEADADD"], url, "w" * 32)
        async with httpx.AsyncClient() as client:
            answer = await client.post(portal.webhook_url + "crm.lead.add", json={"fields": {"TITLE": "UI"}})
        lead_id = str(answer.json()["result"])
        await _until(lambda: tab.model.rowCount() == 2)
        statuses = {tab.model.data(tab.model.index(row, 3)) for row in range(2)}
        assert statuses == {"accepted (200)", "rejected: wrong token (401)"}
        accepted = next(row for row in range(2) if tab.model.event_at(row).accepted)
        red = tab.model.data(tab.model.index(1 - accepted, 3), Qt.ItemDataRole.ForegroundRole)
        assert red is not None
        tab.table.selectRow(accepted)
        tree = tab.tree_model
        keys = {tree.data(tree.index(row, 0)): tree.index(row, 0) for row in range(tree.rowCount())}
        data = keys["data"]
        fields = tree.index(0, 0, data)
        assert tree.data(fields) == "FIELDS"
        assert (tree.data(tree.index(0, 0, fields)), tree.data(tree.index(0, 1, fields))) == ("ID", lead_id)
        assert TOKEN not in tab.raw_view.toPlainText() and "data%5BFIELDS%5D%5BID%5D" in tab.raw_view.toPlainText()
        assert "Content-Type: application/x-www-form-urlencoded" in tab.headers_view.toPlainText()
        assert TOKEN not in str(tree.node(QModelIndex()).value)
        saved = tmp_path / "events.jsonl"
        assert tab.save_events(saved) == 2 and TOKEN not in saved.read_text(encoding="utf-8")
        async with EventReceiver(port=0, token=Secret(TOKEN)) as target:
            assert await tab.replay_event(tab.model.event_at(accepted), target.handler_url) == 200
            assert target.events[0].data == {"FIELDS": {"ID": lead_id}}
        await tab.stop_listening()
        assert tab.start_button.isEnabled() and tab.url_edit.text() == ""
    tab.clear()
    assert tab.load_events(saved) == 2 and tab.model.rowCount() == 2


@pytest.mark.asyncio
async def test_binding_beyond_loopback_asks_first_and_a_busy_port_is_said(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    asked: list[str] = []

    def refuse(host: str) -> bool:
        asked.append(host)
        return False

    tab.confirm_exposed = refuse  # type: ignore[method-assign]
    tab.host_edit.setText("0.0.0.0")
    assert not await tab.start_listening()
    assert asked == ["0.0.0.0"] and tab.receiver is None
    tab.host_edit.setText("127.0.0.1")
    async with EventReceiver(port=0) as busy:
        tab.port_spin.setValue(busy.port)
        assert not await tab.start_listening()
    assert "Cannot listen" in tab.status_label.text()
    assert asked == ["0.0.0.0"]


@pytest.mark.asyncio
async def test_without_a_token_events_are_unchecked_and_a_token_set_later_applies(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    assert await tab.start_listening()
    assert "No application token" in tab.status_label.text()
    body = encode({"event": "ONTASKADD", "auth": {"application_token": "nope"}})
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    async with httpx.AsyncClient() as client:
        first = await client.post(tab.url_edit.text(), content=body, headers=headers)
        tab.set_token(Secret(TOKEN))
        second = await client.post(tab.url_edit.text(), content=body, headers=headers)
    assert (first.status_code, second.status_code) == (200, 401)
    assert tab.model.event_at(0).outcome == "unchecked" and tab.model.event_at(1).outcome == "rejected"
    await tab.shutdown()
    assert tab.receiver is None


def test_handler_skeletons_export_and_the_window_has_the_tab(qtbot: QtBot, tmp_path: Path) -> None:
    from b24desk.ui.shell.main_window import MainWindow

    tab = _tab(qtbot)
    tab.export_handler("php", tmp_path / "handler.php")
    assert (tmp_path / "handler.php").read_text(encoding="utf-8").startswith("<?php")
    window = MainWindow()
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Requests", "Events"]
    assert window.tabs.widget(1) is window.events_page and window.events_page.isAncestorOf(window.events_tab)
