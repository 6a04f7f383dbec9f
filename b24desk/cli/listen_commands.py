"""`b24desk listen` prints outgoing-webhook events; `replay` sends saved ones again; `handler-skeleton`.

`listen` writes one JSON line per request on stdout (the application token masked), so
`b24desk listen > events.jsonl` saves them; the handler URL and warnings go to stderr, the URL on the
first line. `replay FILE URL` POSTs each saved event to URL and prints one JSON line per event with the
status the handler answered. The token comes from `--token` or the B24_APPLICATION_TOKEN variable
(which keeps it out of the process list) and is never printed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from b24desk.cli.command_table import command_help
from b24desk.cli.number_args import port_number
from b24desk.core.errors import B24DeskError, InputError, NetworkError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.secret import Secret
from b24desk.receiver import DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_MAX_RATE, DEFAULT_PORT, is_loopback

if TYPE_CHECKING:  # the server (uvicorn) loads when `listen` runs, not when the parser is built
    from b24desk.core.events import ReceivedEvent
    from b24desk.receiver import EventReceiver

TOKEN_ENV = "B24_APPLICATION_TOKEN"
_CTX = "cli"
_MSG_LISTENING = QT_TRANSLATE_NOOP("cli", "Handler URL: {url}")
_MSG_HOW = QT_TRANSLATE_NOOP(
    "cli",
    "Events print here as JSON lines. A cloud portal cannot reach this computer behind NAT: give it a public "
    "HTTPS URL (a tunnel you run) that forwards here. Press Ctrl+C to stop.",
)
_MSG_EXPOSED = QT_TRANSLATE_NOOP(
    "cli",
    "Warning: listening on {host}, not only on this computer: anyone on the network can post events to it. "
    "Keep the token check on (--token or {env}).",
)
_MSG_NO_TOKEN = QT_TRANSLATE_NOOP(
    "cli", "No application token (--token or {env}): events are shown as unchecked, none is rejected."
)
_MSG_TOKEN = QT_TRANSLATE_NOOP("cli", "Checking events against the application token {masked}.")
_MSG_CANNOT_LISTEN = QT_TRANSLATE_NOOP("cli", "Cannot listen on {host}:{port}: {reason}.")
_MSG_BAD_NUMBER = QT_TRANSLATE_NOOP("cli", "{flag} must be a positive number.")
_MSG_BAD_FILE = QT_TRANSLATE_NOOP("cli", "{path}: line {line} is not a saved event ({reason}).")
_MSG_NO_FILE = QT_TRANSLATE_NOOP("cli", "Cannot read {path}: {reason}.")
_MSG_BAD_URL = QT_TRANSLATE_NOOP("cli", "{url} is not an http:// or https:// URL.")
_MSG_MASKED = QT_TRANSLATE_NOOP(
    "cli", "No --token: the events carry their saved, masked token; a handler that checks it answers 401."
)


def register(commands: Any) -> None:
    """Add the `listen` and `replay` subcommands."""
    listen = commands.add_parser(
        "listen",
        help=command_help("listen"),
        description=translate("cli", "Receive Bitrix24 outgoing-webhook events (POSTs) and print each as a JSON line."),
    )
    listen.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=translate("cli", "address to bind (default: {host})").format(host=DEFAULT_HOST),
    )
    listen.add_argument(
        "--port",
        type=port_number,
        default=DEFAULT_PORT,
        help=translate("cli", "port (default: {port}; 0: a free one)").format(port=DEFAULT_PORT),
    )
    listen.add_argument(
        "--token",
        help=translate("cli", "the outgoing webhook's application token (default: ${env})").format(env=TOKEN_ENV),
    )
    listen.add_argument(
        "--max-body",
        type=int,
        default=DEFAULT_MAX_BODY,
        help=translate("cli", "bytes a body may have (default: {size})").format(size=DEFAULT_MAX_BODY),
    )
    listen.add_argument(
        "--max-rate",
        type=float,
        default=DEFAULT_MAX_RATE,
        help=translate("cli", "requests a second per sender address (default: {rate:g})").format(rate=DEFAULT_MAX_RATE),
    )
    listen.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("cli", "also accept this Host name (a tunnel's); loopback names and the bound address always"),
    )
    listen.set_defaults(handler=run_listen)
    replay = commands.add_parser(
        "replay",
        help=command_help("replay"),
        description=translate(
            "cli", "POST each event saved by `b24desk listen` (or the Events tab) to URL, as the portal would."
        ),
    )
    replay.add_argument(
        "file", type=Path, metavar="FILE", help=translate("cli", "JSON lines file of events ('-' for stdin)")
    )
    replay.add_argument("url", metavar="URL", help=translate("cli", "the handler to send them to"))
    replay.add_argument(
        "--token",
        help=translate("cli", "application token to put in each event (default: ${env})").format(env=TOKEN_ENV),
    )
    replay.set_defaults(handler=run_replay)


def _token(args: argparse.Namespace) -> Secret | None:
    raw = args.token if args.token is not None else os.environ.get(TOKEN_ENV, "")
    return Secret(raw) if raw else None


def _say(message: str, **fields: object) -> None:
    print(translate(_CTX, message).format(**fields), file=sys.stderr, flush=True)


async def listen(receiver: EventReceiver) -> None:
    """Serve, printing each event as a JSON line, until SIGINT/SIGTERM."""
    import asyncio

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # no loop signal handlers on Windows
            loop.add_signal_handler(signum, stop.set)

    from b24desk.core.events import to_json_line  # (hmac, dataclasses): not for handler-skeleton

    def show(event: ReceivedEvent) -> None:
        try:
            print(to_json_line(event), flush=True)
        except BrokenPipeError:  # the reader went away (`b24desk listen | head -1`): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            stop.set()

    receiver.subscribe(show)
    await receiver.start()
    try:
        _say(_MSG_LISTENING, url=receiver.handler_url)
        if not is_loopback(receiver.host):
            _say(_MSG_EXPOSED, host=receiver.host, env=TOKEN_ENV)
        if receiver.token is None:
            _say(_MSG_NO_TOKEN, env=TOKEN_ENV)
        else:
            _say(_MSG_TOKEN, masked=receiver.token.masked())
        _say(_MSG_HOW)
        await stop.wait()
    finally:
        await receiver.stop()


def run_listen(args: argparse.Namespace) -> int:
    """Run the receiver until stopped."""
    import asyncio

    from b24desk.receiver import EventReceiver

    for flag, value in (("--max-body", args.max_body), ("--max-rate", args.max_rate)):
        if not value > 0 or value == math.inf:  # also nan and inf
            raise InputError(translate(_CTX, _MSG_BAD_NUMBER).format(flag=flag))
    receiver = EventReceiver(
        args.host, args.port, _token(args), args.max_body, args.max_rate, allowed_hosts=tuple(args.allow_host)
    )
    try:
        asyncio.run(listen(receiver))
    except OSError as error:
        reason = error.strerror or str(error)
        raise B24DeskError(
            translate(_CTX, _MSG_CANNOT_LISTEN).format(host=args.host, port=args.port, reason=reason)
        ) from None
    return 0


def read_events(path: Path) -> list[ReceivedEvent]:
    """The events in a JSON lines file (blank lines skipped); InputError names a bad line."""
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(translate(_CTX, _MSG_NO_FILE).format(path=path, reason=error)) from None
    from b24desk.core.events import from_json_line

    events = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            events.append(from_json_line(line))
        except (ValueError, TypeError, AttributeError, KeyError) as error:
            raise InputError(translate(_CTX, _MSG_BAD_FILE).format(path=path, line=number, reason=error)) from None
    return events


def run_replay(args: argparse.Namespace) -> int:
    """Send each saved event; one JSON line per event; exit 1 when any got no answer."""
    import asyncio

    from b24desk.receiver import replay

    if not args.url.startswith(("http://", "https://")):
        raise InputError(translate(_CTX, _MSG_BAD_URL).format(url=args.url))
    events = read_events(args.file)
    token = _token(args)
    if token is None:
        _say(_MSG_MASKED)

    async def send_all() -> int:
        failed = 0
        for number, event in enumerate(events, 1):
            record: dict[str, Any] = {"number": number, "event": event.name}
            try:
                record["status"] = await replay(event, args.url, token)
            except NetworkError as error:
                record["error"] = str(error)
                failed += 1
            print(json.dumps(record, ensure_ascii=False), flush=True)
        return 1 if failed else 0

    return asyncio.run(send_all())
