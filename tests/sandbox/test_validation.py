"""Documented 400s for parameters of the wrong type or value, on every served method; never a silent ignore.

crm-deal-list.md: filter="x" is 400 "Parameter 'filter' must be array." (an ignored filter would act
on every record of a real portal); tasks-task-list.md: an order on an unknown field is 400 "Invalid
sorting key"; crm-status-list.md: "Invalid parameters."; tasks-task-get.md: code 100 for a select
that is not an array, code 0 for a task ID that is not a number.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from b24desk.sandbox import SandboxPortal
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.validation import CLASSIC_CRM, INTEGER, OBJECT, ParamRule, check
from tests.sandbox.rest_calls import get, post_form, post_json
from tools.conformance import load_documented, served_methods


def _error(response: Any) -> tuple[int, str, str]:
    body = response.json()
    return response.status_code, body.get("error"), body.get("error_description")


@pytest.mark.parametrize("entity", ["lead", "deal", "contact", "company"])
@pytest.mark.parametrize("param", ["filter", "order", "select"])
def test_crm_list_refuses_a_scalar_where_an_array_belongs(
    reading_sandbox: SandboxPortal, entity: str, param: str
) -> None:
    answer = get(reading_sandbox, f"crm.{entity}.list", {param: "x"})
    assert _error(answer) == (400, "", f"Parameter '{param}' must be array.")


def test_crm_add_and_update_check_fields_params_and_id(sandbox: SandboxPortal) -> None:
    assert _error(post_form(sandbox, "crm.deal.add", {"fields": "x"})) == (400, "", "Parameter 'fields' must be array.")
    assert _error(post_json(sandbox, "crm.deal.add", {})) == (400, "", "Parameter 'fields' must be array.")
    bad_params = post_json(sandbox, "crm.lead.add", {"fields": {"TITLE": "a"}, "params": "y"})
    assert _error(bad_params) == (400, "", "Parameter 'params' must be array.")
    assert _error(get(sandbox, "crm.lead.update", {"id": "abc", "fields": {"TITLE": "b"}}))[2] == (
        "ID is not defined or invalid."
    )
    assert post_json(sandbox, "crm.lead.list", {"FILTER": {"ID": 1}}).status_code == 200  # names in any case


def test_crm_values_the_docs_refuse(sandbox: SandboxPortal) -> None:
    currency = post_json(sandbox, "crm.deal.add", {"fields": {"TITLE": "a", "CURRENCY_ID": "XXX"}})
    assert _error(currency) == (400, "", 'Invalid value for the "Currency" field')
    mail = {"fields": {"NAME": "a", "EMAIL": [{"VALUE": "not-an-address", "VALUE_TYPE": "WORK"}]}}
    assert _error(post_json(sandbox, "crm.contact.add", mail)) == (
        400,
        "ERROR_CORE",
        "The field Work e-mail contains an invalid address",
    )
    assert _error(post_json(sandbox, "crm.company.update", {"id": 999999, "fields": {"TITLE": "a"}}))[2] == (
        "Company is not found"
    )


def test_crm_status_list_and_tasks(reading_sandbox: SandboxPortal) -> None:
    assert _error(get(reading_sandbox, "crm.status.list", {"filter": "x"})) == (
        400,
        "Invalid parameters.",
        "Incorrect parameters passed.",
    )
    order = post_json(reading_sandbox, "tasks.task.list", {"order": {"NO_SUCH_FIELD": "asc"}})
    assert _error(order) == (400, "0", "Invalid sorting key (internal error)")
    select = post_json(reading_sandbox, "tasks.task.get", {"taskId": 1, "select": "x"})
    assert _error(select)[:2] == (400, "100") and "{select}" in _error(select)[2]
    assert _error(get(reading_sandbox, "tasks.task.get", {"taskId": "abc"})) == (400, "0", "wrong task id")
    assert _error(post_json(reading_sandbox, "user.get", {"FILTER": "x"}))[:2] == (400, "ERROR_ARGUMENT")


def test_tasks_refuse_a_parent_loop(sandbox: SandboxPortal) -> None:
    parent = post_json(sandbox, "tasks.task.add", {"fields": {"TITLE": "p", "RESPONSIBLE_ID": 1}}).json()
    parent_id = parent["result"]["task"]["id"]
    child = {"fields": {"TITLE": "c", "RESPONSIBLE_ID": 1, "PARENT_ID": parent_id}}
    child_id = post_json(sandbox, "tasks.task.add", child).json()["result"]["task"]["id"]
    loop = post_json(sandbox, "tasks.task.update", {"taskId": parent_id, "fields": {"PARENT_ID": child_id}})
    assert _error(loop) == (400, "ERROR_CORE", "Creating cyclic links in tasks is prohibited<br>")
    itself = post_json(sandbox, "tasks.task.update", {"taskId": parent_id, "fields": {"PARENT_ID": parent_id}})
    assert _error(itself)[2] == "Cannot bind the node to itself<br>"


def test_batch_commands_are_checked_too(reading_sandbox: SandboxPortal) -> None:
    body = post_json(reading_sandbox, "batch", {"cmd": {"a": "crm.lead.list?filter=x"}}).json()["result"]
    assert body["result_error"]["a"]["error_description"] == "Parameter 'filter' must be array."


def test_the_layer_is_generic() -> None:
    rules = (ParamRule("id", INTEGER, required=True), ParamRule("fields", OBJECT))
    check({"ID": "7", "fields": {"A": 1}}, rules, CLASSIC_CRM)
    for params in ({}, {"id": "x"}, {"id": 7, "fields": "y"}):
        with pytest.raises(RestError):
            check(params, rules, CLASSIC_CRM)
    check({"id": 7, "fields": ""}, rules, CLASSIC_CRM)  # an empty value is no value (PHP sends [] as nothing)


def test_every_documented_array_parameter_is_checked() -> None:
    """A served method declares each parameter its page types as an object or array (new ones too)."""
    from b24desk.sandbox import SandboxConfig
    from b24desk.sandbox.portal import PortalCore

    core = PortalCore(SandboxConfig(seed=0))
    try:
        documented = load_documented()
        unchecked = []
        for name in served_methods():
            method = core.registry.get(name)
            assert method is not None, name
            declared = {rule.name.lower() for rule in method.params}
            for param in documented.get(name, {}).get("params", []):
                if (param[1] in ("object", "array") or param[1].endswith("[]")) and param[0].lower() not in declared:
                    unchecked.append(f"{name}: {param[0]}")
        assert not unchecked, unchecked
    finally:
        core.close()


def test_rights_a_user_without_a_crm_role_and_a_task_of_someone_else(sandbox: SandboxPortal) -> None:
    """crm-*.md: "Access denied." for a user without CRM rights; tasks-task-delete.md: 1048582."""
    sandbox.add_webhook(5, "supportengineer05", ("crm", "task", "user"))  # the support team has no CRM role
    url = sandbox.webhook_url.replace(f"/rest/1/{sandbox.core.demo_secret}/", "/rest/5/supportengineer05/")
    denied = httpx.post(f"{url}crm.lead.list", json={}, timeout=10)
    assert _error(denied) == (400, "", "Access denied.")
    assert httpx.post(f"{url}user.current", json={}, timeout=10).status_code == 200
    task = post_json(sandbox, "tasks.task.add", {"fields": {"TITLE": "mine", "RESPONSIBLE_ID": 5}}).json()
    task_id = task["result"]["task"]["id"]
    refused = httpx.post(f"{url}tasks.task.delete", json={"taskId": task_id}, timeout=10)
    assert _error(refused) == (400, "1048582", "No access to delete the task")
    assert post_json(sandbox, "tasks.task.delete", {"taskId": task_id}).status_code == 200  # its creator may
