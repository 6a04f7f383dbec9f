"""Dates the sandbox is given and sends back: read as ISO-8601 or `DD.MM.YYYY`, sent in the portal's offset.

A portal answers every date as ISO-8601 in its own offset, a `date` field at midnight (crm-contact-get.md
shows BIRTHDATE as `2001-11-11T02:00:00+02:00`), whatever form it was written in.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from b24desk.sandbox.clock import PortalClock


def read_date(text: str) -> datetime | date | None:
    """A date or datetime from `2025-01-31`, `2025-01-31T10:00:00[+03:00]` or `31.01.2025`; None otherwise."""
    value = text.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        match = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$", value)
        if match is None:
            return None
        day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        try:
            if match.group(4) is None:
                return date(year, month, day)
            seconds = int(match.group(6) or 0)
            return datetime(year, month, day, int(match.group(4)), int(match.group(5)), seconds)
        except ValueError:
            return None
    if len(value) == 10:
        return moment.date()
    return moment


def wire_date(value: Any, ftype: str, clock: PortalClock) -> str:
    """A date field's value as the portal sends it: ISO-8601 in its offset, "" when empty or unreadable."""
    if value in (None, ""):
        return ""
    parsed = read_date(str(value))
    if parsed is None:
        return ""
    if isinstance(parsed, datetime):
        moment = parsed if parsed.tzinfo else parsed.replace(tzinfo=clock.zone)
    else:
        moment = datetime.combine(parsed, time(), tzinfo=clock.zone)
    if ftype == "date":
        moment = datetime.combine(moment.astimezone(clock.zone).date(), time(), tzinfo=clock.zone)
    return clock.local(moment)


def moment(value: Any) -> datetime | None:
    """A stored ISO date as an aware datetime (None when empty or unreadable)."""
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
