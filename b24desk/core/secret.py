"""The `Secret` value: a webhook secret or token that cannot be printed by accident."""

from __future__ import annotations

import hmac
from typing import Any, NoReturn

MASK_CHAR = "*"


def mask_text(raw: str) -> str:
    """Mask a secret as the portal does: a few leading and trailing characters, the middle as `*`.

    Never more than a quarter of the characters stay visible; short secrets are masked entirely.
    """
    keep = len(raw) // 8  # each side; both sides together show at most a quarter
    if keep == 0:
        return MASK_CHAR * max(len(raw), 1)
    keep = min(keep, 4)
    return raw[:keep] + MASK_CHAR * (len(raw) - 2 * keep) + raw[-keep:]


class Secret:
    """A secret string whose `str`, `repr` and `format` are masked; `reveal()` returns it."""

    __slots__ = ("_raw",)

    def __init__(self, raw: str) -> None:
        if not isinstance(raw, str):
            raise TypeError("Secret expects a str")
        self._raw = raw

    def reveal(self) -> str:
        """Return the raw secret; the one explicit way to read it."""
        return self._raw

    def masked(self) -> str:
        """Return the masked form shown to people."""
        return mask_text(self._raw)

    def __str__(self) -> str:
        return self.masked()

    def __repr__(self) -> str:
        return f"Secret({self.masked()!r})"

    def __format__(self, spec: str) -> str:
        return format(self.masked(), spec)

    def __len__(self) -> int:
        return len(self._raw)

    def __bool__(self) -> bool:
        return bool(self._raw)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._raw.encode(), other._raw.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._raw))

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret is never pickled")

    def __copy__(self) -> Secret:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Secret:
        return self
