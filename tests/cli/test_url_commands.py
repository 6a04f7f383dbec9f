"""`b24desk url`, `b24desk parse`, --version and usage errors, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from b24desk import __version__

SECRET = "k3x9q2w8e7r6t5y4"
WEBHOOK = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/"


def b24desk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed console script's code path (`python -m b24desk`) like a user would."""
    full_env = {k: v for k, v in os.environ.items() if k != "B24_WEBHOOK"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "b24desk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        check=False,
    )


def test_url_prints_the_wire_url_with_the_secret_masked() -> None:
    done = b24desk(
        "url",
        "--webhook",
        WEBHOOK,
        "crm.lead.add",
        "fields[TITLE]=Acme Corp",
        "fields[PHONE][0][VALUE]=+49 30 1234",
        "select[]=ID",
    )
    assert done.returncode == 0, done.stderr
    url = done.stdout.strip()
    assert "\n" not in url
    assert url.startswith("https://b24-ab12cd.bitrix24.com/rest/1/k3")
    assert url.endswith(
        "/crm.lead.add.json?fields%5BTITLE%5D=Acme+Corp"
        "&fields%5BPHONE%5D%5B0%5D%5BVALUE%5D=%2B49+30+1234&select%5B0%5D=ID"
    )
    assert SECRET not in done.stdout + done.stderr


def test_url_reveal_and_environment_webhook() -> None:
    done = b24desk("url", "profile", "--reveal", env={"B24_WEBHOOK": WEBHOOK})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{WEBHOOK}profile.json"


def test_url_params_json_keeps_order_and_types_and_pairs_come_after() -> None:
    done = b24desk(
        "url",
        "--webhook",
        WEBHOOK,
        "crm.deal.list",
        "--params-json",
        '{"order": {"ID": "DESC"}, "filter": {">OPPORTUNITY": 1000.5, "CLOSED": false}}',
        "select[]=ID",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(
        "?order%5BID%5D=DESC&filter%5B%3EOPPORTUNITY%5D=1000.5&filter%5BCLOSED%5D=0&select%5B0%5D=ID"
    )


def test_parse_prints_json_with_masked_secret() -> None:
    done = b24desk("parse", f"{WEBHOOK}crm.lead.list.json?select[]=ID&filter[%3EID]=5")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["portal"] == "https://b24-ab12cd.bitrix24.com"
    assert data["user_id"] == 1
    assert data["method"] == "crm.lead.list"
    assert data["params"] == {"select": ["ID"], "filter": {">ID": "5"}}
    assert data["secret"] != SECRET and set(data["secret"]) - set(SECRET) == {"*"}
    revealed = json.loads(b24desk("parse", WEBHOOK, "--reveal").stdout)
    assert revealed["secret"] == SECRET
    assert revealed["method"] is None


def test_version() -> None:
    done = b24desk("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"b24desk {__version__}"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("url", "profile"), "B24_WEBHOOK"),
        (("url", "--webhook", "not a url", "profile"), "/rest/USER_ID/SECRET/"),
        (("url", "--webhook", WEBHOOK, "profile", "noequals"), "KEY=VALUE"),
        (("url", "--webhook", WEBHOOK, "profile", "--params-json", "{bad"), "not valid JSON"),
        (("url", "--webhook", WEBHOOK, "profile", "--params-json", "[1]"), "JSON object"),
        (("url", "--webhook", WEBHOOK, "crm lead"), "method name"),
        (("parse", f"https://x.bitrix24.com/rest/1/{SECRET}/bad method"), "method name"),
        (("frobnicate",), "invalid choice"),
        (("url",), "required"),
    ],
)
def test_bad_input_exits_2_with_a_short_message_and_no_traceback(args: tuple[str, ...], needle: str) -> None:
    done = b24desk(*args)
    assert done.returncode == 2
    assert needle in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2
    assert SECRET not in done.stderr


def test_keys_with_operators_keep_their_equals_sign() -> None:
    done = b24desk(
        "url", "--webhook", WEBHOOK, "crm.lead.list", "filter[>=ID]=5", "filter[=STATUS_ID]=NEW", "filter[!=TITLE]=a=b"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(
        "?filter%5B%3E%3DID%5D=5&filter%5B%3DSTATUS_ID%5D=NEW&filter%5B%21%3DTITLE%5D=a%3Db"
    )
