"""AppStorage ties the parts together: removal clears history, calls are masked and mark use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from b24desk.storage.app_storage import AppStorage
from b24desk.storage.history import CallRecord
from b24desk.storage.paths import AppPaths
from b24desk.storage.secret_store import KeyringSecrets

SECRET = "k3x9q2w8e7r6t5y4"
URL = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/"
NOW = datetime.now(UTC)


def test_record_call_masks_marks_used_and_remove_clears_history(paths: AppPaths, secret_service: Any) -> None:
    storage = AppStorage(paths, KeyringSecrets(secret_service))
    storage.webhooks.add_url("Sales", URL)
    storage.record_call("Sales", CallRecord("crm.lead.add", {"fields": {"TITLE": SECRET}}, 200, None, 5, NOW))
    assert storage.webhooks.find("Sales").used_at is not None
    [entry] = storage.history_of("Sales")
    assert entry.call.params == {"fields": {"TITLE": "k3************y4"}}
    assert storage.statistics("Sales").totals.requests == 1
    removed = storage.remove_webhook("Sales")
    assert storage.history.count(removed.id) == 0


def test_history_limit_is_a_setting_and_trims(paths: AppPaths, secret_service: Any) -> None:
    storage = AppStorage.open({"B24DESK_HOME": str(paths.config.parent)}, secret_service)
    assert storage.paths == paths
    storage.webhooks.add_url("Sales", URL)
    for n in range(4):
        storage.record_call("Sales", CallRecord("profile", {"n": n}, 200, None, 1, NOW))
    storage.set_history_limit(2)
    assert [e.call.params["n"] for e in storage.history_of("Sales")] == [3, 2]
    assert AppStorage(paths, storage.webhooks.secrets).history.limit == 2
    assert storage.clear_history("Sales") == 2 and storage.history_of("Sales") == []


def test_a_corrupt_settings_file_is_reported_and_the_app_starts(paths: AppPaths, secret_service: Any) -> None:
    paths.config.mkdir(parents=True)
    paths.settings_file.write_text("{not json", encoding="utf-8")
    storage = AppStorage.open({"B24DESK_HOME": str(paths.config.parent)}, secret_service)
    assert storage.webhooks.entries() == []
    assert len(storage.problems) == 1 and "kept as settings.json.corrupt-" in storage.problems[0]


def test_end_session_forgets_session_only_webhooks_and_their_history(paths: AppPaths, secret_service: Any) -> None:
    storage = AppStorage(paths, KeyringSecrets(secret_service))
    storage.webhooks.add_url("Saved", URL)
    temporary = storage.webhooks.add_url("Temporary", URL, session_only=True)
    storage.record_call("Temporary", CallRecord("profile", {}, 200, None, 1, NOW))
    storage.end_session()
    assert [e.name for e in storage.webhooks.entries()] == ["Saved"]
    assert storage.history.count(temporary.id) == 0
    assert storage.webhooks.session_secrets.get(temporary.id) is None


def test_last_used_is_rewritten_at_most_once_a_minute(paths: AppPaths, secret_service: Any) -> None:
    storage = AppStorage(paths, KeyringSecrets(secret_service))
    storage.webhooks.add_url("Sales", URL)
    start = datetime.now(UTC).replace(microsecond=0)
    storage.record_call("Sales", CallRecord("profile", {}, 200, None, 1, start))
    assert storage.webhooks.find("Sales").used_at == start.isoformat()
    written = paths.settings_file.stat().st_mtime_ns
    for seconds in range(0, 60, 12):
        storage.record_call("Sales", CallRecord("profile", {}, 200, None, 1, start + timedelta(seconds=seconds)))
    assert paths.settings_file.stat().st_mtime_ns == written
    assert storage.history.count(storage.webhooks.find("Sales").id) == 6
    later = start + timedelta(minutes=2)
    storage.record_call("Sales", CallRecord("profile", {}, 200, None, 1, later))
    assert storage.webhooks.find("Sales").used_at == later.isoformat()


def test_calls_of_unsaved_and_sandbox_webhooks_are_recorded_too_and_found_again(
    paths: AppPaths, secret_service: Any
) -> None:
    from b24desk.core.secret import Secret
    from b24desk.core.webhook import parse_webhook_url
    from b24desk.storage.app_storage import SANDBOX_HISTORY, unsaved_history_key
    from b24desk.storage.history_search import HistoryFilter

    storage = AppStorage(paths, KeyringSecrets(secret_service))
    storage.webhooks.add_url("Sales", URL)
    saved = parse_webhook_url(URL).webhook
    pasted = parse_webhook_url("https://other.bitrix24.com/rest/7/zzzzzzzzzzzzzzzz/").webhook
    sandbox = parse_webhook_url("http://127.0.0.1:5000/rest/1/sandboxsecret123/").webhook
    token = Secret("env-token-value-42")
    storage.record_any(saved, CallRecord("profile", {}, 200, None, 1, NOW))
    storage.record_any(pasted, CallRecord("user.get", {"x": "zzzzzzzzzzzzzzzz"}, 200, None, 1, NOW))
    storage.record_any(
        sandbox, CallRecord("crm.lead.list", {"t": token.reveal()}, 200, None, 1, NOW), sandbox=True, secrets=(token,)
    )
    assert [e.call.method for e in storage.history_of("Sales")] == ["profile"]
    [other] = storage.search_history(HistoryFilter(webhook_id=unsaved_history_key(pasted)))
    assert other.call.params == {"x": "zz************zz"} and "zzzz" not in other.webhook_id
    [local] = storage.search_history(HistoryFilter(webhook_id=SANDBOX_HISTORY))
    assert token.reveal() not in repr(local.call.params)
    assert [e.call.method for e in storage.search_history(HistoryFilter())] == ["crm.lead.list", "user.get", "profile"]


def test_environment_secrets_live_in_the_keyring_never_in_the_collection(
    paths: AppPaths, secret_service: Any, tmp_path: Any
) -> None:
    from b24desk.core.environment import Environment, save_environment
    from b24desk.core.secret import Secret

    storage = AppStorage(paths, KeyringSecrets(secret_service))
    collection = tmp_path / "crm"
    save_environment(collection, Environment("live").with_value("pipeline", "3").with_secret("token"))
    storage.environment_secrets.set(collection, "live", "token", Secret("live-token-77aa"))
    assert storage.environment_secrets.load_values(collection, "live") == {
        "pipeline": "3",
        "token": Secret("live-token-77aa"),
    }
    clone = tmp_path / "clone"  # the same collection cloned elsewhere asks for the secret again
    save_environment(clone, Environment("live").with_value("pipeline", "3").with_secret("token"))
    assert storage.environment_secrets.load_values(clone, "live") == {"pipeline": "3"}
    assert "live-token-77aa" not in (collection / "environments" / "live.json").read_text()
    storage.environment_secrets.delete(collection, "live", "token")
    assert storage.environment_secrets.load_values(collection, "live") == {"pipeline": "3"}
