"""The snippets of the docs' other tabs run unchanged against the sandbox and print what the core client gets.

Node (fetch) on Debian's nodejs, Node with the official @bitrix24/b24jssdk (npm, tests/node), Python with
the official b24pysdk (PyPI), Go built by `go run` with the standard library only, and cURL posting
JSON in bash. The two SDKs refuse plain-http webhooks, so they call a sandbox that serves HTTPS with its
own local CA (SandboxConfig.tls_dir), trusted through REQUESTS_CA_BUNDLE / NODE_EXTRA_CA_CERTS. Each
language runs a get, a filtered list, a batch whose second command reads the first's result, and
every page of a list.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from b24desk.core.request import ApiRequest
from b24desk.core.snippets import FILE_SUFFIX, LANGUAGES, SnippetOptions, generate
from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from tests.conftest import SANDBOX_SEED
from tests.core.snippets.runtimes import (
    REQUESTS,
    assert_snippets_print_what_the_client_gets,
    client_result,
    command,
    go_environment,
    link_node_modules,
)

NEW_LANGUAGES = ["node", "node-b24jssdk", "python-b24pysdk", "go", "curl-json"]
SDKS = {"node-b24jssdk", "python-b24pysdk"}


@pytest.fixture(scope="module")
def https_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxPortal]:
    """A sandbox serving HTTPS with its local CA, for the SDKs (read-only tests share it)."""
    config = SandboxConfig(seed=SANDBOX_SEED, rate=1000.0, burst=10_000, tls_dir=tmp_path_factory.mktemp("tls"))
    with run_in_thread(config) as portal:
        yield portal


def _portal(language: str, plain: SandboxPortal, https: SandboxPortal) -> SandboxPortal:
    return https if language in SDKS else plain


def _environment(language: str, url: str, portal: SandboxPortal, folder: Path) -> dict[str, str]:
    env = dict(os.environ, B24_WEBHOOK_URL=url)
    if portal.ca_file is not None:
        env.update(REQUESTS_CA_BUNDLE=str(portal.ca_file), NODE_EXTRA_CA_CERTS=str(portal.ca_file))
    if language == "go":
        env.update(go_environment(folder.parent / "go"))
    return env


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_new_snippets_print_what_the_client_gets(
    language: str, reading_sandbox: SandboxPortal, https_sandbox: SandboxPortal, tmp_path: Path
) -> None:
    portal = _portal(language, reading_sandbox, https_sandbox)
    if language.startswith("node"):
        link_node_modules(tmp_path)
    env = _environment(language, portal.webhook_url, portal, tmp_path)
    assert_snippets_print_what_the_client_gets(language, portal.webhook_url, env, tmp_path, portal.ca_file)


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_a_portal_error_ends_the_snippet_with_its_code(
    language: str, reading_sandbox: SandboxPortal, https_sandbox: SandboxPortal, tmp_path: Path
) -> None:
    """A wrong secret: a failing exit status and the portal's error code, never the secret."""
    portal = _portal(language, reading_sandbox, https_sandbox)
    url = portal.webhook_url.rstrip("/").rsplit("/", 1)[0] + "/wrongsecret0000/"
    if language.startswith("node"):
        link_node_modules(tmp_path)
    path = tmp_path / f"error{FILE_SUFFIX[language]}"
    path.write_text(generate(language, REQUESTS[0], None, SnippetOptions()), encoding="utf-8")
    env = _environment(language, url, portal, tmp_path)
    done = subprocess.run(
        command(language, path), capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path, check=False
    )
    assert done.returncode != 0
    assert "INVALID_CREDENTIALS" in done.stderr + done.stdout
    assert "wrongsecret0000" not in done.stderr + done.stdout


HOSTILE_TITLE = 'O\'Brien "x" \\ \\n $HOME ${y} {$z} `id` $(id) %s {{name}} <?php ?>\nЁлка 日本 😀\tend'


@pytest.mark.php
@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"php-crest"}))  # CRest: a stand-in, not real code
def test_hostile_text_reaches_the_portal_unchanged(language: str, tmp_path: Path) -> None:
    """crm.lead.add with a title full of quotes, backslashes, $, {}, a newline and Cyrillic: the portal keeps it."""
    tls = tmp_path / "tls" if language in SDKS else None
    with run_in_thread(SandboxConfig(seed=3, rate=1000.0, burst=10_000, tls_dir=tls)) as portal:
        if language.startswith("node"):
            link_node_modules(tmp_path)
        request = ApiRequest("crm.lead.add", {"fields": {"TITLE": HOSTILE_TITLE, "COMMENTS": "{}[]\\\"'"}})
        path = tmp_path / f"add{FILE_SUFFIX[language]}"
        path.write_text(generate(language, request, None, SnippetOptions()), encoding="utf-8")
        env = _environment(language, portal.webhook_url, portal, tmp_path)
        done = subprocess.run(
            command(language, path), capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path, check=False
        )
        assert done.returncode == 0, done.stderr
        answer = json.loads(done.stdout)
        lead_id = answer["result"] if language.startswith("curl") else answer
        lead = asyncio.run(
            client_result(portal.webhook_url, ApiRequest("crm.lead.get", {"id": lead_id}), False, portal.ca_file)
        )
        assert (lead["TITLE"], lead["COMMENTS"]) == (HOSTILE_TITLE, "{}[]\\\"'")
