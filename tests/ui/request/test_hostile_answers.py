"""The window against a hostile portal: every answer ends the run with a message, secrets masked in the raw view."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from pytestqt.qtbot import QtBot

from b24desk.ui.shell.main_window import MainWindow
from tests.hostile_server import SECRET, HostileServer, running_hostile_server
from tests.ui.request.waiting import until

pytestmark = pytest.mark.asyncio


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with running_hostile_server() as server:
        yield server


@pytest_asyncio.fixture
async def window(qtbot: QtBot, hostile: HostileServer) -> AsyncIterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.add_sandbox(hostile.webhook_url)
    win.show()
    yield win
    await win.shutdown()  # the connection pools closed on the test's own loop
    await asyncio.sleep(0.05)


@pytest.mark.parametrize(("shape", "words"), [("deep", "nests deeper"), ("bigint", "number too large")])
async def test_unreadable_json_ends_the_run_with_an_explanation(window: MainWindow, shape: str, words: str) -> None:
    window.editor.method_edit.setText(shape)
    window.execute_button.click()
    await until(lambda: not window.runner.running and window.result_view.stack.currentIndex() == 1)
    panel = window.result_view.error_panel
    assert "The answer is not a Bitrix24 answer" in panel.title.text()
    assert words in panel.meaning.text()


async def test_raw_view_masks_every_echoed_form(window: MainWindow, hostile: HostileServer) -> None:
    window.editor.method_edit.setText("echo")
    window.execute_button.click()
    await until(lambda: not window.runner.running and bool(window.result_view.raw.plain_text()))
    shown = window.result_view.raw.plain_text()
    assert SECRET not in shown
    for form in hostile.echo_forms().values():
        assert form not in shown
