"""The .deb as a user gets it, unpacked with `dpkg -x`: its launcher, menu entry, window, CLI and sandbox.

Runs when `make package` has left a .deb under build/ or dist/ (`make package-test` builds one first);
skips with that reason otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

REPO = Path(__file__).resolve().parents[2]
SECRET = "k3x9q2w8e7r6t5y4"


def newest_deb() -> Path | None:
    """The most recently built b24desk .deb under build/ or dist/, if any."""
    debs = [path for folder in ("build", "dist") for path in (REPO / folder).glob("b24desk_*.deb")]
    return max(debs, key=lambda path: path.stat().st_mtime, default=None)


@pytest.fixture(scope="module")
def deb() -> Path:
    found = newest_deb()
    if found is None:
        pytest.skip("no b24desk .deb under build/ or dist/: `make package-test` builds one and runs these tests")
    if shutil.which("dpkg") is None:
        pytest.skip("dpkg is not installed: these tests unpack the .deb with `dpkg -x`")
    return found


@pytest.fixture(scope="module")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary root holding the package's files, as `dpkg -i` would lay them out under /."""
    target = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg", "-x", str(deb), str(target)], check=True)
    return target


@pytest.fixture(scope="module")
def user_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a fresh user: a throwaway home, no Python variables, Qt without a display."""
    home = tmp_path_factory.mktemp("home")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV", "B24"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def launch(root: Path, env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the installed /usr/bin/b24desk (inside `root`) as a user would type it."""
    return subprocess.run(
        [str(root / "usr/bin/b24desk"), *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def test_files_land_where_the_desktop_looks(root: Path) -> None:
    launcher = root / "usr/bin/b24desk"
    assert launcher.is_symlink()
    assert launcher.resolve() == (root / "opt/b24desk/b24desk").resolve()
    assert os.access(launcher.resolve(), os.X_OK)
    entry = (root / "usr/share/applications/b24desk.desktop").read_text(encoding="utf-8")
    assert "\nExec=b24desk\n" in entry
    assert "\nIcon=b24desk\n" in entry
    assert "\nTerminal=false\n" in entry
    if shutil.which("desktop-file-validate"):  # desktop-file-utils; hints and errors both print
        check = subprocess.run(
            ["desktop-file-validate", str(root / "usr/share/applications/b24desk.desktop")],
            capture_output=True,
            text=True,
        )
        assert (check.returncode, check.stdout) == (0, ""), check.stdout
    icons = root / "usr/share/icons/hicolor"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (icons / f"{size}x{size}/apps/b24desk.png").is_file()
    assert (icons / "scalable/apps/b24desk.svg").is_file()


def test_version_matches_the_package(root: Path, deb: Path, user_env: dict[str, str]) -> None:
    package_version = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Version"], check=True, capture_output=True, text=True
    ).stdout.strip()
    result = launch(root, user_env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"b24desk {package_version}"


def test_gui_shows_its_main_window(root: Path, user_env: dict[str, str]) -> None:
    result = launch(root, {**user_env, "B24DESK_SMOKE_TEST": "1"})
    assert result.returncode == 0, result.stderr
    assert "window shown: b24desk" in result.stdout  # the frame, at once
    assert "window ready" in result.stdout  # then its widgets, built from the bundle's modules


def test_the_bundle_speaks_the_users_language(root: Path, user_env: dict[str, str]) -> None:
    """The compiled translations ship: the CLI follows LANG, the window the locale."""
    result = launch(root, {**user_env, "LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "url", "crm.lead.list")
    assert result.returncode == 2
    assert "Вебхук не указан" in result.stderr
    result = launch(root, {**user_env, "B24DESK_SMOKE_TEST": "1", "B24DESK_LANG": "de"})
    assert result.returncode == 0, result.stderr
    assert "window shown: b24desk: Anfrage-Editor für die Bitrix24-REST-API" in result.stdout


def test_url_command_masks_the_secret(root: Path, user_env: dict[str, str]) -> None:
    webhook = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/"
    result = launch(
        root, user_env, "url", "--webhook", webhook, "crm.lead.add", "fields[TITLE]=Acme Corp", "select[]=ID"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "https://b24-ab12cd.bitrix24.com/rest/1/k3************y4/crm.lead.add.json"
        "?fields%5BTITLE%5D=Acme+Corp&select%5B0%5D=ID\n"
    )


class _Portal(BaseHTTPRequestHandler):
    """Answers every call like a portal answering `profile`."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"result": {"ID": "1", "ADMIN": True}, "time": {"start": 0, "finish": 0}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def loopback_portal() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/rest/1/{SECRET}/"
    server.shutdown()
    server.server_close()


def test_call_command_talks_http(root: Path, user_env: dict[str, str], loopback_portal: str) -> None:
    result = launch(root, user_env, "call", "--webhook", loopback_portal, "profile")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"ID": "1", "ADMIN": True}


def test_sandbox_serves_calls_from_the_bundle(root: Path, user_env: dict[str, str]) -> None:
    if " sandbox " not in launch(root, user_env, "--help").stdout:
        pytest.skip("this build has no `b24desk sandbox` command yet")
    sandbox = subprocess.Popen(
        [str(root / "usr/bin/b24desk"), "sandbox", "--port", "0"],
        env=user_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert sandbox.stdout is not None
        webhook = sandbox.stdout.readline().strip()  # its first line is the demo webhook URL
        assert webhook.startswith("http://127.0.0.1:"), sandbox.stderr.read() if sandbox.stderr else ""
        result = launch(root, user_env, "call", "--webhook", webhook, "profile")
        assert result.returncode == 0, result.stderr
        assert "ID" in json.loads(result.stdout)
    finally:
        sandbox.terminate()
        sandbox.communicate(timeout=30)


def test_keyring_keeps_a_saved_webhook_secret(root: Path, user_env: dict[str, str], tmp_path: Path) -> None:
    """The bundled Secret Service backend stores the secret and gives it back, in a real GNOME Keyring."""
    if " webhooks " not in launch(root, user_env, "--help").stdout:
        pytest.skip("this build has no `b24desk webhooks` command yet")
    if shutil.which("dbus-run-session") is None or shutil.which("gnome-keyring-daemon") is None:
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon (make setup installs them)")
    webhook = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/"
    # A D-Bus session of its own with an unlocked keyring in a throwaway home; "$0" is the launcher.
    script = (
        "echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
        ' && "$0" webhooks add demo "$1" && "$0" url --webhook demo profile --reveal'
    )
    env = {**user_env, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config")}
    env["XDG_DATA_HOME"] = str(tmp_path / ".local/share")
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script, str(root / "usr/bin/b24desk"), webhook],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    saved, url = result.stdout.splitlines()[-2:]
    assert "SecretService" in saved
    assert SECRET not in saved
    assert url == f"{webhook}profile.json"
