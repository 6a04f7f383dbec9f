"""The portal's clock: every date the sandbox answers is ISO-8601 in the portal's own UTC offset.

A cloud portal answers in its time zone (`2026-05-14T10:26:32+02:00` in api-reference/data-types.md,
`+03:00` in most of the docs' examples), never in UTC unless it is set so; the sandbox defaults to
+03:00 and takes another offset from SandboxConfig.timezone (`b24desk sandbox --timezone`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache

DEFAULT_TIMEZONE = "+03:00"
_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$", re.I)


def parse_offset(text: str) -> timezone:
    """`+03:00`, `-0530`, `UTC+3`, `Z` or `UTC` as a fixed offset; ValueError for anything else."""
    value = text.strip()
    if value.upper() in ("Z", "UTC", "GMT"):
        return UTC
    match = _OFFSET.match(value)
    if match is None:
        raise ValueError(f"{text!r} is not a UTC offset such as +03:00")
    sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes > 59:
        raise ValueError(f"{text!r} is outside -14:00..+14:00")
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if sign == "-" else delta)


@dataclass(frozen=True, slots=True)
class PortalClock:
    """Formats unix times in the portal's offset (whole seconds, as the portal sends them)."""

    zone: timezone

    @classmethod
    def from_text(cls, text: str) -> PortalClock:
        """A clock for an offset written as `+03:00` (see parse_offset)."""
        return cls(parse_offset(text))

    def iso(self, timestamp: float) -> str:
        """`2026-05-14T10:26:32+03:00` for a unix time."""
        return _iso(int(timestamp), self.zone)

    def local(self, moment: datetime) -> str:
        """A datetime moved to the portal's offset, ISO-8601."""
        return moment.astimezone(self.zone).replace(microsecond=0).isoformat()

    @property
    def offset(self) -> str:
        """The offset as `+03:00`."""
        return datetime.now(self.zone).isoformat()[-6:]


@lru_cache(maxsize=256)
def _iso(second: int, zone: timezone) -> str:
    # every answer's `time` block names the current second twice or more: made once a second
    return datetime.fromtimestamp(second, tz=zone).isoformat()


UTC_CLOCK = PortalClock(UTC)
