"""The universal CRM methods: crm.item.{add,get,list,update,delete,fields}, crm.type.{list,get,getByEntityTypeId}.

Shapes and errors from api-reference/crm/universal/crm-item-*.md and user-defined-object-types/
crm-type-{list,get,get-by-entity-type-id}.md: `add`/`get`/`update` answer `{"item": {...}}`, `list`
answers `{"items": [...]}` with `total`/`next`, `delete` answers `[]`, `fields` answers `{"fields":
{...}}` with `upperName`. An unknown entityTypeId is 400 NOT_FOUND "Smart process not found", a missing
item 400 NOT_FOUND "Item not found", a bad filter or order key 400 INVALID_ARG_VALUE. Writes go through
the classic methods (crm.lead.add ...), so both families see one record and fire the same events.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult, page_links
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.filters import OPERATORS, compile_filter, run_query
from b24desk.sandbox.methods import crm
from b24desk.sandbox.methods import crm_fields as cf
from b24desk.sandbox.methods.crm_item_types import ITEM_TYPES, SPA_ENTITY_TYPE_ID, ItemType, spa_type_record
from b24desk.sandbox.methods.crm_rights import with_crm_role
from b24desk.sandbox.methods.crm_values import MULTIFIELDS
from b24desk.sandbox.methods.listing import LISTING_RULES
from b24desk.sandbox.methods.params import as_int, as_list, as_mapping, start_param
from b24desk.sandbox.validation import OBJECT, ErrorStyle, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

_NUMBER_TYPES = frozenset({"integer", "double", "user", "crm_company", "crm_contact", "crm_lead", "crm_category"})


def _not_found(description: str) -> RestError:
    return RestError("NOT_FOUND", description, 400)


def _invalid_arg(description: str) -> RestError:
    return RestError("INVALID_ARG_VALUE", description, 400)


def item_type(ctx: CallContext) -> ItemType:
    """The type `entityTypeId` names (crm-item-add.md: NOT_FOUND "Smart process not found")."""
    found = ITEM_TYPES.get(as_int(ctx.param("entityTypeId")) or 0)
    if found is None:
        raise _not_found("Smart process not found")
    return found


def _item_id(ctx: CallContext, kind: ItemType) -> int:
    item_id = as_int(ctx.param("id"))
    if item_id is None or item_id <= 0 or ctx.store.get(kind.entity.name, item_id) is None:
        raise _not_found("Item not found")
    return item_id


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float) or value is None or value == "":
        return True
    try:
        float(str(value))
    except ValueError:
        return False
    return True


def _classic_fields(kind: ItemType, given: dict[str, Any]) -> dict[str, Any]:
    """crm.item `fields` as the classic methods take them; unknown names are ignored (crm-item-add.md)."""
    types = kind.entity.types
    fields: dict[str, Any] = {}
    for name, value in given.items():
        if name == "fm":
            for entry in as_list(value):
                mapping = as_mapping(entry) or {}
                kind_id = str(mapping.get("typeId") or "").upper()
                if kind_id in MULTIFIELDS:
                    fields.setdefault(kind_id, []).append(
                        {
                            "ID": mapping.get("id") or "",
                            "VALUE": mapping.get("value") or "",
                            "VALUE_TYPE": mapping.get("valueType") or "WORK",
                        }
                    )
            continue
        code = kind.code_of(name)
        if code is None:
            continue
        if code in kind.entity.multiple:
            if not isinstance(value, list | dict) and value not in ("", None):
                got = type(value).__name__
                raise RestError("100", f"Expected iterable value for multiple field, but got {got} instead")
            fields[code] = as_list(value)
            continue
        if types.get(code) in _NUMBER_TYPES and not _is_number(value):
            raise RestError("CRM_FIELD_ERROR_VALUE_NOT_VALID", f'Invalid value for field "{kind.names[code]}"')
        fields[code] = value
    return fields


def _given_fields(ctx: CallContext, kind: ItemType) -> dict[str, Any]:
    given = as_mapping(ctx.param("fields"))
    if given is None:
        raise _invalid_arg("Parameter 'fields' must be array.")
    return _classic_fields(kind, given)


def _answer(ctx: CallContext, kind: ItemType, item_id: int) -> MethodResult:
    row = ctx.store.get(kind.entity.name, item_id) or {}
    item = kind.to_item(row)
    if ctx.param("useOriginalUfNames") is not None and str(ctx.param("useOriginalUfNames")).upper() == "Y":
        item = {(kind.code_of(key) if key.startswith("ufCrm") else None) or key: value for key, value in item.items()}
    return MethodResult({"item": item})


def add(ctx: CallContext) -> MethodResult:
    """`crm.item.add`: create through the classic add (defaults, required fields, events); answers the item."""
    kind = item_type(ctx)
    fields = _given_fields(ctx, kind)
    if not fields.get("TITLE") and "TITLE" in kind.entity.types:
        next_id = ctx.store.table(kind.entity.name).last_id + 1
        fields["TITLE"] = f"{kind.title} #{next_id}"  # crm-item-add.md: `{entityTypeName} #{id}`
    created = crm.add(kind.entity, replace(ctx, params={"fields": fields}, emit=_emitter(ctx, kind)))
    return _answer(ctx, kind, int(created.result))


def _emitter(ctx: CallContext, kind: ItemType) -> Any:
    """The event outlet; SPA events also carry ENTITY_TYPE_ID (events on-crm-dynamic-item-add.md)."""
    if kind.entity_type_id != SPA_ENTITY_TYPE_ID:
        return ctx.emit

    def emit(event: str, data: dict[str, Any]) -> None:
        ctx.emit(event, {"FIELDS": {**data["FIELDS"], "ENTITY_TYPE_ID": str(kind.entity_type_id)}})

    return emit


def get(ctx: CallContext) -> MethodResult:
    """`crm.item.get`: one item with every field."""
    kind = item_type(ctx)
    return _answer(ctx, kind, _item_id(ctx, kind))


def update(ctx: CallContext) -> MethodResult:
    """`crm.item.update`: change fields; answers the whole item."""
    kind = item_type(ctx)
    item_id = _item_id(ctx, kind)
    fields = _given_fields(ctx, kind)
    crm.update(kind.entity, replace(ctx, params={"id": item_id, "fields": fields}, emit=_emitter(ctx, kind)))
    return _answer(ctx, kind, item_id)


def delete(ctx: CallContext) -> MethodResult:
    """`crm.item.delete`: remove an item; answers `[]` (crm-item-delete.md)."""
    kind = item_type(ctx)
    item_id = _item_id(ctx, kind)
    crm.delete(kind.entity, replace(ctx, params={"id": item_id}, emit=_emitter(ctx, kind)))
    return MethodResult([])


def _split_key(key: str) -> tuple[str, str]:
    for op in OPERATORS:
        if key.startswith(op):
            return op, key[len(op) :]
    return "", key


def _matching_ids(ctx: CallContext, kind: ItemType, group: dict[str, Any]) -> set[int]:
    """IDs of the rows a nested group matches: its entries joined by `logic` (AND unless it says OR)."""
    table = ctx.store.table(kind.entity.name)
    either = str(group.get("logic") or group.get("LOGIC") or "AND").upper() == "OR"
    found: set[int] | None = None
    plain = {key: value for key, value in group.items() if str(key).lower() != "logic"}
    parts = [{key: value} for key, value in plain.items()] if either else [plain]
    for part in parts:
        flt = compile_filter(_filter(ctx, kind, part))
        page = run_query(
            table.ids, table.rows, flt, [("ID", False)], 0, kind.entity.types, page_size=len(table.ids) + 1
        )
        ids = {int(row["ID"]) for row in page.rows}
        found = ids if found is None else (found | ids if either else found & ids)
    return found or set()


def _filter(ctx: CallContext, kind: ItemType, raw: Any) -> dict[str, Any]:
    """The classic filter for a crm.item filter; nested groups (`logic` OR / AND) become an ID set."""
    given = as_mapping(raw) if raw not in (None, "") else {}
    if given is None:
        raise _invalid_arg("Parameter 'filter' must be array.")
    out: dict[str, Any] = {}
    for key, value in given.items():
        group = as_mapping(value) if isinstance(value, dict) else None
        if group is not None and str(key).isdigit():
            ids = _matching_ids(ctx, kind, group)
            if "@ID" in out:
                ids &= set(out["@ID"])
            out["@ID"] = sorted(ids) or [0]
            continue
        op, name = _split_key(str(key))
        code = kind.code_of(name)
        if code is None:
            raise _invalid_arg(f"Invalid filter: field '{name}' is not allowed in filter")
        out[op + code] = value
    return out


def _order(kind: ItemType, raw: Any) -> list[tuple[str, bool]]:
    given = as_mapping(raw) if raw not in (None, "") else {}
    if given is None:
        raise _invalid_arg("Parameter 'order' must be array.")
    order: list[tuple[str, bool]] = []
    for name, direction in given.items():
        code = kind.code_of(name)
        if code is None:
            raise _invalid_arg(f"Invalid order: field '{name}' is not allowed in order")
        text = str(direction).upper()
        if text not in ("ASC", "DESC"):
            raise _invalid_arg(
                f"Invalid order: allowed sort directions are ASC, DESC. But got '{direction}' for field '{name}'"
            )
        order.append((code, text == "DESC"))
    return order or [("ID", False)]


def _select(kind: ItemType, raw: Any) -> list[str] | None:
    wanted = [str(name) for name in as_list(raw)]
    if not wanted or "*" in wanted:
        return None
    chosen = ["ID"] + [code for code in (kind.code_of(name) for name in wanted) if code]
    return chosen


def list_items(ctx: CallContext) -> MethodResult:
    """`crm.item.list`: a page of 50 items by filter, order and select (camelCase names)."""
    kind = item_type(ctx)
    table = ctx.store.table(kind.entity.name)
    start = start_param(ctx.param("start"))
    flt = compile_filter(_filter(ctx, kind, ctx.param("filter")))
    page = run_query(table.ids, table.rows, flt, _order(kind, ctx.param("order")), start, kind.entity.types)
    wanted = _select(kind, ctx.param("select"))
    total, following = page_links(start, page.total or 0, len(page.rows))
    return MethodResult({"items": [kind.to_item(row, wanted) for row in page.rows]}, total, following)


def fields(ctx: CallContext) -> MethodResult:
    """`crm.item.fields`: descriptions under crm.item names, each with its `upperName`."""
    kind = item_type(ctx)
    described = cf.describe_fields(kind.entity.specs, kind.entity.user_fields)
    return MethodResult({"fields": {name: {**described[code], "upperName": code} for code, name in kind.names.items()}})


def _spa_record(ctx: CallContext) -> dict[str, Any]:
    seeded = ctx.store.get("user", 1)
    return spa_type_record(str((seeded or {}).get("DATE_REGISTER") or "2025-01-06T09:00:00+00:00"))


def type_list(ctx: CallContext) -> MethodResult:
    """`crm.type.list`: the portal's smart processes (one), `{"types": [...]}` with `total`."""
    record = _spa_record(ctx)
    relations_free = {key: value for key, value in record.items() if key not in ("relations", "linkedUserFields")}
    return MethodResult({"types": [relations_free]}, 1)


def type_get(ctx: CallContext) -> MethodResult:
    """`crm.type.get`: a smart process by its `id` (crm-type-get.md: 400 `0` "SPA not found")."""
    record = _spa_record(ctx)
    if as_int(ctx.param("id")) != record["id"]:
        raise RestError("0", "SPA not found")
    return MethodResult({"type": record})


def type_get_by_entity_type_id(ctx: CallContext) -> MethodResult:
    """`crm.type.getByEntityTypeId`: a smart process by its entityTypeId."""
    record = _spa_record(ctx)
    if as_int(ctx.param("entityTypeId")) != record["entityTypeId"]:
        raise RestError("0", "Smart process not found")  # crm-type-get-by-entity-type-id.md
    return MethodResult({"type": record})


def _wrong_type(rule: ParamRule, value: Any) -> RestError:
    return _invalid_arg(f"Parameter '{rule.name}' must be array.")


# crm-item-list.md: a filter or order the method cannot read is 400 INVALID_ARG_VALUE
CRM_ITEM = ErrorStyle("crm.item", _wrong_type, _wrong_type)
_FIELDS = (ParamRule("fields", OBJECT),)
RULES = {"add": _FIELDS, "update": _FIELDS, "list": LISTING_RULES}


def register(registry: MethodRegistry) -> None:
    """Add crm.item.* and crm.type.*."""
    for action, handler in (
        ("add", add),
        ("get", get),
        ("list", list_items),
        ("update", update),
        ("delete", delete),
        ("fields", fields),
    ):
        guarded = with_crm_role(handler, lambda: RestError("ACCESS_DENIED", "Access denied"))
        registry.add(f"crm.item.{action}", "crm", guarded, RULES.get(action, ()), CRM_ITEM)
    registry.add("crm.type.list", "crm", type_list, LISTING_RULES[1:], CRM_ITEM)
    registry.add("crm.type.get", "crm", type_get)
    registry.add("crm.type.getByEntityTypeId", "crm", type_get_by_entity_type_id)
