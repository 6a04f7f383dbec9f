"""crm.status.{add,get,update,delete,fields}: reference-list items and the docs' error answers.

Sources: api-reference/crm/status/crm-status-{add,get,update,delete,fields}.md.
"""

from __future__ import annotations

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_json, result


def test_status_round_trip(sandbox: SandboxPortal) -> None:
    fields = {"ENTITY_ID": "SOURCE", "STATUS_ID": "FAIR_2025", "NAME": "Salon Lyon 2025", "SORT": 200}
    new_id = result(post_json(sandbox, "crm.status.add", {"fields": fields}))
    row = result(get(sandbox, "crm.status.get", {"id": new_id}))
    assert (row["STATUS_ID"], row["NAME"], row["SORT"], row["SYSTEM"]) == ("FAIR_2025", "Salon Lyon 2025", "200", "N")
    listed = result(get(sandbox, "crm.status.list", {"filter": {"ENTITY_ID": "SOURCE", "STATUS_ID": "FAIR_2025"}}))
    assert [r["ID"] for r in listed] == [str(new_id)]
    assert result(post_json(sandbox, "crm.status.update", {"id": new_id, "fields": {"NAME": "Messe"}})) is True
    assert result(post_json(sandbox, "crm.status.delete", {"id": new_id})) is True
    gone = get(sandbox, "crm.status.get", {"id": new_id})
    assert (gone.status_code, gone.json()) == (
        400,
        {"error": "Status is not found.", "error_description": "Directory item not found."},
    )
    assert result(get(sandbox, "crm.status.fields"))["STATUS_ID"]["isImmutable"] is True


def test_documented_errors(sandbox: SandboxPortal) -> None:
    no_code = post_json(sandbox, "crm.status.add", {"fields": {"ENTITY_ID": "SOURCE", "NAME": "x"}})
    assert (no_code.status_code, no_code.json()) == (
        400,
        {"error": "", "error_description": "The field STATUS_ID is required."},
    )
    unknown = post_json(sandbox, "crm.status.add", {"fields": {"ENTITY_ID": "NOPE", "STATUS_ID": "A", "NAME": "x"}})
    assert unknown.json()["error_description"] == "Specified entity type is not supported."
    twice = post_json(sandbox, "crm.status.add", {"fields": {"ENTITY_ID": "SOURCE", "STATUS_ID": "CALL", "NAME": "x"}})
    assert twice.json() == {"error": "ERROR_CORE", "error_description": "The specified status ID already exists."}
    statuses = result(get(sandbox, "crm.status.list", {"filter": {"ENTITY_ID": "STATUS", "STATUS_ID": "NEW"}}))
    system = post_json(sandbox, "crm.status.delete", {"id": statuses[0]["ID"]})
    assert system.json()["error_description"].startswith("CRM System Status can be deleted only if")
    in_use = post_json(sandbox, "crm.status.delete", {"id": statuses[0]["ID"], "params": {"FORCED": "Y"}})
    assert in_use.json()["error_description"] == "There are active items in this status."
