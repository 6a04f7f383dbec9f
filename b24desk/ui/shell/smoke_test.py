"""B24DESK_SMOKE_TEST=1 makes the app say when its window showed, when it could be used, when it settled; then close.

For the installer tests and the startup benchmark, one line each on standard output:
- `window shown: <title>` as soon as the window's frame is on screen;
- `window ready` at the first paint after the widgets were built and the method catalogue reached the
  browser (the first screen can be used: browsed, searched, a request written);
- `window idle` once the start-up's work is over (the saved webhooks, the sandbox portal offered with
  its marks, the background tasks it started, e.g. the history read); then the window closes. The
  sandbox portal itself and the HTTP client are not started by then: the first call starts the one,
  the first edit or call loads the other. On a first start nothing needs the app loop by then: the
  line is printed from Qt's own loop, without asyncio (ui/shell/loop_switch.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from b24desk.ui.common.next_paint import on_next_paint

ENV_VAR = "B24DESK_SMOKE_TEST"


def requested(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this run is a smoke test (the variable is set to anything but empty or 0)."""
    return environ.get(ENV_VAR, "") not in ("", "0")


def report_shown(window: QWidget) -> None:
    """Print `window shown: <title>` if `window` is visible (call it once the window was shown)."""
    if window.isVisible():
        print(f"window shown: {window.windowTitle()}", flush=True)


def report_ready(window: QWidget, waiting: SignalInstance | None = None) -> None:
    """Print `window ready` after the window's first paint once `waiting` (if given: what the first screen
    still lacks, e.g. the catalogue) has fired; nothing if the window is hidden."""
    asked = False

    def report() -> None:
        if window.isVisible():
            print("window ready", flush=True)

    def watch(*_: object) -> None:
        nonlocal asked
        if not asked:
            asked = True
            on_next_paint(window, report)

    if waiting is None:
        watch()
    else:
        waiting.connect(watch)


def report_idle(window: QWidget) -> None:
    """Print `window idle` if `window` is visible, then close it."""
    if window.isVisible():
        print("window idle", flush=True)
    window.close()
