"""Big list answers decoded row by row give what one decode gives, and a short pretty preview."""

from __future__ import annotations

import gc
import json
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core.big_json import loads_in_pieces, pretty_preview

# Text that looks like the end of a row inside strings and nested rows: `},` `}]` `"}` and escapes.
TRICKY = ['a},{"b":1}', '"}]', "\\", "}", "},", "Société", "Лид", ""]
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1), st.sampled_from(TRICKY), st.text())
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["A", "B", "}"]), inner, max_size=3),
    max_leaves=8,
)
rows = st.lists(st.dictionaries(st.sampled_from(["ID", "TITLE", "PHONE", "X"]), values, max_size=4), max_size=6)


@settings(max_examples=150, deadline=None)
@given(rows=rows, extra=st.sampled_from([{}, {"total": 7, "next": 50}, {"time": {"start": 1.5}}]), indent=st.booleans())
def test_row_by_row_equals_one_decode(rows: list[dict[str, Any]], extra: dict[str, Any], indent: bool) -> None:
    envelope = {"result": rows, **extra}
    body = json.dumps(envelope, indent=1 if indent else None, ensure_ascii=not indent).encode()
    assert loads_in_pieces(body) == json.loads(body)


@pytest.mark.parametrize(
    "body",
    [
        b'{"result":{"tasks":[{"id":"1"}]}}',
        b'{"error":"NOT_FOUND"}',
        b"[1,2]",
        b'{"result":[1,{"a":2}]}',
        b'{"result":[]}',
    ],
)
def test_other_shapes_are_decoded_whole(body: bytes) -> None:
    assert loads_in_pieces(body) == json.loads(body)


@pytest.mark.parametrize(
    "body",
    [b'{"result":[{"ID":"1"},{"ID":', b'{"result":[{"ID":"1"}', b'{"result":[{"ID":"1"},]}', b'{"result":[{"a":1}] x'],
)
def test_broken_answers_raise_as_one_decode_does(body: bytes) -> None:
    with pytest.raises(json.JSONDecodeError):
        loads_in_pieces(body)


def test_a_row_full_of_false_ends_is_tried_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    body = b'{"result":[{"a":"' + b"},{" * 200_000 + b'"}]}'
    calls: list[int] = []
    real_loads = orjson.loads

    def counting_loads(data: Any) -> Any:
        calls.append(len(data))
        return real_loads(data)

    monkeypatch.setattr(orjson, "loads", counting_loads)
    assert loads_in_pieces(body) == json.loads(body)
    assert len(calls) < 200  # a few tries, then one decode of the whole: not one try per `},`


def test_a_big_answer_is_decoded_in_many_short_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    # Between two calls into the C decoder other threads get the GIL: many calls mean short pauses.
    body = orjson.dumps({"result": [{"ID": str(n), "TITLE": "x" * 200, "PHONE": [{"V": n}]} for n in range(60_000)]})
    sizes: list[int] = []
    real_loads = orjson.loads

    def counting_loads(data: Any) -> Any:
        sizes.append(len(data))
        return real_loads(data)

    monkeypatch.setattr(orjson, "loads", counting_loads)  # the module big_json decodes with
    assert len(loads_in_pieces(body)["result"]) == 60_000
    assert len(sizes) > 100 and max(sizes) < 200_000  # no call near the whole 15 MB
    assert gc.isenabled()


def test_pretty_preview_cuts_a_long_list_only() -> None:
    envelope = {"result": [{"ID": str(n)} for n in range(5)], "total": 5}
    text, total = pretty_preview(envelope, rows=2)
    assert total == 5 and json.loads(text) == {"result": [{"ID": "0"}, {"ID": "1"}], "total": 5}
    text, total = pretty_preview(envelope["result"], rows=2)
    assert total == 5 and json.loads(text) == [{"ID": "0"}, {"ID": "1"}]
    text, total = pretty_preview(envelope, rows=5)
    assert total is None and json.loads(text) == envelope and "\n  " in text


def test_a_batch_page_is_walked_to_its_records() -> None:
    records = [{"ID": str(n), "T": 'x"},{' if n % 2 else "y"} for n in range(3)]
    page = {
        "result": {
            "result": {"c0": records, "c1": [], "c2": {"tasks": records}, "c3": False},
            "result_error": [],
            "result_total": {"c0": 3},
            "result_next": {},
            "result_time": {"c0": {"start": 1.5}},
        },
        "time": {"start": 1.0},
    }
    body = json.dumps(page).encode()
    assert loads_in_pieces(body) == page


def test_a_long_list_is_decoded_in_runs_that_end_on_records() -> None:
    tricky = ['x},{"y":1}', '"}],', "}", "plain"]
    records = [{"ID": str(n), "T": tricky[n % 4], "PHONE": [{"V": n}, {"V": [n]}]} for n in range(5000)]
    body = json.dumps({"result": records, "total": 5000}, ensure_ascii=False).encode()
    assert len(body) > 4 * 64 * 1024  # several runs
    assert loads_in_pieces(body) == {"result": records, "total": 5000}
