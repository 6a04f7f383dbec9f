"""Which saved webhook a found secret belongs to, told by the salted fingerprints (no keyring call).

The leak scanner hands each secret it finds to the lookup; the lookup compares fingerprints only, so
naming the owner never reads, prints or stores a saved secret.
"""

from __future__ import annotations

from b24desk.core.leak_scan import OwnerLookup, SecretOwner
from b24desk.core.secret import Secret
from b24desk.storage.fingerprints import fingerprint
from b24desk.storage.webhook_store import WebhookStore


def owner_lookup(store: WebhookStore) -> OwnerLookup:
    """A lookup over the saved webhooks as they are now: current secret first, then earlier ones."""
    salt = store.salt(create=False)
    entries = store.entries()

    def lookup(secret: Secret) -> SecretOwner | None:
        if salt is None:
            return None
        mark = fingerprint(salt, secret)
        for entry in entries:
            if mark in entry.fingerprints:
                return SecretOwner(entry.name, current=entry.fingerprints[0] == mark)
        return None

    return lookup
