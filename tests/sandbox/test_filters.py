"""The list query engine without HTTP: key prefixes, ID bounds by bisection, paging, ordering."""

from __future__ import annotations

from typing import Any

import pytest

from b24desk.sandbox.filters import compile_filter, parse_key, parse_order, run_query

TYPES = {"ID": "integer", "N": "double", "S": "string", "TAGS": "string"}


def _rows(count: int) -> tuple[list[int], dict[int, dict[str, Any]]]:
    rows = {
        i: {"ID": str(i), "N": f"{(i * 7) % 10}.00", "S": f"name {i}", "TAGS": ["a"] if i % 2 else []}
        for i in range(1, count + 1)
    }
    return sorted(rows), rows


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (">=ID", (">=", "ID")),
        (">id", (">", "ID")),
        ("!%=TITLE", ("!%=", "TITLE")),
        ("!=%TITLE", ("!=%", "TITLE")),
        ("!@STATUS_ID", ("!@", "STATUS_ID")),
        ("%TITLE", ("%", "TITLE")),
        ("TITLE", ("=", "TITLE")),
    ],
)
def test_parse_key(key: str, expected: tuple[str, str]) -> None:
    assert parse_key(key) == expected


def test_id_conditions_become_bounds() -> None:
    compiled = compile_filter({">ID": "10", "<=ID": 20, "S": "x"})
    assert (compiled.id_low, compiled.id_high, len(compiled.rest)) == (11, 20, 1)
    assert compile_filter({"ID": 2.5}).empty
    assert compile_filter({">ID": 10, "<ID": 5}).empty
    assert compile_filter({">ID": "$result[a][49][ID]"}).empty  # unresolved batch reference


def test_paging_by_id_with_and_without_count() -> None:
    ids, rows = _rows(120)
    page = run_query(ids, rows, compile_filter({">ID": 100}), parse_order(None), 0, TYPES)
    assert [r["ID"] for r in page.rows] == [str(i) for i in range(101, 121)] and page.total == 20
    fast = run_query(ids, rows, compile_filter({"N": "0"}), parse_order({"ID": "DESC"}), -1, TYPES)
    assert fast.total is None and [r["ID"] for r in fast.rows][:2] == ["120", "110"]
    multi = run_query(ids, rows, compile_filter({"TAGS": "a"}), parse_order(None), 50, TYPES)
    assert multi.total == 60 and multi.rows[0]["ID"] == "101"


def test_order_by_other_fields_is_stable_and_typed() -> None:
    ids, rows = _rows(30)
    page = run_query(ids, rows, compile_filter(None), parse_order({"N": "DESC", "ID": "ASC"}), 0, TYPES)
    keys = [(float(r["N"]), int(r["ID"])) for r in page.rows]
    assert keys == sorted(keys, key=lambda k: (-k[0], k[1]))
