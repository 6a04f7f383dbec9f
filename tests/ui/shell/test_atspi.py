"""The window as a screen reader reads it: the AT-SPI tree under Xvfb, every visible interactive control named."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_every_interactive_control_read_over_atspi_has_a_name() -> None:
    missing = [p for p in ("dbus-run-session", "xvfb-run") if shutil.which(p) is None]
    if missing or not Path("/usr/libexec/at-spi-bus-launcher").exists():
        pytest.fail(f"{', '.join(missing) or 'at-spi2-core'} not installed: run `make setup`")
    command = [
        "dbus-run-session",
        "--",
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1280x800x24",
        sys.executable,
        "-m",
        "tests.ui.shell.atspi_probe",
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    last = [line for line in done.stdout.splitlines() if line.startswith("[")][-1]
    requests, events = json.loads(last)
    assert requests["controls"] >= 20, requests  # the Requests tab: fields, buttons, grid, result views
    assert events["controls"] >= 8, events  # the Events tab: receiver settings, events list
    assert requests["unnamed"] == [] and events["unnamed"] == [], (requests["unnamed"], events["unnamed"])
