"""B24DESK_SMOKE_TEST=1 makes the app say when its main window showed and when it was built, then close.

For the installer tests and the startup benchmark: `window shown: <title>` as soon as the window's
frame is on screen, `window ready` once its widgets are built and painted; then the window closes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

ENV_VAR = "B24DESK_SMOKE_TEST"


def requested(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this run is a smoke test (the variable is set to anything but empty or 0)."""
    return environ.get(ENV_VAR, "") not in ("", "0")


def report_shown(window: QWidget) -> None:
    """Print `window shown: <title>` if `window` is visible (call it once the window was shown)."""
    if window.isVisible():
        print(f"window shown: {window.windowTitle()}", flush=True)


def report_ready(window: QWidget) -> None:
    """Once the event loop runs again: print `window ready` if `window` is visible, then close it."""

    def report() -> None:
        if window.isVisible():
            print("window ready", flush=True)
        window.close()

    QTimer.singleShot(0, report)
