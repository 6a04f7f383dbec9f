"""Fetch every row of a list method with the fewest requests.

List methods give 50 rows a page (`start`, `next`, `total`). After a first ordinary page (which also
tells `total`), b24desk asks for 50 pages per `batch` request, 2,500 rows each:
- keyset mode (the docs' fast mode, bitrix24/b24restdocs: settings/performance/huge-data.md): order by
  ID, each page filtered `>ID` past the previous page's last row through a `$result[...]` reference,
  `start=-1` so the portal skips the slow count. Rows inserted meanwhile neither repeat nor shift pages.
- offset mode, when the method or the user's own order does not allow keyset paging: `start` = 50, 100,
  ... in one batch, rows de-duplicated by ID.

Paging must make progress or stop: in keyset mode each page's last ID must be past the one before; in
offset mode a page of only rows already seen, or more pages than `total` allows, ends in PagingError (a
portal, or a proxy, that answers the same full page forever would otherwise be asked forever).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from b24desk.core.batch import MAX_COMMANDS, BatchCommands, BatchResult, Caller
from b24desk.core.errors import PagingError, PortalError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.portal_limits import PAGE_SIZE
from b24desk.core.query import Params, ParamValue

__all__ = ["Page", "PagingCaller", "fetch_all", "keyset_possible"]


class PagingCaller(Caller, Protocol):
    """What paging needs of a client: a call and a batch of calls (B24Client is one)."""

    async def batch(self, commands: BatchCommands, *, halt: bool = False) -> BatchResult: ...


MAX_PAGES_WITHOUT_TOTAL = 200_000  # 10 million rows: past any real list, still an end
_MSG_STUCK = QT_TRANSLATE_NOOP(
    "paging", "the portal sent the same page again (the last ID did not move past {last}); paging stopped"
)
_MSG_REPEAT = QT_TRANSLATE_NOOP(
    "paging", "the portal sent only rows already fetched at offset {start}; paging stopped after {fetched} rows"
)
_MSG_PAST_TOTAL = QT_TRANSLATE_NOOP(
    "paging", "the portal kept sending new rows past {total} without saying a total; paging stopped"
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


def _with_select_id(params: dict[str, Any], id_key: str) -> None:
    select = params.get("select")
    if isinstance(select, list) and select and not {"*", id_key, "ID", "id"} & {str(s) for s in select}:
        params["select"] = [*select, id_key]


async def fetch_all(client: PagingCaller, method: str, params: Params) -> AsyncIterator[Page]:
    """Yield every row of `method` page by page; cancel the iteration to stop at any point."""
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
    yield Page(rows, fetched, total, requests, mode)
    if first.next is None or len(rows) < PAGE_SIZE:
        return
    if mode == "keyset":
        pages = _keyset_pages(client, method, base, id_key, _row_id(rows[-1]))
    else:
        seen = set(_ids(rows)) - {None}
        pages = _offset_pages(client, method, base, first.next, total, seen)
    async for batch_rows, batch_requests in pages:
        requests += batch_requests
        fetched += len(batch_rows)
        yield Page(batch_rows, fetched, total, requests, mode)


def _filtered(base: Mapping[str, Any], id_key: str, bound: ParamValue) -> dict[str, Any]:
    filters = dict(base.get("filter") or {}) if isinstance(base.get("filter"), Mapping) else {}
    filters[f">{id_key}"] = bound
    return {**base, "filter": filters, "start": -1}


def _check(batch: BatchResult, key: str) -> None:
    error = batch.errors.get(key)
    if error is not None:
        raise PortalError(error.code, error.description, method="batch")


async def _keyset_pages(
    client: PagingCaller, method: str, base: Mapping[str, Any], id_key: str, last_id: Any
) -> AsyncIterator[tuple[Sequence[Any], int]]:
    wrapper = _WRAPPERS.get(method.lower())
    path = f"[{wrapper}]" if wrapper else ""
    row_key = "id" if wrapper else id_key
    while True:
        commands: dict[str, tuple[str, Params]] = {}
        for index in range(MAX_COMMANDS):
            bound = last_id if index == 0 else f"$result[p{index - 1}]{path}[{PAGE_SIZE - 1}][{row_key}]"
            commands[f"p{index}"] = (method, _filtered(base, id_key, bound))
        batch = await client.batch(commands, halt=True)
        for index in range(MAX_COMMANDS):
            key = f"p{index}"
            _check(batch, key)
            rows = _rows(method, batch.results.get(key))
            # A short page ends the set; later commands referred to a row that does not exist,
            # so whatever they returned is ignored.
            if len(rows) >= PAGE_SIZE:
                _check_moved(method, last_id, _row_id(rows[-1]))
            yield rows, 1 if index == 0 else 0
            if len(rows) < PAGE_SIZE:
                return
            last_id = _row_id(rows[-1])


async def _offset_pages(
    client: PagingCaller, method: str, base: Mapping[str, Any], start: int, total: int | None, seen: set[Any]
) -> AsyncIterator[tuple[Sequence[Any], int]]:
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
