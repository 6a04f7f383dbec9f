"""crm.deal.productrows.* and crm.lead.productrows.*: rows replaced as a whole, prices and discounts.

Sources: api-reference/crm/deals/crm-deal-productrows-{get,set}.md, leads/crm-lead-productrows-{get,set}.md.
"""

from __future__ import annotations

import pytest

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_form, post_json, result


@pytest.mark.parametrize("entity", ["deal", "lead"])
def test_set_then_get(sandbox: SandboxPortal, entity: str) -> None:
    # the docs' example row: price 899.1 after a 10 % discount on 999
    rows = [
        {"PRODUCT_NAME": "Produkt Nr. 2", "PRICE": 899.1, "DISCOUNT_TYPE_ID": 2, "DISCOUNT_RATE": 10, "QUANTITY": 2},
        {"PRODUCT_NAME": "Товар №1", "PRICE": 100},
    ]
    assert result(post_json(sandbox, f"crm.{entity}.productrows.set", {"id": 1, "rows": rows})) is True
    got = result(get(sandbox, f"crm.{entity}.productrows.get", {"id": 1}))
    assert [row["PRODUCT_NAME"] for row in got] == ["Produkt Nr. 2", "Товар №1"]
    first = got[0]
    assert (first["PRICE_NETTO"], first["DISCOUNT_SUM"], first["OWNER_TYPE"]) == (999.0, 99.9, entity[0].upper())
    record = result(get(sandbox, f"crm.{entity}.get", {"id": 1}))
    if record.get("IS_MANUAL_OPPORTUNITY") != "Y":
        assert record["OPPORTUNITY"] == "1898.20"
    assert result(post_form(sandbox, f"crm.{entity}.productrows.set", {"id": 1, "rows": []})) is True


def test_documented_errors(sandbox: SandboxPortal) -> None:
    # crm-deal-productrows-get.md / -set.md
    bad = get(sandbox, "crm.deal.productrows.get", {"id": "x"})
    assert (bad.status_code, bad.json()) == (
        400,
        {"error": "", "error_description": "The parameter id is invalid or not defined."},
    )
    assert get(sandbox, "crm.deal.productrows.get", {"id": 999999}).json()["error_description"] == "Not found"
    no_sum = post_json(sandbox, "crm.deal.productrows.set", {"id": 1, "rows": [{"PRICE": 5, "DISCOUNT_TYPE_ID": 1}]})
    assert (no_sum.status_code, no_sum.json()["error"]) == (400, "ERROR_CORE")
