"""Sorted order of a column: numbers by value, text folded, empty last; the same when sorted in runs."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core import row_order
from b24desk.core.row_order import sort_order

values = st.lists(
    st.one_of(
        st.none(),
        st.just(""),
        st.integers(-50, 50),
        st.sampled_from(["9", "10", "100", "1.5", "Éclair", "eclair", "Zeta", "лид", "Лид"]),
        st.lists(st.integers(0, 2), max_size=2),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(column=values, descending=st.booleans(), run=st.integers(1, 6), block=st.integers(1, 4))
def test_sorting_in_runs_gives_the_one_sort_order(column: list[Any], descending: bool, run: int, block: int) -> None:
    whole = sort_order(column, descending)
    saved = row_order.SORT_RUN, row_order.MERGE_BLOCK
    row_order.SORT_RUN, row_order.MERGE_BLOCK = run, block  # many runs merged, a few keys at a time
    try:
        assert sort_order(column, descending) == whole
    finally:
        row_order.SORT_RUN, row_order.MERGE_BLOCK = saved
    assert sorted(whole) == list(range(len(column)))
    shown = [column[number] for number in whole]
    empties = [value for value in shown if value is None or value == ""]
    assert shown[len(shown) - len(empties) :] == empties  # empty last, either way
    numbers = [float(v) for v in shown if isinstance(v, int) or (isinstance(v, str) and v[:1].isdigit())]
    assert numbers == sorted(numbers, reverse=descending)


texts = st.lists(
    st.one_of(st.none(), st.sampled_from(["", "7", "1e3", "Éclair", "eclair", "ﬁne", "Йод", "иод", "ZETA"]), st.text()),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(column=texts, descending=st.booleans())
def test_a_column_of_text_and_nulls_sorts_as_a_mixed_one(column: list[str | None], descending: bool) -> None:
    mixed = [*column, 0.5]  # a number that is not text: the value-by-value path
    assert sort_order(column, descending) == [n for n in sort_order(mixed, descending) if n < len(column)]


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.text(max_size=6), max_size=80), repeats=st.integers(1, 4))
def test_folded_texts_are_each_texts_key(words: list[str], repeats: int) -> None:
    column = words * repeats  # repeated values share one key
    assert row_order.folded_texts(column) == [row_order.text_key(word) for word in column]
