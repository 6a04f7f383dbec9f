"""The portal's documented limits live in one module; the client, the sandbox and the CLI take them from there."""

from __future__ import annotations

from b24desk.cli.parser import build_parser
from b24desk.core import batch, portal_limits
from b24desk.core.client import ClientOptions
from b24desk.core.operating_time import OperatingTimeTracker
from b24desk.sandbox import SandboxConfig, envelope, operating_time
from b24desk.sandbox import batch as sandbox_batch


def test_the_documented_figures() -> None:
    assert (portal_limits.RATE, portal_limits.BURST) == (2.0, 50)
    assert (portal_limits.OPERATING_TIME, portal_limits.OPERATING_WINDOW) == (480.0, 600.0)
    assert (portal_limits.BATCH_COMMANDS, portal_limits.PAGE_SIZE) == (50, 50)


def test_the_client_paces_and_pages_by_them() -> None:
    options = ClientOptions()
    assert (options.rate, options.burst) == (portal_limits.RATE, portal_limits.BURST)
    assert options.operating_limit == portal_limits.OPERATING_TIME
    assert OperatingTimeTracker().limit == portal_limits.OPERATING_TIME
    assert batch.MAX_COMMANDS == portal_limits.BATCH_COMMANDS


def test_the_sandbox_imitates_them_by_default() -> None:
    config = SandboxConfig()
    assert (config.rate, config.burst, config.operating_limit) == (
        portal_limits.RATE,
        portal_limits.BURST,
        portal_limits.OPERATING_TIME,
    )
    assert sandbox_batch.MAX_COMMANDS == portal_limits.BATCH_COMMANDS
    assert envelope.PAGE_SIZE == portal_limits.PAGE_SIZE
    assert operating_time.WINDOW == portal_limits.OPERATING_WINDOW


def test_the_cli_defaults_to_them() -> None:
    parser = build_parser()
    call = parser.parse_args(["call", "profile"])
    assert (call.rate, call.burst) == (portal_limits.RATE, portal_limits.BURST)
    sandbox = parser.parse_args(["sandbox"])
    assert (sandbox.rate, sandbox.burst, sandbox.operating_limit) == (
        portal_limits.RATE,
        portal_limits.BURST,
        portal_limits.OPERATING_TIME,
    )
