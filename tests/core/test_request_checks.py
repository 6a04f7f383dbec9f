"""Checks before sending: empty required parameters, values that do not fit the portal's field types."""

from __future__ import annotations

from b24desk.core.param_rows import ParamRow
from b24desk.core.request_checks import check_rows


def test_an_empty_or_missing_required_parameter_is_reported() -> None:
    rows = [ParamRow("id", ""), ParamRow("fields[TITLE]", "Acme")]
    assert check_rows(rows, ["id", "fields[TITLE]"]) == ["id is required and empty."]
    assert check_rows([], ["id"]) == ["id is required and missing."]
    assert check_rows([ParamRow("id", "5", enabled=False)], ["id"]) == ["id is required and missing."]  # not sent


def test_a_required_group_is_satisfied_by_any_field_in_it() -> None:
    assert check_rows([ParamRow("fields[TITLE]", "Acme")], ["fields"]) == []
    assert check_rows([ParamRow("id", "7", "integer")], ["id"]) == []


def test_values_are_checked_against_the_portals_field_types() -> None:
    types = {"fields[OPPORTUNITY]": "number", "fields[OPENED]": "boolean", "fields[BIRTHDATE]": "date"}
    rows = [
        ParamRow("fields[OPPORTUNITY]", "a lot"),
        ParamRow("fields[OPENED]", "Y"),
        ParamRow("fields[BIRTHDATE]", "31.12.2026"),
        ParamRow("fields[TITLE]", "free text"),
    ]
    problems = check_rows(rows, [], types)
    assert problems == [
        "fields[OPPORTUNITY]: 'a lot' is not a number.",
        "fields[BIRTHDATE]: '31.12.2026' is not a date like 2026-11-25.",
    ]


def test_enumeration_values_must_be_the_fields_ids() -> None:
    choices = {"fields[STATUS_ID]": ["NEW", "IN_PROCESS", "CONVERTED"]}
    assert check_rows([ParamRow("fields[STATUS_ID]", "NEW")], [], None, choices) == []
    assert check_rows([ParamRow("fields[STATUS_ID]", "Won")], [], None, choices) == [
        "fields[STATUS_ID]: 'Won' is not one of the field's values (NEW, IN_PROCESS, CONVERTED)."
    ]
