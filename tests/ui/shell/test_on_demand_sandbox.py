"""The app offers the sandbox portal at start-up and starts it on the first call to it (the app's own loop,
real HTTP on loopback); the first edit of a request gets the client and the sandbox ready for Execute."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from b24desk.ui.common.client_warmup import WARMUP
from b24desk.ui.shell.main_window import MainWindow
from b24desk.ui.shell.sandbox_offer import FirstIntent, offer_sandbox
from tests.ui.request.waiting import until

pytestmark = pytest.mark.asyncio


async def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.method_browser.load()  # the catalogue now (the app reads it in a thread before offering the sandbox)
    return window


async def test_the_window_opens_on_the_sandbox_and_its_first_execute_starts_it(qtbot: QtBot) -> None:
    window = await _window(qtbot)
    sandbox = offer_sandbox(window)
    assert sandbox is not None
    try:
        assert window.is_sandbox(window.current_webhook())  # selected, with its note, before it runs
        assert window.note_label.text().startswith("Sandbox: demo data on this computer")
        catalogue = window.method_browser.model.catalogue
        assert catalogue is not None  # marked with what it serves, without asking it
        assert catalogue.get("disk.folder.get").available is False  # type: ignore[union-attr]
        assert catalogue.get("crm.lead.list").available is True  # type: ignore[union-attr]
        window.editor.method_edit.setText("profile")  # a method without a field list: nothing else calls
        await asyncio.sleep(0.05)
        assert not sandbox.started and sandbox.portal is None
        window.execute_button.click()
        await until(lambda: not window.runner.running and window.result_view.tree_model.rowCount() > 0)
        assert window.result_view.stack.currentIndex() != 1  # an answer, not an error
        assert sandbox.started
        portal = await sandbox.start_soon()  # the start under way (it may answer before it says it runs)
        assert "profile" in portal.stats.snapshot()["methods"]
        window.execute_button.click()  # a second call: the same portal
        await until(lambda: not window.runner.running)
        assert sandbox.portal is portal
    finally:
        await window.shutdown()
        await sandbox.stop()
    assert sandbox.portal is None


async def test_the_first_edit_loads_the_client_and_starts_the_selected_sandbox(qtbot: QtBot) -> None:
    window = await _window(qtbot)
    sandbox = offer_sandbox(window)
    assert sandbox is not None
    try:
        intent = FirstIntent(window, sandbox)
        assert not sandbox.started and not intent.warmed
        window.editor.method_edit.setText("server.time")  # the person starts writing a request
        assert sandbox.started and intent.warmed
        await until(lambda: sandbox.portal is not None and WARMUP.done)
    finally:
        await window.shutdown()
        await sandbox.stop()


@pytest.mark.parametrize("event", [QEvent.Type.Enter, QEvent.Type.FocusIn])
async def test_reaching_execute_starts_the_sandbox_before_the_click(qtbot: QtBot, event: QEvent.Type) -> None:
    window = await _window(qtbot)
    sandbox = offer_sandbox(window)
    assert sandbox is not None
    try:
        FirstIntent(window, sandbox)
        QApplication.sendEvent(window.execute_button, QEvent(QEvent.Type.Leave))  # not an intent
        assert not sandbox.started
        QApplication.sendEvent(window.execute_button, QEvent(event))  # the pointer on it, or Tab to it
        assert sandbox.started
    finally:
        await window.shutdown()
        await sandbox.stop()


async def test_an_edit_on_another_portal_does_not_start_the_sandbox(qtbot: QtBot) -> None:
    from b24desk.core.webhook import parse_webhook_url

    window = await _window(qtbot)
    sandbox = offer_sandbox(window)
    assert sandbox is not None
    try:
        window.add_webhook("other", parse_webhook_url("http://127.0.0.1:9/rest/1/otherportal12345/").webhook)
        FirstIntent(window, sandbox)
        window.editor.method_edit.setText("server.time")
        assert not sandbox.started
    finally:
        await window.shutdown()
        await sandbox.stop()
