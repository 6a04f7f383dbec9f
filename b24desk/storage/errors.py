"""Errors of the storage layer, below core's `B24DeskError`.

    B24DeskError (core)
    ├── InputError (core)
    │   ├── WebhookNameError      a saved-webhook name is empty, too long or already taken
    │   └── WebhookNotFound       no saved webhook has that name (or id)
    └── StorageError              the settings file, history database or keyring failed
        └── KeyringUnavailable    the OS keyring is missing, locked or refused; names the backend

Every message is translated through `b24desk.core.i18n` and never contains a secret.
"""

from __future__ import annotations

from b24desk.core.errors import B24DeskError, InputError


class WebhookNameError(InputError):
    """A saved-webhook name cannot be used (empty, too long, or taken by another entry)."""


class WebhookNotFound(InputError):
    """No saved webhook has the given name or id."""


class StorageError(B24DeskError):
    """The settings file, the history database or the keyring could not be read or written."""


class KeyringUnavailable(StorageError):
    """The OS keyring failed; `backend` names it and the message says what to do."""

    def __init__(self, message: str, *, backend: str) -> None:
        super().__init__(message)
        self.backend = backend
