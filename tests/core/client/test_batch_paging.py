"""batch (chunks of 50, references, per-command errors) and fetch_all (fewest requests, no duplicates)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from b24desk.core.client import B24Client
from b24desk.core.errors import PortalError
from b24desk.core.query import Params
from b24desk.core.record_store import RecordStore
from b24desk.sandbox import SandboxConfig, SandboxPortal
from tests.core.client.paging_clients import paging_client

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def portal() -> AsyncIterator[SandboxPortal]:
    async with SandboxPortal(SandboxConfig(seed=130, rate=1000.0, burst=10_000)) as running:
        yield running


async def test_batch_of_120_commands_takes_three_requests_and_keeps_references(portal: SandboxPortal) -> None:
    commands: dict[str, tuple[str, Params]] = {"me": ("user.current", {})}
    for i in range(118):
        commands[f"add{i}"] = ("crm.lead.add", {"fields": {"TITLE": f"Batch lead {i}"}})
    # a reference across the chunk boundary: filled in by the client before the third request
    commands["again"] = ("crm.lead.get", {"id": "$result[add3]"})
    async with paging_client(portal) as client:
        outcome = await client.batch(commands)
    assert outcome.requests == 3
    assert outcome.errors == {}
    assert outcome.results["me"]["ID"] == "1"
    assert outcome.results["again"]["TITLE"] == "Batch lead 3"
    assert len(outcome.results) == 120


async def test_batch_reports_errors_per_command_and_halt_stops(portal: SandboxPortal) -> None:
    commands: list[tuple[str, Params]] = [
        ("crm.lead.get", {"id": 1}),
        ("crm.lead.get", {"id": 999_999}),
        ("no.such.method", {}),
        ("crm.lead.get", {"id": 2}),
    ]
    async with paging_client(portal) as client:
        free = await client.batch(commands)
        halted = await client.batch(commands, halt=True)
    assert set(free.results) == {"0", "3"}
    assert set(free.errors) == {"1", "2"}
    assert free.errors["2"].code == "ERROR_METHOD_NOT_FOUND"
    assert set(halted.results) == {"0"}
    assert "3" not in halted.results


async def _all_rows(client: B24Client, method: str, params: Params) -> tuple[list[Any], int, list[str]]:
    rows: list[Any] = []
    modes = []
    requests = 0
    async for page in client.fetch_all(method, params):
        assert isinstance(page.rows, RecordStore) == client.options.keep_records or len(page.rows) == 0
        rows.extend(page.rows)
        requests = page.requests
        modes.append(page.mode)
    return rows, requests, modes


async def test_fetch_all_gets_every_lead_in_few_requests(portal: SandboxPortal, keep_records: bool) -> None:
    async with paging_client(portal, keep_records) as client:
        rows, requests, modes = await _all_rows(client, "crm.lead.list", {"select": ["ID", "TITLE"]})
    ids = [int(row["ID"]) for row in rows]
    assert len(ids) == 130 and len(set(ids)) == 130
    assert ids == sorted(ids)
    assert requests == 2  # one ordinary page (with the total), then one batch for the rest
    assert set(modes) == {"keyset"}


async def test_fetch_all_with_a_custom_order_uses_offsets(portal: SandboxPortal, keep_records: bool) -> None:
    async with paging_client(portal, keep_records) as client:
        rows, requests, modes = await _all_rows(client, "crm.lead.list", {"order": {"TITLE": "ASC"}})
    assert len({row["ID"] for row in rows}) == 130
    assert set(modes) == {"offset"}
    assert requests == 2


async def test_fetch_all_tasks_reads_the_wrapped_rows(portal: SandboxPortal, keep_records: bool) -> None:
    async with paging_client(portal, keep_records) as client:
        total = (await client.call("tasks.task.list", {"select": ["ID"]})).total
        rows, _, _ = await _all_rows(client, "tasks.task.list", {"select": ["ID", "TITLE"]})
    assert total is not None and len(rows) == total
    assert len({row["id"] for row in rows}) == total


async def test_fetch_all_with_concurrent_inserts_has_no_duplicates_or_gaps(
    portal: SandboxPortal, keep_records: bool
) -> None:
    async with paging_client(portal, keep_records) as client:
        before = {int(r["ID"]) for r in (await _all_rows(client, "crm.lead.list", {"select": ["ID"]}))[0]}
        rows: list[Any] = []
        inserted = 0
        async for page in client.fetch_all("crm.lead.list", {"select": ["ID"]}):
            rows.extend(page.rows)
            if inserted < 3:  # others keep adding leads while we page
                await client.call("crm.lead.add", {"fields": {"TITLE": f"meanwhile {inserted}"}})
                inserted += 1
    ids = [int(row["ID"]) for row in rows]
    assert len(ids) == len(set(ids))
    assert before <= set(ids)


async def test_fetch_all_is_cancellable(portal: SandboxPortal) -> None:
    portal.faults.delay(5.0, method="batch", count=1)
    async with paging_client(portal) as client:
        seen: list[int] = []

        async def consume() -> None:
            async for page in client.fetch_all("crm.lead.list", {}):
                seen.append(page.fetched)

        task = asyncio.ensure_future(consume())
        await asyncio.sleep(0.5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert seen == [50]


async def test_fetch_all_error_inside_a_batch_is_raised(portal: SandboxPortal) -> None:
    async with paging_client(portal) as client:
        with pytest.raises(PortalError):
            await _all_rows(client, "crm.nothing.list", {})
