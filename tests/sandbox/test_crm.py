"""CRM and task methods: add, get, update, delete, fields, with the docs' answers and errors.

Sources: api-reference/crm/leads/crm-lead-{add,get,update,delete,fields}.md (ID answers, `true`,
`{"error": "", "error_description": "Not found"}` with 400), api-reference/tasks/tasks-task-*.md.
"""

from __future__ import annotations

import pytest

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_form, post_json, result


@pytest.mark.parametrize("entity", ["lead", "deal", "contact", "company"])
def test_crud_round_trip(sandbox: SandboxPortal, entity: str) -> None:
    new_id = result(post_json(sandbox, f"crm.{entity}.add", {"fields": {"TITLE": "Müller GmbH", "COMMENTS": "x"}}))
    assert isinstance(new_id, int)
    row = result(get(sandbox, f"crm.{entity}.get", {"id": new_id}))
    assert row["ID"] == str(new_id) and row["ASSIGNED_BY_ID"] == "1"
    assert result(post_form(sandbox, f"crm.{entity}.update", {"id": new_id, "fields": {"COMMENTS": "Привет"}})) is True
    assert result(get(sandbox, f"crm.{entity}.get", {"id": new_id}))["COMMENTS"] == "Привет"
    assert result(post_json(sandbox, f"crm.{entity}.delete", {"id": new_id})) is True
    missing = get(sandbox, f"crm.{entity}.get", {"id": new_id})
    assert missing.status_code == 400
    assert missing.json() == {"error": "", "error_description": "Not found"}


def test_invalid_id_and_missing_fields(sandbox: SandboxPortal) -> None:
    for params in ({}, {"id": "abc"}, {"id": -3}):
        response = get(sandbox, "crm.lead.get", params)
        assert (response.status_code, response.json()["error_description"]) == (
            400,
            "ID is not defined or invalid.",
        )
    assert post_json(sandbox, "crm.lead.add", {}).status_code == 400
    assert post_json(sandbox, "crm.company.add", {"fields": {"COMMENTS": "no title"}}).status_code == 400


def test_multifields_and_custom_fields_on_add(sandbox: SandboxPortal) -> None:
    fields = {
        "TITLE": "Lead with phones",
        "PHONE": [{"VALUE": "+49 30 1234567", "VALUE_TYPE": "WORK"}],
        "UF_CRM_1731000004": "Y",
        "UF_CRM_1731000005": "1234.5",
        "OPPORTUNITY": 99,
    }
    new_id = result(post_form(sandbox, "crm.lead.add", {"fields": fields}))
    row = result(get(sandbox, "crm.lead.get", {"id": new_id}))
    assert row["PHONE"][0]["VALUE"] == "+49 30 1234567" and row["HAS_PHONE"] == "Y"
    assert row["UF_CRM_1731000004"] is True and row["UF_CRM_1731000005"] == 1234.5
    assert row["OPPORTUNITY"] == "99.00" and row["STATUS_ID"] == "NEW"


def test_fields_describe_types_and_custom_fields(sandbox: SandboxPortal) -> None:
    described = result(get(sandbox, "crm.lead.fields"))
    assert described["ID"] == {
        "type": "integer",
        "isRequired": False,
        "isReadOnly": True,
        "isImmutable": False,
        "isMultiple": False,
        "isDynamic": False,
        "title": "ID",
    }
    assert described["STATUS_ID"]["statusType"] == "STATUS"
    language = described["UF_CRM_1731000002"]
    assert language["type"] == "enumeration" and language["isDynamic"] is True
    assert {item["VALUE"] for item in language["items"]} >= {"Deutsch", "Русский"}
    assert {"listLabel", "formLabel", "filterLabel", "settings"} <= set(language)
    for entity in ("deal", "contact", "company"):
        assert "ID" in result(get(sandbox, f"crm.{entity}.fields"))


def test_status_list(sandbox: SandboxPortal) -> None:
    stages = result(get(sandbox, "crm.status.list", {"filter": {"ENTITY_ID": "DEAL_STAGE"}}))
    assert [s["STATUS_ID"] for s in stages][:2] == ["NEW", "PREPARATION"]
    assert stages[0]["EXTRA"] == {"SEMANTICS": "process", "COLOR": "#39A8EF"}


def test_task_crud(sandbox: SandboxPortal) -> None:
    task = result(post_json(sandbox, "tasks.task.add", {"fields": {"TITLE": "Rückruf", "RESPONSIBLE_ID": 2}}))["task"]
    assert task["title"] == "Rückruf" and task["responsibleId"] == "2" and task["status"] == "2"
    task_id = task["id"]
    got = result(get(sandbox, "tasks.task.get", {"taskId": task_id, "select": ["ID", "TITLE"]}))
    # the selected fields, and the blocks every tasks.task.get answer carries (tasks-task-get.md)
    assert list(got["task"]) == ["id", "title", "descriptionInBbcode", "group", "favorite", "action"]
    assert got["task"]["title"] == "Rückruf" and got["task"]["action"]["complete"] is True
    updated = result(post_json(sandbox, "tasks.task.update", {"taskId": task_id, "fields": {"STATUS": 5}}))
    assert updated["task"]["status"] == "5" and updated["task"]["closedDate"]
    assert result(post_json(sandbox, "tasks.task.delete", {"taskId": task_id})) == {"task": True}
    assert get(sandbox, "tasks.task.get", {"taskId": task_id}).status_code == 400


def test_task_errors_and_fields(sandbox: SandboxPortal) -> None:
    no_title = post_json(sandbox, "tasks.task.add", {"fields": {"RESPONSIBLE_ID": 1}})
    assert (no_title.status_code, no_title.json()["error"]) == (400, "ERROR_CORE")
    nobody = post_json(sandbox, "tasks.task.add", {"fields": {"TITLE": "x", "RESPONSIBLE_ID": 9999}})
    assert nobody.json()["error"] == "ERROR_CORE"
    assert post_json(sandbox, "tasks.task.update", {"taskId": 1}).json()["error"] == "100"
    fields = result(get(sandbox, "tasks.task.getFields"))["fields"]
    assert fields["ID"] == {"title": "ID", "type": "integer", "primary": True}
    assert fields["PRIORITY"]["values"] == {"2": "High", "1": "Medium", "0": "Low"}


def test_users_and_departments(sandbox: SandboxPortal) -> None:
    me = result(get(sandbox, "user.current"))
    assert me["ID"] == "1" and me["UF_DEPARTMENT"] == [1] and me["ACTIVE"] is True
    assert result(get(sandbox, "profile"))["ADMIN"] is True
    assert result(get(sandbox, "user.fields"))["EMAIL"] == "E-Mail"
    departments = get(sandbox, "department.get").json()
    assert departments["total"] == 5 and departments["result"][0]["NAME"] == "Our company"
    assert result(get(sandbox, "department.get", {"ID": 5}))[0]["PARENT"] == "2"
    german = result(get(sandbox, "user.get", {"FILTER": {"%LAST_NAME": "Groß"}}))
    assert [u["NAME"] for u in german] == ["Jürgen"]
