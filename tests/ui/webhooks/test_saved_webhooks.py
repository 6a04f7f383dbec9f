"""Saved webhooks in the window: saved to the real keyring, used, history recorded, secret updated, removed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from b24desk.core.param_rows import ParamRow
from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from b24desk.storage.app_storage import AppStorage
from b24desk.ui.shell.main_window import MainWindow
from b24desk.ui.webhooks.webhook_picker import WebhookPicker
from tests.ui.request.waiting import SECONDS, until

pytestmark = pytest.mark.asyncio


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    with run_in_thread(SandboxConfig(seed=20, rate=1000.0, burst=10_000)) as running:
        yield running


@pytest.fixture
def storage(tmp_path: Path, secret_service: Any) -> AppStorage:
    """Storage in a throwaway folder, secrets in the private gnome-keyring the test session runs."""
    return AppStorage.open(env={"B24DESK_HOME": str(tmp_path)}, keyring_backend=secret_service)


async def test_save_use_rotate_and_remove_a_webhook(
    qtbot: QtBot, portal: SandboxPortal, storage: AppStorage, tmp_path: Path
) -> None:
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    window.add_sandbox(portal.webhook_url)
    secret = portal.webhook_url.rstrip("/").rsplit("/", 1)[-1]
    item = await window.picker.save("Demo CRM", portal.webhook_url)
    assert window.picker.current() is item
    assert [e.name for e in storage.webhooks.entries()] == ["Demo CRM"]

    assert await window.picker.notes("sales team, read-only") == "sales team, read-only"
    assert storage.webhooks.find("Demo CRM").notes == "sales team, read-only"
    said = await window.picker.test_connection()
    assert "crm" in said and "scopes" in said
    assert "crm" in storage.webhooks.find("Demo CRM").scopes

    window.editor.method_edit.setText("crm.lead.get")
    window.editor.params.model.set_rows([ParamRow("id", "3", "integer")])
    window.execute_button.click()
    await until(lambda: window.history_panel.model.rowCount() == 1)
    call = window.history_panel.model.entry(0).call
    assert (call.method, call.http_status, call.params) == ("crm.lead.get", 200, {"id": 3})
    await until(lambda: window.history_panel.methods.rowCount() == 1)
    methods = window.history_panel.methods
    cells = [methods.item(0, column) for column in (0, 1)]
    assert [cell.text() if cell else None for cell in cells] == ["crm.lead.get", "1"]

    window.editor.method_edit.setText("profile")
    window.history_panel.reopenRequested.emit(call)  # as a double-click does
    assert window.editor.method_edit.text() == "crm.lead.get"

    portal.add_webhook(1, "newsecret0000000", ["crm", "user", "basic"])
    lines = await window.picker.rotate(f"{portal.base_url}/rest/1/newsecret0000000/")
    assert any("Demo CRM" in line for line in lines)
    assert storage.webhooks.secret("Demo CRM").reveal() == "newsecret0000000"
    assert window.current_webhook() is not None
    assert window.current_webhook().secret.reveal() == "newsecret0000000"  # type: ignore[union-attr]

    for path in tmp_path.rglob("*"):  # nothing b24desk wrote holds a secret
        if path.is_file():
            data = path.read_bytes()
            assert secret.encode() not in data and b"newsecret0000000" not in data, path

    await window.picker.remove()
    assert storage.webhooks.entries() == []
    assert window.picker.current() is not None and window.picker.current().sandbox  # type: ignore[union-attr]
    await window.shutdown()


async def test_saved_webhooks_come_back_on_the_next_start(
    qtbot: QtBot, portal: SandboxPortal, storage: AppStorage
) -> None:
    storage.webhooks.add_url("Saved before", portal.webhook_url)
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    await window.picker.load_saved()
    window.add_sandbox(portal.webhook_url)
    assert window.picker.current() is not None
    assert window.picker.current().entry_id is not None  # type: ignore[union-attr]  # the saved one, not the sandbox
    assert window.url_bar.url_edit.text().startswith(portal.base_url)
    await window.shutdown()


async def test_a_pasted_call_url_with_a_new_webhook_is_used_and_offered_for_saving(
    qtbot: QtBot, portal: SandboxPortal, storage: AppStorage, tmp_path: Path
) -> None:
    portal.add_webhook(3, "pasted0secret000", ["crm"])
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    window.add_sandbox(portal.webhook_url)
    window.show()
    url = f"{portal.base_url}/rest/3/pasted0secret000/crm.deal.list.json?select[]=ID"
    window.url_bar.url_edit.setText("")
    window.url_bar.url_edit.insert(url)  # as a paste does
    offer = window.pasted_offer
    assert offer.isVisible() and "not saved" in offer.label.text()
    assert window.current_webhook() is not None and window.current_webhook().user_id == 3  # type: ignore[union-attr]
    assert window.editor.method_edit.text() == "crm.deal.list"
    window.webhook_combo.setCurrentIndex(0)  # another webhook: the offer waits
    assert not offer.isVisible()
    window.webhook_combo.setCurrentIndex(1)
    assert offer.isVisible()

    saved = await offer.save("Deals, read by a colleague's script")
    assert saved is not None and window.picker.current() is saved
    assert not offer.isVisible()
    assert [item.entry_id is not None for item in window.picker.items] == [False, True]  # sandbox, the saved one
    assert storage.webhooks.secret("Deals, read by a colleague's script").reveal() == "pasted0secret000"
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"pasted0secret000" not in path.read_bytes(), path
    await window.shutdown()


async def test_test_connection_runs_on_the_loop_and_explains_a_refused_webhook(
    qtbot: QtBot, portal: SandboxPortal, storage: AppStorage
) -> None:
    picker = WebhookPicker(storage)
    qtbot.addWidget(picker)
    said: list[str] = []
    succeeded: list[str] = []
    picker.message.connect(said.append)
    picker.succeeded.connect(succeeded.append)
    await picker.save("Old secret", f"{portal.base_url}/rest/1/oldsecret0000000/")
    picker.test_action.trigger()  # as the menu does: a tracked task on the running loop
    assert len(picker.tasks) == 1
    await asyncio.wait_for(asyncio.gather(*picker.tasks), SECONDS)  # a bound, not a guess
    assert said == [
        "Test connection failed: The portal refused this webhook (INVALID_CREDENTIALS). The webhook was deleted, "
        "its secret was regenerated, the portal blocked it because the secret was found in public, or the user "
        "who made it lacks the rights for this call. Open the portal's Developer resources > Integrations, edit "
        "the webhook, regenerate its secret, and store the new secret with Update secret… (the button below, or "
        "the Webhook… menu). Update it in every other program that uses it too."
    ]
    assert storage.webhooks.find("Old secret").scopes == ()  # nothing stored from a failed test

    await picker.save("Demo", portal.webhook_url)
    await picker.report_test()
    assert len(said) == 1  # a success is not said as a problem (in the error colour)
    assert succeeded[-1].startswith("Connected as ") and succeeded[-1].endswith(
        "scopes: calendar, crm, department, im, lists, task, user"
    )
    assert "oldsecret0000000" not in " ".join(said + succeeded) and picker.tasks == []


async def test_no_keyring_raises_no_alarm_at_start_but_saving_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.keyring_session import fail_backend

    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path)}, keyring_backend=fail_backend())
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    await window.picker.load_saved()
    await window.load_event_token()  # the start-up reads: nothing saved, nothing to complain about
    assert window.problem_label.text() == ""
    window.events_tab.tokenChanged.emit(None)  # forgetting a token needs the keyring: that is said
    await until(lambda: "No system keyring" in window.problem_label.text())
    await window.shutdown()


async def test_session_only_question_runs_no_nested_loop_and_the_window_still_closes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """No keyring, "session only": the question must not step other tasks from inside a task (qasync then
    raised "Cannot enter into task <uvicorn Server.serve()>" and the window could not close)."""
    from b24desk.sandbox import SandboxConfig, SandboxPortal
    from tests.keyring_session import fail_backend

    storage = AppStorage.open(env={"B24DESK_HOME": str(tmp_path)}, keyring_backend=fail_backend())
    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    portal = SandboxPortal(SandboxConfig(seed=5))
    await portal.start()  # a uvicorn task on this loop, as in the app
    try:
        window.picker._start(window.picker._save_or_offer_session("Session", portal.webhook_url))
        await until(lambda: window.picker.question_box is not None and window.picker.question_box.isVisible())
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            for _ in range(5):
                await asyncio.sleep(0.01)
                ticks += 1

        await tick()  # the loop runs normally while the question is open
        assert ticks == 5
        box = window.picker.question_box
        assert box is not None
        box.button(box.StandardButton.Yes).click()
        await until(lambda: any("Session" in item.label for item in window.picker.items))
        window.close()
        async with asyncio.timeout(10):
            await window.shutdown()
    finally:
        await portal.stop()


async def test_calls_through_the_sandbox_are_recorded_and_reopened_with_their_answer(
    qtbot: QtBot, portal: SandboxPortal, storage: AppStorage
) -> None:
    from b24desk.storage.app_storage import SANDBOX_HISTORY

    window = MainWindow(storage=storage)
    qtbot.addWidget(window)
    window.add_sandbox(portal.webhook_url)
    assert window.picker.current() is not None and window.picker.current().sandbox  # type: ignore[union-attr]
    panel = window.history_panel  # a first start: no history file, so no calls, shown without reading one
    assert panel.empty_note.text() == "No calls through this webhook yet." and panel.model.rowCount() == 0
    assert panel.totals.text().startswith("0 request") and not storage.paths.history_db.exists()
    window.editor.method_edit.setText("crm.lead.get")
    window.editor.params.model.set_rows([ParamRow("id", "4", "integer")])
    window.execute_button.click()
    await until(lambda: window.history_panel.model.rowCount() == 1)
    await until(lambda: panel.totals.text().startswith("1 request"))  # the recorded call is read
    entry = window.history_panel.model.entry(0)
    assert entry.webhook_id == SANDBOX_HISTORY and entry.call.method == "crm.lead.get"
    answer = storage.history.response(entry.id)
    assert answer is not None and b'"ID":"4"' in answer.replace(b" ", b"")
    secret = portal.webhook_url.rstrip("/").rsplit("/", 1)[-1]
    for suffix in ("", "-wal"):
        stored = storage.paths.history_db.with_name(storage.paths.history_db.name + suffix)
        assert not stored.exists() or secret.encode() not in stored.read_bytes()


async def test_webhook_actions_work_without_any_widget(portal: SandboxPortal, storage: AppStorage) -> None:
    from b24desk.ui.webhooks.webhook_actions import WebhookActions
    from b24desk.ui.webhooks.webhook_list_model import WebhookListModel

    model = WebhookListModel()
    actions = WebhookActions(model, storage, lambda name, portal, session: f"{name} @ {portal}")
    item = await actions.save("Demo", portal.webhook_url)
    model.insert(0, item)
    await actions.rename(item, "Demo CRM")
    assert model.items[0].label.startswith("Demo CRM @ ")
    assert await actions.notes(item, "read-only") == "read-only"
    copy = await actions.duplicate(item, "Copy")
    assert copy is not None and copy.webhook == item.webhook and copy.entry_id != item.entry_id
    report = await actions.test_connection(item)
    assert report is not None and "crm" in report.scopes
    assert {saved.entry_id for saved in await actions.load_saved()} == {item.entry_id, copy.entry_id}
    assert await actions.remove(item) and model.items == []
    assert [saved.entry_id for saved in await actions.load_saved()] == [copy.entry_id]
    session = await WebhookActions(WebhookListModel(), None, lambda n, p, s: n).save("Tmp", portal.webhook_url)
    assert session.entry_id is None  # no storage: for this session only
