"""Each method's share of the portal's operating-time budget, read from the `time` block of answers.

The portal sums the execution time of each method per webhook over 10 minutes and answers
OPERATION_TIME_LIMIT past the limit (480 s on cloud plans); `time.operating` and
`time.operating_reset_at` tell how far along a method is (bitrix24/b24restdocs: limits.md).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from b24desk.core import portal_limits
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.response import TimeInfo

__all__ = ["DEFAULT_LIMIT", "OperatingTimeTracker"]

DEFAULT_LIMIT = portal_limits.OPERATING_TIME
DEFAULT_WARN_RATIO = 0.8
_MSG_NEAR = QT_TRANSLATE_NOOP(
    "operating_time",
    "{method} has used {used:.0f} s of its {limit:.0f} s operating-time budget; the portal will block "
    "it past the limit. The budget starts to recover at {reset}.",
)


@dataclass(frozen=True, slots=True)
class Budget:
    """What is known of one method's budget."""

    operating: float
    reset_at: float | None


class OperatingTimeTracker:
    """Remembers `time.operating` per method and warns before the portal's limit."""

    def __init__(self, limit: float = DEFAULT_LIMIT, warn_ratio: float = DEFAULT_WARN_RATIO) -> None:
        self.limit = limit
        self.warn_ratio = warn_ratio
        self._budgets: dict[str, Budget] = {}

    def record(self, method: str, info: TimeInfo) -> str | None:
        """Store what an answer said; return a warning text when the method nears the limit."""
        if info.operating is None:
            return None
        budget = Budget(info.operating, info.operating_reset_at)
        self._budgets[method.lower()] = budget
        if budget.operating < self.limit * self.warn_ratio:
            return None
        reset = time.strftime("%H:%M:%S", time.localtime(budget.reset_at)) if budget.reset_at else "?"
        return translate("operating_time", _MSG_NEAR).format(
            method=method, used=budget.operating, limit=self.limit, reset=reset
        )

    def budget(self, method: str) -> Budget | None:
        """The last known budget of `method`, if any answer reported one."""
        return self._budgets.get(method.lower())
