"""Whether a value is a RecordStore, asked without importing the record store.

The record store loads msgspec and orjson (11-14 ms and ~2 MiB): the result views need it only once a
big answer arrives, not for the first screen. No RecordStore exists before its module was imported, so
a module not yet loaded answers "no" at once; so does one still being imported by another thread (the
client's loading imports it in a worker while the window's models ask).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TypeGuard

if TYPE_CHECKING:
    from b24desk.core.record_store import RecordStore

__all__ = ["is_record_store"]

_MODULE = "b24desk.core.record_store"


def is_record_store(value: object) -> TypeGuard[RecordStore]:
    """True when `value` is a RecordStore (records kept as an answer's bytes)."""
    store = getattr(sys.modules.get(_MODULE), "RecordStore", None)  # None until its class is made
    return store is not None and isinstance(value, store)
