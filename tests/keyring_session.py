"""A private Secret Service for tests: a D-Bus session bus and gnome-keyring-daemon, in a throwaway HOME.

The daemon runs with a new HOME and XDG folders (an existing login keyring with another password
would make unlocking fail with KeyringLocked), is unlocked with a known password, and both processes
are stopped afterwards. `env` holds what a subprocess needs to use it through `keyring`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"


class KeyringSession:
    """A running D-Bus session with an unlocked gnome-keyring; `stop()` ends both."""

    def __init__(self, root: Path) -> None:
        self.root = root
        home = root / "home"
        runtime = root / "run"
        for folder in (home, runtime, root / "config", root / "data", root / "cache"):
            folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        self.env: dict[str, str] = {
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_DATA_HOME": str(root / "data"),
            "XDG_CACHE_HOME": str(root / "cache"),
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={runtime / 'bus'}",
            "PYTHON_KEYRING_BACKEND": SECRET_SERVICE_BACKEND,
        }
        self._processes: list[subprocess.Popen[bytes]] = []

    @staticmethod
    def missing_programs() -> list[str]:
        """The programs this needs that are not installed."""
        return [name for name in ("dbus-daemon", "dbus-send", "gnome-keyring-daemon") if shutil.which(name) is None]

    def start(self, timeout: float = 10.0) -> None:
        """Start the bus and the keyring daemon; return once the Secret Service answers."""
        env = {**os.environ, **self.env}
        bus = subprocess.Popen(
            [
                "dbus-daemon",
                "--session",
                "--nofork",
                "--nopidfile",
                f"--address={self.env['DBUS_SESSION_BUS_ADDRESS']}",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._processes.append(bus)
        self._wait(lambda: (self.root / "run" / "bus").exists(), timeout, "dbus-daemon")
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._processes.append(daemon)
        assert daemon.stdin is not None
        daemon.stdin.write(b"test-keyring-password")
        daemon.stdin.close()
        self._wait(self._answers, timeout, "gnome-keyring-daemon")

    def _answers(self) -> bool:
        probe = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ],
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            check=False,
        )
        return "boolean true" in probe.stdout

    def _wait(self, ready: object, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if callable(ready) and ready():
                return
            if any(proc.poll() is not None for proc in self._processes):
                break
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"{what} did not start within {timeout} s")

    def stop(self) -> None:
        """Stop the keyring daemon and the bus (newest first) and wait for them."""
        for proc in reversed(self._processes):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self._processes.clear()


def secret_service_backend() -> Any:
    """A new instance of keyring's real SecretService backend (it talks to the session in the env)."""
    from keyring.backends.SecretService import Keyring

    return Keyring()


def fail_backend() -> Any:
    """keyring's real `fail` backend: what `keyring` picks when no keyring service runs."""
    from keyring.backends.fail import Keyring

    return Keyring()
