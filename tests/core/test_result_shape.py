"""Guessing, before the answer, whether a call answers with rows for the Table (core/result_shape.py)."""

from __future__ import annotations

import pytest

from b24desk.core.result_shape import TABLE, TREE, likely_rows, shown_rows, suiting_view


@pytest.mark.parametrize(
    ("method", "fetch_all", "last_view", "expected"),
    [
        ("crm.lead.list", False, None, True),
        ("user.search", False, None, True),
        ("tasks.task.LIST", False, None, True),
        ("crm.lead.get", False, None, False),
        ("profile", False, None, False),
        ("crm.lead.fields", False, None, False),
        ("crm.lead.get", True, None, True),  # a fetch-all pages a list
        ("user.get", False, TABLE, True),  # the same request's last answer had rows
        ("user.get", False, TREE, False),
    ],
)
def test_a_call_likely_to_answer_with_rows(method: str, fetch_all: bool, last_view: str | None, expected: bool) -> None:
    assert likely_rows(method, fetch_all, last_view) is expected  # type: ignore[arg-type]


def test_the_guess_agrees_with_the_view_an_answer_gets() -> None:
    assert suiting_view([{"ID": "1"}]) == TABLE and likely_rows("crm.lead.list")
    assert suiting_view({"ID": "1"}) == TREE and not likely_rows("crm.lead.get")


def test_the_table_shows_rows_a_single_record_as_one_row_and_nothing_else() -> None:
    rows = [{"ID": "1"}, {"ID": "2"}]
    assert shown_rows(rows) is rows
    assert shown_rows({"tasks": rows}) is rows
    assert shown_rows({"ID": "1", "NAME": "Ann"}) == [{"ID": "1", "NAME": "Ann"}]
    assert shown_rows({}) == [] and shown_rows([]) == []
    assert shown_rows(7) == [] and shown_rows("text") == [] and shown_rows(None) == [] and shown_rows([1, 2]) == []
