"""Reading method params that came either PHP-decoded (all strings) or from JSON (typed)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from b24desk.sandbox.errors import RestError


def as_int(value: Any) -> int | None:
    """An integer from a param (`"5"`, `5`, `5.0`), or None when it is not one."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit():
            return int(text)
    return None


def as_bool(value: Any) -> bool:
    """A yes/no param: true, 1, Y (any case) mean yes."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "y", "true", "yes")
    return bool(value)


def as_mapping(value: Any) -> dict[str, Any] | None:
    """A group param as a dict (PHP lists become index keys), or None when it is a scalar."""
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    return None


def as_list(value: Any) -> list[Any]:
    """A list param (a dict's values, a scalar as one item, nothing as empty)."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, Mapping):
        return list(value.values())
    return [value]


def start_param(value: Any) -> int:
    """The `start` of a list call: 0 when absent or invalid, -1 (no count) for any negative value."""
    number = as_int(value)
    if number is None:
        return 0
    return -1 if number < 0 else number


def positive_id(value: Any, error: RestError) -> int:
    """A positive integer ID, else raise `error`."""
    number = as_int(value)
    if number is None or number <= 0:
        raise error
    return number
