"""JSON export written piece by piece: the same text as one json.dumps, record stores included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core.export import result_to_json, save_result_json, write_result_json
from b24desk.core.record_store import RecordStore

scalars = st.one_of(st.none(), st.booleans(), st.integers(-(10**6), 10**6), st.text(max_size=8))
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)
records = st.lists(st.dictionaries(st.text(max_size=5), values, max_size=4), max_size=12)


def _store(rows: list[dict[str, Any]]) -> RecordStore:
    store = RecordStore.from_list(orjson.dumps(rows))
    assert store is not None
    return store


def _streamed(value: Any) -> str:
    pieces: list[str] = []
    write_result_json(value, pieces.append)
    return "".join(pieces)


@settings(max_examples=150, deadline=None)
@given(value=values, rows=records, key=st.sampled_from(["result", "tasks"]))
def test_streamed_json_is_the_one_dump(value: Any, rows: list[dict[str, Any]], key: str) -> None:
    assert _streamed(value) == result_to_json(value)
    for kept in (_store(rows), {key: _store(rows), "total": len(rows), "more": value}, {"result": {key: _store(rows)}}):
        assert _streamed(kept) == result_to_json(kept)
        assert json.loads(_streamed(kept)) == json.loads(result_to_json(kept))


def test_a_failed_save_leaves_the_file_there_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "answer.json"
    path.write_text("before", encoding="utf-8")
    with pytest.raises(TypeError):
        save_result_json({"result": _store([{"ID": "1"}]), "bad": object()}, str(path))
    assert path.read_text(encoding="utf-8") == "before"
    assert list(tmp_path.iterdir()) == [path]  # no part left behind
    save_result_json({"result": _store([{"ID": "1"}])}, str(path))
    assert json.loads(path.read_text(encoding="utf-8")) == {"result": [{"ID": "1"}]}
