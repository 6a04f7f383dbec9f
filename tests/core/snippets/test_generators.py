"""Every generator gives valid code (php -l, Python compile, bash -n) with and without its options."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from b24desk.core.request import ApiRequest
from b24desk.core.snippets import LANGUAGES, SnippetOptions, generate
from b24desk.core.webhook import parse_webhook_url
from tests.core.snippets.runtimes import need

SECRET = "k3x9q2w8e7r6t5y4"
WEBHOOK = parse_webhook_url(f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/").webhook
REQUESTS = [
    ApiRequest(
        "crm.lead.list",
        {
            "filter": {">=ID": 10, "%TITLE": 'O\'Brien \\ $x {y} <?php ?> """'},
            "select": ["ID", "TITLE"],
            "order": {"ID": "ASC"},
        },
    ),
    ApiRequest(
        "crm.lead.add",
        {
            "fields": {
                "TITLE": "Ёлка\nновая",
                "OPPORTUNITY": 1500.5,
                "OPENED": True,
                "PHONE": [{"VALUE": "+7 495", "VALUE_TYPE": "WORK"}],
            }
        },
    ),
    ApiRequest("tasks.task.list", {"select": ["ID", "TITLE"]}),
    ApiRequest(
        "batch", {"halt": 0, "cmd": {"u": "user.current", "d": "department.get?ID=$result[u][UF_DEPARTMENT][0]"}}
    ),
    ApiRequest("profile", {}),
]
OPTIONS = [SnippetOptions(), SnippetOptions(all_pages=True), SnippetOptions(embed_secret=True)]


def _check(language: str, code: str, tmp_path: Path) -> None:
    if language.startswith("php"):
        path = tmp_path / "snippet.php"
        path.write_text(code, encoding="utf-8")
        php = shutil.which("php")
        assert php, "php is installed by make setup"
        done = subprocess.run([php, "-l", str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
    elif language.startswith("python"):
        compile(code, "snippet.py", "exec")
    elif language.startswith("node"):
        path = tmp_path / "snippet.mjs"
        path.write_text(code, encoding="utf-8")
        done = subprocess.run([need("node"), "--check", str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
    elif language == "go":  # gofmt parses the file (go vet would build it: the run tests do that)
        done = subprocess.run([need("gofmt"), "-e", "-l"], input=code, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
    else:
        done = subprocess.run(["bash", "-n"], input=code, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr


@pytest.mark.php
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_snippets_are_valid_code(language: str, tmp_path: Path) -> None:
    for request in REQUESTS:
        for options in OPTIONS:
            _check(language, generate(language, request, WEBHOOK, options), tmp_path)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_default_snippets_hold_no_secret_and_name_the_variable(language: str) -> None:
    for request in REQUESTS:
        code = generate(language, request, WEBHOOK, SnippetOptions(all_pages=True))
        assert SECRET not in code
        assert "B24_WEBHOOK_URL" in code


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_embedding_the_secret_is_explicit_and_warned(language: str) -> None:
    code = generate(language, REQUESTS[0], WEBHOOK, SnippetOptions(embed_secret=True))
    assert SECRET in code
    assert "WARNING" in code and "blocks a webhook" in code


def test_curl_keeps_keys_with_equals_and_percent_exact() -> None:
    code = generate("curl", REQUESTS[0], None, SnippetOptions())
    assert "--data 'filter%5B%3E%3DID%5D=10'" in code
    assert "--data 'filter%5B%25TITLE%5D=" in code
    assert "--data-urlencode 'select[0]=ID'" in code
