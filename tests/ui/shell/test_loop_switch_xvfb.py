"""Real keys and clicks (xdotool, X server of its own) as the very first input of an idle app on Qt's loop:
the first one starts the app loop (~40 ms of imports), those sent right behind it wait in Qt's queue and
arrive in order; nothing typed is lost."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb or xdotool is not installed (Debian packages xvfb, xdotool, see tools/setup.sh)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24"], pass_fds=(write,), stderr=subprocess.DEVNULL
    )
    os.close(write)
    with os.fdopen(read) as told:
        number = told.readline().strip()  # the server says its display once it accepts clients
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.parametrize(
    ("steps", "field"),
    [
        (["key", "ctrl+l", "type", "--delay", "1", "lead.add"], "search"),  # a shortcut, then typing behind it
        (["click", "1", "key", "ctrl+a", "type", "--delay", "1", "crm.deal.list"], "method"),  # a click first
    ],
)
def test_real_first_input_switches_and_every_key_arrives_in_order(
    display: str, tmp_path: Path, steps: list[str], field: str
) -> None:
    text = steps[-1]
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}  # xcb, not offscreen
    env.update(DISPLAY=display, B24DESK_HOME=str(tmp_path), HOME=str(tmp_path), B24DESK_LANG="en")
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.shell.loop_switch_driver", "xinput", text],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    try:
        assert app.stdout is not None
        line = app.stdout.readline()  # idle on Qt's loop, its autosave timer run out
        assert line.startswith("{"), app.communicate(timeout=30)
        idle = json.loads(line)
        assert idle["switched"] is False
        xdotool = ["xdotool", "windowfocus", "--sync", str(idle["window"])]
        if steps[0] == "click":
            xdotool += ["mousemove", "--sync", *map(str, idle[field])]
        subprocess.run(xdotool + steps, env=env, check=True, timeout=60)  # every event sent at once
        seen = json.loads(app.stdout.readline())
    finally:
        out, err = app.communicate(timeout=60)
    assert app.returncode == 0, err[-3000:]
    assert seen["switched"] is True and seen[field] == text  # exactly what was typed
    assert out.splitlines()[-1] == "modules: asyncio,qasync,ssl,concurrent.futures"
