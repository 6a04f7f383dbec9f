"""`b24desk sandbox` as a real process: the webhook URL comes first, the portal answers, SIGTERM stops it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

import httpx
import pytest


def test_sandbox_prints_the_webhook_url_first_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "b24desk", "sandbox", "--seed", "30", "--burst", "5", "--scopes", "crm"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "B24_WEBHOOK"},
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        assert "/rest/1/" in url
        leads = httpx.get(url + "crm.lead.list", timeout=10).json()
        assert leads["total"] == 30
        assert httpx.get(url + "user.current", timeout=10).json()["error"] == "insufficient_scope"
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0, stderr
    assert url.split("/rest/1/")[1].rstrip("/") not in stderr  # the secret is never logged
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    ("flags", "named"),
    [(["--event-handler", "nourl"], "EVENT"), (["--timezone", "Moscow"], "+03:00")],
)
def test_sandbox_rejects_bad_flags(flags: list[str], named: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "b24desk", "sandbox", *flags],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and named in done.stderr and "Traceback" not in done.stderr


def test_a_busy_port_is_one_line_not_a_traceback() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "b24desk", "sandbox", "--seed", "0", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1
    assert f"127.0.0.1:{port}" in done.stderr and "Traceback" not in done.stderr
