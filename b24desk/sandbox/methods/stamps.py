"""Dates as the newer method families write them: ISO-8601 with the portal's offset, or the display form.

One place, so the portal's time zone reaches every record these families create (data-types.md: dates
are `2026-05-14T10:26:32+02:00`, in the portal's own offset). Calendar and lists answer in the
portal's display form instead (`12/11/2024 05:59:00 pm`, calendar-event-get.md, lists-element-get.md).
"""

from __future__ import annotations

from datetime import UTC, datetime

from b24desk.sandbox.context import CallContext

DISPLAY = "%m/%d/%Y %I:%M:%S %p"


def stamp(ctx: CallContext) -> str:
    """Now, as a record's date (`2026-05-14T10:26:32+00:00`)."""
    return ctx.now_iso()


def display(moment: datetime, skip_time: bool = False) -> str:
    """A date in the portal's display form (en culture): `12/11/2024 05:59:00 pm`, or `12/11/2024`."""
    return (
        moment.strftime("%m/%d/%Y") if skip_time else moment.strftime(DISPLAY).replace("AM", "am").replace("PM", "pm")
    )


def display_now(timestamp: float) -> str:
    """The display form of a unix time (UTC until the portal has a time zone)."""
    return display(datetime.fromtimestamp(int(timestamp), tz=UTC))
