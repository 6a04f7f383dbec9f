"""A whole request built and run from the keyboard alone: every step below is a key press, no click, no setter."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from b24desk.ui.shell.main_window import MainWindow
from tests.ui.request.waiting import until

pytestmark = pytest.mark.asyncio
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    with run_in_thread(SandboxConfig(seed=40, rate=1000.0, burst=10_000)) as running:
        yield running


@pytest_asyncio.fixture
async def window(qtbot: QtBot, portal: SandboxPortal) -> AsyncIterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.add_sandbox(portal.webhook_url)
    win.show()
    win.activateWindow()
    await until(lambda: QApplication.activeWindow() is win)
    yield win
    await win.shutdown()
    await asyncio.sleep(0.05)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


async def test_find_a_method_fill_its_parameter_and_execute_with_keys_only(qtbot: QtBot, window: MainWindow) -> None:
    await until(lambda: window.method_browser.model.catalogue is not None)
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL)  # Request > Find a method
    assert focused() is window.method_browser.search_edit
    qtbot.keyClicks(focused(), "crm.lead.get")
    await until(lambda: window.method_browser.model.rowCount() > 0)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the best match goes to the editor
    assert window.editor.method_edit.text() == "crm.lead.get"
    grid = window.editor.params.grid
    assert focused() is grid  # the keyboard waits on the required id's value
    qtbot.keyClick(grid, Qt.Key.Key_3)  # typing starts editing the value
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    await until(lambda: window.editor.params.params() == {"id": 3})
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)  # Request > Execute
    await until(lambda: (window.open_request.document.result.value or {}).get("ID") == "3")
    assert window.result_view.status.text().startswith("HTTP 200")
