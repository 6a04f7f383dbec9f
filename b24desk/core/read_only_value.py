"""Immutable values made quickly: a base for slotted classes whose slots are set once, when made.

A frozen dataclass compiles its generated methods when the class is made (~1-2 ms each class) and sets each
field through `object.__setattr__` (the catalogue makes ~1,600 methods on the start-up's path); a `Value`
subclass sets its slots through their descriptors (`slot_setters`) and compiles nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["Value", "slot_setters"]


class Value:
    """An immutable value: the slots named in `_fields`, set once when made, compared, hashed and shown by them.

    The catalogue makes ~1,600 methods on the start-up's path: a frozen dataclass's `__init__` (an
    `object.__setattr__` per field) and its generated methods (compiled when the class is made, ~2 ms each
    class) cost there; this sets the slots through their descriptors and needs no compiling."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._fields])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self._values(), strict=True))
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[type[Value], tuple[Any, ...]]:
        return type(self), self._values()  # made again by __init__, from the fields in its order


def slot_setters(cls: type[Value], names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of a Value class's slots `names`, in that order (what its `__init__` calls)."""
    return tuple(getattr(cls, name).__set__ for name in names)
