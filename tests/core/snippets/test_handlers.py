"""Handler skeletons: valid code, no token inside, and run for real with the sandbox firing events at them."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from b24desk.core.snippets.handlers import HANDLER_LANGUAGES, LOG_ENV, PORT_ENV, TOKEN_ENV, handler_skeleton
from b24desk.sandbox import SandboxPortal

TOKEN = "h4ndl3rt0k3n00000000000000000abc"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _wait_until_up(url: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError(f"{url} did not come up")


@pytest.fixture(params=sorted(HANDLER_LANGUAGES))
def running_handler(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The exported handler running as a real server: (its URL, the log file it writes)."""
    language: str = request.param
    script = tmp_path / f"handler{HANDLER_LANGUAGES[language][1]}"
    script.write_text(handler_skeleton(language), encoding="utf-8")
    log = tmp_path / "events.log"
    port = _free_port()
    env = {**os.environ, TOKEN_ENV: TOKEN, LOG_ENV: str(log), PORT_ENV: str(port)}
    if language == "php":
        php = shutil.which("php")
        assert php, "php is installed by make setup"
        command = [php, "-S", f"127.0.0.1:{port}", str(script)]
    else:
        command = [sys.executable, str(script)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(url, process)
        yield url, log
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
        assert TOKEN not in stderr


def _deliveries(sandbox: SandboxPortal, count: int) -> list[int | None]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done = [d for d in sandbox.core.events.deliveries if d.status or d.error]
        if len(done) >= count:
            return sorted((d.status for d in done), key=lambda s: s or 0)
        time.sleep(0.02)
    raise AssertionError("the sandbox did not deliver the events")


@pytest.mark.php
def test_skeletons_verify_the_token_and_log_the_decoded_event(
    running_handler: tuple[str, Path], sandbox: SandboxPortal
) -> None:
    url, log = running_handler
    sandbox.add_event_handler(["ONCRMLEADADD", "ONTASKADD"], url, TOKEN)
    sandbox.add_event_handler(["ONCRMLEADADD"], url, "w" * 32)
    lead = httpx.post(sandbox.webhook_url + "crm.lead.add", json={"fields": {"TITLE": "Skeleton"}}).json()["result"]
    task = httpx.post(
        sandbox.webhook_url + "tasks.task.add", json={"fields": {"TITLE": "T", "RESPONSIBLE_ID": 1}}
    ).json()["result"]["task"]
    assert _deliveries(sandbox, 3) == [200, 200, 401]
    records = {r["event"]: r for r in map(json.loads, log.read_text(encoding="utf-8").splitlines())}
    assert set(records) == {"ONCRMLEADADD", "ONTASKADD"}  # the rejected one is not logged
    assert records["ONCRMLEADADD"]["data"] == {"FIELDS": {"ID": str(lead)}}
    assert records["ONTASKADD"]["data"]["FIELDS_AFTER"] == {"ID": task["id"]}
    assert records["ONCRMLEADADD"]["domain"] and len(records["ONCRMLEADADD"]["member_id"]) == 32
    assert TOKEN not in log.read_text(encoding="utf-8")
    missing = httpx.post(url, data={"event": "ONCRMLEADADD"})
    assert missing.status_code == 401
    assert httpx.post(url, content=b"x" * 1_100_000).status_code == 413


@pytest.mark.php
@pytest.mark.parametrize("language", sorted(HANDLER_LANGUAGES))
def test_skeletons_are_valid_code_holding_no_token(language: str, tmp_path: Path) -> None:
    code = handler_skeleton(language)
    assert TOKEN_ENV in code and "{" in code
    if language == "php":
        path = tmp_path / "handler.php"
        path.write_text(code, encoding="utf-8")
        done = subprocess.run(["php", "-l", str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "hash_equals(" in code
    else:
        compile(code, "handler.py", "exec")
        assert "compare_digest(" in code


def test_the_python_skeleton_rebuilds_nested_keys_as_php_does() -> None:
    namespace: dict[str, object] = {"__name__": "skeleton"}
    exec(compile(handler_skeleton("python"), "handler.py", "exec"), namespace)
    from urllib.parse import parse_qsl

    from b24desk.core.query import decode

    for query in (
        "event=ONTASKADD&data%5BFIELDS_AFTER%5D%5BID%5D=7&data%5BIS_ACCESSIBLE_BEFORE%5D=N",
        "a%5B%5D=1&a%5B%5D=2&b%5Bx%5D%5By%5D=3&c=",
    ):
        rebuilt = namespace["php_nested"](parse_qsl(query, keep_blank_values=True))  # type: ignore[operator]
        assert rebuilt == decode(query)
