"""The request-rate limit: a leaky bucket per webhook, as cloud portals have.

limits.md: each request adds 1 to a counter that drains by Y per second; past X the next request is
answered 503 QUERY_LIMIT_EXCEEDED. Plans other than Enterprise: Y = 2, X = 50. A batch is one request.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable


class QueryLimiter:
    """The portal's request counter per webhook: `admit` says whether one more request may pass now.

    It refuses (the caller answers 503 QUERY_LIMIT_EXCEEDED); the client's `core.rate_limit.LeakyBucket`
    waits instead so it never gets that answer.
    """

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._levels: dict[Hashable, tuple[float, float]] = {}  # key -> (level, when)

    def level(self, key: Hashable) -> float:
        """The counter for `key` after draining up to now."""
        level, when = self._levels.get(key, (0.0, self._clock()))
        return max(0.0, level - (self._clock() - when) * self.rate)

    def admit(self, key: Hashable) -> bool:
        """Count a request for `key`; False (and not counted) when it would not fit in the bucket."""
        level = self.level(key)
        if level + 1.0 > self.burst:
            return False
        self._levels[key] = (level + 1.0, self._clock())
        return True

    def reset(self) -> None:
        """Empty every bucket."""
        self._levels.clear()
