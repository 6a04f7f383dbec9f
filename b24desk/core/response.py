"""What a call brings back: the raw HTTP response, the `time` block and the decoded envelope.

The envelope is `{"result", "total", "next", "time"}` on success and `{"error", "error_description"}`
on failure (bitrix24/b24restdocs: settings/how-to-call-rest-api/list-methods-pecularities.md,
api-reference/data-types.md#time, _includes/error-info.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["CallResult", "RawResponse", "TimeInfo", "Wait"]


@dataclass(frozen=True, slots=True)
class RawResponse:
    """The HTTP exchange as it happened: status, headers, body bytes and elapsed seconds."""

    status: int
    headers: dict[str, str]
    body: bytes
    elapsed: float
    url: str = ""  # masked: never holds the secret

    def text(self, limit: int = 2000) -> str:
        """The body decoded for display, cut to `limit` characters."""
        return self.body[: limit * 4].decode("utf-8", errors="replace")[:limit]


_NUMBER_KEYS = ("start", "finish", "duration", "processing", "operating", "operating_reset_at")
_TEXT_KEYS = ("date_start", "date_finish")
_NUMBER_TYPES = (int, float)  # exactly: True and False are no times


@dataclass(frozen=True, slots=True)
class TimeInfo:
    """The portal's `time` block; every field is optional (the docs say the set may vary)."""

    start: float | None = None
    finish: float | None = None
    duration: float | None = None
    processing: float | None = None
    date_start: str | None = None
    date_finish: str | None = None
    operating: float | None = None
    operating_reset_at: float | None = None

    @classmethod
    def from_json(cls, data: Any) -> TimeInfo:
        """Read a `time` object, ignoring fields of the wrong type."""
        if not isinstance(data, dict):
            return cls()
        # written out: a batch page answers fifty of these, and fetch-all thousands
        numbers: list[Any] = [data.get(key) for key in _NUMBER_KEYS]
        texts = [data.get(key) for key in _TEXT_KEYS]
        start, finish, duration, processing, operating, reset_at = (
            float(value) if type(value) in _NUMBER_TYPES else None for value in numbers
        )
        date_start, date_finish = (value if type(value) is str else None for value in texts)
        return cls(start, finish, duration, processing, date_start, date_finish, operating, reset_at)


@dataclass(frozen=True, slots=True)
class Wait:
    """Time the client spent before an attempt, and why (rate limit, backoff after an error)."""

    seconds: float
    reason: str  # "rate_limit" | "retry"
    code: str = ""  # the error that caused a retry, e.g. QUERY_LIMIT_EXCEEDED


@dataclass(frozen=True, slots=True)
class CallResult:
    """A successful call: `result`, paging figures, timing, and the raw response."""

    method: str
    result: Any
    total: int | None
    next: int | None
    time: TimeInfo
    response: RawResponse
    envelope: dict[str, Any]
    attempts: int = 1
    waits: tuple[Wait, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def waited(self) -> float:
        """Seconds spent waiting for the rate limit and retries before the answer."""
        return sum(wait.seconds for wait in self.waits)
