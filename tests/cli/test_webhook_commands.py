"""`b24desk webhooks ...` and `--webhook NAME`, as real subprocesses on the private real keyring."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from b24desk.cli.url_commands import webhook_from_args
from b24desk.core.errors import WebhookURLError
from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from b24desk.storage.app_storage import AppStorage
from tests.keyring_session import KeyringSession

SECRET = "k3x9q2w8e7r6t5y4"
NEW_SECRET = "n3w5ecr3tv4lue77"


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    """The sandbox portal, with a webhook of user 1 holding SECRET and the scopes crm and user."""
    with run_in_thread(SandboxConfig(seed=5, rate=1000.0, burst=10_000)) as running:
        running.add_webhook(1, SECRET, ("crm", "user"))
        yield running


def hook_url(portal: SandboxPortal, secret: str = SECRET, user_id: int = 1) -> str:
    return f"{portal.base_url}/rest/{user_id}/{secret}/"


@pytest.fixture
def env(keyring_session: KeyringSession, b24desk_home: Path) -> dict[str, str]:
    """The environment of a user with a working keyring and a private b24desk folder."""
    return {
        **{k: v for k, v in os.environ.items() if k != "B24_WEBHOOK"},
        **keyring_session.env,
        "B24DESK_HOME": str(b24desk_home),
    }


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `b24desk ARGS` like a user would."""
    return subprocess.run(
        [sys.executable, "-m", "b24desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def ok(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    """Run a command that must succeed and never show the secrets; return its stdout."""
    done = run(env, *args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    for secret in (SECRET, NEW_SECRET):
        assert secret not in done.stdout + done.stderr
    return done.stdout


def test_add_list_use_rename_test_rotate_history_stats_remove(env: dict[str, str], portal: SandboxPortal) -> None:
    out = ok(env, "webhooks", "add", "Sales", "-", "--notes", "main", stdin=hook_url(portal) + "profile.json\n")
    assert "Saved webhook 'Sales'" in out and "SecretService" in out
    listed = json.loads(ok(env, "webhooks", "list", "--json"))
    assert [(w["name"], w["user_id"], w["notes"]) for w in listed] == [("Sales", 1, "main")]
    assert listed[0]["url"] == f"{portal.base_url}/rest/1/k3************y4/"
    assert "Sales  " in ok(env, "webhooks", "list")

    assert (
        ok(env, "url", "--webhook", "Sales", "profile").strip()
        == f"{portal.base_url}/rest/1/k3************y4/profile.json"
    )
    revealed = run(env, "url", "profile", "--reveal", "--webhook", "sales")
    assert revealed.stdout.strip() == f"{portal.base_url}/rest/1/{SECRET}/profile.json"
    assert run({**env, "B24_WEBHOOK": "Sales"}, "url", "profile").returncode == 0
    parsed = json.loads(ok(env, "parse", "Sales"))
    assert (parsed["portal"], parsed["user_id"], parsed["secret"]) == (portal.base_url, 1, "k3************y4")

    assert "Renamed webhook 'Sales' to 'CRM'" in ok(env, "webhooks", "rename", "Sales", "CRM")
    out = ok(env, "webhooks", "test", "CRM")
    user = portal.store.get("user", 1)
    assert user is not None
    assert "Connection OK" in out and f"({user['NAME']} {user['LAST_NAME']})" in out and "Scopes: crm, user" in out
    assert json.loads(ok(env, "webhooks", "list", "--json"))[0]["scopes"] == ["crm", "user"]

    portal.core.webhooks.remove(1, SECRET)  # the admin regenerated the secret on the portal
    portal.add_webhook(1, NEW_SECRET, ("crm", "user"))
    failed = run(env, "webhooks", "test", "CRM")
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert f"Test connection of 'CRM' ({portal.base_url}) failed:" in failed.stderr
    assert "The portal refused this webhook [INVALID_CREDENTIALS]" in failed.stderr
    assert "b24desk webhooks rotate 'CRM' NEW_URL" in failed.stderr
    out = ok(env, "webhooks", "rotate", "CRM", "-", stdin=NEW_SECRET + "\n")
    assert "updated" in out and "user" not in out.split("updated")[1]
    assert "Connection OK" in ok(env, "webhooks", "test", "CRM")
    out = ok(env, "webhooks", "rotate", "CRM", hook_url(portal, NEW_SECRET, user_id=9))
    assert "belongs to user 9 (it was user 1)" in out

    history = json.loads(ok(env, "webhooks", "history", "CRM", "--json"))
    assert [(h["method"], h["http_status"], h["error"]) for h in history] == [
        ("scope", 200, None),
        ("profile", 200, None),
        ("profile", 401, "INVALID_CREDENTIALS"),
        ("scope", 200, None),
        ("profile", 200, None),
    ]
    assert "INVALID_CREDENTIALS" in ok(env, "webhooks", "history", "CRM")
    stats = json.loads(ok(env, "webhooks", "stats", "CRM", "--json"))
    assert (stats["requests"], stats["errors"], len(stats["days"])) == (5, 1, 14)
    assert stats["methods"][0]["method"] == "profile"
    assert "Busiest methods" in ok(env, "webhooks", "stats", "CRM")
    assert "5 requests" in ok(env, "webhooks", "history", "CRM", "--clear")

    assert "Removed webhook 'CRM'" in ok(env, "webhooks", "remove", "crm")
    assert "No saved webhooks yet" in ok(env, "webhooks", "list")


def test_failed_tests_name_the_webhook_and_explain_the_failure(env: dict[str, str], portal: SandboxPortal) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/rest/1/{SECRET}/"
    ok(env, "webhooks", "add", "Down", closed)
    ok(env, "webhooks", "add", "Site", hook_url(portal))
    portal.faults.html_page(method="profile")
    for name, needle in (
        ("Down", "The portal could not be reached [NetworkError]"),
        ("Site", "The answer is not a Bitrix24 answer [ResponseFormatError]"),
    ):
        failed = run(env, "webhooks", "test", name, "--timeout", "5")
        assert failed.returncode == 1 and "Traceback" not in failed.stderr
        assert f"Test connection of {name!r}" in failed.stderr and needle in failed.stderr
        assert SECRET not in failed.stdout + failed.stderr and "rotate" not in failed.stderr
    history = json.loads(ok(env, "webhooks", "history", "Down", "--json"))
    assert [(h["method"], h["http_status"], h["error"]) for h in history] == [("profile", None, "NetworkError")]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("webhooks", "remove", "Nope"), "No saved webhook is named 'Nope'"),
        (("webhooks", "rename", "Nope", "X"), "No saved webhook is named 'Nope'"),
        (("webhooks", "add", "Sales", "not a url"), "/rest/USER_ID/SECRET/"),
        (("webhooks", "add", "Sales", "https://x.bitrix24.com/rest/1/abc/"), "already named 'Sales'"),
        (("webhooks", "add", "", "https://x.bitrix24.com/rest/1/abc/"), "needs a name"),
        (("webhooks", "rotate", "Sales", "two words"), "bare secret"),
        (("webhooks", "frob"), "invalid choice"),
        (("webhooks",), "required"),
        (("url", "--webhook", "Nope", "profile"), "Nor is it a webhook URL"),
    ],
)
def test_bad_input_exits_2_without_traceback(env: dict[str, str], args: tuple[str, ...], needle: str) -> None:
    ok(env, "webhooks", "add", "Sales", f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/")
    done = run(env, *args)
    assert done.returncode == 2, done.stderr
    assert needle in done.stderr and "Traceback" not in done.stderr
    assert SECRET not in done.stdout + done.stderr


def test_without_a_keyring_the_cli_says_which_backend_failed_and_saves_nothing(
    env: dict[str, str], b24desk_home: Path
) -> None:
    broken = {**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = run(broken, "webhooks", "add", "Sales", f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/")
    assert done.returncode == 1
    assert "fail Keyring" in done.stderr and "GNOME Keyring" in done.stderr and "Traceback" not in done.stderr
    assert SECRET not in done.stdout + done.stderr
    assert "No saved webhooks yet" in ok(broken, "webhooks", "list")
    ok(env, "webhooks", "add", "Sales", f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/")
    listed = run(broken, "webhooks", "list")  # entries are listed, the secret reported unreadable
    assert listed.returncode == 1 and "Sales" in listed.stdout and "fail Keyring" in listed.stderr
    used = run(broken, "url", "--webhook", "Sales", "profile")
    assert used.returncode == 1 and "fail Keyring" in used.stderr


def test_a_corrupt_settings_file_is_reported_and_the_cli_goes_on(env: dict[str, str], b24desk_home: Path) -> None:
    (b24desk_home / "config").mkdir(parents=True)
    (b24desk_home / "config" / "settings.json").write_text("{broken", encoding="utf-8")
    done = run(env, "webhooks", "list")
    assert done.returncode == 0 and "No saved webhooks yet" in done.stdout
    assert "settings.json.corrupt-" in done.stderr


def test_webhook_from_args_gives_commands_that_parse_text_a_saved_webhooks_url(
    secret_service: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`call` and `snippet` parse `webhook_from_args(...)` themselves: names work for them too."""
    url = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/"
    AppStorage.open(keyring_backend=secret_service).webhooks.add_url("Sales", url)
    assert webhook_from_args("Sales") == url
    assert webhook_from_args(f" {url}crm.lead.list.json?select[]=ID ") == f"{url}crm.lead.list.json?select[]=ID"
    monkeypatch.setenv("B24_WEBHOOK", "Sales")
    assert webhook_from_args(None) == url
    monkeypatch.delenv("B24_WEBHOOK")
    with pytest.raises(WebhookURLError, match="No webhook given"):
        webhook_from_args(None)


def test_test_exits_0_and_reports_a_damaged_history_it_replaced(
    env: dict[str, str], portal: SandboxPortal, b24desk_home: Path
) -> None:
    ok(env, "webhooks", "add", "CRM", hook_url(portal))
    history = next(b24desk_home.rglob("history.sqlite3"), None) or b24desk_home / "data" / "history.sqlite3"
    history.parent.mkdir(parents=True, exist_ok=True)
    history.write_bytes(b"this is not a database " * 100)
    done = run(env, "webhooks", "test", "CRM")
    assert done.returncode == 0, done.stderr  # both calls succeeded: a damaged history is no failure
    assert "Connection OK" in done.stdout and "was damaged" in done.stderr
    assert "profile" in ok(env, "webhooks", "history", "CRM")
