"""fetch_all pages ID ranges at once past the first batch: every row once, in ID order, in as few requests
as one chain when IDs are consecutive, and a failure or a stop ends every range."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from contextlib import aclosing
from typing import Any

import pytest

from b24desk.core.batch import BatchCommands, BatchResult, command_string
from b24desk.core.client import B24Client, ClientOptions
from b24desk.core.errors import NetworkError
from b24desk.core.paging import BATCH_ROWS, LANES, _filtered, _query_around_bound, fetch_all, plan_lanes
from b24desk.core.query import Params
from b24desk.core.rate_limit import BucketRegistry
from b24desk.core.response import CallResult
from b24desk.core.webhook import parse_webhook_url
from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from tests.core.client.paging_clients import paging_client

LEADS = 12_560  # the first page, then 6 batches: 3 ranges of 2 batches each


@pytest.fixture(scope="module")
def portal() -> Iterator[SandboxPortal]:
    with run_in_thread(SandboxConfig(seed=LEADS, rate=1000.0, burst=10_000)) as running:
        yield running


async def fetch(client: B24Client, params: Params) -> tuple[list[int], int, set[str]]:
    ids: list[int] = []
    requests, modes = 0, set[str]()
    async for page in client.fetch_all("crm.lead.list", params):
        ids.extend(int(row["ID"]) for row in page.rows)
        requests, modes = page.requests, modes | {page.mode}
    return ids, requests, modes


def one_chain(total: int) -> int:
    """Requests of one keyset chain: the first page, the full batches, and the batch with the end (a
    short page, or the empty page after an exact multiple)."""
    return 1 + (total - 50) // BATCH_ROWS + 1


def range_tasks() -> list[asyncio.Task[Any]]:
    return [t for t in asyncio.all_tasks() if t.get_name().startswith("b24desk-paging-range") and not t.done()]


def test_consecutive_ids_make_ranges_of_whole_batches() -> None:
    assert plan_lanes(1, 50, 50, 100_000) == [(50, 25_050), (25_050, 50_050), (50_050, 75_050), (75_050, None)]
    # half the IDs missing in the first page: ranges twice as wide, for the same rows each
    assert plan_lanes(1, 100, 50, 100_000)[:2] == [(100, 50_100), (50_100, 100_100)]
    assert plan_lanes("1", "50", 50, LEADS) == [(50, 5_050), (5_050, 10_050), (10_050, None)]


@pytest.mark.parametrize(
    ("first", "last", "rows", "total"),
    [(1, 50, 50, 2_550), (1, 50, 50, None), ("a", "z", 50, 100_000), (50, 1, 50, 100_000), (1, 40, 40, 100_000)],
    ids=["one batch to go", "no total", "ids not numbers", "out of order", "short first page"],
)
def test_one_chain_when_ranges_cannot_help(first: Any, last: Any, rows: int, total: int | None) -> None:
    assert plan_lanes(first, last, rows, total) == [(last, None)]


@pytest.mark.asyncio
async def test_every_lead_once_in_id_order_in_as_many_requests_as_one_chain(
    portal: SandboxPortal, keep_records: bool
) -> None:
    async with paging_client(portal, keep_records) as client:
        total = (await client.call("crm.lead.list", {"select": ["ID"]})).total
        ids, requests, modes = await fetch(client, {"select": ["ID", "TITLE"]})
    assert total is not None and total >= LEADS
    assert ids == sorted(set(ids)) and len(ids) == total
    assert requests == one_chain(total)
    assert modes == {"keyset"}


@pytest.mark.asyncio
async def test_sparse_ids_under_a_filter_are_all_fetched_in_few_more_requests(portal: SandboxPortal) -> None:
    params: Params = {"filter": {"@SOURCE_ID": ["CALL", "EMAIL", "WEB", "ADVERTISING"]}, "select": ["ID"]}
    async with paging_client(portal) as client:
        total = (await client.call("crm.lead.list", params)).total
        ids, requests, _ = await fetch(client, params)
    assert total is not None and total - 50 > BATCH_ROWS  # gaps between IDs, and more than one batch to go
    assert ids == sorted(set(ids)) and len(ids) == total
    assert requests <= one_chain(total) + LANES - 1


@pytest.mark.asyncio
async def test_rows_added_while_paging_are_neither_lost_nor_repeated(portal: SandboxPortal) -> None:
    async with paging_client(portal) as client:
        before = set((await fetch(client, {"select": ["ID"]}))[0])
        ids: list[int] = []
        async for page in client.fetch_all("crm.lead.list", {"select": ["ID"]}):
            ids.extend(int(row["ID"]) for row in page.rows)
            if page.requests == 1:
                await client.call("crm.lead.add", {"fields": {"TITLE": "added while paging"}})
    assert len(ids) == len(set(ids)) and before <= set(ids)


class FailingBatch:
    """The real client, except that its `nth` batch raises (a range's failure at a known point)."""

    def __init__(self, client: B24Client, nth: int) -> None:
        self.client, self.nth, self.batches = client, nth, 0

    async def call(self, method: str, params: Params | None = None) -> CallResult:
        return await self.client.call(method, params)

    async def batch(self, commands: BatchCommands, *, halt: bool = False) -> BatchResult:
        self.batches += 1
        if self.batches == self.nth:
            raise NetworkError("connection reset", method="batch", sent=True)
        return await self.client.batch(commands, halt=halt)


class IgnoresUpperBounds(FailingBatch):
    """The real client with every `<=ID` filter taken out of the batches: a portal that ignores it."""

    async def batch(self, commands: BatchCommands, *, halt: bool = False) -> BatchResult:
        assert isinstance(commands, dict)
        stripped = {}
        for key, (method, params) in commands.items():
            if isinstance(params, str):
                params = re.sub(r"&filter%5B%3C%3DID%5D=[^&]*", "", params)
            else:
                params = {**params, "filter": {k: v for k, v in params["filter"].items() if k != "<=ID"}}
            stripped[key] = (method, params)
        return await self.client.batch(stripped, halt=halt)


@pytest.mark.asyncio
async def test_a_portal_ignoring_the_upper_bound_still_gives_each_row_once(
    portal: SandboxPortal, keep_records: bool
) -> None:
    params: Params = {"filter": {"@SOURCE_ID": ["CALL", "EMAIL", "WEB", "ADVERTISING"]}, "select": ["ID"]}
    async with paging_client(portal, keep_records) as client:  # IDs with gaps: ranges end within a page
        total = (await client.call("crm.lead.list", params)).total
        ids: list[int] = []
        async for page in fetch_all(IgnoresUpperBounds(client, nth=0), "crm.lead.list", params):
            ids.extend(int(row["ID"]) for row in page.rows)
    assert ids == sorted(set(ids)) and len(ids) == total


@pytest.mark.asyncio
async def test_a_failing_range_ends_the_fetch_and_every_range(portal: SandboxPortal) -> None:
    async with paging_client(portal) as client:
        # batches: the first range's first, then its second (sent as soon as the first is read), then the
        # second range's first: that one fails while the others are under way
        caller = FailingBatch(client, nth=3)
        fetched = 0
        with pytest.raises(NetworkError):
            async for page in fetch_all(caller, "crm.lead.list", {"select": ["ID"]}):
                fetched = page.fetched
        assert range_tasks() == []
    assert fetched < LEADS


@pytest.mark.asyncio
async def test_stopping_the_iteration_stops_every_range(portal: SandboxPortal) -> None:
    async with paging_client(portal) as client:
        pages = client.fetch_all("crm.lead.list", {"select": ["ID"]})
        async for page in pages:
            if page.requests > 1:  # the ranges are under way
                break
        assert range_tasks()
        await pages.aclose()  # what `async for` leaves to the reader (the app's and CLI's readers do it)
        assert range_tasks() == []


@pytest.mark.parametrize("upper", [None, 5_050])
def test_the_fifty_commands_encoded_once_equal_each_encoded_alone(upper: int | None) -> None:
    base: Params = {"filter": {"@SOURCE_ID": ["CALL", "WEB"], "%TITLE": "Rückruf & co"}, "select": ["*"]}
    query = _query_around_bound(base, "ID", upper)
    for reference in ("$result[p0][49][ID]", "$result[p48][tasks][49][id]"):
        assert command_string("crm.lead.list", query(reference)) == command_string(
            "crm.lead.list", _filtered(base, "ID", reference, upper)
        )


@pytest.mark.asyncio
async def test_cancelling_the_reader_stops_every_range(portal: SandboxPortal) -> None:
    async with paging_client(portal) as client:
        under_way = asyncio.Event()

        async def read() -> None:  # as the app's Execute reads: cancelled between pages, closing the pages
            async with aclosing(client.fetch_all("crm.lead.list", {"select": ["ID"]})) as pages:
                async for page in pages:
                    if page.requests > 1:
                        under_way.set()
                        await asyncio.Event().wait()  # busy with the page when the cancel comes

        reader = asyncio.ensure_future(read())
        await under_way.wait()
        assert range_tasks()
        reader.cancel()
        with pytest.raises(asyncio.CancelledError):
            await reader
        assert range_tasks() == []


@pytest.mark.asyncio
async def test_a_client_set_to_one_range_pages_one_chain(portal: SandboxPortal) -> None:
    webhook = parse_webhook_url(portal.webhook_url).webhook
    options = ClientOptions(rate=1000.0, burst=10_000, paging_ranges=1)  # as the window's client is
    async with B24Client(webhook, options, buckets=BucketRegistry()) as client:
        ids: list[int] = []
        async for page in client.fetch_all("crm.lead.list", {"select": ["ID"]}):
            assert range_tasks() == []
            ids.extend(int(row["ID"]) for row in page.rows)
            requests = page.requests
    assert ids == sorted(set(ids)) and requests == one_chain(len(ids))
