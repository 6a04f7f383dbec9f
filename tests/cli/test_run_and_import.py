"""`b24desk run`, `import`, `export` and `history` as a user runs them, against the sandbox over loopback."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

from b24desk.core.collection import Collection
from b24desk.core.environment import Environment, save_environment
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.core.secret import Secret
from b24desk.sandbox import SandboxPortal
from tests.cli.test_webhook_commands import env, run

TOKEN = "env-t0ken-5ecret-value"
__all__ = ["env"]  # the keyring user's environment, a fixture shared with the webhook commands' tests


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
    done = run(env, "run", str(tmp_path / "crm"), "--webhook", sandbox.webhook_url, "--env", "test")
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
        run(env, "run", str(tmp_path / "crm"), "--webhook", sandbox.webhook_url, "--env", "test", "--json").stdout
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
    done = run(env, "run", str(tmp_path / "crm"), "--webhook", sandbox.webhook_url)
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
        ".",
        "add",
        SavedRequest(ApiRequest("crm.lead.add", {"fields": {"TITLE": "t", "COMMENTS": "{{token}}"}}), "{{hook}}"),
    )
    save_environment(root, Environment("live").with_secret("token").with_secret("hook"))
    secrets = AppStorage.open({"B24DESK_HOME": env["B24DESK_HOME"]}, secret_service).environment_secrets
    secrets.set(root, "live", "token", Secret(TOKEN))
    secrets.set(root, "live", "hook", Secret(sandbox.webhook_url))  # the webhook choice is a variable too
    done = run(env, "run", str(root), "--env", "live")
    assert done.returncode == 0, done.stdout + done.stderr
    assert any(row.get("COMMENTS") == TOKEN for row in sandbox.store.table("lead").rows.values())
    shown = run(env, "history", "--json")
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
    printed = run(env, "import", "curl", command)
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout)["params"] == {"id": "3"}
    assert "webhooks add" in printed.stderr and sandbox.webhook_url not in printed.stdout + printed.stderr
    wrote = run(env, "import", "curl", "-", "--into", str(tmp_path / "c"), "--name", "third lead", stdin=command)
    assert wrote.returncode == 0, wrote.stderr
    assert (tmp_path / "c" / "third lead.b24.json").is_file()
    ran = run(env, "run", str(tmp_path / "c" / "third lead.b24.json"), "--webhook", sandbox.webhook_url)
    assert ran.returncode == 0 and ran.stdout.startswith("200 crm.lead.get")
    found = json.loads(run(env, "history", "--method", "lead.get", "--status", "200", "--json").stdout)
    assert [row["params"] for row in found] == [{"id": "3"}]
    shown = run(env, "history", "--show", str(found[0]["id"]))
    request, _, answer = shown.stdout.partition("}\n{")
    assert '"method": "crm.lead.get"' in request and json.loads("{" + answer)["result"]["ID"] == "3"
    assert json.loads(run(env, "history", "--failed", "--json").stdout) == []


def test_postman_export_and_import_through_the_cli(env: dict[str, str], tmp_path: Path) -> None:
    make_collection(tmp_path / "crm")
    exported = run(env, "export", "postman", str(tmp_path / "crm"), "--name", "CRM")
    assert exported.returncode == 0, exported.stderr
    (tmp_path / "crm.postman.json").write_text(exported.stdout)
    done = run(env, "import", "postman", str(tmp_path / "crm.postman.json"), "--into", str(tmp_path / "copy"))
    assert done.returncode == 0, done.stderr
    assert "set them in an environment): webhook, title, lead" in done.stderr
    source, copy = Collection(tmp_path / "crm"), Collection(tmp_path / "copy")
    assert [source.load(p) for p in source.request_files()] == [copy.load(p) for p in copy.request_files()]
    bad = run(env, "import", "postman", str(tmp_path / "missing.json"), "--into", str(tmp_path / "copy"))
    assert bad.returncode == 2 and "could not be read" in bad.stderr


def test_env_commands_keep_plain_values_in_the_folder_and_secret_ones_in_the_keyring(
    env: dict[str, str], tmp_path: Path
) -> None:
    root = tmp_path / "crm"
    make_collection(root)
    assert run(env, "env", "set", "live", "pipeline", "7", "--collection", str(root)).returncode == 0
    done = run(env, "env", "set", "live", "token", "-", "--secret", "--collection", str(root), stdin=TOKEN + "\n")
    assert done.returncode == 0, done.stderr
    listed = json.loads(run(env, "env", "list", "--json", "--collection", str(root)).stdout)
    assert listed["live"] == {"pipeline": "7", "token": Secret(TOKEN).masked()}  # read back from the keyring
    assert listed["test"] == {"lead": "2", "title": "From the run"}
    assert TOKEN not in (root / "environments" / "live.json").read_text()
    refused = run(
        env, "env", "set", "live", "hook", "https://x.bitrix24.com/rest/1/abcdefsecret12/", "--collection", str(root)
    )
    assert refused.returncode == 2 and "mark hook as secret" in refused.stderr
    assert run(env, "env", "unset", "live", "token", "--collection", str(root)).returncode == 0
    assert json.loads(run(env, "env", "list", "--json", "--collection", str(root)).stdout)["live"] == {"pipeline": "7"}
    missing = run(env, "env", "unset", "live", "token", "--collection", str(root))
    assert missing.returncode == 2 and "has no variable token" in missing.stderr
