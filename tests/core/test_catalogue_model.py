"""The catalogue's records: type mapping and the compact JSON round trip."""

from __future__ import annotations

import pytest

from b24desk.core.catalogue_model import (
    DOC_SITE,
    TYPE_KINDS,
    MethodInfo,
    ParamInfo,
    method_from_record,
    method_to_record,
    type_kind,
)


@pytest.mark.parametrize(
    ("doc_type", "kind"),
    [
        ("integer", "integer"),
        ("string", "string"),
        ("char", "string"),
        ("double", "double"),
        ("boolean", "boolean"),
        ("date", "date"),
        ("datetime", "datetime"),
        ("object", "object"),
        ("array", "array"),
        ("crm_multifield[]", "array"),
        ("string[]", "array"),
        ("file", "file"),
        ("diskfile", "file"),
        ("crm_status", "enum"),
        ("crm_enum_activitytype", "enum"),
        ("user", "integer"),
        ("user.id", "integer"),
        ("sale_order.id", "integer"),
        ("catalog_measure.code", "string"),
        ("crm_currency", "string"),
        ("crm_company", "integer"),
        ("crm_quote", "integer"),
        ("sale_status", "string"),
        ("sale_delivery_service", "integer"),
        ("object | string", "object"),
        ("any", "any"),
        ("", "unknown"),
        ("RestAppLayoutDto", "object"),
        ("something_new", "unknown"),
    ],
)
def test_type_kind_maps_doc_types_to_a_small_set(doc_type: str, kind: str) -> None:
    assert type_kind(doc_type) == kind
    assert kind in TYPE_KINDS


def test_method_record_round_trip() -> None:
    fields = ParamInfo(
        "fields",
        "object",
        True,
        (ParamInfo("TITLE", "string"), ParamInfo("PHONE", "array", type_text="crm_multifield[]")),
    )
    method = MethodInfo(
        name="crm.lead.add",
        scope="crm",
        params=(fields,),
        is_list=False,
        deprecated=True,
        doc_url=f"{DOC_SITE}api-reference/crm/leads/crm-lead-add.html",
        scopes=("crm",),
    )
    record = method_to_record(method, "api-reference/crm/leads/crm-lead-add")
    assert record[0:4] == ["crm.lead.add", ["crm"], "api-reference/crm/leads/crm-lead-add", 2 | 4]
    back = method_from_record(record)
    assert back.params[0].children[1].doc_type == "crm_multifield[]"
    assert back.params[0].doc_type == "object"
    assert back == method


def test_param_lookup_is_case_insensitive() -> None:
    method = MethodInfo("crm.item.list", "crm", (ParamInfo("entityTypeId", "integer", True),))
    assert method.param("ENTITYTYPEID") is method.params[0]
    assert method.param("nope") is None


def test_equal_parameters_of_a_catalogue_are_one_object_and_read_as_before() -> None:
    """The catalogue shares equal parameters between methods (made once); each method reads as if alone."""
    import json

    from b24desk.core.catalogue import bundled_catalogue_path, read_catalogue

    data = json.loads(bundled_catalogue_path().read_bytes())
    catalogue = read_catalogue(bundled_catalogue_path())
    alone = [method_from_record(record, data["doc_site"]) for record in data["methods"]]
    assert [m for m in catalogue] == alone  # the same facts, method by method
    params = [p for method in catalogue for p in method.params]
    assert len({id(p) for p in params}) < len(params) / 2  # most repeat another method's, one object each
    by_value: dict[ParamInfo, ParamInfo] = {}
    assert all(by_value.setdefault(p, p) is p for p in params)  # equal ones are the same object
