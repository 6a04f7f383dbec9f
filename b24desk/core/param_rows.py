"""The parameter grid's rows (PHP key, value text, type) and the nested params they stand for.

A row's key uses PHP syntax (`fields[TITLE]`, `select[]`, `filter[>ID]`), so rows become params by
PHP's own rules; params become rows so that switching between the grid and raw JSON loses nothing.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from b24desk.core.errors import ParamsError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.json_codec import json_error_text

__all__ = [
    "TYPES",
    "ParamRow",
    "documented_keys",
    "grid_type",
    "is_list",
    "join_key",
    "params_to_rows",
    "rank_keys",
    "required_rows",
    "rows_to_params",
    "split_key",
    "typed_value",
]

TYPES = ("string", "integer", "number", "boolean", "date", "datetime", "null", "json")
_CTX = "param_rows"
_MSG = {
    "integer": QT_TRANSLATE_NOOP("param_rows", "{key}: '{value}' is not a whole number."),
    "number": QT_TRANSLATE_NOOP("param_rows", "{key}: '{value}' is not a number."),
    "boolean": QT_TRANSLATE_NOOP("param_rows", "{key}: '{value}' is not yes/no (true, false, 1, 0, Y, N)."),
    "date": QT_TRANSLATE_NOOP("param_rows", "{key}: '{value}' is not a date like 2026-11-25."),
    "datetime": QT_TRANSLATE_NOOP(
        "param_rows", "{key}: '{value}' is not a date and time like 2026-11-25T14:30:00+03:00."
    ),
    "json": QT_TRANSLATE_NOOP("param_rows", "{key}: the JSON value is not valid ({reason})."),
    "type": QT_TRANSLATE_NOOP("param_rows", "{key}: unknown type '{type}'."),
    "key": QT_TRANSLATE_NOOP("param_rows", "'{key}' is not a parameter name (for example fields[TITLE])."),
}
_TRUE = {"true", "1", "y", "yes"}
_FALSE = {"false", "0", "n", "no"}
_KEY = re.compile(r"[^\[\]]+(\[[^\[\]]*\])*")
_NAME = re.compile(r"[A-Za-z0-9_>@<=!%*:.-]+")  # a documented name that can be a key (not `UF_...`)
_SPLIT_PARTS = re.compile(r"[\[\]]")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")


# A NamedTuple, not a frozen dataclass: defined before the first screen, where a dataclass compiles its methods (~1 ms).
class ParamRow(NamedTuple):
    """One grid row: a PHP-style key, the value as typed, its type, and whether it is sent."""

    key: str
    value: str = ""
    type: str = "string"
    enabled: bool = True


def _error(kind: str, **values: object) -> ParamsError:
    return ParamsError(translate(_CTX, _MSG[kind]).format(**values))


def typed_value(row: ParamRow) -> Any:
    """The row's value converted to its type; raise ParamsError naming the key when it does not fit."""
    text = row.value.strip()
    kind = row.type
    try:
        if kind == "string":
            return row.value
        if kind == "integer":
            return int(text)
        if kind == "number":
            number = float(text.replace(",", "."))
            if not math.isfinite(number):
                raise ValueError
            return number
        if kind == "boolean":
            if text.lower() in _TRUE | _FALSE:
                return text.lower() in _TRUE
            raise ValueError
        if kind == "date":
            return date.fromisoformat(text).isoformat()
        if kind == "datetime":
            return datetime.fromisoformat(text).isoformat()
        if kind == "null":
            return None
        if kind == "json":
            try:
                return json.loads(text)
            except json.JSONDecodeError as error:
                raise _error("json", key=row.key, reason=json_error_text(error)) from None
    except ValueError:
        raise _error(kind, key=row.key, value=row.value) from None
    raise _error("type", key=row.key, type=kind)


def check_key(key: str) -> str:
    """Return `key` when it is a PHP parameter name (`a`, `a[b]`, `a[]`), else raise ParamsError."""
    if not _KEY.fullmatch(key.strip()):
        raise _error("key", key=key)
    return key.strip()


def split_key(key: str) -> list[str]:
    """The parts of a PHP key: `fields[PHONE][0][VALUE]` -> fields, PHONE, 0, VALUE; `select[]` -> select, ''."""
    name = check_key(key)
    base, _, rest = name.partition("[")
    return [base, *_SEGMENT.findall("[" + rest)] if rest else [base]


def join_key(parts: Sequence[str]) -> str:
    """The PHP key for parts (the inverse of split_key)."""
    return parts[0] + "".join(f"[{part}]" for part in parts[1:])


def is_list(segments: Iterable[str]) -> bool:
    """Whether keys under a group with these child segments make a list (`[]` or 0, 1, ...)."""
    return all(segment == "" or segment.isdigit() for segment in segments)


def rows_to_params(rows: Iterable[ParamRow]) -> dict[str, Any]:
    """Nested params from the enabled rows, read with PHP's key rules, values typed."""
    pairs = [
        (check_key(row.key), typed_value(row))
        for row in rows
        if row.enabled and row.key.strip() and (row.value.strip() or row.type in ("string", "null"))
    ]  # a typed row left empty (a required row not filled in yet) is not sent
    if not pairs:  # no rows: the first screen's request (core.query and urllib.parse when a row is first read)
        return {}
    from b24desk.core.query import decode_typed_pairs

    return decode_typed_pairs(pairs)


def _scalar_row(key: str, value: Any) -> ParamRow:
    if value is None:
        return ParamRow(key, "", "null")
    if isinstance(value, bool):
        return ParamRow(key, "true" if value else "false", "boolean")
    if isinstance(value, int):
        return ParamRow(key, str(value), "integer")
    if isinstance(value, float):
        return ParamRow(key, repr(value), "number")
    if isinstance(value, str):
        return ParamRow(key, value, "string")
    return ParamRow(key, json.dumps(value, ensure_ascii=False), "json")


def _is_group(value: Any) -> bool:
    return isinstance(value, Mapping) or (isinstance(value, Sequence) and not isinstance(value, str | bytes))


def params_to_rows(params: Mapping[str, Any]) -> list[ParamRow]:
    """Rows for nested params: `a[b]` for groups, `a[]` for plain lists, indexes where needed."""
    rows: list[ParamRow] = []

    def walk(value: Any, key: str, appended: bool) -> None:
        if isinstance(value, Mapping):
            if not value:
                rows.append(ParamRow(key, "{}", "json"))
            for sub, item in value.items():
                walk(item, f"{key}[{sub}]", appended)
            return
        if isinstance(value, Sequence) and not isinstance(value, str | bytes):
            if not value:
                rows.append(ParamRow(key, "[]", "json"))
            plain = not appended and not any(_is_group(item) for item in value)
            for index, item in enumerate(value):
                walk(item, f"{key}[]" if plain else f"{key}[{index}]", appended or plain)
            return
        rows.append(_scalar_row(key, value))

    for name, value in params.items():
        walk(value, str(name), False)
    return rows


def grid_type(kind: str) -> str:
    """The grid type for a catalogue type kind (string, integer, double, boolean, date, ...)."""
    return {
        "double": "number",
        "object": "json",
        "array": "json",
        "enum": "string",
        "file": "string",
        "any": "string",
        "unknown": "string",
    }.get(kind, kind if kind in TYPES else "string")


def required_rows(params: Sequence[Any]) -> dict[str, str]:
    """Grid keys for a method's required parameters (key -> grid type), nested ones as `a[b]`.

    `params` are catalogue ParamInfo-like objects (name, type, required, children). A required group
    lists its required fields; a required group with none listed is offered as its first field.
    """
    keys: dict[str, str] = {}

    def walk(items: Sequence[Any], prefix: str) -> None:
        for param in items:
            if not param.required:
                continue
            key = f"{prefix}[{param.name}]" if prefix else param.name
            children = tuple(param.children)
            if children and any(child.required for child in children):
                walk(children, key)
            elif children:
                first = children[0]
                keys[f"{key}[{first.name}]"] = grid_type(first.type)
            else:
                keys[key] = grid_type(param.type)

    walk(params, "")
    return keys


def documented_keys(params: Sequence[Any]) -> dict[str, str]:
    """Grid keys for every documented parameter (key -> grid type), in the docs' order, for key completion.

    Fields of a group become `group[FIELD]`; a top-level list without documented items becomes `name[]`
    (`select[]`); a group without documented fields stays one JSON value. Placeholder names
    (`UF_...`) are left out.
    """
    keys: dict[str, str] = {}

    def walk(items: Sequence[Any], prefix: str) -> None:
        for param in items:
            if not _NAME.fullmatch(param.name) or "..." in param.name:
                continue
            key = f"{prefix}[{param.name}]" if prefix else param.name
            if param.children:
                walk(tuple(param.children), key)
            elif param.type == "array" and not prefix:
                keys[f"{key}[]"] = "string"
            else:
                keys[key] = grid_type(param.type)

    walk(params, "")
    return keys


def rank_keys(keys: Iterable[str], typed: str) -> list[str]:
    """The keys that contain `typed` (any case), best first: a part that is it, then one that starts with it."""
    needle = typed.strip().lower()
    if not needle:
        return list(keys)

    def rank(key: str) -> tuple[int, int]:
        parts = [part.lower() for part in _SPLIT_PARTS.split(key) if part]
        if needle in parts or needle == key.lower():
            return 0, len(key)
        if any(part.startswith(needle) for part in parts) or key.lower().startswith(needle):
            return 1, len(key)
        return 2, len(key)

    return sorted((key for key in keys if needle in key.lower()), key=rank)
