"""List methods: paging by 50 with `next`/`total`, `start=-1`, `filter` operators, `select` masks, `order`.

Sources: api-reference/crm/leads/crm-lead-list.md (operators, masks, page of 50),
settings/performance/huge-data.md (start=-1: `total` 0, no `next`; the `>ID` loop). The tests only
read, so they share one portal.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_json, result

JUNE = datetime(2025, 6, 1, tzinfo=UTC)


def _ids(rows: list[dict[str, Any]]) -> list[int]:
    return [int(row["ID"]) for row in rows]


def test_paging_with_start_walks_every_row_once(reading_sandbox: SandboxPortal) -> None:
    seen: list[int] = []
    start: int | None = 0
    pages = 0
    while start is not None:
        body = post_json(reading_sandbox, "crm.lead.list", {"select": ["ID"], "start": start}).json()
        assert body["total"] == 120
        seen += _ids(body["result"])
        start = body.get("next")
        pages += 1
    assert pages == 3 and seen == list(range(1, 121))


def test_start_minus_one_skips_the_count(reading_sandbox: SandboxPortal) -> None:
    body = post_json(reading_sandbox, "crm.lead.list", {"select": ["ID"], "start": -1}).json()
    assert body["total"] == 0 and "next" not in body
    assert _ids(body["result"]) == list(range(1, 51))


def test_fast_id_loop_of_huge_data_md(reading_sandbox: SandboxPortal) -> None:
    last, seen = 0, []
    while True:
        params = {"order": {"ID": "ASC"}, "filter": {">ID": last}, "select": ["ID"], "start": -1}
        rows = result(post_json(reading_sandbox, "crm.lead.list", params))
        seen += _ids(rows)
        if len(rows) < 50:
            break
        last = int(rows[-1]["ID"])
    assert seen == list(range(1, 121))


@pytest.mark.parametrize(
    ("flt", "check"),
    [
        ({"STATUS_ID": "NEW"}, lambda r: r["STATUS_ID"] == "NEW"),
        ({"=STATUS_ID": "NEW"}, lambda r: r["STATUS_ID"] == "NEW"),
        ({"!STATUS_ID": "NEW"}, lambda r: r["STATUS_ID"] != "NEW"),
        ({"!=STATUS_ID": "NEW"}, lambda r: r["STATUS_ID"] != "NEW"),
        ({"STATUS_ID": ["NEW", "JUNK"]}, lambda r: r["STATUS_ID"] in ("NEW", "JUNK")),
        ({"@STATUS_ID": ["NEW", "JUNK"]}, lambda r: r["STATUS_ID"] in ("NEW", "JUNK")),
        ({"!@STATUS_ID": ["NEW", "JUNK"]}, lambda r: r["STATUS_ID"] not in ("NEW", "JUNK")),
        ({">OPPORTUNITY": 50000}, lambda r: float(r["OPPORTUNITY"]) > 50000),
        ({">=OPPORTUNITY": 50000}, lambda r: float(r["OPPORTUNITY"]) >= 50000),
        ({"<OPPORTUNITY": 20000}, lambda r: float(r["OPPORTUNITY"]) < 20000),
        ({"<=OPPORTUNITY": 20000}, lambda r: float(r["OPPORTUNITY"]) <= 20000),
        ({"%TITLE": "сайт"}, lambda r: "сайт" in r["TITLE"].lower()),
        ({"!%TITLE": "site"}, lambda r: "site" not in r["TITLE"].lower()),
        ({"=%TITLE": "Demo%"}, lambda r: r["TITLE"].startswith("Demo")),
        ({"%=TITLE": "%#7"}, lambda r: r["TITLE"].endswith("#7")),
        ({">ID": 10, "<=ID": 20}, lambda r: 10 < int(r["ID"]) <= 20),
        # dates compare as moments: a filter in UTC against rows in the portal's offset
        ({">DATE_CREATE": "2025-06-01T00:00:00+00:00"}, lambda r: datetime.fromisoformat(r["DATE_CREATE"]) > JUNE),
    ],
)
def test_filter_operators(reading_sandbox: SandboxPortal, flt: dict[str, Any], check: Any) -> None:
    select = ["ID", "TITLE", "STATUS_ID", "OPPORTUNITY", "DATE_CREATE"]
    everything = result(
        post_json(reading_sandbox, "crm.lead.list", {"select": select, "start": -1, "filter": {"<ID": 51}})
    )
    expected = [int(row["ID"]) for row in everything if check(row)]
    body = post_json(reading_sandbox, "crm.lead.list", {"select": select, "filter": {**flt, "<ID": 51}}).json()
    assert _ids(body["result"]) == expected
    assert body["total"] == len(expected)
    assert 0 < len(expected) < 50  # the case selects something and filters something out


def test_select_masks(reading_sandbox: SandboxPortal) -> None:
    star = result(get(reading_sandbox, "crm.lead.list", {"select": ["*"], "filter": {"ID": 1}}))[0]
    assert "TITLE" in star and "PHONE" not in star and not any(key.startswith("UF_") for key in star)
    custom = result(get(reading_sandbox, "crm.lead.list", {"select": ["UF_*"], "filter": {"ID": 1}}))[0]
    assert set(custom) == {
        "ID",
        "UF_CRM_1731000001",
        "UF_CRM_1731000002",
        "UF_CRM_1731000003",
        "UF_CRM_1731000004",
        "UF_CRM_1731000005",
    }
    assert isinstance(custom["UF_CRM_1731000004"], bool)
    named = result(get(reading_sandbox, "crm.lead.list", {"select": ["TITLE", "PHONE"], "filter": {"ID": 1}}))[0]
    assert set(named) == {"ID", "TITLE", "PHONE"}
    assert named["PHONE"][0]["TYPE_ID"] == "PHONE" and set(named["PHONE"][0]) == {
        "ID",
        "VALUE_TYPE",
        "VALUE",
        "TYPE_ID",
    }


def test_order_by_a_field_then_paging(reading_sandbox: SandboxPortal) -> None:
    params: dict[str, Any] = {"select": ["ID", "OPPORTUNITY"], "order": {"OPPORTUNITY": "DESC", "ID": "ASC"}}
    first = post_json(reading_sandbox, "crm.lead.list", params).json()
    second = post_json(reading_sandbox, "crm.lead.list", {**params, "start": first["next"]}).json()
    values = [float(row["OPPORTUNITY"]) for row in first["result"] + second["result"]]
    assert values == sorted(values, reverse=True)


def test_other_lists_page_the_same_way(reading_sandbox: SandboxPortal) -> None:
    tasks = post_json(reading_sandbox, "tasks.task.list", {"select": ["ID", "TITLE"]}).json()
    assert list(tasks["result"]) == ["tasks"] and tasks["total"] == 60 and tasks["next"] == 50
    assert [int(t["id"]) for t in tasks["result"]["tasks"]][:2] == [60, 59]  # ID descending by default
    deals = post_json(reading_sandbox, "crm.deal.list", {"filter": {"CLOSED": "Y"}, "select": ["CLOSED"]}).json()
    assert deals["total"] > 0 and all(row["CLOSED"] == "Y" for row in deals["result"])
    users = post_json(reading_sandbox, "user.get", {"FILTER": {"UF_DEPARTMENT": 2}}).json()
    assert users["total"] >= 1 and all(2 in row["UF_DEPARTMENT"] for row in users["result"])
    assert "next" not in users
