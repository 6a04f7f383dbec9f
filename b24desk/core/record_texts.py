"""The cell texts a filter's index holds (row_filter.row_text) of many records, read from a RecordStore's bytes.

The filter's index of 100,000 stored records spent most of its time making the records (dicts) and then
walking each one in Python. Here each run of records (RecordStore.runs) is decoded straight into its
values, by a decoder made for its first record's field names, and each record's texts are joined in C:

- a run whose values are all texts or nulls (a portal's usual list) is decoded as texts, with the run's
  `:null` read as empty text (a null shows as an empty cell). That text inside a string leaves two quotes
  side by side, which no JSON allows, and a null inside a nested value leaves a value that is not text:
  both are refused, and the run is read the next way;
- else its values of any kind are decoded and turned into texts a column at a time;
- a run of other fields, or of values that are not records, is decoded into its records as before.

A record lacking one of the fields gets an empty cell: no text matches across cells, so the index finds
the same rows either way.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import Any

import msgspec
from msgspec.structs import astuple

from b24desk.core.record_store import RUN_RECORDS, RecordStore, decode_run
from b24desk.core.row_filter import CELL, cell_text, row_text

__all__ = ["DECODERS_KEPT", "cell_texts"]

DECODERS_KEPT = 32  # sets of field names with their decoders kept (a list's records share one)
_FIELD_NAMES = msgspec.json.Decoder(dict[str, msgspec.Raw])
_Decoders = tuple["msgspec.json.Decoder[Any]", "msgspec.json.Decoder[Any]", "list[attrgetter[Any]]"]
_DECODERS: dict[tuple[str, ...], _Decoders] = {}
_STR = frozenset({str})
_STR_OR_NULL = frozenset({str, type(None)})
_EMPTY_FOR_NULL = {None: ""}.get


def cell_texts(rows: Sequence[Any], start: int, stop: int) -> Iterator[list[str]]:
    """row_filter.row_text of rows start..stop-1, in lists of up to RUN_RECORDS (a store's read from its
    bytes, see the module docstring)."""
    if isinstance(rows, RecordStore):
        return (_run_texts(text, first, count) for text, first, count in rows.runs(start, stop))
    return (
        [row_text(row) for row in itertools.islice(rows, first, min(first + RUN_RECORDS, stop))]
        for first in range(start, stop, RUN_RECORDS)
    )


def _decoders(names: tuple[str, ...]) -> _Decoders:
    """Decoders of a list of records with these fields (no other) into their values: one for text values
    (a missing field: empty text), one for any values (missing: None); a getter per field for the second."""
    known = _DECODERS.get(names)
    if known is None:
        rename = {f"f{number}": name for number, name in enumerate(names)}
        texts = msgspec.defstruct(
            "Texts", [(field, str, "") for field in rename], rename=rename, gc=False, forbid_unknown_fields=True
        )
        values = msgspec.defstruct(
            "Values", [(field, Any, None) for field in rename], rename=rename, gc=False, forbid_unknown_fields=True
        )
        known = (
            msgspec.json.Decoder(list[texts]),  # type: ignore[valid-type]
            msgspec.json.Decoder(list[values]),  # type: ignore[valid-type]
            [attrgetter(field) for field in rename],
        )
        if len(_DECODERS) >= DECODERS_KEPT:
            _DECODERS.clear()
        _DECODERS[names] = known
    return known


def _run_texts(text: bytes, first: memoryview, count: int) -> list[str]:
    """row_text of a run's records, the quickest way that reads them (see the module docstring)."""
    try:
        names = tuple(_FIELD_NAMES.decode(first))
        if not names:
            raise ValueError("a record without fields")
        texts, values, getters = _decoders(names)
    except (msgspec.DecodeError, ValueError):  # a value that is not a record
        return [row_text(record) for record in decode_run(text, count)]
    try:
        return list(map(CELL.join, map(astuple, texts.decode(text.replace(b":null", b':""')))))
    except (msgspec.DecodeError, ValueError):  # values of other kinds, or other fields
        pass
    try:
        records = values.decode(text)
    except (msgspec.DecodeError, ValueError):  # records of other fields
        return [row_text(record) for record in decode_run(text, count)]
    columns = []
    for getter in getters:
        column = list(map(getter, records))
        kinds = set(map(type, column))
        if kinds <= _STR_OR_NULL:
            if kinds != _STR:
                column = list(map(_EMPTY_FOR_NULL, column, column))
        else:
            column = [value if type(value) is str else cell_text(value) for value in column]
        columns.append(column)
    return list(map(CELL.join, zip(*columns, strict=True)))
