"""Shared fixtures: the php bridge, the event loop the async tests run on, a sandbox portal, a real keyring."""

from __future__ import annotations

import asyncio
import atexit
import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from b24desk.ui.common.qt_environment import use_serial_fills
from tests.keyring_session import KeyringSession, secret_service_backend
from tests.php.bridge import PhpBridge, find_php

# The tests read English texts whatever the machine's locale; tests/i18n switch languages themselves.
os.environ["B24DESK_LANG"] = "en"
# Every file b24desk keeps (settings.json, window.ini, history, caches) goes to a throwaway folder,
# never the user's; tests that need their own folder set B24DESK_HOME themselves.
os.environ["B24DESK_HOME"] = _HOME = tempfile.mkdtemp(prefix="b24desk-tests-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
use_serial_fills()  # as the app does before its QApplication (no thread pool for Qt's raster fills)


@pytest.fixture(scope="session", autouse=True)
def _qt_test_paths() -> None:
    """Qt writes settings (QSettings) under test folders, never the user's real configuration."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("b24desk-tests")
    QCoreApplication.setApplicationName("b24desk-tests")


@pytest.fixture(autouse=True)
def _collect_qt_garbage_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Collect reference cycles after each test that loaded Qt, on the GUI thread.

    Python's cycle collector runs on whichever thread allocates; were that a worker (the storage thread,
    asyncio.to_thread), a closed window from an earlier test would be destroyed there, and Qt warns
    "Timers cannot be stopped from another thread" (a failure, as every Qt warning is).
    """
    yield
    if _WIDGET_TEST_FOLDERS & set(request.node.path.parts) and "PySide6.QtWidgets" in sys.modules:
        gc.collect()


# the tests that make windows and widgets: everything under tests/ui (shell/, methods/, webhooks/,
# collections/, ... since ui/ is laid out by feature) and tests/i18n
_WIDGET_TEST_FOLDERS = {"ui", "i18n"}


@pytest.fixture(scope="session")
def php() -> Iterator[PhpBridge]:
    """A php-cli process for parity tests; missing php fails (make setup installs it)."""
    executable = find_php()
    if executable is None:
        pytest.fail("php is not installed: run `make setup` (it installs php-cli).")
    bridge = PhpBridge(executable)
    yield bridge
    bridge.close()


def _qasync_loop() -> asyncio.AbstractEventLoop:
    import qasync
    from PySide6.QtWidgets import QApplication

    from b24desk.ui.shell.task_factory import install_task_factory

    app = QApplication.instance() or QApplication([])
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app)
    install_task_factory(loop)  # as the app's loop does
    return loop


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], asyncio.AbstractEventLoop]]:
    """Async tests under tests/ui run on a qasync loop (as the app does); the rest on asyncio's."""
    if "tests/ui" in item.nodeid.replace("\\", "/"):
        return {"qasync": _qasync_loop}
    return {"asyncio": asyncio.new_event_loop}


SANDBOX_SEED = 120  # leads in the test portal: enough for three pages, quick to build


@pytest.fixture
def sandbox() -> Iterator[SandboxPortal]:
    """A sandbox portal running in a background thread on its own loop (usable from any test).

    Limits are lifted (rate 1000/s, burst 10,000) so tests that are not about limits never meet them.
    """
    config = SandboxConfig(seed=SANDBOX_SEED, rate=1000.0, burst=10_000)
    with run_in_thread(config) as portal:
        yield portal


@pytest.fixture(scope="module")
def reading_sandbox() -> Iterator[SandboxPortal]:
    """One sandbox portal shared by a module's tests that only read (faster than one per test)."""
    config = SandboxConfig(seed=SANDBOX_SEED, rate=1000.0, burst=10_000)
    with run_in_thread(config) as portal:
        yield portal


@pytest.fixture(scope="session")
def keyring_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeyringSession]:
    """A D-Bus session with an unlocked gnome-keyring in a throwaway HOME, for the whole test run."""
    missing = KeyringSession.missing_programs()
    if missing:
        pytest.fail(f"{', '.join(missing)} not installed: run `make setup` (it installs gnome-keyring, dbus).")
    session = KeyringSession(tmp_path_factory.mktemp("keyring"))
    session.start()
    yield session
    session.stop()


@pytest.fixture
def secret_service(keyring_session: KeyringSession, monkeypatch: pytest.MonkeyPatch) -> Any:
    """keyring's real SecretService backend, talking to the private gnome-keyring (env set for the test)."""
    import keyring.core

    for name, value in keyring_session.env.items():
        monkeypatch.setenv(name, value)
    backend = secret_service_backend()
    # `keyring` picks its default backend once per process: one picked by an earlier test (another bus, or
    # none) would stay in use by the code under test that asks for the default. It is this one for the test.
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return backend
