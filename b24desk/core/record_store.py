"""The records of a big answer kept as the answer's own bytes, decoded only when someone looks at them.

A list of 40,000 records decoded into Python dicts takes three to five times the JSON's size and
hundreds of milliseconds of holding the GIL. A `RecordStore` keeps the bytes (parts of the answer's
body, never a copy of it) and where each record starts and ends; `store[i]` decodes record i (a small
cache keeps the rows a view paints), a column for sorting is decoded for every record at once by a
decoder that skips the other fields in C, and a filter's index reads each record's cell texts from the
bytes without making the records (core/record_texts.py).

`lazy_envelope` reads an answer into its envelope with each list of records (`result`, a batch's
pages, `result.tasks`/`result.items`) as a RecordStore; whatever it does not recognise it leaves to
the ordinary decoder (None), which also reports errors as before.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

import msgspec
import orjson

from b24desk.core import json_codec

__all__ = [
    "CACHED_RECORDS",
    "RUN_BYTES",
    "RUN_RECORDS",
    "RecordStore",
    "column_values",
    "decode_run",
    "gathered",
    "json_default",
    "lazy_envelope",
    "record_text",
]

CACHED_RECORDS = 1024  # decoded records kept (the rows a view shows, and then some)
RUN_BYTES = 512 * 1024  # bytes of records a run scans or decodes in one call (a few ms holding the GIL)
OUTER_DEPTH = 4  # envelope -> result -> batch result -> page -> tasks: lists deeper are decoded whole

_RAW_MAP = msgspec.json.Decoder(dict[str, msgspec.Raw])
_RAW_LIST = msgspec.json.Decoder(list[msgspec.Raw])
_SPACE = re.compile(rb"[ \t\r\n]*")
_RECORD_END = re.compile(rb"\}(?=[ \t\r\n]*[,\]])")  # where a record of a list may end
_RESULT_LIST = re.compile(rb'[ \t\r\n]*\{[ \t\r\n]*"result"[ \t\r\n]*:[ \t\r\n]*\[')
_COLUMN_DECODERS: dict[str, msgspec.json.Decoder[Any]] = {}
RUN_RECORDS = 1000  # records decoded in one call when reading them in order


class _Part:
    """Consecutive records of one list: the buffer they sit in and where each starts and ends."""

    __slots__ = ("buffer", "ends", "starts")

    def __init__(self, buffer: memoryview, starts: array[int], ends: array[int]) -> None:
        self.buffer, self.starts, self.ends = buffer, starts, ends

    def run_text(self, first: int, last: int) -> bytes:
        """Records first..last-1 as one JSON list (they follow each other, so the text between is commas)."""
        return b"".join((b"[", self.buffer[self.starts[first] : self.ends[last - 1]], b"]"))


class RecordStore(Sequence[Any]):
    """A list of JSON records read on demand; behaves as a read-only list of the decoded records."""

    def __init__(self) -> None:
        self._parts: list[_Part] = []
        self._firsts: list[int] = []  # the store's number of each part's first record
        self._count = 0
        # decoded records by (part, number in it): copies of a store share it, as they share the parts
        self._cache: dict[tuple[_Part, int], Any] = {}

    @classmethod
    def from_list(cls, text: bytes | memoryview) -> RecordStore | None:
        """The items of the JSON list `text` (records, as a rule); None when it is not a JSON list."""
        store = cls()
        view = memoryview(text)
        try:
            raws = _RAW_LIST.decode(view)
        except (msgspec.DecodeError, ValueError):
            return None
        if not raws:
            return store
        first = _SPACE.match(view, _SPACE.match(view).end() + 1).end()  # type: ignore[union-attr]
        closing = len(view) - 1  # the final `]`
        while view[closing] != 0x5D:
            closing -= 1
        closing = len(bytes(view[first:closing]).rstrip()) + first if view[closing - 1] in b" \t\r\n" else closing
        store._add_run(view, first, raws, closing - first)
        return store

    def _add_run(self, view: memoryview, position: int, raws: list[msgspec.Raw], span: int | None) -> None:
        """Add the records `raws` read from `view` at `position` on, which take `span` bytes up to the
        list's `]` (None: not known)."""
        lengths = list(map(len, raws))
        starts = array("q")
        if span is not None and span == sum(lengths) + len(lengths) - 1:
            # compact JSON (what portals send): one comma between records, so the positions add up in C
            starts.extend(itertools.accumulate([position, *(length + 1 for length in lengths[:-1])]))
        else:
            starts = self._walk(view, position, lengths)
        ends = array("q", map(int.__add__, starts, lengths))
        self._add_part(_Part(view, starts, ends))

    @staticmethod
    def _walk(view: memoryview, position: int, lengths: list[int]) -> array[int]:
        """Record starts of a list with blanks between records (pretty-printed JSON)."""
        starts = array("q")
        for length in lengths:
            starts.append(position)
            position = _SPACE.match(view, position + length).end()  # type: ignore[union-attr]
            position = _SPACE.match(view, position + 1).end()  # type: ignore[union-attr]  # past the comma
        return starts

    def extend(self, other: RecordStore) -> None:
        """Add another store's records at the end (a page of a fetch-all)."""
        for part in other._parts:
            self._add_part(part)

    def __len__(self) -> int:
        return self._count

    @property
    def text_size(self) -> int:
        """Bytes of JSON the records take (with what lies between them)."""
        return sum(part.ends[-1] - part.starts[0] for part in self._parts if len(part.starts))

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return [self[number] for number in range(start, stop, step)]
            rows = list(self.records(start, stop))  # a run per call
            if len(rows) <= CACHED_RECORDS // 2:
                for number, row in zip(range(start, stop), rows, strict=True):
                    self._remember(number, row)
            return rows
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("record index out of range")
        number = bisect_right(self._firsts, index) - 1
        key = (self._parts[number], index - self._firsts[number])
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        part, inner = key
        value = _decode(part.buffer[part.starts[inner] : part.ends[inner]])
        self._remember(index, value, key)
        return value

    def _remember(self, index: int, value: Any, key: tuple[_Part, int] | None = None) -> None:
        if key is None:
            number = bisect_right(self._firsts, index) - 1
            key = (self._parts[number], index - self._firsts[number])
        if len(self._cache) >= CACHED_RECORDS:
            with contextlib.suppress(RuntimeError, StopIteration, KeyError):  # another thread's turn in between
                del self._cache[next(iter(self._cache))]
        self._cache[key] = value

    def record_bytes(self, index: int) -> memoryview:
        """Record `index` as the answer sent it."""
        part_number = _part_of(self._firsts, index)
        part = self._parts[part_number]
        inner = index - self._firsts[part_number]
        return part.buffer[part.starts[inner] : part.ends[inner]]

    def __iter__(self) -> Iterator[Any]:
        return self.records(0, self._count)

    def records(self, start: int, stop: int) -> Iterator[Any]:
        """Records start..stop-1 decoded in order, a run of up to 1,000 per call (none kept in the cache)."""
        for text, _, count in self.runs(start, stop):
            yield from decode_run(text, count)

    def runs(self, start: int, stop: int) -> Iterator[tuple[bytes, memoryview, int]]:
        """Records start..stop-1 in runs of up to RUN_RECORDS: each run's text (a JSON list of its
        records), its first record's text and how many records it holds."""
        if start >= stop:
            return
        number = _part_of(self._firsts, start)
        for part, first in zip(self._parts[number:], self._firsts[number:], strict=True):
            if first >= stop:
                return
            inner = max(start - first, 0)
            end = min(len(part.starts), stop - first)
            for run in range(inner, end, RUN_RECORDS):
                last = min(run + RUN_RECORDS, end)
                yield part.run_text(run, last), part.buffer[part.starts[run] : part.ends[run]], last - run

    def copy(self) -> RecordStore:
        """Another store of the same records (sharing the bytes and the decoded ones); adding to one leaves
        the other as it is."""
        store = RecordStore()
        store.extend(self)
        store._cache = self._cache
        return store

    def objects_first(self, count: int) -> bool:
        """Whether the first `count` items are JSON objects (read from their first byte, none decoded)."""
        left = count
        for part in self._parts:
            if left <= 0:
                break
            buffer = part.buffer
            if any(buffer[start] != 0x7B for start in part.starts[:left]):
                return False
            left -= len(part.starts)
        return True

    def add_rows(self, rows: Sequence[Any]) -> None:
        """Add records: another store's (their bytes shared), or decoded ones (kept as their JSON)."""
        if isinstance(rows, RecordStore):
            self.extend(rows)
        elif rows:
            try:
                text = orjson.dumps(list(rows))
            except TypeError:  # integers past 64 bits
                text = json.dumps(list(rows), ensure_ascii=False).encode()
            view = memoryview(text)
            self._add_run(view, 1, _RAW_LIST.decode(view), len(view) - 2)

    def picked(self, numbers: Sequence[int]) -> RecordStore:
        """A store of these records (in this order), sharing the bytes."""
        store = RecordStore()
        for part_number, group in itertools.groupby(numbers, lambda number: _part_of(self._firsts, number)):
            part, first = self._parts[part_number], self._firsts[part_number]
            inner = [number - first for number in group]
            starts = array("q", (part.starts[i] for i in inner))
            ends = array("q", (part.ends[i] for i in inner))
            if inner != list(range(inner[0], inner[0] + len(inner))):  # not a run: one part per record
                for start, end in zip(starts, ends, strict=True):
                    store._add_part(_Part(part.buffer, array("q", [start]), array("q", [end])))
            else:
                store._add_part(_Part(part.buffer, starts, ends))
        return store

    def _add_part(self, part: _Part) -> None:
        self._parts.append(part)
        self._firsts.append(self._count)
        self._count += len(part.starts)

    def column(self, name: str, pause: Callable[[], object] | None = None) -> list[Any]:
        """The value of field `name` in every record (None where missing), decoded run by run in C;
        `pause` (a worker's way of giving way) is called after each run."""
        decoder = _COLUMN_DECODERS.get(name)
        if decoder is None:
            # gc=False: the thousands of short-lived one-field records made per run stay out of the
            # collector's counts (its full passes hold the GIL: a stall of the window)
            field = msgspec.defstruct("Field", [("value", Any, None)], rename={"value": name}, gc=False)
            decoder = _COLUMN_DECODERS.setdefault(name, msgspec.json.Decoder(list[field]))  # type: ignore[valid-type]
        values: list[Any] = []
        for part, first, last in self._runs():
            try:
                values += [row.value for row in decoder.decode(part.run_text(first, last))]
            except (msgspec.DecodeError, ValueError):  # a record the column decoder refuses: one by one
                values.extend(_field(self, self._firsts[self._parts.index(part)] + i, name) for i in range(first, last))
            if pause is not None:
                pause()
        return values

    def _runs(self) -> Iterator[tuple[_Part, int, int]]:
        """Parts cut into runs of about RUN_BYTES."""
        for part in self._parts:
            first = 0
            count = len(part.starts)
            while first < count:
                last = first + 1
                limit = part.starts[first] + RUN_BYTES
                step = 256
                while last < count and part.ends[last - 1] < limit:
                    last = min(count, last + step)
                yield part, first, last
                first = last


def gathered(rows: Sequence[Any], more: Sequence[Any]) -> Sequence[Any]:
    """`rows` with `more` added at the end: a list stays a list, a store (on either side) gives a store.

    `rows` itself grows when it can (a list or a store); the result is what to keep.
    """
    if isinstance(rows, RecordStore):
        rows.add_rows(more)
        return rows
    if isinstance(more, RecordStore):
        store = RecordStore()
        store.add_rows(rows)
        store.add_rows(more)
        return store
    if isinstance(rows, list):
        rows.extend(more)
        return rows
    return [*rows, *more]


def column_values(rows: Sequence[Any], name: str, pause: Callable[[], object] | None = None) -> list[Any]:
    """Field `name` of every row (None where a row lacks it or is not a record); a store calls `pause`
    between the runs it decodes (a worker decoding a column of 100,000 records in one go held the GIL,
    and the window, for 20-40 ms)."""
    if isinstance(rows, RecordStore):
        return rows.column(name, pause)
    return [row.get(name) if type(row) is dict else None for row in rows]


def _field(store: RecordStore, index: int, name: str) -> Any:
    record = store[index]
    return record.get(name) if isinstance(record, dict) else None


def _part_of(firsts: list[int], index: int) -> int:
    """The part holding record `index`."""
    return bisect_right(firsts, index) - 1


def _decode(text: memoryview) -> Any:
    """One record, as json_codec would decode it (None when it is beyond what b24desk reads)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        try:
            return json_codec.loads(bytes(text))
        except ValueError:
            return None


def decode_run(text: bytes, count: int) -> list[Any]:
    """The records of a run's text (see RecordStore.runs), each as `store[i]` gives it."""
    try:
        return orjson.loads(text)  # type: ignore[no-any-return]
    except orjson.JSONDecodeError:
        rows = _RAW_LIST.decode(text)
        return [_decode(memoryview(row)) for row in rows][:count]


def json_default(value: Any) -> Any:
    """For json.dumps(default=...): a RecordStore writes as the list of its records."""
    if isinstance(value, RecordStore):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def record_text(value: Any) -> str:
    """json.dumps that also writes RecordStores (indented, as the views copy values)."""
    return json.dumps(value, ensure_ascii=False, indent=2, default=json_default)


# -- reading an answer ---------------------------------------------------------------------------


def lazy_envelope(body: bytes) -> dict[str, Any] | None:
    """The answer's envelope with its lists of records as RecordStores, or None: decode it as before."""
    try:
        head = _RESULT_LIST.match(body)
        if head is not None:
            return _envelope_in_runs(body, head.end() - 1)
        value = _lazy_value(memoryview(body), 0)
    except (msgspec.DecodeError, ValueError, RecursionError):  # the ordinary decoder says what is wrong
        return None
    return value if isinstance(value, dict) else None


def _check_limits(text: bytes | memoryview) -> None:
    """Raise JSONLimitError (a ValueError) when `text` holds what json_codec refuses (numbers past its
    limits, nesting too deep): the answer is then decoded as before and fails with the same message.
    The records are decoded and dropped, a run at a time: a worker's pieces of GIL stay short."""
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        json_codec.loads(bytes(text))


def _lazy_value(text: memoryview, depth: int) -> Any:
    """`text` decoded, with objects this shallow read key by key and lists of objects kept as stores."""
    first = _SPACE.match(text).end()  # type: ignore[union-attr]
    opening = bytes(text[first : first + 1])
    if opening == b"{" and depth < OUTER_DEPTH:
        return {key: _lazy_value(memoryview(raw), depth + 1) for key, raw in _RAW_MAP.decode(text).items()}
    if opening == b"[" and depth <= OUTER_DEPTH:
        inside = _SPACE.match(text, first + 1).end()  # type: ignore[union-attr]
        if bytes(text[inside : inside + 1]) == b"{":
            store = RecordStore.from_list(text)
            if store is not None:
                _check_limits(text)
            if store is not None:
                return store
    return json_codec.loads(bytes(text))


def _envelope_in_runs(body: bytes, opening: int) -> dict[str, Any] | None:
    """`{"result": [records...], ...}`: the list scanned a run of about RUN_BYTES per call (so a worker
    thread lets the UI thread in between), then the rest of the envelope with the list's last records.

    A run is the text from a record's start to a candidate record end; `[` + run + `]` is valid JSON
    only when that end is a real one (a cut inside a string or a nested value leaves it unbalanced).
    """
    view = memoryview(body)
    store = RecordStore()
    position = _SPACE.match(body, opening + 1).end()  # type: ignore[union-attr]
    if body[position : position + 1] != b"{":
        return None  # an empty list, or not a list of records: decoded as before
    while True:
        found = _RECORD_END.search(body, position + RUN_BYTES)
        raws = None
        for _ in range(2):
            if found is None:
                break
            try:
                run = b"".join((b"[", view[position : found.end()], b"]"))
                raws = _RAW_LIST.decode(run)
                break
            except msgspec.DecodeError:
                found = _RECORD_END.search(body, found.end())
        if raws is None or found is None:
            break
        _check_limits(run)
        store._add_run(view, position, raws, found.end() - position)
        position = _SPACE.match(body, found.end()).end()  # type: ignore[union-attr]
        if body[position : position + 1] != b",":
            break  # the run ended the list: the rest is the envelope after it
        position = _SPACE.match(body, position + 1).end()  # type: ignore[union-attr]
    # the rest: the envelope without the records already indexed (their bytes cut out)
    rest = memoryview(b"".join((b'{"result":[', view[position:])))
    keys = _RAW_MAP.decode(rest)
    envelope: dict[str, Any] = {}
    for key, raw in keys.items():
        if key != "result":
            envelope[key] = json_codec.loads(bytes(raw))
            continue
        tail = memoryview(raw)  # `[` + the last records + `]`, in `rest`: the same bytes as the body's from `position`
        tail_raws = _RAW_LIST.decode(tail)
        _check_limits(tail)
        if tail_raws:
            store._add_run(view, position, tail_raws, len(tail) - 2)
        envelope[key] = store if len(store) else []
    return envelope
