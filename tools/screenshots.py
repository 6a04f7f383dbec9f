"""Take screenshots of the main window's main states (for README and for looking at), on the sandbox.

Run with `make screenshots` (under Xvfb, a real X server): it runs this once per language (English,
de_DE, ru_RU, pt_BR, fr_FR). Writes PNGs to resources/screenshots/, a translated language's to its
folder (resources/screenshots/de_DE/). Wide (1360x860), small (1024x700) and 800x600, light and dark;
the About, Keyboard shortcuts and leak-scan dialogs and the Events tab:
`list-table-1024-dark.png` is the list result on a 1024x700 screen in the dark theme. The theme is
used for the shots only, never saved as the user's choice.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import qasync
from PySide6.QtWidgets import QWidget

from b24desk.core.param_rows import ParamRow
from b24desk.sandbox import SandboxConfig, SandboxPortal
from b24desk.ui.common.theme import Choice, theme
from b24desk.ui.common.translations import ENV_VAR, match_language
from b24desk.ui.shell.app import create_application
from b24desk.ui.shell.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parent.parent / "resources" / "screenshots"
WIDE = (1360, 860)
SMALL = (1024, 700)  # a small laptop screen: nothing may be cut, a dozen result rows in sight
TINY = (800, 600)  # still usable: the URL, the grid, Execute and the result's rows in sight


def out_dir(lang: str) -> Path:
    """resources/screenshots/, or its LANG subfolder (de_DE) when LANG is a translated language."""
    return SCREENSHOTS if match_language(lang) is None else SCREENSHOTS / lang.split(".")[0]


OUT = out_dir(os.environ.get("LANG", ""))


async def until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    """Let the loop run until `condition` holds."""
    async with asyncio.timeout(seconds):
        while not condition():
            await asyncio.sleep(0.05)


async def shoot(window: QWidget, name: str) -> None:
    """Let the window (or a dialog) paint, then save it."""
    await asyncio.sleep(0.4)
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(path)


async def execute(window: MainWindow) -> None:
    """Click Execute and wait for the answer."""
    window.execute_button.click()
    question = window.execute_bar.send_question
    try:
        await until(lambda: window.runner.running, 10.0)
    except TimeoutError:
        asked = question.informativeText() if question is not None and question.isVisible() else ""
        raise SystemExit(f"Execute sent nothing: {window.problem_label.text()!r} {asked!r}") from None
    await until(lambda: not window.runner.running)


def use_scheme(scheme: Choice) -> None:
    """Show the window in this scheme for the next shots (not remembered as the View menu's choice)."""
    theme().choice = scheme
    theme().apply()


async def main(window: MainWindow) -> None:
    """Drive the window through its states, wide and small, light and dark."""
    OUT.mkdir(parents=True, exist_ok=True)
    async with SandboxPortal(SandboxConfig(seed=300)) as portal:
        use_scheme("light")
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
        window.resize(*SMALL)
        await shoot(window, "list-table-1024")
        window.resize(*TINY)
        await shoot(window, "list-table-800")
        window.resize(*SMALL)
        use_scheme("dark")
        await shoot(window, "list-table-1024-dark")
        window.resize(*WIDE)
        await shoot(window, "list-table-dark")
        use_scheme("light")
        window.method_browser.search_edit.setText("crm.lead.get")
        window.method_browser._choose_first()
        window.editor.params.model.setData(window.editor.params.model.index_of("id", 1), "42")
        await execute(window)
        window.result_view.tabs.setCurrentIndex(0)
        window.result_view.tree.expandToDepth(1)
        await shoot(window, "record-tree")
        use_scheme("dark")
        window.result_view.tabs.setCurrentIndex(2)
        await shoot(window, "record-raw-dark")  # the JSON colours on dark
        window.result_view.tabs.setCurrentIndex(0)
        use_scheme("light")
        window.editor.params.tabs.setCurrentIndex(2)
        await shoot(window, "code-export")
        window.editor.params.tabs.setCurrentIndex(0)
        portal.faults.http_error(502, method="crm.lead.get", count=None)  # every retry fails too: the panel shows
        await execute(window)
        await shoot(window, "error-explained")
        window.resize(SMALL[0], SMALL[1])
        await shoot(window, "error-explained-1024")
        window.resize(window.minimumSizeHint().width(), 760)  # the narrowest the layouts allow: nothing clipped?
        await shoot(window, "narrowest")
        portal.faults.clear()
        window.resize(1360, 860)
        await dialogs(window)
        await events(window, portal)
        await workbench(window)
    window.close()


async def events(window: MainWindow, portal: SandboxPortal) -> None:
    """The Events tab receiving the sandbox's outgoing webhooks: one with the right token, one without."""
    import httpx

    tab = window.events_tab
    window.tabs.setCurrentIndex(1)
    token = "demo-application-token-for-screens"  # b24desk-scan: allow (the sandbox's made-up token)
    tab.token_edit.setText(token)
    tab.token_edit.textEdited.emit(token)  # as typed
    if not await tab.start_listening():  # the default port is taken (another run): any free one
        tab.port_spin.setValue(0)
        await tab.start_listening()
    portal.add_event_handler(["ONCRMLEADADD", "ONCRMDEALUPDATE"], tab.url_edit.text(), token)
    portal.add_event_handler(["ONCRMLEADADD"], tab.url_edit.text(), "an-old-token-of-another-app")
    async with httpx.AsyncClient() as client:
        await client.post(portal.webhook_url + "crm.lead.add", json={"fields": {"TITLE": "Website order"}})
        await client.post(portal.webhook_url + "crm.deal.update", json={"id": 3, "fields": {"STAGE_ID": "WON"}})
    await until(lambda: tab.model.rowCount() >= 3)
    tab.table.selectRow(0)
    window.statusBar().clearMessage()  # the token was not kept: no keyring runs here (a passing message)
    await shoot(window, "events")
    await tab.stop_listening()
    window.statusBar().clearMessage()
    window.tabs.setCurrentIndex(0)


async def dialogs(window: MainWindow) -> None:
    """About, Keyboard shortcuts and the leak scanner, each on its own."""
    window.menus.show_about()
    window.menus.show_shortcuts()
    shown = [*window.menus.dialogs, window.tools_menu.open_leak_scan()]
    for dialog, name in zip(shown, ("about", "shortcuts", "leak-scan"), strict=True):
        assert isinstance(dialog, QWidget)
        dialog.raise_()
        await shoot(dialog, name)
        dialog.close()


async def workbench(window: MainWindow) -> None:
    """Tabs, the Collection panel and the Environment picker, on a small collection with variables."""
    import tempfile

    from b24desk.core.collection import Collection
    from b24desk.core.environment import Environment, save_environment
    from b24desk.core.request import ApiRequest
    from b24desk.core.request_file import SavedRequest

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "crm-calls"
        collection = Collection.create(root)
        collection.new_folder(".", "deals")
        collection.new_folder(".", "leads")
        deal = {"fields": {"TITLE": "Website order", "CATEGORY_ID": "{{pipeline}}"}}
        collection.new_request("deals", "1 add deal", SavedRequest(ApiRequest("crm.deal.add", deal)))
        select = {"filter": {"CATEGORY_ID": "{{pipeline}}"}, "select": ["ID", "TITLE", "STAGE_ID"]}
        collection.new_request("deals", "2 list pipeline", SavedRequest(ApiRequest("crm.deal.list", select)))
        collection.new_request("leads", "get lead", SavedRequest(ApiRequest("crm.lead.get", {"id": "{{lead}}"})))
        save_environment(root, Environment("test portal").with_value("pipeline", "0").with_value("lead", "42"))
        save_environment(root, Environment("live").with_value("pipeline", "3").with_value("lead", "1"))
        window.collections.use_collection(root, "test portal")
        window.collections.load_values("test portal")
        await until(lambda: window.open_request.environment == "test portal")
        panel = window.collection_panel
        panel.view.expandAll()
        panel.open_index(panel.model.index_of("leads/get lead.b24.json"))
        panel.open_index(panel.model.index_of("deals/2 list pipeline.b24.json"))
        window.open_request.replace_rows(window.open_request.document.rows[:-1])  # an unsaved edit: the tab shows •
        await execute(window)
        await shoot(window, "workbench-tabs-collection")


def run() -> int:
    """Start the app's loop and take the shots."""
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        print("run under Xvfb: make screenshots", file=sys.stderr)
        return 2
    os.environ[ENV_VAR] = (
        match_language(os.environ.get("LANG")) or "en"
    )  # LANG decides, not the Language menu's setting
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    # preferences of their own (window.ini in a throwaway home): the default layout, not the user's
    os.environ["B24DESK_HOME"] = tempfile.mkdtemp(prefix="b24desk-shots-")
    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from b24desk.storage.app_storage import AppStorage

    window = MainWindow(storage=AppStorage.open())  # the History panel fills as calls go, as in the app
    window.resize(*WIDE)
    with loop:
        loop.run_until_complete(main(window))
    return 0


if __name__ == "__main__":
    sys.exit(run())
