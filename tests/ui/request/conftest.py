"""Fixtures: the whole window against the sandbox portal on the app's own loop (qasync); the grid on its own.

The portal serves from a thread of its own, as a remote portal would; each window closes its
connection pools on the test's loop before the loop goes away.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from pytestqt.qtbot import QtBot

from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from b24desk.ui.request.params_editor import ParamsEditor
from b24desk.ui.shell.main_window import MainWindow


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    """A sandbox portal with 180 leads, fast enough that pacing never waits."""
    with run_in_thread(SandboxConfig(seed=180, rate=1000.0, burst=10_000)) as running:
        yield running


@pytest_asyncio.fixture
async def window(qtbot: QtBot, portal: SandboxPortal) -> AsyncIterator[MainWindow]:
    """The real window with the sandbox portal selected; its connection pools closed afterwards."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.add_sandbox(portal.webhook_url)
    win.show()
    yield win
    await win.shutdown()
    await asyncio.sleep(0.05)


@pytest.fixture
def editor(qtbot: QtBot) -> ParamsEditor:
    """A shown, active parameter editor (keys typed into it reach it)."""
    widget = ParamsEditor()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget
