"""Leak scan: a marker secret goes through everything b24desk does; no file or output may hold it.

The run adds webhooks (argv and stdin), executes calls with and without errors, pastes the secret
into parameters by mistake, rotates, duplicates, renames, views history and statistics, then searches
every file under b24desk's config, data and cache folders (and the rest of the throwaway HOME, less
gnome-keyring's own encrypted store) and all captured output for the secrets. It also exports every
snippet language and calls through the saved name; the window's own scan is in
tests/ui/test_saved_webhooks.py. To extend it, add steps to `test_no_secret_reaches_a_file_or_an_output`
and folders to `LeakScan.roots`.

Each secret is searched in every form it could be written in: plain, UTF-16, percent-encoded, JSON
with escaped slashes, and base64 (at each of the three offsets a secret can sit at inside a longer
encoded value). Besides the CLI steps, it covers webhook notes, a saved request file, saved code,
received events saved as JSON lines (the application token), and answers that echo a secret.
"""

from __future__ import annotations

import base64
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from b24desk.core.events import read_event, to_json_line
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import save_request
from b24desk.core.secret import Secret
from b24desk.core.snippets import LANGUAGES
from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from b24desk.storage.app_storage import AppStorage
from b24desk.storage.history import CallRecord
from b24desk.storage.paths import app_paths
from b24desk.storage.secret_store import SERVICE, KeyringSecrets
from tests.hostile_server import SECRET as HOSTILE_SECRET
from tests.hostile_server import running_hostile_server
from tests.keyring_session import KeyringSession

MARKER = "LeakMarker7q4z9x2w"
ROTATED = "LeakRotated5k8j3h1v"
EVENTS_TOKEN = "LeakEventsToken3m6n9b2c5x8z1a4s"


class LeakScan:
    """Collects outputs and folders, then finds every occurrence of the secrets in them."""

    def __init__(self, secrets: list[str], env: dict[str, str]) -> None:
        self.secrets = secrets
        self.env = env
        self.outputs: list[tuple[str, str]] = []
        self.roots: list[Path] = []
        self.skip: list[Path] = []

    def run(self, *args: str, stdin: str | None = None, expect: int = 0) -> str:
        """Run `b24desk ARGS`, keep its stdout and stderr for the scan, check its exit status."""
        done = subprocess.run(
            [sys.executable, "-m", "b24desk", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=60,
            check=False,
        )
        self.outputs.append((f"b24desk {' '.join(args)}", done.stdout + done.stderr))
        assert done.returncode == expect, done.stderr
        return done.stdout

    def needles(self) -> list[bytes]:
        """Each secret as UTF-8, UTF-16, percent-encoded and base64 bytes (three alignments, two alphabets)."""
        forms = set()
        for secret in self.secrets:
            forms.update({secret.encode(), secret.encode("utf-16-le"), quote(secret).encode()})
            for pad in range(3):
                encoded = base64.b64encode(b"\0" * pad + secret.encode())
                core = encoded[(pad * 4 + 2) // 3 : (pad + len(secret)) // 3 * 4]
                forms.update({core, core.replace(b"+", b"-").replace(b"/", b"_")})
        return sorted(forms)

    def hits(self) -> list[str]:
        """Where a secret was found: file paths and output labels."""
        found = []
        files = [p for root in self.roots for p in root.rglob("*") if p.is_file()]
        files = [p for p in files if not any(p.is_relative_to(skip) for skip in self.skip)]
        for path in files:
            data = path.read_bytes()
            found += [f"{path}: {needle!r}" for needle in self.needles() if needle in data]
        for label, text in self.outputs:
            data = text.encode()
            found += [f"output of {label}: {needle!r}" for needle in self.needles() if needle in data]
        return found

    def scanned_files(self) -> list[Path]:
        """The files the scan looks at (to prove it is not vacuous)."""
        return [p for root in self.roots for p in root.rglob("*") if p.is_file()]


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    """The sandbox portal with a webhook of user 1 whose secret is the marker."""
    with run_in_thread(SandboxConfig(seed=5, rate=1000.0, burst=10_000)) as running:
        running.add_webhook(1, MARKER, ("crm", "user"))
        yield running


def hook_url(portal: SandboxPortal, secret: str = MARKER) -> str:
    return f"{portal.base_url}/rest/1/{secret}/"


def test_no_secret_reaches_a_file_or_an_output(
    keyring_session: KeyringSession,
    secret_service: Any,
    portal: SandboxPortal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "b24desk-home"
    monkeypatch.setenv("B24DESK_HOME", str(home))
    import os

    scan = LeakScan([MARKER, ROTATED, EVENTS_TOKEN], {**os.environ, "B24DESK_HOME": str(home)})
    paths = app_paths()
    scan.roots = [*paths.all(), keyring_session.root]
    scan.skip = [keyring_session.root / "data" / "keyrings", keyring_session.root / "home" / ".local"]

    # Add (argv and stdin), use by name, test connection (success).
    scan.run("webhooks", "add", "Sales", hook_url(portal) + "crm.lead.list.json?select[]=ID")
    scan.run("webhooks", "add", "Support", "-", stdin=hook_url(portal))
    scan.run("url", "--webhook", "Sales", "crm.lead.add", f"fields[COMMENTS]={MARKER}")
    scan.run("webhooks", "test", "Sales")

    # Calls with and without errors, the secret pasted into parameters by mistake (in the process).
    storage = AppStorage(paths, KeyringSecrets(secret_service))
    now = datetime.now(UTC)
    pasted = {"fields": {"TITLE": MARKER, "COMMENTS": hook_url(portal)}, "select": [MARKER]}
    storage.record_call("Sales", CallRecord("crm.lead.add", pasted, 200, None, 42.0, now))
    storage.record_call("Sales", CallRecord("crm.lead.add", pasted, 400, f"ERROR_{MARKER}", 7.0, now))
    storage.record_call("Sales", CallRecord("crm.lead.get", {"id": 1}, None, "NETWORK_ERROR", 1.0, now))
    storage.webhooks.duplicate("Sales", "Sales copy")
    storage.webhooks.rename("Sales copy", "Sales backup")
    storage.set_history_limit(100)

    # The portal regenerates the secret: the test fails, the user rotates, the test passes again.
    portal.core.webhooks.remove(1, MARKER)
    portal.add_webhook(1, ROTATED, ("crm", "user"))
    scan.run("webhooks", "test", "Sales", expect=1)
    scan.run("webhooks", "rotate", "Sales", hook_url(portal, ROTATED) + "profile.json")
    scan.run("webhooks", "rotate", "Support", "-", stdin=ROTATED)
    scan.run("webhooks", "test", "Sales")
    storage.record_call("Sales", CallRecord("crm.lead.add", {"old": MARKER, "new": ROTATED}, 200, None, 3.0, now))

    # Export the call as code (no secret by default), and call through the saved name.
    for lang in sorted(LANGUAGES):
        scan.run("snippet", "--lang", lang, "--webhook", "Sales", "crm.lead.add", "fields[TITLE]=x", "--all-pages")
    scan.run("call", "--webhook", "Sales", "profile")
    scan.run("call", "--webhook", "Sales", "profile", "--get")

    # The secret pasted into notes, a parameter of a saved request and of saved code (all masked).
    scan.run("webhooks", "notes", "Sales", f"old URL {hook_url(portal)} key {MARKER}")
    scan.run("webhooks", "add", "Noted", hook_url(portal, ROTATED), "--notes", f"secret is {ROTATED}")
    files = tmp_path / "saved"
    files.mkdir()
    scan.roots.append(files)
    save_request(
        files / "request.json", ApiRequest("crm.lead.add", {"fields": {"COMMENTS": hook_url(portal, ROTATED)}})
    )
    code = scan.run("snippet", "--lang", "php", "--webhook", "Sales", "crm.lead.add", f"fields[COMMENTS]={ROTATED}")
    (files / "code.php").write_text(code, encoding="utf-8")

    # Received events: a malformed body and a token sent as a list, saved as JSON lines.
    token = Secret(EVENTS_TOKEN)
    bodies = [
        b"\xff auth[application_token]=" + EVENTS_TOKEN.encode(),
        f"event=X&auth[application_token][]={EVENTS_TOKEN}".encode(),
    ]
    lines = [
        to_json_line(read_event(body=b, content_type="application/x-www-form-urlencoded", expected_token=None))
        for b in bodies
    ]
    lines.append(to_json_line(read_event(body=bodies[1], content_type="", expected_token=token)))
    (files / "events.jsonl").write_text("\n".join(lines), encoding="utf-8")

    # Answers that echo a secret in every form, printed raw.
    with running_hostile_server() as hostile:
        scan.secrets.append(HOSTILE_SECRET)
        for shape in ("echo", "echo_escaped"):
            scan.run("call", "--webhook", hostile.webhook_url, shape, "--raw")
        scan.run("call", "--webhook", hostile.webhook_url, "echo_error", "--raw", expect=1)

    # The workbench: import a pasted cURL command and a call URL into a collection, run it through a pasted
    # webhook and a saved name, search the history, reopen a call, export the collection for Postman.
    collection = tmp_path / "collection"
    scan.roots.append(collection)
    command = f"curl -X POST '{hook_url(portal, ROTATED)}crm.lead.add.json' -d 'fields[TITLE]={ROTATED}'"
    scan.run("import", "curl", command, "--into", str(collection), "--name", "add")
    scan.run("import", "curl", hook_url(portal, ROTATED) + "crm.lead.get.json?id=1", "--into", str(collection))
    scan.run("run", str(collection), "--webhook", hook_url(portal, ROTATED))
    scan.run("run", str(collection), "--webhook", "Sales", "--json")
    found = scan.run("history", "--method", "crm.lead", "--json")
    scan.run("history", "--show", found.split('"id": ', 1)[1].split(",", 1)[0])
    scan.run("export", "postman", str(collection))

    # View everything.
    for args in (("list",), ("list", "--json"), ("history", "Sales"), ("history", "Sales", "--json")):
        scan.run("webhooks", *args)
    scan.run("webhooks", "stats", "Sales", "--json")
    scan.run("webhooks", "remove", "Sales backup")
    scan.outputs.append(("this test's captured output", "".join(capsys.readouterr())))

    # The secrets are where they belong (so the scan is not vacuous) ...
    assert storage.webhooks.secret("Sales").reveal() == ROTATED
    assert secret_service.get_password(SERVICE, storage.webhooks.find("Support").id) == ROTATED
    names = {p.name for p in scan.scanned_files()}
    assert {"settings.json", "history.sqlite3"} <= names
    assert len(storage.history_of("Sales")) >= 8
    # ... and nowhere else.
    assert scan.hits() == []
