"""Stored rows for the newer methods: one by its `id`, or a page of 50 by `filter`/`order` with `total`/`next`.

The paging rules are list-methods-pecularities.md's and settings/performance/huge-data.md's (start=-1
skips the count); filters and orders run through b24desk/sandbox/filters.py like the CRM lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult, page_links
from b24desk.sandbox.errors import RestError, crm_error
from b24desk.sandbox.filters import compile_filter, run_query
from b24desk.sandbox.methods.params import as_int, as_mapping, start_param
from b24desk.sandbox.validation import ARRAY, OBJECT, ParamRule

Row = dict[str, Any]
# what a list method's page declares (crm-item-list.md, crm-activity-list.md, ...): checked before it runs
LISTING_RULES = (ParamRule("select", ARRAY), ParamRule("filter", OBJECT), ParamRule("order", OBJECT))


def stored_row(ctx: CallContext, table: str, not_found: RestError) -> tuple[int, Row]:
    """The row the `id` param names: "ID is not defined or invalid." for a bad ID (the classic CRM
    answer, crm-lead-get.md), `not_found` when there is no such row."""
    row_id = as_int(ctx.param("id"))
    if row_id is None or row_id <= 0:
        raise crm_error("ID is not defined or invalid.")
    row = ctx.store.get(table, row_id)
    if row is None:
        raise not_found
    return row_id, row


def group_param(ctx: CallContext, name: str, error: RestError) -> dict[str, Any]:
    """A `filter`/`order`/`fields` param as a dict: absent gives {}, a scalar raises `error`."""
    raw = ctx.param(name)
    if raw is None or raw == "":
        return {}
    found = as_mapping(raw)
    if found is None:
        raise error
    return found


def table_page(
    ctx: CallContext,
    table: str,
    raw_filter: Mapping[str, Any],
    order: list[tuple[str, bool]],
    types: Mapping[str, str],
) -> tuple[list[Row], int | None, int | None]:
    """Rows of one page, with `total` and `next` as the answer carries them."""
    start = start_param(ctx.param("start"))
    rows = ctx.store.table(table)
    page = run_query(rows.ids, rows.rows, compile_filter(raw_filter), order, start, types)
    total, following = page_links(start, page.total or 0, len(page.rows))
    return page.rows, total, following


def list_result(
    ctx: CallContext,
    table: str,
    raw_filter: Mapping[str, Any],
    order: list[tuple[str, bool]],
    types: Mapping[str, str],
    columns: list[str] | None = None,
) -> MethodResult:
    """A bare-array list answer (copies of the rows, only `columns` when given)."""
    rows, total, following = table_page(ctx, table, raw_filter, order, types)
    if columns is None:
        return MethodResult([dict(row) for row in rows], total, following)
    return MethodResult([{key: row.get(key) for key in columns} for row in rows], total, following)
