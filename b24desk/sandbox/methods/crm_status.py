"""CRM reference-list items: crm.status.{add,get,update,delete,fields} (crm.status.list is in crm.py).

Shapes and errors from api-reference/crm/status/crm-status-{add,get,update,delete,fields}.md: `add`
answers the ID, `update`/`delete` answer `true`, `get` one item. Errors, all status 400, with the codes
the docs give: "" "The field STATUS_ID is required.", "" "Specified entity type is not supported.",
ERROR_CORE "The specified status ID already exists.", "Status is not found." / "Invalid identifier."
as codes, and a system item or one in use cannot be deleted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.errors import RestError, crm_error
from b24desk.sandbox.methods import crm_fields as cf
from b24desk.sandbox.methods.crm_rights import with_crm_role
from b24desk.sandbox.methods.params import as_int, as_mapping
from b24desk.sandbox.validation import CLASSIC_CRM, OBJECT, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

STATUS_FIELDS: list[cf.FieldSpec] = [  # crm-status-fields.md
    ("ID", "integer", "ID", "R", None),
    ("ENTITY_ID", "string", "Entity ID", "QI", None),
    ("STATUS_ID", "string", "Status", "QI", None),
    ("SORT", "integer", "Sorting", "", None),
    ("NAME", "string", "Name", "Q", None),
    ("NAME_INIT", "string", "Default Name", "R", None),
    ("SYSTEM", "char", "System", "R", None),
    ("CATEGORY_ID", "integer", "CATEGORY_ID", "I", None),
    ("COLOR", "string", "COLOR", "", None),
    ("SEMANTICS", "char", "SEMANTICS", "I", None),
    ("EXTRA", "crm_status_extra", "Additional Fields", "", None),
]
# reference list -> (table, field) of the records that use its items
USED_BY = {"STATUS": ("lead", "STATUS_ID"), "DEAL_STAGE": ("deal", "STAGE_ID"), "SOURCE": ("lead", "SOURCE_ID")}


def _fields(ctx: CallContext) -> dict[str, Any]:
    fields = as_mapping(ctx.param("fields"))
    if fields is None:
        raise crm_error("Parameter 'fields' must be array.")
    return {str(key).upper(): value for key, value in fields.items()}


def _existing(ctx: CallContext, wording: str = "invalid") -> tuple[int, dict[str, Any]]:
    """The item `id` names; crm-status-update.md says "incorrect" where crm-status-delete.md says "invalid"."""
    status_id = as_int(ctx.param("id"))
    if status_id is None or status_id <= 0:
        raise RestError("Invalid identifier.", f"An {wording} identifier was passed.")
    row = ctx.store.get("status", status_id)
    if row is None:
        raise RestError("Status is not found.", "Directory item not found.")
    return status_id, row


def add(ctx: CallContext) -> MethodResult:
    """`crm.status.add`: a new item of a reference list; answers its ID."""
    fields = _fields(ctx)
    missing = [f"The field {name} is required." for name in ("ENTITY_ID", "STATUS_ID") if not fields.get(name)]
    if missing:
        raise crm_error("<br>".join(missing))
    entity_id, status_code = str(fields["ENTITY_ID"]), str(fields["STATUS_ID"])
    rows = ctx.store.table("status").rows.values()
    if not any(row["ENTITY_ID"] == entity_id for row in rows):
        raise crm_error("Specified entity type is not supported.")
    if not fields.get("NAME"):
        raise crm_error("The field Title is required.")
    if any(row["ENTITY_ID"] == entity_id and row["STATUS_ID"] == status_code for row in rows):
        raise RestError("ERROR_CORE", "The specified status ID already exists.")
    semantics = str(fields.get("SEMANTICS") or "").upper()[:1] or None
    row = {
        "ENTITY_ID": entity_id,
        "STATUS_ID": status_code,
        "NAME": str(fields["NAME"]),
        "NAME_INIT": "",
        "SORT": str(as_int(fields.get("SORT")) or 10),
        "SYSTEM": "N",
        "CATEGORY_ID": None,
        "COLOR": str(fields["COLOR"]) if fields.get("COLOR") else None,
        "SEMANTICS": semantics if semantics in ("S", "F") else None,
    }
    return MethodResult(ctx.store.add("status", row))


def get(ctx: CallContext) -> MethodResult:
    """`crm.status.get`: one item."""
    _, row = _existing(ctx)
    return MethodResult(dict(row))


def update(ctx: CallContext) -> MethodResult:
    """`crm.status.update`: NAME, SORT and COLOR; answers `true`."""
    status_id, _ = _existing(ctx, "incorrect")
    fields = _fields(ctx)
    changes: dict[str, Any] = {key: str(fields[key]) for key in ("NAME", "SORT", "COLOR") if key in fields}
    ctx.store.update("status", status_id, changes)
    return MethodResult(True)


def delete(ctx: CallContext) -> MethodResult:
    """`crm.status.delete`: a system item needs params[FORCED]=Y; an item in use stays."""
    status_id, row = _existing(ctx)
    params = as_mapping(ctx.param("params")) or {}
    if row.get("SYSTEM") == "Y" and str(params.get("FORCED") or "").upper() != "Y":
        raise crm_error('CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".')
    table, field = USED_BY.get(row["ENTITY_ID"], ("", ""))
    if table and any(record.get(field) == row["STATUS_ID"] for record in ctx.store.table(table).rows.values()):
        raise crm_error("There are active items in this status.")
    ctx.store.delete("status", status_id)
    return MethodResult(True)


def fields(ctx: CallContext) -> MethodResult:
    """`crm.status.fields`: the descriptions of crm-status-fields.md."""
    return MethodResult(cf.describe_fields(STATUS_FIELDS, []))


def register(registry: MethodRegistry) -> None:
    """Add crm.status.{add,get,update,delete,fields}."""
    for action, handler in (("add", add), ("get", get), ("update", update), ("delete", delete), ("fields", fields)):
        rules = (ParamRule("fields", OBJECT),) if action in ("add", "update") else ()
        guarded = with_crm_role(handler, lambda: crm_error("Access denied."))
        registry.add(f"crm.status.{action}", "crm", guarded, rules, CLASSIC_CRM)
