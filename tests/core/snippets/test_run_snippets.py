"""Every exported snippet runs unchanged against the sandbox portal and prints what the core client gets.

PHP runs on the real php-cli (curl extension), Python snippets on the project's interpreter (requests
and httpx), the cURL one in bash with curl and jq. The CRest snippet runs against a small stand-in
for Bitrix24's crest.php written for this test (below): it is not the real class, which is not
available here, but it does what the real one does for a webhook (POST http_build_query, decode JSON).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from b24desk.sandbox import SandboxPortal
from tests.core.snippets.runtimes import assert_snippets_print_what_the_client_gets

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


@pytest.mark.php
@pytest.mark.parametrize("language", ["php", "php-crest", "python", "python-httpx", "curl"])
def test_snippets_print_what_the_client_gets(language: str, sandbox: SandboxPortal, tmp_path: Path) -> None:
    (tmp_path / "crest.php").write_text(CREST_STAND_IN, encoding="utf-8")
    env = dict(os.environ, B24_WEBHOOK_URL=sandbox.webhook_url)
    assert_snippets_print_what_the_client_gets(language, sandbox.webhook_url, env, tmp_path)
