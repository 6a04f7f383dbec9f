"""Measure the window's layout with real fonts: result rows and grid rows in sight after a list call.

Run under Xvfb, a real X server with the system's fonts (the offscreen platform measures text otherwise):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.layout_probe [WxH ...] [--parts] [--shots DIR]

(`make layout-check` runs it for 1024x700 and 800x600.) For each size the window is shown on the sandbox
portal, crm.deal.list is chosen in the method browser and executed as a user would, and one JSON line is
printed: the sizes, how many result rows the Table shows whole, how many rows the parameter grid has room
for, and whether Execute, the URL and the grid's buttons are in sight. `--parts` adds the height of every
part of the window from top to bottom: where the height goes.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    from b24desk.ui.shell.main_window import MainWindow

SIZES = ((1024, 700), (800, 600))


async def until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    """Let the loop run until `condition` holds."""
    async with asyncio.timeout(seconds):
        while not condition():
            await asyncio.sleep(0.05)


def whole_rows(view: QAbstractItemView) -> int:
    """Rows of `view` shown from top to bottom edge, none cut."""
    from PySide6.QtWidgets import QTableView, QTreeView

    height = view.viewport().height()
    if isinstance(view, QTableView):
        count = view.model().rowCount()
        return sum(1 for row in range(count) if 0 <= view.rowViewportPosition(row) <= height - view.rowHeight(row))
    assert isinstance(view, QTreeView)
    index = view.indexAt(view.viewport().rect().topLeft())
    shown = 0
    while index.isValid() and view.visualRect(index).bottom() < height:
        shown += 1
        index = view.indexBelow(index)
    return shown


def grid_room(window: MainWindow) -> int:
    """How many parameters the grid has room for (whole rows, besides the blank row), however many there are."""
    grid = window.editor.params.grid
    index = grid.model().index(0, 0)
    row_height = grid.visualRect(index).height() if index.isValid() else grid.fontMetrics().height() + 6
    return grid.viewport().height() // max(row_height, 1) - 1


def in_sight(widget: QWidget, window: MainWindow) -> bool:
    """`widget` is visible and all of it is inside the window."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


def parts(window: MainWindow) -> list[tuple[str, int, int]]:
    """The window's parts from top to bottom: (name, top, height), for finding where the height goes."""
    from PySide6.QtWidgets import QStatusBar

    named: dict[str, Any] = {
        "menu bar": window.menuBar(),
        "main tabs' bar": window.tabs.tabBar(),
        "webhook row": window.picker,
        "sandbox note": window.note_label,
        "request tabs": window.request_tabs.bar,
        "URL bar": window.url_bar,
        "method row": window.editor.method_edit,
        "grid/JSON/Code bar": window.editor.params.tabs.tabBar(),
        "grid": window.editor.params.grid,
        "grid buttons": window.editor.params.add_inside_button,
        "problem line": window.problem_label,
        "execute row": window.execute_bar,
        "result status": window.result_view.status,
        "export button": window.result_view.export_button,
        "result tabs' bar": window.result_view.tabs.tabBar(),
        "table": window.result_view.table,
        "status bar": window.findChild(QStatusBar),  # statusBar() would make one
    }
    found = []
    for name, widget in named.items():
        if widget is not None and widget.isVisible():
            top = widget.mapTo(window, widget.rect().topLeft()).y()
            found.append((name, top, widget.height()))
    return sorted(found, key=lambda part: part[1])


def measure(window: MainWindow, size: tuple[int, int], with_parts: bool) -> dict[str, Any]:
    """One size's figures."""
    params = window.editor.params
    figures: dict[str, Any] = {
        "size": f"{size[0]}x{size[1]}",
        "window": f"{window.width()}x{window.height()}",
        "minimum": f"{window.minimumSizeHint().width()}x{window.minimumSizeHint().height()}",
        "result_rows": whole_rows(window.result_view.table),
        "result_count": window.result_view.table.model().rowCount(),
        "grid_room": grid_room(window),
        "grid_rows": whole_rows(params.grid),
        "splitter": window.splitter.sizes(),
        "execute_in_sight": in_sight(window.execute_button, window),
        "url_in_sight": in_sight(window.url_bar.url_edit, window),
        "grid_buttons_in_sight": in_sight(params.add_inside_button, window),
        "font": window.font().family() + f" {window.font().pointSizeF():g}pt",
    }
    if with_parts:
        figures["parts"] = parts(window)
    return figures


async def probe(
    window: MainWindow, sizes: list[tuple[int, int]], with_parts: bool, shots: str | None
) -> list[dict[str, Any]]:
    """Run crm.deal.list on the sandbox as a user would, then measure each size."""
    from b24desk.sandbox import SandboxConfig, SandboxPortal
    from b24desk.ui.result.result_view import TABLE

    async with SandboxPortal(SandboxConfig(seed=300)) as portal:  # 150 deals
        window.add_sandbox(portal.webhook_url)
        window.resize(*sizes[0])
        window.show()
        window.method_browser.load()
        await until(lambda: window.method_browser.model.rowCount() > 0)
        window.method_browser.search_edit.setText("crm.deal.list")
        window.method_browser._choose_first()
        await until(lambda: window.open_request.method == "crm.deal.list")
        window.execute_button.click()
        await until(lambda: window.runner.running)
        await until(lambda: not window.runner.running)
        window.result_view.tabs.setCurrentIndex(TABLE)
        readings = []
        for size in sizes:
            window.resize(*size)
            await until(partial(lambda wanted: (window.width(), window.height()) == wanted, size), 10.0)
            await asyncio.sleep(0.3)  # let the layouts settle and paint
            readings.append(measure(window, size, with_parts))
            if shots:
                window.grab().save(os.path.join(shots, f"layout-{size[0]}x{size[1]}.png"))
    window.close()
    return readings


def main(argv: list[str]) -> int:
    """Print one JSON line per size; exit 2 when there is no X display."""
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        print("run under Xvfb: xvfb-run -a -s '-screen 0 1600x1000x24' python -m tools.layout_probe", file=sys.stderr)
        return 2
    import qasync
    from PySide6.QtCore import QStandardPaths

    from b24desk.ui.common.translations import ENV_VAR, match_language

    with_parts = "--parts" in argv
    shots = argv[argv.index("--shots") + 1] if "--shots" in argv else None  # a folder for a PNG per size
    sizes = [tuple(int(n) for n in arg.split("x")) for arg in argv if arg[:1].isdigit()]
    os.environ[ENV_VAR] = match_language(os.environ.get("LANG")) or "en"
    QStandardPaths.setTestModeEnabled(True)
    home = tempfile.TemporaryDirectory(prefix="b24desk-layout-")  # the default layout, not the user's
    os.environ["B24DESK_HOME"] = home.name
    from b24desk.ui.shell.app import create_application
    from b24desk.ui.shell.main_window import MainWindow

    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from b24desk.storage.app_storage import AppStorage

    window = MainWindow(storage=AppStorage.open())  # history and statistics as a first start has them
    with loop:
        readings = loop.run_until_complete(probe(window, [(w, h) for w, h in sizes] or list(SIZES), with_parts, shots))
    for reading in readings:
        print(json.dumps(reading, ensure_ascii=False))
    home.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
