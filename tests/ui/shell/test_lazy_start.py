"""What the start-up leaves for later: modules the first screen does not need, tabs made on first show.

The app runs once as a process (a first start: no saved webhook, so it opens on the sandbox portal) and
reports the modules loaded at its first screen and once it is idle. The idle app runs neither the
sandbox portal nor the client: the first call to the sandbox starts it, the first edit of a request or
the first call loads the client (tests/ui/shell/test_on_demand_sandbox.py); nor the app loop (asyncio,
qasync, ssl): it runs on Qt's own loop until something needs it (tests/ui/shell/test_loop_switch.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[3]

_PROBE = """
import gc, json, linecache, sys
from b24desk.ui.shell import smoke_test  # PySide6 and the smoke-test hook only: the app imports the rest
seen = {}
def dataclasses_in(modules):
    import dataclasses
    return sorted(
        f"{name}.{value.__qualname__}"
        for name, module in modules if name.startswith("b24desk") and module is not None
        for value in list(vars(module).values())
        if isinstance(value, type) and value.__module__ == name and dataclasses.is_dataclass(value)
    )
ready = smoke_test.report_ready
def report_ready(window, waiting=None):  # the window is built; the warm-up starts after this
    seen["first screen"] = sorted(name for name, module in sys.modules.items() if module is not None)
    seen["dataclasses"] = dataclasses_in(list(sys.modules.items()))  # defined by the app's modules loaded so far
    seen["collecting"] = [str(gc.isenabled())]
    import builtins
    seen["import"] = [builtins.__import__.__name__]  # Python's own, or PySide6's __feature__ hook
    result, params, history = window.result_view, window.editor.params, window.history_panel
    pages = (result.table_page, result.raw_page, result.headers_page, params.json_page, history.statistics_page)
    seen["pages made"] = [str(page.built) for page in pages]
    seen["pasted offer made"] = [str(window.pasted_offer.layout() is not None)]  # hidden until a URL brings one
    seen["progress made"] = [str(window.execute_bar._progress is not None)]  # hidden until a fetch-all runs
    def painted():  # the ready paint: the classes PySide6 made for Python so far
        from PySide6 import QtCore, QtGui, QtWidgets
        seen["classes made"] = sorted(
            name for module in (QtCore, QtGui, QtWidgets) for name, value in vars(module).items()
            if isinstance(value, type)
        )
    def watch(*_):
        from b24desk.ui.common.next_paint import on_next_paint
        on_next_paint(window, painted)
    if waiting is None:
        watch()
    else:
        waiting.connect(watch)
    ready(window, waiting)
smoke_test.report_ready = report_ready
idle = smoke_test.report_idle
def report_idle(window):
    seen["idle"] = sorted(name for name, module in sys.modules.items() if module is not None)
    seen["collecting"].append(str(gc.isenabled()))
    seen["sources kept"] = sorted(name for name in linecache.cache if "b24desk" in name)
    from b24desk.core import collection  # a module with a dataclass, loaded now: the probe must see it
    seen["probe sees"] = dataclasses_in([("b24desk.core.collection", collection)])
    catalogue = window.method_browser.model.catalogue
    seen["on the sandbox"] = [str(window.is_sandbox(window.current_webhook()))]
    seen["not served"] = sorted(m.name for m in catalogue if m.available is False)
    seen["search indexes"] = [str(c._index is not None) for c in (catalogue, window._base_catalogue)]
    seen["note"] = [window.note_label.text()]
    panel = window.history_panel
    seen["history"] = [panel.empty_note.text(), str(panel.model.rowCount()), panel.totals.text()]
    print(json.dumps(seen), file=sys.stderr, flush=True)
    idle(window)
smoke_test.report_idle = report_idle
from b24desk.cli import main
main([])
"""

NOT_FOR_THE_FIRST_SCREEN = (
    "b24desk.sandbox.on_demand",  # the sandbox is offered once the first screen painted
    "importlib.resources",  # the catalogue, the icons and the translations are found beside the package
    "gzip",  # a compressed catalogue only
    "html",  # elided_label escapes its tooltip itself
    "difflib",  # "did you mean": on an unknown method
    "csv",  # the Table's export
    "b24desk.core.response",  # comes with the client; the result view names its CallResult for the type checker only
    "b24desk.core.discovery",  # when a webhook's portal is first asked
    "b24desk.core.field_metadata",
    "b24desk.core.explanations",  # the first error shown
    "b24desk.storage.webhook_store",  # the saved webhooks: loaded after the first screen
    "b24desk.storage.webhook_entry",
    "b24desk.storage.fingerprints",
    "b24desk.ui.request.list_dialog",  # Edit list…
    "b24desk.ui.request.send_checks",  # asked by the first Execute
    "b24desk.core.big_json",  # the Raw view's preview of an answer
    "b24desk.core.record_store",  # big answers kept as bytes: the result views ask core.kept_records
    "msgspec",  # the record store's decoders
    "orjson",  # likewise (and core.json_codec's, on first decode)
    "b24desk.core.webhook",  # webhook URLs: the first screen shows none (the sandbox is offered after it)
    "b24desk.core.query",  # the wire's encoding: the first URL built, the first grid row read
    "b24desk.core.secret_mask",  # masks in every encoding: the first text masked (a file written, a failure)
    "urllib",  # urllib.parse, ipaddress: with core.webhook and core.query
    "b24desk.core.variables",  # {{names}}: with the first one in a value, a collection's request, a resolution
    "signal",  # its enums of every signal: SIGTERM and SIGINT are handled through its C part (_signal)
    "ipaddress",
)
NOT_WHILE_IDLE = (
    "asyncio",  # the app loop, with qasync: when first needed (ui/shell/loop_switch.py), ~40 ms, ~10 MiB
    "qasync",
    "ssl",  # asyncio imports it
    "concurrent",  # the storage thread's pool: made by the first storage call (and asyncio imports it)
    "httpx",  # the client: loaded by the first edit of a request, or the first call
    "httpcore",
    "b24desk.core.client",
    "starlette",  # the sandbox portal: started by the first call to it
    "uvicorn",
    "b24desk.sandbox.server",
    "b24desk.sandbox.methods",  # what it serves is read from sandbox.method_list
    "keyring",  # nothing saved: no secret to read (the Events tab's token is read when the tab is shown)
    "cryptography",  # the sandbox's certificates: HTTPS only
    "b24desk.sandbox.tls",
    "b24desk.ui.events.events_tab",  # made when first shown
    "b24desk.ui.request.code_view",  # the Code tab, likewise
    "b24desk.core.snippets",  # its generators
    "b24desk.ui.result.raw_view",  # the result's Raw and Headers pages, the Statistics chart: made when first shown
    "b24desk.ui.result.headers_view",
    "b24desk.ui.webhooks.day_chart",
    "b24desk.core.collection",  # a collection's folder and environments: when one is opened
    "b24desk.core.environment",
    "b24desk.core.workspace",  # the tabs' file: read when one exists, written on a change (a first start has neither)
    "b24desk.receiver.server",
    "pygments",  # httpx's own command-line tool, never run here
    "_hashlib",  # OpenSSL's hashing (~3 MiB): storage/fingerprints.py loads it for the first secret it fingerprints
    "hmac",  # the sandbox secret: random.SystemRandom, not `secrets` (imports it); Secret == uses _compare_digest
    "b24desk.core.catalogue_search",  # the method search: its index is made when the search is first focused
    "sqlite3",  # a first start: no history file, so no calls to read (the first recorded call makes it)
    "b24desk.storage.history",
    "b24desk.core.row_order",  # the Table's sort keys (regular expressions, unicodedata): with the first sort
    "unicodedata",
)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", B24DESK_SMOKE_TEST="1", B24DESK_HOME=str(home))
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home), B24DESK_LANG="en")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines()[-1] == "window idle"
    report: dict[str, list[str]] = json.loads(done.stderr.strip().splitlines()[-1])
    return report


def _of(modules: list[str], names: tuple[str, ...]) -> set[str]:
    return {m for m in modules if m in names or m.split(".")[0] in names}


def test_the_first_screen_loads_no_client_server_or_sandbox(loaded: dict[str, list[str]]) -> None:
    first = loaded["first screen"]
    assert "b24desk.ui.methods.method_browser" in first  # the probe saw the built window
    assert _of(first, NOT_FOR_THE_FIRST_SCREEN + NOT_WHILE_IDLE) == set()


RECORDS_NOT_DATACLASSES = (  # a dataclass compiles its generated methods when defined (~1 ms each)
    "b24desk.core.param_rows.ParamRow",  # NamedTuples (frozen)
    "b24desk.core.request.WirePreview",
    "b24desk.core.request_file.SavedRequest",
    "b24desk.core.variables.Resolution",
    "b24desk.storage.paths.AppPaths",
    "b24desk.storage.preferences.Preference",
    "b24desk.core.request.ApiRequest",  # core/value_record.ValueRecord (mutable)
    "b24desk.core.request_document.RequestDocument",
    "b24desk.core.request_document.ResultState",
    "b24desk.ui.webhooks.webhook_list_model.WebhookItem",
)


def test_the_first_screens_records_compile_no_dataclass(loaded: dict[str, list[str]]) -> None:
    assert "b24desk.core.collection.CollectionNode" in loaded["probe sees"]  # the probe sees a dataclass
    assert set(loaded["dataclasses"]) & set(RECORDS_NOT_DATACLASSES) == set()


def test_no_python_event_handler_of_the_first_screen_gets_a_plain_qevent(loaded: dict[str, list[str]]) -> None:
    """The first plain QEvent handed to Python (an event filter's: a layout request, a polish) makes PySide6
    look for its class among all it knows: ~40 event classes and their enums (~2 ms). The window's paint
    watch (its own paintEvent) and the method search's first focus (focusChanged) take no event filter."""
    made = set(loaded["classes made"])
    assert "QPaintEvent" in made  # the probe saw the paint
    assert made & {"QDropEvent", "QTabletEvent", "QGraphicsSceneEvent", "QWhatsThisClickedEvent"} == set()


NOT_MADE_FOR_THE_FIRST_SCREEN = (  # PySide6 makes a class (and its enums) when Python first touches it
    "QStyleOption",  # no option passed for a pixel metric (None was converted to a QStyleOption*)
    "QProgressBar",  # the rows of a fetch-all: made with the first one
    "QPlainTextEdit",  # the JSON page's (and the Code and Raw pages'): made when first shown
    "QKeyEvent",  # the grid's key handler names it for the type checker only
    "QFileSystemWatcher",  # the open collection's folders: none open at a first start
    "QLibraryInfo",  # where Qt's own translations are: not looked for in English
    "QWindow",  # the first screen asks the window whether it is exposed (WA_Mapped), not its QWindow
    "QSurface",
    "QPalette",  # set only for a chosen light or dark scheme (the first start follows the system's)
    "QFont",  # read by the zoom when it first changes; bold or struck rows make one (none at a first start)
)


def test_the_first_screen_makes_no_qt_class_it_does_not_need(loaded: dict[str, list[str]]) -> None:
    made = set(loaded["classes made"])
    assert "QTreeView" in made  # the probe saw the window's classes
    assert made & set(NOT_MADE_FOR_THE_FIRST_SCREEN) == set()


def test_the_first_screen_makes_no_page_it_does_not_show(loaded: dict[str, list[str]]) -> None:
    """Table, Raw, Headers, JSON and Statistics: each made when first shown (tests/ui/request/test_lazy_pages.py)."""
    assert loaded["pages made"] == ["False"] * 5
    assert loaded["pasted offer made"] == ["False"]  # the bar offering to save a pasted URL's webhook: made with one
    assert loaded["progress made"] == ["False"]  # the rows' progress bar: made with the first fetch-all


def test_the_idle_app_offers_the_sandbox_with_its_marks_but_runs_neither_it_nor_the_client(
    loaded: dict[str, list[str]],
) -> None:
    idle = loaded["idle"]
    assert _of(idle, NOT_WHILE_IDLE) == set()
    assert "b24desk.sandbox.on_demand" in idle
    assert loaded["on the sandbox"] == ["True"]  # a first start opens on the sandbox, as before
    assert loaded["note"][0].startswith("Sandbox: demo data on this computer")
    not_served = set(loaded["not served"])  # the catalogue is marked with what it serves, without asking it
    assert {"disk.folder.get", "sale.order.list"} <= not_served
    assert not {"crm.lead.list", "profile", "batch", "tasks.task.list"} & not_served
    assert loaded["search indexes"] == ["False", "False"]  # built when the search is first focused (~1 MiB)
    note, rows, totals = loaded["history"]  # no history file yet: no calls shown, without sqlite3
    assert (note, rows) == ("No calls through this webhook yet.", "0") and totals.startswith("0 requests, 0 errors")


def test_import_statements_run_no_pyside6_hook(loaded: dict[str, list[str]]) -> None:
    """PySide6's `__feature__` hook ran Python for each import statement (~750 before the first screen)."""
    assert loaded["import"] == ["__import__"]


def test_the_garbage_collector_is_off_until_the_first_screen_is_up(loaded: dict[str, list[str]]) -> None:
    assert loaded["collecting"] == ["False", "True"]  # off while the first screen is built, on once idle


def test_no_source_of_the_apps_modules_is_kept_in_memory(loaded: dict[str, list[str]]) -> None:
    """PySide6's import check kept every module's lines; now only those imported before PySide6 itself."""
    kept = {Path(name).relative_to(ROOT).as_posix() for name in loaded["sources kept"]}
    assert len(kept) < 10, kept
    for module in ("ui/shell/main_window.py", "ui/request/request_editor.py", "sandbox/server.py"):
        assert f"b24desk/{module}" not in kept


def test_the_events_tab_is_made_when_first_shown(qtbot: QtBot) -> None:
    from b24desk.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    layout = window.events_page.layout()
    assert layout is not None and layout.count() == 0  # built window, Events not looked at: nothing made
    window.tabs.setCurrentIndex(1)
    item = layout.itemAt(0)
    assert layout.count() == 1 and item is not None and item.widget() is window.events_tab
    assert window.events_tab.token_edit.accessibleName() == "Application token"


def test_the_code_tab_is_made_when_first_shown_and_then_follows_the_request(qtbot: QtBot) -> None:
    from b24desk.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.add_sandbox("http://127.0.0.1:1/rest/1/abcdefgh12345678/")
    window.show()
    editor = window.editor
    layout = editor.code_page.layout()
    assert layout is not None and layout.count() == 0  # Grid in front: no Code tab made
    editor.method_edit.setText("crm.deal.list")
    made: list[object] = []
    editor.codeMade.connect(made.append)
    editor.params.tabs.setCurrentIndex(2)
    assert made == [editor.code] and layout.count() == 1
    assert "crm.deal.list" in editor.code.code_text()  # made with the request as it is
    assert "abcdefgh12345678" not in editor.code.code_text()  # the webhook's secret stays out
    assert editor.code.language.accessibleName() == "Code language"  # the window named it


_FRAME_PROBE = """
import json, os
from b24desk.ui.shell import smoke_test
def report_shown(window):  # the frame is on screen: what PySide6 made of QtCore's classes and enums by then
    from PySide6 import QtCore
    made = sorted(name for name, value in vars(QtCore).items() if isinstance(value, type))
    size, maximised = list(window.size().toTuple()), window.isMaximized()
    print(json.dumps({"made": made, "size": size, "maximised": maximised}), flush=True)
    os._exit(0)
smoke_test.report_shown = report_shown
from b24desk.cli import main
main([])
"""


@pytest.mark.parametrize("screen", [(1920, 1080), (1024, 700)])
def test_the_frame_shows_before_qts_namespace_is_made(screen: tuple[int, int], tmp_path: Path) -> None:
    """Qt's namespace (`Qt.…`) is 94 Python enums to PySide6 (~15-20 ms): the frame of a first start shows
    without them (ui/shell/first_size.py), at its first size or, on a smaller screen, maximised."""
    width, height = screen
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", B24DESK_SMOKE_TEST="1")
    env.update(B24DESK_HOME=str(tmp_path), HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path), B24DESK_LANG="en")
    done = subprocess.run(
        [sys.executable, "-c", _FRAME_PROBE], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert "QTimer" in shown["made"]  # the probe sees the classes made
    assert "Qt" not in shown["made"]
    if width >= 1200:
        assert shown["size"] == [1200, 800] and not shown["maximised"]
    else:
        assert shown["maximised"] and shown["size"][0] <= width and shown["size"][1] <= height
