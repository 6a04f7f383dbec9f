"""crm.{lead,deal,contact,company}.userfield.*: custom fields, labels per language, the docs' errors.

Sources: api-reference/crm/leads/userfield/crm-lead-userfield-{add,get,list,update,delete}.md (the deal,
contact and company pages follow the same pattern).
"""

from __future__ import annotations

import pytest

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_json, result


@pytest.mark.parametrize("entity", ["lead", "deal", "contact", "company"])
def test_userfield_round_trip(sandbox: SandboxPortal, entity: str) -> None:
    # add answers the ID; get gives labels per language; update/delete answer true; then ERROR_NOT_FOUND
    fields = {"USER_TYPE_ID": "string", "FIELD_NAME": "HELLO_WORLD", "LABEL": {"en": "Hello", "de": "Hallo"}}
    new_id = result(post_json(sandbox, f"crm.{entity}.userfield.add", {"fields": fields}))
    row = result(get(sandbox, f"crm.{entity}.userfield.get", {"id": new_id}))
    assert row["FIELD_NAME"] == "UF_CRM_HELLO_WORLD" and row["ENTITY_ID"] == f"CRM_{entity.upper()}"
    assert row["EDIT_FORM_LABEL"]["de"] == "Hallo" and row["MULTIPLE"] == "N"
    changed = post_json(sandbox, f"crm.{entity}.userfield.update", {"id": new_id, "fields": {"MANDATORY": "Y"}})
    assert result(changed) is True
    listed = result(
        get(sandbox, f"crm.{entity}.userfield.list", {"filter": {"LANG": "de", "FIELD_NAME": row["FIELD_NAME"]}})
    )
    assert [(r["MANDATORY"], r["EDIT_FORM_LABEL"]) for r in listed] == [("Y", "Hallo")]
    assert result(post_json(sandbox, f"crm.{entity}.userfield.delete", {"id": new_id})) is True
    gone = get(sandbox, f"crm.{entity}.userfield.get", {"id": new_id})
    assert gone.status_code == 400
    assert gone.json() == {
        "error": "ERROR_NOT_FOUND",
        "error_description": f"The entity with ID '{new_id}' is not found",
    }


def test_documented_errors(sandbox: SandboxPortal) -> None:
    # crm-lead-userfield-add.md / -get.md, Possible Error Codes
    bad_name = post_json(sandbox, "crm.lead.userfield.add", {"fields": {"USER_TYPE_ID": "string", "FIELD_NAME": "ä b"}})
    assert (bad_name.status_code, bad_name.json()["error"]) == (400, "ERROR_CORE")
    bad_type = post_json(sandbox, "crm.lead.userfield.add", {"fields": {"USER_TYPE_ID": "nope", "FIELD_NAME": "X"}})
    assert bad_type.json()["error_description"] == "Invalid custom type specified."
    no_id = get(sandbox, "crm.lead.userfield.get", {"id": 0})
    assert (no_id.status_code, no_id.json()["error_description"]) == (400, "ID is not defined or invalid.")
    deal_field = result(
        post_json(sandbox, "crm.deal.userfield.add", {"fields": {"USER_TYPE_ID": "date", "FIELD_NAME": "D"}})
    )
    other = get(sandbox, "crm.lead.userfield.get", {"id": deal_field})
    assert (other.status_code, other.json()["error_description"]) == (403, "Access denied.")


def test_seeded_lead_fields_are_listed(reading_sandbox: SandboxPortal) -> None:
    # the custom fields crm.lead.fields describes are the ones crm.lead.userfield.list gives
    names = {row["FIELD_NAME"] for row in result(get(reading_sandbox, "crm.lead.userfield.list"))}
    described = {code for code in result(get(reading_sandbox, "crm.lead.fields")) if code.startswith("UF_")}
    assert names == described
