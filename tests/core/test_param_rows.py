"""Grid rows <-> nested params: PHP key rules, typed values, and no loss when switching modes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core.errors import ParamsError
from b24desk.core.param_rows import (
    ParamRow,
    documented_keys,
    is_list,
    join_key,
    params_to_rows,
    rank_keys,
    rows_to_params,
    split_key,
)
from b24desk.core.query import encode


def test_rows_build_nested_typed_params() -> None:
    rows = [
        ParamRow("fields[TITLE]", "Acme GmbH"),
        ParamRow("fields[OPPORTUNITY]", "1500,50", "number"),
        ParamRow("fields[OPENED]", "Y", "boolean"),
        ParamRow("fields[PHONE][0][VALUE]", "+49 30 1234"),
        ParamRow("select[]", "ID"),
        ParamRow("select[]", "TITLE"),
        ParamRow("filter[>ID]", "10", "integer"),
        ParamRow("filter[DATE_CREATE]", "2026-11-25T10:00:00+03:00", "datetime"),
        ParamRow("disabled", "x", enabled=False),
        ParamRow("", "ignored blank key"),
    ]
    assert rows_to_params(rows) == {
        "fields": {
            "TITLE": "Acme GmbH",
            "OPPORTUNITY": 1500.5,
            "OPENED": True,
            "PHONE": [{"VALUE": "+49 30 1234"}],
        },
        "select": ["ID", "TITLE"],
        "filter": {">ID": 10, "DATE_CREATE": "2026-11-25T10:00:00+03:00"},
    }


@pytest.mark.parametrize(
    ("row", "needle"),
    [
        (ParamRow("start", "ten", "integer"), "whole number"),
        (ParamRow("x", "1e999", "number"), "not a number"),
        (ParamRow("fields[OPENED]", "maybe", "boolean"), "yes/no"),
        (ParamRow("d", "25.11.2026", "date"), "2026-11-25"),
        (ParamRow("cmd", "{bad", "json"), "JSON"),
        (ParamRow("a]b", "1"), "parameter name"),
        (ParamRow("a", "1", "colour"), "unknown type"),
    ],
)
def test_bad_values_name_the_key_and_what_is_expected(row: ParamRow, needle: str) -> None:
    with pytest.raises(ParamsError) as caught:
        rows_to_params([row])
    assert needle in str(caught.value)


def test_params_to_rows_uses_append_for_plain_lists_and_indexes_for_groups() -> None:
    params = {
        "select": ["ID", "TITLE"],
        "fields": {"EMAIL": [{"VALUE": "a@b.de", "VALUE_TYPE": "WORK"}]},
        "matrix": [[1, 2]],
        "empty": {},
        "none": None,
        "flag": False,
    }
    rows = params_to_rows(params)
    assert [(r.key, r.value, r.type) for r in rows] == [
        ("select[]", "ID", "string"),
        ("select[]", "TITLE", "string"),
        ("fields[EMAIL][0][VALUE]", "a@b.de", "string"),
        ("fields[EMAIL][0][VALUE_TYPE]", "WORK", "string"),
        ("matrix[0][]", "1", "integer"),
        ("matrix[0][]", "2", "integer"),
        ("empty", "{}", "json"),
        ("none", "", "null"),
        ("flag", "false", "boolean"),
    ]
    assert rows_to_params(rows) == params


keys = st.text(st.sampled_from("ABCXYZ_019>!%=@"), min_size=1, max_size=6)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
)
values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(keys, values, max_size=5))
def test_switching_grid_and_json_loses_nothing_the_portal_would_read(params: dict[str, Any]) -> None:
    back = rows_to_params(params_to_rows(params))
    assert encode(back) == encode(params)
    assert rows_to_params(params_to_rows(back)) == back


def test_empty_typed_rows_are_not_sent_but_empty_strings_are() -> None:
    rows = [ParamRow("id", "", "integer"), ParamRow("fields[TITLE]", ""), ParamRow("flag", " ", "boolean")]
    assert rows_to_params(rows) == {"fields": {"TITLE": ""}}


@given(st.from_regex(r"[a-zA-Z_.>][a-zA-Z0-9_.> ]{0,5}(\[[a-zA-Z0-9_>@ ]{0,4}\]){0,4}", fullmatch=True))
def test_split_and_join_keys_are_inverse(key: str) -> None:
    if not key.strip():
        return
    parts = split_key(key)
    assert join_key(parts) == key.strip()
    assert len(parts) == key.strip().count("[") + 1


def test_split_key_names_each_part_and_refuses_what_php_would_mangle() -> None:
    assert split_key("fields[PHONE][0][VALUE]") == ["fields", "PHONE", "0", "VALUE"]
    assert split_key("select[]") == ["select", ""]
    with pytest.raises(ParamsError):
        split_key("fields[TITLE")
    assert is_list(["", "0", "12"]) and not is_list(["", "TITLE"])


def test_documented_keys_of_real_methods() -> None:
    from b24desk.core.catalogue import load_catalogue

    catalogue = load_catalogue()
    add = catalogue.get("crm.lead.add")
    listing = catalogue.get("crm.lead.list")
    assert add is not None and listing is not None
    keys = documented_keys(add.params)
    assert keys["fields[TITLE]"] == "string" and keys["fields[OPPORTUNITY]"] == "number"
    assert keys["fields[BIRTHDATE]"] == "date" and keys["params[REGISTER_SONET_EVENT]"] == "boolean"
    assert not any("..." in key for key in keys)  # the docs' `UF_...` placeholder is no key
    assert all(split_key(key) for key in keys)  # every one is a key PHP reads
    assert documented_keys(listing.params) == {
        "select[]": "string",
        "filter": "json",
        "order": "string",
        "start": "integer",
    }


def test_rank_keys_puts_the_named_part_first() -> None:
    keys = ["fields[COMPANY_TITLE]", "fields[ADDRESS]", "fields[TITLE_X]", "fields[TITLE]"]
    assert rank_keys(keys, "title") == ["fields[TITLE]", "fields[TITLE_X]", "fields[COMPANY_TITLE]"]
    assert rank_keys(keys, "") == keys
    assert rank_keys(keys, "zz") == []
