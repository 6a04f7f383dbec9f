"""When a failed call may be sent again, and how long to wait first (bounded backoff with jitter)."""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["RATE_LIMIT_CODES", "RetryPolicy", "is_read_only"]

# Suffixes of methods that only read (bitrix24/b24restdocs naming: *.get, *.list, *.fields, ...).
_READ_SUFFIXES = (".get", ".list", ".fields", ".getfields", ".getlist", ".search", ".count")
_READ_METHODS = frozenset(
    {
        "profile",
        "scope",
        "methods",
        "method.get",
        "server.time",
        "user.current",
        "app.info",
        "events",
        "user.get",
        "user.search",
        "department.get",
        "feature.get",
    }
)
RATE_LIMIT_CODES = frozenset({"QUERY_LIMIT_EXCEEDED"})


def is_read_only(method: str) -> bool:
    """True when calling `method` twice has the same effect as once (it only reads)."""
    name = method.lower()
    return name in _READ_METHODS or name.endswith(_READ_SUFFIXES)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Bounded exponential backoff with jitter: `base * 2**n`, capped, times a random 0.5..1."""

    max_retries: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, retry_number: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before retry number `retry_number` (0-based)."""
        ceiling = min(self.max_delay, self.base_delay * 2.0**retry_number)
        jitter: float = (rng or random).random()
        return ceiling * (0.5 + 0.5 * jitter)
