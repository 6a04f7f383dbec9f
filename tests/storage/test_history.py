"""Request history in SQLite: recorded, bounded, cleared, and never holding a secret."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

from b24desk.core.request import ApiRequest
from b24desk.core.secret import Secret
from b24desk.storage.history import CallRecord, HistoryStore, mask_value
from b24desk.storage.paths import AppPaths

SECRET = "k3x9q2w8e7r6t5y4"
T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def call(
    method: str = "crm.lead.list", *, status: int | None = 200, error: str | None = None, **params: object
) -> CallRecord:
    return CallRecord(method, params, status, error, 12.5, T0)


def test_record_and_read_back_newest_first(paths: AppPaths) -> None:
    history = HistoryStore(paths.history_db)
    history.record("w1", call(select=["ID"], filter={">ID": 5}))
    history.record("w1", call("crm.lead.add", status=400, error="ERROR_CORE"))
    history.record("w2", call("profile"))
    entries = history.entries("w1")
    assert [e.call.method for e in entries] == ["crm.lead.add", "crm.lead.list"]
    first = entries[1].call
    assert first == CallRecord("crm.lead.list", {"select": ["ID"], "filter": {">ID": 5}}, 200, None, 12.5, T0)
    assert entries[0].call.failed and not first.failed
    assert history.count("w2") == 1
    assert paths.history_db.stat().st_mode & 0o077 == 0


def test_history_is_bounded_per_webhook_and_cleared_in_one_call(paths: AppPaths) -> None:
    history = HistoryStore(paths.history_db, limit=3)
    for n in range(5):
        history.record("w1", call(n=n))
        history.record("w2", call(n=n))
    assert [e.call.params["n"] for e in history.entries("w1")] == [4, 3, 2]
    assert history.count("w2") == 3
    history.trim(2)
    assert history.count("w1") == 2 and history.count("w2") == 2
    assert history.clear("w1") == 2
    assert history.entries("w1") == [] and history.count("w2") == 2


def test_secrets_in_parameters_are_masked_before_they_are_stored(paths: AppPaths) -> None:
    history = HistoryStore(paths.history_db)
    params = {
        "fields": {"COMMENTS": f"see https://x.bitrix24.com/rest/1/{SECRET}/ please", "TITLE": SECRET},
        SECRET: [f"prefix-{SECRET}-suffix", Secret(SECRET), 1, None, True],
    }
    history.record("w1", CallRecord(f"crm.{SECRET}", params, None, f"E{SECRET}", 1.0, T0), secrets=[Secret(SECRET)])
    for suffix in ("", "-wal", "-shm"):
        path = paths.history_db.with_name(paths.history_db.name + suffix)
        if path.exists():
            assert SECRET.encode() not in path.read_bytes()
    stored = history.entries("w1")[0].call
    assert SECRET not in repr(stored)
    assert stored.params["fields"]["TITLE"] == Secret(SECRET).masked() == "k3************y4"


def test_mask_value_leaves_short_values_and_other_types_alone() -> None:
    assert mask_value({"a": "abc", "b": 1.5, "c": [True]}, [Secret("abc")]) == {
        "a": "abc",
        "b": 1.5,
        "c": [True],
    }
    assert mask_value(T0, [Secret(SECRET)]) == str(T0)


def test_two_stores_on_one_file_share_the_history(paths: AppPaths) -> None:
    one, two = HistoryStore(paths.history_db), HistoryStore(paths.history_db)
    one.record("w1", call())
    two.record("w1", call(started=str(T0 + timedelta(seconds=1))))
    assert one.count("w1") == 2


def test_a_file_that_is_not_a_database_is_kept_aside_and_a_new_history_starts(paths: AppPaths) -> None:
    paths.history_db.parent.mkdir(parents=True, exist_ok=True)
    paths.history_db.write_bytes(b"not sqlite at all " * 500)
    history = HistoryStore(paths.history_db)
    history.record("w1", call("profile"))
    assert [e.call.method for e in history.entries("w1")] == ["profile"]
    backups = list(paths.history_db.parent.glob("*.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes().startswith(b"not sqlite")
    assert "was damaged" in history.recovered[0] and backups[0].name in history.recovered[0]


def test_a_database_with_damaged_pages_is_recovered_too(paths: AppPaths) -> None:
    history = HistoryStore(paths.history_db)
    for index in range(200):
        history.record("w1", call(note="x" * 200, index=index))
    data = bytearray(paths.history_db.read_bytes())
    data[4096:12288] = b"\xa5" * 8192  # damage pages of the table and its index
    paths.history_db.write_bytes(bytes(data))
    reopened = HistoryStore(paths.history_db)
    assert reopened.entries("w1") == []
    assert reopened.recovered and "was damaged" in reopened.recovered[0]


# -- history everywhere: answers kept, search, empty error codes, older databases -------------------------


def test_an_http_error_with_an_empty_code_is_an_error_in_history_and_statistics(paths: AppPaths) -> None:
    from b24desk.storage.statistics import webhook_statistics

    history = HistoryStore(paths.history_db)
    history.record("w1", CallRecord("crm.lead.add", {}, 400, "", 5.0, datetime.now(UTC)))
    history.record("w1", CallRecord("profile", {}, 200, "", 5.0, datetime.now(UTC)))
    entries = history.entries("w1")
    assert [e.call.error_code for e in entries] == ["ERROR", "HTTP_400"]
    assert all(e.call.failed for e in entries)
    assert webhook_statistics(history, "w1").totals.errors == 2


def test_answers_are_kept_masked_and_compressed_up_to_the_limit(paths: AppPaths) -> None:
    history = HistoryStore(paths.history_db, response_limit=10_000)
    answer = json.dumps({"result": [{"ID": str(n), "NOTE": f"x {SECRET}"} for n in range(150)]}).encode()
    assert len(answer) < 10_000
    small = history.record(
        "w1", CallRecord("crm.lead.list", {}, 200, None, 1.0, T0, "GET", True, answer), secrets=[Secret(SECRET)]
    )
    big = history.record(
        "w1", CallRecord("crm.lead.list", {}, 200, None, 1.0, T0, response=b"[" + b"1," * 6000 + b"1]")
    )
    none = history.record("w1", CallRecord("profile", {}, None, "NetworkError", 1.0, T0))
    kept = history.response(small)
    assert kept is not None and SECRET not in kept.decode() and json.loads(kept)["result"][149]["ID"] == "149"
    entry = history.entry(small)
    assert entry is not None and entry.response_kept and entry.response_size == len(answer)
    assert entry.request() == ApiRequest("crm.lead.list", {}, "GET", True)
    not_kept = history.entry(big)
    assert not_kept is not None and not not_kept.response_kept and not_kept.response_size == 12_003
    assert history.response(big) is None
    nothing = history.entry(none)
    assert nothing is not None and nothing.response_size is None
    with sqlite3.connect(paths.history_db) as db:
        stored = db.execute("SELECT length(response) FROM requests WHERE id = ?", (small,)).fetchone()[0]
    assert stored < len(answer) / 4  # compressed


def test_search_by_webhook_method_status_error_outcome_and_text(paths: AppPaths) -> None:
    from b24desk.storage.history_search import HistoryFilter, search_history

    history = HistoryStore(paths.history_db)
    history.record("sandbox", call("crm.lead.add", fields={"TITLE": "Acme 50%"}))
    history.record("sandbox", call("crm.lead.list", status=503, error="QUERY_LIMIT_EXCEEDED"))
    history.record("portal:https://x/rest/1", call("crm.deal.get", status=400, error="NOT_FOUND", id="7"))

    def methods(**conditions: object) -> list[str]:
        return [e.call.method for e in search_history(history, HistoryFilter(**conditions))]  # type: ignore[arg-type]

    assert methods() == ["crm.deal.get", "crm.lead.list", "crm.lead.add"]
    assert methods(webhook_id="sandbox") == ["crm.lead.list", "crm.lead.add"]
    assert methods(method="LEAD") == ["crm.lead.list", "crm.lead.add"]
    assert methods(http_status=400) == ["crm.deal.get"]
    assert methods(error_code="query_limit_exceeded") == ["crm.lead.list"]
    assert methods(failed=True) == ["crm.deal.get", "crm.lead.list"]
    assert methods(failed=False) == ["crm.lead.add"]
    assert methods(text="acme 50%") == ["crm.lead.add"]
    assert methods(text="50_") == []  # % and _ are searched as typed, not as wildcards
    assert methods(method="lead", failed=True, limit=1) == ["crm.lead.list"]


def test_a_version_1_database_is_upgraded_in_place(paths: AppPaths) -> None:
    paths.history_db.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(paths.history_db) as db:
        db.executescript(
            "CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, webhook_id TEXT NOT NULL,"
            " started_at REAL NOT NULL, method TEXT NOT NULL, params TEXT NOT NULL, http_status INTEGER,"
            " error_code TEXT, duration_ms REAL NOT NULL);"
            "INSERT INTO requests VALUES (1, 'w1', 1764590000, 'profile', '{}', 200, NULL, 3.0);"
            "PRAGMA user_version = 1;"
        )
    history = HistoryStore(paths.history_db)
    old = history.entries("w1")[0]
    assert old.call.method == "profile" and old.call.http_method == "POST" and old.response_size is None
    history.record("w1", call("crm.lead.get", id="1"))
    assert [e.call.method for e in history.entries("w1")] == ["crm.lead.get", "profile"]
