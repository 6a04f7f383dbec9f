"""Secrets in a real keyring (gnome-keyring over D-Bus), and clear reports when a keyring fails."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import keyring.errors
import pytest

from b24desk.core.secret import Secret
from b24desk.storage.errors import KeyringUnavailable
from b24desk.storage.secret_store import SERVICE, KeyringSecrets, SessionSecrets, keyring_error
from tests.keyring_session import KeyringSession, fail_backend, secret_service_backend

SECRET = Secret("k3x9q2w8e7r6t5y4")


def test_real_keyring_round_trip(secret_service: Any) -> None:
    secrets = KeyringSecrets(secret_service)
    entry_id = str(uuid.uuid4())
    assert secrets.get(entry_id) is None
    secrets.set(entry_id, SECRET)
    assert secrets.get(entry_id) == SECRET
    assert secret_service.get_password(SERVICE, entry_id) == SECRET.reveal()  # service b24desk, user = id
    secrets.set(entry_id, Secret("replaced-secret-0001"))
    assert secrets.get(entry_id) == Secret("replaced-secret-0001")
    secrets.delete(entry_id)
    assert secrets.get(entry_id) is None
    secrets.delete(entry_id)  # deleting what is not there is no error
    secrets.check()
    assert secrets.persistent and "SecretService" in secrets.description


def _assert_clear(error: KeyringUnavailable, backend: str, *needles: str) -> None:
    text = str(error)
    assert backend in error.backend and backend in text
    for needle in needles:
        assert needle in text
    assert "session only" in text  # the way out is always offered
    assert "keyrings.alt" not in text  # never suggest a plain-text keyring
    assert SECRET.reveal() not in text


@pytest.mark.parametrize("action", ["get", "set", "delete", "check"])
def test_fail_backend_is_reported_with_its_name_and_what_to_do(action: str) -> None:
    secrets = KeyringSecrets(fail_backend())
    call = {
        "get": lambda: secrets.get("x"),
        "set": lambda: secrets.set("x", SECRET),
        "delete": lambda: secrets.delete("x"),
        "check": secrets.check,
    }[action]
    with pytest.raises(KeyringUnavailable) as caught:
        call()
    _assert_clear(caught.value, "fail Keyring", "No system keyring is available", "GNOME Keyring")


def test_default_backend_without_a_keyring_service_is_the_fail_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")  # no keyringrc.cfg choosing another backend
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    secrets = KeyringSecrets()
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.set("x", SECRET)
    _assert_clear(caught.value, "fail Keyring", "No system keyring")
    keyring.core._keyring_backend = None  # let the next user choose again


def test_secret_service_without_a_bus_is_reported_as_not_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    with pytest.raises(KeyringUnavailable) as caught:
        KeyringSecrets(secret_service_backend()).get("x")
    _assert_clear(caught.value, "SecretService Keyring", "could not be opened", "D-Bus session")


def test_locked_keyring_is_reported_with_how_to_unlock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A private keyring (not the shared one) is locked for real: unlocking needs a prompt, which fails."""
    session = KeyringSession(tmp_path)
    session.start()
    try:
        for name, value in session.env.items():
            monkeypatch.setenv(name, value)
        import secretstorage

        connection = secretstorage.dbus_init()
        secrets = KeyringSecrets(secret_service_backend())
        secrets.set("x", SECRET)
        secretstorage.get_default_collection(connection).lock()
        connection.close()
        with pytest.raises(KeyringUnavailable) as caught:
            secrets.get("x")
        _assert_clear(caught.value, "SecretService Keyring", "is locked", "Unlock it")
    finally:
        session.stop()


def test_session_secrets_live_in_memory_only() -> None:
    """The in-memory store is what the user chooses when no keyring works; it is tested directly."""
    secrets = SessionSecrets()
    assert not secrets.persistent
    secrets.set("a", SECRET)
    assert secrets.get("a") == SECRET
    secrets.delete("a")
    secrets.delete("a")
    assert secrets.get("a") is None


@pytest.mark.parametrize(
    ("error", "needle"),
    [
        (keyring.errors.NoKeyringError("none"), "No system keyring is available"),
        (keyring.errors.KeyringLocked("locked"), "is locked"),
        (keyring.errors.InitError("no collection"), "could not be opened"),
        (keyring.errors.InitError("Failed to create the collection: collection is locked"), "is locked"),
        (type("PromptDismissedException", (Exception,), {})("Prompt dismissed."), "is locked"),
        (keyring.errors.PasswordSetError("denied by policy"), "refused"),
        (keyring.errors.KeyringError("odd"), "refused"),
    ],
)
def test_each_keyring_error_kind_has_its_own_advice(error: Exception, needle: str) -> None:
    """The mapping for errors no real backend here can be made to raise (PasswordSetError, ...)."""
    mapped = keyring_error(error, secret_service_backend(), "save")
    _assert_clear(mapped, "SecretService Keyring", needle)
    if needle in ("could not be opened", "refused"):
        assert str(error) in str(mapped)  # the backend's own reason is kept


class LosesItsCollection:
    """The real Secret Service backend, whose first `failures` calls fail as gnome-keyring's did while it
    re-read a keyring file another process had just written (secretstorage's ItemNotFoundException). A
    stand-in for that moment only: the daemon's race cannot be made to happen on cue here (the real race is
    in tests/storage/test_webhook_store.py::test_two_processes_adding_webhooks_keep_every_entry_and_secret)."""

    def __init__(self, real: Any, failures: int, error: Exception | None = None) -> None:
        self.real, self.failures, self.calls = real, failures, 0
        self.error = error

    def _call(self, name: str, *args: str) -> Any:
        import secretstorage.exceptions

        self.calls += 1
        if self.calls <= self.failures:
            raise self.error or secretstorage.exceptions.ItemNotFoundException("Item does not exist!")
        return getattr(self.real, name)(*args)

    def get_password(self, service: str, user: str) -> str | None:
        return self._call("get_password", service, user)  # type: ignore[no-any-return]

    def set_password(self, service: str, user: str, password: str) -> None:
        self._call("set_password", service, user, password)

    def delete_password(self, service: str, user: str) -> None:
        self._call("delete_password", service, user)


def test_a_collection_the_daemon_briefly_lost_is_tried_again(secret_service: Any) -> None:
    entry_id = str(uuid.uuid4())
    for action in ("set", "get", "delete"):
        backend = LosesItsCollection(secret_service, failures=2)
        secrets = KeyringSecrets(backend)
        if action == "set":
            secrets.set(entry_id, SECRET)
            assert secret_service.get_password(SERVICE, entry_id) == SECRET.reveal()
        elif action == "get":
            assert secrets.get(entry_id) == SECRET
        else:
            secrets.delete(entry_id)
            assert secret_service.get_password(SERVICE, entry_id) is None
        assert backend.calls == 3  # two lost, the third reached the daemon


def test_a_collection_lost_for_good_or_another_failure_is_reported_not_repeated(secret_service: Any) -> None:
    lost = LosesItsCollection(secret_service, failures=99)
    with pytest.raises(KeyringUnavailable) as caught:
        KeyringSecrets(lost).set(str(uuid.uuid4()), SECRET)
    assert "Item does not exist" in str(caught.value) and SECRET.reveal() not in str(caught.value)
    assert lost.calls == 5  # the first try and one after each wait, then reported
    locked = LosesItsCollection(secret_service, failures=99, error=keyring.errors.KeyringLocked("locked"))
    with pytest.raises(KeyringUnavailable) as caught:
        KeyringSecrets(locked).set(str(uuid.uuid4()), SECRET)
    assert "locked" in str(caught.value) and locked.calls == 1  # not a lost object: reported at once
