"""The app as a process: it shows its window, builds it, starts on the sandbox portal; SIGTERM closes it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def test_sigterm_closes_the_app_without_a_traceback(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    app = subprocess.Popen(
        [sys.executable, "-m", "b24desk"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    time.sleep(5)  # imports, window, the sandbox portal starting in the app's loop
    assert app.poll() is None, app.communicate()
    app.send_signal(signal.SIGTERM)
    out, err = app.communicate(timeout=20)
    assert app.returncode == 0, err
    assert "Traceback" not in err + out


def test_smoke_run_shows_the_frame_then_the_built_window(tmp_path: Path) -> None:
    """B24DESK_SMOKE_TEST: the installer tests' and the startup benchmark's view of the two start-up steps."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    env.update(B24DESK_SMOKE_TEST="1", B24DESK_LANG="en")
    app = subprocess.run([sys.executable, "-m", "b24desk"], env=env, capture_output=True, text=True, timeout=60)
    assert app.returncode == 0, app.stderr
    assert app.stdout.splitlines() == [
        "window shown: b24desk: Bitrix24 REST request builder",
        "window ready",  # built, the catalogue in the browser, painted
        "window idle",  # the warm-up, the sandbox portal and the method list asked of it are done
    ]
    assert "Traceback" not in app.stderr
