"""Commands that call no portal load no network, server or Qt code: the set of modules each one imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

WEBHOOK = "https://example.bitrix24.ru/rest/1/abcdefabcdef1234/"
HEAVY = ("httpx", "httpcore", "anyio", "starlette", "uvicorn", "PySide6", "asyncio", "keyring")
HEAVY_OURS = ("b24desk.sandbox.server", "b24desk.core.client", "b24desk.receiver.server", "b24desk.ui.shell.app")
# dataclasses imports inspect (with ast, dis and tokenize): ~7 ms, a tenth of such a command; their records are
# core.value_record's (benchmarks/cli_start.py: these commands within 5x `python -c pass`)
SLOW_STANDARD = ("dataclasses", "inspect")

# Runs the CLI's main in a fresh interpreter and prints the names of every module it left loaded.
_PROBE = """
import json, sys
from b24desk.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stdout.flush()
print(json.dumps(sorted(name for name, module in sys.modules.items() if module is not None)), file=sys.stderr)
"""


def loaded_modules(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "args",
    [
        ("--version",),
        ("--help",),
        ("url", "--webhook", WEBHOOK, "crm.lead.list", "filter[>ID]=10"),
        ("parse", f"{WEBHOOK}crm.lead.list.json?select[]=ID"),
        ("snippet", "--webhook", WEBHOOK, "--lang", "python", "crm.lead.add", "fields[TITLE]=x"),
        ("handler-skeleton", "php"),
    ],
    ids=["version", "help", "url", "parse", "snippet", "handler-skeleton"],
)
def test_offline_commands_import_no_network_server_or_qt(args: tuple[str, ...]) -> None:
    loaded = loaded_modules(*args)
    assert "b24desk.cli" in loaded  # the probe did run the CLI
    heavy = {name for name in loaded if name.split(".")[0] in HEAVY or name in HEAVY_OURS}
    assert heavy == set()
    assert set(SLOW_STANDARD) & loaded == set()


def test_the_chosen_command_still_gets_its_module() -> None:
    loaded = loaded_modules("sandbox", "--help")
    assert "b24desk.cli.sandbox_commands" in loaded
    assert "b24desk.cli.call_command" not in loaded  # the others are a line of help each


def _snippet_run(home: Path, *params: str) -> tuple[str, set[str]]:
    env = dict(os.environ, B24DESK_HOME=str(home))
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "snippet", "--lang", "curl", "crm.lead.add", *params],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    return done.stdout, set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_snippet_masks_saved_secrets_without_the_history(tmp_path: Path) -> None:
    """`snippet` reads the saved webhooks to mask their secrets; the history (sqlite3) stays unloaded."""
    from b24desk.core.webhook import parse_webhook_url
    from b24desk.storage.app_storage import AppStorage
    from b24desk.storage.paths import app_paths
    from b24desk.storage.secret_store import SessionSecrets

    # the secret stays in memory (no keyring here): saving writes its fingerprint, all the snippet reads
    storage = AppStorage(app_paths({"B24DESK_HOME": str(tmp_path)}), SessionSecrets())
    # b24desk-scan: allow (a made-up secret)
    storage.webhooks.add("Work", parse_webhook_url("https://work.bitrix24.ru/rest/7/qz81savedsecret4x/").webhook)
    code, loaded = _snippet_run(tmp_path, "fields[COMMENTS]=qz81savedsecret4x")
    assert "qz81savedsecret4x" not in code and "fields[COMMENTS]=qz*" in code  # the pasted secret is masked
    assert "b24desk.storage.saved_fingerprints" in loaded  # the masking path did read the settings
    # only the salt and fingerprints: not pathlib, the webhook store, its entries or the keyring's backends
    store = {"b24desk.storage.app_storage", "b24desk.storage.webhook_store", "b24desk.storage.secret_store"}
    assert {"pathlib", *store} & loaded == set()
    # (uuid is not checked: orjson, which the snippet's JSON needs, imports it itself)
    assert {"sqlite3", "b24desk.storage.history", "b24desk.storage.environment_secrets"} & loaded == set()
    assert set(SLOW_STANDARD) & loaded == set()  # the saved secrets' masker is no dataclass either


def test_snippet_sets_a_corrupt_settings_file_aside_and_says_so(tmp_path: Path) -> None:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text("{not json")
    env = dict(os.environ, B24DESK_HOME=str(tmp_path))
    args = ("snippet", "--lang", "curl", "crm.lead.add", "fields[TITLE]=x")
    done = subprocess.run([sys.executable, "-m", "b24desk", *args], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and "crm.lead.add" in done.stdout
    assert not settings.exists() and list(settings.parent.glob("settings.json.corrupt-*"))  # kept aside, not lost
    assert "settings.json" in done.stderr  # and the user is told


def test_snippet_with_nothing_saved_loads_no_storage(tmp_path: Path) -> None:
    """No settings file: no saved secret to mask, so the storage and its webhook store are not loaded."""
    code, loaded = _snippet_run(tmp_path, "fields[TITLE]=x")
    assert "crm.lead.add" in code
    assert {"b24desk.storage.app_storage", "b24desk.storage.webhook_store", "orjson", "pathlib"} & loaded == set()
