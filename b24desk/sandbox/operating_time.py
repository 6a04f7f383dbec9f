"""The operating-time limit: execution time per method per webhook, summed in ten one-minute buckets.

limits.md ("Resource Intensity Limits"): each bucket holds a minute's sum and drops out ten minutes after
the first call recorded in it (`operating_reset_at`); when the sum passes the limit the next call of that
method is answered 429 OPERATION_TIME_LIMIT, other methods keep working. The outer batch is not counted.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from b24desk.core import portal_limits

WINDOW = portal_limits.OPERATING_WINDOW  # ten one-minute buckets
BUCKET = 60.0


@dataclass(slots=True)
class _Bucket:
    minute: int
    first_call: float
    total: float


class OperatingTimeAccount:
    """Operating time per (webhook, method); `blocked` is checked before a call, `record` after it."""

    def __init__(self, limit: float, clock: Callable[[], float] = time.time) -> None:
        self.limit = limit
        self._clock = clock
        self._buckets: dict[tuple[Hashable, str], list[_Bucket]] = {}

    def _live(self, key: tuple[Hashable, str]) -> list[_Bucket]:
        now = self._clock()
        kept = self._buckets.get(key)
        if kept and kept[0].first_call + WINDOW > now:  # buckets are in time order: the oldest is live
            return kept
        buckets = [b for b in kept or () if b.first_call + WINDOW > now]
        if buckets:
            self._buckets[key] = buckets
        else:
            self._buckets.pop(key, None)
        return buckets

    def operating(self, webhook: Hashable, method: str) -> tuple[float, int]:
        """`(operating, operating_reset_at)` for the method: the live sum and when the oldest bucket drops."""
        buckets = self._live((webhook, method))
        if not buckets:
            return 0.0, int(self._clock() + WINDOW)
        return sum(b.total for b in buckets), int(buckets[0].first_call + WINDOW)

    def blocked(self, webhook: Hashable, method: str) -> bool:
        """True when the method's sum already passes the limit (the next call is refused)."""
        return self.operating(webhook, method)[0] > self.limit

    def record(self, webhook: Hashable, method: str, seconds: float) -> None:
        """Add a call's execution time to the current minute's bucket."""
        now = self._clock()
        minute = int(now // BUCKET)
        buckets = self._live((webhook, method))
        if buckets and buckets[-1].minute == minute:
            buckets[-1].total += seconds
        else:
            buckets.append(_Bucket(minute, now, seconds))
        self._buckets[(webhook, method)] = buckets

    def reset(self) -> None:
        """Forget every account."""
        self._buckets.clear()
