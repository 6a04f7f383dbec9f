"""A saved webhook entry (everything but the secret), and reading what the user types for one.

`WebhookEntry` is what the settings file holds and the webhook list shows; `RotateResult` says what
an Update secret changed. `check_name`, `webhook_from_fields` and `parse_secret_or_url` check input
from the Add and Update secret forms exactly as the CLI's arguments are checked.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from b24desk.core.errors import InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.secret import Secret
from b24desk.core.webhook import Webhook, parse_webhook_url
from b24desk.storage.errors import WebhookNameError

_CTX = "storage"
MAX_NAME = 80
_BARE_SECRET = re.compile(r"[^\s/?#&=]+")
_MSG = {
    "name_empty": QT_TRANSLATE_NOOP("storage", "A saved webhook needs a name."),
    "name_long": QT_TRANSLATE_NOOP("storage", "A webhook name may have at most {max} characters."),
    "name_url": QT_TRANSLATE_NOOP("storage", "A webhook name cannot look like a URL or contain control characters."),
    "bad_secret": QT_TRANSLATE_NOOP(
        "storage", "Paste the new webhook URL or the bare secret (letters and digits, no spaces)."
    ),
    "user_changed": QT_TRANSLATE_NOOP(
        "storage",
        "The new URL belongs to user {new} (it was user {old}): calls now run with that user's rights.",
    ),
    "portal_changed": QT_TRANSLATE_NOOP("storage", "The portal address changed from {old} to {new}."),
    "rotated": QT_TRANSLATE_NOOP("storage", "Secret of {name!r} updated; its history is kept."),
}


def stamp(moment: datetime) -> str:
    """A moment as stored: ISO 8601 in UTC, to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class WebhookEntry:
    """A saved webhook as listed: everything but the secret."""

    id: str
    name: str
    portal: str
    user_id: int
    created_at: str
    scopes: tuple[str, ...] = ()
    scopes_checked_at: str | None = None
    notes: str = ""
    used_at: str | None = None
    fingerprints: tuple[str, ...] = ()
    session_only: bool = False

    def to_json(self) -> dict[str, Any]:
        """The entry as stored in the settings file (no id key: the id is the map key)."""
        data = asdict(self)
        del data["id"], data["session_only"]
        data["scopes"] = list(self.scopes)
        data["fingerprints"] = list(self.fingerprints)
        return data

    @classmethod
    def from_json(cls, entry_id: str, data: dict[str, Any]) -> WebhookEntry:
        """Read an entry from the settings file, ignoring keys it does not know."""
        return cls(
            id=entry_id,
            name=str(data["name"]),
            portal=str(data["portal"]),
            user_id=int(data["user_id"]),
            created_at=str(data.get("created_at", "")),
            scopes=tuple(str(scope) for scope in data.get("scopes", ())),
            scopes_checked_at=data.get("scopes_checked_at"),
            notes=str(data.get("notes", "")),
            used_at=data.get("used_at"),
            fingerprints=tuple(str(value) for value in data.get("fingerprints", ())),
        )

    def webhook(self, secret: Secret) -> Webhook:
        """The webhook this entry describes, with `secret`."""
        return parse_webhook_url(f"{self.portal}/rest/{self.user_id}/{secret.reveal()}/").webhook


@dataclass(frozen=True, slots=True)
class RotateResult:
    """What changed when a secret was updated: the entry, and whether user or portal changed."""

    entry: WebhookEntry
    old_user_id: int
    old_portal: str

    @property
    def user_id_changed(self) -> bool:
        """Whether the new URL belongs to another user (a new owner)."""
        return self.entry.user_id != self.old_user_id

    @property
    def portal_changed(self) -> bool:
        """Whether the portal address changed."""
        return self.entry.portal != self.old_portal

    def messages(self) -> list[str]:
        """Lines to show the user: the update, and any change of user or portal."""
        lines = [translate(_CTX, _MSG["rotated"]).format(name=self.entry.name)]
        if self.user_id_changed:
            lines.append(translate(_CTX, _MSG["user_changed"]).format(old=self.old_user_id, new=self.entry.user_id))
        if self.portal_changed:
            lines.append(translate(_CTX, _MSG["portal_changed"]).format(old=self.old_portal, new=self.entry.portal))
        return lines


def check_name(name: str) -> str:
    """Return the stripped name when it can name a saved webhook, else raise WebhookNameError."""
    name = name.strip()
    if not name:
        raise WebhookNameError(translate(_CTX, _MSG["name_empty"]))
    if len(name) > MAX_NAME:
        raise WebhookNameError(translate(_CTX, _MSG["name_long"]).format(max=MAX_NAME))
    if "://" in name or "/rest/" in name or any(ord(char) < 32 or ord(char) == 127 for char in name):
        raise WebhookNameError(translate(_CTX, _MSG["name_url"]))
    return name


def webhook_from_fields(portal_url: str, user_id: int | str, secret: str) -> Webhook:
    """A webhook from the fields of the Add form, checked exactly as a pasted URL is."""
    return parse_webhook_url(f"{portal_url.strip().rstrip('/')}/rest/{str(user_id).strip()}/{secret.strip()}/").webhook


def parse_secret_or_url(text: str) -> tuple[Secret, Webhook | None]:
    """Read what the user pasted to update a secret: a webhook URL (any form) or a bare secret."""
    text = text.strip()
    if "/" in text or ":" in text:
        webhook = parse_webhook_url(text).webhook
        return webhook.secret, webhook
    if not _BARE_SECRET.fullmatch(text):
        raise InputError(translate(_CTX, _MSG["bad_secret"]))
    return Secret(text), None
