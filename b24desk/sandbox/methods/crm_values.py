"""Values of classic CRM fields as the portal stores and sends them, and the checks it makes on them.

IDs and money travel as strings (`"0.00"`), custom booleans as JSON booleans, dates as ISO-8601 in the
portal's offset (dates.py). Multifields (PHONE, EMAIL,
...) are lists of `{ID, VALUE_TYPE, VALUE, TYPE_ID}`; an e-mail that is not an address and a currency
the portal does not know are refused with the messages of crm-company-add.md, crm-contact-add.md and
crm-deal-add.md.
"""

from __future__ import annotations

import re
from typing import Any

from b24desk.sandbox.clock import PortalClock
from b24desk.sandbox.context import CallContext
from b24desk.sandbox.dates import wire_date
from b24desk.sandbox.errors import RestError, core_error, crm_error
from b24desk.sandbox.methods.params import as_list, as_mapping

NUMERIC_ID_TYPES = ("integer", "user", "crm_company", "crm_contact", "crm_lead", "crm_category", "crm_quote")
MULTIFIELDS = ("PHONE", "EMAIL", "WEB", "IM", "LINK")
# The currencies a fresh portal has (crm.currency.list of a new cloud portal), and those of the demo data.
CURRENCIES = frozenset({"USD", "EUR", "RUB", "BRL", "UAH", "KZT", "BYN", "GBP", "PLN", "CNY", "JPY", "INR", "TRY"})
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_VALUE_TYPE_TITLES = {"WORK": "Work", "HOME": "Home", "MAILING": "Newsletter", "OTHER": "Other"}


def wire_scalar(ftype: str, value: Any, is_uf: bool, clock: PortalClock) -> Any:
    """One value as stored and sent for a field type."""
    if value is None:
        return None
    if ftype == "boolean":
        return str(value).strip().lower() in ("1", "y", "true") if not isinstance(value, bool) else value
    if ftype == "double":
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None
        return number if is_uf else f"{number:.2f}"
    if ftype in ("date", "datetime") and not is_uf:
        return wire_date(value, ftype, clock)
    if ftype in NUMERIC_ID_TYPES:
        text = str(value).strip()
        return text if text.lstrip("-").isdigit() else "0"
    if isinstance(value, bool):
        return "Y" if value else "N"
    return str(value)


def check_currency(code: Any) -> None:
    """Refuse a currency the portal does not have (crm-deal-add.md)."""
    if code not in (None, "") and str(code).upper() not in CURRENCIES:
        raise crm_error('Invalid value for the "Currency" field')


def _invalid_address(entity: str, value_type: str) -> RestError:
    """crm-company-add.md and crm-contact-add.md word it differently; both are ERROR_CORE."""
    if entity == "company":
        return core_error("The E-mail field contains an invalid address")
    title = _VALUE_TYPE_TITLES.get(value_type, value_type.capitalize())
    return core_error(f"The field {title} e-mail contains an invalid address")


def merge_multifield(
    ctx: CallContext, entity: str, current: list[dict[str, Any]], given: Any, type_id: str
) -> list[dict[str, Any]]:
    """Apply multifield input: items with an ID change (or delete, when VALUE is empty), others are added."""
    items = [dict(item) for item in current]
    for raw in as_list(given):
        entry = as_mapping(raw) or {"VALUE": raw}
        entry_id = str(entry.get("ID") or "")
        value = str(entry.get("VALUE") or "")
        value_type = str(entry.get("VALUE_TYPE") or "WORK")
        if type_id == "EMAIL" and value and not _ADDRESS.match(value):
            raise _invalid_address(entity, value_type)
        existing = next((item for item in items if item["ID"] == entry_id), None) if entry_id else None
        if existing is not None:
            if value:
                existing.update(VALUE=value, VALUE_TYPE=str(entry.get("VALUE_TYPE") or existing["VALUE_TYPE"]))
            else:
                items.remove(existing)
        elif value:
            item_id = str(ctx.store.next_in_sequence("multifield"))
            items.append({"ID": item_id, "VALUE_TYPE": value_type, "VALUE": value, "TYPE_ID": type_id})
    return items
