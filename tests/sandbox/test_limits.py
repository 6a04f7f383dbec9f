"""Limits: the leaky bucket (503 QUERY_LIMIT_EXCEEDED) and the operating-time account (429).

Source: b24restdocs limits.md (leaky bucket X/Y, batch is one request; ten one-minute buckets,
`operating_reset_at` = first call in the bucket + 10 minutes, only the method over the limit is blocked,
the outer batch is not counted).
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from b24desk.sandbox import SandboxConfig, SandboxPortal
from b24desk.sandbox.operating_time import OperatingTimeAccount
from b24desk.sandbox.rate_limit import QueryLimiter


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_leaky_bucket_admits_burst_then_drains_at_rate() -> None:
    clock = FakeClock()
    bucket = QueryLimiter(rate=2.0, burst=50, clock=clock)
    assert all(bucket.admit("hook") for _ in range(50))
    assert not bucket.admit("hook")
    assert bucket.admit("other")  # one bucket per webhook
    clock.now += 0.5  # drains one request
    assert bucket.admit("hook")
    assert not bucket.admit("hook")


def test_operating_time_buckets_reset_ten_minutes_after_their_first_call() -> None:
    clock = FakeClock()
    clock.now = 60_000.0  # start of a minute
    account = OperatingTimeAccount(limit=25.0, clock=clock)
    account.record("hook", "crm.lead.list", 10.0)
    clock.now += 70  # next minute: a second bucket
    account.record("hook", "crm.lead.list", 20.0)
    assert account.operating("hook", "crm.lead.list") == (30.0, 60_600)
    assert account.blocked("hook", "crm.lead.list")
    assert not account.blocked("hook", "crm.deal.list")
    assert not account.blocked("other", "crm.lead.list")
    clock.now = 60_600.0  # the first bucket drops out
    assert account.operating("hook", "crm.lead.list") == (20.0, 60_670)
    assert not account.blocked("hook", "crm.lead.list")


@pytest.mark.asyncio
async def test_query_limit_exceeded_past_the_burst_and_batch_counts_once() -> None:
    config = SandboxConfig(seed=5, rate=1.0, burst=3)  # slow drain: four quick requests meet the limit
    async with SandboxPortal(config) as portal, httpx.AsyncClient() as client:
        batch = {"cmd": {f"c{i}": "server.time" for i in range(10)}}
        answers = [await client.post(portal.webhook_url + "batch", json=batch) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 200]
        blocked = await client.get(portal.webhook_url + "profile")
        assert blocked.status_code == 503
        assert blocked.json() == {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}
        await asyncio.sleep(1.1)  # 1 per second drain: room for one more request
        assert (await client.get(portal.webhook_url + "profile")).status_code == 200


@pytest.mark.asyncio
async def test_operation_time_limit_blocks_only_that_method() -> None:
    config = SandboxConfig(seed=5, rate=1000.0, burst=1000, operating_cost=100.0, operating_limit=250.0)
    async with SandboxPortal(config) as portal, httpx.AsyncClient() as client:
        url = portal.webhook_url
        operating = []
        for _ in range(3):
            answer = await client.get(url + "crm.lead.list")
            assert answer.status_code == 200
            operating.append(answer.json()["time"]["operating"])
        assert operating == [100.0, 200.0, 300.0]
        blocked = await client.get(url + "crm.lead.list")
        assert blocked.status_code == 429 and blocked.json()["error"] == "OPERATION_TIME_LIMIT"
        assert (await client.get(url + "crm.deal.list")).status_code == 200
        inside = (await client.post(url + "batch", json={"cmd": {"a": "crm.lead.list", "b": "crm.deal.list"}})).json()
        assert inside["result"]["result_error"]["a"]["error"] == "OPERATION_TIME_LIMIT"
        assert inside["result"]["result_time"]["b"]["operating"] == 200.0  # each nested call counts
        assert inside["time"]["operating"] == 0.0  # the outer batch does not


@pytest.mark.asyncio
async def test_webhooks_whose_masked_secrets_look_alike_have_their_own_buckets() -> None:
    async with (
        SandboxPortal(SandboxConfig(seed=0, rate=0.01, burst=2)) as portal,
        httpx.AsyncClient() as client,
    ):
        first, second = (portal.add_webhook(3, f"ab{digit * 12}yz", ["crm"]) for digit in "12")
        assert first.label == second.label == "3:ab************yz"
        first_url, second_url = (f"{portal.base_url}/rest/3/ab{digit * 12}yz/profile" for digit in "12")
        assert [(await client.get(first_url)).status_code for _ in range(3)] == [200, 200, 503]
        assert (await client.get(second_url)).status_code == 200
