"""The idle app runs on Qt's own loop; the app loop (asyncio, qasync, ssl) starts when first needed, and the
input that needs it reaches its widget. Each test runs the real app as a process (offscreen) with a scenario
of tests/ui/shell/loop_switch_driver.py: keys and clicks go the window system's way (shortcuts included)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.keyring_session import KeyringSession

ROOT = Path(__file__).resolve().parents[3]
EVERY_APP_LOOP_MODULE = "modules: asyncio,qasync,ssl,concurrent.futures"


def _env(home: Path, **more: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", B24DESK_HOME=str(home), B24DESK_LANG="en")
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home))
    return env | more


def _driven(home: Path, scenario: str) -> tuple[dict[str, object], str]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.shell.loop_switch_driver", scenario],
        capture_output=True, text=True, timeout=120, env=_env(home), cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    seen: dict[str, object] = json.loads(lines[0]) if lines[0].startswith("{") else {}
    return seen, lines[-1]


@pytest.mark.parametrize("scenario", ["type", "search"])
def test_the_first_key_switches_and_every_character_typed_is_kept(tmp_path: Path, scenario: str) -> None:
    seen, modules = _driven(tmp_path, scenario)
    assert seen["switched before"] is False and seen["switched"] is True  # the first key switched, at once
    assert seen["text"] == {"type": "crm.deal.list", "search": "lead.add"}[scenario]  # in order, none lost
    assert modules == EVERY_APP_LOOP_MODULE


@pytest.mark.parametrize("scenario", ["click", "ctrl+enter", "press"])
def test_the_first_click_on_execute_or_ctrl_enter_runs_the_request_on_the_sandbox(
    tmp_path: Path, scenario: str
) -> None:
    """The first input of the session: a click on Execute, its shortcut, or a press that does not pass the
    window (an accessibility tool's); real HTTP to the sandbox."""
    seen, _ = _driven(tmp_path, scenario)
    assert seen["switched before"] is False and seen["switched"] is True
    assert seen["sandbox started"] is True and seen["error shown"] is False
    assert seen["rows"] == 2  # profile's answer in the tree: result and time


def test_a_close_before_the_switch_never_loads_the_app_loop_and_saves_the_window(tmp_path: Path) -> None:
    seen, modules = _driven(tmp_path, "close")
    assert seen == {} and modules == "modules: "  # nothing of asyncio, qasync, ssl, concurrent.futures
    assert list(tmp_path.rglob("window.ini"))  # the window's close wrote its layout


def _waiting_app(home: Path) -> tuple[subprocess.Popen[str], dict[str, object]]:
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.shell.loop_switch_driver", "wait"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(home), cwd=ROOT,
    )  # fmt: skip
    assert app.stdout is not None
    line = app.stdout.readline()  # the app is idle on Qt's loop: it says the sandbox's URL
    assert line.startswith("{"), app.communicate(timeout=30)
    return app, json.loads(line)


def _ended_by_sigterm(app: subprocess.Popen[str]) -> str:
    app.send_signal(signal.SIGTERM)
    out, err = app.communicate(timeout=60)
    assert app.returncode == 0, err[-3000:]
    assert "Traceback" not in err + out, err[-3000:]
    return out.splitlines()[-1]


def test_sigterm_before_the_switch_ends_the_app_cleanly(tmp_path: Path) -> None:
    app, seen = _waiting_app(tmp_path)
    assert seen["switched"] is False
    assert _ended_by_sigterm(app) == "modules: "
    assert list(tmp_path.rglob("window.ini"))  # the window's close wrote its layout


def test_another_programs_call_to_the_sandbox_before_the_switch_is_answered(tmp_path: Path) -> None:
    """A snippet run in a terminal with the sandbox's URL: the idle app starts its loop and the portal."""
    app, seen = _waiting_app(tmp_path)
    try:
        assert seen["switched"] is False
        answer = httpx.post(f"{seen['url']}crm.lead.list", json={"select": ["ID"]}, timeout=60)
        assert answer.status_code == 200 and answer.json()["total"] > 0
    finally:
        if app.poll() is None:
            last = _ended_by_sigterm(app)  # the switched app shuts the portal down in order
            assert last == EVERY_APP_LOOP_MODULE


_SAVED_PROBE = """
import json, sys
from b24desk.ui.shell import smoke_test
idle = smoke_test.report_idle
def report_idle(window):
    names = [item.label for item in window.picker.items]
    print(json.dumps({"names": names, "current": window.picker.current().label, "asyncio": "asyncio" in sys.modules}))
    idle(window)
smoke_test.report_idle = report_idle
from b24desk.cli import main
main([])
"""


def test_saved_webhooks_are_loaded_at_start(tmp_path: Path, keyring_session: KeyringSession) -> None:
    """A start with a saved webhook switches at once (a read of the settings file tells) and shows it."""
    env = _env(tmp_path, **keyring_session.env)
    url = "https://example.bitrix24.com/rest/1/abcdefghijklmnop/"
    added = subprocess.run(
        [sys.executable, "-m", "b24desk", "webhooks", "add", "Sales", url],
        capture_output=True, text=True, timeout=60, env=env, cwd=ROOT,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    done = subprocess.run(
        [sys.executable, "-c", _SAVED_PROBE], capture_output=True, text=True, timeout=120,
        env=env | {"B24DESK_SMOKE_TEST": "1"}, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))
    assert seen["asyncio"] is True  # switched at start: the saved webhooks load on the app loop
    assert seen["current"].startswith("Sales") and len(seen["names"]) == 2  # the saved one is selected
    assert any(name.startswith("Sales") for name in seen["names"])
