"""`ValueRecord`: a mutable record with a dataclass's equality and repr, made without compiling any code.

`@dataclass` compiles its generated `__init__`, `__repr__` and `__eq__` when the class is defined (~1 ms
each class). The records the first screen's modules define (the open request, its result, a picker entry)
write their `__init__` by hand and take equality and repr from here, over their fields in
`__match_args__` (also their `__slots__`): equal when of the same class with equal fields, unhashable
(they change), shown as `Name(field=value, ...)` in the fields' order.
"""

from __future__ import annotations

__all__ = ["ValueRecord"]


class ValueRecord:
    """Equality and repr over the subclass's fields, as `@dataclass(slots=True)` gives them.

    A subclass lists its fields in order once: `__slots__ = __match_args__ = ("name", ...)`.
    """

    __slots__: tuple[str, ...] = ()
    __match_args__: tuple[str, ...] = ()
    __hash__ = None  # type: ignore[assignment]  # mutable: as a dataclass with eq and without frozen

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__match_args__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ValueRecord)
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{type(self).__qualname__}({shown})"
