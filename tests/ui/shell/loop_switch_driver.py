"""Runs the real app (`b24desk`) with one scenario of a person's first actions, for test_loop_switch.py.

`python -m tests.ui.shell.loop_switch_driver SCENARIO`: once the app sits idle on Qt's own loop (its
sandbox offered, FirstIntent watching), the scenario acts through the window system's path (QTest on
the window's QWindow: the same route as a real key or click, shortcuts included) and prints what it saw
as one JSON line on stdout; the app then closes as usual. `wait`: prints the sandbox's URL and waits
(the test calls it from outside, or sends SIGTERM). `xinput TEXT`: under an X server, prints where the
method field and the search field are, waits for the test's real keys and clicks (xdotool) until one
of those fields holds TEXT, then prints what they hold. At exit, a line `modules: ...` says which of
the app loop's modules were loaded.
"""

from __future__ import annotations

import atexit
import json
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest

from b24desk.ui.shell.loop_switch import LoopSwitch

APP_LOOP_MODULES = ("asyncio", "qasync", "ssl", "concurrent.futures")
SCENARIO = sys.argv[1]
METHOD_BEFORE = "profile"  # set before the person acts (a call that needs no parameters)


def say(**seen: Any) -> None:
    print(json.dumps(seen), flush=True)


@atexit.register
def _modules() -> None:
    print("modules: " + ",".join(m for m in APP_LOOP_MODULES if m in sys.modules), flush=True)


def _when_finished(switch: LoopSwitch, report: Callable[[], dict[str, Any]]) -> None:
    window = switch.window

    def done(*_: object) -> None:
        say(**report())
        window.close()

    window.execute_bar.callFinished.connect(done)


def _result(switch: LoopSwitch, before: bool) -> dict[str, Any]:
    window = switch.window
    return {
        "switched before": before,
        "switched": switch.switched,
        "rows": window.result_view.tree_model.rowCount(),
        "error shown": window.result_view.stack.currentIndex() == 1,
        "sandbox started": switch.sandbox is not None and switch.sandbox.started,
    }


def act(switch: LoopSwitch) -> None:
    window = switch.window
    handle = window.windowHandle()
    assert handle is not None
    before = switch.switched
    if SCENARIO == "type":
        edit = window.editor.method_edit
        edit.setFocus()
        edit.clear()
        for char in "crm.deal.list":
            QTest.keyClick(handle, char)  # type: ignore[call-overload]  # PySide6's char overload
        say(**{"switched before": before, "switched": switch.switched, "text": edit.text()})
        window.close()
    elif SCENARIO == "search":  # the first key in the method browser's search: kept, and it filters
        search = window.method_browser.search_edit
        search.setFocus()
        for char in "lead.add":
            QTest.keyClick(handle, char)  # type: ignore[call-overload]  # PySide6's char overload
        say(**{"switched before": before, "switched": switch.switched, "text": search.text()})
        window.close()
    elif SCENARIO == "ctrl+enter":
        _when_finished(switch, lambda: _result(switch, before))
        QTest.keyClick(handle, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    elif SCENARIO == "click":
        _when_finished(switch, lambda: _result(switch, before))
        button = window.execute_button
        where = button.mapTo(window, QPoint(button.width() // 2, button.height() // 2))
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    elif SCENARIO == "press":  # as an accessibility tool presses a button: no event passes the window
        _when_finished(switch, lambda: _result(switch, before))
        window.execute_button.click()
    elif SCENARIO == "close":
        window.close()
    elif SCENARIO == "xinput":
        expected = sys.argv[2]
        fields = {"method": window.editor.method_edit, "search": window.method_browser.search_edit}

        def typed(*_: object) -> None:
            if expected in (edit.text() for edit in fields.values()):
                say(**{"switched": switch.switched, **{name: edit.text() for name, edit in fields.items()}})
                window.close()

        for edit in fields.values():
            edit.textChanged.connect(typed)

        def centre(name: str) -> list[int]:
            edit = fields[name]
            where = edit.mapToGlobal(QPoint(edit.width() // 2, edit.height() // 2))
            return [where.x(), where.y()]

        say(switched=switch.switched, window=int(window.winId()), method=centre("method"), search=centre("search"))
    elif SCENARIO == "wait":
        assert switch.sandbox is not None
        say(url=switch.sandbox.webhook_url, switched=switch.switched)
    else:
        raise SystemExit(f"unknown scenario {SCENARIO}")


_settled = LoopSwitch._settled


def settled(self: LoopSwitch) -> None:
    if SCENARIO in ("ctrl+enter", "click", "press"):  # the request is written before FirstIntent watches
        self.window.editor.method_edit.setText(METHOD_BEFORE)
    _settled(self)
    autosave = self.window.request_tabs._autosave

    def quiet() -> None:  # once the start-up's autosave timer ran out (it must start no work)
        if autosave.isActive():
            QTimer.singleShot(20, quiet)
        else:
            act(self)

    QTimer.singleShot(0, quiet)


LoopSwitch._settled = settled  # type: ignore[method-assign]

from b24desk.cli import main  # noqa: E402  (after the hook)

main([])
