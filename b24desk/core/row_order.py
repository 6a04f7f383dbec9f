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

__all__ = ["SORT_RUN", "ColumnKeys", "sort_order", "text_key"]

_NUMBER = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*")


# The combining diacritical marks (the blocks accents decompose into); dropped after NFKD.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def text_key(text: str) -> str:
    """Text case- and accent-folded, so É sorts with E as people expect."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    if unicodedata.is_normalized("NFKD", folded) and not _MARKS.search(folded):
        return folded  # Cyrillic and the like: nothing to take apart (the common case, and quick)
    return _MARKS.sub("", unicodedata.normalize("NFKD", folded))


class ColumnKeys:
    """One sort key per value of a column, by kind: numbers, texts (folded), empties. Made once per
    column, they sort it either way."""

    __slots__ = ("empty_rows", "number_rows", "numbers", "text_rows", "texts")

    def __init__(self, values: Sequence[Any]) -> None:
        self.numbers: list[float] = []
        self.number_rows: list[int] = []
        self.texts: list[str] = []
        self.text_rows: list[int] = []
        self.empty_rows: list[int] = []
        number = _NUMBER.fullmatch
        if values and set(map(type, values)) == {str} and all(map(number, values)):
            self.numbers = list(map(float, values))  # a column of numbers as text (IDs, amounts): in C
            self.number_rows = list(range(len(values)))
            return
        for row, value in enumerate(values):
            if value is None or value == "":
                self.empty_rows.append(row)
            elif isinstance(value, str):
                if number(value):
                    self.numbers.append(float(value))
                    self.number_rows.append(row)
                else:
                    self.texts.append(text_key(value))
                    self.text_rows.append(row)
            elif isinstance(value, int | float):  # bool too
                self.numbers.append(float(value))
                self.number_rows.append(row)
            else:
                self.texts.append(text_key(json.dumps(value, ensure_ascii=False)))
                self.text_rows.append(row)

    def order(self, descending: bool = False) -> list[int]:
        """Positions in sorted order: numbers first, then text; empty values last in either direction."""
        by_number = _sorted_positions(self.numbers, descending)
        by_text = _sorted_positions(self.texts, descending)
        ordered_numbers = [self.number_rows[i] for i in by_number]
        ordered_texts = [self.text_rows[i] for i in by_text]
        if descending:
            return ordered_texts + ordered_numbers + self.empty_rows
        return ordered_numbers + ordered_texts + self.empty_rows


def sort_order(values: Sequence[Any], descending: bool = False) -> list[int]:
    """Positions of `values` in sorted order: numbers (also numeric strings, booleans) first, then text,
    then other values by their JSON text; empty values (None, "") last in either direction. Stable."""
    return ColumnKeys(values).order(descending)


SORT_RUN = 16384  # keys sorted per call: a sort holds the GIL, so a worker thread sorting 100,000 keys in
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
