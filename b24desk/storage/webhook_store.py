"""Saved webhooks: entries (`webhook_entry.WebhookEntry`) in the settings file, secrets in a backend.

An entry has a stable id (a uuid, also the keyring user name), a unique name, the portal, the user
id, the scopes last seen, notes and dates; never the secret. Every change is one `SettingsFile.update`
so two windows or processes do not lose each other's edits. A change that touches both the keyring and
the settings file is written as an intent first (`PENDING_KEY`: entry id -> "adding" or "removing"),
then the keyring, then the entry with the intent cleared; so a process killed between the two writes
leaves neither an orphan secret nor an entry without its secret that nothing knows about: `leftovers()`
lists what a crash left and `finish_leftovers()` completes it (`b24desk webhooks list` reports them,
`b24desk webhooks clean` finishes them). Session-only entries (the user's choice when the keyring fails)
live in memory with their secrets and are gone at exit.
Keyring calls may block: the UI runs these methods off its thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.secret import Secret
from b24desk.core.webhook import Webhook, parse_webhook_url
from b24desk.storage.errors import StorageError, WebhookNameError, WebhookNotFound
from b24desk.storage.fingerprints import SecretMasker, fingerprint, new_salt, remember
from b24desk.storage.saved_fingerprints import SALT_KEY, is_salt
from b24desk.storage.secret_store import SecretBackend, SessionSecrets
from b24desk.storage.settings_file import Settings, SettingsFile
from b24desk.storage.webhook_entry import RotateResult, WebhookEntry, check_name, parse_secret_or_url, stamp

_CTX = "storage"
PENDING_KEY = "webhook_changes_in_progress"
_MSG = {
    "name_taken": QT_TRANSLATE_NOOP("storage", "A saved webhook is already named {name!r}."),
    "not_found": QT_TRANSLATE_NOOP("storage", "No saved webhook is named {name!r}."),
    "no_secret": QT_TRANSLATE_NOOP(
        "storage",
        "The secret of webhook {name!r} is not in {backend}. Paste the webhook URL again with "
        "Update secret (b24desk webhooks rotate).",
    ),
}


def _pending(data: Settings) -> dict[str, str]:
    """The settings' map of half-done changes (created empty in `data` when missing or broken)."""
    value = data.get(PENDING_KEY)
    if not isinstance(value, dict):
        value = data[PENDING_KEY] = {}
    return value


def _now() -> datetime:
    return datetime.now(UTC)


def _new_id() -> str:
    """A new entry id (uuid is imported here: `snippet` reads the saved webhooks without making one)."""
    import uuid

    return str(uuid.uuid4())


class WebhookStore:
    """Saved webhooks: list, add, edit, rename, duplicate, remove, rotate; secrets in `secrets`."""

    def __init__(
        self,
        settings: SettingsFile,
        secrets: SecretBackend,
        *,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.settings = settings
        self.secrets = secrets
        self.session_secrets = SessionSecrets()
        self._session_entries: dict[str, WebhookEntry] = {}
        self._clock = clock

    # -- reading

    def _saved(self, data: Settings) -> dict[str, WebhookEntry]:
        raw = data.get("webhooks")
        if not isinstance(raw, dict):
            return {}
        entries = {}
        for entry_id, value in raw.items():
            try:
                entries[entry_id] = WebhookEntry.from_json(entry_id, value)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue  # a hand-edited, broken entry is skipped rather than fatal
        return entries

    def entries(self) -> list[WebhookEntry]:
        """Every saved and session-only webhook, sorted by name."""
        every = [*self._saved(self.settings.read()).values(), *self._session_entries.values()]
        return sorted(every, key=lambda entry: (entry.name.casefold(), entry.id))

    @staticmethod
    def _match(entries: Iterable[WebhookEntry], key: str) -> WebhookEntry | None:
        entries = list(entries)
        for entry in entries:
            if key in (entry.id, entry.name):
                return entry
        folded = [entry for entry in entries if entry.name.casefold() == key.strip().casefold()]
        return folded[0] if len(folded) == 1 else None

    def find(self, key: str) -> WebhookEntry:
        """The entry whose id or name is `key` (names compare without case); else WebhookNotFound."""
        entry = self._match(self.entries(), key)
        if entry is None:
            raise WebhookNotFound(translate(_CTX, _MSG["not_found"]).format(name=key))
        return entry

    def _backend(self, entry: WebhookEntry) -> SecretBackend:
        return self.session_secrets if entry.session_only else self.secrets

    def secret(self, key: str) -> Secret:
        """The secret of a saved webhook (from the keyring: may block)."""
        entry = self.find(key)
        backend = self._backend(entry)
        secret = backend.get(entry.id)
        if secret is None:
            raise StorageError(translate(_CTX, _MSG["no_secret"]).format(name=entry.name, backend=backend.description))
        return secret

    def webhook(self, key: str) -> Webhook:
        """The full webhook (portal, user id, secret) of a saved entry."""
        return self.find(key).webhook(self.secret(key))

    # -- changing

    def _change(self, entry: WebhookEntry, change: Callable[[WebhookEntry], WebhookEntry]) -> WebhookEntry:
        """Apply `change` to the freshest copy of `entry` and save it."""
        if entry.session_only:
            updated = change(self._session_entries[entry.id])
            self._check_free(updated.name, updated.id, self._saved(self.settings.read()))
            self._session_entries[entry.id] = updated
            return updated

        def mutate(data: Settings) -> WebhookEntry:
            saved = self._saved(data)
            if entry.id not in saved:
                raise WebhookNotFound(translate(_CTX, _MSG["not_found"]).format(name=entry.name))
            updated = change(saved[entry.id])
            self._check_free(updated.name, updated.id, saved)
            data.setdefault("webhooks", {})[entry.id] = updated.to_json()
            return updated

        return self.settings.update(mutate)

    def _check_free(self, name: str, entry_id: str, saved: dict[str, WebhookEntry]) -> None:
        for other in [*saved.values(), *self._session_entries.values()]:
            if other.id != entry_id and other.name.casefold() == name.casefold():
                raise WebhookNameError(translate(_CTX, _MSG["name_taken"]).format(name=other.name))

    def salt(self, *, create: bool = True) -> str | None:
        """This installation's fingerprint salt (made and saved on first need unless `create` is false)."""
        value = self.settings.read().get(SALT_KEY)
        if is_salt(value) or not create:
            return value if is_salt(value) else None

        def mutate(data: Settings) -> str:
            if not is_salt(data.get(SALT_KEY)):
                data[SALT_KEY] = new_salt()
            return str(data[SALT_KEY])

        return self.settings.update(mutate)

    def masker(self, secrets: Iterable[Secret] = ()) -> SecretMasker:
        """A masker for `secrets` and for every saved webhook's current and earlier secrets."""
        known = [fp for entry in self.entries() for fp in entry.fingerprints]
        return SecretMasker.of(secrets, self.salt(create=False), known)

    def _fingerprint(self, secret: Secret) -> str:
        """The secret's fingerprint; call it outside `settings.update` (making the salt takes the lock)."""
        salt = self.salt()
        assert salt is not None
        return fingerprint(salt, secret)

    def _insert(self, entry: WebhookEntry, secret: Secret) -> WebhookEntry:
        self._check_free(entry.name, entry.id, self._saved(self.settings.read()))  # fail before the keyring
        entry = replace(entry, fingerprints=remember(entry.fingerprints, self._fingerprint(secret)))
        backend = self._backend(entry)
        if entry.session_only:
            backend.set(entry.id, secret)
            self._session_entries[entry.id] = entry
            return entry
        self._intend(entry.id, "adding")
        try:
            backend.set(entry.id, secret)

            def mutate(data: Settings) -> None:
                self._check_free(entry.name, entry.id, self._saved(data))
                webhooks = data.get("webhooks")
                if not isinstance(webhooks, dict):
                    webhooks = data["webhooks"] = {}
                webhooks[entry.id] = entry.to_json()
                data.setdefault("format", 1)
                _pending(data).pop(entry.id, None)

            self.settings.update(mutate)
        except BaseException:
            with contextlib.suppress(Exception):
                backend.delete(entry.id)
                self.settings.update(lambda data: _pending(data).pop(entry.id, None))
            raise
        return entry

    # -- what a crash between the keyring and the settings file left

    def _intend(self, entry_id: str, change: str) -> None:
        def mutate(data: Settings) -> None:
            _pending(data)[entry_id] = change
            data[PENDING_KEY] = _pending(data)

        self.settings.update(mutate)

    def leftovers(self) -> dict[str, str]:
        """Changes a killed process left half done: entry id -> "adding" or "removing"."""
        return dict(_pending(self.settings.read()))

    def finish_leftovers(self) -> int:
        """Undo half-done additions and complete half-done removals (keyring first); how many."""
        leftovers = self.leftovers()
        for entry_id in leftovers:
            self.secrets.delete(entry_id)

            def mutate(data: Settings, entry_id: str = entry_id) -> None:
                webhooks = data.get("webhooks")
                if isinstance(webhooks, dict):
                    webhooks.pop(entry_id, None)
                _pending(data).pop(entry_id, None)

            self.settings.update(mutate)
        return len(leftovers)

    def add(self, name: str, webhook: Webhook, *, notes: str = "", session_only: bool = False) -> WebhookEntry:
        """Save a webhook under a new unique name; its secret goes to the keyring (or memory if asked)."""
        entry = WebhookEntry(
            id=_new_id(),
            name=check_name(name),
            portal=webhook.portal.url,
            user_id=webhook.user_id,
            created_at=stamp(self._clock()),
            notes=self.masker((webhook.secret,)).mask(notes),  # a secret pasted into notes is not kept
            session_only=session_only,
        )
        return self._insert(entry, webhook.secret)

    def add_url(self, name: str, url: str, *, notes: str = "", session_only: bool = False) -> WebhookEntry:
        """Save a webhook from a pasted URL (any form `parse_webhook_url` reads; a method is ignored)."""
        return self.add(name, parse_webhook_url(url).webhook, notes=notes, session_only=session_only)

    def edit(self, key: str, *, notes: str | None = None) -> WebhookEntry:
        """Change an entry's notes (any saved or known secret in them masked, in every encoding)."""
        masked = None if notes is None else self.masker().mask(notes)
        return self._change(self.find(key), lambda e: e if masked is None else replace(e, notes=masked))

    def rename(self, key: str, new_name: str) -> WebhookEntry:
        """Give an entry a new unique name; its id, secret, history and statistics stay."""
        name = check_name(new_name)
        return self._change(self.find(key), lambda e: replace(e, name=name))

    def duplicate(self, key: str, new_name: str) -> WebhookEntry:
        """Copy an entry under a new name, with a copy of its secret; history is not copied."""
        source = self.find(key)
        secret = self.secret(source.id)
        copy = replace(
            source,
            id=_new_id(),
            name=check_name(new_name),
            created_at=stamp(self._clock()),
            used_at=None,
        )
        return self._insert(copy, secret)

    def remove(self, key: str) -> WebhookEntry:
        """Delete an entry and its keyring secret (the keyring first: no orphaned secret is left)."""
        entry = self.find(key)
        if entry.session_only:
            self._backend(entry).delete(entry.id)
            self._session_entries.pop(entry.id, None)
            return entry
        self._intend(entry.id, "removing")
        self._backend(entry).delete(entry.id)

        def mutate(data: Settings) -> None:
            data.get("webhooks", {}).pop(entry.id, None)
            _pending(data).pop(entry.id, None)

        self.settings.update(mutate)
        return entry

    def rotate(self, key: str, text: str) -> RotateResult:
        """Update the secret from a new URL or bare secret; name, history and statistics are kept."""
        entry = self.find(key)
        secret, webhook = parse_secret_or_url(text)
        backend = self._backend(entry)
        old_secret = backend.get(entry.id)
        portal, user_id = (entry.portal, entry.user_id) if webhook is None else (webhook.portal.url, webhook.user_id)
        new_fingerprint = self._fingerprint(secret)
        backend.set(entry.id, secret)
        try:
            updated = self._change(
                entry,
                lambda e: replace(
                    e, portal=portal, user_id=user_id, fingerprints=remember(e.fingerprints, new_fingerprint)
                ),
            )
        except BaseException:
            if old_secret is not None:
                backend.set(entry.id, old_secret)
            raise
        return RotateResult(entry=updated, old_user_id=entry.user_id, old_portal=entry.portal)

    def record_scopes(self, key: str, scopes: Iterable[str]) -> WebhookEntry:
        """Store the scopes the portal reported ("Test connection")."""
        seen, moment = tuple(sorted(set(scopes))), stamp(self._clock())
        return self._change(self.find(key), lambda e: replace(e, scopes=seen, scopes_checked_at=moment))

    def mark_used(self, key: str, when: datetime | None = None) -> WebhookEntry:
        """Set the entry's last-used date (to `when`, or now)."""
        moment = stamp(when or self._clock())
        return self._change(self.find(key), lambda e: replace(e, used_at=moment))
