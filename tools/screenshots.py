"""Take screenshots of the main window's main states (for README and for looking at), on the sandbox.

Run with `make screenshots` (under Xvfb, a real X server). Writes PNGs to resources/screenshots/; with
LANG in a translated language (`make screenshots LANG=de_DE`) the interface speaks it and the PNGs go
to resources/screenshots/de_DE/.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path

import qasync

from b24desk.core.param_rows import ParamRow
from b24desk.sandbox import SandboxConfig, SandboxPortal
from b24desk.ui.common.translations import ENV_VAR, match_language
from b24desk.ui.shell.app import create_application
from b24desk.ui.shell.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parent.parent / "resources" / "screenshots"


def out_dir(lang: str) -> Path:
    """resources/screenshots/, or its LANG subfolder (de_DE) when LANG is a translated language."""
    return SCREENSHOTS if match_language(lang) is None else SCREENSHOTS / lang.split(".")[0]


OUT = out_dir(os.environ.get("LANG", ""))


async def until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    """Let the loop run until `condition` holds."""
    async with asyncio.timeout(seconds):
        while not condition():
            await asyncio.sleep(0.05)


async def shoot(window: MainWindow, name: str) -> None:
    """Let the window paint, then save it."""
    await asyncio.sleep(0.4)
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(path)


async def execute(window: MainWindow) -> None:
    """Click Execute and wait for the answer."""
    window.execute_button.click()
    await until(lambda: window.runner.running)
    await until(lambda: not window.runner.running)


async def main(window: MainWindow) -> None:
    """Drive the window through its states."""
    OUT.mkdir(parents=True, exist_ok=True)
    async with SandboxPortal(SandboxConfig(seed=300)) as portal:
        window.add_sandbox(portal.webhook_url)
        window.show()
        window.method_browser.load()
        window.method_browser.search_edit.setText("lead list")
        window.method_browser._choose_first()
        window.editor.params.model.set_rows(
            [ParamRow("select[]", f) for f in ("ID", "TITLE", "STATUS_ID", "OPPORTUNITY", "CURRENCY_ID")]
            + [ParamRow("filter[>OPPORTUNITY]", "1000", "integer"), ParamRow("order[ID]", "DESC")]
        )
        await execute(window)
        await shoot(window, "list-table")
        window.method_browser.search_edit.setText("crm.lead.get")
        window.method_browser._choose_first()
        window.editor.params.model.setData(window.editor.params.model.index_of("id", 1), "42")
        await execute(window)
        window.result_view.tabs.setCurrentIndex(0)
        window.result_view.tree.expandToDepth(1)
        await shoot(window, "record-tree")
        window.editor.params.tabs.setCurrentIndex(2)
        await shoot(window, "code-export")
        window.editor.params.tabs.setCurrentIndex(0)
        portal.faults.http_error(502, method="crm.lead.get", count=None)  # every retry fails too: the panel shows
        await execute(window)
        await shoot(window, "error-explained")
        window.resize(window.minimumSizeHint().width(), 760)  # the narrowest the layouts allow: nothing clipped?
        await shoot(window, "narrowest")
        portal.faults.clear()
    window.close()


def run() -> int:
    """Start the app's loop and take the shots."""
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        print("run under Xvfb: make screenshots", file=sys.stderr)
        return 2
    os.environ[ENV_VAR] = (
        match_language(os.environ.get("LANG")) or "en"
    )  # LANG decides, not the Language menu's setting
    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = MainWindow()
    window.resize(1360, 860)
    with loop:
        loop.run_until_complete(main(window))
    return 0


if __name__ == "__main__":
    sys.exit(run())
