"""Every exported snippet runs unchanged against the sandbox portal and prints what the core client gets.

PHP runs on the real php-cli (curl extension), Python snippets on the project's interpreter (requests
and httpx), the cURL one in bash with curl and jq. The CRest snippet runs against a small stand-in
for Bitrix24's crest.php written for this test (below): it is not the real class, which is not
available here, but it does what the real one does for a webhook (POST http_build_query, decode JSON).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from b24desk.core.client import B24Client
from b24desk.core.request import ApiRequest
from b24desk.core.snippets import FILE_SUFFIX, SnippetOptions, generate
from b24desk.core.webhook import parse_webhook_url
from b24desk.sandbox import SandboxPortal

CREST_STAND_IN = r"""<?php
// Test stand-in for crest.php (NOT Bitrix24's class): webhook mode only, as CRest::call behaves.
class CRest
{
    public static function call($method, $params = [])
    {
        $curl = curl_init(rtrim(C_REST_WEB_HOOK_URL, '/') . '/' . $method . '.json');
        curl_setopt_array($curl, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => http_build_query($params),
                                  CURLOPT_RETURNTRANSFER => true]);
        return json_decode(curl_exec($curl), true);
    }
}
"""

REQUESTS = [
    ApiRequest("crm.lead.get", {"id": 7}),
    ApiRequest(
        "crm.lead.list", {"filter": {">=ID": 3, "%TITLE": "#"}, "select": ["ID", "TITLE"], "order": {"ID": "ASC"}}
    ),
    ApiRequest(
        "batch", {"halt": 0, "cmd": {"first": "crm.lead.get?id=2", "same": "crm.lead.get?id=$result[first][ID]"}}
    ),
    ApiRequest("crm.lead.list", {"select": ["ID", "TITLE"]}),
]


def _command(language: str, path: Path) -> list[str]:
    if language.startswith("php"):
        php = shutil.which("php")
        assert php, "php is installed by make setup"
        return [php, str(path)]
    if language.startswith("python"):
        return [sys.executable, str(path)]
    return ["bash", str(path)]


async def _expected(url: str, request: ApiRequest, all_pages: bool) -> Any:
    async with B24Client(parse_webhook_url(url).webhook) as client:
        if not all_pages:
            return (await client.call(request.method, request.params)).result
        rows: list[Any] = []
        async for page in client.fetch_all(request.method, request.params):
            rows.extend(page.rows)
        return rows


def _timeless(value: Any) -> Any:
    """The answer without timing figures, which differ between any two calls."""
    if isinstance(value, dict):
        return {k: _timeless(v) for k, v in value.items() if k not in ("result_time", "time")}
    return value


@pytest.mark.php
@pytest.mark.parametrize("language", ["php", "php-crest", "python", "python-httpx", "curl"])
def test_snippets_print_what_the_client_gets(language: str, sandbox: SandboxPortal, tmp_path: Path) -> None:
    (tmp_path / "crest.php").write_text(CREST_STAND_IN, encoding="utf-8")
    env = dict(os.environ, B24_WEBHOOK_URL=sandbox.webhook_url)
    for number, request in enumerate(REQUESTS):
        all_pages = number == len(REQUESTS) - 1
        code = generate(language, request, None, SnippetOptions(all_pages=all_pages))
        path = tmp_path / f"snippet{number}{FILE_SUFFIX[language]}"
        path.write_text(code, encoding="utf-8")
        done = subprocess.run(
            _command(language, path), capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path, check=False
        )
        assert done.returncode == 0, done.stderr
        expected = _timeless(asyncio.run(_expected(sandbox.webhook_url, request, all_pages)))
        got = _timeless(json.loads(done.stdout))
        if all_pages:  # the snippet pages by `start`, the client by ID: the same rows, maybe in another order
            assert sorted(got, key=lambda r: int(r["ID"])) == sorted(expected, key=lambda r: int(r["ID"]))
        elif language == "curl":  # the terminal one prints the portal's whole answer
            assert got["result"] == expected
        else:
            assert got == expected
