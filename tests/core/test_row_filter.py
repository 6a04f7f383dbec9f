"""The rows a filter keeps: those with a cell holding the text, case aside, as the table shows the cells."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core import row_filter
from b24desk.core.row_filter import RowTextIndex, cell_text

cells = st.one_of(
    st.none(),
    st.integers(),
    st.booleans(),
    st.sampled_from(["Straße", "STRASSE", "Лид", "лид 7", "Éclair", "a\x1fb", "a\x1eb", "ǰ", ""]),
    st.text(max_size=6),
    st.lists(st.sampled_from(["x", "Y"]), max_size=2),
    st.fixed_dictionaries({"VALUE": st.sampled_from(["+7 495", "mail@x"]), "VALUE_TYPE": st.just("WORK")}),
)
rows = st.lists(
    st.one_of(st.dictionaries(st.sampled_from(["ID", "TITLE", "PHONE"]), cells, max_size=3), st.just("not a record")),
    max_size=30,
)
needles = st.one_of(
    st.sampled_from(["straße", "ss", "лид", "7", "WORK", "", "a\x1fb", "x, y", "e"]), st.text(max_size=3)
)


def _naive(rows: list[Any], needle: str) -> list[int]:
    folded = needle.casefold().replace("\x1f", "").replace("\x1e", "")
    if not folded:
        return list(range(len(rows)))
    return [
        number
        for number, row in enumerate(rows)
        if isinstance(row, dict) and any(folded in cell_text(value).casefold() for value in row.values())
    ]


@settings(max_examples=200, deadline=None)
@given(rows=rows, needle=needles, block=st.integers(1, 5), dense=st.integers(0, 3))
def test_matching_rows_are_those_with_a_cell_holding_the_text(
    rows: list[Any], needle: str, block: int, dense: int
) -> None:
    saved = row_filter.BLOCK_RECORDS, row_filter.DENSE
    row_filter.BLOCK_RECORDS = block  # records spread over several blocks
    row_filter.DENSE = dense  # blocks with more hits than this asked record by record
    try:
        index = RowTextIndex()
        index.add(rows[:7])
        index.add(rows[7:])  # indexed in two goes, as pages arrive
        found = index.matching(needle)
    finally:
        row_filter.BLOCK_RECORDS, row_filter.DENSE = saved
    assert index.count == len(rows)
    if "\x1f" in needle.casefold() or "\x1e" in needle.casefold():
        return  # the separators are not text a cell shows
    assert found == _naive(rows, needle)


def test_a_worker_indexing_pauses_every_few_rows_and_finds_the_same() -> None:
    rows = [{"ID": str(number), "TITLE": f"Лид {number}"} for number in range(5000)]
    pauses: list[int] = []
    index = RowTextIndex()
    index.add(rows, pause=lambda: pauses.append(index.count))
    # a pause every PAUSE_RECORDS rows read, within a block of BLOCK_RECORDS and at its end
    assert len(pauses) == len(rows) // row_filter.PAUSE_RECORDS
    assert pauses == [0, 0, 0, row_filter.BLOCK_RECORDS]  # blocks indexed as they fill, between the pauses
    assert index.matching("лид 49") == _naive(rows, "лид 49") == [49, *range(490, 500), *range(4900, 5000)]


def test_a_search_pauses_before_each_block_and_finds_the_same() -> None:
    rows = [{"ID": str(number), "TITLE": f"Société {number % 7}"} for number in range(3 * row_filter.BLOCK_RECORDS + 5)]
    index = RowTextIndex.of(rows)
    pauses: list[int] = []
    found = index.matching("SOCIÉTÉ 3", pause=lambda: pauses.append(len(pauses)))
    assert len(pauses) == 4  # one per block of BLOCK_RECORDS rows (the last one partly filled)
    assert found == index.matching("société 3") == _naive(rows, "société 3")
