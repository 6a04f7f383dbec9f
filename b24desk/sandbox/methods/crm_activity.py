"""CRM activities: crm.activity.{add,get,list,update,delete,fields}.

Shapes and errors from api-reference/crm/timeline/activities/activity-base/crm-activity-*.md: `add`
answers the new ID, `update`/`delete` answer `true`, `get` one record and `list` a bare array with
`total`/`next`, every value a string as the classic CRM sends it. Errors carry an empty `error` code
with status 400 and the docs' messages ("The field SUBJECT is not defined or empty", "Activity is not
found", ...). Events ONCRMACTIVITYADD/UPDATE/DELETE carry `FIELDS[ID]` (events/on-crm-activity-add.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.errors import RestError, crm_error
from b24desk.sandbox.filters import parse_order
from b24desk.sandbox.methods import crm_fields as cf
from b24desk.sandbox.methods.crm_rights import with_crm_role
from b24desk.sandbox.methods.listing import LISTING_RULES, group_param, list_result, stored_row
from b24desk.sandbox.methods.params import as_int, as_list, as_mapping
from b24desk.sandbox.methods.stamps import stamp
from b24desk.sandbox.validation import CLASSIC_CRM, OBJECT, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

# crm-activity-fields.md
ACTIVITY_FIELDS: list[cf.FieldSpec] = [
    ("ID", "integer", "ID", "R", None),
    ("OWNER_ID", "integer", "Owner ID", "I", None),
    ("OWNER_TYPE_ID", "crm_enum_ownertype", "Owner Type", "I", None),
    ("TYPE_ID", "crm_enum_activitytype", "Type", "QI", None),
    ("PROVIDER_ID", "string", "Provider ID", "", None),
    ("PROVIDER_TYPE_ID", "string", "Provider Type", "", None),
    ("PROVIDER_GROUP_ID", "string", "Connector Type", "", None),
    ("ASSOCIATED_ENTITY_ID", "integer", "Associated Entity ID", "R", None),
    ("SUBJECT", "string", "Subject", "Q", None),
    ("START_TIME", "datetime", "Start", "", None),
    ("END_TIME", "datetime", "Deadline", "", None),
    ("DEADLINE", "datetime", "Execution Deadline", "", None),
    ("COMPLETED", "char", "Completed", "", None),
    ("STATUS", "crm_enum_activitystatus", "Status", "", None),
    ("RESPONSIBLE_ID", "user", "Responsible", "Q", None),
    ("PRIORITY", "crm_enum_activitypriority", "Priority", "", None),
    ("NOTIFY_TYPE", "crm_enum_activitynotifytype", "Notification Type", "", None),
    ("NOTIFY_VALUE", "integer", "Notification Parameter", "", None),
    ("DESCRIPTION", "string", "Description", "", None),
    ("DESCRIPTION_TYPE", "crm_enum_contenttype", "Description Type", "", None),
    ("DIRECTION", "crm_enum_activitydirection", "Direction", "", None),
    ("LOCATION", "string", "Location", "", None),
    ("CREATED", "datetime", "Creation Date", "R", None),
    ("AUTHOR_ID", "user", "Created By", "R", None),
    ("LAST_UPDATED", "datetime", "Last Updated Date", "R", None),
    ("EDITOR_ID", "user", "Edited By", "R", None),
    ("SETTINGS", "object", "Settings", "", None),
    ("ORIGIN_ID", "string", "External Code", "", None),
    ("ORIGINATOR_ID", "string", "External Source", "", None),
    ("RESULT_STATUS", "integer", "RESULT_STATUS", "", None),
    ("RESULT_STREAM", "integer", "RESULT_STREAM", "", None),
    ("RESULT_SOURCE_ID", "string", "RESULT_SOURCE_ID", "", None),
    ("PROVIDER_PARAMS", "object", "Provider Parameters", "", None),
    ("PROVIDER_DATA", "string", "Provider Data", "", None),
    ("RESULT_MARK", "integer", "RESULT_MARK", "", None),
    ("RESULT_VALUE", "double", "RESULT_VALUE", "", None),
    ("RESULT_SUM", "double", "RESULT_SUM", "", None),
    ("RESULT_CURRENCY_ID", "string", "RESULT_CURRENCY_ID", "", None),
    ("AUTOCOMPLETE_RULE", "integer", "Autocomplete", "", None),
    ("BINDINGS", "crm_activity_binding", "Bindings", "RM", None),
    ("COMMUNICATIONS", "crm_activity_communication", "Communication Channel", "MQ", None),
    ("FILES", "diskfile", "Files", "M", None),
    ("WEBDAV_ELEMENTS", "diskfile", "Added Files", "M", None),
    ("IS_INCOMING_CHANNEL", "char", "IS_INCOMING_CHANNEL", "R", None),
]
TYPES = {spec[0]: spec[1] for spec in ACTIVITY_FIELDS}
TYPES.update(ID="integer", OWNER_ID="integer", OWNER_TYPE_ID="integer", TYPE_ID="integer", RESPONSIBLE_ID="integer")
# crm-activity-get.md: what get and list answer (the multiple fields only when selected)
ANSWERED = [spec[0] for spec in ACTIVITY_FIELDS if "M" not in spec[3] and spec[0] != "IS_INCOMING_CHANNEL"]
# TYPE_ID -> (PROVIDER_ID, PROVIDER_TYPE_ID) (crm-activity-add.md, the activity type directory)
PROVIDERS = {
    "1": ("CRM_MEETING", "MEETING"),
    "2": ("VOXIMPLANT_CALL", "CALL"),
    "3": ("CRM_TASKS_TASK", "TASK"),
    "4": ("CRM_EMAIL", "EMAIL"),
    "5": ("CRM_ACTION", "ACTION"),
    "6": ("REST_APP", "REST"),
}
OWNER_TABLES = {"1": "lead", "2": "deal", "3": "contact", "4": "company"}


def _not_found() -> RestError:
    return crm_error("Activity is not found")


def _fields(ctx: CallContext) -> dict[str, Any]:
    fields = as_mapping(ctx.param("fields"))
    if fields is None:
        raise crm_error("Parameter 'fields' must be array.")
    return {str(key).upper(): value for key, value in fields.items()}


def _communications(raw: Any, owner_type: str, owner_id: str) -> list[dict[str, Any]]:
    found = []
    for entry in as_list(raw):
        item = as_mapping(entry) or {}
        value = str(item.get("VALUE") or "")
        if not value:
            continue
        found.append(
            {
                "VALUE": value,
                "TYPE": str(item.get("TYPE") or ""),
                "ENTITY_ID": str(item.get("ENTITY_ID") or owner_id),
                "ENTITY_TYPE_ID": str(item.get("ENTITY_TYPE_ID") or owner_type),
            }
        )
    return found


def _validate(ctx: CallContext, row: dict[str, Any]) -> None:
    """The checks of crm-activity-add.md, in its order."""
    if not str(row.get("SUBJECT") or "").strip():
        raise crm_error("The field SUBJECT is not defined or empty")
    responsible = as_int(row.get("RESPONSIBLE_ID"))
    if responsible is None or ctx.store.get("user", responsible) is None:
        raise crm_error("The field RESPONSIBLE_ID is not defined or invalid")
    if str(row.get("TYPE_ID")) not in PROVIDERS:
        raise crm_error("The field TYPE_ID is not defined or invalid")
    if not row.get("COMMUNICATIONS") and str(row.get("TYPE_ID")) in ("1", "2", "4"):
        raise crm_error("The field COMMUNICATIONS is not defined or invalid")
    table = OWNER_TABLES.get(str(row.get("OWNER_TYPE_ID")))
    owner = as_int(row.get("OWNER_ID"))
    if table is None or owner is None or ctx.store.get(table, owner) is None:
        raise crm_error(
            "Could not build binding. Please ensure that owner info and communications are defined correctly"
        )


def _apply(ctx: CallContext, row: dict[str, Any], given: dict[str, Any]) -> None:
    read_only = {spec[0] for spec in ACTIVITY_FIELDS if "R" in spec[3]}
    for code, value in given.items():
        if code not in TYPES or code in read_only:
            continue
        if code == "COMMUNICATIONS":
            row[code] = _communications(value, str(row.get("OWNER_TYPE_ID") or ""), str(row.get("OWNER_ID") or ""))
        elif code in ("SETTINGS", "PROVIDER_PARAMS"):
            row[code] = as_mapping(value) or []
        elif code in ("FILES", "WEBDAV_ELEMENTS"):
            row[code] = as_list(value)
        elif isinstance(value, bool):
            row[code] = "Y" if value else "N"
        else:
            row[code] = None if value is None else str(value)
    row.update(LAST_UPDATED=stamp(ctx), EDITOR_ID=str(ctx.webhook.user_id))


def new_activity(created: str, author: str) -> dict[str, Any]:
    """An activity's record before its fields are applied: every answered key, the portal's defaults."""
    row: dict[str, Any] = dict.fromkeys(ANSWERED)
    row.update(
        CREATED=created,
        LAST_UPDATED=created,
        AUTHOR_ID=author,
        EDITOR_ID=author,
        COMPLETED="N",
        STATUS="1",
        PRIORITY="2",
        NOTIFY_TYPE="1",
        NOTIFY_VALUE="15",
        DESCRIPTION="",
        DESCRIPTION_TYPE="1",
        DIRECTION="0",
        LOCATION="",
        SETTINGS=[],
        PROVIDER_PARAMS=[],
        ASSOCIATED_ENTITY_ID="0",
        RESULT_MARK="0",
        RESULT_STATUS="0",
        RESULT_STREAM="0",
        AUTOCOMPLETE_RULE="0",
        FILES=[],
        WEBDAV_ELEMENTS=[],
    )
    return row


def add(ctx: CallContext) -> MethodResult:
    """`crm.activity.add`: answers the new activity's ID."""
    given = _fields(ctx)
    created = stamp(ctx)
    row = new_activity(created, str(ctx.webhook.user_id))
    for code in ("OWNER_ID", "OWNER_TYPE_ID", "TYPE_ID"):  # needed before the communications are read
        row[code] = None if given.get(code) is None else str(given[code])
    _apply(ctx, row, given)
    _validate(ctx, row)
    provider, provider_type = PROVIDERS[str(row["TYPE_ID"])]
    row["PROVIDER_ID"] = row.get("PROVIDER_ID") or provider
    row["PROVIDER_TYPE_ID"] = row.get("PROVIDER_TYPE_ID") or provider_type
    row.setdefault("START_TIME", None)
    row["START_TIME"] = row["START_TIME"] or created
    row["END_TIME"] = row.get("END_TIME") or row["START_TIME"]
    row["DEADLINE"] = row.get("DEADLINE") or row["END_TIME"]
    row["BINDINGS"] = [{"OWNER_ID": row["OWNER_ID"], "OWNER_TYPE_ID": row["OWNER_TYPE_ID"]}]
    new_id = ctx.store.add("activity", row)
    ctx.emit("ONCRMACTIVITYADD", {"FIELDS": {"ID": str(new_id)}})
    return MethodResult(new_id)


def _existing(ctx: CallContext) -> tuple[int, dict[str, Any]]:
    return stored_row(ctx, "activity", _not_found())


def get(ctx: CallContext) -> MethodResult:
    """`crm.activity.get`: one activity as crm-activity-get.md shows it."""
    _, row = _existing(ctx)
    return MethodResult({code: row.get(code) for code in ANSWERED})


def list_activities(ctx: CallContext) -> MethodResult:
    """`crm.activity.list`: 50 a page by filter/order; `select` may add COMMUNICATIONS, BINDINGS, FILES."""
    flt = group_param(ctx, "filter", crm_error("Parameter 'filter' must be array."))
    order = parse_order(group_param(ctx, "order", crm_error("Parameter 'order' must be array.")))
    wanted = [str(code).upper() for code in as_list(ctx.param("select"))]
    columns = ANSWERED if not wanted or "*" in wanted else ["ID"] + [c for c in wanted if c in TYPES and c != "ID"]
    return list_result(ctx, "activity", {k.upper(): v for k, v in flt.items()}, order, TYPES, columns)


def update(ctx: CallContext) -> MethodResult:
    """`crm.activity.update`: change fields (owner and type are immutable); answers `true`."""
    activity_id, row = _existing(ctx)
    given = {
        code: value for code, value in _fields(ctx).items() if code not in ("OWNER_ID", "OWNER_TYPE_ID", "TYPE_ID")
    }
    changed = dict(row)
    _apply(ctx, changed, given)
    _validate(ctx, changed)
    ctx.store.update("activity", activity_id, changed)
    ctx.emit("ONCRMACTIVITYUPDATE", {"FIELDS": {"ID": str(activity_id)}})
    return MethodResult(True)


def delete(ctx: CallContext) -> MethodResult:
    """`crm.activity.delete`: answers `true`."""
    activity_id, _ = _existing(ctx)
    ctx.store.delete("activity", activity_id)
    ctx.emit("ONCRMACTIVITYDELETE", {"FIELDS": {"ID": str(activity_id)}})
    return MethodResult(True)


def fields(ctx: CallContext) -> MethodResult:
    """`crm.activity.fields`: the field descriptions of crm-activity-fields.md."""
    return MethodResult(cf.describe_fields(ACTIVITY_FIELDS, []))


_FIELDS = (ParamRule("fields", OBJECT),)
RULES = {
    "add": _FIELDS,
    "update": _FIELDS,
    "list": LISTING_RULES,
}


def register(registry: MethodRegistry) -> None:
    """Add crm.activity.*."""
    for action, handler in (
        ("add", add),
        ("get", get),
        ("list", list_activities),
        ("update", update),
        ("delete", delete),
        ("fields", fields),
    ):
        guarded = with_crm_role(handler, lambda: crm_error("Access denied."))
        registry.add(f"crm.activity.{action}", "crm", guarded, RULES.get(action, ()), CLASSIC_CRM)
