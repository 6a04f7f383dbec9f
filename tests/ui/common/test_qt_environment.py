"""What the app sets up before its QApplication: raster fills on the UI thread, long-lived objects frozen."""

from __future__ import annotations

import gc
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
        "from b24desk.ui.common.long_lived import _app\n"
        "create_application(['b24desk']); print(os.environ.get('QT_NO_GUI_THREADPOOL'), _app['freezing'])"
    )
    env = {key: value for key, value in os.environ.items() if key not in (SERIAL_FILLS, KEEP_FILL_POOL)}
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert shown.stdout.strip().splitlines()[-1] == "1 True", shown.stderr


def test_long_lived_objects_are_frozen_in_the_app_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from b24desk.ui.common import long_lived

    monkeypatch.setitem(long_lived._app, "freezing", False)
    gc.unfreeze()  # what other tests froze (core/big_json does): counted from nothing
    before = gc.get_freeze_count()
    long_lived.settle_long_lived()  # tests' windows come and go: nothing frozen
    long_lived.freeze_now()
    assert gc.get_freeze_count() == before
    monkeypatch.setitem(long_lived._app, "freezing", True)
    try:
        long_lived.freeze_now()
        assert gc.get_freeze_count() > before
        gc.unfreeze()
        long_lived.settle_long_lived()
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_after_the_start_up_what_lives_is_frozen_and_the_collector_runs_again() -> None:
    from b24desk.ui.common import long_lived

    gc.unfreeze()
    try:
        long_lived.no_collection_during_start_up()
        assert not gc.isenabled()
        long_lived.collect_after_start_up()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
