"""What a portal's field list tells the parameter grid: documented types, editor types, and value choices."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from b24desk.core.field_metadata import FieldMeta
from b24desk.core.param_rows import grid_type

__all__ = ["grid_hints"]

PREFIXES = ("fields", "filter")  # where a method's field names appear as keys: fields[TITLE], filter[TITLE]


@dataclass(frozen=True, slots=True)
class GridHints:
    """Per grid key: the portal's type (a tooltip), the editor type for a new row, and the values to choose from."""

    documented: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    choices: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def grid_hints(fields: Iterable[FieldMeta]) -> GridHints:
    """Hints for `fields[NAME]` and `filter[NAME]` keys, and the field codes as choices for `select[]`."""
    metas = tuple(fields)
    hints = GridHints(choices={"select[]": [(meta.name, meta.label) for meta in metas]})
    for meta in metas:
        kind = grid_type(meta.kind)
        for prefix in PREFIXES:
            key = f"{prefix}[{meta.name}]"
            hints.documented[key] = meta.type + (" *" if meta.required and prefix == "fields" else "")
            if kind != "string" and not (meta.multiple and prefix == "fields"):
                hints.types[key] = kind  # a multiple field takes a list: the row stays free text or a list
            if meta.items:
                hints.choices[key] = [(item.id, item.value) for item in meta.items]
    return hints
