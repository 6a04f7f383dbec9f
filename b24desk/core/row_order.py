"""The order of table rows sorted by one field: numbers by value, text as people read it, empty last.

The portal sends IDs and amounts as strings ("9", "10", "15000.00"), so numeric text sorts as numbers;
other text is compared case- and accent-folded (É with E). Each value's key is made once and the rows
are sorted by plain floats and plain strings, never by a comparison function: 100,000 rows take a
fraction of a second.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

__all__ = ["MERGE_BLOCK", "SORT_RUN", "ColumnKeys", "folded_texts", "sort_order", "text_key"]

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


DISTINCT_SAMPLE = 1000  # texts looked at to guess whether a column repeats its values


def folded_texts(texts: list[str]) -> list[str]:
    """text_key of each text; a column that repeats its values (statuses, types) folds each distinct
    text once and its equal texts share that one key (less work, less memory)."""
    sample = texts[:DISTINCT_SAMPLE]
    if len(set(sample)) > len(sample) // 2:
        return list(map(text_key, texts))  # mostly different (titles, names): no table of them
    keys = {text: text_key(text) for text in dict.fromkeys(texts)}
    return list(map(keys.__getitem__, texts))


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
        if set(map(type, values)) <= {str, type(None)}:
            self._strings(values)  # the usual column (the portal sends text and nulls): mostly in C
            return
        number = _NUMBER.fullmatch
        raw: list[str] = []
        for row, value in enumerate(values):
            if value is None or value == "":
                self.empty_rows.append(row)
            elif isinstance(value, str):
                if number(value):
                    self.numbers.append(float(value))
                    self.number_rows.append(row)
                else:
                    raw.append(value)
                    self.text_rows.append(row)
            elif isinstance(value, int | float):  # bool too
                self.numbers.append(float(value))
                self.number_rows.append(row)
            else:
                raw.append(json.dumps(value, ensure_ascii=False))
                self.text_rows.append(row)
        self.texts = folded_texts(raw)

    def _strings(self, values: Sequence[str | None]) -> None:
        # Comprehensions, not map(): a worker thread gives the GIL back between their steps, while one
        # C call over 100,000 values held it (and the window) for tens of milliseconds.
        number = _NUMBER.fullmatch
        cells = [value or "" for value in values]
        numeric = [number(cell) is not None for cell in cells]
        if all(numeric):
            self.numbers = [float(cell) for cell in cells]  # a column of numbers as text (IDs, amounts)
            self.number_rows = list(range(len(cells)))
            return
        self.number_rows = [row for row, match in enumerate(numeric) if match]
        self.numbers = [float(cells[row]) for row in self.number_rows]
        self.text_rows = [row for row, cell in enumerate(cells) if cell and not numeric[row]]
        self.texts = folded_texts([cells[row] for row in self.text_rows])
        self.empty_rows = [row for row, cell in enumerate(cells) if not cell]

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


SORT_RUN = 16384  # keys sorted per call, and
MERGE_BLOCK = 4096  # positions of each run merged per call: a sort holds the GIL, so a worker thread sorting
# 100,000 keys in one call (or merging two halves in one) stopped the UI thread for 40-120 ms here. Runs
# sorted apart are merged two by two, a block at a time: each block with the other run's keys that go
# before its last one, sorted together (Python's sort sees two ready runs and merges them, stably).


def _sorted_positions(keys: Sequence[Any], descending: bool) -> list[int]:
    """Positions of `keys` in sorted order (stable), in calls of at most SORT_RUN or 2 x MERGE_BLOCK keys."""
    key = keys.__getitem__
    runs = [
        sorted(range(start, min(start + SORT_RUN, len(keys))), key=key, reverse=descending)
        for start in range(0, len(keys), SORT_RUN)
    ]
    while len(runs) > 1:
        merged = [_merged(runs[first], runs[first + 1], key, descending) for first in range(0, len(runs) - 1, 2)]
        runs = merged + runs[len(merged) * 2 :]
    return runs[0] if runs else []


def _merged(first: list[int], second: list[int], key: Any, descending: bool) -> list[int]:
    """Two sorted runs as one (on equal keys `first`'s positions go first), a block at a time."""
    first_keys, second_keys = [key(n) for n in first], [key(n) for n in second]
    out: list[int] = []
    i = j = 0
    while i < len(first) and j < len(second):
        first_end, second_end = min(i + MERGE_BLOCK, len(first)), min(j + MERGE_BLOCK, len(second))
        first_last, second_last = first_keys[first_end - 1], second_keys[second_end - 1]
        if not _before(second_last, first_last, descending):  # the first block ends first: with what precedes it
            cut = _count_before(second_keys, first_last, j, second_end, descending, strict=True)
            piece = first[i:first_end] + second[j:cut]
            i, j = first_end, cut
        else:  # the second block ends first: with the first's keys up to its last (equal ones go first)
            cut = _count_before(first_keys, second_last, i, first_end, descending, strict=False)
            piece = first[i:cut] + second[j:second_end]
            i, j = cut, second_end
        piece.sort(key=key, reverse=descending)
        out += piece
    out += first[i:]
    out += second[j:]
    return out


def _before(a: Any, b: Any, descending: bool) -> bool:
    return bool(a > b if descending else a < b)


def _count_before(keys: list[Any], value: Any, low: int, high: int, descending: bool, strict: bool) -> int:
    """The end of the stretch of keys[low:high] (sorted) that sorts before `value` (strict) or not after it."""
    while low < high:
        middle = (low + high) // 2
        goes = _before(keys[middle], value, descending) if strict else not _before(value, keys[middle], descending)
        if goes:
            low = middle + 1
        else:
            high = middle
    return low
