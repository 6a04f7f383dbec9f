"""crm.activity.*: the docs' answers, required fields and owner checks, events.

Sources: api-reference/crm/timeline/activities/activity-base/crm-activity-{add,get,list,update,delete,
fields}.md and activities/events/on-crm-activity-add.md.
"""

from __future__ import annotations

from typing import Any

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_form, post_json, result

CALL = {
    "OWNER_TYPE_ID": 2,
    "OWNER_ID": 1,
    "TYPE_ID": 2,
    "SUBJECT": "Rückruf vereinbart",
    "RESPONSIBLE_ID": 1,
    "COMMUNICATIONS": [{"VALUE": "+49 30 1234567", "TYPE": "PHONE"}],
}


def test_add_get_update_delete(sandbox: SandboxPortal) -> None:
    # crm-activity-add.md answers the ID; get.md the record with strings; update/delete.md `true`
    sandbox.add_event_handler(["ONCRMACTIVITYADD"], "http://127.0.0.1:9/handler")
    new_id = result(post_json(sandbox, "crm.activity.add", {"fields": CALL}))
    assert isinstance(new_id, int)
    assert [d.form["data"]["FIELDS"]["ID"] for d in sandbox.core.events.deliveries] == [str(new_id)]
    row = result(get(sandbox, "crm.activity.get", {"id": new_id}))
    assert row["SUBJECT"] == "Rückruf vereinbart" and row["PROVIDER_ID"] == "VOXIMPLANT_CALL"
    assert (row["OWNER_TYPE_ID"], row["OWNER_ID"], row["COMPLETED"], row["AUTHOR_ID"]) == ("2", "1", "N", "1")
    changed = post_form(sandbox, "crm.activity.update", {"id": new_id, "fields": {"COMPLETED": "Y"}})
    assert result(changed) is True
    assert result(get(sandbox, "crm.activity.get", {"id": new_id}))["COMPLETED"] == "Y"
    assert result(post_json(sandbox, "crm.activity.delete", {"id": new_id})) is True
    gone = get(sandbox, "crm.activity.get", {"id": new_id})
    assert (gone.status_code, gone.json()) == (400, {"error": "", "error_description": "Activity is not found"})


def test_documented_validation_messages(sandbox: SandboxPortal) -> None:
    # crm-activity-add.md, Possible Error Codes
    cases: list[tuple[dict[str, Any], str]] = [
        ({"SUBJECT": ""}, "The field SUBJECT is not defined or empty"),
        ({"RESPONSIBLE_ID": 0}, "The field RESPONSIBLE_ID is not defined or invalid"),
        ({"TYPE_ID": 99}, "The field TYPE_ID is not defined or invalid"),
        ({"COMMUNICATIONS": []}, "The field COMMUNICATIONS is not defined or invalid"),
        (
            {"OWNER_ID": 999999},
            "Could not build binding. Please ensure that owner info and communications are defined correctly",
        ),
    ]
    for change, message in cases:
        answer = post_json(sandbox, "crm.activity.add", {"fields": {**CALL, **change}})
        assert (answer.status_code, answer.json()["error_description"]) == (400, message)


def test_list_filters_and_selects(sandbox: SandboxPortal) -> None:
    # crm-activity-list.md: bare array, total; select may ask for COMMUNICATIONS
    on_deal_2 = {"filter": {"OWNER_ID": 2, "OWNER_TYPE_ID": 2}, "select": ["*"]}
    seeded = get(sandbox, "crm.activity.list", on_deal_2).json()["total"]
    for owner in (1, 2, 2):
        result(post_json(sandbox, "crm.activity.add", {"fields": {**CALL, "OWNER_ID": owner}}))
    body = get(sandbox, "crm.activity.list", on_deal_2).json()
    assert body["total"] == seeded + 2 and all(row["OWNER_ID"] == "2" for row in body["result"])
    picked = result(get(sandbox, "crm.activity.list", {"filter": {"OWNER_ID": 2}, "select": ["COMMUNICATIONS"]}))
    assert picked[-1]["COMMUNICATIONS"][0]["VALUE"] == "+49 30 1234567" and set(picked[0]) == {"ID", "COMMUNICATIONS"}
    assert post_json(sandbox, "crm.activity.list", {"filter": "x"}).status_code == 400


def test_fields(reading_sandbox: SandboxPortal) -> None:
    # crm-activity-fields.md
    described = result(get(reading_sandbox, "crm.activity.fields"))
    assert described["SUBJECT"]["isRequired"] is True and described["COMMUNICATIONS"]["isMultiple"] is True
    assert described["TYPE_ID"]["type"] == "crm_enum_activitytype"
