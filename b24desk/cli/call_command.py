"""`b24desk call`: run a method through the async client and print its result as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import aclosing
from typing import TYPE_CHECKING, Any

from b24desk.cli.command_table import command_help
from b24desk.cli.number_args import positive_float, positive_int
from b24desk.cli.output import EXIT_PORTAL_ERROR, EXIT_USAGE, explained, fail, print_json
from b24desk.cli.params_args import collect_params
from b24desk.cli.url_commands import webhook_from_args
from b24desk.core import portal_limits
from b24desk.core.body_reader import DEFAULT_MAX_BODY
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
_MSG_TOO_DEEP = QT_TRANSLATE_NOOP("cli", "The answer nests too deep to print as indented JSON; use --raw.")
_MSG_PROGRESS = QT_TRANSLATE_NOOP("cli", "{fetched} of {total} rows, {requests} requests")
_MSG_NOT_LIST = QT_TRANSLATE_NOOP("cli", "--csv needs a list result (rows of fields); {method} gave something else.")
_MSG_CHECKS = QT_TRANSLATE_NOOP("cli", "Not sent: some parameters look wrong (--no-check sends anyway):")


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
        "--csv",
        choices=("plain", "excel"),
        nargs="?",
        const="plain",
        help=translate(
            "cli", "print a list result as CSV; 'excel': with a byte order mark and the locale's separator (;)"
        ),
    )
    call.add_argument(
        "--timeout",
        type=positive_float,
        default=60.0,
        metavar="S",
        help=translate("cli", "seconds each call may take in all, and the read timeout (default 60)"),
    )
    call.add_argument(
        "--max-body",
        type=positive_int,
        default=DEFAULT_MAX_BODY // 1048576,
        metavar="MIB",
        help=translate("cli", "largest answer to read, decoded, in MiB (default 64)"),
    )
    call.add_argument("--ca-file", metavar="PEM", help=translate("cli", "trust this CA (on-premise portal)"))
    call.add_argument(
        "--rate",
        type=positive_float,
        default=portal_limits.RATE,
        help=translate("cli", "requests per second the plan allows"),
    )
    call.add_argument(
        "--burst", type=positive_int, default=portal_limits.BURST, help=translate("cli", "burst the plan allows")
    )
    call.add_argument(
        "--no-check",
        action="store_true",
        help=translate("cli", "send even when required parameters are empty or values do not fit their types"),
    )
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
    async with aclosing(client.fetch_all(method, params)) as pages:  # an interrupt stops every range at once
        async for page in pages:
            rows.extend(page.rows)
            if show:
                total = page.total if page.total is not None else "?"
                line = translate(_CTX, _MSG_PROGRESS).format(fetched=page.fetched, total=total, requests=page.requests)
                print(f"\r{line}", end="", file=sys.stderr, flush=True)
    if show:
        print(file=sys.stderr)
    return rows


def check_params(method_name: str, params: Params) -> list[str]:
    """The core's checks before sending, with what the bundled catalogue says of the method ([] if unknown)."""
    from b24desk.core.catalogue import CatalogueError, load_catalogue
    from b24desk.core.param_rows import documented_keys, params_to_rows, required_rows
    from b24desk.core.request_checks import check_rows

    try:
        method = load_catalogue().get(method_name)
    except CatalogueError:
        return []
    if method is None:
        return []
    return check_rows(params_to_rows(params), required_rows(method.params), documented_keys(method.params))


async def _run(args: argparse.Namespace) -> tuple[Any, bytes]:
    from b24desk.core.client import B24Client, ClientOptions

    webhook = parse_webhook_url(webhook_from_args(args.webhook)).webhook
    params = collect_params(args.params, args.params_json)
    problems = [] if args.no_check else check_params(args.method, params)
    if problems:
        fail("\n".join([translate(_CTX, _MSG_CHECKS), *(f"  {line}" for line in problems)]), EXIT_USAGE)
    options = ClientOptions(
        rate=args.rate,
        burst=args.burst,
        read_timeout=args.timeout,
        connect_timeout=min(args.timeout, 10.0),
        deadline=args.timeout,
        max_body=args.max_body * 1048576,
        verify=args.ca_file or True,
    )
    async with B24Client(webhook, options) as client:
        if args.all:
            return await _fetch_all(client, args.method, params), b""
        result = await client.call(args.method, params, use_get=args.get)
        _report_waits(result)
        return (result.envelope if args.raw else result.result), result.response.body


def run_call(args: argparse.Namespace) -> int:
    """Run the call; print JSON, or the explanation of the failure on stderr (exit 1)."""
    import asyncio

    try:
        output, body = asyncio.run(_run(args))
    except CallError as error:
        lines = explained(error)
        if args.raw and error.response is not None:
            lines.append(error.response.text())
        fail("\n".join(lines), EXIT_PORTAL_ERROR)
    if args.csv:
        print_csv(args.method, output, excel=args.csv == "excel")
        return 0
    try:
        print_json(output)
    except (TypeError, ValueError):
        print(json.dumps(output, ensure_ascii=False, default=str))
    except RecursionError:  # up to the decoder's 1,024 levels arrive; indenting walks fewer
        if not args.raw:
            fail(translate(_CTX, _MSG_TOO_DEEP), EXIT_PORTAL_ERROR)
        sys.stdout.write(body.decode("utf-8", errors="replace") + "\n")  # the answer as it came (masked)
    return 0


def print_csv(method: str, output: Any, *, excel: bool) -> None:
    """Print a list result as CSV: plain (commas), or for Excel (BOM, the locale's separator, CRLF)."""
    import os

    from b24desk.core.export import decimal_mark_of, list_rows, list_separator, rows_to_csv, rows_to_excel_csv

    rows = list_rows(output)
    if rows is None:
        fail(translate(_CTX, _MSG_NOT_LIST).format(method=method), EXIT_USAGE)
    if excel:  # the number format of the user's locale decides the separator, as it does in Excel
        name = next((os.environ[v] for v in ("LC_ALL", "LC_NUMERIC", "LANG") if os.environ.get(v)), "")
        text = rows_to_excel_csv(rows, None, list_separator(decimal_mark_of(name)))
    else:
        text = rows_to_csv(rows)
    sys.stdout.reconfigure(newline="")  # type: ignore[union-attr]  # the CRLF line ends stay as written
    sys.stdout.write(text)
