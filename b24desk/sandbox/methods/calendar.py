"""Calendar: calendar.event.{add,get,getbyid,update,delete,get.nearest}, calendar.section.get (scope calendar).

Shapes and errors from api-reference/calendar/calendar-event/calendar-event-*.md and
calendar-section-get.md: `add`/`update` answer the event ID, `delete` answers `true`, `get` the events of
one calendar (`type` + `ownerId`, optionally `from`/`to`/`section`), `getbyid` one event. Dates in answers
are in the portal's display form (`12/11/2024 05:59:00 pm`) with the UTC timestamps beside them. Errors
carry an empty code with status 400 ("The required parameter "name" for the method "calendar.event.add"
is not set", ...). Events ONCALENDARENTRYADD/UPDATE/DELETE carry `data[id]` (on-calendar-entry-add.md).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult, now
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.methods.calendar_records import event_row, section_row, set_times
from b24desk.sandbox.methods.params import as_bool, as_int, as_list, as_mapping
from b24desk.sandbox.methods.stamps import DISPLAY, display
from b24desk.sandbox.validation import ARRAY, OBJECT, ErrorStyle, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

CALENDAR_TYPES = ("user", "group", "company_calendar")
DEFAULT_ZONE = "Europe/Berlin"


def _error(description: str) -> RestError:
    return RestError("", description, 400)


def _required(name: str, method: str) -> RestError:
    return _error(f'The required parameter "{name}" for the method "{method}" is not set')


def _zone(name: Any) -> ZoneInfo:
    try:
        return ZoneInfo(str(name or DEFAULT_ZONE))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def _moment(ctx: CallContext, name: str, zone: ZoneInfo) -> datetime | None:
    stamp = as_int(ctx.param(f"{name}_ts"))
    if stamp is not None:
        return datetime.fromtimestamp(stamp, tz=UTC).astimezone(zone)
    raw = ctx.param(name)
    if raw in (None, ""):
        return None
    text = str(raw).strip()
    for pattern in (DISPLAY, "%m/%d/%Y %H:%M:%S", "%m/%d/%Y"):
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=zone)
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise _error(f'Invalid value for the parameter "{name}"') from None
    return parsed.replace(tzinfo=zone) if parsed.tzinfo is None else parsed.astimezone(zone)


def _calendar(ctx: CallContext, method: str) -> tuple[str, int]:
    cal_type = str(ctx.param("type") or "")
    if not cal_type:
        raise _required("type", method)
    owner = ctx.param("ownerId")
    if owner is None or (as_int(owner) is None and cal_type != "company_calendar"):
        raise _required("ownerId", method)
    return cal_type, as_int(owner) or 0


def _section_for(ctx: CallContext, cal_type: str, owner: int, wanted: Any) -> str:
    sections = ctx.store.table("calendar_section").rows
    mine = [row for row in sections.values() if row["CAL_TYPE"] == cal_type and row["OWNER_ID"] == str(owner)]
    section_id = as_int(wanted)
    if section_id is not None and str(ctx.param("auto_detect_section") or "").upper() != "Y":
        if not any(row["ID"] == str(section_id) for row in mine):
            raise _error("You specified an invalid calendar section ID or the user does not have access to it")
        return str(section_id)
    if mine:
        return str(mine[0]["ID"])
    return str(ctx.store.add("calendar_section", section_row(cal_type, owner, "Calendar", ctx.webhook.user_id)))


ADD_WORDING = 'Invalid value for the parameter "{}"'  # calendar-event-add.md
UPDATE_WORDING = 'Invalid value for the "{}" parameter.'  # calendar-event-update.md


def _apply_details(ctx: CallContext, row: dict[str, Any], wording: str = ADD_WORDING) -> None:
    for param, key in (("description", "DESCRIPTION"), ("location", "LOCATION"), ("color", "COLOR")):
        value = ctx.param(param)
        if value is not None:
            if isinstance(value, dict | list):
                raise _error(wording.format(param))
            row[key] = str(value)
    row["~DESCRIPTION"] = row.get("DESCRIPTION", "")
    for param, key, allowed in (
        ("accessibility", "ACCESSIBILITY", ("busy", "absent", "quest", "free")),
        ("importance", "IMPORTANCE", ("high", "normal", "low")),
    ):
        value = str(ctx.param(param) or "")
        if value in allowed:
            row[key] = value
    if ctx.param("private_event") is not None:
        row["PRIVATE_EVENT"] = "1" if as_bool(ctx.param("private_event")) else ""
    if ctx.param("remind") is not None:
        row["REMIND"] = [
            {"type": str(entry.get("type") or "min"), "count": as_int(entry.get("count")) or 0}
            for entry in (as_mapping(item) or {} for item in as_list(ctx.param("remind")))
        ]
    if ctx.param("attendees") is not None or ctx.param("is_meeting") is not None:
        attendees = [as_int(item) for item in as_list(ctx.param("attendees"))]
        people = [user for user in attendees if user is not None] or [int(row["MEETING_HOST"])]
        row["IS_MEETING"] = as_bool(ctx.param("is_meeting")) or len(people) > 1
        row["ATTENDEES_CODES"] = [f"U{user}" for user in people]
        row["ATTENDEE_LIST"] = [
            {"id": user, "entryId": row.get("ID", ""), "status": "H" if str(user) == row["MEETING_HOST"] else "Q"}
            for user in people
        ]
    crm_links = ctx.param("crm_fields")
    if crm_links is not None:
        if not isinstance(crm_links, list | dict):
            raise _error("The list of event links to CRM must be an array")
        row["UF_CRM_CAL_EVENT"] = [str(item) for item in as_list(crm_links)]


def add(ctx: CallContext) -> MethodResult:
    """`calendar.event.add`: answers the new event's ID."""
    method = "calendar.event.add"
    cal_type, owner = _calendar(ctx, method)
    name = ctx.param("name")
    if name in (None, ""):
        raise _required("name", method)
    if isinstance(name, dict | list):
        raise _error('Invalid value for the parameter "name"')
    zone_from, zone_to = (
        _zone(ctx.param("timezone_from")),
        _zone(ctx.param("timezone_to") or ctx.param("timezone_from")),
    )
    start = _moment(ctx, "from", zone_from)
    if start is None:
        raise _required("from", method)
    end = _moment(ctx, "to", zone_to)
    if end is None:
        raise _required("to", method)
    section = _section_for(ctx, cal_type, owner, ctx.param("section"))
    row = event_row(
        cal_type,
        owner,
        str(name),
        ctx.webhook.user_id,
        section,
        created=datetime.fromtimestamp(int(now()), tz=zone_from),
    )
    set_times(row, start, end, as_bool(ctx.param("skip_time")))
    _apply_details(ctx, row)
    event_id = ctx.store.add("calendar_event", row)
    ctx.store.update("calendar_event", event_id, {"PARENT_ID": str(event_id)})
    ctx.emit("ONCALENDARENTRYADD", {"id": str(event_id)})
    return MethodResult(event_id)


def _in_window(row: dict[str, Any], start: datetime | None, end: datetime | None) -> bool:
    begins, ends = int(row["DATE_FROM_TS_UTC"]), int(row["DATE_TO_TS_UTC"])
    if start is not None and ends < start.timestamp():
        return False
    return not (end is not None and begins > end.timestamp())


def get(ctx: CallContext) -> MethodResult:
    """`calendar.event.get`: the events of one calendar in [from, to], optionally of some sections."""
    method = "calendar.event.get"
    cal_type, owner = _calendar(ctx, method)
    zone = _zone(None)
    start, end = _moment(ctx, "from", zone), _moment(ctx, "to", zone)
    sections = {str(item) for item in as_list(ctx.param("section"))}
    rows = ctx.store.table("calendar_event").rows
    found = [
        dict(row)
        for row in rows.values()
        if row["CAL_TYPE"] == cal_type
        and row["OWNER_ID"] == str(owner)
        and (not sections or row["SECTION_ID"] in sections)
        and _in_window(row, start, end)
    ]
    return MethodResult(sorted(found, key=lambda row: int(row["DATE_FROM_TS_UTC"])))


def get_by_id(ctx: CallContext) -> MethodResult:
    """`calendar.event.getbyid`: one event."""
    event_id = as_int(ctx.param("id"))
    row = ctx.store.get("calendar_event", event_id) if event_id else None
    if event_id is None:
        raise _required("id", "calendar.event.getbyid")
    if row is None:
        raise _error("Access denied")
    return MethodResult(dict(row))


def update(ctx: CallContext) -> MethodResult:
    """`calendar.event.update`: change an event of the calendar `type` + `ownerId`; answers its ID."""
    method = "calendar.event.update"
    event_id = as_int(ctx.param("id"))
    if event_id is None:
        raise _error(f'The required parameter "id" for the method "{method}" is not set.')
    if ctx.param("ownerId") is None:
        raise _error(f'The required parameter "ownerId" for the method "{method}" is not set.')
    if not ctx.param("type"):
        raise _error(f'The required parameter "type" for the method "{method}" is not set.')
    row = ctx.store.get("calendar_event", event_id)
    if row is None:
        raise _error("An error occurred while changing the event.")
    changed = dict(row)
    name = ctx.param("name")
    if name is not None:
        if isinstance(name, dict | list) or name == "":
            raise _error(UPDATE_WORDING.format("name"))
        changed["NAME"] = str(name)
    if ctx.param("section") is not None:
        changed["SECTION_ID"] = changed["SECT_ID"] = _section_for(
            ctx, row["CAL_TYPE"], int(row["OWNER_ID"]), ctx.param("section")
        )
    zone_from, zone_to = (
        _zone(ctx.param("timezone_from") or row["TZ_FROM"]),
        _zone(ctx.param("timezone_to") or row["TZ_TO"]),
    )
    start = _moment(ctx, "from", zone_from) or datetime.fromtimestamp(int(row["DATE_FROM_TS_UTC"]), tz=zone_from)
    end = _moment(ctx, "to", zone_to) or datetime.fromtimestamp(int(row["DATE_TO_TS_UTC"]), tz=zone_to)
    skip = as_bool(ctx.param("skip_time")) if ctx.param("skip_time") is not None else row["DT_SKIP_TIME"] == "Y"
    set_times(changed, start, end, skip)
    _apply_details(ctx, changed, UPDATE_WORDING)
    changed["TIMESTAMP_X"] = display(datetime.fromtimestamp(int(now()), tz=zone_from))
    changed["VERSION"] = str(int(row.get("VERSION") or 1) + 1)
    ctx.store.update("calendar_event", event_id, changed)
    ctx.emit("ONCALENDARENTRYUPDATE", {"id": str(event_id)})
    return MethodResult(event_id)


def delete(ctx: CallContext) -> MethodResult:
    """`calendar.event.delete`: answers `true`."""
    event_id = as_int(ctx.param("id"))
    if event_id is None:
        raise _error("Event id not specified")
    if not ctx.store.delete("calendar_event", event_id):
        raise _error("An error occurred while deleting the event")
    ctx.emit("ONCALENDARENTRYDELETE", {"id": str(event_id)})
    return MethodResult(True)


def get_nearest(ctx: CallContext) -> MethodResult:
    """`calendar.event.get.nearest`: the user's events from now for `days` (60), at most `maxEventsCount`."""
    cal_type = str(ctx.param("type") or "user")
    owner = as_int(ctx.param("ownerId")) or ctx.webhook.user_id
    days = as_int(ctx.param("days")) or 60
    start = datetime.fromtimestamp(now(), tz=UTC)
    rows = ctx.store.table("calendar_event").rows
    found = sorted(
        (
            dict(row)
            for row in rows.values()
            if row["CAL_TYPE"] == cal_type
            and row["OWNER_ID"] == str(owner)
            and _in_window(row, start, start + timedelta(days=days))
        ),
        key=lambda row: int(row["DATE_FROM_TS_UTC"]),
    )
    limit = as_int(ctx.param("maxEventsCount"))
    return MethodResult(found[:limit] if limit else found)


def section_get(ctx: CallContext) -> MethodResult:
    """`calendar.section.get`: the sections of one calendar (`type` + `ownerId`)."""
    cal_type, owner = _calendar(ctx, "calendar.section.get")
    rows = ctx.store.table("calendar_section").rows
    return MethodResult(
        [dict(row) for row in rows.values() if row["CAL_TYPE"] == cal_type and row["OWNER_ID"] == str(owner)]
    )


def _invalid(rule: ParamRule, value: Any) -> RestError:
    return _error(f'Invalid value for the parameter "{rule.name}"')


# calendar-event-add.md: an empty code and "Invalid value for the parameter ..." / "The list of event
# links to CRM must be an array"
CALENDAR = ErrorStyle("calendar", _invalid, _invalid)
EVENT_RULES = (
    ParamRule("rrule", OBJECT),
    ParamRule("remind", ARRAY),
    ParamRule("attendees", ARRAY),
    ParamRule("meeting", OBJECT),
    ParamRule("crm_fields", ARRAY, wrong=lambda rule, value: _error("The list of event links to CRM must be an array")),
)


def register(registry: MethodRegistry) -> None:
    """Add the calendar methods."""
    registry.add("calendar.event.add", "calendar", add, EVENT_RULES, CALENDAR)
    registry.add("calendar.event.get", "calendar", get, (ParamRule("section", ARRAY),), CALENDAR)
    registry.add("calendar.event.getbyid", "calendar", get_by_id)
    registry.add("calendar.event.update", "calendar", update, EVENT_RULES, CALENDAR)
    registry.add("calendar.event.delete", "calendar", delete)
    registry.add("calendar.event.get.nearest", "calendar", get_nearest)
    registry.add("calendar.section.get", "calendar", section_get)
