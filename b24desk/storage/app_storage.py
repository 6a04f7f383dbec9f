"""One object the UI and CLI open: the settings file, saved webhooks, history and statistics together.

It owns what crosses the parts: removing a webhook clears its history, recording a call masks the
webhook's own secret and marks the entry used, the history bound is a setting. Methods that touch
the keyring may block; the UI calls them off its thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from b24desk.core.errors import B24DeskError
from b24desk.core.secret import Secret
from b24desk.storage.history import DEFAULT_LIMIT, CallRecord, HistoryEntry, HistoryStore
from b24desk.storage.paths import AppPaths, app_paths
from b24desk.storage.secret_store import KeyringSecrets, SecretBackend
from b24desk.storage.settings_file import Settings, SettingsFile
from b24desk.storage.statistics import WebhookStatistics, webhook_statistics
from b24desk.storage.webhook_entry import WebhookEntry
from b24desk.storage.webhook_store import WebhookStore

USED_AT_RESOLUTION = timedelta(minutes=1)


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
        self.webhooks = WebhookStore(self.settings, secrets)
        self.history = HistoryStore(paths.history_db, limit=self.history_limit())

    @classmethod
    def open(cls, env: Mapping[str, str] | None = None, keyring_backend: Any | None = None) -> AppStorage:
        """Open the storage in the platform's folders, secrets in the OS keyring (or the given backend)."""
        return cls(app_paths(env), KeyringSecrets(keyring_backend))

    @property
    def problems(self) -> list[str]:
        """Messages about files that had to be set aside (corrupt settings, a damaged history), to show once."""
        return [*self.settings.recovered, *self.history.recovered]

    def history_limit(self) -> int:
        """How many calls are kept per webhook (the `history.limit` setting)."""
        value = self.settings.read().get("history", {})
        limit = value.get("limit") if isinstance(value, dict) else None
        return limit if isinstance(limit, int) and limit > 0 else DEFAULT_LIMIT

    def set_history_limit(self, limit: int) -> None:
        """Change how many calls are kept per webhook, and trim the history now."""
        limit = max(1, int(limit))

        def mutate(data: Settings) -> None:
            section = data.get("history")
            if not isinstance(section, dict):
                section = data["history"] = {}
            section["limit"] = limit

        self.settings.update(mutate)
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
        return webhook_statistics(self.history, self.webhooks.find(key).id)
