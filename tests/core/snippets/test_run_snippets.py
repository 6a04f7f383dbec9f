"""Every exported snippet runs unchanged against the sandbox portal and prints what the core client gets.

PHP runs on the real php-cli (curl extension), Python snippets on the project's interpreter (requests
and httpx), the cURL one in bash with curl and jq. The CRest snippet runs against a small stand-in
for Bitrix24's crest.php written for this test (below): it is not the real class, which is not
available here, but it does what the real one does for a webhook on every point the snippet depends on
(see its comment).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

import pytest

from b24desk.core.request import ApiRequest
from b24desk.core.snippets import SnippetOptions, generate
from b24desk.sandbox import SandboxPortal
from tests.core.snippets.runtimes import assert_snippets_print_what_the_client_gets, command

CREST_STAND_IN = r"""<?php
// Test stand-in for crest.php (NOT Bitrix24's class, which is not available here). It behaves as CRest 1.33
// does on every point the snippet depends on: it loads settings.php; its constants are read at call time;
// a webhook call is a GET of C_REST_WEB_HOOK_URL . METHOD . '.json?' . QUERY, the URL taken as it is (no
// slash added); each call is logged, URL and secret included, under logs/ unless C_REST_BLOCK_LOG is true;
// a curl failure comes as error + error_information; an answer that is not JSON comes back as null.
require_once __DIR__ . '/settings.php';

class CRest
{
    public static function call($method, $params = [])
    {
        if (!defined('C_REST_WEB_HOOK_URL') || empty(C_REST_WEB_HOOK_URL)) {
            return ['error' => 'no_install_app', 'error_information' => 'error install app'];
        }
        $url = C_REST_WEB_HOOK_URL . $method . '.json?' . http_build_query($params);
        $curl = curl_init($url);
        curl_setopt_array($curl, [CURLOPT_RETURNTRANSFER => true, CURLOPT_FOLLOWLOCATION => true]);
        $result = json_decode((string) curl_exec($curl), true);
        if (curl_errno($curl)) {
            $result['error'] = 'curl_error';
            $result['error_information'] = curl_error($curl);
        }
        if (!defined('C_REST_BLOCK_LOG') || C_REST_BLOCK_LOG !== true) {
            @mkdir(__DIR__ . '/logs/', 0775, true);
            file_put_contents(__DIR__ . '/logs/' . uniqid() . '_callCurl_log.json', json_encode(['url' => $url]));
        }
        return $result;
    }
}
"""
CREST_SETTINGS = "<?php\n// CRest's settings.php as shipped: every define commented out.\n"


@pytest.mark.php
@pytest.mark.parametrize("language", ["php", "php-crest", "python", "python-httpx", "curl"])
def test_snippets_print_what_the_client_gets(language: str, sandbox: SandboxPortal, tmp_path: Path) -> None:
    (tmp_path / "crest.php").write_text(CREST_STAND_IN, encoding="utf-8")
    (tmp_path / "settings.php").write_text(CREST_SETTINGS, encoding="utf-8")
    env = dict(os.environ, B24_WEBHOOK_URL=sandbox.webhook_url.rstrip("/"))  # as often pasted: no slash
    assert_snippets_print_what_the_client_gets(language, sandbox.webhook_url, env, tmp_path)


def _run_crest(tmp_path: Path, settings: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    (tmp_path / "crest.php").write_text(CREST_STAND_IN, encoding="utf-8")
    (tmp_path / "settings.php").write_text(settings, encoding="utf-8")
    path = tmp_path / "crest_snippet.php"
    path.write_text(generate("php-crest", ApiRequest("profile", {}), None, SnippetOptions()), encoding="utf-8")
    run_env = {k: v for k, v in os.environ.items() if k != "B24_WEBHOOK_URL"} | env
    return subprocess.run(
        command("php-crest", path), capture_output=True, text=True, env=run_env, timeout=60, cwd=tmp_path, check=False
    )


@pytest.mark.php
def test_crest_snippet_writes_no_logs_and_takes_a_url_from_settings(sandbox: SandboxPortal, tmp_path: Path) -> None:
    settings = f"<?php\ndefine('C_REST_WEB_HOOK_URL', '{sandbox.webhook_url}');\n"
    done = _run_crest(tmp_path, settings, {})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ID"] == "1"
    assert not (tmp_path / "logs").exists()  # CRest would have logged the URL, secret included


@pytest.mark.php
def test_crest_snippet_refuses_a_settings_url_without_the_slash(sandbox: SandboxPortal, tmp_path: Path) -> None:
    settings = f"<?php\ndefine('C_REST_WEB_HOOK_URL', '{sandbox.webhook_url.rstrip('/')}');\n"
    done = _run_crest(tmp_path, settings, {})
    assert done.returncode == 2 and "must end with /" in done.stderr


@pytest.mark.php
def test_crest_snippet_prints_crests_own_errors(tmp_path: Path) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    done = _run_crest(
        tmp_path, CREST_SETTINGS, {"B24_WEBHOOK_URL": f"http://127.0.0.1:{port}/rest/1/abcdefgh12345678/"}
    )
    assert done.returncode == 1
    error, _, detail = done.stderr.strip().partition(": ")
    assert error == "curl_error" and detail  # never an empty error
    missing = _run_crest(tmp_path, CREST_SETTINGS, {})
    assert missing.returncode == 2 and "Set B24_WEBHOOK_URL" in missing.stderr
