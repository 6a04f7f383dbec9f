"""`b24desk listen` and `b24desk replay` as real processes, with the sandbox firing events at the listener."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

import httpx

from b24desk.sandbox import SandboxPortal

TOKEN = "c1it0k3n0000000000000000000000ab"


def _lines(stream: IO[str]) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _listen(*args: str, token_env: str | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "B24_APPLICATION_TOKEN"}
    if token_env is not None:
        env["B24_APPLICATION_TOKEN"] = token_env
    return subprocess.Popen(
        [sys.executable, "-m", "b24desk", "listen", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _stop(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0, stderr
    return stderr


def test_listen_prints_sandbox_events_as_json_lines_and_replay_sends_them_back(
    sandbox: SandboxPortal, tmp_path: Path
) -> None:
    process = _listen(token_env=TOKEN)
    try:
        assert process.stderr is not None and process.stdout is not None
        first = process.stderr.readline()
        assert first.startswith("Handler URL: http://127.0.0.1:"), first
        url = first.split(": ", 1)[1].strip()
        out = _lines(process.stdout)
        sandbox.add_event_handler(["ONCRMLEADADD"], url, TOKEN)
        sandbox.add_event_handler(["ONCRMLEADADD"], url, "x" * 32)
        new_id = httpx.post(sandbox.webhook_url + "crm.lead.add", json={"fields": {"TITLE": "CLI"}}).json()["result"]
        events: list[dict[str, Any]] = [json.loads(out.get(timeout=10)) for _ in range(2)]
        assert {e["token_status"] for e in events} == {"accepted", "rejected"}
        assert {e["answer"] for e in events} == {200, 401}
        for event in events:
            assert event["event"] == "ONCRMLEADADD"
            if event["answer"] == 200:
                assert event["form"]["data"] == {"FIELDS": {"ID": str(new_id)}}
            else:  # of a refused request only the fact is kept: no data, no body
                assert event["form"] == {"event": "ONCRMLEADADD"} and "body_base64" not in event
        saved = tmp_path / "events.jsonl"
        saved.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
        env = {**os.environ, "B24_APPLICATION_TOKEN": TOKEN}
        done = subprocess.run(
            [sys.executable, "-m", "b24desk", "replay", str(saved), url],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        results = [json.loads(line) for line in done.stdout.splitlines()]
        assert [r["status"] for r in results] == [200, 200]  # the chosen token replaces the masked one
        replayed = [json.loads(out.get(timeout=10)) for _ in range(2)]
        assert {e["token_status"] for e in replayed} == {"accepted"}
    finally:
        stderr = _stop(process)
    printed = "".join(json.dumps(e) for e in events + replayed) + stderr + done.stdout + done.stderr
    assert TOKEN not in printed
    assert "Traceback" not in stderr


def test_listen_warns_when_exposed_and_without_a_token() -> None:
    process = _listen("--host", "0.0.0.0")
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        assert first.startswith("Handler URL: http://")
        assert "0.0.0.0" not in first  # an all-interfaces bind shows this computer's address
        rest = process.stderr.readline() + process.stderr.readline()
        assert "anyone on the network" in rest and "unchecked" in rest
    finally:
        _stop(process)


def test_listen_and_replay_refuse_bad_input_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    for args in (["listen", "--max-body", "0"], ["replay", str(bad), "http://127.0.0.1:9/"], ["replay", "x", "ftp:/"]):
        done = subprocess.run(
            [sys.executable, "-m", "b24desk", *args], capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 2 and "Traceback" not in done.stderr and done.stderr.count("\n") <= 2, done.stderr


def test_handler_skeleton_prints_the_script() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "b24desk", "handler-skeleton", "php"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.startswith("<?php") and "hash_equals(" in done.stdout


def test_listen_stops_quietly_when_its_reader_goes_away_and_a_busy_port_is_one_line() -> None:
    process = _listen()
    assert process.stderr is not None and process.stdout is not None
    url = process.stderr.readline().split(": ", 1)[1].strip()
    port = url.rsplit(":", 1)[1].strip("/")
    busy = subprocess.run(
        [sys.executable, "-m", "b24desk", "listen", "--port", port], capture_output=True, text=True, timeout=60
    )
    assert busy.returncode == 1 and "Cannot listen" in busy.stderr and "Traceback" not in busy.stderr
    process.stdout.close()  # like `b24desk listen | head -0`
    httpx.post(url, data={"event": "ONTASKADD"})  # its JSON line meets the closed pipe: the listener stops
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0 and "Traceback" not in stderr, stderr
