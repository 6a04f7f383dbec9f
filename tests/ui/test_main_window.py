"""The main window rebuilds the call URL live, masks the secret, and keeps bad input."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from b24desk.ui.main_window import MainWindow

SECRET = "k3x9q2w8e7r6t5y4"
WEBHOOK = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    return win


def test_url_follows_every_edit_and_masks_the_secret(window: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClicks(window.webhook_edit, WEBHOOK)
    window.method_edit.setText("crm.lead.list")
    window.params_edit.setPlainText('{"select": ["ID"], "filter": {">ID": 10}}')
    url = window.url_view.text()
    assert url.endswith("/crm.lead.list.json?select%5B0%5D=ID&filter%5B%3EID%5D=10")
    assert SECRET not in url
    window.reveal_box.setChecked(True)
    assert SECRET in window.url_view.text()


def test_bad_json_is_explained_and_nothing_typed_is_lost(window: MainWindow) -> None:
    window.webhook_edit.setText(WEBHOOK)
    window.params_edit.setPlainText('{"select": [')
    assert window.url_view.text() == ""
    assert "not valid JSON" in window.status_label.text()
    assert window.params_edit.toPlainText() == '{"select": ['
    assert not window.copy_button.isEnabled()


def test_copy_actions_put_masked_or_revealed_url_on_the_clipboard(window: MainWindow) -> None:
    window.webhook_edit.setText(WEBHOOK)
    window.copy_button.click()
    assert SECRET not in QGuiApplication.clipboard().text()
    window.copy_secret_button.click()
    assert QGuiApplication.clipboard().text() == f"{WEBHOOK}profile.json"


@pytest.mark.asyncio
async def test_qasync_loop_drives_awaits_in_gui_tests(qtbot: QtBot) -> None:
    """Proves the conftest's qasync loop: Qt timers fire while a test awaits."""
    import qasync

    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    async with asyncio.timeout(5):
        while not win.isVisible():
            await asyncio.sleep(0.01)
    win.webhook_edit.setText(WEBHOOK)
    await asyncio.sleep(0)
    assert win.url_view.text().endswith("/profile.json")
