"""The app as a process: it starts on the sandbox portal and a SIGTERM (logout) closes it cleanly."""

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
