"""Recognise saved secrets in free text without keeping them: salted fingerprints and a masker.

Each saved webhook keeps HMAC-SHA-256 fingerprints (keyed by a random per-installation salt) of its
current and a few earlier secrets. A fingerprint cannot be turned back into a portal-generated secret,
but it lets the history mask any saved or retired secret pasted into a parameter, without a keyring
call. `SecretMasker` replaces known secret values, fingerprinted tokens and webhook URLs in text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from b24desk.core.secret import Secret, mask_text
from b24desk.core.secret_mask import mask_secrets
from b24desk.core.value_record import ReadOnlyValue, slot_setters

KEEP = 5  # fingerprints per webhook: the current secret and four earlier ones
MIN_SECRET_LENGTH = 6  # shorter "secrets" would mask ordinary words
# Tokens that may be a whole secret: runs of secret characters, with and without `-`/`_` inside.
_TOKENS = (re.compile(r"[A-Za-z0-9_\-]{6,}"), re.compile(r"[A-Za-z0-9]{6,}"))


def new_salt() -> str:
    """A random salt for this installation's fingerprints (hex)."""
    import secrets  # (and random): only when a first webhook is saved

    return secrets.token_hex(16)


def fingerprint(salt: str, secret: Secret | str) -> str:
    """The fingerprint of a secret under `salt` (hex, 32 characters)."""
    import hmac  # OpenSSL's hashing (~4.5 ms to load): only once a secret is fingerprinted, not at start-up

    raw = secret.reveal() if isinstance(secret, Secret) else secret
    return hmac.digest(_key(salt), raw.encode(), "sha256").hex()[:32]  # one C call: masking a text asks per word


@functools.lru_cache(maxsize=8)
def _key(salt: str) -> bytes:
    return bytes.fromhex(salt)


def remember(fingerprints: Iterable[str], new: str) -> tuple[str, ...]:
    """The fingerprint list with `new` first, without repeats, at most KEEP long."""
    return tuple(dict.fromkeys([new, *fingerprints]))[:KEEP]


def _mask_if_in(known: set[str], match: re.Match[str]) -> str:
    return mask_text(match[0]) if match[0] in known else match[0]


class SecretMasker(ReadOnlyValue):  # not a dataclass: that module imports inspect (~7 ms of a CLI command)
    """Masks known secret values, tokens whose fingerprint is known, and webhook URLs in text."""

    __slots__ = __match_args__ = ("values", "salt", "fingerprints")
    values: tuple[str, ...]
    salt: str | None
    fingerprints: frozenset[str]

    def __init__(
        self, values: tuple[str, ...] = (), salt: str | None = None, fingerprints: frozenset[str] = frozenset()
    ) -> None:
        for setter, value in zip(_MASKER_SETTERS, (values, salt, fingerprints), strict=True):
            setter(self, value)

    @classmethod
    def of(
        cls, secrets: Iterable[Secret] = (), salt: str | None = None, fingerprints: Iterable[str] = ()
    ) -> SecretMasker:
        """A masker for these secret values and these fingerprints."""
        values = sorted({s.reveal() for s in secrets if len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True)
        return cls(tuple(values), salt, frozenset(fingerprints))

    def mask(self, text: str) -> str:
        """`text` with every secret this masker knows, and every webhook URL's secret, masked."""
        for value in self.values:
            text = text.replace(value, mask_text(value))
        if self.salt and self.fingerprints:
            salt = self.salt
            for tokens in _TOKENS:
                # each distinct token is fingerprinted once: a 1 MB answer repeats its words thousands of times
                known = {t for t in set(tokens.findall(text)) if fingerprint(salt, t) in self.fingerprints}
                if known:
                    text = tokens.sub(functools.partial(_mask_if_in, known), text)
        return mask_secrets(text, self.values)  # their encoded forms, live secrets, webhook URLs


_MASKER_SETTERS = slot_setters(SecretMasker, SecretMasker.__match_args__)
