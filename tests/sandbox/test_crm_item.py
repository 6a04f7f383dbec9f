"""crm.item.* and crm.type.*: one record under two names, the docs' answer shapes and errors.

Sources: api-reference/crm/universal/crm-item-{add,get,list,update,delete,fields}.md and
user-defined-object-types/crm-type-{list,get,get-by-entity-type-id}.md.
"""

from __future__ import annotations

import pytest

from b24desk.sandbox import SandboxPortal
from b24desk.sandbox.methods.crm_item_types import SPA_ENTITY_TYPE_ID, camel
from tests.sandbox.rest_calls import get, post_form, post_json, result


def test_names_follow_object_fields() -> None:
    # object-fields.md: renamed fields, camelCase, custom fields of classic types and of a SPA
    assert camel("DATE_CREATE") == "createdTime" and camel("ASSIGNED_BY_ID") == "assignedById"
    assert camel("UF_CRM_1721244707107") == "ufCrm_1721244707107"
    assert camel("UF_CRM_2_1639669411830") == "ufCrm2_1639669411830"


def test_item_add_is_a_lead_the_classic_methods_see(sandbox: SandboxPortal) -> None:
    # crm-item-add.md: answer {"item": {...}} with numbers as numbers, default title `Lead #id`, `fm`
    fields = {
        "name": "Jürgen",
        "opportunity": 1500.5,
        "fm": [{"typeId": "PHONE", "valueType": "WORK", "value": "+49 30 555"}],
        "ufCrm_1731000004": "Y",
    }
    item = result(post_json(sandbox, "crm.item.add", {"entityTypeId": 1, "fields": fields}))["item"]
    assert item["entityTypeId"] == 1 and isinstance(item["id"], int)
    assert item["title"] == f"Lead #{item['id']}" and item["stageId"] == "NEW"
    assert item["opportunity"] == 1500.5 and item["createdBy"] == 1
    assert item["fm"][0]["value"] == "+49 30 555" and item["fm"][0]["typeId"] == "PHONE"
    assert item["ufCrm_1731000004"] is True
    # crm-item-get.md: flat aliases of the multifields, observers, fields the records do not keep as null
    assert (item["phoneWork"], item["phone"], item["emailWork"], item["skype"]) == (
        "+49 30 555",
        "+49 30 555",
        "",
        None,
    )
    assert item["observers"] == [] and item["isConvert"] is None and "addressCity" not in item
    classic = result(get(sandbox, "crm.lead.get", {"id": item["id"]}))
    assert classic["NAME"] == "Jürgen" and classic["OPPORTUNITY"] == "1500.50" and classic["HAS_PHONE"] == "Y"


def test_get_update_delete_round_trip(sandbox: SandboxPortal) -> None:
    # crm-item-update.md answers the whole item; crm-item-delete.md answers []; then 400 NOT_FOUND
    added = post_form(sandbox, "crm.item.add", {"entityTypeId": 2, "fields": {"title": "Сделка"}})
    new_id = result(added)["item"]["id"]
    updated = result(
        post_json(sandbox, "crm.item.update", {"entityTypeId": 2, "id": new_id, "fields": {"opportunity": "99"}})
    )
    assert updated["item"]["opportunity"] == 99.0 and updated["item"]["title"] == "Сделка"
    assert result(get(sandbox, "crm.item.get", {"entityTypeId": 2, "id": new_id}))["item"]["categoryId"] == 0
    assert result(post_json(sandbox, "crm.item.delete", {"entityTypeId": 2, "id": new_id})) == []
    missing = get(sandbox, "crm.item.get", {"entityTypeId": 2, "id": new_id})
    assert missing.status_code == 400
    assert missing.json() == {"error": "NOT_FOUND", "error_description": "Item not found"}


def test_unknown_type_and_bad_values(sandbox: SandboxPortal) -> None:
    # crm-item-add.md: NOT_FOUND "Smart process not found", CRM_FIELD_ERROR_VALUE_NOT_VALID, 100
    unknown = post_json(sandbox, "crm.item.add", {"entityTypeId": 999, "fields": {"title": "x"}})
    assert (unknown.status_code, unknown.json()["error"]) == (400, "NOT_FOUND")
    bad = post_json(sandbox, "crm.item.add", {"entityTypeId": 2, "fields": {"opportunity": "lots"}})
    assert (bad.status_code, bad.json()["error"]) == (400, "CRM_FIELD_ERROR_VALUE_NOT_VALID")
    scalar = post_json(sandbox, "crm.item.add", {"entityTypeId": 2, "fields": {"contactIds": 5}})
    assert (scalar.status_code, scalar.json()["error"]) == (400, "100")


def test_list_pages_filters_selects_and_orders(reading_sandbox: SandboxPortal) -> None:
    # crm-item-list.md: {"items": [...]}, total/next, camelCase filter/order/select
    params = {"entityTypeId": 1, "select": ["id", "title"], "order": {"id": "DESC"}, "filter": {">id": 10}}
    answer = get(reading_sandbox, "crm.item.list", params).json()
    items = answer["result"]["items"]
    assert len(items) == 50 and answer["next"] == 50 and answer["total"] == 110
    assert set(items[0]) == {"id", "title", "entityTypeId"} and items[0]["id"] > items[1]["id"]
    classic = result(get(reading_sandbox, "crm.lead.list", {"filter": {">ID": 10}, "order": {"ID": "DESC"}}))
    assert [item["id"] for item in items] == [int(row["ID"]) for row in classic]


def test_list_takes_nested_or_groups(reading_sandbox: SandboxPortal) -> None:
    # crm-item-list.md's example: {"0": {"logic": "OR", "0": {...}, "1": {...}}, "@stageId": [...]}
    either = {"0": {"logic": "OR", "0": {"id": 3}, "1": {"id": 7}, "2": {"id": 9}}, "!id": 9}
    items = result(post_json(reading_sandbox, "crm.item.list", {"entityTypeId": 1, "filter": either}))["items"]
    assert [item["id"] for item in items] == [3, 7]
    both = {"0": {"logic": "AND", ">id": 3, "<id": 6}}
    items = result(post_json(reading_sandbox, "crm.item.list", {"entityTypeId": 1, "filter": both}))["items"]
    assert [item["id"] for item in items] == [4, 5]


@pytest.mark.parametrize(
    ("params", "description"),
    [
        ({"filter": {"nope": 1}}, "Invalid filter: field 'nope' is not allowed in filter"),
        ({"order": {"nope": "ASC"}}, "Invalid order: field 'nope' is not allowed in order"),
        (
            {"order": {"id": "UP"}},
            "Invalid order: allowed sort directions are ASC, DESC. But got 'UP' for field 'id'",
        ),
    ],
)
def test_list_rejects_unknown_keys(reading_sandbox: SandboxPortal, params: dict[str, object], description: str) -> None:
    # crm-item-list.md: 400 INVALID_ARG_VALUE for fields not allowed in filter or order
    answer = post_json(reading_sandbox, "crm.item.list", {"entityTypeId": 1, **params})
    assert answer.status_code == 400
    assert answer.json() == {"error": "INVALID_ARG_VALUE", "error_description": description}


def test_fields_carry_upper_names(reading_sandbox: SandboxPortal) -> None:
    # crm-item-fields.md: {"fields": {"id": {..., "upperName": "ID"}}}
    described = result(get(reading_sandbox, "crm.item.fields", {"entityTypeId": 4}))["fields"]
    assert described["id"]["upperName"] == "ID" and described["id"]["isReadOnly"] is True
    assert described["typeId"]["upperName"] == "COMPANY_TYPE"


def test_smart_process_type_and_items(sandbox: SandboxPortal) -> None:
    # crm-type-list.md / crm-type-get.md; SPA items use the DT{type}_{category}:NEW stage
    types = result(get(sandbox, "crm.type.list"))["types"]
    assert [t["entityTypeId"] for t in types] == [SPA_ENTITY_TYPE_ID]
    spa = result(get(sandbox, "crm.type.get", {"id": types[0]["id"]}))["type"]
    assert spa["entityTypeId"] == SPA_ENTITY_TYPE_ID and "relations" in spa
    by_type = result(get(sandbox, "crm.type.getByEntityTypeId", {"entityTypeId": SPA_ENTITY_TYPE_ID}))["type"]
    assert by_type["id"] == spa["id"]
    missing = get(sandbox, "crm.type.get", {"id": 999})
    assert (missing.status_code, missing.json()["error_description"]) == (400, "SPA not found")
    item = result(
        post_json(sandbox, "crm.item.add", {"entityTypeId": SPA_ENTITY_TYPE_ID, "fields": {"ufCrm2_1731000102": 7}})
    )["item"]
    assert item["stageId"].startswith(f"DT{SPA_ENTITY_TYPE_ID}_") and item["ufCrm2_1731000102"] == 7.0
