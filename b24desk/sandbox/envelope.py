"""The answer envelope: `result`, `total`/`next` for lists and the `time` block on every answer.

Sources: settings/how-to-call-rest-api/list-methods-pecularities.md (`total`, `next`),
api-reference/data-types.md (`time`) and limits.md (`operating`, `operating_reset_at`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from b24desk.core import portal_limits
from b24desk.sandbox.clock import PortalClock

PAGE_SIZE = portal_limits.PAGE_SIZE  # crm-lead-list.md: "The page size of results is always static: 50 records."


@dataclass(slots=True)
class MethodResult:
    """What a method returns: its `result`, and for lists `total` and `next` (None when absent)."""

    result: Any
    total: int | None = None
    next: int | None = None


def time_block(
    start: float, finish: float, processing: float, operating: float, reset_at: int, clock: PortalClock
) -> dict[str, Any]:
    """The `time` object of an answer (data-types.md, limits.md); its dates in the portal's offset."""
    return {
        "start": start,
        "finish": finish,
        "duration": finish - start,
        "processing": processing,
        "date_start": clock.iso(start),
        "date_finish": clock.iso(finish),
        "operating_reset_at": reset_at,
        "operating": operating,
    }


def success_body(outcome: MethodResult, time_info: dict[str, Any]) -> dict[str, Any]:
    """The body of a successful answer, keys in the portal's order."""
    body: dict[str, Any] = {"result": outcome.result}
    if outcome.next is not None:
        body["next"] = outcome.next
    if outcome.total is not None:
        body["total"] = outcome.total
    body["time"] = time_info
    return body


def page_links(start: int, total: int, page_rows: int) -> tuple[int | None, int | None]:
    """`(total, next)` for a page read at `start`; start=-1 gives `total` 0 and no `next`.

    settings/performance/huge-data.md: with start=-1 the count is skipped and the answer has
    `total: 0` and no `next`; list-methods-pecularities.md: `next` only while more rows exist.
    """
    if start < 0:
        return 0, None
    following = start + page_rows
    return total, (following if following < total else None)


def now() -> float:
    """The current unix time (one place to read the clock)."""
    return time.time()
