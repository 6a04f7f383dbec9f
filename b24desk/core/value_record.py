"""Records made without compiling code: `ValueRecord` (changeable) and `ReadOnlyValue` (set once, hashable).

`@dataclass` compiles its generated `__init__`, `__repr__` and `__eq__` when the class is defined (~1 ms
each class), and a frozen one sets each field through `object.__setattr__`. The records the first screen's
modules define (the open request, its result, a picker entry, the catalogue's ~1,600 methods) write their
`__init__` by hand and take equality and repr from here, over their fields in `__match_args__` (a changeable
record's `__slots__` too): equal when of the same class with equal fields, shown as `Name(field=value, ...)`
in the fields' order. A `ReadOnlyValue` sets its slots once, through their descriptors (`slot_setters`), and
is hashed and pickled by its fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["FieldsCompared", "ReadOnlyValue", "ValueRecord", "slot_setters"]


class FieldsCompared:
    """Equality and repr over the subclass's fields (`__match_args__`), as a dataclass gives them."""

    __slots__: tuple[str, ...] = ()
    __match_args__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self.__match_args__])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, FieldsCompared)
        return self._values() == other._values()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self.__match_args__, self._values(), strict=True))
        return f"{type(self).__qualname__}({shown})"


class ValueRecord(FieldsCompared):
    """A changeable record, as `@dataclass(slots=True)`: compared and shown by its fields, unhashable.

    A subclass lists its fields in order once: `__slots__ = __match_args__ = ("name", ...)`.
    """

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]  # changeable: as a dataclass with eq and without frozen


class ReadOnlyValue(FieldsCompared):
    """A value set once when made: its fields (`__match_args__`) compared, hashed, shown and pickled.

    Its `__init__` sets the slots through their descriptors (`slot_setters`); setting or deleting one
    afterwards raises AttributeError, as on a frozen dataclass."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name!r}")

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple[type[ReadOnlyValue], tuple[Any, ...]]:
        return type(self), self._values()  # made again by __init__, from the fields in its order


def slot_setters(cls: type[ReadOnlyValue], names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of a ReadOnlyValue class's slots `names`, in that order (what its `__init__` calls)."""
    return tuple(getattr(cls, name).__set__ for name in names)
