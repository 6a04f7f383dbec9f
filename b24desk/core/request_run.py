"""Running one resolved request to an outcome (status, error code, time, answer), never raising a CallError.

What `b24desk run` prints a line for, and what history records: the app's Execute reports the same
figures. A fetch-all request reads every page; its answer is the rows as one JSON list.
"""

from __future__ import annotations

import json
import time
from contextlib import aclosing
from dataclasses import dataclass, field
from datetime import UTC, datetime

from b24desk.core.client import B24Client
from b24desk.core.errors import CallError
from b24desk.core.request import ApiRequest

__all__ = ["RunOutcome", "run_request"]


@dataclass(frozen=True, slots=True)
class RunOutcome:
    """How a request went: HTTP status (None: no answer), error code (None: success), time, answer body."""

    method: str
    http_status: int | None
    error_code: str | None
    duration_ms: float
    started_at: datetime
    body: bytes | None = field(default=None, repr=False)
    rows: int | None = None  # rows read by a fetch-all
    message: str = ""  # the error's message (no secret), for people

    @property
    def failed(self) -> bool:
        """An error code, no answer, or HTTP >= 400."""
        return self.error_code is not None or self.http_status is None or self.http_status >= 400


async def run_request(client: B24Client, request: ApiRequest) -> RunOutcome:
    """Send `request` through `client` and describe the outcome."""
    started = datetime.now(UTC)
    clock = time.monotonic()

    def elapsed() -> float:
        return (time.monotonic() - clock) * 1000

    try:
        if request.fetch_all:
            rows: list[object] = []
            async with aclosing(client.fetch_all(request.method, request.params)) as pages:
                async for page in pages:
                    rows.extend(page.rows)
            body = json.dumps(rows, ensure_ascii=False).encode("utf-8")
            return RunOutcome(request.method, 200, None, elapsed(), started, body, len(rows))
        result = await client.call(request.method, request.params, use_get=request.http_method == "GET")
    except CallError as error:
        response = error.response
        code = error.code or (f"HTTP_{response.status}" if response is not None else "ERROR")
        status = response.status if response is not None else None
        answer = response.body if response is not None else None
        return RunOutcome(request.method, status, code, elapsed(), started, answer, message=error.message)
    return RunOutcome(request.method, result.response.status, None, elapsed(), started, result.response.body)
