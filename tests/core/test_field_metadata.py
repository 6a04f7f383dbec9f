"""The `*.fields` parser, on answers shaped as the docs show them (values shortened)."""

from __future__ import annotations

from typing import Any

import pytest

from b24desk.core.field_metadata import FieldItem, FieldMetadataError, parse_field, parse_fields_result

# crm.lead.fields (api-reference/crm/leads/crm-lead-fields.md) plus a list user field as in
# crm/_include/user-fields-for-examples-cut.md.
CRM_LEAD_FIELDS: dict[str, Any] = {
    "ID": {
        "type": "integer",
        "isRequired": False,
        "isReadOnly": True,
        "isImmutable": False,
        "isMultiple": False,
        "isDynamic": False,
        "title": "ID",
    },
    "HONORIFIC": {
        "type": "crm_status",
        "isRequired": False,
        "isReadOnly": False,
        "isImmutable": False,
        "isMultiple": False,
        "isDynamic": False,
        "statusType": "HONORIFIC",
        "title": "Salutation",
    },
    "PHONE": {
        "type": "crm_multifield",
        "isRequired": False,
        "isReadOnly": False,
        "isImmutable": False,
        "isMultiple": True,
        "isDynamic": False,
        "title": "Phone",
    },
    "UF_CRM_1721812814433": {
        "type": "enumeration",
        "isRequired": True,
        "isReadOnly": False,
        "isImmutable": False,
        "isMultiple": False,
        "isDynamic": True,
        "items": [{"ID": "79", "VALUE": "List item #1"}, {"ID": "80", "VALUE": "List item #2"}],
        "title": "UF_CRM_1721812814433",
        "listLabel": "Custom field (list)",
        "formLabel": "Custom field (list)",
        "filterLabel": "Custom field (list)",
        "settings": {"DISPLAY": "LIST", "LIST_HEIGHT": 1},
    },
}

# crm.item.fields (api-reference/crm/universal/crm-item-fields.md): wrapped in `fields`, camelCase keys.
CRM_ITEM_FIELDS = {
    "fields": {
        "id": {
            "type": "integer",
            "isRequired": False,
            "isReadOnly": True,
            "isImmutable": False,
            "isMultiple": False,
            "isDynamic": False,
            "title": "ID",
            "upperName": "ID",
        },
        "ufCrm44_1721812760630": {
            "type": "string",
            "isRequired": False,
            "isReadOnly": False,
            "isImmutable": False,
            "isMultiple": False,
            "isDynamic": True,
            "title": "Custom field (string)",
            "listLabel": "Custom field (string)",
            "formLabel": "Custom field (string)",
            "filterLabel": "Custom field (string)",
            "settings": {"SIZE": 20, "ROWS": 1},
            "upperName": "UF_CRM_44_1721812760630",
        },
    }
}

# tasks.task.getFields (api-reference/tasks/tasks-task-get-fields.md).
TASKS_FIELDS = {
    "fields": {
        "ID": {"title": "ID", "type": "integer", "primary": True},
        "PARENT_ID": {"title": "Base Task ID", "type": "integer", "default": 0},
        "TITLE": {"title": "Title", "type": "string", "required": True},
        "MARK": {
            "title": "Rating",
            "type": "enum",
            "values": {"N": "Negative", "P": "Positive"},
            "default": None,
        },
    }
}

# catalog.price.getFields (api-reference/catalog/price/catalog-price-get-fields.md): wrapped by entity.
CATALOG_PRICE_FIELDS = {
    "price": {
        "catalogGroupId": {"isImmutable": True, "isReadOnly": False, "isRequired": True, "type": "integer"},
        "currency": {"isImmutable": False, "isReadOnly": False, "isRequired": True, "type": "string"},
    }
}

# user.fields (api-reference/user/user-fields.md): code -> title only.
USER_FIELDS = {"ID": "ID", "XML_ID": "External code", "NAME": "First Name"}


def test_crm_style() -> None:
    fields = {f.name: f for f in parse_fields_result(CRM_LEAD_FIELDS)}
    assert list(fields) == ["ID", "HONORIFIC", "PHONE", "UF_CRM_1721812814433"]
    assert fields["ID"].read_only and not fields["ID"].required and fields["ID"].kind == "integer"
    assert fields["HONORIFIC"].status_type == "HONORIFIC" and fields["HONORIFIC"].kind == "enum"
    assert fields["PHONE"].multiple and fields["PHONE"].kind == "array"
    custom = fields["UF_CRM_1721812814433"]
    assert custom.user_field and custom.required and custom.kind == "enum"
    assert custom.items == (FieldItem("79", "List item #1"), FieldItem("80", "List item #2"))
    assert custom.label == "Custom field (list)" and custom.filter_label == "Custom field (list)"
    assert custom.settings == {"DISPLAY": "LIST", "LIST_HEIGHT": 1}


def test_crm_item_style_wrapped_in_fields() -> None:
    fields = parse_fields_result(CRM_ITEM_FIELDS)
    assert [f.name for f in fields] == ["id", "ufCrm44_1721812760630"]
    custom = fields[1]
    assert custom.user_field and custom.upper_name == "UF_CRM_44_1721812760630"
    assert custom.settings["SIZE"] == 20 and custom.kind == "string"


def test_tasks_style() -> None:
    fields = {f.name: f for f in parse_fields_result(TASKS_FIELDS)}
    assert fields["ID"].primary and not fields["ID"].required
    assert fields["TITLE"].required and fields["TITLE"].title == "Title"
    assert fields["PARENT_ID"].default == 0
    mark = fields["MARK"]
    assert mark.kind == "enum" and mark.items == (FieldItem("N", "Negative"), FieldItem("P", "Positive"))
    assert not mark.user_field and mark.label == "Rating"


def test_wrapped_by_entity_name() -> None:
    fields = parse_fields_result(CATALOG_PRICE_FIELDS)
    assert [(f.name, f.required, f.immutable) for f in fields] == [
        ("catalogGroupId", True, True),
        ("currency", True, False),
    ]


def test_titles_only() -> None:
    fields = parse_fields_result(USER_FIELDS)
    assert [(f.name, f.title, f.kind) for f in fields][1] == ("XML_ID", "External code", "unknown")


@pytest.mark.parametrize(("raw", "expected"), [("Y", True), ("N", False), (1, True), ("0", False), ("true", True)])
def test_flags_in_any_spelling(raw: object, expected: bool) -> None:
    assert parse_field("X", {"type": "string", "isRequired": raw}).required is expected


def test_labels_by_language_and_list_values() -> None:
    meta = parse_field(
        "UF_X",
        {"type": "enumeration", "formLabel": {"de": "Feld", "en": "Field"}, "items": ["a", "b"]},
    )
    assert meta.form_label == "Field" and meta.user_field
    assert meta.items == (FieldItem("a", "a"), FieldItem("b", "b"))


def test_empty_and_unexpected_answers() -> None:
    assert parse_fields_result({}) == ()
    with pytest.raises(FieldMetadataError, match="unexpected shape"):
        parse_fields_result(["ID", "TITLE"])
    with pytest.raises(FieldMetadataError):
        parse_fields_result({"a": {"b": 1}, "c": {"d": 2}})
