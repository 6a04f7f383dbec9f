"""The CLI against bad input (a clear line, exit 2) and a hostile portal (a clear error, bounded, masked)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from b24desk.cli.parser import build_parser, run_command
from tests.cli.test_url_commands import b24desk
from tests.hostile_server import SECRET, HostileServer, running_hostile_server

WEBHOOK = "http://127.0.0.1:9/rest/1/abcdefghijklmnop/"


def run_in_process(*args: str) -> int:
    """Parse and run like `b24desk ARGS` in this process; the exit status."""
    try:
        return run_command(build_parser().parse_args(list(args)))
    except SystemExit as done:
        return int(done.code or 0)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--webhook", "http://[::1/rest/1/abcdefghijkl/", "profile"), "broken IPv6 host"),
        (("--webhook", "http://127.0.0.1:9/rest/1/abc\udcff\udcfedefgh/", "profile"), "not valid UTF-8"),
        (("--webhook", WEBHOOK, "--rate", "0", "profile"), "'0' is not a number above 0"),
        (("--webhook", WEBHOOK, "--timeout", "nan", "profile"), "'nan' is not a number above 0"),
        (("--webhook", WEBHOOK, "--burst", "-3", "profile"), "not a whole number above 0"),
        (("--webhook", WEBHOOK, "--ca-file", __file__, "profile"), "cannot be used"),
        (("--webhook", WEBHOOK, "--ca-file", "/nonexistent.pem", "profile"), "No such file"),
        (("--webhook", WEBHOOK, "--params-json", '{"a":' * 1500 + "1" + "}" * 1500, "profile"), "deeper than 64"),
        (("--webhook", WEBHOOK, "--params-json", "[" * 100_000, "profile"), "nested too deep"),
        (("--webhook", WEBHOOK, "a" * 3000), "at most 200"),
    ],
)
def test_input_errors_are_one_clear_line_and_exit_2(
    args: tuple[str, ...], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_in_process("call", *args) == 2
    err = capsys.readouterr().err
    assert words in err
    assert "unexpected error" not in err and "Traceback" not in err


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    with running_hostile_server() as server:
        yield server


def test_timeout_is_the_deadline_of_the_whole_call(hostile: HostileServer) -> None:
    started = time.monotonic()
    done = b24desk("call", "--webhook", hostile.webhook_url, "--timeout", "2", "--get", "drip", "every=0.3")
    assert done.returncode == 1
    assert "deadline for the whole call" in done.stderr
    assert time.monotonic() - started < 30  # the drip never ends; 52 s before the deadline existed


def test_max_body_stops_a_bomb_with_a_clear_error(hostile: HostileServer) -> None:
    done = b24desk("call", "--webhook", hostile.webhook_url, "--max-body", "2", "--get", "bomb", "size=33554432")
    assert done.returncode == 1
    assert "The answer is too large" in done.stderr and "--max-body" in done.stderr


@pytest.mark.parametrize("shape", ["deep", "bigint", "inf"])
def test_unreadable_json_is_a_format_error_not_unexpected(hostile: HostileServer, shape: str) -> None:
    done = b24desk("call", "--webhook", hostile.webhook_url, shape)
    assert done.returncode == 1
    assert "The answer is not a Bitrix24 answer" in done.stderr
    assert "unexpected" not in done.stderr and "Infinity" not in done.stdout


def test_raw_output_masks_every_echoed_form(hostile: HostileServer) -> None:
    done = b24desk("call", "--webhook", hostile.webhook_url, "echo", "--raw")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)["result"]
    for name, form in hostile.echo_forms().items():
        assert printed[name] != form, name
    assert SECRET not in done.stdout
    escaped = b24desk("call", "--webhook", hostile.webhook_url, "echo_escaped", "--raw")
    assert SECRET not in escaped.stdout
    error = b24desk("call", "--webhook", hostile.webhook_url, "echo_error", "--raw")
    assert error.returncode == 1 and SECRET not in error.stderr + error.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("listen", "--port", "99999"), "is not a port"),
        (("sandbox", "--port", "-1"), "is not a port"),
        (("listen", "--max-rate", "nan"), "--max-rate must be a positive number"),
        (("sandbox", "--operating-limit", "nan"), "--operating-limit must be a positive number"),
        (("sandbox", "--rate", "inf"), "--rate must be a positive number"),
    ],
)
def test_server_commands_refuse_impossible_numbers(
    args: tuple[str, ...], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_in_process(*args) == 2
    err = capsys.readouterr().err
    assert words in err and "unexpected error" not in err
