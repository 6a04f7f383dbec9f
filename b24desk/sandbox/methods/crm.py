"""Classic CRM methods: crm.{lead,deal,contact,company}.{add,get,list,update,delete,fields}, crm.status.list.

Shapes and errors from api-reference/crm/leads/crm-lead-{add,get,list,update,delete,fields}.md (the
other entities follow the same pattern): `add` answers the new ID, `update`/`delete` answer `true`,
`list` a bare array with `total`/`next`; errors carry an empty `error` code and status 400. `select`
takes `*` (standard fields, no multiple ones) and `UF_*` (custom fields, no multiple ones), and
multifields (PHONE, EMAIL, ...) only by name (crm-lead-list.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult, page_links
from b24desk.sandbox.errors import RestError, core_error, crm_error
from b24desk.sandbox.filters import compile_filter, parse_order, run_query
from b24desk.sandbox.methods import crm_fields as cf
from b24desk.sandbox.methods.crm_values import MULTIFIELDS, check_currency, merge_multifield, wire_scalar
from b24desk.sandbox.methods.params import as_list, as_mapping, positive_id, start_param
from b24desk.sandbox.validation import ARRAY, CLASSIC_CRM, CRM_STATUS, INTEGER, OBJECT, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

# The documented parameters each action checks (crm-deal-list.md, crm-deal-add.md, crm-deal-update.md, ...).
ID_RULE = ParamRule("id", INTEGER, required=True)
LIST_RULES = (ParamRule("filter", OBJECT), ParamRule("order", OBJECT), ParamRule("select", ARRAY))
ADD_RULES = (ParamRule("fields", OBJECT, required=True), ParamRule("params", OBJECT))
UPDATE_RULES = (ID_RULE, *ADD_RULES)
ACTION_RULES: dict[str, tuple[ParamRule, ...]] = {
    "add": ADD_RULES,
    "get": (ID_RULE,),
    "list": LIST_RULES,
    "update": UPDATE_RULES,
    "delete": (ID_RULE,),
    "fields": (),
}


@dataclass(frozen=True)
class Entity:
    """A classic CRM entity: its name, fields, custom fields and defaults for new rows."""

    name: str
    specs: list[cf.FieldSpec]
    user_fields: list[dict[str, Any]]
    defaults: dict[str, Any]
    stage: tuple[str, str, str] | None = None  # (stage field, its semantic field, crm.status ENTITY_ID)
    missing_on_update: str = "Not found"  # crm-company-update.md: "Company is not found"
    missing_on_delete: str = "Not found"

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


# What a new record holds before its `fields` apply: the values the docs' answers show for a record
# created with few fields (crm-lead-get.md: NAME "", BIRTHDATE "", DATE_CLOSED "", "N" flags, "0.00").
_COMMUNICATION_DEFAULTS = {"HAS_PHONE": "N", "HAS_EMAIL": "N", "HAS_IMOL": "N"}
ENTITIES = {
    "lead": Entity(
        "lead",
        cf.LEAD_FIELDS,
        cf.LEAD_USER_FIELDS,
        {
            "STATUS_ID": "NEW",
            "SOURCE_ID": "OTHER",
            "CURRENCY_ID": "USD",
            "NAME": "",
            "BIRTHDATE": "",
            "DATE_CLOSED": "",
            "OPPORTUNITY": "0.00",
            "IS_MANUAL_OPPORTUNITY": "N",
            "IS_RETURN_CUSTOMER": "N",
            **_COMMUNICATION_DEFAULTS,
        },
        ("STATUS_ID", "STATUS_SEMANTIC_ID", "STATUS"),
    ),
    "deal": Entity(
        "deal",
        cf.DEAL_FIELDS,
        [],
        {
            "STAGE_ID": "NEW",
            "CATEGORY_ID": "0",
            "CURRENCY_ID": "USD",
            "CLOSED": "N",
            "OPPORTUNITY": "0.00",
            "IS_MANUAL_OPPORTUNITY": "N",
            "TAX_VALUE": "0.00",
            "IS_NEW": "Y",
            "IS_RECURRING": "N",
            "IS_RETURN_CUSTOMER": "N",
            "IS_REPEATED_APPROACH": "N",
            "PROBABILITY": None,
        },
        ("STAGE_ID", "STAGE_SEMANTIC_ID", "DEAL_STAGE"),
    ),
    "contact": Entity(
        "contact",
        cf.CONTACT_FIELDS,
        [],
        {"TYPE_ID": "CLIENT", "EXPORT": "Y", "NAME": "", "BIRTHDATE": "", **_COMMUNICATION_DEFAULTS},
        missing_on_update="Contact is not found",  # crm-contact-update.md
        missing_on_delete="Element not found",  # crm-contact-delete.md (code ERROR_CORE)
    ),
    "company": Entity(
        "company",
        cf.COMPANY_FIELDS,
        [],
        {
            "COMPANY_TYPE": "CUSTOMER",
            "CURRENCY_ID": "USD",
            "REVENUE": "0.00",
            "IS_MY_COMPANY": "N",
            "COMMENTS": "",
            **_COMMUNICATION_DEFAULTS,
        },
        missing_on_update="Company is not found",  # crm-company-update.md, crm-company-delete.md
        missing_on_delete="Company is not found",
    ),
}


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


def _wire(ctx: CallContext, entity: Entity, code: str, value: Any) -> Any:
    """A value as the portal stores and sends it (crm_values.py)."""
    ftype = entity.types.get(code, "string")
    is_uf = code.startswith("UF_")
    if code in entity.multiple and ftype != "crm_multifield":
        return [wire_scalar(ftype, item, is_uf, ctx.clock) for item in as_list(value)]
    return wire_scalar(ftype, value, is_uf, ctx.clock)


# A single link and the list it heads: a deal's CONTACT_ID is the first of CONTACT_IDS (crm-deal-add.md).
_LINK_PAIRS = (("CONTACT_ID", "CONTACT_IDS"), ("COMPANY_ID", "COMPANY_IDS"))


def _sync_links(entity: Entity, changes: dict[str, Any]) -> None:
    for single, several in _LINK_PAIRS:
        if single not in entity.types or several not in entity.types:
            continue
        if several in changes:
            changes[single] = changes[several][0] if changes[several] else None
        elif single in changes:
            changes[several] = [changes[single]] if changes[single] not in (None, "0") else []


def _stage_changes(ctx: CallContext, entity: Entity, row: dict[str, Any], changes: dict[str, Any]) -> None:
    """A new stage sets its semantics (P, S, F), who moved it and when; a final one closes the record."""
    if entity.stage is None:
        return
    stage_field, semantic_field, status_entity = entity.stage
    stage = changes.get(stage_field)
    if stage is None or (stage == row.get(stage_field) and row.get(semantic_field)):
        return
    statuses = ctx.store.table("status").rows.values()
    found = next((s for s in statuses if s["ENTITY_ID"] == status_entity and s["STATUS_ID"] == stage), None)
    semantic = (found or {}).get("SEMANTICS") or "P"
    stamp = ctx.now_iso()
    changes.update({semantic_field: semantic, "MOVED_BY_ID": str(ctx.webhook.user_id), "MOVED_TIME": stamp})
    if entity.name == "lead":
        changes["DATE_CLOSED"] = stamp if semantic in ("S", "F") else ""
    elif entity.name == "deal":
        changes["CLOSED"] = "Y" if semantic in ("S", "F") else "N"


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
            changes[code] = merge_multifield(ctx, entity.name, row.get(code) or [], value, code)
            if code in ("PHONE", "EMAIL"):
                changes[f"HAS_{code}"] = "Y" if changes[code] else "N"
        else:
            changes[code] = _wire(ctx, entity, code, value)
    if "CURRENCY_ID" in changes:
        check_currency(changes["CURRENCY_ID"])
    _sync_links(entity, changes)
    _stage_changes(ctx, entity, row, changes)
    stamp = ctx.now_iso()
    user = str(ctx.webhook.user_id)
    changes.update(DATE_MODIFY=stamp, MODIFY_BY_ID=user, LAST_ACTIVITY_TIME=stamp, LAST_ACTIVITY_BY=user)
    return changes


def _fields_param(ctx: CallContext) -> dict[str, Any]:
    return as_mapping(ctx.param("fields")) or {}  # its type is checked before the call (ADD_RULES)


def _not_found(description: str) -> RestError:
    return core_error(description) if description == "Element not found" else crm_error(description)


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
    stage_field = entity.stage[0] if entity.stage else None
    given = {**({stage_field: row[stage_field]} if stage_field else {}), **fields}
    row.update(_apply_fields(ctx, entity, {}, given))
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


def serve_list(entity: Entity, ctx: CallContext) -> MethodResult:
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
        raise _not_found(entity.missing_on_update)
    ctx.store.update(entity.name, row_id, _apply_fields(ctx, entity, row, _fields_param(ctx)))
    ctx.emit(f"ONCRM{entity.name.upper()}UPDATE", {"FIELDS": {"ID": str(row_id)}})
    return MethodResult(True)


def delete(entity: Entity, ctx: CallContext) -> MethodResult:
    """`crm.X.delete`: remove a row; answers `true`."""
    row_id = positive_id(ctx.param("id"), crm_error("ID is not defined or invalid."))
    if not ctx.store.delete(entity.name, row_id):
        raise _not_found(entity.missing_on_delete)
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


def _with_crm_rights(handler: Callable[[CallContext], MethodResult]) -> Callable[[CallContext], MethodResult]:
    """The method, refused with "Access denied." to a user without a CRM role (every crm-*.md error table)."""

    def checked(ctx: CallContext) -> MethodResult:
        user = ctx.store.get("user", ctx.webhook.user_id)
        if user is not None and user.get("CRM_ACCESS") == "N":
            raise crm_error("Access denied.")
        return handler(ctx)

    return checked


def register(registry: MethodRegistry) -> None:
    """Add the CRM methods."""
    for name, entity in ENTITIES.items():
        for action, handler in (
            ("add", add),
            ("get", get),
            ("list", serve_list),
            ("update", update),
            ("delete", delete),
            ("fields", fields),
        ):
            method = _with_crm_rights(partial(handler, entity))
            registry.add(f"crm.{name}.{action}", "crm", method, ACTION_RULES[action], CLASSIC_CRM)
    status_rules = (ParamRule("filter", OBJECT), ParamRule("order", OBJECT))
    registry.add("crm.status.list", "crm", _with_crm_rights(status_list), status_rules, CRM_STATUS)
