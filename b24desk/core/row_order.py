"""The order of table rows sorted by one field: numbers by value, text as people read it, empty last.

The portal sends IDs and amounts as strings ("9", "10", "15000.00"), so numeric text sorts as numbers;
other text is compared case- and accent-folded (É with E). Each value's key is made once and the rows
are sorted by plain floats and plain strings, never by a comparison function: 100,000 rows take a
fraction of a second.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["FOLD_BLOCK", "SORT_RUN", "TURN_BLOCK", "ColumnKeys", "folded_texts", "sort_order", "text_key"]

_NUMBER = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*")
# a text starting as a number can start (after the joint of texts joined by _BETWEEN)
_NUMBER_START = re.compile(r"\x00[\s\d+\-.]")
_NOT_IN_NUMBERS = re.compile(r"[^\s\d+\-.eE]")  # a character no number (as _NUMBER reads it) holds
_NUMBER_BYTES = b"0123456789+-.eE \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"  # every ASCII one it may hold


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
FOLD_BLOCK = 4096  # texts folded per call (a call holds the GIL)
_BETWEEN = "\x00"  # joins the texts of a block: folding and NFKD map it to itself and nothing else to it


def folded_texts(
    texts: list[str], pause: Callable[[], object] | None = None, coded: bool = False, joined: list[str] | None = None
) -> list[str]:
    """text_key of each text (`coded`: as sort keys, see _coded). Texts are folded a block at a time,
    joined into one string (`joined`: the blocks joined already, see _joined): case folding, NFKD and
    dropping marks work character by character, so the block's folded text split again is each text's
    key (one C call per step instead of a Python call per text). A column that repeats its values
    (statuses, types) folds each distinct text once and its equal texts share that one key."""
    sample = texts[:DISTINCT_SAMPLE]
    if len(set(sample)) > len(sample) // 2:
        return _folded(texts, pause, coded, joined)  # mostly different (titles, names): no table of them
    distinct = list(dict.fromkeys(texts))
    keys = dict(zip(distinct, _folded(distinct, pause, coded), strict=True))
    return [keys[text] for text in texts]


def _folded(
    texts: list[str], pause: Callable[[], object] | None, coded: bool = False, blocks: list[str] | None = None
) -> list[str]:
    out: list[str] = []
    for number, first in enumerate(range(0, len(texts), FOLD_BLOCK)):
        if pause is not None:
            pause()
        block = texts[first : first + FOLD_BLOCK]
        joined = _BETWEEN.join(block) if blocks is None else blocks[number]
        if joined.count(_BETWEEN) != len(block) - 1:  # a text holding the joint itself: one by one
            out += map(_coded, map(text_key, block)) if coded else map(text_key, block)
            continue
        folded = _folded_joined(joined)
        out += _coded(folded).split(_BETWEEN) if coded else folded.split(_BETWEEN)
    return out


def _folded_joined(joined: str) -> str:
    """text_key of texts joined by _BETWEEN (none holding it), still joined."""
    folded = joined.casefold()
    if not folded.isascii() and (not unicodedata.is_normalized("NFKD", folded) or _MARKS.search(folded)):
        folded = _unmarked(unicodedata.normalize("NFKD", folded))
    return folded


def _coded(key: str) -> str:
    """A text key as the Latin-1 text of its UTF-8 bytes: the same order (UTF-8 keeps the order of code
    points, lone surrogates too), and equal keys stay equal; Python compares such one-byte texts with a
    memcmp, where keys of mixed widths (Cyrillic beside Latin) took it a character at a time: a sort of
    100,000 titles took about two thirds of the time."""
    return key.encode("utf-8", "surrogatepass").decode("latin-1")


def _joined(texts: list[str]) -> list[str]:
    """The texts joined by _BETWEEN a block of FOLD_BLOCK at a time (a number check and the folding share them)."""
    return [_BETWEEN.join(texts[first : first + FOLD_BLOCK]) for first in range(0, len(texts), FOLD_BLOCK)]


def _may_hold_numbers(blocks: list[str]) -> bool:
    """Whether a text of these joined blocks might be a number (it starts as one can); False says surely none is."""
    return any(_NUMBER_START.search(_BETWEEN + block) for block in blocks)


def _numbers(texts: list[str], blocks: list[str] | None = None) -> list[float] | None:
    """Each text as a number when every one is a number as _NUMBER reads it, else None. A block at a time:
    one scan shows that no text holds a character _NUMBER refuses (float() would take the letters of
    inf and nan, and `_`), then the block is read as one JSON list of numbers (in C, ten times quicker
    than float() of each), or by float() of each when it is no JSON (`+1`, `.5`, `1.`); a text both
    refuse goes to the pattern, text by text. `blocks`: the texts joined already (see _joined)."""
    import orjson  # loaded with the first numbers sorted, not with the first screen

    numbers: list[float] = []
    for number, first in enumerate(range(0, len(texts), FOLD_BLOCK)):
        block = texts[first : first + FOLD_BLOCK]
        joined = ",".join(block) if blocks is None else blocks[number].replace(_BETWEEN, ",")
        if joined.isascii():
            if joined.encode().translate(None, _NUMBER_BYTES) != b"," * (len(block) - 1):
                return None
        elif _NOT_IN_NUMBERS.search(joined.replace(",", "")):
            return None
        try:
            read = orjson.loads(f"[{joined}]")
        except orjson.JSONDecodeError:
            read = []
        if len(read) != len(block):  # no JSON (or a text of blanks only): float() of each
            try:
                read = list(map(float, block))
            except ValueError:
                return None
        numbers += map(float, read)
    return numbers


def _floats(texts: list[str], first: int = 0, count: int | None = None) -> list[float]:
    """The numbers in a block of texts that _NUMBER reads as numbers."""
    block = texts[first : first + (FOLD_BLOCK if count is None else count)]
    try:
        return list(map(float, block))
    except ValueError:  # around the number, a space float() does not take (U+001F, U+0085...)
        return list(map(float, map(str.strip, block)))


def _unmarked(text: str) -> str:
    """`text` without combining marks: each mark there is dropped by one replace (a fast scan), not by
    a pattern looking at every character."""
    while found := _MARKS.search(text):
        text = text.replace(found.group(), "")
    return text


class ColumnKeys:
    """One sort key per value of a column, by kind: numbers, texts (folded), empties. Made once per
    column, they sort it either way. `pause` (a worker's way of giving way to another) is called
    between the steps."""

    __slots__ = ("count", "empty_rows", "number_rows", "numbers", "pause", "sorted", "text_rows", "texts")

    def __init__(self, values: Sequence[Any], pause: Callable[[], object] | None = None) -> None:
        self.count = len(values)
        self.pause = pause
        # the last order of each kind's keys (0 numbers, 1 texts) and its direction: the other direction is
        # that order turned round, equal keys kept in their order (no key compared but neighbours)
        self.sorted: dict[int, tuple[bool, list[int]]] = {}
        self.numbers: list[float] = []
        self.number_rows: Sequence[int] = []
        self.texts: list[str] = []
        self.text_rows: Sequence[int] = []
        self.empty_rows: list[int] = []
        if set(map(type, values)) <= {str, type(None)}:
            self._strings(values)  # the usual column (the portal sends text and nulls): mostly in C
            return
        number = _NUMBER.fullmatch
        raw: list[str] = []
        number_rows: list[int] = []
        text_rows: list[int] = []
        for row, value in enumerate(values):
            if value is None or value == "":
                self.empty_rows.append(row)
            elif isinstance(value, str):
                if number(value):
                    self.numbers += _floats([value])
                    number_rows.append(row)
                else:
                    raw.append(value)
                    text_rows.append(row)
            elif isinstance(value, int | float):  # bool too
                self.numbers.append(float(value))
                number_rows.append(row)
            else:
                raw.append(json.dumps(value, ensure_ascii=False))
                text_rows.append(row)
        self.number_rows, self.text_rows = number_rows, text_rows
        self.texts = folded_texts(raw, pause, coded=True)

    def _strings(self, values: Sequence[str | None]) -> None:
        # Comprehensions and calls over a block of texts, not one map() over the column: a worker thread
        # gives the GIL back between them, while one C call over 100,000 values held it (and the window)
        # for tens of milliseconds.
        texts: list[str] = list(values)  # type: ignore[arg-type]
        rows: Sequence[int] = range(len(texts))
        if not all(texts):  # nulls or empty texts: last, and not keys
            self.empty_rows = [row for row, text in enumerate(texts) if not text]
            rows = [row for row, text in enumerate(texts) if text]
            texts = [text for text in texts if text]
        blocks = _joined(texts)
        if not _may_hold_numbers(blocks):  # a column of words asks the number pattern nothing
            self.text_rows, self.texts = rows, folded_texts(texts, self.pause, coded=True, joined=blocks)
            return
        numbers = _numbers(texts, blocks)
        del blocks
        if numbers is not None:  # IDs, amounts: numbers as text
            self.number_rows, self.numbers = rows, numbers
            return
        number = _NUMBER.fullmatch
        numeric = [number(text) is not None for text in texts]
        self.number_rows = [row for row, match in zip(rows, numeric, strict=True) if match]
        self.numbers = _floats([text for text, match in zip(texts, numeric, strict=True) if match], 0, len(texts))
        self.text_rows = [row for row, match in zip(rows, numeric, strict=True) if not match]
        self.texts = folded_texts(
            [text for text, match in zip(texts, numeric, strict=True) if not match], self.pause, coded=True
        )

    def order(self, descending: bool = False) -> list[int]:
        """Positions in sorted order: numbers first, then text; empty values last in either direction."""
        ordered_numbers = self._ordered(0, self.numbers, self.number_rows, descending)
        ordered_texts = self._ordered(1, self.texts, self.text_rows, descending)
        if descending:
            return ordered_texts + ordered_numbers + self.empty_rows
        return ordered_numbers + ordered_texts + self.empty_rows

    def _ordered(self, kind: int, keys: list[Any], rows: Sequence[int], descending: bool) -> list[int]:
        if self.pause is not None:
            self.pause()
        known = self.sorted.get(kind)
        if known is not None and known[0] != descending:
            positions = _turned(keys, known[1], self.pause)
        else:
            positions = _sorted_positions(keys, descending, self.pause)
        self.sorted[kind] = (descending, positions)
        if len(rows) == self.count:  # every row is of this kind: positions are rows
            return positions
        return [rows[i] for i in positions]


TURN_BLOCK = 8192  # positions turned per step: a worker's pause comes between steps (three passes over
# 100,000 positions in one go held the GIL, and the window, for tens of milliseconds on a busy machine)


def _turned(keys: Sequence[Any], ordered: list[int], pause: Callable[[], object] | None = None) -> list[int]:
    """The stable order of `keys` in the other direction, from `ordered` (stable, one direction): turned
    round, with each stretch of equal keys turned back (they keep their first-come order). Worked a block
    of TURN_BLOCK positions at a time, `pause` called between blocks."""
    turned = ordered[::-1]
    ties: list[bool] = []  # ties[i]: the keys shown at i and i + 1 are equal
    for first in range(0, len(turned), TURN_BLOCK):
        if pause is not None:
            pause()
        shown = [keys[position] for position in turned[first : first + TURN_BLOCK + 1]]
        ties += map(operator.eq, shown, itertools.islice(shown, 1, None))
    start, checked = 0, 0
    while True:
        try:
            start = ties.index(True, start)
        except ValueError:
            return turned
        if pause is not None and start - checked >= TURN_BLOCK:
            pause()
            checked = start
        end = start
        while end < len(ties) and ties[end]:
            end += 1
        turned[start : end + 1] = turned[start : end + 1][::-1]
        start = end


def sort_order(values: Sequence[Any], descending: bool = False) -> list[int]:
    """Positions of `values` in sorted order: numbers (also numeric strings, booleans) first, then text,
    then other values by their JSON text; empty values (None, "") last in either direction. Stable."""
    return ColumnKeys(values).order(descending)


SORT_RUN = 8192  # keys sorted per call, about: a sort holds the GIL, so a worker thread sorting 100,000 keys in
# one call stopped the UI thread for 40-120 ms here. A longer column is sorted in runs of 2 * SORT_RUN
# neighbouring positions, then merged a piece at a time (see _sorted_positions).
SAMPLE_PER_BUCKET = 16  # keys sampled per piece wanted, to place the splitters


def _sorted_positions(keys: Sequence[Any], descending: bool, pause: Callable[[], object] | None = None) -> list[int]:
    """Positions of `keys` (all floats or all strings) in sorted order, stable, in calls of at most
    about 2 * SORT_RUN keys; `pause` is called between them.

    Runs of neighbouring positions are sorted apart (their keys were made one after the other, so they
    lie together in memory), then merged a piece at a time: the keys between two splitters (from a
    spread sample) make a piece, taken from every run; a sort of a piece finds its slices sorted and
    merges them. Sorting buckets of keys gathered from the whole column (a sample sort) took about
    twice as long: each bucket's keys lay all over the memory."""
    count = len(keys)
    key = keys.__getitem__
    if count <= SORT_RUN or _in_order(keys, pause):  # keys in order (IDs): one pass of the sort
        return sorted(range(count), key=key, reverse=descending)
    runs: list[list[int]] = []
    for first in range(0, count, 2 * SORT_RUN):
        if pause is not None:
            pause()
        runs.append(sorted(range(first, min(count, first + 2 * SORT_RUN)), key=key))
    splitters = _splitters(keys, count // SORT_RUN + 1)
    # piece i: keys from splitter i-1 (on) to splitter i (before): a slice of each run
    edges = [[0, *(bisect_left(run, splitter, key=key) for splitter in splitters), len(run)] for run in runs]
    out: list[int] = []
    for number in range(len(splitters), -1, -1) if descending else range(len(splitters) + 1):
        piece: list[int] = []
        for run, edge in zip(runs, edges, strict=True):
            piece += run[edge[number] : edge[number + 1]]
        if pause is not None:
            pause()
        piece.sort(key=key, reverse=descending)  # equal keys keep their runs' order: the positions'
        out += piece
    return out


def _in_order(keys: Sequence[Any], pause: Callable[[], object] | None) -> bool:
    """Whether no key is smaller than the one before (a column sorted already), a stretch at a time."""
    for first in range(0, len(keys), SORT_RUN):
        if pause is not None:
            pause()
        stretch = keys[first : first + SORT_RUN + 1]
        if not all(map(operator.le, stretch, itertools.islice(stretch, 1, None))):
            return False
    return True


def _splitters(keys: Sequence[Any], buckets: int) -> list[Any]:
    """About `buckets - 1` distinct keys cutting `keys` into parts of similar size (from a spread sample)."""
    step = max(1, len(keys) // (buckets * SAMPLE_PER_BUCKET))
    sample = sorted(keys[::step])
    every = max(1, len(sample) // buckets)
    return sorted(set(sample[every::every]))
