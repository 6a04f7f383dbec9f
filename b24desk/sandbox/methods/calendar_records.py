"""Calendar records as calendar.event.getbyid and calendar.section.get answer them: the keys, their defaults, the dates.

Keys from api-reference/calendar/calendar-event/calendar-event-get-by-id.md and calendar-section-get.md;
dates in the portal's display form with the zones, offsets and UTC timestamps beside them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from b24desk.sandbox.envelope import now
from b24desk.sandbox.methods.stamps import display


def section_row(cal_type: str, owner: int, name: str, created_by: int) -> dict[str, Any]:
    """A calendar section as calendar.section.get shows it."""
    stamp = datetime.fromtimestamp(int(now()), tz=UTC).strftime("%Y-%m-%d %H:%M:%S")
    return {
        "NAME": name,
        "GAPI_CALENDAR_ID": None,
        "DESCRIPTION": "",
        "COLOR": "#9cbeee",
        "TEXT_COLOR": "",
        "EXPORT": {"ALLOW": True},
        "CAL_TYPE": cal_type,
        "OWNER_ID": str(owner),
        "CREATED_BY": str(created_by),
        "DATE_CREATE": stamp,
        "TIMESTAMP_X": stamp,
        "CAL_DAV_CON": None,
        "SYNC_TOKEN": None,
        "PAGE_TOKEN": None,
        "EXTERNAL_TYPE": "local",
        "ACCESS": {},
        "IS_COLLAB": False,
        "PERM": dict.fromkeys(("view_time", "view_title", "view_full", "add", "edit", "edit_section", "access"), True),
    }


def set_times(row: dict[str, Any], start: datetime, end: datetime, skip_time: bool) -> None:
    """Set an event's dates (display form, zones, offsets, UTC timestamps, length)."""
    row.update(
        DATE_FROM=display(start, skip_time),
        DATE_TO=display(end, skip_time),
        TZ_FROM=str(start.tzinfo),
        TZ_TO=str(end.tzinfo),
        TZ_OFFSET_FROM=str(int((start.utcoffset() or timedelta()).total_seconds())),
        TZ_OFFSET_TO=str(int((end.utcoffset() or timedelta()).total_seconds())),
        DATE_FROM_TS_UTC=str(int(start.timestamp())),
        DATE_TO_TS_UTC=str(int(end.timestamp())),
        DT_SKIP_TIME="Y" if skip_time else "N",
        DT_LENGTH=int((end - start).total_seconds()) + (86400 if skip_time else 0),
        DATE_FROM_FORMATTED=start.strftime("%a %b %d %Y %H:%M:%S"),
        DATE_TO_FORMATTED=end.strftime("%a %b %d %Y %H:%M:%S"),
    )


def event_row(cal_type: str, owner: int, name: str, host: int, section: str, created: datetime) -> dict[str, Any]:
    """A new event's record before its times are set (calendar-event-get-by-id.md's keys)."""
    stamp = display(created)
    return {
        "PARENT_ID": None,
        "DELETED": "N",
        "CAL_TYPE": cal_type,
        "OWNER_ID": str(owner),
        "NAME": name,
        "ORIGINAL_DATE_FROM": None,
        "EVENT_TYPE": None,
        "CREATED_BY": str(host),
        "DATE_CREATE": stamp,
        "TIMESTAMP_X": stamp,
        "DESCRIPTION": "",
        "PRIVATE_EVENT": "",
        "ACCESSIBILITY": "busy",
        "IMPORTANCE": "normal",
        "IS_MEETING": False,
        "MEETING_STATUS": "H",
        "MEETING_HOST": str(host),
        "MEETING": {
            "HOST_NAME": "",
            "NOTIFY": False,
            "REINVITE": False,
            "ALLOW_INVITE": False,
            "HIDE_GUESTS": False,
            "MEETING_CREATOR": host,
            "LANGUAGE_ID": "en",
            "MAIL_FROM": "",
        },
        "LOCATION": "",
        "REMIND": [],
        "COLOR": "#9cbeee",
        "RRULE": "",
        "EXDATE": "",
        "VERSION": "1",
        "ATTENDEES_CODES": [f"U{host}"],
        "RECURRENCE_ID": None,
        "RELATIONS": [],
        "DAV_XML_ID": f"{int(created.timestamp())}-{owner}-{host}@sandbox.b24desk.local",
        "G_EVENT_ID": "",
        "DAV_EXCH_LABEL": "",
        "CAL_DAV_LABEL": "",
        "SYNC_STATUS": None,
        "SECTION_DAV_XML_ID": None,
        "~RRULE_DESCRIPTION": "",
        "~DESCRIPTION": "",
        "~USER_OFFSET_FROM": 0,
        "~USER_OFFSET_TO": 0,
        "attendeesEntityList": [{"entityId": "user", "id": host}],
        "SECTION_ID": section,
        "SECT_ID": section,
        "UF_CRM_CAL_EVENT": False,
        "UF_WEBDAV_CAL_EVENT": False,
        "ATTENDEE_LIST": [],
        "COLLAB_ID": None,
    }
