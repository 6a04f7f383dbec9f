"""`sandbox --https`: a local CA made once and kept, a certificate it signs, clients that trust it; and the
documented 400 INVALID_REQUEST "Https required" for plain HTTP where HTTPS is required (system-errors.md).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from b24desk.core.client import B24Client, ClientOptions
from b24desk.core.webhook import parse_webhook_url
from b24desk.sandbox import SandboxConfig, run_in_thread
from b24desk.sandbox.tls import ensure_certificate


def test_the_ca_is_made_once_and_kept(tmp_path: Path) -> None:
    first = ensure_certificate(tmp_path, ("127.0.0.1",))
    ca = first.ca_certificate.read_bytes()
    server = first.certificate.read_bytes()
    again = ensure_certificate(tmp_path, ("127.0.0.1",))
    assert again.ca_certificate.read_bytes() == ca and again.certificate.read_bytes() == server
    other_host = ensure_certificate(tmp_path, ("sandbox.example",))  # a new name: a new certificate, same CA
    assert other_host.ca_certificate.read_bytes() == ca and other_host.certificate.read_bytes() != server
    assert oct(first.private_key.stat().st_mode & 0o777) == "0o600"
    assert oct((tmp_path / "ca-key.pem").stat().st_mode & 0o777) == "0o600"


def test_https_portal_is_trusted_through_its_ca_only(tls_dir: Path) -> None:
    with run_in_thread(SandboxConfig(seed=10, tls_dir=tls_dir)) as portal:
        assert portal.webhook_url.startswith("https://127.0.0.1:") and portal.ca_file is not None
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            httpx.get(portal.webhook_url + "profile", timeout=10)  # the machine's CAs do not know it
        client = B24Client(
            parse_webhook_url(portal.webhook_url).webhook,
            ClientOptions(verify=str(portal.ca_file), rate=1000, burst=100),
        )

        async def call() -> object:
            try:
                return (await client.call("crm.lead.list", {"select": ["ID"]})).result
            finally:
                await client.aclose()

        rows = asyncio.run(call())
        assert isinstance(rows, list) and len(rows) == 10


def test_plain_http_where_https_is_required_is_the_documented_400() -> None:
    with run_in_thread(SandboxConfig(seed=0, require_https=True)) as portal:
        answer = httpx.get(portal.webhook_url + "profile", timeout=10)
        assert answer.status_code == 400
        assert answer.json() == {"error": "INVALID_REQUEST", "error_description": "Https required"}


def test_sandbox_command_prints_the_ca_and_call_trusts_it(tmp_path: Path) -> None:
    env = {**{k: v for k, v in os.environ.items() if k != "B24_WEBHOOK"}, "B24DESK_HOME": str(tmp_path / "home")}
    process = subprocess.Popen(
        [sys.executable, "-m", "b24desk", "sandbox", "--https", "--seed", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        url = process.stdout.readline().strip()
        assert url.startswith("https://127.0.0.1:")
        note = process.stderr.readline()
        ca_file = next(word for word in note.split() if word.endswith("ca.pem"))
        assert Path(ca_file).is_file() and str(tmp_path / "home") in ca_file  # in the app's data folder
        called = subprocess.run(
            [sys.executable, "-m", "b24desk", "call", "--webhook", url, "--ca-file", ca_file, "server.time"],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
        assert called.returncode == 0, called.stderr
        assert "+03:00" in called.stdout
    finally:
        process.terminate()
        process.communicate(timeout=20)
