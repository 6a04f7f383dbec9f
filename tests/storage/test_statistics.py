"""Statistics over the last 14 days, per day and per method, as the portal's Statistics tab."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from b24desk.storage.history import CallRecord, HistoryStore
from b24desk.storage.paths import AppPaths
from b24desk.storage.statistics import no_calls, webhook_statistics

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def add(
    history: HistoryStore,
    method: str,
    when: datetime,
    ms: float,
    status: int | None = 200,
    error: str | None = None,
) -> None:
    history.record("w1", CallRecord(method, {}, status, error, ms, when))


def test_days_errors_durations_and_busiest_methods(paths: AppPaths) -> None:
    history = HistoryStore(paths.history_db)
    add(history, "crm.lead.list", NOW - timedelta(hours=1), 100)
    add(history, "crm.lead.list", NOW - timedelta(hours=2), 300, 400, "ERROR_CORE")
    add(history, "profile", NOW - timedelta(days=1), 50)
    add(history, "profile", NOW - timedelta(days=13), 10, None, "NETWORK")  # oldest day in the window
    add(history, "crm.lead.list", NOW - timedelta(days=14), 1000)  # outside the window
    history.record("w2", CallRecord("profile", {}, 200, None, 5, NOW))  # another webhook
    stats = webhook_statistics(history, "w1", now=NOW, utc_offset=timedelta(0))
    assert len(stats.days) == 14
    assert stats.days[0].day == date(2026, 11, 12) and stats.days[-1].day == date(2026, 11, 25)
    today = stats.days[-1].totals
    assert (today.requests, today.errors, today.total_ms, today.average_ms) == (2, 1, 400, 200)
    assert stats.days[-2].totals.requests == 1
    assert stats.days[0].totals.errors == 1
    assert sum(day.totals.requests for day in stats.days) == 4
    assert (stats.totals.requests, stats.totals.errors, stats.totals.total_ms) == (4, 2, 460)
    assert [(m.method, m.totals.requests, m.totals.errors) for m in stats.methods] == [
        ("crm.lead.list", 2, 1),
        ("profile", 2, 1),
    ]


def test_days_follow_the_given_utc_offset(paths: AppPaths) -> None:
    history = HistoryStore(paths.history_db)
    add(history, "profile", datetime(2026, 11, 24, 23, 30, tzinfo=UTC), 1)
    utc = webhook_statistics(history, "w1", now=NOW, utc_offset=timedelta(0))
    moscow = webhook_statistics(history, "w1", now=NOW, utc_offset=timedelta(hours=3))
    assert utc.days[-2].totals.requests == 1  # the 24th in UTC
    assert moscow.days[-1].totals.requests == 1  # already the 25th at UTC+3


def test_empty_history_gives_zeros(paths: AppPaths) -> None:
    stats = webhook_statistics(HistoryStore(paths.history_db), "nobody", days=7, now=NOW)
    assert len(stats.days) == 7 and stats.methods == []
    assert stats.totals.requests == 0 and stats.totals.average_ms == 0


def test_no_calls_is_what_an_empty_history_gives(paths: AppPaths) -> None:
    for offset in (timedelta(0), timedelta(hours=-5), timedelta(hours=11)):
        read = webhook_statistics(HistoryStore(paths.history_db), "nobody", now=NOW, utc_offset=offset)
        assert no_calls(now=NOW, utc_offset=offset) == read
