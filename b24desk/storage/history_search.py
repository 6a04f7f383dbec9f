"""Searching the request history: by webhook, method, HTTP status, error code, outcome and text in parameters."""

from __future__ import annotations

from dataclasses import dataclass

from b24desk.storage.history import HistoryEntry, HistoryStore

FAILED_SQL = "(error_code IS NOT NULL OR http_status IS NULL OR http_status >= 400)"


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """What to look for; every field left None matches everything."""

    webhook_id: str | None = None  # a history key (saved webhook id, `sandbox`, `portal:...`)
    method: str | None = None  # part of the method name, any case (`lead` finds crm.lead.add)
    http_status: int | None = None
    error_code: str | None = None  # the whole code, any case (`query_limit_exceeded`)
    failed: bool | None = None  # True: only errors; False: only successes
    text: str | None = None  # text anywhere in the (masked) parameters, keys or values, any case
    limit: int | None = 100


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_history(history: HistoryStore, query: HistoryFilter) -> list[HistoryEntry]:
    """The stored calls that match every given condition, newest first."""
    where: list[str] = []
    args: list[object] = []
    if query.webhook_id is not None:
        where.append("webhook_id = ?")
        args.append(query.webhook_id)
    if query.method:
        where.append("method LIKE ? ESCAPE '\\'")
        args.append(_like(query.method.strip()))
    if query.http_status is not None:
        where.append("http_status = ?")
        args.append(query.http_status)
    if query.error_code:
        where.append("upper(error_code) = upper(?)")
        args.append(query.error_code.strip())
    if query.failed is not None:
        where.append(FAILED_SQL if query.failed else f"NOT {FAILED_SQL}")
    if query.text:
        where.append("params LIKE ? ESCAPE '\\'")  # SQLite's LIKE ignores case for ASCII letters
        args.append(_like(query.text))
    return history.select(" AND ".join(where) or "1", args, limit=query.limit)
