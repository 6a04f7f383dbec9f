"""Records kept as the answer's bytes read back exactly as one decode of the whole answer gives them."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b24desk.core import json_codec, record_store
from b24desk.core.record_store import RecordStore, column_values, gathered, lazy_envelope, record_text

# Text that looks like the end of a record inside strings and nested values: `},` `}]` `"}` and escapes.
TRICKY = ['a},{"b":1}', '"}]', "\\", "}", "},", "Société", "Лид", "", '"result":[']
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1), st.sampled_from(TRICKY), st.text())
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["A", "B", "}"]), inner, max_size=3),
    max_leaves=8,
)
records = st.lists(
    st.dictionaries(st.sampled_from(["ID", "TITLE", "PHONE", "X"]), values, max_size=4), min_size=1, max_size=8
)


def _dumps(value: Any, pretty: bool) -> bytes:
    return json.dumps(value, indent=1 if pretty else None, ensure_ascii=not pretty).encode()


EXTRAS = st.sampled_from([{}, {"total": 7, "next": 50}, {"time": {"start": 1.5}}])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=records, extra=EXTRAS, pretty=st.booleans())
def test_stored_records_equal_one_decode(
    monkeypatch: pytest.MonkeyPatch, rows: list[dict[str, Any]], extra: dict[str, Any], pretty: bool
) -> None:
    monkeypatch.setattr(record_store, "RUN_BYTES", 40)  # many runs, and candidate ends inside strings
    body = _dumps({"result": rows, **extra}, pretty)
    envelope = lazy_envelope(body)
    assert envelope is not None
    store = envelope["result"]
    assert isinstance(store, RecordStore)
    whole = orjson.loads(body)
    assert list(store) == whole["result"]  # read in runs
    assert [store[i] for i in range(len(store))] == whole["result"]  # one by one
    assert store[-1] == whole["result"][-1]
    assert {key: value for key, value in envelope.items() if key != "result"} == extra
    for name in ("ID", "TITLE", "}"):
        assert store.column(name) == [row.get(name) for row in whole["result"]]
    assert json.loads(record_text(envelope)) == whole


def test_a_batch_keeps_each_page_of_records_and_decodes_the_rest() -> None:
    pages = {"p0": [{"ID": "1"}, {"ID": "2"}], "p1": [{"ID": "3"}], "p2": []}
    body = orjson.dumps({"result": {"result": pages, "result_error": [], "result_total": {"p0": 3}}, "time": {}})
    envelope = lazy_envelope(body)
    assert envelope is not None
    result = envelope["result"]
    assert isinstance(result["result"]["p0"], RecordStore) and list(result["result"]["p0"]) == pages["p0"]
    assert list(result["result"]["p1"]) == pages["p1"] and result["result"]["p2"] == []
    assert result["result_total"] == {"p0": 3} and result["result_error"] == []


@pytest.mark.parametrize(
    "body",
    [
        b'{"result":[1,2,3]}',  # not records: decoded as before
        b'{"result":[{"ID":1},',  # broken: the ordinary decoder reports where
        b'{"result":[{"ID":1}]} trailing',
        b"[1,2]",
        b"not json",
        b'{"result":[{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}]}",  # nesting: the codec's limit says so
        b'{"result":[{"a":1},{"a":' + b"9" * 5001 + b"}]}",  # numbers past the codec's limits, as before
        b'{"result":[{"a":1e999999}],"total":1}',
        b'{"result":{"result":{"p0":[{"a":1e999999}]}}}',
    ],
    ids=["scalars", "broken", "trailing", "a list", "not json", "deep", "digits", "infinity", "batch-infinity"],
)
def test_what_it_does_not_recognise_is_left_to_the_ordinary_decoder(body: bytes) -> None:
    assert lazy_envelope(body) is None


def test_records_share_the_answer_bytes() -> None:
    body = orjson.dumps({"result": [{"ID": str(n), "TITLE": "x" * 50} for n in range(500)]})
    envelope = lazy_envelope(body)
    assert envelope is not None
    store = envelope["result"]
    assert store.record_bytes(7).obj is body  # a view of the body, not a copy
    assert bytes(store.record_bytes(7)) == orjson.dumps({"ID": "7", "TITLE": "x" * 50})
    assert store.text_size == len(body) - len(b'{"result":[]}')  # the records and the commas between them


def test_stores_grow_by_pages_and_picked_records() -> None:
    first = RecordStore.from_list(orjson.dumps([{"ID": "1"}, {"ID": "2"}, {"ID": "3"}]))
    assert first is not None
    rows = gathered([{"ID": "0"}], first)  # a decoded page, then a stored one
    assert isinstance(rows, RecordStore)
    copy = rows.copy()
    rows = gathered(rows, [{"ID": "4", "X": 10**30}])  # a number past 64 bits: kept as the codec reads it
    assert [row["ID"] for row in rows] == ["0", "1", "2", "3", "4"]
    assert rows[4]["X"] == json_codec.loads(b"1" + b"0" * 30)
    assert len(copy) == 4  # the copy kept its own list of parts
    assert list(first.picked([2, 0])) == [{"ID": "3"}, {"ID": "1"}]
    assert column_values(rows, "ID") == ["0", "1", "2", "3", "4"]
    assert column_values([{"ID": 1}, "not a record"], "ID") == [1, None]
    assert rows[1:3] == [{"ID": "1"}, {"ID": "2"}]


def test_the_cache_is_bounded() -> None:
    store = RecordStore.from_list(orjson.dumps([{"ID": n} for n in range(3000)]))
    assert store is not None
    for number in range(3000):
        assert store[number] == {"ID": number}
    assert len(store._cache) <= record_store.CACHED_RECORDS


def test_a_column_is_decoded_a_run_at_a_time_with_a_pause_after_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # a worker decoding a column gives the window's thread its turns between runs, and reads the same values
    monkeypatch.setattr(record_store, "RUN_BYTES", 64)
    rows = [{"ID": str(n), "TITLE": f"Лид {n}"} if n % 5 else {"ID": str(n)} for n in range(2_000)]
    store = RecordStore.from_list(orjson.dumps(rows))
    assert store is not None
    runs = sum(1 for _ in store._runs())
    assert runs > 5
    pauses: list[int] = []
    values = column_values(store, "TITLE", lambda: pauses.append(1))
    assert values == [row.get("TITLE") for row in rows]
    assert len(pauses) == runs
    assert column_values(rows, "TITLE", lambda: pauses.append(1)) == values  # decoded dicts: nothing to give way for
