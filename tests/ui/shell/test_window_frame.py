"""The main window in two steps: a light frame that shows at once, then `build()` fills it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from b24desk.ui.shell.main_window import MainWindow


def test_frame_shows_title_and_menus_before_the_widgets(qtbot: QtBot) -> None:
    window = MainWindow(build=False)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "b24desk: Bitrix24 REST request builder"
    assert [action.text() for action in window.menuBar().actions()] == ["&Request", "&Tools", "&Language"]
    assert not window.request_menu.isEnabled()  # it works on the editor, not there yet
    assert not hasattr(window, "editor")
    window.build()
    assert window.built and window.centralWidget() is window.tabs
    assert window.request_menu.isEnabled()
    assert window.request_menu.save_action.shortcut().toString() == "Ctrl+S"
    window.build()  # a second call changes nothing
    assert window.centralWidget() is window.tabs


@pytest.mark.asyncio
async def test_frame_closed_before_it_was_built_shuts_down(qtbot: QtBot) -> None:
    window = MainWindow(build=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.closed):
        window.close()
    await window.shutdown()
    assert not window.built


def test_frame_loads_no_widget_module_nor_asyncio() -> None:
    """What the process imports before the window shows: no widgets of the built window, no event loop."""
    code = (
        "import sys\n"
        "from b24desk.ui.shell.app import create_application\n"
        "from b24desk.ui.shell.main_window import MainWindow\n"
        "create_application(); MainWindow(build=False)\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    repo = Path(__file__).resolve().parents[3]
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=repo)
    loaded = run.stdout.split()
    assert "b24desk.ui.shell.main_window" in loaded
    for module in ("asyncio", "qasync", "httpx", "b24desk.ui.request.request_editor", "b24desk.ui.events.events_tab"):
        assert module not in loaded


def test_the_window_icon_holds_the_sizes_a_window_shows() -> None:
    """Up to WINDOW_ICON_LARGEST: on X11 Qt converts and sends every size to the window manager at show."""
    from b24desk.about import ICON_SIZES, WINDOW_ICON_LARGEST
    from b24desk.ui.shell.app import create_application

    app = create_application()
    sizes = sorted(size.width() for size in app.windowIcon().availableSizes())
    assert sizes == [size for size in ICON_SIZES if size <= WINDOW_ICON_LARGEST]
    assert 16 in sizes and 128 in sizes
