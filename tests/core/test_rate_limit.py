"""The client-side leaky bucket, on a virtual clock (the pacing logic, not real time)."""

from __future__ import annotations

import asyncio

import pytest

from b24desk.core.rate_limit import BucketRegistry, LeakyBucket


class VirtualClock:
    """A clock that moves only when the bucket sleeps, so tests are exact and instant."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.mark.asyncio
async def test_burst_passes_then_requests_are_paced_at_the_rate() -> None:
    clock = VirtualClock()
    bucket = LeakyBucket(rate=2.0, burst=50, clock=clock, sleep=clock.sleep)
    waits = [await bucket.acquire() for _ in range(49)]  # one slot of the portal's 50 kept spare
    assert waits == [0.0] * 49
    assert clock.now == 0.0
    paced = [await bucket.acquire() for _ in range(10)]
    assert paced == pytest.approx([0.5] * 10)
    assert clock.now == pytest.approx(5.0)  # 10 more requests at 2 per second


@pytest.mark.asyncio
async def test_idle_time_drains_the_bucket() -> None:
    clock = VirtualClock()
    bucket = LeakyBucket(rate=2.0, burst=5, clock=clock, sleep=clock.sleep)
    for _ in range(4):
        await bucket.acquire()
    clock.now += 1.0  # two requests drained
    assert bucket.level == pytest.approx(2.0)
    assert [await bucket.acquire() for _ in range(2)] == [0.0, 0.0]
    assert await bucket.acquire() == pytest.approx(0.5)


@pytest.mark.asyncio
async def test_saturate_after_a_portal_refusal_makes_the_next_request_wait() -> None:
    clock = VirtualClock()
    bucket = LeakyBucket(rate=5.0, burst=250, clock=clock, sleep=clock.sleep)
    bucket.saturate()
    assert bucket.delay() == pytest.approx(0.2)
    assert await bucket.acquire() == pytest.approx(0.2)


@pytest.mark.asyncio
async def test_concurrent_acquirers_never_exceed_the_rate() -> None:
    clock = VirtualClock()
    bucket = LeakyBucket(rate=2.0, burst=4, clock=clock, sleep=clock.sleep)
    times: list[float] = []

    async def one() -> None:
        await bucket.acquire()
        times.append(clock.now)

    await asyncio.gather(*(one() for _ in range(9)))
    assert times[:3] == [0.0, 0.0, 0.0]
    assert times[3:] == pytest.approx([0.5, 1.0, 1.5, 2.0, 2.5, 3.0])


def test_registry_shares_a_bucket_per_webhook_and_renews_it_when_the_plan_changes() -> None:
    registry = BucketRegistry()
    first = registry.get("https://a#1", 2.0, 50)
    assert registry.get("https://a#1", 2.0, 50) is first
    assert registry.get("https://a#2", 2.0, 50) is not first
    assert registry.get("https://a#1", 5.0, 250).rate == 5.0


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        LeakyBucket(rate=0)
    with pytest.raises(ValueError):
        LeakyBucket(burst=0)
