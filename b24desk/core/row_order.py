"""The order of table rows sorted by one field: numbers by value, text as people read it, empty last.

The portal sends IDs and amounts as strings ("9", "10", "15000.00"), so numeric text sorts as numbers;
other text is compared case- and accent-folded (É with E). Each value's key is made once and the rows
are sorted by plain floats and plain strings, never by a comparison function: 100,000 rows take a
fraction of a second.
"""

from __future__ import annotations

import heapq
import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

__all__ = ["SORT_RUN", "sort_order", "text_key"]

_NUMBER = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*")


# The combining diacritical marks (the blocks accents decompose into); dropped after NFKD.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def text_key(text: str) -> str:
    """Text case- and accent-folded, so É sorts with E as people expect."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _MARKS.sub("", unicodedata.normalize("NFKD", folded))


def sort_order(values: Sequence[Any], descending: bool = False) -> list[int]:
    """Positions of `values` in sorted order: numbers (also numeric strings, booleans) first, then text,
    then other values by their JSON text; empty values (None, "") last in either direction. Stable."""
    numbers: list[float] = []
    number_rows: list[int] = []
    texts: list[str] = []
    text_rows: list[int] = []
    empty_rows: list[int] = []
    number = _NUMBER.fullmatch
    for row, value in enumerate(values):
        if value is None or value == "":
            empty_rows.append(row)
        elif isinstance(value, str):
            if number(value):
                numbers.append(float(value))
                number_rows.append(row)
            else:
                texts.append(text_key(value))
                text_rows.append(row)
        elif isinstance(value, int | float):  # bool too
            numbers.append(float(value))
            number_rows.append(row)
        else:
            texts.append(text_key(json.dumps(value, ensure_ascii=False)))
            text_rows.append(row)
    by_number = _sorted_positions(numbers, descending)
    by_text = _sorted_positions(texts, descending)
    ordered_numbers = [number_rows[i] for i in by_number]
    ordered_texts = [text_rows[i] for i in by_text]
    if descending:
        return ordered_texts + ordered_numbers + empty_rows
    return ordered_numbers + ordered_texts + empty_rows


SORT_RUN = 8192  # keys sorted per call: a sort holds the GIL, so a worker thread sorting 100,000 keys in
# one call stopped the UI thread for 40-120 ms; runs sorted apart are merged step by step (stable)


def _sorted_positions(keys: Sequence[Any], descending: bool) -> list[int]:
    """Positions of `keys` in sorted order (stable), sorted a run of SORT_RUN keys per call."""
    if len(keys) <= SORT_RUN:
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
    runs = [
        sorted(range(start, min(start + SORT_RUN, len(keys))), key=keys.__getitem__, reverse=descending)
        for start in range(0, len(keys), SORT_RUN)
    ]
    return list(heapq.merge(*runs, key=keys.__getitem__, reverse=descending))
