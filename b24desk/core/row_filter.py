"""Which rows of a result hold a text: a case-folded index of the cells' texts, made once, searched per query.

A row matches when one of its cells, as the table shows it (`cell_text`), holds the text, case aside.
Asking each cell through a Qt model costs a Python call per cell: seconds for 100,000 rows. The index
is each record's cell texts, case-folded and joined, in blocks of a few thousand records; a query is a
`str.find` over each block that jumps to the next record after a hit, so it costs one step per
matching record, not per cell. A RecordStore hands the index its records' texts read from the JSON
bytes (core/record_texts.py): making 100,000 dicts and walking them was most of a first filter.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import Any

__all__ = ["BLOCK_RECORDS", "CELL", "DENSE", "PAUSE_RECORDS", "RowTextIndex", "cell_text", "readable", "row_text"]

BLOCK_RECORDS = 4096  # records per block of the index
PAUSE_RECORDS = 1024  # a worker's pause this often (a block took 6-9 ms: the window waited that long to paint)
CELL = "\x1f"  # between the cells of a record: no typed text holds it, so no match spans two cells
_RECORD = "\x1e"
_ONE_MORE = (1).__add__


def readable(value: Any) -> str:
    """A nested value as people read it in a cell: a multi-field's values with their types, lists joined,
    objects as `KEY: value`; `+7 495 (WORK), +7 499 (HOME)` rather than its JSON."""
    if isinstance(value, list):
        return ", ".join(readable(item) for item in value)
    if isinstance(value, dict):
        if "VALUE" in value:  # a CRM multi-field (PHONE, EMAIL, WEB, IM): the value, then its kind
            kind = value.get("VALUE_TYPE")
            return f"{readable(value['VALUE'])} ({kind})" if kind else readable(value["VALUE"])
        return "; ".join(f"{key}: {readable(item)}" for key, item in value.items()) if value else "{}"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def cell_text(value: Any) -> str:
    """How a field value shows in a cell: text as is, null empty, nested values in words (see readable)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else readable(value)


def row_text(record: Any, columns: Sequence[str] | None = None) -> str:
    """A row's cell texts (every field, or only `columns`) between CELL marks, as the index holds them
    (not case-folded yet); empty for a value that is not a record."""
    if not isinstance(record, dict):
        return ""
    values = record.values() if columns is None else (record.get(name) for name in columns)
    return CELL.join([value if type(value) is str else cell_text(value) for value in values])


def _text_runs(rows: Iterable[Any], columns: Sequence[str] | None) -> Iterator[list[str]]:
    texts: list[str] = []
    for record in rows:
        texts.append(row_text(record, columns))
        if len(texts) == PAUSE_RECORDS:
            yield texts
            texts = []
    if texts:
        yield texts


class RowTextIndex:
    """The case-folded cell texts of rows, searched for a text (see the module docstring)."""

    def __init__(self) -> None:
        self._blocks: list[tuple[str, list[int]]] = []  # text, where each record's text starts in it
        self.count = 0

    @classmethod
    def of(cls, rows: Iterable[Any], columns: Sequence[str] | None = None) -> RowTextIndex:
        """The index of `rows` (every field, or only `columns`)."""
        index = cls()
        index.add(rows, columns)
        return index

    def add(
        self, rows: Iterable[Any], columns: Sequence[str] | None = None, pause: Callable[[], object] | None = None
    ) -> None:
        """Index more rows, after those already indexed (`pause` is called every PAUSE_RECORDS rows)."""
        self.add_texts(_text_runs(rows, columns), pause)

    def add_texts(self, runs: Iterable[list[str]], pause: Callable[[], object] | None = None) -> None:
        """Index more rows given as their row_text, a run of rows at a time (`pause` is called between
        runs); record_texts.cell_texts reads a RecordStore's from its bytes without making the records."""
        texts: list[str] = []
        for number, run in enumerate(runs):
            if number and pause is not None:
                pause()
            texts += run
            while len(texts) >= BLOCK_RECORDS:
                self._add_block(texts[:BLOCK_RECORDS])
                del texts[:BLOCK_RECORDS]
        if texts:
            self._add_block(texts)

    def _add_block(self, texts: list[str]) -> None:
        joined = _RECORD.join(texts)
        if joined.count(_RECORD) == len(texts) - 1:  # folded at once (case folding maps the joint to itself)
            folded = joined.casefold()
            if len(folded) != len(joined):  # a letter folding to two (ß, ﬁ): each record's length from its fold
                texts = folded.split(_RECORD)
        else:  # a value holding the joint itself: each record apart
            texts = [text.casefold() for text in texts]
            folded = _RECORD.join(texts)
        starts = list(accumulate(map(_ONE_MORE, map(len, texts[:-1])), initial=0))  # each text and its joint
        self._blocks.append((folded, starts))
        self.count += len(texts)

    def matching(self, text: str, pause: Callable[[], object] | None = None) -> list[int]:
        """Numbers of the rows holding `text` (case aside), ascending; every row for an empty text. `pause`
        (a worker's way of giving way) is called before each block is searched."""
        needle = text.casefold().replace(CELL, "").replace(_RECORD, "")
        if not needle:
            return list(range(self.count))
        found: list[int] = []
        first = 0
        for block, starts in self._blocks:
            if pause is not None:
                pause()
            if needle in block:
                found += _found_in(block, starts, needle, first)
            first += len(starts)
        return found


DENSE = 64  # hits in a block past which each record of it is asked (a step per record, not per hit)


def _found_in(block: str, starts: list[int], needle: str, first: int) -> list[int]:
    """Numbers of the block's records holding `needle` (`first`: the number of its first record)."""
    if block.count(needle) > DENSE and block.count(_RECORD) == len(starts) - 1:  # most records hold it ("7")
        return [first + number for number, text in enumerate(block.split(_RECORD)) if needle in text]
    found: list[int] = []
    position = block.find(needle)
    while position >= 0:
        record = bisect_right(starts, position) - 1
        found.append(first + record)
        if record + 1 >= len(starts):
            break
        position = block.find(needle, starts[record + 1])
    return found
