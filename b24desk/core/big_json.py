"""Big JSON answers without long pauses: lists of records decoded row by row, and a short pretty preview.

A C parser holds the GIL for the whole document: decoding a 50 MB answer in a worker thread still
stops the UI thread for the best part of a second (a 3 MB batch page for a tenth). `loads_in_pieces`
walks the outer objects of an answer (the envelope, a batch's `result.result` by command) itself and
decodes each record of a list of records with one short call, so a thread running it lets the others
in between; whatever it does not recognise is decoded in one go, as before, and so are errors (the
codec reports where). The cyclic garbage collector would walk the hundreds of thousands of new objects,
holding the GIL a tenth of a second each time: it pauses while the records are made, and they are
then frozen out of its sight (they hold no cycles; reference counting frees them with the answer).
`pretty_preview` indents only the first rows of a long list: the Raw view shows a part of a big
answer, never all of it.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Sequence
from typing import Any

from b24desk.core import json_codec
from b24desk.core.record_store import RecordStore, json_default

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; without it, one piece as before
    orjson = None  # type: ignore[assignment]

__all__ = ["MAX_TRIES", "OUTER_DEPTH", "PREVIEW_ROWS", "RUN_BYTES", "loads_in_pieces", "pretty_preview"]

PREVIEW_ROWS = 1000  # rows of a long list the pretty preview shows
OUTER_DEPTH = 3  # objects this deep are walked key by key (envelope, result, batch result); deeper: whole
MAX_TRIES = 64  # candidate ends tried per value before decoding the document in one go (bounded time)

_SPACE = re.compile(rb"[ \t\r\n]*")
_KEY = re.compile(rb'"((?:[^"\\]|\\.)*)"[ \t\r\n]*:[ \t\r\n]*')
_SCALAR = re.compile(rb'"(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null')
_RECORD_END = re.compile(rb"\}(?=[ \t\r\n]*[,\]])")  # where a record of a list may end
RUN_BYTES = 64 * 1024  # records decoded per call: a millisecond or so of holding the GIL
_CLOSE = {  # a closing bracket followed by what may follow a value
    ord("{"): re.compile(rb"\}(?=[ \t\r\n]*(?:[,\]}]|$))"),
    ord("["): re.compile(rb"\](?=[ \t\r\n]*(?:[,\]}]|$))"),
}


class _Unrecognised(Exception):
    """The text is not what the walk expects: decode the whole document instead."""


def loads_in_pieces(body: bytes) -> Any:
    """Decode like json_codec.loads, records of lists one by one (see the module docstring)."""
    start = _SPACE.match(body, 0).end()  # type: ignore[union-attr]
    if orjson is None or body[start : start + 1] != b"{":
        return json_codec.loads(body)
    paused = gc.isenabled()
    gc.disable()
    try:
        walk = _Walk(body)
        value, end = walk.value(start, 0)
        if _SPACE.match(body, end).end() != len(body):  # type: ignore[union-attr]
            raise _Unrecognised
        return value
    except _Unrecognised:
        return json_codec.loads(body)
    finally:
        if paused:
            gc.freeze()  # what was made (and what else lives now) leaves the collector's walks
            gc.enable()


class _Walk:
    """Decodes a value at a position: outer objects key by key, lists of objects record by record."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.view = memoryview(body)

    def value(self, start: int, depth: int) -> tuple[Any, int]:
        """The value at `start` and the position after it (and any blanks)."""
        first = self.body[start : start + 1]
        if first == b"{" and depth < OUTER_DEPTH:
            return self._object(start, depth)
        inside = self._skip(start + 1)
        if first == b"[" and depth <= OUTER_DEPTH and self.body[inside : inside + 1] == b"{":
            return self._records(start)
        if first in (b"{", b"["):
            return self._whole(start)
        scalar = _SCALAR.match(self.body, start)
        if scalar is None:
            raise _Unrecognised
        try:
            return orjson.loads(scalar.group()), self._skip(scalar.end())
        except orjson.JSONDecodeError:
            raise _Unrecognised from None

    def _skip(self, position: int) -> int:
        return _SPACE.match(self.body, position).end()  # type: ignore[union-attr]

    def _object(self, start: int, depth: int) -> tuple[dict[str, Any], int]:
        result: dict[str, Any] = {}
        position = self._skip(start + 1)
        if self.body[position : position + 1] == b"}":
            return result, self._skip(position + 1)
        while True:
            key = _KEY.match(self.body, position)
            if key is None:
                raise _Unrecognised
            name = key.group(1)
            try:
                text = name.decode() if b"\\" not in name else orjson.loads(b'"' + name + b'"')
            except (UnicodeDecodeError, orjson.JSONDecodeError):
                raise _Unrecognised from None
            result[text], position = self.value(key.end(), depth + 1)
            position, last = self._after_item(position, b"}")
            if last:
                return result, position

    def _records(self, start: int) -> tuple[list[Any], int]:
        """A list of records: runs of about RUN_BYTES per call, then (near the list's end, or when a run
        does not decode) one record per call."""
        rows: list[Any] = []
        position = self._skip(start + 1)
        runs = True
        while True:
            run = self._run(position) if runs else None
            if run is None:
                runs = False
                if self.body[position : position + 1] != b"{":
                    raise _Unrecognised  # a list that mixes records with other values: decoded whole
                row, position = self._whole(position)
                rows.append(row)
            else:
                rows.extend(run[0])
                position = run[1]
            position, last = self._after_item(position, b"]")
            if last:
                return rows, position

    def _run(self, start: int) -> tuple[list[Any], int] | None:
        """The records from `start` to the first record end RUN_BYTES on, decoded as one list; None when
        that candidate (or the one after) is not one (the list ends sooner, or it sits in a string).

        `[` + the text up to a record's `}` + `]` is valid JSON only when the `}` ends a record of this
        list: a cut inside a string or a nested value leaves it unbalanced.
        """
        found = _RECORD_END.search(self.body, start + RUN_BYTES)
        for _ in range(2):
            if found is None:
                return None
            try:
                run = orjson.loads(b"".join((b"[", self.view[start : found.end()], b"]")))
            except orjson.JSONDecodeError:
                found = _RECORD_END.search(self.body, found.end())
                continue
            return run, self._skip(found.end())
        return None

    def _after_item(self, position: int, closing: bytes) -> tuple[int, bool]:
        """Past the `,` after an item (False), or past the closing bracket (True)."""
        follow = self.body[position : position + 1]
        if follow not in (b",", closing):
            raise _Unrecognised
        return self._skip(position + 1), follow == closing

    def _whole(self, start: int) -> tuple[Any, int]:
        """An object or list decoded in one call: the first closing bracket that ends valid JSON.

        A `}` or `]` may also sit inside a string or a nested value; only the one that closes this
        value makes the slice valid JSON (anything after a complete value would not be), so the
        candidates are tried in order, at most MAX_TRIES of them.
        """
        closing = _CLOSE[self.body[start]]
        search = start
        for _ in range(MAX_TRIES):
            found = closing.search(self.body, search)
            if found is None:
                break
            try:
                return orjson.loads(self.view[start : found.end()]), self._skip(found.end())
            except orjson.JSONDecodeError:
                search = found.end()
        raise _Unrecognised


def pretty_preview(value: Any, rows: int = PREVIEW_ROWS) -> tuple[str, int | None]:
    """Indented JSON of `value` with its long list cut to `rows`: the text, and how many rows the list
    has in all when it was cut (None when the text is the whole value).

    The list is the value itself (a fetch-all's rows) or the `result` of an envelope. A list and the
    envelope's keys are written one item per call, so making the text in a thread never holds the GIL
    for long.
    """
    total: int | None = None
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) > rows:
        value, total = value[:rows], len(value)
    elif isinstance(value, dict) and isinstance(value.get("result"), Sequence) and len(value["result"]) > rows:
        total = len(value["result"])
        value = dict(value, result=value["result"][:rows])
    return _indented(value, 0), total


def _indented(value: Any, depth: int) -> str:
    """json.dumps(value, indent=2, ensure_ascii=False) at `depth`, written item by item for a list or
    for the envelope (depth 0), in one call below that."""
    pad = "  " * (depth + 1)
    if isinstance(value, list | RecordStore) and value:
        items = (pad + _indented(item, depth + 1) for item in value)
        return "[\n" + ",\n".join(items) + "\n" + "  " * depth + "]"
    if isinstance(value, dict) and value and depth == 0:
        pairs = (
            f"{pad}{json.dumps(key, ensure_ascii=False)}: {_indented(item, depth + 1)}" for key, item in value.items()
        )
        return "{\n" + ",\n".join(pairs) + "\n}"
    return _dumps_indented(value).replace("\n", "\n" + "  " * depth)


def _dumps_indented(value: Any) -> str:
    if orjson is not None:
        try:
            return orjson.dumps(value, option=orjson.OPT_INDENT_2, default=json_default).decode()
        except TypeError:  # what orjson does not write (integers past 64 bits): the standard library
            pass
    return json.dumps(value, ensure_ascii=False, indent=2, default=json_default)
