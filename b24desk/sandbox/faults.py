"""Fault injection for tests: delays, 500/502 pages, HTML pages, truncated JSON, dropped connections, limits.

A rule applies to one method (or every method when `method` is None) for the next `count` calls (or
until cleared when `count` is None). Set through `portal.faults` or the `/sandbox/faults` endpoint.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from typing import Any

KINDS = ("delay", "http_error", "html_page", "truncated_json", "drop_connection", "query_limit")


@dataclass(slots=True)
class FaultRule:
    """One fault: what happens, to which method, how many more times, and its parameter."""

    kind: str
    method: str | None = None
    count: int | None = 1
    seconds: float = 0.0  # for delay
    status: int = 500  # for http_error

    def matches(self, method: str) -> bool:
        """True when the rule applies to a call of `method`."""
        return self.method is None or self.method.lower() == method.lower()


class Faults:
    """The fault rules of a running portal (thread-safe: tests may set them from another thread)."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()

    def add(self, rule: FaultRule) -> FaultRule:
        """Add a rule; raise ValueError for an unknown kind or bad values."""
        if rule.kind not in KINDS:
            raise ValueError(f"unknown fault kind {rule.kind!r}; known: {', '.join(KINDS)}")
        if rule.kind == "http_error" and rule.status not in (500, 502, 503, 504):
            raise ValueError("http_error status must be 500, 502, 503 or 504")
        if rule.count is not None and rule.count < 1:
            raise ValueError("count must be at least 1 (or None for every call)")
        with self._lock:
            self._rules.append(rule)
        return rule

    def delay(self, seconds: float, method: str | None = None, count: int | None = None) -> FaultRule:
        """Delay calls by `seconds` (every call unless `count`)."""
        return self.add(FaultRule("delay", method, count, seconds=seconds))

    def http_error(self, status: int = 500, method: str | None = None, count: int | None = 1) -> FaultRule:
        """Answer with an HTML error page and `status` (500 or 502 as a proxy would)."""
        return self.add(FaultRule("http_error", method, count, status=status))

    def html_page(self, method: str | None = None, count: int | None = 1) -> FaultRule:
        """Answer 200 with an HTML sign-in page, as a site that is not a portal (or a captive proxy) does."""
        return self.add(FaultRule("html_page", method, count))

    def truncated_json(self, method: str | None = None, count: int | None = 1) -> FaultRule:
        """Answer with a JSON body cut in the middle."""
        return self.add(FaultRule("truncated_json", method, count))

    def drop_connection(self, method: str | None = None, count: int | None = 1) -> FaultRule:
        """Close the connection without a complete answer."""
        return self.add(FaultRule("drop_connection", method, count))

    def query_limit(self, count: int = 1, method: str | None = None) -> FaultRule:
        """Answer QUERY_LIMIT_EXCEEDED to the next `count` calls."""
        return self.add(FaultRule("query_limit", method, count))

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules.clear()

    def rules(self) -> list[dict[str, Any]]:
        """The active rules as plain data."""
        with self._lock:
            return [asdict(rule) for rule in self._rules]

    def take(self, method: str) -> list[FaultRule]:
        """The rules that fire for this call (one of each kind), counting them down."""
        fired: list[FaultRule] = []
        if not self._rules:  # the usual case; a rule added meanwhile applies from the next call
            return fired
        with self._lock:
            seen: set[str] = set()
            for rule in list(self._rules):
                if rule.kind in seen or not rule.matches(method):
                    continue
                seen.add(rule.kind)
                fired.append(rule)
                if rule.count is not None:
                    rule.count -= 1
                    if rule.count <= 0:
                        self._rules.remove(rule)
        return fired


def rule_from_json(data: Any) -> FaultRule:
    """Build a rule from the `/sandbox/faults` POST body; raise ValueError when it is not one."""
    if not isinstance(data, dict) or "kind" not in data:
        raise ValueError('a fault is a JSON object with "kind" and optional "method", "count", "seconds", "status"')
    count = data.get("count", 1)
    return FaultRule(
        kind=str(data["kind"]),
        method=None if data.get("method") in (None, "") else str(data["method"]),
        count=None if count is None else int(count),
        seconds=float(data.get("seconds", 0.0)),
        status=int(data.get("status", 500)),
    )
