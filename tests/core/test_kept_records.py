"""core.kept_records answers "is this a RecordStore?" without loading the record store for it."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

from b24desk.core.kept_records import is_record_store
from b24desk.core.record_store import RecordStore


def test_a_store_is_one_and_plain_rows_are_not() -> None:
    store = RecordStore()
    store.add_rows([{"ID": "1"}])
    assert is_record_store(store)
    assert is_record_store(store.copy())
    assert not is_record_store([{"ID": "1"}])
    assert not is_record_store({"result": []})
    assert not is_record_store(None)


def test_asking_does_not_load_the_record_store() -> None:
    probe = (
        "import sys\n"
        "from b24desk.core.kept_records import is_record_store\n"
        "assert not is_record_store([1, 2])\n"
        "print(sorted(n for n in ('b24desk.core.record_store', 'msgspec', 'orjson') if n in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"


def test_a_record_store_module_still_being_imported_answers_no(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another thread (the client's loading) may have put the module in sys.modules before its class exists:
    the window's models asked then and failed with AttributeError (seen in a test run)."""
    half_made = types.ModuleType("b24desk.core.record_store")  # what sys.modules holds mid-import
    monkeypatch.setitem(sys.modules, "b24desk.core.record_store", half_made)
    assert not is_record_store([{"ID": "1"}])
    assert not is_record_store(None)
