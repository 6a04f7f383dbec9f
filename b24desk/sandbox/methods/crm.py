"""Classic CRM methods: crm.{lead,deal,contact,company}.{add,get,list,update,delete,fields}, crm.status.list.

Shapes and errors from api-reference/crm/leads/crm-lead-{add,get,list,update,delete,fields}.md (the
other entities follow the same pattern): `add` answers the new ID, `update`/`delete` answer `true`,
`list` a bare array with `total`/`next`; errors carry an empty `error` code and status 400. `select`
takes `*` (standard fields, no multiple ones) and `UF_*` (custom fields, no multiple ones), and
multifields (PHONE, EMAIL, ...) only by name (crm-lead-list.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult, page_links
from b24desk.sandbox.errors import crm_error
from b24desk.sandbox.filters import compile_filter, parse_order, run_query
from b24desk.sandbox.methods import crm_fields as cf
from b24desk.sandbox.methods.params import as_list, as_mapping, positive_id, start_param

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

MULTIFIELDS = ("PHONE", "EMAIL", "WEB", "IM")
_NUMERIC_ID_TYPES = ("integer", "user", "crm_company", "crm_contact", "crm_lead", "crm_category")


@dataclass(frozen=True)
class Entity:
    """A classic CRM entity: its name, fields, custom fields and defaults for new rows."""

    name: str
    specs: list[cf.FieldSpec]
    user_fields: list[dict[str, Any]]
    defaults: dict[str, Any]

    @cached_property
    def types(self) -> dict[str, str]:
        """Field code -> type."""
        return cf.field_types(self.specs, self.user_fields)

    @cached_property
    def multiple(self) -> set[str]:
        """Codes of fields that hold several values."""
        found = {spec[0] for spec in self.specs if "M" in spec[3]}
        return found | {uf["code"] for uf in self.user_fields if uf.get("multiple")}

    def titles(self) -> dict[str, str]:
        """Field code -> title."""
        return {spec[0]: spec[2] for spec in self.specs}


ENTITIES = {
    "lead": Entity(
        "lead",
        cf.LEAD_FIELDS,
        cf.LEAD_USER_FIELDS,
        {"STATUS_ID": "NEW", "SOURCE_ID": "OTHER", "CURRENCY_ID": "USD"},
    ),
    "deal": Entity(
        "deal",
        cf.DEAL_FIELDS,
        [],
        {"STAGE_ID": "NEW", "CATEGORY_ID": "0", "CURRENCY_ID": "USD", "CLOSED": "N"},
    ),
    "contact": Entity("contact", cf.CONTACT_FIELDS, [], {"TYPE_ID": "CLIENT", "EXPORT": "Y"}),
    "company": Entity("company", cf.COMPANY_FIELDS, [], {"COMPANY_TYPE": "CUSTOMER", "CURRENCY_ID": "USD"}),
}


def _bad_id() -> Exception:
    return crm_error("ID is not defined or invalid.")


def select_columns(entity: Entity, raw: Any) -> list[str]:
    """The columns a `select` asks for, in the entity's field order; ID always comes first."""
    wanted = [str(item).upper() for item in as_list(raw)]
    multiple = entity.multiple
    standard = [spec[0] for spec in entity.specs]
    custom = [uf["code"] for uf in entity.user_fields]
    chosen: dict[str, None] = {"ID": None}
    if not wanted or "*" in wanted:
        chosen.update((code, None) for code in standard if code not in multiple)
    if "UF_*" in wanted:
        chosen.update((code, None) for code in custom if code not in multiple)
    known = set(standard) | set(custom)
    chosen.update((code, None) for code in wanted if code in known)
    order = {code: i for i, code in enumerate(standard + custom)}
    return sorted(chosen, key=lambda code: order.get(code, -1))


def _project(row: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    out = {}
    for code in columns:
        value = row.get(code)
        if value is None and code in MULTIFIELDS:
            continue
        out[code] = value
    return out


def _wire(entity: Entity, code: str, value: Any) -> Any:
    """A value as the portal stores and sends it (IDs and money as strings, UF booleans as bool)."""
    ftype = entity.types.get(code, "string")
    is_uf = code.startswith("UF_")
    if code in entity.multiple and ftype != "crm_multifield":
        return [_wire_scalar(ftype, item, is_uf) for item in as_list(value)]
    return _wire_scalar(ftype, value, is_uf)


def _wire_scalar(ftype: str, value: Any, is_uf: bool) -> Any:
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
    if ftype in _NUMERIC_ID_TYPES:
        text = str(value).strip()
        return text if text.lstrip("-").isdigit() else "0"
    if isinstance(value, bool):
        return "Y" if value else "N"
    return str(value)


def _merge_multifield(ctx: CallContext, current: list[dict[str, Any]], given: Any, type_id: str) -> list[Any]:
    """Apply multifield input: items with an ID change (or delete, when VALUE is empty), others are added."""
    items = [dict(item) for item in current]
    for raw in as_list(given):
        entry = as_mapping(raw) or {"VALUE": raw}
        entry_id = str(entry.get("ID") or "")
        value = str(entry.get("VALUE") or "")
        existing = next((item for item in items if item["ID"] == entry_id), None) if entry_id else None
        if existing is not None:
            if value:
                existing.update(VALUE=value, VALUE_TYPE=str(entry.get("VALUE_TYPE") or existing["VALUE_TYPE"]))
            else:
                items.remove(existing)
        elif value:
            value_type = str(entry.get("VALUE_TYPE") or "WORK")
            item_id = str(ctx.store.next_in_sequence("multifield"))
            items.append({"ID": item_id, "VALUE_TYPE": value_type, "VALUE": value, "TYPE_ID": type_id})
    return items


def _apply_fields(ctx: CallContext, entity: Entity, row: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """The changes `fields` makes to a row (read-only and unknown fields are ignored, as the portal does)."""
    types = entity.types
    read_only = {spec[0] for spec in entity.specs if "R" in spec[3]}
    changes: dict[str, Any] = {}
    for key, value in given.items():
        code = key.upper()
        if code not in types or code in read_only:
            continue
        if code in MULTIFIELDS:
            changes[code] = _merge_multifield(ctx, row.get(code) or [], value, code)
            changes[f"HAS_{code}"] = "Y" if changes[code] else "N"
        else:
            changes[code] = _wire(entity, code, value)
    stamp = ctx.now_iso()
    changes.update(DATE_MODIFY=stamp, MODIFY_BY_ID=str(ctx.webhook.user_id))
    return changes


def _fields_param(ctx: CallContext) -> dict[str, Any]:
    fields = as_mapping(ctx.param("fields"))
    if fields is None:
        raise crm_error("Parameter 'fields' must be array.")
    return fields


def add(entity: Entity, ctx: CallContext) -> MethodResult:
    """`crm.X.add`: create a row from `fields`; the answer is its ID."""
    fields = _fields_param(ctx)
    user = str(ctx.webhook.user_id)
    stamp = ctx.now_iso()
    row: dict[str, Any] = {
        **entity.defaults,
        "ASSIGNED_BY_ID": user,
        "CREATED_BY_ID": user,
        "DATE_CREATE": stamp,
        "OPENED": "Y",
    }
    if entity.name in ("lead", "contact", "company"):
        row.update(HAS_PHONE="N", HAS_EMAIL="N", HAS_IMOL="N")
    row.update(_apply_fields(ctx, entity, row, fields))
    for code, _, title, flags, _ in entity.specs:
        if "Q" in flags and not row.get(code):
            raise crm_error(f'Required fields are not filled: "{title}".')
    row_id = ctx.store.add(entity.name, row)
    ctx.emit(f"ONCRM{entity.name.upper()}ADD", {"FIELDS": {"ID": str(row_id)}})
    return MethodResult(row_id)


def get(entity: Entity, ctx: CallContext) -> MethodResult:
    """`crm.X.get`: one row with every field (custom and multiple ones included)."""
    row_id = positive_id(ctx.param("id"), crm_error("ID is not defined or invalid."))
    row = ctx.store.get(entity.name, row_id)
    if row is None:
        raise crm_error("Not found")
    columns = select_columns(entity, ["*", "UF_*", *MULTIFIELDS, *entity.multiple])
    return MethodResult(_project(row, columns))


def list_rows(entity: Entity, ctx: CallContext) -> MethodResult:
    """`crm.X.list`: a page of 50 rows by `filter`, `order` and `select`; `start=-1` skips the count."""
    table = ctx.store.table(entity.name)
    start = start_param(ctx.param("start"))
    flt = compile_filter(as_mapping(ctx.param("filter")))
    order = parse_order(as_mapping(ctx.param("order")))
    page = run_query(table.ids, table.rows, flt, order, start, entity.types)
    columns = select_columns(entity, ctx.param("select"))
    total, following = page_links(start, page.total or 0, len(page.rows))
    return MethodResult([_project(row, columns) for row in page.rows], total, following)


def update(entity: Entity, ctx: CallContext) -> MethodResult:
    """`crm.X.update`: change fields of a row; answers `true`."""
    row_id = positive_id(ctx.param("id"), crm_error("ID is not defined or invalid."))
    row = ctx.store.get(entity.name, row_id)
    if row is None:
        raise crm_error("Not found")
    ctx.store.update(entity.name, row_id, _apply_fields(ctx, entity, row, _fields_param(ctx)))
    ctx.emit(f"ONCRM{entity.name.upper()}UPDATE", {"FIELDS": {"ID": str(row_id)}})
    return MethodResult(True)


def delete(entity: Entity, ctx: CallContext) -> MethodResult:
    """`crm.X.delete`: remove a row; answers `true`."""
    row_id = positive_id(ctx.param("id"), crm_error("ID is not defined or invalid."))
    if not ctx.store.delete(entity.name, row_id):
        raise crm_error("Not found")
    ctx.emit(f"ONCRM{entity.name.upper()}DELETE", {"FIELDS": {"ID": str(row_id)}})
    return MethodResult(True)


def fields(entity: Entity, ctx: CallContext) -> MethodResult:
    """`crm.X.fields`: the field descriptions."""
    return MethodResult(cf.describe_fields(entity.specs, entity.user_fields))


STATUS_TYPES = {"ID": "integer", "SORT": "integer"}


def status_list(ctx: CallContext) -> MethodResult:
    """`crm.status.list`: reference lists (stages, sources, ...) by `filter` and `order`."""
    table = ctx.store.table("status")
    start = start_param(ctx.param("start"))
    order = parse_order(as_mapping(ctx.param("order")), default=(("SORT", False),))
    page = run_query(table.ids, table.rows, compile_filter(as_mapping(ctx.param("filter"))), order, start, STATUS_TYPES)
    total, following = page_links(start, page.total or 0, len(page.rows))
    return MethodResult([dict(row) for row in page.rows], total, following)


def register(registry: MethodRegistry) -> None:
    """Add the CRM methods."""
    for name, entity in ENTITIES.items():
        for action, handler in (
            ("add", add),
            ("get", get),
            ("list", list_rows),
            ("update", update),
            ("delete", delete),
            ("fields", fields),
        ):
            registry.add(f"crm.{name}.{action}", "crm", partial(handler, entity))
    registry.add("crm.status.list", "crm", status_list)
