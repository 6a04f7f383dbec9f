"""Saved webhooks on a real keyring: add, find, edit, rename, duplicate, remove, rotate, scopes."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from b24desk.core.errors import InputError, WebhookURLError
from b24desk.core.secret import Secret
from b24desk.storage.errors import KeyringUnavailable, StorageError, WebhookNameError, WebhookNotFound
from b24desk.storage.paths import AppPaths
from b24desk.storage.secret_store import SERVICE, KeyringSecrets
from b24desk.storage.settings_file import SettingsFile
from b24desk.storage.webhook_entry import check_name, parse_secret_or_url, webhook_from_fields
from b24desk.storage.webhook_store import WebhookStore
from tests.keyring_session import KeyringSession, fail_backend

SECRET = "k3x9q2w8e7r6t5y4"
URL = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/crm.lead.list.json?select[]=ID"


def test_add_keeps_the_secret_in_the_keyring_only(store: WebhookStore, secret_service: Any) -> None:
    entry = store.add_url("Sales", URL, notes="main portal")
    assert (entry.name, entry.portal, entry.user_id, entry.notes) == (
        "Sales",
        "https://b24-ab12cd.bitrix24.com",
        1,
        "main portal",
    )
    assert secret_service.get_password(SERVICE, entry.id) == SECRET
    assert SECRET not in store.settings.path.read_text(encoding="utf-8")
    webhook = store.webhook("sales")  # names compare without case
    assert webhook.secret.reveal() == SECRET and webhook.user_id == 1
    assert store.entries() == [entry]
    assert store.find(entry.id) == entry


def test_on_premise_portal_with_port_and_prefix_round_trips(store: WebhookStore) -> None:
    store.add_url("On-prem", f"http://crm.local:8080/b24/rest/7/{SECRET}/")
    webhook = store.webhook("On-prem")
    assert webhook.base_url(reveal=True) == f"http://crm.local:8080/b24/rest/7/{SECRET}/"


@pytest.mark.parametrize(("name", "error"), [("", "needs a name"), ("x" * 81, "at most"), ("a://b", "URL")])
def test_bad_names_are_refused(store: WebhookStore, name: str, error: str) -> None:
    with pytest.raises(WebhookNameError, match=error):
        store.add_url(name, URL)
    assert store.entries() == []


def test_names_are_unique_without_case(store: WebhookStore, secret_service: Any) -> None:
    store.add_url("Sales", URL)
    with pytest.raises(WebhookNameError, match="already named 'Sales'"):
        store.add_url("SALES", URL)
    other = store.add_url("Support", URL)
    with pytest.raises(WebhookNameError):
        store.rename(other.name, "sales")
    assert [e.name for e in store.entries()] == ["Sales", "Support"]


def test_rename_edit_duplicate_remove(store: WebhookStore, secret_service: Any) -> None:
    entry = store.add_url("Sales", URL)
    renamed = store.rename("Sales", "  Sales EU ")
    assert renamed.id == entry.id and renamed.name == "Sales EU"
    assert store.edit("Sales EU", notes="EU").notes == "EU"
    copy = store.duplicate("Sales EU", "Sales EU copy")
    assert copy.id != entry.id and copy.notes == "EU" and copy.used_at is None
    assert secret_service.get_password(SERVICE, copy.id) == SECRET  # the secret was copied
    store.remove("Sales EU")
    assert secret_service.get_password(SERVICE, entry.id) is None  # the keyring entry went too
    assert [e.name for e in store.entries()] == ["Sales EU copy"]
    with pytest.raises(WebhookNotFound, match="No saved webhook is named 'Sales EU'"):
        store.webhook("Sales EU")


def test_rotate_with_a_bare_secret_or_a_url_keeps_the_entry_and_reports_a_new_owner(
    store: WebhookStore,
) -> None:
    entry = store.add_url("Sales", URL)
    store.mark_used("Sales")
    result = store.rotate("Sales", "  newsecret0000001 ")
    assert not result.user_id_changed and result.entry.id == entry.id
    assert store.secret("Sales") == Secret("newsecret0000001")
    result = store.rotate("Sales", "https://b24-ab12cd.bitrix24.com/rest/9/newsecret0000002/profile.json")
    assert result.user_id_changed and result.old_user_id == 1 and result.entry.user_id == 9
    assert not result.portal_changed
    assert any("user 9 (it was user 1)" in line for line in result.messages())
    after = store.find("Sales")
    assert (after.id, after.name, after.user_id) == (entry.id, "Sales", 9)
    assert after.used_at is not None  # the rest of the entry is kept
    assert store.secret("Sales") == Secret("newsecret0000002")
    for line in result.messages():
        assert "newsecret" not in line


@pytest.mark.parametrize("text", ["", "two words", "a?b"])
def test_rotate_refuses_what_is_neither_url_nor_secret(text: str) -> None:
    with pytest.raises(InputError):
        parse_secret_or_url(text)
    with pytest.raises(WebhookURLError):
        parse_secret_or_url("https://x.bitrix24.com/no-rest/")


def test_record_scopes_and_mark_used(store: WebhookStore) -> None:
    store.add_url("Sales", URL)
    entry = store.record_scopes("Sales", ["crm", "user", "crm"])
    assert entry.scopes == ("crm", "user") and entry.scopes_checked_at
    assert store.mark_used("Sales").used_at


def test_changes_from_two_store_objects_are_both_kept(store: WebhookStore) -> None:
    """Two windows (two stores over one file) edit different fields: neither change is lost."""
    other = WebhookStore(SettingsFile(store.settings.path), store.secrets)
    store.add_url("Sales", URL)
    other.find("Sales")
    store.edit("Sales", notes="from window one")
    other.record_scopes("Sales", ["crm"])
    entry = store.find("Sales")
    assert entry.notes == "from window one" and entry.scopes == ("crm",)


def test_a_removed_entry_cannot_be_changed_from_another_window(store: WebhookStore) -> None:
    other = WebhookStore(SettingsFile(store.settings.path), store.secrets)
    entry = store.add_url("Sales", URL)
    store.remove("Sales")
    with pytest.raises(WebhookNotFound):
        other._change(entry, lambda e: e)


def test_missing_secret_says_how_to_fix_it(store: WebhookStore, secret_service: Any) -> None:
    entry = store.add_url("Sales", URL)
    secret_service.delete_password(SERVICE, entry.id)
    with pytest.raises(StorageError, match="rotate"):
        store.webhook("Sales")


def test_broken_keyring_refuses_to_save_and_session_only_is_the_users_choice(store: WebhookStore) -> None:
    broken = WebhookStore(store.settings, KeyringSecrets(fail_backend()))
    with pytest.raises(KeyringUnavailable):
        broken.add_url("Sales", URL)
    assert broken.entries() == []
    assert not store.settings.path.exists() or SECRET not in store.settings.path.read_text(encoding="utf-8")
    entry = broken.add_url("Sales", URL, session_only=True)
    assert entry.session_only and broken.webhook("Sales").secret.reveal() == SECRET
    assert broken.settings.read().get("webhooks", {}) == {}  # nothing of it on disk
    copy = broken.duplicate("Sales", "Sales 2")
    assert copy.session_only and broken.secret("Sales 2").reveal() == SECRET
    broken.rename("Sales 2", "Sales two")
    broken.rotate("Sales two", "othersecret000001")
    assert broken.secret("Sales two").reveal() == "othersecret000001"
    broken.remove("Sales two")
    assert [e.name for e in broken.entries()] == ["Sales"]


def test_check_name_strips() -> None:
    assert check_name("  a b ") == "a b"


def test_add_by_fields_is_checked_like_a_url(store: WebhookStore) -> None:
    webhook = webhook_from_fields(" https://b24-ab12cd.bitrix24.com/ ", " 3 ", SECRET)
    assert store.add("Fields", webhook).user_id == 3
    assert store.webhook("Fields").base_url(reveal=True) == f"https://b24-ab12cd.bitrix24.com/rest/3/{SECRET}/"
    with pytest.raises(WebhookURLError, match="user id"):
        webhook_from_fields("https://b24-ab12cd.bitrix24.com", "x", SECRET)


_ADD_MANY = """
import sys
from b24desk.storage.app_storage import AppStorage
storage = AppStorage.open()
for n in range(8):
    url = f"https://p.bitrix24.com/rest/{n + 1}/secret{sys.argv[1]}{n:04d}/"
    storage.webhooks.add_url(f"{sys.argv[1]} {n}", url)
"""


def test_two_processes_adding_webhooks_keep_every_entry_and_secret(
    paths: AppPaths, keyring_session: KeyringSession, secret_service: Any
) -> None:
    env = {**os.environ, **keyring_session.env, "B24DESK_HOME": str(paths.config.parent)}
    procs = [
        subprocess.Popen([sys.executable, "-c", _ADD_MANY, tag], env=env, stderr=subprocess.PIPE, text=True)
        for tag in ("a", "b")
    ]
    errors = [proc.communicate(timeout=60)[1] for proc in procs]  # what a failed process said, in the failure
    assert [proc.returncode for proc in procs] == [0, 0], errors
    store = WebhookStore(SettingsFile(paths.settings_file), KeyringSecrets(secret_service))
    entries = store.entries()
    assert len(entries) == 16
    for entry in entries:
        tag, n = entry.name.split()
        assert store.secret(entry.id).reveal() == f"secret{tag}{int(n):04d}"


# A process killed right after the keyring write (add) or the keyring delete (remove): os._exit, no cleanup.
_DIE_BETWEEN = """
import os, sys
from b24desk.storage.app_storage import AppStorage
from b24desk.storage.secret_store import KeyringSecrets

class DiesAfterKeyring(KeyringSecrets):
    def set(self, entry_id, secret):
        super().set(entry_id, secret)
        print(entry_id, flush=True)
        os._exit(9)

    def delete(self, entry_id):
        super().delete(entry_id)
        os._exit(9)

storage = AppStorage.open()
storage.webhooks.secrets = DiesAfterKeyring()
if sys.argv[1] == "add":
    storage.webhooks.add_url("Killed", "https://p.bitrix24.com/rest/1/k1ll3dsecret0001/")
else:
    storage.webhooks.remove("Kept")
"""


def test_a_kill_between_keyring_and_settings_leaves_what_clean_finishes(
    paths: AppPaths, keyring_session: KeyringSession, secret_service: Any
) -> None:
    env = {**os.environ, **keyring_session.env, "B24DESK_HOME": str(paths.config.parent)}
    store = WebhookStore(SettingsFile(paths.settings_file), KeyringSecrets(secret_service))
    kept = store.add_url("Kept", URL)
    added = subprocess.run([sys.executable, "-c", _DIE_BETWEEN, "add"], env=env, capture_output=True, text=True)
    orphan_id = added.stdout.strip()
    assert added.returncode == 9 and secret_service.get_password(SERVICE, orphan_id) == "k1ll3dsecret0001"
    removed = subprocess.run([sys.executable, "-c", _DIE_BETWEEN, "remove"], env=env, check=False)
    assert removed.returncode == 9 and secret_service.get_password(SERVICE, kept.id) is None
    assert store.leftovers() == {orphan_id: "adding", kept.id: "removing"}  # nothing is lost track of
    assert store.finish_leftovers() == 2
    assert store.leftovers() == {} and store.entries() == []
    assert secret_service.get_password(SERVICE, orphan_id) is None
