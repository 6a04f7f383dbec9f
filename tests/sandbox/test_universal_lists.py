"""Universal lists: lists.*, lists.field.get and lists.element.*, with the docs' error codes.

Sources: api-reference/lists/lists/lists-{get,add,update,delete}.md, fields/lists-field-get.md,
elements/lists-element-{add,get,update,delete}.md.
"""

from __future__ import annotations

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_json, result

SEEDED = {"IBLOCK_TYPE_ID": "lists", "IBLOCK_CODE": "equipment_requests"}


def test_lists_and_fields(sandbox: SandboxPortal) -> None:
    listed = get(sandbox, "lists.get", {"IBLOCK_TYPE_ID": "lists"}).json()
    assert listed["total"] == 1 and listed["result"][0]["CODE"] == "equipment_requests"
    assert "PROPERTIES" not in listed["result"][0]
    fields = result(get(sandbox, "lists.field.get", SEEDED))
    assert set(fields) == {"NAME", "PROPERTY_101", "PROPERTY_102"}
    new_id = result(
        post_json(sandbox, "lists.add", {"IBLOCK_TYPE_ID": "lists", "IBLOCK_CODE": "cars", "FIELDS": {"NAME": "Autos"}})
    )
    again = post_json(sandbox, "lists.add", {"IBLOCK_TYPE_ID": "lists", "IBLOCK_CODE": "cars", "FIELDS": {"NAME": "x"}})
    assert (again.status_code, again.json()["error"]) == (400, "ERROR_IBLOCK_ALREADY_EXISTS")
    assert result(
        post_json(
            sandbox, "lists.update", {"IBLOCK_TYPE_ID": "lists", "IBLOCK_ID": new_id, "FIELDS": {"NAME": "Voitures"}}
        )
    )
    assert result(post_json(sandbox, "lists.delete", {"IBLOCK_TYPE_ID": "lists", "IBLOCK_ID": new_id})) is True
    gone = post_json(sandbox, "lists.delete", {"IBLOCK_TYPE_ID": "lists", "IBLOCK_ID": new_id})
    assert gone.json() == {"error": "ERROR_IBLOCK_NOT_FOUND", "error_description": "Iblock not found"}


def test_element_round_trip(sandbox: SandboxPortal) -> None:
    fields = {"NAME": "Ноутбук", "PROPERTY_101": {"n0": "2"}, "PROPERTY_102": "3"}
    element_id = result(post_json(sandbox, "lists.element.add", {**SEEDED, "ELEMENT_CODE": "laptop", "FIELDS": fields}))
    row = result(get(sandbox, "lists.element.get", {**SEEDED, "ELEMENT_ID": element_id}))[0]
    assert row["NAME"] == "Ноутбук" and list(row["PROPERTY_101"].values()) == ["2"] and "IBLOCK_ID" not in row
    update = {**SEEDED, "ELEMENT_CODE": "laptop", "FIELDS": {"NAME": "Laptop 14", "PROPERTY_101": "4"}}
    assert result(post_json(sandbox, "lists.element.update", update)) is True
    by_name = get(sandbox, "lists.element.get", {**SEEDED, "FILTER": {"%NAME": "laptop"}}).json()
    assert [r["NAME"] for r in by_name["result"]] == ["Laptop", "Laptop 14"] and by_name["total"] == 2
    assert result(post_json(sandbox, "lists.element.delete", {**SEEDED, "ELEMENT_ID": element_id})) is True
    gone = get(sandbox, "lists.element.get", {**SEEDED, "ELEMENT_ID": element_id})
    assert gone.json() == {"error": "ERROR_ELEMENT_NOT_FOUND", "error_description": "Element not found"}


def test_documented_errors(sandbox: SandboxPortal) -> None:
    missing = get(sandbox, "lists.element.get", {"IBLOCK_ID": 1})
    assert (missing.status_code, missing.json()["error"]) == (400, "ERROR_REQUIRED_PARAMETERS_MISSING")
    assert missing.json()["error_description"] == "Required parameter `IBLOCK_TYPE_ID` is missing"
    twice = {**SEEDED, "ELEMENT_CODE": "request_1", "FIELDS": {"NAME": "x"}}
    assert post_json(sandbox, "lists.element.add", twice).json()["error"] == "ERROR_ELEMENT_ALREADY_EXISTS"
    unknown = get(sandbox, "lists.element.get", {"IBLOCK_TYPE_ID": "lists", "IBLOCK_ID": 99})
    assert unknown.json()["error"] == "ERROR_IBLOCK_NOT_FOUND"
