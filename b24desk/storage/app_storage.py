"""One object the UI and CLI open: the settings file, saved webhooks, history and statistics together.

It owns what crosses the parts: removing a webhook clears its history, recording a call masks the
webhook's own secret and marks the entry used, the history bound is a setting. Methods that touch
the keyring may block; the UI calls them off its thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from b24desk.core.errors import B24DeskError
from b24desk.storage.paths import AppPaths, app_paths
from b24desk.storage.secret_store import KeyringSecrets, SecretBackend
from b24desk.storage.settings_file import SettingsFile

if TYPE_CHECKING:  # loaded on first use: `snippet` masks with the saved webhooks alone, without sqlite3
    from b24desk.core.secret import Secret
    from b24desk.core.webhook import Webhook  # webhook URLs (and urllib.parse): not needed to open the storage
    from b24desk.storage.environment_secrets import EnvironmentSecrets
    from b24desk.storage.history import CallRecord, HistoryEntry, HistoryStore
    from b24desk.storage.history_search import HistoryFilter
    from b24desk.storage.statistics import WebhookStatistics
    from b24desk.storage.webhook_entry import WebhookEntry  # with the webhook store, on first use
    from b24desk.storage.webhook_store import WebhookStore

USED_AT_RESOLUTION = timedelta(minutes=1)
SANDBOX_HISTORY = "sandbox"  # the history key of the built-in sandbox portal, whatever its port and secret


def unsaved_history_key(webhook: Webhook) -> str:
    """The history key of a webhook used without saving it: its portal and user, never the secret."""
    return f"portal:{webhook.portal.url}/rest/{webhook.user_id}"


def _stale(used_at: str | None, now: datetime) -> bool:
    """Whether a last-used stamp is worth rewriting for a call made at `now`."""
    try:
        return used_at is None or now - datetime.fromisoformat(used_at) >= USED_AT_RESOLUTION
    except (TypeError, ValueError):
        return True


class AppStorage:
    """Settings, saved webhooks (secrets in `secrets`), request history and statistics."""

    def __init__(self, paths: AppPaths, secrets: SecretBackend) -> None:
        self.paths = paths
        self.settings = SettingsFile(paths.settings_file)
        self._secrets = secrets
        self._made_lock = threading.Lock()  # the UI and the storage thread may both be first
        self._webhooks: WebhookStore | None = None
        self._history: HistoryStore | None = None
        self._environment_secrets: EnvironmentSecrets | None = None

    @property
    def webhooks(self) -> WebhookStore:
        """The saved webhooks, made on first use (the first screen shows none: they are loaded after it)."""
        with self._made_lock:
            if self._webhooks is None:
                from b24desk.storage.webhook_store import WebhookStore

                self._webhooks = WebhookStore(self.settings, self._secrets)
            return self._webhooks

    @property
    def history(self) -> HistoryStore:
        """The request history, made (and sqlite3 imported) on first use."""
        with self._made_lock:
            if self._history is None:
                from b24desk.storage.history import HistoryStore

                self._history = HistoryStore(self.paths.history_db, limit=self.history_limit())
            return self._history

    def no_history_yet(self) -> bool:
        """True while no history was opened or written (no database file): every webhook has no calls yet, known
        without reading (nor sqlite3). The first recorded call makes the file."""
        return self._history is None and not self.paths.history_db.exists()

    @property
    def environment_secrets(self) -> EnvironmentSecrets:
        """The environments' secret values in the keyring, made on first use."""
        with self._made_lock:
            if self._environment_secrets is None:
                from b24desk.storage.environment_secrets import EnvironmentSecrets

                self._environment_secrets = EnvironmentSecrets(self._secrets)
            return self._environment_secrets

    @classmethod
    def open(cls, env: Mapping[str, str] | None = None, keyring_backend: Any | None = None) -> AppStorage:
        """Open the storage in the platform's folders, secrets in the OS keyring (or the given backend)."""
        return cls(app_paths(env), KeyringSecrets(keyring_backend))

    @property
    def problems(self) -> list[str]:
        """Messages about files that had to be set aside (corrupt settings, a damaged history), to show once."""
        history = [] if self._history is None else self._history.recovered  # not opened: nothing found yet
        return [*self.settings.recovered, *history]

    def has_saved_webhooks(self) -> bool:
        """Whether loading the saved webhooks has anything to show: a webhook is saved, or the settings file
        could not be read or was set aside (said by loading them). Reads the settings file alone: no keyring."""
        try:
            saved = self.settings.read().get("webhooks")
        except B24DeskError:
            return True
        return bool(saved) or bool(self.problems)

    def history_limit(self) -> int:
        """How many calls are kept per webhook (the `history.limit` setting)."""
        from b24desk.storage.preferences import HISTORY_LIMIT, read_setting  # every preference's declaration

        limit: int = read_setting(self.settings.read(), HISTORY_LIMIT)
        return limit

    def set_history_limit(self, limit: int) -> None:
        """Change how many calls are kept per webhook, and trim the history now."""
        from b24desk.storage.preferences import HISTORY_LIMIT, write_setting

        limit = max(1, int(limit))

        self.settings.update(lambda data: write_setting(data, HISTORY_LIMIT, limit))
        self.history.trim(limit)

    def remove_webhook(self, key: str) -> WebhookEntry:
        """Remove a saved webhook, its keyring secret and its history."""
        entry = self.webhooks.remove(key)
        self.history.clear(entry.id)
        return entry

    def record_call(self, key: str, call: CallRecord, *, secret: Secret | None = None) -> None:
        """Add a call to a webhook's history and mark it used; every saved or earlier secret is masked."""
        entry = self.webhooks.find(key)
        secrets = [secret] if secret is not None else []
        if secret is None:
            with contextlib.suppress(B24DeskError):  # URLs are still masked without the known value
                secrets.append(self.webhooks.secret(entry.id))
        self.history.record(entry.id, call, secrets=self.webhooks.masker(secrets))
        if _stale(entry.used_at, call.started_at):  # a fetch of 100 pages rewrites settings once, not 100 times
            self.webhooks.mark_used(entry.id, call.started_at)

    def record_unsaved(
        self, webhook: Webhook, call: CallRecord, *, key: str | None = None, secrets: tuple[Secret, ...] = ()
    ) -> None:
        """Add a call made through a webhook that is not saved (the sandbox's: key=SANDBOX_HISTORY).

        Its own secret, `secrets` (environment values that went into the call) and every saved or
        earlier secret are masked.
        """
        masker = self.webhooks.masker([webhook.secret, *secrets])
        self.history.record(key or unsaved_history_key(webhook), call, secrets=masker)

    def saved_entry_of(self, webhook: Webhook) -> WebhookEntry | None:
        """The saved (not session-only) entry with this portal, user and current secret, if any (no keyring call)."""
        salt = self.webhooks.salt(create=False)
        if not salt:
            return None
        from b24desk.storage.fingerprints import fingerprint

        mark = fingerprint(salt, webhook.secret)
        for entry in self.webhooks.entries():
            same = entry.portal == webhook.portal.url and entry.user_id == webhook.user_id
            if same and not entry.session_only and entry.fingerprints[:1] == (mark,):
                return entry
        return None

    def record_any(
        self, webhook: Webhook, call: CallRecord, *, sandbox: bool = False, secrets: tuple[Secret, ...] = ()
    ) -> None:
        """Record a call wherever it belongs: the saved webhook with this portal, user and secret, or unsaved."""
        entry = None if sandbox else self.saved_entry_of(webhook)
        if entry is None:
            self.record_unsaved(webhook, call, key=SANDBOX_HISTORY if sandbox else None, secrets=secrets)
            return
        self.history.record(entry.id, call, secrets=self.webhooks.masker([webhook.secret, *secrets]))
        if _stale(entry.used_at, call.started_at):
            self.webhooks.mark_used(entry.id, call.started_at)

    def history_key(self, webhook: Webhook | None, *, entry_id: str | None = None, sandbox: bool = False) -> str | None:
        """Where a webhook's calls are recorded: its saved id, `sandbox`, or its unsaved portal key."""
        if entry_id is not None:
            return entry_id
        if sandbox:
            return SANDBOX_HISTORY
        return unsaved_history_key(webhook) if webhook is not None else None

    def statistics_of_key(self, key: str) -> WebhookStatistics:
        """Statistics over the last 14 days of any history key (saved, sandbox, unsaved)."""
        from b24desk.storage.statistics import webhook_statistics

        return webhook_statistics(self.history, key)

    def search_history(self, query: HistoryFilter) -> list[HistoryEntry]:
        """Stored calls of every webhook (or the one in `query`), newest first."""
        from b24desk.storage.history_search import search_history

        return search_history(self.history, query)

    def end_session(self) -> None:
        """Forget the session-only webhooks and their history (the UI calls this when it closes)."""
        for entry in self.webhooks.entries():
            if entry.session_only:
                self.remove_webhook(entry.id)

    def history_of(self, key: str, *, limit: int | None = None) -> list[HistoryEntry]:
        """A saved webhook's history, newest first."""
        return self.history.entries(self.webhooks.find(key).id, limit=limit)

    def clear_history(self, key: str) -> int:
        """Clear a saved webhook's history; return how many calls were deleted."""
        return self.history.clear(self.webhooks.find(key).id)

    def statistics(self, key: str) -> WebhookStatistics:
        """A saved webhook's statistics over the last 14 days."""
        from b24desk.storage.statistics import webhook_statistics

        return webhook_statistics(self.history, self.webhooks.find(key).id)
