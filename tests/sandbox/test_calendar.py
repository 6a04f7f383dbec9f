"""calendar.event.* and calendar.section.get: events of one calendar, dates in the portal's form, errors.

Sources: api-reference/calendar/calendar-event/calendar-event-{add,get,get-by-id,update,delete,
get-nearest}.md, calendar/calendar-section-get.md, calendar-event/events/on-calendar-entry-add.md.
"""

from __future__ import annotations

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_json, result

EVENT = {
    "type": "user",
    "ownerId": 1,
    "name": "Réunion d'équipe",
    "from": "2024-12-11T17:59:00",
    "to": "2024-12-11T18:59:00",
    "timezone_from": "Europe/Berlin",
    "attendees": [1, 2],
}


def test_event_round_trip(sandbox: SandboxPortal) -> None:
    sandbox.add_event_handler(["ONCALENDARENTRYADD"], "http://127.0.0.1:9/handler")
    event_id = result(post_json(sandbox, "calendar.event.add", EVENT))
    assert sandbox.core.events.deliveries[0].form["data"] == {"id": str(event_id)}
    row = result(get(sandbox, "calendar.event.getbyid", {"id": event_id}))
    # calendar-event-get-by-id.md: `12/11/2024 05:59:00 pm`, the zone and the UTC timestamps
    assert (row["DATE_FROM"], row["TZ_FROM"], row["TZ_OFFSET_FROM"]) == (
        "12/11/2024 05:59:00 pm",
        "Europe/Berlin",
        "3600",
    )
    assert row["DATE_FROM_TS_UTC"] == "1733936340" and row["DT_LENGTH"] == 3600 and row["IS_MEETING"] is True
    sections = result(get(sandbox, "calendar.section.get", {"type": "user", "ownerId": 1}))
    assert row["SECTION_ID"] == sections[0]["ID"]
    window = {"type": "user", "ownerId": 1, "from": "2024-12-01", "to": "2024-12-31"}
    assert [event["ID"] for event in result(get(sandbox, "calendar.event.get", window))] == [str(event_id)]
    assert (
        result(
            post_json(
                sandbox, "calendar.event.update", {"id": event_id, "type": "user", "ownerId": 1, "name": "Jour fixe"}
            )
        )
        == event_id
    )
    assert result(get(sandbox, "calendar.event.getbyid", {"id": event_id}))["NAME"] == "Jour fixe"
    assert result(post_json(sandbox, "calendar.event.delete", {"id": event_id})) is True
    assert result(get(sandbox, "calendar.event.get", window)) == []


def test_documented_errors(sandbox: SandboxPortal) -> None:
    nameless = post_json(sandbox, "calendar.event.add", {**EVENT, "name": ""})
    assert nameless.status_code == 400
    assert nameless.json() == {
        "error": "",
        "error_description": 'The required parameter "name" for the method "calendar.event.add" is not set',
    }
    no_type = get(sandbox, "calendar.event.get", {"ownerId": 1})
    assert (
        no_type.json()["error_description"]
        == 'The required parameter "type" for the method "calendar.event.get" is not set'
    )
    bad_section = post_json(sandbox, "calendar.event.add", {**EVENT, "section": 99999})
    assert bad_section.json()["error_description"].startswith("You specified an invalid calendar section ID")
    assert post_json(sandbox, "calendar.event.delete", {}).json()["error_description"] == "Event id not specified"


def test_seeded_events_and_nearest(reading_sandbox: SandboxPortal) -> None:
    # demo events sit in each user's calendar; get.nearest looks ahead from now
    everyone = [
        result(get(reading_sandbox, "calendar.event.get", {"type": "user", "ownerId": user})) for user in range(1, 9)
    ]
    assert sum(len(events) for events in everyone) == 12
    assert isinstance(result(get(reading_sandbox, "calendar.event.get.nearest", {"days": 30})), list)
