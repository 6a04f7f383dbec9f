"""`b24desk run`, `import`, `export` and `history` as a user runs them, against the sandbox over loopback."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from b24desk.core.collection import Collection
from b24desk.core.environment import Environment, save_environment
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.sandbox import SandboxPortal
from tests.keyring_session import KeyringSession

TOKEN = "env-t0ken-5ecret-value"


@pytest.fixture
def env(keyring_session: KeyringSession, b24desk_home: Path) -> dict[str, str]:
    """A user with a working keyring and a private b24desk folder."""
    return {
        **{k: v for k, v in os.environ.items() if k != "B24_WEBHOOK"},
        **keyring_session.env,
        "B24DESK_HOME": str(b24desk_home),
    }


def b24desk(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "b24desk", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        check=False,
    )


def make_collection(root: Path) -> Collection:
    collection = Collection.create(root)
    collection.new_request(".", "1 add", SavedRequest(ApiRequest("crm.lead.add", {"fields": {"TITLE": "{{title}}"}})))
    collection.new_folder(".", "reads")
    collection.new_request("reads", "2 get", SavedRequest(ApiRequest("crm.lead.get", {"id": "{{lead}}"}, "GET")))
    collection.new_request(
        "reads", "10 all", SavedRequest(ApiRequest("crm.lead.list", {"select": ["ID"]}, fetch_all=True))
    )
    save_environment(root, Environment("test").with_value("title", "From the run").with_value("lead", "2"))
    return collection


def test_run_runs_a_collection_in_order_with_an_environment(
    sandbox: SandboxPortal, env: dict[str, str], tmp_path: Path
) -> None:
    make_collection(tmp_path / "crm")
    done = b24desk(env, "run", str(tmp_path / "crm"), "--webhook", sandbox.webhook_url, "--env", "test")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[:2] for line in lines[:3]] == [
        ["200", "crm.lead.add"],
        ["200", "crm.lead.get"],
        ["200", "crm.lead.list"],
    ]
    assert lines[0].endswith("1 add.b24.json") and "ok" in lines[0]
    assert lines[3].startswith("3 requests, 0 failed")
    assert any(row["TITLE"] == "From the run" for row in sandbox.store.table("lead").rows.values())
    as_json = json.loads(
        b24desk(env, "run", str(tmp_path / "crm"), "--webhook", sandbox.webhook_url, "--env", "test", "--json").stdout
    )
    assert [row["method"] for row in as_json] == ["crm.lead.add", "crm.lead.get", "crm.lead.list"]
    assert as_json[2]["rows"] == len(sandbox.store.table("lead").rows) and not any(row["failed"] for row in as_json)


def test_run_exits_1_naming_undefined_variables_and_failed_calls(
    sandbox: SandboxPortal, env: dict[str, str], tmp_path: Path
) -> None:
    make_collection(tmp_path / "crm")
    Collection(tmp_path / "crm").new_request(
        ".", "3 missing", SavedRequest(ApiRequest("crm.lead.get", {"id": "999999"}))
    )
    before = len(sandbox.store.table("lead").rows)
    done = b24desk(env, "run", str(tmp_path / "crm"), "--webhook", sandbox.webhook_url)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert "{{title}}" in lines[0] and "1 add.b24.json" in lines[0]
    assert lines[1].split()[:2] == ["400", "crm.lead.get"] and "3 missing" in lines[1]
    assert "{{lead}}" in lines[2]
    assert len(sandbox.store.table("lead").rows) == before  # the request with an undefined variable was not sent
    assert "Traceback" not in done.stderr


def test_a_secret_environment_value_is_sent_but_never_written_anywhere(
    sandbox: SandboxPortal, env: dict[str, str], tmp_path: Path, secret_service: Any
) -> None:
    from b24desk.core.secret import Secret
    from b24desk.storage.app_storage import AppStorage

    root = tmp_path / "crm"
    collection = Collection.create(root)
    collection.new_request(
        ".", "add", SavedRequest(ApiRequest("crm.lead.add", {"fields": {"TITLE": "t", "COMMENTS": "{{token}}"}}))
    )
    save_environment(root, Environment("live").with_secret("token"))
    AppStorage.open({"B24DESK_HOME": env["B24DESK_HOME"]}, secret_service).environment_secrets.set(
        root, "live", "token", Secret(TOKEN)
    )
    done = b24desk(env, "run", str(root), "--webhook", sandbox.webhook_url, "--env", "live")
    assert done.returncode == 0, done.stdout + done.stderr
    assert any(row.get("COMMENTS") == TOKEN for row in sandbox.store.table("lead").rows.values())
    shown = b24desk(env, "history", "--json")
    assert json.loads(shown.stdout)[0]["params"]["fields"]["COMMENTS"] == Secret(TOKEN).masked()
    webhook_secret = sandbox.webhook_url.rstrip("/").rsplit("/", 1)[-1]
    for secret in (TOKEN, webhook_secret):
        forms = {
            secret,
            quote(secret),
            quote_plus(secret),
            json.dumps(secret)[1:-1],
            base64.b64encode(secret.encode()).decode(),
        }
        for folder in (root, Path(env["B24DESK_HOME"])):
            for path in folder.rglob("*"):
                if path.is_file():
                    data = path.read_bytes()
                    assert not any(form.encode() in data for form in forms), (path, secret)
        assert secret not in done.stdout + done.stderr + shown.stdout


def test_import_curl_into_a_folder_then_run_it_and_find_it_in_history(
    sandbox: SandboxPortal, env: dict[str, str], tmp_path: Path
) -> None:
    command = f"curl -sS '{sandbox.webhook_url}crm.lead.get.json?id=3'"
    printed = b24desk(env, "import", "curl", command)
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout)["params"] == {"id": "3"}
    assert "webhooks add" in printed.stderr and sandbox.webhook_url not in printed.stdout + printed.stderr
    wrote = b24desk(env, "import", "curl", "-", "--into", str(tmp_path / "c"), "--name", "third lead", stdin=command)
    assert wrote.returncode == 0, wrote.stderr
    assert (tmp_path / "c" / "third lead.b24.json").is_file()
    run = b24desk(env, "run", str(tmp_path / "c" / "third lead.b24.json"), "--webhook", sandbox.webhook_url)
    assert run.returncode == 0 and run.stdout.startswith("200 crm.lead.get")
    found = json.loads(b24desk(env, "history", "--method", "lead.get", "--status", "200", "--json").stdout)
    assert [row["params"] for row in found] == [{"id": "3"}]
    shown = b24desk(env, "history", "--show", str(found[0]["id"]))
    request, _, answer = shown.stdout.partition("}\n{")
    assert '"method": "crm.lead.get"' in request and json.loads("{" + answer)["result"]["ID"] == "3"
    assert json.loads(b24desk(env, "history", "--failed", "--json").stdout) == []


def test_postman_export_and_import_through_the_cli(env: dict[str, str], tmp_path: Path) -> None:
    make_collection(tmp_path / "crm")
    exported = b24desk(env, "export", "postman", str(tmp_path / "crm"), "--name", "CRM")
    assert exported.returncode == 0, exported.stderr
    (tmp_path / "crm.postman.json").write_text(exported.stdout)
    done = b24desk(env, "import", "postman", str(tmp_path / "crm.postman.json"), "--into", str(tmp_path / "copy"))
    assert done.returncode == 0, done.stderr
    assert "set them in an environment): webhook, title, lead" in done.stderr
    source, copy = Collection(tmp_path / "crm"), Collection(tmp_path / "copy")
    assert [source.load(p) for p in source.request_files()] == [copy.load(p) for p in copy.request_files()]
    bad = b24desk(env, "import", "postman", str(tmp_path / "missing.json"), "--into", str(tmp_path / "copy"))
    assert bad.returncode == 2 and "could not be read" in bad.stderr
