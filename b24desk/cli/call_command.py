"""`b24desk call`: run a method through the async client and print its result as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from b24desk.cli.command_table import command_help
from b24desk.cli.output import EXIT_PORTAL_ERROR, explained, fail, print_json
from b24desk.cli.params_args import collect_params
from b24desk.cli.url_commands import webhook_from_args
from b24desk.core.errors import CallError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.webhook import parse_webhook_url

if TYPE_CHECKING:  # the client (httpx, asyncio) loads when a call runs, not when the parser is built
    from b24desk.core.client import B24Client
    from b24desk.core.query import Params
    from b24desk.core.response import CallResult

_CTX = "cli"
_MSG_WAITED = QT_TRANSLATE_NOOP("cli", "waited {seconds:.1f} s for the portal's rate limit")
_MSG_RETRIED = QT_TRANSLATE_NOOP("cli", "retried {count} time(s) after {codes}")
_MSG_PROGRESS = QT_TRANSLATE_NOOP("cli", "{fetched} of {total} rows, {requests} requests")


def register(commands: Any) -> None:
    """Add the `call` subcommand."""
    call = commands.add_parser(
        "call",
        help=command_help("call"),
        description=translate("cli", "Call a method through a webhook; portal errors exit 1 with an explanation."),
    )
    call.add_argument("--webhook", help=translate("cli", "webhook URL (default: $B24_WEBHOOK)"))
    call.add_argument("method", help=translate("cli", "REST method, e.g. crm.lead.list"))
    call.add_argument("params", nargs="*", metavar="KEY=VALUE", help=translate("cli", "e.g. filter[>ID]=10"))
    call.add_argument("--params-json", metavar="JSON", help=translate("cli", "parameters as a JSON object"))
    call.add_argument(
        "--all", action="store_true", help=translate("cli", "every row of a list method (as few requests as possible)")
    )
    call.add_argument("--raw", action="store_true", help=translate("cli", "print the whole answer, not only `result`"))
    call.add_argument("--get", action="store_true", help=translate("cli", "send as GET with the query in the URL"))
    call.add_argument(
        "--timeout", type=float, default=60.0, metavar="S", help=translate("cli", "read timeout (default 60)")
    )
    call.add_argument("--ca-file", metavar="PEM", help=translate("cli", "trust this CA (on-premise portal)"))
    call.add_argument("--rate", type=float, default=2.0, help=translate("cli", "requests per second the plan allows"))
    call.add_argument("--burst", type=int, default=50, help=translate("cli", "burst the plan allows"))
    call.set_defaults(handler=run_call)


def _note(text: str) -> None:
    print(text, file=sys.stderr)


def _report_waits(result: CallResult) -> None:
    rate_wait = sum(w.seconds for w in result.waits if w.reason == "rate_limit")
    retries = [w for w in result.waits if w.reason == "retry"]
    if rate_wait >= 0.05:
        _note(translate(_CTX, _MSG_WAITED).format(seconds=rate_wait))
    if retries:
        codes = ", ".join(sorted({w.code for w in retries}))
        _note(translate(_CTX, _MSG_RETRIED).format(count=len(retries), codes=codes))
    for warning in result.warnings:
        _note(warning)


async def _fetch_all(client: B24Client, method: str, params: Params) -> list[Any]:
    rows: list[Any] = []
    show = sys.stderr.isatty()
    async for page in client.fetch_all(method, params):
        rows.extend(page.rows)
        if show:
            total = page.total if page.total is not None else "?"
            line = translate(_CTX, _MSG_PROGRESS).format(fetched=page.fetched, total=total, requests=page.requests)
            print(f"\r{line}", end="", file=sys.stderr, flush=True)
    if show:
        print(file=sys.stderr)
    return rows


async def _run(args: argparse.Namespace) -> Any:
    from b24desk.core.client import B24Client, ClientOptions

    webhook = parse_webhook_url(webhook_from_args(args.webhook)).webhook
    params = collect_params(args.params, args.params_json)
    options = ClientOptions(rate=args.rate, burst=args.burst, read_timeout=args.timeout, verify=args.ca_file or True)
    async with B24Client(webhook, options) as client:
        if args.all:
            return await _fetch_all(client, args.method, params)
        result = await client.call(args.method, params, use_get=args.get)
        _report_waits(result)
        return result.envelope if args.raw else result.result


def run_call(args: argparse.Namespace) -> int:
    """Run the call; print JSON, or the explanation of the failure on stderr (exit 1)."""
    import asyncio

    try:
        output = asyncio.run(_run(args))
    except CallError as error:
        lines = explained(error)
        if args.raw and error.response is not None:
            lines.append(error.response.text())
        fail("\n".join(lines), EXIT_PORTAL_ERROR)
    try:
        print_json(output)
    except (TypeError, ValueError):
        print(json.dumps(output, ensure_ascii=False, default=str))
    return 0
