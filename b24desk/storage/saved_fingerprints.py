"""What the settings file keeps to recognise saved secrets: the salt and each saved webhook's fingerprints.

Read here without the webhook store (its entries, dates, keyring backends): a CLI command that only
masks secrets in what it prints, such as `snippet`, starts in a few milliseconds less.
"""

from __future__ import annotations

from typing import Any

from b24desk.storage.fingerprints import SecretMasker

SALT_KEY = "secret_fingerprint_salt"


def is_salt(value: object) -> bool:
    """Whether `value` is a salt as this installation writes it (32 lowercase hex digits)."""
    return isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value)


def stored_fingerprints(data: dict[str, Any]) -> list[str]:
    """Every saved webhook's fingerprints in the settings' data (an entry otherwise broken still counts)."""
    webhooks = data.get("webhooks")
    if not isinstance(webhooks, dict):
        return []
    found: list[str] = []
    for entry in webhooks.values():
        values = entry.get("fingerprints") if isinstance(entry, dict) else None
        if isinstance(values, list | tuple):
            found.extend(str(value) for value in values)
    return found


def saved_masker(data: dict[str, Any]) -> SecretMasker:
    """A masker for every secret the settings' data remembers by fingerprint."""
    salt = data.get(SALT_KEY)
    return SecretMasker.of((), salt if is_salt(salt) else None, stored_fingerprints(data))
