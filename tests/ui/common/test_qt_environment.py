"""Qt's raster fills stay on the UI thread unless the user asks for Qt's thread pool."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from b24desk.ui.common.qt_environment import KEEP_FILL_POOL, SERIAL_FILLS, use_serial_fills


def test_serial_fills_are_asked_for_unless_the_pool_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SERIAL_FILLS, raising=False)
    monkeypatch.setenv(KEEP_FILL_POOL, "1")
    use_serial_fills()
    assert SERIAL_FILLS not in os.environ
    monkeypatch.delenv(KEEP_FILL_POOL)
    use_serial_fills()
    assert os.environ[SERIAL_FILLS] == "1"


def test_the_app_sets_it_before_its_qapplication_exists() -> None:
    code = (
        "import os; os.environ.pop('QT_NO_GUI_THREADPOOL', None); os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from b24desk.ui.shell.app import create_application\n"
        "create_application(['b24desk']); print(os.environ.get('QT_NO_GUI_THREADPOOL'))"
    )
    env = {key: value for key, value in os.environ.items() if key not in (SERIAL_FILLS, KEEP_FILL_POOL)}
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert shown.stdout.strip().splitlines()[-1] == "1", shown.stderr
