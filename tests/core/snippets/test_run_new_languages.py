"""The snippets of the docs' other tabs run unchanged against the sandbox and print what the core client gets.

Node (fetch) on Debian's nodejs, Node with the official @bitrix24/b24jssdk (npm, tests/node), Python with
the official b24pysdk (PyPI), Go built by `go run` with the standard library only, and cURL posting
JSON in bash. The two SDKs refuse plain-http webhooks, so they reach the sandbox through a real TLS
front with a certificate made for the test (tests/tls_front.py). Each language runs a get, a filtered
list, a batch whose second command reads the first's result, and every page of a list.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from b24desk.core.snippets import FILE_SUFFIX, SnippetOptions, generate
from b24desk.sandbox import SandboxPortal
from tests.core.snippets.runtimes import (
    REQUESTS,
    assert_snippets_print_what_the_client_gets,
    command,
    go_environment,
    link_node_modules,
)
from tests.tls_front import TlsFront, tls_front

NEW_LANGUAGES = ["node", "node-b24jssdk", "python-b24pysdk", "go", "curl-json"]
SDKS = {"node-b24jssdk", "python-b24pysdk"}


@pytest.fixture(scope="module")
def front(reading_sandbox: SandboxPortal, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsFront]:
    """An https front for the module's sandbox."""
    with tls_front(_port(reading_sandbox), tmp_path_factory.mktemp("tls")) as running:
        yield running


def _port(portal: SandboxPortal) -> int:
    return int(portal.base_url.rsplit(":", 1)[1])


def _environment(language: str, url: str, front: TlsFront, folder: Path) -> dict[str, str]:
    env = dict(os.environ, B24_WEBHOOK_URL=url)
    if language in SDKS:
        env.update(REQUESTS_CA_BUNDLE=str(front.cert_file), NODE_EXTRA_CA_CERTS=str(front.cert_file))
    if language == "go":
        env.update(go_environment(folder.parent / "go"))
    return env


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_new_snippets_print_what_the_client_gets(
    language: str, reading_sandbox: SandboxPortal, front: TlsFront, tmp_path: Path
) -> None:
    url = front.https(reading_sandbox.webhook_url) if language in SDKS else reading_sandbox.webhook_url
    if language.startswith("node"):
        link_node_modules(tmp_path)
    env = _environment(language, url, front, tmp_path)
    assert_snippets_print_what_the_client_gets(language, reading_sandbox.webhook_url, env, tmp_path)


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_a_portal_error_ends_the_snippet_with_its_code(
    language: str, reading_sandbox: SandboxPortal, front: TlsFront, tmp_path: Path
) -> None:
    """A wrong secret: exit status 1 and the portal's error code on stderr, nothing on stdout."""
    good = front.https(reading_sandbox.webhook_url) if language in SDKS else reading_sandbox.webhook_url
    url = good.rstrip("/").rsplit("/", 1)[0] + "/wrongsecret0000/"
    if language.startswith("node"):
        link_node_modules(tmp_path)
    path = tmp_path / f"error{FILE_SUFFIX[language]}"
    path.write_text(generate(language, REQUESTS[0], None, SnippetOptions()), encoding="utf-8")
    env = _environment(language, url, front, tmp_path)
    done = subprocess.run(
        command(language, path), capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path, check=False
    )
    assert done.returncode != 0
    assert "INVALID_CREDENTIALS" in done.stderr + done.stdout
    assert "wrongsecret0000" not in done.stderr + done.stdout
