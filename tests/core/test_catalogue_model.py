"""The catalogue's records: type mapping and the compact JSON round trip."""

from __future__ import annotations

import pytest

from b24desk.core.catalogue_model import TYPE_KINDS, MethodInfo, ParamInfo, type_kind
from b24desk.core.catalogue_records import (
    DOC_SITE,
    method_from_record,
    method_to_record,
    params_from_records,
    params_to_records,
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
    assert record == ["crm.lead.add", ["crm"], "api-reference/crm/leads/crm-lead-add", 2 | 4]
    back = method_from_record(record, params_to_records(method.params))
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
    alone = [
        method_from_record(*given, data["doc_site"]) for given in zip(data["methods"], data["params"], strict=True)
    ]
    assert [m for m in catalogue] == alone  # the same facts, method by method
    params = [p for method in catalogue for p in method.params]
    assert len({id(p) for p in params}) < len(params) / 2  # most repeat another method's, one object each
    by_value: dict[ParamInfo, ParamInfo] = {}
    assert all(by_value.setdefault(p, p) is p for p in params)  # equal ones are the same object


def _param_objects() -> int:
    import gc

    return sum(1 for found in gc.get_objects() if type(found) is ParamInfo)


def test_a_read_catalogue_decodes_each_methods_parameters_when_first_read_as_the_whole_file_gave_them() -> None:
    """The start-up shows ~1,600 names and reads no parameters: the read makes none; each method's, read later,
    equal what decoding its record at once gives, and equal parameters stay one object across methods."""
    import gc
    import json

    from b24desk.core.catalogue import bundled_catalogue_path, read_catalogue

    path = bundled_catalogue_path()
    gc.collect()
    before = _param_objects()
    catalogue = read_catalogue(path)
    assert _param_objects() == before  # no parameter made by the read
    data = json.loads(path.read_bytes())
    assert len(data["methods"]) == len(catalogue) > 1500
    for record, records in zip(data["methods"], data["params"], strict=True):
        method = catalogue.get(record[0])
        assert method is not None and method.params == params_from_records(records)
        assert method.params is method.params  # decoded once
    assert _param_objects() > before
    params = [p for method in catalogue for p in method.params]
    assert len({id(p) for p in params}) < len(params) / 2  # shared as when the file was decoded whole


def test_a_method_whose_parameters_are_not_read_yet_compares_hashes_copies_and_pickles_as_a_whole_one() -> None:
    import copy
    import json
    import pickle
    import sys

    from b24desk.core.catalogue import ParamTexts

    fields = ParamInfo("fields", "object", True, (ParamInfo("TITLE", "string"),), "crm_lead")
    made = MethodInfo("crm.lead.add", "crm", (fields,), doc_url=f"{DOC_SITE}page.html", scopes=("crm",))
    record = method_to_record(made, "page")
    text = json.dumps(params_to_records(made.params))
    texts = ParamTexts("methods.json")

    def lazy() -> MethodInfo:
        return method_from_record(record, text, DOC_SITE, texts)

    assert lazy() == made and made == lazy() and hash(lazy()) == hash(made) and repr(lazy()) == repr(made)
    assert len({lazy(), made, lazy()}) == 1
    assert lazy() != made.replace(deprecated=True) and made != record
    marked = lazy().replace(available=False, scope_granted=True)  # Catalogue.with_portal's copy
    assert (marked.available, marked.scope_granted, marked.unavailable_reason) == (False, True, "not_served")
    assert marked.params == (fields,) and marked.param("FIELDS") == fields and marked.name == "crm.lead.add"
    assert lazy().replace(params=()).params == ()
    assert pickle.loads(pickle.dumps(lazy())) == made
    if sys.version_info >= (3, 13):
        assert copy.replace(lazy(), origin="portal") == made.replace(origin="portal")
    with pytest.raises(TypeError):
        made.replace(colour="red")
    with pytest.raises(AttributeError):
        made.available = True
    with pytest.raises(AttributeError):
        fields.name = "other"
    assert fields.doc_type == "crm_lead" and ParamInfo("id", "integer").doc_type == "integer"


def test_the_search_reads_parameter_names_from_the_file_without_making_the_parameters() -> None:
    """The search index (built when the search is first focused) needs every method's parameter names only:
    it makes no parameter, and finds what the parameters themselves name, nested fields included."""
    import gc

    from b24desk.core.catalogue import bundled_catalogue_path, read_catalogue

    catalogue = read_catalogue(bundled_catalogue_path())
    gc.collect()
    before = _param_objects()
    assert "crm.lead.add" in [m.name for m in catalogue.search("address_city", limit=None)]  # a nested field
    assert _param_objects() == before
    names = {m.name: m.param_names() for m in catalogue}

    def walk(params: tuple[ParamInfo, ...]) -> list[str]:
        return [n for p in params for n in (p.name, *walk(p.children))]

    assert all(names[m.name] == walk(m.params) == m.param_names() for m in catalogue)  # decoded, the same names
    assert "TITLE" in names["crm.lead.add"] and "ADDRESS_CITY" in names["crm.lead.add"]  # nested fields too
