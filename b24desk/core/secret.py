"""The `Secret` value: a webhook secret or token that cannot be printed by accident."""

from __future__ import annotations

import threading
import weakref
from typing import Any, NoReturn

__all__ = ["MASK_CHAR", "MIN_KNOWN_LENGTH", "Secret", "live_secrets", "mask_text"]

MASK_CHAR = "*"
MIN_KNOWN_LENGTH = 8  # shorter values would mask ordinary words; real secrets and tokens are 16-32
_LIVE: weakref.WeakSet[Secret] = weakref.WeakSet()
_LIVE_LOCK = threading.Lock()


def live_secrets() -> list[str]:
    """The raw value of every Secret alive in this process (long enough to mask safely), longest first.

    Every webhook secret and events token b24desk holds is a Secret, so this is what it knows: answers,
    raw views, snippets and saved files are masked against it (b24desk.core.secret_mask).
    """
    with _LIVE_LOCK:
        values = {secret._raw for secret in _LIVE}
    return sorted(values, key=len, reverse=True)


def mask_text(raw: str) -> str:
    """Mask a secret as the portal does: a few leading and trailing characters, the middle as `*`.

    Never more than a quarter of the characters stay visible; short secrets are masked entirely.
    """
    keep = len(raw) // 8  # each side; both sides together show at most a quarter
    if keep == 0:
        return MASK_CHAR * max(len(raw), 1)
    keep = min(keep, 4)
    return raw[:keep] + MASK_CHAR * (len(raw) - 2 * keep) + raw[-keep:]


try:  # hmac.compare_digest's own constant-time comparison, without hmac's OpenSSL hashing (~3 MiB at idle)
    from _operator import _compare_digest
except ImportError:  # another interpreter: the public name
    from hmac import compare_digest as _compare_digest  # type: ignore[no-redef]


class Secret:
    """A secret string whose `str`, `repr` and `format` are masked; `reveal()` returns it."""

    __slots__ = ("__weakref__", "_raw")

    def __init__(self, raw: str, *, known: bool = True) -> None:
        """`known=False` for a value only compared, never held (an untrusted candidate from a request):
        it does not join the secrets masked everywhere."""
        if not isinstance(raw, str):
            raise TypeError("Secret expects a str")
        self._raw = raw
        if known and len(raw) >= MIN_KNOWN_LENGTH:
            with _LIVE_LOCK:
                _LIVE.add(self)

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
        return _compare_digest(self._raw.encode(), other._raw.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._raw))

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret is never pickled")

    def __copy__(self) -> Secret:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Secret:
        return self
