"""`b24desk webhooks history NAME` and `b24desk webhooks stats NAME`: what was called, and how it went."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from b24desk.cli.output import print_json
from b24desk.cli.webhook_option import open_storage
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from b24desk.storage.statistics import Totals

_CTX = "cli"
_MSG_CLEARED = QT_TRANSLATE_NOOP("cli", "Cleared the history of {name!r} ({count} requests).")
_MSG_EMPTY = QT_TRANSLATE_NOOP("cli", "No requests recorded for {name!r}.")
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


def run_history(args: argparse.Namespace) -> int:
    """Print (or clear) a webhook's history."""
    storage = open_storage()
    name = storage.webhooks.find(args.name).name
    if args.clear:
        print(translate(_CTX, _MSG_CLEARED).format(name=name, count=storage.clear_history(name)))
        return 0
    entries = storage.history_of(name, limit=max(args.limit, 0))
    rows = [
        {
            "time": entry.call.started_at.isoformat(timespec="seconds"),
            "method": entry.call.method,
            "params": entry.call.params,
            "http_status": entry.call.http_status,
            "error": entry.call.error_code,
            "duration_ms": round(entry.call.duration_ms, 1),
        }
        for entry in entries
    ]
    if args.json:
        print_json(rows)
    elif not rows:
        print(translate(_CTX, _MSG_EMPTY).format(name=name))
    for row in [] if args.json else rows:
        params = json.dumps(row["params"], ensure_ascii=False, separators=(",", ":"))
        status = row["http_status"] if row["http_status"] is not None else "-"
        outcome = f"{status!s:>3} {row['error'] or 'ok':<20} {row['duration_ms']:>8} ms"
        print(f"{row['time']}  {row['method']:<24} {outcome}  {params}")
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
