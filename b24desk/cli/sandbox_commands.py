"""`b24desk sandbox`: run the local Bitrix24-compatible portal as a process.

The first line on stdout is the demo webhook base URL (`http://127.0.0.1:PORT/rest/1/SECRET/`), so a
script can read it; notes go to stderr, with `--https` the path of the local CA to trust among them.
Ctrl+C (or SIGTERM) stops it.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import math
import signal
import sys
from pathlib import Path
from typing import Any

from b24desk.cli.command_table import command_help
from b24desk.cli.number_args import port_number
from b24desk.core import portal_limits
from b24desk.core.errors import B24DeskError, InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.sandbox.clock import DEFAULT_TIMEZONE, parse_offset
from b24desk.sandbox.config import DEFAULT_SCOPES, DEFAULT_SEED, EventHandlerConfig, SandboxConfig
from b24desk.storage.paths import app_paths

_CTX = "cli"
_MSG_RUNNING = QT_TRANSLATE_NOOP(
    "cli", "Sandbox portal on {url} with {leads} leads; statistics at {stats}. Press Ctrl+C to stop."
)
_MSG_EXPOSED = QT_TRANSLATE_NOOP(
    "cli",
    "Warning: the sandbox listens on {host}, not only on this computer; anyone who can reach it can call it.",
)
_MSG_HANDLER = QT_TRANSLATE_NOOP(
    "cli",
    "--event-handler {arg!r} is not EVENT[,EVENT...]=URL (for example ONCRMLEADADD=http://127.0.0.1:9000/).",
)
_MSG_BAD_NUMBER = QT_TRANSLATE_NOOP("cli", "{flag} must be a positive number.")
_MSG_CANNOT_LISTEN = QT_TRANSLATE_NOOP("cli", "The sandbox cannot listen on {host}:{port}: {reason}.")
_MSG_BAD_DATA = QT_TRANSLATE_NOOP("cli", "The data file {path} cannot be used: {reason}.")
_MSG_CA = QT_TRANSLATE_NOOP(
    "cli", "HTTPS with the sandbox's own CA: {path} (trust it with --ca-file {path}, or in your SDK or tool)."
)
_MSG_BAD_TIMEZONE = QT_TRANSLATE_NOOP("cli", "--timezone {value!r} is not a UTC offset such as +03:00 or -05:30.")


def register(commands: Any) -> None:
    """Add the `sandbox` subcommand."""
    sandbox = commands.add_parser(
        "sandbox",
        help=command_help("sandbox"),
        description=translate("cli", "Run the sandbox portal; its first line of output is the demo webhook URL."),
    )
    sandbox.add_argument("--host", default="127.0.0.1", help=translate("cli", "address to bind (default: 127.0.0.1)"))
    sandbox.add_argument("--port", type=port_number, default=0, help=translate("cli", "port (default: a free one)"))
    sandbox.add_argument(
        "--rate",
        type=float,
        default=portal_limits.RATE,
        help=translate("cli", "requests per second drained (default: 2)"),
    )
    sandbox.add_argument(
        "--burst",
        type=int,
        default=portal_limits.BURST,
        help=translate("cli", "requests before QUERY_LIMIT_EXCEEDED (default: 50)"),
    )
    sandbox.add_argument(
        "--scopes",
        default=",".join(DEFAULT_SCOPES),
        help=translate("cli", "demo webhook scopes (default: {scopes})").format(scopes=",".join(DEFAULT_SCOPES)),
    )
    sandbox.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=translate("cli", "how many leads to seed (default: {seed})").format(seed=DEFAULT_SEED),
    )
    sandbox.add_argument(
        "--data", type=Path, metavar="FILE", help=translate("cli", "keep the data in this SQLite file")
    )
    sandbox.add_argument("--secret", help=translate("cli", "the demo webhook secret (default: random for each run)"))
    sandbox.add_argument(
        "--operating-limit",
        type=float,
        default=portal_limits.OPERATING_TIME,
        help=translate("cli", "seconds per method per 10 minutes"),
    )
    sandbox.add_argument(
        "--operating-cost", type=float, help=translate("cli", "simulated seconds each call costs (default: measured)")
    )
    sandbox.add_argument(
        "--event-handler",
        action="append",
        default=[],
        metavar="EVENTS=URL",
        help=translate(
            "cli", "POST these events to URL, e.g. ONCRMLEADADD,ONTASKADD=http://127.0.0.1:9000/ (repeatable)"
        ),
    )
    sandbox.add_argument(
        "--application-token", help=translate("cli", "application token sent with events (default: random)")
    )
    sandbox.add_argument(
        "--timezone",
        default=DEFAULT_TIMEZONE,
        metavar="OFFSET",
        help=translate("cli", "the portal's UTC offset in every date it answers (default: {offset})").format(
            offset=DEFAULT_TIMEZONE
        ),
    )
    sandbox.add_argument(
        "--https",
        action="store_true",
        help=translate("cli", "serve HTTPS with a local CA made on first use (its path is printed)"),
    )
    sandbox.add_argument(
        "--require-https",
        action="store_true",
        help=translate("cli", 'answer plain-HTTP calls 400 INVALID_REQUEST "Https required", as a cloud portal does'),
    )
    sandbox.set_defaults(handler=run_sandbox)


def _handlers(args: argparse.Namespace) -> tuple[EventHandlerConfig, ...]:
    handlers = []
    for arg in args.event_handler:
        events, sep, url = arg.partition("=")
        if not sep or not events.strip() or not url.startswith(("http://", "https://")):
            raise InputError(translate(_CTX, _MSG_HANDLER).format(arg=arg))
        handlers.append(EventHandlerConfig(tuple(events.split(",")), url, args.application_token))
    return tuple(handlers)


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    """The SandboxConfig the flags describe."""
    for flag, value in (
        ("--rate", args.rate),
        ("--burst", args.burst),
        ("--operating-limit", args.operating_limit),
    ):
        if not value > 0 or value == math.inf:  # also nan and inf
            raise InputError(translate(_CTX, _MSG_BAD_NUMBER).format(flag=flag))
    try:
        parse_offset(args.timezone)
    except ValueError:
        raise InputError(translate(_CTX, _MSG_BAD_TIMEZONE).format(value=args.timezone)) from None
    return SandboxConfig(
        host=args.host,
        port=args.port,
        rate=args.rate,
        burst=args.burst,
        scopes=tuple(scope.strip() for scope in args.scopes.split(",") if scope.strip()),
        seed=max(args.seed, 0),
        data_file=args.data,
        secret=args.secret or None,
        operating_limit=args.operating_limit,
        operating_cost=args.operating_cost,
        event_handlers=_handlers(args),
        timezone=args.timezone,
        tls_dir=tls_folder() if args.https else None,
        require_https=args.require_https,
    )


def tls_folder() -> Path:
    """Where the sandbox's CA and certificate are kept: the app's data folder."""
    return app_paths().data / "sandbox-tls"


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


async def serve(config: SandboxConfig) -> None:
    """Start the portal, print its webhook URL, serve until a signal stops it."""
    import asyncio

    from b24desk.sandbox.server import SandboxPortal  # the server (starlette, uvicorn) loads when it runs

    portal = SandboxPortal(config, methods_on_loop=True)  # this process serves nothing else
    await portal.start()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # no loop signal handlers on Windows
            loop.add_signal_handler(signum, portal.request_stop)
    try:
        print(portal.webhook_url, flush=True)
        if portal.ca_file is not None:
            print(translate(_CTX, _MSG_CA).format(path=portal.ca_file), file=sys.stderr, flush=True)
        if not _is_loopback(config.host):
            print(translate(_CTX, _MSG_EXPOSED).format(host=config.host), file=sys.stderr)
        leads = len(portal.store.table("lead"))
        stats = f"{portal.base_url}/sandbox/stats"
        print(
            translate(_CTX, _MSG_RUNNING).format(url=portal.base_url, leads=leads, stats=stats),
            file=sys.stderr,
        )
        token = portal.control_token.reveal()  # shown on this terminal only, never written anywhere
        print(translate(_CTX, _MSG_CONTROL).format(token=token), file=sys.stderr, flush=True)
        await portal.wait_closed()
    finally:
        await portal.stop()


_MSG_CONTROL = QT_TRANSLATE_NOOP(
    "cli", "Control endpoints (/sandbox/faults, /sandbox/events) need the header X-B24desk-Token: {token}"
)


def run_sandbox(args: argparse.Namespace) -> int:
    """Run the sandbox until stopped."""
    import asyncio
    import sqlite3

    config = config_from_args(args)
    try:
        asyncio.run(serve(config))
    except sqlite3.Error as error:
        raise B24DeskError(translate(_CTX, _MSG_BAD_DATA).format(path=config.data_file, reason=error)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        message = translate(_CTX, _MSG_CANNOT_LISTEN).format(host=config.host, port=config.port, reason=reason)
        raise B24DeskError(message) from None
    return 0
