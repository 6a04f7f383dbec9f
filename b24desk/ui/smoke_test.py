"""B24DESK_SMOKE_TEST=1 makes the app say that its main window showed, then close: for installer tests."""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

ENV_VAR = "B24DESK_SMOKE_TEST"


def requested(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this run is a smoke test (the variable is set to anything but empty or 0)."""
    return environ.get(ENV_VAR, "") not in ("", "0")


def report_when_shown(window: QWidget) -> None:
    """Once the event loop runs: print `window shown: <title>` if `window` is visible, then close it."""

    def report() -> None:
        if window.isVisible():
            print(f"window shown: {window.windowTitle()}", flush=True)
        window.close()

    QTimer.singleShot(0, report)
