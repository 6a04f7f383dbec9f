"""Request statistics as the portal's Statistics tab shows them: requests, errors and time.

Counted per webhook and per method; readable at `/sandbox/stats` as JSON.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Counter:
    """Requests, errors and seconds spent."""

    requests: int = 0
    errors: int = 0
    seconds: float = 0.0

    def add(self, error: bool, seconds: float) -> None:
        """Count one call."""
        self.requests += 1
        self.errors += int(error)
        self.seconds += seconds

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {"requests": self.requests, "errors": self.errors, "time": round(self.seconds, 6)}


class Stats:
    """Counters for HTTP requests (per webhook) and method calls (per method, batch commands included)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.total = Counter()
        self.by_webhook: dict[str, Counter] = {}
        self.by_method: dict[str, Counter] = {}
        self.by_error: dict[str, int] = {}

    def record_request(self, webhook: str, error_code: str | None, seconds: float) -> None:
        """Count one HTTP request of a webhook (`USER_ID:masked secret`)."""
        with self._lock:
            self.total.add(error_code is not None, seconds)
            self.by_webhook.setdefault(webhook, Counter()).add(error_code is not None, seconds)
            if error_code is not None:
                self.by_error[error_code] = self.by_error.get(error_code, 0) + 1

    def record_call(self, method: str, error: bool, seconds: float) -> None:
        """Count one method call (top-level or inside a batch)."""
        with self._lock:
            self.by_method.setdefault(method, Counter()).add(error, seconds)

    def reset(self) -> None:
        """Start counting again."""
        with self._lock:
            self.total = Counter()
            self.by_webhook.clear()
            self.by_method.clear()
            self.by_error.clear()

    def snapshot(self) -> dict[str, Any]:
        """Everything as JSON-ready data."""
        with self._lock:
            return {
                **self.total.as_dict(),
                "webhooks": {key: counter.as_dict() for key, counter in self.by_webhook.items()},
                "methods": {key: counter.as_dict() for key, counter in self.by_method.items()},
                "error_codes": dict(self.by_error),
            }
