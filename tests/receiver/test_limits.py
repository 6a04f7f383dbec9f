"""The per-source rate cap, on a fake clock."""

from __future__ import annotations

from b24desk.receiver import SourceRateLimit


def test_the_rate_limit_refills_per_source() -> None:
    now = [0.0]
    limit = SourceRateLimit(2.0, clock=lambda: now[0])
    assert [limit.allow("a") for _ in range(3)] == [True, True, False]
    assert limit.allow("b")
    now[0] = 0.5
    assert limit.allow("a") and not limit.allow("a")
