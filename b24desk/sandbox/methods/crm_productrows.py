"""Product rows of deals and leads: crm.{deal,lead}.productrows.{get,set}.

Shapes and errors from api-reference/crm/deals/crm-deal-productrows-{get,set}.md and
leads/crm-lead-productrows-{get,set}.md: `set` replaces every row of the record and answers `true`, `get`
answers the rows (money as numbers, IDs as strings). Errors, status 400: "" "The parameter id is invalid
or not defined.", "" "Not found", "" "The parameter rows must be array", ERROR_CORE for the discount
rules. The record's amount follows its rows unless it is set by hand (IS_MANUAL_OPPORTUNITY = Y).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.errors import RestError, crm_error
from b24desk.sandbox.methods.crm_rights import with_crm_role
from b24desk.sandbox.methods.params import as_int, as_list, as_mapping
from b24desk.sandbox.validation import ARRAY, CLASSIC_CRM, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

OWNER_TYPES = {"deal": "D", "lead": "L"}
PERCENT, MONEY = 2, 1  # DISCOUNT_TYPE_ID values (crm-deal-productrows-set.md)


def _number(value: Any, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _owner(entity: str, ctx: CallContext) -> int:
    owner_id = as_int(ctx.param("id"))
    if owner_id is None or owner_id <= 0:
        raise crm_error("The parameter id is invalid or not defined.")
    if ctx.store.get(entity, owner_id) is None:
        raise crm_error("Not found")
    return owner_id


def _discount(given: dict[str, Any], exclusive: float) -> tuple[int, float, float, float]:
    """(type, rate, sum, price before discount) with the documented checks."""
    kind = as_int(given.get("DISCOUNT_TYPE_ID")) or PERCENT
    explicit = "DISCOUNT_TYPE_ID" in given
    if kind == MONEY:
        if "DISCOUNT_SUM" not in given:
            raise RestError(
                "ERROR_CORE",
                "Discount Sum (DISCOUNT_SUM) is required if Monetary Discount Type (DISCOUNT_TYPE_ID) is defined",
            )
        amount = _number(given["DISCOUNT_SUM"])
        netto = exclusive + amount
        return kind, round(amount / netto * 100, 2) if netto else 0.0, amount, netto
    if explicit and "DISCOUNT_RATE" not in given:
        raise RestError(
            "ERROR_CORE",
            "Discount Rate (DISCOUNT_RATE) is required if Percentage Discount Type (DISCOUNT_TYPE_ID) is defined",
        )
    rate = _number(given.get("DISCOUNT_RATE"))
    if rate >= 100:
        if "DISCOUNT_SUM" not in given:
            raise RestError(
                "ERROR_CORE",
                "Discount Sum (DISCOUNT_SUM) is required if Percentage Discount Type (DISCOUNT_TYPE_ID) is defined"
                " and Discount Rate (DISCOUNT_RATE) is 100%",
            )
        amount = _number(given["DISCOUNT_SUM"])
        return kind, rate, amount, exclusive + amount
    netto = exclusive / (1 - rate / 100)
    return kind, rate, round(netto - exclusive, 2), netto


def product_row(owner_type: str, owner_id: int, raw: Any, index: int) -> dict[str, Any]:
    """A product row from `rows[i]` of productrows.set: prices before and after discount and tax."""
    given = {str(k).upper(): v for k, v in (as_mapping(raw) or {}).items()}
    tax = given.get("TAX_RATE")
    tax_rate = _number(tax) if tax not in (None, "") else None
    price = _number(given.get("PRICE"))
    factor = 1 + (tax_rate or 0) / 100
    exclusive = _number(given["PRICE_EXCLUSIVE"]) if "PRICE_EXCLUSIVE" in given else price / factor
    kind, rate, amount, netto = _discount(given, exclusive)
    name = str(given.get("PRODUCT_NAME") or "")
    return {
        "OWNER_ID": str(owner_id),
        "OWNER_TYPE": owner_type,
        "PRODUCT_ID": as_int(given.get("PRODUCT_ID")) or 0,
        "PRODUCT_NAME": name,
        "ORIGINAL_PRODUCT_NAME": name,
        "PRODUCT_DESCRIPTION": given.get("PRODUCT_DESCRIPTION"),
        "PRICE": round(price, 2),
        "PRICE_EXCLUSIVE": round(exclusive, 2),
        "PRICE_NETTO": round(netto, 2),
        "PRICE_BRUTTO": round(netto * factor, 2),
        "PRICE_ACCOUNT": f"{price:.2f}",
        "QUANTITY": _number(given.get("QUANTITY"), 1.0),
        "DISCOUNT_TYPE_ID": kind,
        "DISCOUNT_RATE": rate,
        "DISCOUNT_SUM": amount,
        "TAX_RATE": tax_rate,
        "TAX_INCLUDED": "Y" if str(given.get("TAX_INCLUDED", "N")).upper() in ("Y", "1", "TRUE") else "N",
        "CUSTOMIZED": "Y",
        "MEASURE_CODE": as_int(given.get("MEASURE_CODE")) or 796,
        "MEASURE_NAME": str(given.get("MEASURE_NAME") or "pcs"),
        "SORT": as_int(given.get("SORT")) or 10 * (index + 1),
        "XML_ID": "",
        "TYPE": 1,
        "STORE_ID": None,
        "RESERVE_ID": None,
        "DATE_RESERVE_END": None,
        "RESERVE_QUANTITY": None,
    }


def _rows_of(ctx: CallContext, owner_type: str, owner_id: int) -> list[tuple[int, dict[str, Any]]]:
    table = ctx.store.table("product_row")
    return [
        (row_id, row)
        for row_id, row in table.rows.items()
        if row["OWNER_TYPE"] == owner_type and row["OWNER_ID"] == str(owner_id)
    ]


def get(entity: str, ctx: CallContext) -> MethodResult:
    """`crm.X.productrows.get`: the record's rows by SORT."""
    owner_id = _owner(entity, ctx)
    rows = [dict(row) for _, row in _rows_of(ctx, OWNER_TYPES[entity], owner_id)]
    return MethodResult(sorted(rows, key=lambda row: (row["SORT"], int(row["ID"]))))


def set_rows(entity: str, ctx: CallContext) -> MethodResult:
    """`crm.X.productrows.set`: replace the rows; the amount follows unless set by hand."""
    owner_id = _owner(entity, ctx)
    raw = ctx.param("rows")  # its type is checked by ROWS before the call
    owner_type = OWNER_TYPES[entity]
    new_rows = [product_row(owner_type, owner_id, item, i) for i, item in enumerate(as_list(raw))]
    for row_id, _ in _rows_of(ctx, owner_type, owner_id):
        ctx.store.delete("product_row", row_id)
    for row in new_rows:
        ctx.store.add("product_row", row)
    record = ctx.store.get(entity, owner_id) or {}
    if record.get("IS_MANUAL_OPPORTUNITY") != "Y" and new_rows:
        total = sum(row["PRICE"] * row["QUANTITY"] for row in new_rows)
        ctx.store.update(entity, owner_id, {"OPPORTUNITY": f"{total:.2f}"})
    return MethodResult(True)


def _denied() -> RestError:
    return crm_error("Access denied")  # crm-deal-productrows-get.md


# crm-lead-productrows-set.md: "The parameter rows must be array"
ROWS = (ParamRule("rows", ARRAY, wrong=lambda rule, value: crm_error("The parameter rows must be array")),)


def register(registry: MethodRegistry) -> None:
    """Add crm.deal.productrows.* and crm.lead.productrows.*."""
    for entity in OWNER_TYPES:
        registry.add(f"crm.{entity}.productrows.get", "crm", with_crm_role(partial(get, entity), _denied))
        guarded = with_crm_role(partial(set_rows, entity), _denied)
        registry.add(f"crm.{entity}.productrows.set", "crm", guarded, ROWS, CLASSIC_CRM)
