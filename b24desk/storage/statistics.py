"""Statistics per webhook over the last days, computed with SQL from the request history.

As the portal's Statistics tab shows them: requests per day, errors, total and average duration, and
the busiest methods. Days are calendar days in the given UTC offset (the local one by default); days
without calls are included with zeros, so a chart has one bar per day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite3 only where a history is read: `no_calls` is shown without it
    from b24desk.storage.history import HistoryStore

DAYS = 14
TOP_METHODS = 5


@dataclass(frozen=True, slots=True)
class Totals:
    """Counts and durations of a group of calls."""

    requests: int = 0
    errors: int = 0
    total_ms: float = 0.0

    @property
    def average_ms(self) -> float:
        """Mean duration per request (0 when there were none)."""
        return self.total_ms / self.requests if self.requests else 0.0


@dataclass(frozen=True, slots=True)
class DayStatistics:
    """One calendar day's totals."""

    day: date
    totals: Totals


@dataclass(frozen=True, slots=True)
class MethodStatistics:
    """One method's totals over the period."""

    method: str
    totals: Totals


@dataclass(frozen=True, slots=True)
class WebhookStatistics:
    """A webhook's statistics: per day (oldest first), busiest methods, and the period's totals."""

    days: list[DayStatistics]
    methods: list[MethodStatistics]
    totals: Totals


def _local_offset(now: datetime) -> timedelta:
    return now.astimezone().utcoffset() or timedelta(0)


def _first_day(now: datetime | None, utc_offset: timedelta | None, days: int) -> tuple[date, timedelta]:
    """The period's first local calendar day (`days` of them, today included) and the local offset."""
    now = now or datetime.now(UTC)
    offset = _local_offset(now) if utc_offset is None else utc_offset
    today = (now.astimezone(UTC) + offset).date()
    return today - timedelta(days=days - 1), offset


def no_calls(
    *, days: int = DAYS, now: datetime | None = None, utc_offset: timedelta | None = None
) -> WebhookStatistics:
    """The statistics of a webhook without calls (what `webhook_statistics` gives then), made without a history."""
    first, _ = _first_day(now, utc_offset, days)
    return WebhookStatistics(
        days=[DayStatistics(first + timedelta(days=n), Totals()) for n in range(days)], methods=[], totals=Totals()
    )


def webhook_statistics(
    history: HistoryStore,
    webhook_id: str,
    *,
    days: int = DAYS,
    top: int = TOP_METHODS,
    now: datetime | None = None,
    utc_offset: timedelta | None = None,
) -> WebhookStatistics:
    """Statistics of one webhook over the last `days` calendar days, today included."""
    from b24desk.storage.history_search import FAILED_SQL as _ERROR

    first, offset = _first_day(now, utc_offset, days)
    since = datetime(first.year, first.month, first.day, tzinfo=UTC).timestamp() - offset.total_seconds()
    shift = offset.total_seconds()
    where = "webhook_id = ? AND started_at >= ?"
    with history.connect() as db:
        per_day = db.execute(
            f"SELECT date(started_at + ?, 'unixepoch') AS day, count(*), sum({_ERROR}), sum(duration_ms)"
            f" FROM requests WHERE {where} GROUP BY day",
            (shift, webhook_id, since),
        ).fetchall()
        per_method = db.execute(
            f"SELECT method, count(*) AS n, sum({_ERROR}), sum(duration_ms) FROM requests WHERE {where}"
            " GROUP BY method ORDER BY n DESC, sum(duration_ms) DESC, method LIMIT ?",
            (webhook_id, since, top),
        ).fetchall()
        total = db.execute(
            f"SELECT count(*), coalesce(sum({_ERROR}), 0), coalesce(sum(duration_ms), 0) FROM requests WHERE {where}",
            (webhook_id, since),
        ).fetchone()
    by_day = {row[0]: Totals(row[1], row[2], row[3]) for row in per_day}
    return WebhookStatistics(
        days=[
            DayStatistics(day, by_day.get(day.isoformat(), Totals()))
            for day in (first + timedelta(days=n) for n in range(days))
        ],
        methods=[MethodStatistics(row[0], Totals(row[1], row[2], row[3])) for row in per_method],
        totals=Totals(total[0], total[1], total[2]),
    )
