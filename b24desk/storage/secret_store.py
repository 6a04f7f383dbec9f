"""Where webhook secrets live: the OS keyring (service `b24desk`, user name = entry id), or memory.

`KeyringSecrets` talks to the keyring chosen by the `keyring` package (Secret Service on Linux,
Keychain on macOS, Credential Manager on Windows). Its calls may block (D-Bus, an unlock prompt):
they are plain functions for the UI to run off its thread. Every failure of the keyring becomes one
`KeyringUnavailable` that names the backend and says what to do; nothing falls back to a file.
`SessionSecrets` keeps secrets in memory for this run only, and is used only when the user asks for
a session-only webhook.

The `keyring` package is imported on first use (~30 ms, most of it its own imports): opening the
storage at start-up does not wait for it, the first read of a secret, in the storage thread, does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.secret import Secret
from b24desk.storage.errors import KeyringUnavailable

SERVICE = "b24desk"

# A Secret Service daemon re-reads a keyring file another program just wrote, and the collection's D-Bus
# object is missing meanwhile: gnome-keyring answered "Object does not exist" to one of two processes
# saving at once (about 1 round in 25 here). Each call is safe to repeat (a save replaces, a delete of
# nothing is no error), so such a call is tried again after these waits, then reported as it came.
VANISHED_RETRY_WAITS = (0.02, 0.05, 0.1, 0.2)

_CTX = "storage"
_SESSION_HINT = QT_TRANSLATE_NOOP(
    "storage",
    "Until then you can use the webhook for this session only: its secret is kept in memory and "
    "forgotten when b24desk closes.",
)
_MSG = {
    "none": QT_TRANSLATE_NOOP(
        "storage",
        "No system keyring is available (backend: {backend}), so the webhook's secret cannot be {action}. "
        "Install or start one: on Linux GNOME Keyring or KWallet (any Secret Service provider, such as "
        "KeePassXC), on macOS the Keychain, on Windows the Credential Manager.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "storage",
        "The system keyring ({backend}) is locked, so the webhook's secret cannot be {action}. Unlock it "
        "(log in again, or open your keyring manager such as Seahorse) and try again.",
    ),
    "init": QT_TRANSLATE_NOOP(
        "storage",
        "The system keyring ({backend}) could not be opened, so the webhook's secret cannot be {action}: "
        "{reason}. Check that its service is running (on Linux: a D-Bus session with GNOME Keyring or "
        "KWallet) and try again.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "storage",
        "The system keyring ({backend}) refused, so the webhook's secret cannot be {action}: {reason}. "
        "Check the keyring manager (it may ask for permission or be full) and try again.",
    ),
}
_ACTION = {
    "read": QT_TRANSLATE_NOOP("storage", "read"),
    "save": QT_TRANSLATE_NOOP("storage", "saved"),
    "delete": QT_TRANSLATE_NOOP("storage", "deleted"),
}


class SecretBackend(Protocol):
    """Where secrets are kept, by entry id."""

    @property
    def persistent(self) -> bool:
        """Whether secrets outlive this process."""

    @property
    def description(self) -> str:
        """A name for people: which keyring (or memory) this is."""

    def get(self, entry_id: str) -> Secret | None:
        """The secret stored for `entry_id`, or None."""

    def set(self, entry_id: str, secret: Secret) -> None:
        """Store (or replace) the secret of `entry_id`."""

    def delete(self, entry_id: str) -> None:
        """Forget the secret of `entry_id`; no error when there is none."""


def backend_name(backend: Any) -> str:
    """A readable name of a keyring backend, e.g. `SecretService Keyring (keyring.backends...)`."""
    cls = type(backend)
    path = f"{cls.__module__}.{cls.__qualname__}"
    name = getattr(backend, "name", "") or cls.__qualname__
    return f"{name} ({path})"


_LOCKED_TYPES = {"LockedException", "PromptDismissedException", "KeyringLocked"}


def _says_locked(error: BaseException) -> bool:
    """Whether a failure is a locked keyring however it came (secretstorage's own exceptions, a
    dismissed unlock prompt, an InitError or D-Bus error whose text says so)."""
    seen: BaseException | None = error
    while seen is not None:
        if type(seen).__name__ in _LOCKED_TYPES or "locked" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def keyring_error(error: BaseException, backend: Any, action: str) -> KeyringUnavailable:
    """Turn any failure of a keyring backend into one clear KeyringUnavailable."""
    import keyring.errors

    name = backend_name(backend)
    if isinstance(error, keyring.errors.NoKeyringError) or name.startswith("fail "):
        kind = "none"
    elif isinstance(error, keyring.errors.KeyringLocked) or _says_locked(error):
        kind = "locked"
    elif isinstance(error, keyring.errors.InitError | RuntimeError | OSError):
        kind = "init"
    else:
        kind = "refused"
    from b24desk.core.secret_mask import mask_secrets  # the masks (json, base64, urllib.parse): on a failure only

    reason = mask_secrets(str(error).strip().rstrip(".")) or type(error).__name__
    message = translate(_CTX, _MSG[kind]).format(backend=name, action=translate(_CTX, _ACTION[action]), reason=reason)
    return KeyringUnavailable(f"{message} {translate(_CTX, _SESSION_HINT)}", backend=name)


def _says_vanished(error: BaseException) -> bool:
    """Whether a keyring failure is an object the daemon briefly lost (secretstorage's
    ItemNotFoundException, a D-Bus "Object does not exist" or unknown-object answer)."""
    seen: BaseException | None = error
    while seen is not None:
        text = str(seen)
        if type(seen).__name__ == "ItemNotFoundException" or "Object does not exist" in text or "UnknownObject" in text:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def repeat_if_vanished[T](call: Callable[[], T], waits: tuple[float, ...] = VANISHED_RETRY_WAITS) -> T:
    """`call()`, tried again after each of `waits` while it fails because the keyring daemon briefly lost
    an object (see VANISHED_RETRY_WAITS); any other failure, or the last one, is raised."""
    for wait in waits:
        try:
            return call()
        except Exception as error:
            if not _says_vanished(error):
                raise
        time.sleep(wait)
    return call()


class KeyringSecrets:
    """Secrets in the OS keyring, one entry per saved webhook (service `b24desk`, user = entry id)."""

    persistent = True

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> Any:
        """The keyring backend in use (chosen by `keyring` on first use unless given)."""
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    @property
    def description(self) -> str:
        """The backend's readable name."""
        return backend_name(self.backend)

    def check(self) -> None:
        """Raise KeyringUnavailable now if the keyring cannot be read (a harmless lookup)."""
        self.get("b24desk-availability-check")

    def get(self, entry_id: str) -> Secret | None:
        """The secret stored for `entry_id`, or None."""
        try:
            raw = repeat_if_vanished(lambda: self.backend.get_password(SERVICE, entry_id))
        except Exception as error:
            raise keyring_error(error, self.backend, "read") from None
        return None if raw is None else Secret(raw)

    def set(self, entry_id: str, secret: Secret) -> None:
        """Store (or replace) the secret of `entry_id`."""
        try:
            repeat_if_vanished(lambda: self.backend.set_password(SERVICE, entry_id, secret.reveal()))
        except Exception as error:
            raise keyring_error(error, self.backend, "save") from None

    def delete(self, entry_id: str) -> None:
        """Forget the secret of `entry_id`; no error when there is none."""
        import keyring.errors

        try:
            repeat_if_vanished(lambda: self.backend.delete_password(SERVICE, entry_id))
        except keyring.errors.PasswordDeleteError:
            if self.get(entry_id) is not None:  # it is there but could not be deleted
                raise keyring_error(keyring.errors.PasswordDeleteError("refused"), self.backend, "delete") from None
        except Exception as error:
            raise keyring_error(error, self.backend, "delete") from None


class SessionSecrets:
    """Secrets kept in memory for this run only (session-only webhooks, chosen by the user)."""

    persistent = False
    description = QT_TRANSLATE_NOOP("storage", "memory (this session only)")

    def __init__(self) -> None:
        self._secrets: dict[str, Secret] = {}

    def get(self, entry_id: str) -> Secret | None:
        """The secret kept for `entry_id`, or None."""
        return self._secrets.get(entry_id)

    def set(self, entry_id: str, secret: Secret) -> None:
        """Keep the secret of `entry_id` until the process ends."""
        self._secrets[entry_id] = secret

    def delete(self, entry_id: str) -> None:
        """Forget the secret of `entry_id`."""
        self._secrets.pop(entry_id, None)
