"""The current time as the newer method families write it into records: ISO-8601 with the portal's offset.

One place, so the portal's time zone reaches every record these families create (data-types.md: dates
are `2026-05-14T10:26:32+02:00`, in the portal's own offset).
"""

from __future__ import annotations

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import iso_time, now


def stamp(ctx: CallContext) -> str:
    """Now, as a record's date (`2026-05-14T10:26:32+00:00`)."""
    del ctx  # the call's portal decides the offset once the portal has a time zone
    return iso_time(now())
