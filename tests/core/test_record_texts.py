"""A filter's index read from a RecordStore's bytes finds the rows one made from the decoded records finds."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b24desk.core import record_store, record_texts
from b24desk.core.record_store import RecordStore
from b24desk.core.record_texts import cell_texts
from b24desk.core.row_filter import RowTextIndex, cell_text, row_text

# Texts like the JSON around them (`:null`, quotes, braces), the index's joints, folding letters, scripts.
TEXTS = ["Лид 12", "лид", "Société", "SOCIÉTÉ", "Straße", "ss", "a:null", ':null"', "null", "\x1e", "\x1f", "", "7"]
scalars = st.one_of(st.none(), st.sampled_from(TEXTS), st.text(max_size=4))
others = st.one_of(st.integers(-(2**63), 2**63 - 1), st.booleans(), st.floats(allow_nan=False, allow_infinity=False))
nested = st.one_of(
    st.lists(st.one_of(scalars, others), max_size=2),
    st.fixed_dictionaries({"VALUE": st.sampled_from(["+7 495", "mail@x"]), "VALUE_TYPE": st.just("WORK")}),
    st.dictionaries(st.sampled_from(["A", "B"]), st.one_of(st.none(), st.sampled_from(TEXTS)), max_size=2),
)
FIELDS = ("ID", "TITLE", "UF_CRM_1")
texts_only = st.fixed_dictionaries({name: scalars for name in FIELDS})  # the usual list: one set of fields
records = st.one_of(
    texts_only,
    st.dictionaries(st.sampled_from([*FIELDS, "PHONE", ":null"]), st.one_of(scalars, others, nested), max_size=4),
)
rows = st.one_of(st.lists(texts_only, max_size=12), st.lists(records, max_size=12))
NEEDLES = ["лид 12", "société", "straße", "ss", "7", "null", "a:", "work", "+7", "true", "1.5", "a: ", "x, y", "é"]


def _naive(rows: list[Any], needle: str) -> list[int]:
    folded = needle.casefold()
    if not folded:
        return list(range(len(rows)))  # an empty filter keeps every row
    return [
        number
        for number, row in enumerate(rows)
        if isinstance(row, dict) and any(folded in cell_text(value).casefold() for value in row.values())
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows, pretty=st.booleans(), run=st.integers(1, 5), needle=st.one_of(st.sampled_from(NEEDLES), st.text()))
def test_an_index_read_from_the_bytes_finds_the_rows_of_the_decoded_records(
    monkeypatch: pytest.MonkeyPatch, rows: list[Any], pretty: bool, run: int, needle: str
) -> None:
    monkeypatch.setattr(record_store, "RUN_RECORDS", run)  # runs of other fields and kinds side by side
    store = RecordStore.from_list(json.dumps(rows, indent=1 if pretty else None, ensure_ascii=pretty).encode())
    assert store is not None
    index = RowTextIndex()
    index.add_texts(cell_texts(store, 0, len(store)))
    assert index.count == len(rows)
    if "\x1f" in needle.casefold() or "\x1e" in needle.casefold():
        return  # the joints are not text a cell shows
    assert index.matching(needle) == _naive(rows, needle) == RowTextIndex.of(rows).matching(needle)


def test_each_record_of_a_run_becomes_its_row_text(monkeypatch: pytest.MonkeyPatch) -> None:
    rows: list[Any] = [
        {"ID": "1", "TITLE": "Лид 12", "UF_CRM_1": None},  # texts and nulls: read without making records
        {"ID": "2", "TITLE": "a:null"},  # a field missing: an empty cell
        {"ID": 3, "PHONE": [{"VALUE": "+7 495", "VALUE_TYPE": "WORK"}], "X": {"A": None}},  # values of any kind
        "not a record",
        {},
    ]
    monkeypatch.setattr(record_store, "RUN_RECORDS", 2)
    store = RecordStore.from_list(json.dumps(rows, ensure_ascii=False).encode())
    assert store is not None
    texts = [text for run in cell_texts(store, 0, len(store)) for text in run]
    assert texts == ["1\x1fЛид 12\x1f", "2\x1fa:null\x1f", "3\x1f+7 495 (WORK)\x1fA: null", "", ""]
    assert [row_text(row) for row in rows] == ["1\x1fЛид 12\x1f", "2\x1fa:null", *texts[2:]]  # the same cells
    assert [len(run) for run in cell_texts(store, 1, 4)] == [2, 1]  # runs of RUN_RECORDS from the first asked
    assert list(cell_texts(rows, 1, 3)) == [[row_text(rows[1]), row_text(rows[2])]]  # decoded rows: as they are


def test_a_list_of_texts_and_nulls_is_read_without_decoding_its_records(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"ID": str(number), "TITLE": f"Лид {number}", "UF_CRM_1": None} for number in range(50)]
    store = RecordStore.from_list(json.dumps(rows).encode())  # \\u escapes, as portals send
    assert store is not None

    def refused(text: bytes, count: int) -> list[Any]:
        raise AssertionError("decoded into records")

    monkeypatch.setattr(record_texts, "decode_run", refused)
    index = RowTextIndex()
    index.add_texts(cell_texts(store, 0, len(store)))
    assert index.matching("ЛИД 4") == [4, *range(40, 50)]
