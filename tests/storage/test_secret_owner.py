"""A found secret that belongs to a saved webhook is named, current or earlier, by fingerprints alone.

The store is on the real private keyring (tests/conftest.py); `b24desk scan` then runs as a
subprocess over the same app folder and names the webhook without reading the keyring.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from b24desk.core.leak_scan import SecretOwner
from b24desk.core.secret import Secret
from b24desk.core.webhook import parse_webhook_url
from b24desk.storage.paths import AppPaths
from b24desk.storage.secret_owner import owner_lookup
from b24desk.storage.webhook_store import WebhookStore

OLD = "h5j3k8l2m9n4p6q1"
NEW = "r4t8y2u6i9o3p7a1"
PORTAL = "https://b24-owner.bitrix24.com"


def _scan(paths: AppPaths, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, B24DESK_HOME=str(paths.config.parent))
    return subprocess.run(
        [sys.executable, "-m", "b24desk", "scan", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_lookup_tells_current_and_earlier_secrets_apart(store: WebhookStore) -> None:
    store.add("Sales", parse_webhook_url(f"{PORTAL}/rest/1/{OLD}/").webhook)
    assert owner_lookup(store)(Secret(OLD)) == SecretOwner("Sales", current=True)
    store.rotate("Sales", NEW)
    lookup = owner_lookup(store)
    assert lookup(Secret(NEW)) == SecretOwner("Sales", current=True)
    assert lookup(Secret(OLD)) == SecretOwner("Sales", current=False)
    assert lookup(Secret("w1e2r3t4y5u6i7o8")) is None


def test_scan_names_the_saved_webhook_and_the_rotate_flow(store: WebhookStore, paths: AppPaths, tmp_path: Path) -> None:
    store.add("Sales", parse_webhook_url(f"{PORTAL}/rest/1/{NEW}/").webhook)
    project = tmp_path / "project"
    project.mkdir()
    (project / "sync.py").write_text(f"URL = '{PORTAL}/rest/1/{NEW}/'\n", encoding="utf-8")
    done = _scan(paths, str(project))
    assert done.returncode == 1
    assert "sync.py:1: webhook URL with its secret" in done.stdout
    assert "the secret of saved webhook 'Sales'" in done.stdout
    assert "Developer resources > Integrations" in done.stdout and "b24desk webhooks rotate 'Sales'" in done.stdout
    assert NEW not in done.stdout + done.stderr

    as_json = json.loads(_scan(paths, str(project), "--json").stdout)
    assert as_json["findings"][0]["saved_webhook"] == {"name": "Sales", "current": True}
    assert NEW not in json.dumps(as_json)
