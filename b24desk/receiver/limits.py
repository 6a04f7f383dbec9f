"""The receiver's request rate cap: a token bucket per source address."""

from __future__ import annotations

import time
from collections.abc import Callable


class SourceRateLimit:
    """Allow `rate` requests a second per source, with bursts up to `burst` (default: one second's worth)."""

    MAX_SOURCES = 10_000  # forget idle sources past this many, so a spoofed flood cannot grow memory

    def __init__(self, rate: float, burst: float | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.burst = max(burst if burst is not None else rate, 1.0)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # source -> (tokens, last time)

    def allow(self, source: str) -> bool:
        """Take one request from the source's bucket; False when it is empty (answer 429)."""
        now = self._clock()
        tokens, last = self._buckets.get(source, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        allowed = tokens >= 1.0
        if allowed:
            tokens -= 1.0
        if source not in self._buckets and len(self._buckets) >= self.MAX_SOURCES:
            self._forget_full()
        self._buckets[source] = (tokens, now)
        return allowed

    def _forget_full(self) -> None:
        now = self._clock()
        full = [s for s, (t, last) in self._buckets.items() if t + (now - last) * self.rate >= self.burst]
        for source in full or list(self._buckets)[: len(self._buckets) // 2]:
            del self._buckets[source]
