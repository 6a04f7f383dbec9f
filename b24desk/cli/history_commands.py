"""`b24desk webhooks history NAME` and `b24desk webhooks stats NAME`: what was called, and how it went."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from b24desk.cli.output import print_json
from b24desk.cli.webhook_option import open_storage
from b24desk.core.errors import InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.storage.statistics import Totals

if TYPE_CHECKING:
    from b24desk.storage.app_storage import AppStorage
    from b24desk.storage.history import HistoryEntry

_CTX = "cli"
_MSG_CLEARED = QT_TRANSLATE_NOOP("cli", "Cleared the history of {name!r} ({count} requests).")
_MSG_EMPTY = QT_TRANSLATE_NOOP("cli", "No requests recorded for {name!r}.")
_MSG_NONE = QT_TRANSLATE_NOOP("cli", "No recorded request matches.")
_MSG_NO_ENTRY = QT_TRANSLATE_NOOP("cli", "No recorded request has the id {id}.")
_MSG_NOT_KEPT = QT_TRANSLATE_NOOP(
    "cli", "The answer ({size} bytes) was larger than the history keeps; it was not kept."
)
_WEBHOOK_HISTORY_KEYS = ("time", "method", "params", "http_status", "error", "duration_ms")
_MSG_BUSIEST = QT_TRANSLATE_NOOP("cli", "Busiest methods:")
_MSG_TOTAL = QT_TRANSLATE_NOOP("cli", "Total: {requests} requests, {errors} errors, {total:.0f} ms, {avg:.0f} ms avg")


def register(sub: Any) -> None:
    """Add `history` and `stats` under `webhooks`."""
    history = sub.add_parser("history", help=translate("cli", "a saved webhook's request history (newest first)"))
    history.add_argument("name")
    history.add_argument(
        "--limit", type=int, default=50, help=translate("cli", "how many requests to show (default 50)")
    )
    history.add_argument(
        "--clear", action="store_true", help=translate("cli", "delete the whole history of this webhook")
    )
    history.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    history.set_defaults(handler=run_history)

    stats = sub.add_parser("stats", help=translate("cli", "a saved webhook's statistics over the last 14 days"))
    stats.add_argument("name")
    stats.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    stats.set_defaults(handler=run_stats)


def register_search(commands: Any) -> None:
    """Add the top-level `history`: every call of every webhook (the sandbox's and unsaved ones too)."""
    history = commands.add_parser(
        "history",
        help=translate("cli", "search the history of every call (saved, pasted and sandbox webhooks)"),
    )
    history.add_argument(
        "--webhook", metavar="NAME", help=translate("cli", "a saved webhook's name, 'sandbox', or a webhook URL")
    )
    history.add_argument("--method", help=translate("cli", "part of the method name"))
    history.add_argument("--status", type=int, metavar="N", help=translate("cli", "this HTTP status"))
    history.add_argument("--error", metavar="CODE", help=translate("cli", "this error code"))
    outcome = history.add_mutually_exclusive_group()
    outcome.add_argument("--failed", action="store_true", help=translate("cli", "only calls that failed"))
    outcome.add_argument("--ok", action="store_true", help=translate("cli", "only calls that succeeded"))
    history.add_argument("--text", help=translate("cli", "text in the parameters"))
    history.add_argument(
        "--limit", type=int, default=50, help=translate("cli", "how many requests to show (default 50)")
    )
    history.add_argument(
        "--show", type=int, metavar="ID", help=translate("cli", "print one call's request file and kept answer")
    )
    history.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    history.set_defaults(handler=run_search)


def _rows(entries: list[HistoryEntry]) -> list[dict[str, Any]]:
    return [
        {
            "id": entry.id,
            "time": entry.call.started_at.isoformat(timespec="seconds"),
            "method": entry.call.method,
            "http_method": entry.call.http_method,
            "params": entry.call.params,
            "http_status": entry.call.http_status,
            "error": entry.call.error_code,
            "duration_ms": round(entry.call.duration_ms, 1),
            "response_size": entry.response_size,
            "response_kept": entry.response_kept,
        }
        for entry in entries
    ]


def _print_rows(rows: list[dict[str, Any]], *, ids: bool = False) -> None:
    for row in rows:
        params = json.dumps(row["params"], ensure_ascii=False, separators=(",", ":"))
        status = row["http_status"] if row["http_status"] is not None else "-"
        outcome = f"{status!s:>3} {row['error'] or 'ok':<20} {row['duration_ms']:>8} ms"
        number = f"{row['id']:>6}  " if ids else ""
        print(f"{number}{row['time']}  {row['method']:<24} {outcome}  {params}")


def _history_key(storage: AppStorage, text: str) -> str:
    from b24desk.cli.webhook_option import looks_like_url
    from b24desk.core.webhook import parse_webhook_url
    from b24desk.storage.app_storage import SANDBOX_HISTORY, unsaved_history_key

    if text == SANDBOX_HISTORY:
        return SANDBOX_HISTORY
    if looks_like_url(text):
        webhook = parse_webhook_url(text).webhook
        entry = storage.saved_entry_of(webhook)
        return entry.id if entry is not None else unsaved_history_key(webhook)
    return storage.webhooks.find(text).id


def _show(storage: AppStorage, entry_id: int) -> int:
    from b24desk.core.request_file import request_to_json

    entry = storage.history.entry(entry_id)
    if entry is None:
        raise InputError(translate(_CTX, _MSG_NO_ENTRY).format(id=entry_id))
    sys.stdout.write(request_to_json(entry.request()))
    body = storage.history.response(entry_id)
    if body is not None:
        print(body.decode("utf-8", errors="replace"))
    elif entry.response_size is not None:
        print(translate(_CTX, _MSG_NOT_KEPT).format(size=entry.response_size), file=sys.stderr)
    return 0


def run_search(args: argparse.Namespace) -> int:
    """Print the calls that match the filters, newest first (or one call with --show)."""
    from b24desk.storage.history_search import HistoryFilter

    storage = open_storage()
    if args.show is not None:
        return _show(storage, args.show)
    query = HistoryFilter(
        webhook_id=_history_key(storage, args.webhook) if args.webhook else None,
        method=args.method,
        http_status=args.status,
        error_code=args.error,
        failed=True if args.failed else False if args.ok else None,
        text=args.text,
        limit=max(args.limit, 0),
    )
    rows = _rows(storage.search_history(query))
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(translate(_CTX, _MSG_NONE))
    _print_rows(rows, ids=True)
    return 0


def run_history(args: argparse.Namespace) -> int:
    """Print (or clear) a webhook's history."""
    storage = open_storage()
    name = storage.webhooks.find(args.name).name
    if args.clear:
        print(translate(_CTX, _MSG_CLEARED).format(name=name, count=storage.clear_history(name)))
        return 0
    rows = _rows(storage.history_of(name, limit=max(args.limit, 0)))
    if args.json:
        print_json([{k: v for k, v in row.items() if k in _WEBHOOK_HISTORY_KEYS} for row in rows])
    elif not rows:
        print(translate(_CTX, _MSG_EMPTY).format(name=name))
    else:
        _print_rows(rows)
    return 0


def _totals(totals: Totals) -> dict[str, Any]:
    return {
        "requests": totals.requests,
        "errors": totals.errors,
        "total_ms": round(totals.total_ms, 1),
        "average_ms": round(totals.average_ms, 1),
    }


def _line(totals: Totals) -> str:
    t = totals
    return f"{t.requests:>6} req  {t.errors:>4} err  {t.total_ms:>10.0f} ms  {t.average_ms:>8.0f} ms avg"


def run_stats(args: argparse.Namespace) -> int:
    """Print a webhook's 14-day statistics."""
    stats = open_storage().statistics(args.name)
    if args.json:
        print_json(
            {
                "days": [{"day": d.day.isoformat(), **_totals(d.totals)} for d in stats.days],
                "methods": [{"method": m.method, **_totals(m.totals)} for m in stats.methods],
                **_totals(stats.totals),
            }
        )
        return 0
    for day in stats.days:
        print(f"{day.day.isoformat()}  {_line(day.totals)}")
    print(translate(_CTX, _MSG_BUSIEST))
    for method in stats.methods:
        print(f"  {method.method:<32} {_line(method.totals)}")
    t = stats.totals
    print(translate(_CTX, _MSG_TOTAL).format(requests=t.requests, errors=t.errors, total=t.total_ms, avg=t.average_ms))
    return 0
