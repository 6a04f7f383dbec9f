"""Decoding JSON answers: orjson (about twice as fast here) with the standard library as the fallback.

Speed matters because a C parser holds the GIL: decoding a 3 MB batch answer in a worker thread still
stops the UI thread for as long as the parse takes. orjson refuses some numbers (integers past 64 bits
in older releases), which the standard library reads, so those answers fall back.

Hostile shapes end in `JSONLimitError` (a ValueError), never in RecursionError or a float that no JSON
can print: nesting deeper than MAX_DEPTH, an integer of more digits than Python converts, a number
past the float range (1e999999 would become Infinity), and the non-JSON literals NaN and Infinity.
"""

from __future__ import annotations

import json
import math
from typing import Any

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["MAX_DEPTH", "JSONLimitError", "as_text", "json_error_text", "loads"]

_orjson: Any = None  # the orjson module once the first answer is decoded (False: not installed)


def _fast_decoder() -> Any:
    """orjson, imported on first use: importing it (and the uuid, datetime, zoneinfo it loads) costs more
    than a whole short CLI command (`b24desk snippet`, `url`) that never decodes an answer; None without it."""
    global _orjson
    if _orjson is None:
        try:
            import orjson
        except ImportError:  # pragma: no cover - orjson is a dependency; this keeps odd installs working
            _orjson = False
        else:
            _orjson = orjson
    return _orjson or None


MAX_DEPTH = 1024  # orjson's own limit; past it the standard library's RecursionError says the same


class JSONLimitError(ValueError):
    """The JSON is well formed but beyond what b24desk reads: `kind` is depth, digits or range."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise JSONLimitError("range", text[:40])
    return value


def _no_constant(text: str) -> Any:
    raise JSONLimitError("range", text)


def loads(data: bytes) -> Any:
    """Decode JSON bytes; raise JSONLimitError, json.JSONDecodeError or UnicodeDecodeError."""
    orjson = _fast_decoder()
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError as error:
            message = str(error)
            if "depth limit" in message:
                raise JSONLimitError("depth", str(MAX_DEPTH)) from None
            if "infinity" in message:
                raise JSONLimitError("range", message) from None
            # otherwise let the standard library decide, and report with its position
    try:
        return json.loads(data, parse_float=_finite, parse_constant=_no_constant)
    except RecursionError:
        raise JSONLimitError("depth", str(MAX_DEPTH)) from None
    except JSONLimitError:
        raise
    except json.JSONDecodeError:
        raise
    except ValueError as error:  # "Exceeds the limit (4300 digits) for integer string conversion"
        if "digits" in str(error):
            raise JSONLimitError("digits", str(error)) from None
        raise


def as_text(value: object, limit: int = 2000) -> str:
    """A decoded value as people read it in a message: a string as it is, anything else as JSON (never repr)."""
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, default=str)[:limit]
    except (ValueError, RecursionError):
        return type(value).__name__


_MSG_WHERE = QT_TRANSLATE_NOOP("json_codec", "{reason} at line {line}, column {column}")


def json_error_text(error: json.JSONDecodeError) -> str:
    """Why JSON did not parse and where: "Expecting value at line 3, column 12" (translated)."""
    return translate("json_codec", _MSG_WHERE).format(reason=error.msg, line=error.lineno, column=error.colno)
