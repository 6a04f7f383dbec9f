"""A client-side leaky bucket that paces requests below the portal's own limit.

Cloud portals count each HTTP request (a batch is one) in a bucket that drains 2 per second and
refuses past 50 (Enterprise: 5 and 250) with QUERY_LIMIT_EXCEEDED (bitrix24/b24restdocs: limits.md).
Pacing on our side means a person never meets that error in normal use.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from b24desk.core import portal_limits

__all__ = ["DEFAULT_BURST", "DEFAULT_RATE", "SHARED_BUCKETS", "BucketRegistry", "LeakyBucket"]

DEFAULT_RATE = portal_limits.RATE
DEFAULT_BURST = portal_limits.BURST

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class LeakyBucket:
    """Requests fill the bucket by one; it drains `rate` per second; past `burst` a request waits."""

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        burst: int = DEFAULT_BURST,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._sleep = sleep
        self._level = 0.0
        self._last = clock()
        self._lock = asyncio.Lock()

    def _drain(self) -> None:
        now = self._clock()
        self._level = max(0.0, self._level - (now - self._last) * self.rate)
        self._last = now

    @property
    def level(self) -> float:
        """How full the bucket is now (requests not yet drained)."""
        self._drain()
        return self._level

    @property
    def capacity(self) -> float:
        """How full we let the bucket get: one slot below the portal's burst.

        The portal counts a request when it arrives, we when we send it; network jitter can bring
        requests closer together on its side than on ours, and the spare slot absorbs that.
        """
        return float(self.burst - 1) if self.burst > 1 else float(self.burst)

    def delay(self) -> float:
        """Seconds the next request would wait now."""
        self._drain()
        return max(0.0, (self._level + 1 - self.capacity) / self.rate)

    async def acquire(self) -> float:
        """Wait for room for one request, take it, and return the seconds waited."""
        waited = 0.0
        async with self._lock:  # first come, first served
            while (pause := self.delay()) > 0:
                await self._sleep(pause)
                waited += pause
            self._level += 1
        return waited

    def saturate(self) -> None:
        """Mark the bucket full: the portal said QUERY_LIMIT_EXCEEDED, so its count is past ours."""
        self._drain()
        self._level = max(self._level, self.capacity)


class BucketRegistry:
    """One bucket per webhook (portal + user), shared by every client that calls through it."""

    def __init__(self) -> None:
        self._buckets: dict[str, LeakyBucket] = {}

    def get(self, key: str, rate: float, burst: int) -> LeakyBucket:
        """The bucket for `key`, created (or re-created when the plan changed) on demand."""
        bucket = self._buckets.get(key)
        if bucket is None or (bucket.rate, bucket.burst) != (rate, burst):
            bucket = self._buckets[key] = LeakyBucket(rate, burst)
        return bucket


SHARED_BUCKETS = BucketRegistry()
