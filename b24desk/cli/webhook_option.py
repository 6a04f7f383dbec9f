"""`--webhook`: a webhook URL or the name of a saved webhook, wherever the CLI takes a webhook."""

from __future__ import annotations

import atexit
import os
import sys
from typing import TYPE_CHECKING

from b24desk.core.errors import WebhookURLError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.webhook import Webhook, parse_webhook_url

if TYPE_CHECKING:
    from b24desk.storage.app_storage import AppStorage
    from b24desk.storage.fingerprints import SecretMasker

WEBHOOK_ENV = "B24_WEBHOOK"
WEBHOOK_HELP = QT_TRANSLATE_NOOP("cli", "webhook URL or saved webhook name (default: $B24_WEBHOOK)")
_MSG_NO_WEBHOOK = QT_TRANSLATE_NOOP(
    "cli",
    "No webhook given: pass --webhook URL (or the name of a saved webhook) "
    "or set the B24_WEBHOOK environment variable.",
)
_MSG_NEITHER = QT_TRANSLATE_NOOP(
    "cli", "{not_saved} (b24desk webhooks list shows them.) Nor is it a webhook URL: {not_url}"
)


def saved_secret_masker() -> SecretMasker | None:
    """A masker for every saved webhook's current and earlier secrets; None when nothing was ever saved
    (no settings file: hashing is not even loaded). Only the settings file is read, without pathlib, the
    webhook store or the rest of the storage; a file that is not a JSON object goes the storage's way
    (set aside, and said on stderr)."""
    import json

    from b24desk.storage.folders import settings_file_location

    location = settings_file_location()
    try:
        with open(location, "rb") as file:
            raw = file.read()
    except FileNotFoundError:
        return None
    except OSError:
        raw = b""  # unreadable: the storage says why below
    from b24desk.storage.saved_fingerprints import saved_masker

    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        data = None
    if isinstance(data, dict):
        return saved_masker(data)
    from pathlib import Path

    from b24desk.storage.settings_file import SettingsFile

    settings = SettingsFile(Path(location))
    masker = saved_masker(settings.read())  # a corrupt file is set aside, as the storage would
    for problem in settings.recovered:
        print(problem, file=sys.stderr)
    return masker


def open_storage() -> AppStorage:
    """Open b24desk's storage (imported lazily: URL-only commands do not load keyring or sqlite)."""
    from b24desk.storage.app_storage import AppStorage

    storage = AppStorage.open()
    storage.webhooks.entries()  # reads the settings file once, so a corrupt one is reported now
    shown = list(storage.problems)
    for problem in shown:
        print(problem, file=sys.stderr)

    def report_later_problems() -> None:  # the history is opened on first use: a damaged one is found then
        for problem in storage.problems:
            if problem not in shown:
                print(problem, file=sys.stderr)

    atexit.register(report_later_problems)
    return storage


def looks_like_url(text: str) -> bool:
    """Whether `text` is meant as a webhook URL rather than a saved name (names cannot hold these)."""
    return "://" in text or "/rest/" in text


def resolve_webhook(value: str | None) -> Webhook:
    """The webhook from --webhook or B24_WEBHOOK: a URL, or a saved name looked up in the keyring."""
    text = (value or os.environ.get(WEBHOOK_ENV, "")).strip()
    if not text:
        raise WebhookURLError(translate("cli", _MSG_NO_WEBHOOK))
    if looks_like_url(text):
        return parse_webhook_url(text).webhook
    from b24desk.storage.errors import WebhookNotFound

    try:
        return open_storage().webhooks.webhook(text)
    except WebhookNotFound as not_saved:
        try:
            return parse_webhook_url(text).webhook  # e.g. a URL without a scheme or /rest/ typo'd
        except WebhookURLError as not_url:
            message = translate("cli", _MSG_NEITHER).format(not_saved=not_saved, not_url=not_url)
            raise WebhookURLError(message) from None


def webhook_url_from_args(value: str | None) -> str:
    """Like `resolve_webhook`, as URL text: a URL given is returned as typed, a saved name as its URL.

    For callers that parse the text themselves (`parse_webhook_url(...)`); new code takes the
    `Webhook` from `resolve_webhook`, which keeps the secret a `Secret`.
    """
    text = (value or os.environ.get(WEBHOOK_ENV, "")).strip()
    if text and looks_like_url(text):
        return text
    return resolve_webhook(text).base_url(reveal=True)
