"""The portal's time zone: every date it answers carries its offset (+03:00 unless configured otherwise)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from b24desk.sandbox.clock import parse_offset
from tests.sandbox.rest_calls import get, post_json, result

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})$")


def _dates(value: object) -> list[str]:
    """Every ISO datetime string inside an answer."""
    if isinstance(value, dict):
        return [d for item in value.values() for d in _dates(item)]
    if isinstance(value, list):
        return [d for item in value for d in _dates(item)]
    return [value] if isinstance(value, str) and _DATE.match(value) else []


def test_every_date_is_in_the_default_portal_offset_not_utc(sandbox: SandboxPortal) -> None:
    lead = result(post_json(sandbox, "crm.lead.add", {"fields": {"TITLE": "tz"}}))
    task = result(post_json(sandbox, "tasks.task.add", {"fields": {"TITLE": "tz", "RESPONSIBLE_ID": 1}}))
    answers = [
        get(sandbox, "crm.lead.get", {"id": lead}).json(),
        get(sandbox, "crm.deal.list").json(),
        get(sandbox, "user.get").json(),
        get(sandbox, "server.time").json(),
        get(sandbox, "tasks.task.get", {"taskId": task["task"]["id"]}).json(),
    ]
    found = [d for answer in answers for d in _dates(answer)]
    assert len(found) > 100
    assert {_DATE.match(d).group(1) for d in found} == {"+03:00"}  # type: ignore[union-attr]


def test_a_configured_offset_is_used_and_filters_compare_moments() -> None:
    with run_in_thread(SandboxConfig(seed=20, rate=1000.0, burst=10_000, timezone="-05:30")) as portal:
        rows = result(get(portal, "crm.lead.list", {"select": ["ID", "DATE_CREATE"], "order": {"ID": "ASC"}}))
        assert rows[0]["DATE_CREATE"].endswith("-05:30")
        assert get(portal, "server.time").json()["time"]["date_start"].endswith("-05:30")
        # the same moment written in UTC finds the same rows as in the portal's offset
        moment = datetime.fromisoformat(rows[5]["DATE_CREATE"])
        utc_text = moment.astimezone(parse_offset("Z")).isoformat()
        local = result(get(portal, "crm.lead.list", {"filter": {">=DATE_CREATE": rows[5]["DATE_CREATE"]}}))
        in_utc = result(get(portal, "crm.lead.list", {"filter": {">=DATE_CREATE": utc_text}}))
        assert [r["ID"] for r in local] == [r["ID"] for r in in_utc] and len(local) == 15


@pytest.mark.parametrize("text", ["+25:00", "03:00", "Moscow", "+3:75"])
def test_offsets_that_are_not_offsets_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_offset(text)
