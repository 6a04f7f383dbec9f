"""Fetch every row of a list method with the fewest requests.

List methods give 50 rows a page (`start`, `next`, `total`). After a first ordinary page (which also
tells `total`), b24desk asks for 50 pages per `batch` request, 2,500 rows each:
- keyset mode (the docs' fast mode, bitrix24/b24restdocs: settings/performance/huge-data.md): order by
  ID, each page filtered `>ID` past the previous page's last row through a `$result[...]` reference,
  `start=-1` so the portal skips the slow count. Rows inserted meanwhile neither repeat nor shift pages.
- offset mode, when the method or the user's own order does not allow keyset paging: `start` = 50, 100,
  ... in one batch, rows de-duplicated by ID.

Keyset batches are fetched several at once when the first page shows more than one batch to go: the
IDs past the first page are split into LANES ranges (sized from `total` and how closely the first
page's IDs lie, so that with consecutive IDs each range is whole batches), each paged as above within
its range (`<=ID` its upper end; the last range has none), all ranges at once. Pages are still yielded
in ID order (a later range's pages wait for the earlier ones), and every request goes through the
client's pacing like any other. Request count: the same as one chain when IDs are consecutive, at most
LANES - 1 more otherwise; the wait for each answer (the portal's work, the way back) overlaps the others'.

Paging must make progress or stop: in keyset mode each page's last ID must be past the one before and
within its range; in offset mode a page of only rows already seen, or more pages than `total` allows,
ends in PagingError (a portal, or a proxy, that answers the same full page forever would otherwise be
asked forever).
"""

from __future__ import annotations

import asyncio
import math
import secrets
from collections.abc import AsyncGenerator, Callable, Mapping, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any, Protocol

from b24desk.core.batch import MAX_COMMANDS, BatchCommand, BatchCommands, BatchResult, Caller
from b24desk.core.errors import PagingError, PortalError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.portal_limits import PAGE_SIZE
from b24desk.core.query import Params, ParamValue, encode, php_urlencode

__all__ = ["BATCH_ROWS", "LANES", "Page", "PagingCaller", "fetch_all", "keyset_possible", "plan_lanes"]


class PagingCaller(Caller, Protocol):
    """What paging needs of a client: a call and a batch of calls (B24Client is one)."""

    async def batch(self, commands: BatchCommands, *, halt: bool = False) -> BatchResult: ...


MAX_PAGES_WITHOUT_TOTAL = 200_000  # 10 million rows: past any real list, still an end
LANES = 4  # keyset ranges fetched at once
BATCH_ROWS = PAGE_SIZE * MAX_COMMANDS  # rows one keyset batch brings
_MSG_STUCK = QT_TRANSLATE_NOOP(
    "paging", "the portal sent the same page again (the last ID did not move past {last}); paging stopped"
)
_MSG_REPEAT = QT_TRANSLATE_NOOP(
    "paging", "the portal sent only rows already fetched at offset {start}; paging stopped after {fetched} rows"
)
_MSG_PAST_TOTAL = QT_TRANSLATE_NOOP(
    "paging", "the portal kept sending new rows past {total} without saying a total; paging stopped"
)
_MSG_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "paging", "the portal sent IDs outside the range asked for ({low} to {high}); paging stopped"
)
# Methods whose rows live under a key of `result` (bitrix24/b24restdocs: tasks-task-list.md,
# crm-item-list.md); their rows use lower-case `id`.
_WRAPPERS = {"tasks.task.list": "tasks", "crm.item.list": "items"}
_LOWERCASE_FILTER = {"crm.item.list"}


@dataclass(frozen=True, slots=True)
class Page:
    """Rows that just arrived, with progress: rows so far, total when known, requests so far."""

    rows: Sequence[Any]  # a list, or a RecordStore when the client keeps records as bytes
    fetched: int
    total: int | None
    requests: int
    mode: str  # "keyset" or "offset"
    headers: Mapping[str, str] | None = None  # the first page's answer's HTTP headers (a batch's pages: None)


def _rows(method: str, result: Any) -> Sequence[Any]:
    wrapper = _WRAPPERS.get(method.lower())
    if wrapper and isinstance(result, dict):
        result = result.get(wrapper, [])
    if isinstance(result, dict):  # some methods key rows by ID
        return list(result.values())
    return result if isinstance(result, Sequence) and not isinstance(result, str | bytes) else []


def _ids(rows: Sequence[Any]) -> list[Any]:
    """Each row's ID (None where it has none); a RecordStore reads the two fields alone."""
    column = getattr(rows, "column", None)
    if column is None:
        return [_row_id(row) for row in rows]
    return [upper if upper is not None else lower for upper, lower in zip(column("ID"), column("id"), strict=True)]


def _unseen(rows: Sequence[Any], seen: set[Any]) -> tuple[Sequence[Any], list[Any]]:
    """The rows whose ID was not seen yet (and rows without one), with their IDs."""
    ids = _ids(rows)
    keep = [number for number, row_id in enumerate(ids) if row_id is None or row_id not in seen]
    if len(keep) == len(ids):
        return rows, ids
    picked = getattr(rows, "picked", None)
    kept = picked(keep) if picked is not None and keep else [rows[number] for number in keep]
    return kept, [ids[number] for number in keep]


def _id_key(method: str) -> str:
    return "id" if method.lower() in _LOWERCASE_FILTER else "ID"


def _row_id(row: Any) -> Any:
    if isinstance(row, dict):
        return row.get("ID", row.get("id"))
    return None


def _id_order(value: Any) -> tuple[int, int | str]:
    """IDs compare as numbers when they are numbers (portals send "10" as a string), else as text."""
    text = str(value)
    return (0, int(text)) if text.isdigit() and len(text) < 30 else (1, text)


def _check_moved(method: str, previous: Any, last: Any) -> None:
    if last is None or _id_order(last) <= _id_order(previous):
        raise PagingError(translate("paging", _MSG_STUCK).format(last=previous), method=method)


def keyset_possible(method: str, params: Mapping[str, Any]) -> bool:
    """True when rows can be paged by ID: a `.list` method ordered by ID (or not ordered) ascending."""
    if not method.lower().endswith(".list"):
        return False
    order = params.get("order")
    if order and not (
        isinstance(order, Mapping)
        and len(order) == 1
        and str(next(iter(order))).upper() == "ID"
        and str(next(iter(order.values()))).upper() == "ASC"
    ):
        return False
    filters = params.get("filter")
    if isinstance(filters, Mapping):
        for key in filters:
            text = str(key)
            if text.lstrip("<>=!@%").upper() == "ID" and ">" in text:
                return False  # the user's own lower bound; offset mode keeps it intact
    return True


def _own_id_filter(params: Mapping[str, Any]) -> bool:
    """True when the user's filter names the ID (its own bounds are kept: one chain, no ranges)."""
    filters = params.get("filter")
    return isinstance(filters, Mapping) and any(str(key).lstrip("<>=!@%").upper() == "ID" for key in filters)


def plan_lanes(first_id: Any, last_id: Any, rows: int, total: int | None, lanes: int = LANES) -> list[tuple[Any, Any]]:
    """ID ranges `(low, high]` (high None: open) to page at once after a first page of `rows` rows from
    `first_id` to `last_id`, `total` rows in all; one range (`last_id`, open) when ranges cannot help.

    Each range but the last is sized for whole batches at the first page's ID density: with
    consecutive IDs every range ends exactly on a batch, so no range costs a request more than one
    chain would.
    """
    low, high = _id_order(first_id), _id_order(last_id)
    one = [(last_id, None)]
    if low[0] or high[0]:
        return one  # IDs that are not numbers
    first, last = int(low[1]), int(high[1])
    if total is None or lanes < 2 or last < first or rows < PAGE_SIZE:
        return one  # no total, or a first page out of order or short
    batches = math.ceil(max(total - rows, 0) / BATCH_ROWS)
    per_lane = math.ceil(batches / lanes) if batches else 0
    count = math.ceil(batches / per_lane) if per_lane else 0
    if count < 2:
        return one
    density = rows / (last - first + 1)  # rows per ID in the first page: at most 1
    span = math.ceil(per_lane * BATCH_ROWS / density)
    starts = [last + lane * span for lane in range(count)]
    return [(start, start + span) for start in starts[:-1]] + [(starts[-1], None)]


def _with_select_id(params: dict[str, Any], id_key: str) -> None:
    select = params.get("select")
    if isinstance(select, list) and select and not {"*", id_key, "ID", "id"} & {str(s) for s in select}:
        params["select"] = [*select, id_key]


async def fetch_all(client: PagingCaller, method: str, params: Params, *, ranges: int = LANES) -> AsyncGenerator[Page]:
    """Yield every row of `method` page by page; cancel the iteration to stop at any point. Up to
    `ranges` keyset ranges are fetched at once (1: one chain, a batch at a time).

    Several requests may be under way while a page is read: a reader that stops early should close the
    iteration (`async with contextlib.aclosing(...)`, or cancel inside it) so they stop at once rather
    than when the loop finalises the generator."""
    base: dict[str, Any] = {k: v for k, v in params.items() if k != "start"}
    id_key = _id_key(method)
    keyset = keyset_possible(method, base)
    if keyset:
        base["order"] = {id_key: "ASC"}
        _with_select_id(base, id_key)
    first = await client.call(method, {**base, "start": 0})
    rows = _rows(method, first.result)
    requests, fetched, total = 1, len(rows), first.total
    mode = "keyset" if keyset and rows and _row_id(rows[-1]) is not None else "offset"
    yield Page(rows, fetched, total, requests, mode, first.response.headers)
    if first.next is None or len(rows) < PAGE_SIZE:
        return
    if mode == "keyset":
        plan = [(_row_id(rows[-1]), None)]
        if not _own_id_filter(base):
            plan = plan_lanes(_row_id(rows[0]), _row_id(rows[-1]), len(rows), total, ranges)
        pages = _keyset_lanes(client, method, base, id_key, plan)
    else:
        seen = set(_ids(rows)) - {None}
        pages = _offset_pages(client, method, base, first.next, total, seen)
    async with aclosing(pages):  # ending this iteration ends the ranges under way at once
        async for batch_rows, batch_requests in pages:
            requests += batch_requests
            fetched += len(batch_rows)
            yield Page(batch_rows, fetched, total, requests, mode)


def _filtered(base: Mapping[str, Any], id_key: str, bound: ParamValue, upper: Any = None) -> dict[str, Any]:
    filters = dict(base.get("filter") or {}) if isinstance(base.get("filter"), Mapping) else {}
    filters[f">{id_key}"] = bound
    if upper is not None:
        filters[f"<={id_key}"] = upper
    return {**base, "filter": filters, "start": -1}


def _query_around_bound(base: Mapping[str, Any], id_key: str, upper: Any) -> Callable[[str], Params | str]:
    """The params of a keyset page for a text bound (a `$result[...]` reference), encoded once for the
    chain: the fifty commands of a batch differ only there."""
    marker = f"b24deskbound{secrets.token_hex(8)}"  # letters and digits: encoded as itself
    encoded = encode(_filtered(base, id_key, marker, upper))
    head, found, tail = encoded.partition(marker)
    if not found or marker in tail:  # cannot happen; encode each command as it is then
        return lambda bound: _filtered(base, id_key, bound, upper)
    return lambda bound: head + php_urlencode(bound) + tail


def _check(batch: BatchResult, key: str) -> None:
    error = batch.errors.get(key)
    if error is not None:
        raise PortalError(error.code, error.description, method="batch")


def _within(method: str, rows: Sequence[Any], low: Any, high: Any, high_order: tuple[int, int | str]) -> Sequence[Any]:
    """A range's page: its first row must be past `low`; rows past `high` are left out (a portal that
    ignores the `<=ID` filter then still gives each row once: the next range has them)."""
    first, last = _row_id(rows[0]), _row_id(rows[-1])
    if first is None or _id_order(first) <= _id_order(low):
        message = translate("paging", _MSG_OUT_OF_RANGE).format(low=low, high=high)
        raise PagingError(message, method=method)
    if last is not None and _id_order(last) <= high_order:
        return rows  # the portal orders by ID: the whole page is in the range
    return [row for row in rows if (row_id := _row_id(row)) is not None and _id_order(row_id) <= high_order]


async def _keyset_pages(
    client: PagingCaller, method: str, base: Mapping[str, Any], id_key: str, last_id: Any, upper: Any = None
) -> AsyncGenerator[tuple[Sequence[Any], int]]:
    """One chain: batches of pages past `last_id`, up to `upper` (included) when given."""
    wrapper = _WRAPPERS.get(method.lower())
    path = f"[{wrapper}]" if wrapper else ""
    row_key = "id" if wrapper else id_key
    query = _query_around_bound(base, id_key, upper)
    references = [f"$result[p{index - 1}]{path}[{PAGE_SIZE - 1}][{row_key}]" for index in range(1, MAX_COMMANDS)]
    upper_order = _id_order(upper) if upper is not None else None
    while True:
        commands: dict[str, BatchCommand] = {"p0": (method, _filtered(base, id_key, last_id, upper))}
        for index, reference in enumerate(references, start=1):
            commands[f"p{index}"] = (method, query(reference))
        batch = await client.batch(commands, halt=True)
        for index in range(MAX_COMMANDS):
            key = f"p{index}"
            _check(batch, key)
            rows = _rows(method, batch.results.get(key))
            # A short page ends the set (or the range); later commands referred to a row that does not
            # exist, so whatever they returned is ignored. So does a page that reaches the range's end.
            if len(rows) >= PAGE_SIZE:
                _check_moved(method, last_id, _row_id(rows[-1]))
            if upper_order is not None and rows:
                kept = _within(method, rows, last_id, upper, upper_order)
                if kept is not rows:  # rows past the range's end: the range is done
                    yield kept, 1 if index == 0 else 0
                    return
            yield rows, 1 if index == 0 else 0
            if len(rows) < PAGE_SIZE:
                return
            last_id = _row_id(rows[-1])
            if upper_order is not None and _id_order(last_id) >= upper_order:
                return


async def _keyset_lanes(
    client: PagingCaller, method: str, base: Mapping[str, Any], id_key: str, plan: list[tuple[Any, Any]]
) -> AsyncGenerator[tuple[Sequence[Any], int]]:
    """The ranges of `plan` paged at once, their pages yielded in range order; a failure in any range
    ends the whole at once, and ending the iteration (or cancelling it) stops every range.

    The other ranges start once the first range's first batch came back sound: a portal that answers
    nonsense costs one batch, as one chain would, not one per range.
    """
    if len(plan) == 1:
        async for item in _keyset_pages(client, method, base, id_key, *plan[0]):
            yield item
        return
    queues: list[asyncio.Queue[tuple[Sequence[Any], int] | BaseException | None]] = [asyncio.Queue() for _ in plan]
    first_sound = asyncio.Event()

    async def run(lane: int, low: Any, high: Any) -> None:
        try:
            if lane:
                await first_sound.wait()
            async for item in _keyset_pages(client, method, base, id_key, low, high):
                queues[lane].put_nowait(item)
                first_sound.set()
        except BaseException as error:  # reaches the reader at once, whichever range it is reading
            for queue in queues:  # (a cancellation too: the reader must never wait for a range that ended)
                queue.put_nowait(error)
            if not isinstance(error, Exception):
                raise
            return
        queues[lane].put_nowait(None)

    tasks = [
        asyncio.create_task(run(lane, low, high), name=f"b24desk-paging-range-{lane}")
        for lane, (low, high) in enumerate(plan)
    ]
    try:
        for queue in queues:
            while (arrived := await queue.get()) is not None:
                if isinstance(arrived, BaseException):
                    raise arrived
                yield arrived
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def _offset_pages(
    client: PagingCaller, method: str, base: Mapping[str, Any], start: int, total: int | None, seen: set[Any]
) -> AsyncGenerator[tuple[Sequence[Any], int]]:
    fetched = len(seen)
    limit = total if total is not None else PAGE_SIZE * MAX_PAGES_WITHOUT_TOTAL
    while start < limit:
        starts = [s for s in (start + PAGE_SIZE * i for i in range(MAX_COMMANDS)) if s < limit]
        batch = await client.batch({f"s{s}": (method, {**base, "start": s}) for s in starts})
        for index, offset in enumerate(starts):
            _check(batch, f"s{offset}")
            page = _rows(method, batch.results.get(f"s{offset}"))
            rows, ids = _unseen(page, seen)
            if page and not rows:  # only repeats: the portal is not moving through the list
                message = translate("paging", _MSG_REPEAT).format(start=offset, fetched=fetched)
                raise PagingError(message, method=method)
            seen.update(ids)
            fetched += len(rows)
            yield rows, 1 if index == 0 else 0
            if len(page) < PAGE_SIZE:
                return
        start = starts[-1] + PAGE_SIZE
    if total is None:
        raise PagingError(translate("paging", _MSG_PAST_TOTAL).format(total=limit), method=method)
