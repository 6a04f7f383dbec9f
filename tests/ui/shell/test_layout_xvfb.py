"""The window under Xvfb with the system's fonts, on the sandbox after crm.deal.list, as a person sees it.

tools/layout_probe.py runs the real app's window in an X server of its own, picks crm.deal.list in the
method browser, executes it against the sandbox (150 deals) and measures at 1024x700 and 800x600.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_a_dozen_deals_and_a_usable_grid_under_xvfb() -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (Debian package xvfb, see tools/setup.sh): no real-font layout check")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "tools.layout_probe"]
    environment = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}  # xcb, not offscreen
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=240, env=environment | {"LANG": "C.UTF-8"}
    )
    assert done.returncode == 0, done.stderr[-2000:]
    readings = {r["size"]: r for r in map(json.loads, done.stdout.splitlines()) if r.get("size")}
    laptop, small = readings["1024x700"], readings["800x600"]
    assert laptop["window"] == "1024x700" and laptop["result_count"] == 50, laptop  # the first page of 150 deals
    assert laptop["result_rows"] >= 12 and laptop["grid_room"] >= 4, laptop
    assert small["result_rows"] >= 6 and small["grid_room"] >= 3, small
    for reading in (laptop, small):
        assert reading["execute_in_sight"] and reading["url_in_sight"] and reading["grid_buttons_in_sight"], reading
