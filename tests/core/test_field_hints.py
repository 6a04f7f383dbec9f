"""The grid's hints from a portal's field list: documented types, editor types, choices."""

from __future__ import annotations

from b24desk.core.field_hints import grid_hints
from b24desk.core.field_metadata import parse_fields_result
from tests.core.test_field_metadata import CRM_LEAD_FIELDS


def test_hints_for_fields_filter_and_select() -> None:
    answer = {
        **CRM_LEAD_FIELDS,
        "OPPORTUNITY": {"type": "double", "isRequired": False, "isMultiple": False, "title": "Amount"},
        "DATE_CLOSED": {"type": "date", "title": "Closed"},
    }
    hints = grid_hints(parse_fields_result(answer))
    assert hints.types["fields[OPPORTUNITY]"] == "number"
    assert hints.types["filter[DATE_CLOSED]"] == "date"
    assert hints.types["fields[ID]"] == "integer"
    assert "fields[PHONE]" not in hints.types  # a multiple field: a list, not one typed value
    assert "fields[HONORIFIC]" not in hints.types  # a status code is text
    assert hints.documented["fields[UF_CRM_1721812814433]"] == "enumeration *"  # required where it is written
    assert hints.documented["filter[UF_CRM_1721812814433]"] == "enumeration"
    assert hints.choices["fields[UF_CRM_1721812814433]"] == [("79", "List item #1"), ("80", "List item #2")]
    assert ("OPPORTUNITY", "Amount") in hints.choices["select[]"]
