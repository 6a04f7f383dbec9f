"""Timeline comments: crm.timeline.comment.{add,get,list,update,delete,fields}.

Shapes and errors from api-reference/crm/timeline/comments/crm-timeline-comment-*.md: `add` and
`update` answer the comment's ID, `delete` answers `null`, `list` a bare array with `total`/`next`
(order by ID, CREATED or AUTHOR_ID). Errors (status 400): `100` "Required fields are not provided",
INVALID_ARG_VALUE "Empty comment", OWNER_NOT_FOUND "Owner of the item not found", NOT_FOUND "Not found.".
Events ONCRMTIMELINECOMMENTADD/UPDATE/DELETE carry `data[ID]` (events/on-Crm-Timeline-Comment-Add.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.errors import RestError, crm_error
from b24desk.sandbox.filters import parse_order
from b24desk.sandbox.methods import crm_fields as cf
from b24desk.sandbox.methods.crm_item_types import SPA_ENTITY_TYPE_ID
from b24desk.sandbox.methods.crm_rights import with_crm_role
from b24desk.sandbox.methods.listing import LISTING_RULES, group_param, list_result, stored_row
from b24desk.sandbox.methods.params import as_int, as_list, as_mapping
from b24desk.sandbox.methods.stamps import stamp
from b24desk.sandbox.validation import CLASSIC_CRM, OBJECT, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

COMMENT_FIELDS: list[cf.FieldSpec] = [  # crm-timeline-comment-fields.md
    ("ID", "integer", "ID", "R", None),
    ("CREATED", "datetime", "Date added", "R", None),
    ("ENTITY_ID", "integer", "ID of the element the comment is attached to", "QI", None),
    ("ENTITY_TYPE", "string", "Type of the element the comment is attached to", "QI", None),
    ("AUTHOR_ID", "integer", "Author", "I", None),
    ("COMMENT", "string", "Comment text", "", None),
    ("FILES", "attached_diskfile", "File list", "M", None),
]
TYPES = {"ID": "integer", "ENTITY_ID": "integer", "AUTHOR_ID": "integer", "ENTITY_TYPE": "string"}
OWNER_TABLES = {
    "lead": "lead",
    "deal": "deal",
    "contact": "contact",
    "company": "company",
    f"dynamic_{SPA_ENTITY_TYPE_ID}": "dynamicitem",
}
_SORTABLE = ("ID", "CREATED", "AUTHOR_ID")


def _required() -> RestError:
    return RestError("100", "Required fields are not provided")


def _not_found() -> RestError:
    return RestError("NOT_FOUND", "Not found.")


def _fields(ctx: CallContext) -> dict[str, Any]:
    fields = as_mapping(ctx.param("fields"))
    if fields is None:
        raise _required()
    return {str(key).upper(): value for key, value in fields.items()}


def _comment_text(fields: dict[str, Any]) -> str:
    text = str(fields.get("COMMENT") or "")
    if not text.strip():
        raise RestError("INVALID_ARG_VALUE", "Empty comment")
    return text


def _files(ctx: CallContext, raw: Any) -> dict[str, dict[str, Any]]:
    """Attached files keyed by ID, as crm-timeline-comment-get.md shows them (the sandbox keeps no content)."""
    files: dict[str, dict[str, Any]] = {}
    for item in as_list(raw):
        pair = as_list(item)
        name = str(pair[0]) if pair else "file"
        file_id = ctx.store.next_in_sequence("timeline_file")
        files[str(file_id)] = {
            "id": file_id,
            "date": stamp(ctx),
            "type": "file",
            "name": name,
            "size": len(str(pair[1])) * 3 // 4 if len(pair) > 1 else 0,  # base64 content
            "authorId": ctx.webhook.user_id,
        }
    return files


def add(ctx: CallContext) -> MethodResult:
    """`crm.timeline.comment.add`: a comment on a lead, deal, contact, company or SPA item."""
    fields = _fields(ctx)
    entity_type = str(fields.get("ENTITY_TYPE") or "").lower()
    entity_id = as_int(fields.get("ENTITY_ID"))
    if not entity_type or entity_id is None:
        raise _required()
    text = _comment_text(fields)
    table = OWNER_TABLES.get(entity_type)
    if table is None or entity_id <= 0 or ctx.store.get(table, entity_id) is None:
        raise RestError("OWNER_NOT_FOUND", "Owner of the item not found")
    row: dict[str, Any] = {
        "ENTITY_ID": str(entity_id),
        "ENTITY_TYPE": entity_type,
        "CREATED": stamp(ctx),
        "COMMENT": text,
        "AUTHOR_ID": str(as_int(fields.get("AUTHOR_ID")) or ctx.webhook.user_id),
        "FILES": _files(ctx, fields.get("FILES")) or [],  # PHP sends no files as []
    }
    new_id = ctx.store.add("timeline_comment", row)
    ctx.emit("ONCRMTIMELINECOMMENTADD", {"ID": str(new_id)})
    return MethodResult(new_id)


def _existing(ctx: CallContext) -> tuple[int, dict[str, Any]]:
    return stored_row(ctx, "timeline_comment", _not_found())


def get(ctx: CallContext) -> MethodResult:
    """`crm.timeline.comment.get`: one comment."""
    _, row = _existing(ctx)
    return MethodResult(dict(row))


def list_comments(ctx: CallContext) -> MethodResult:
    """`crm.timeline.comment.list`: comments of one record (filter ENTITY_ID, ENTITY_TYPE), 50 a page."""
    flt = {k.upper(): v for k, v in group_param(ctx, "filter", crm_error("Parameter 'filter' must be array.")).items()}
    order = [
        item
        for item in parse_order(group_param(ctx, "order", crm_error("Parameter 'order' must be array.")))
        if item[0] in _SORTABLE
    ] or [("ID", False)]
    if "ENTITY_TYPE" in flt:
        flt["ENTITY_TYPE"] = str(flt["ENTITY_TYPE"]).lower()
    wanted = [str(code).upper() for code in as_list(ctx.param("select"))]
    known = {spec[0] for spec in COMMENT_FIELDS}
    columns = None if not wanted or "*" in wanted else ["ID"] + [c for c in wanted if c in known and c != "ID"]
    return list_result(ctx, "timeline_comment", flt, order, TYPES, columns)


def update(ctx: CallContext) -> MethodResult:
    """`crm.timeline.comment.update`: change the text or files; answers the ID."""
    comment_id, _ = _existing(ctx)
    fields = _fields(ctx)
    changes: dict[str, Any] = {}
    if "COMMENT" in fields:
        changes["COMMENT"] = _comment_text(fields)
    if "FILES" in fields:
        changes["FILES"] = _files(ctx, fields["FILES"])
    ctx.store.update("timeline_comment", comment_id, changes)
    ctx.emit("ONCRMTIMELINECOMMENTUPDATE", {"ID": str(comment_id)})
    return MethodResult(comment_id)


def delete(ctx: CallContext) -> MethodResult:
    """`crm.timeline.comment.delete`: answers `null`."""
    comment_id, _ = _existing(ctx)
    ctx.store.delete("timeline_comment", comment_id)
    ctx.emit("ONCRMTIMELINECOMMENTDELETE", {"ID": str(comment_id)})
    return MethodResult(None)


def fields(ctx: CallContext) -> MethodResult:
    """`crm.timeline.comment.fields`: the descriptions of crm-timeline-comment-fields.md."""
    return MethodResult(cf.describe_fields(COMMENT_FIELDS, []))


_FIELDS = (ParamRule("fields", OBJECT, wrong=lambda rule, value: _required()),)
RULES = {
    "add": _FIELDS,
    "update": _FIELDS,
    "list": LISTING_RULES,
}


def register(registry: MethodRegistry) -> None:
    """Add crm.timeline.comment.*."""
    for action, handler in (
        ("add", add),
        ("get", get),
        ("list", list_comments),
        ("update", update),
        ("delete", delete),
        ("fields", fields),
    ):
        guarded = with_crm_role(handler, lambda: RestError("ACCESS_DENIED", "Insufficient permissions"))
        registry.add(f"crm.timeline.comment.{action}", "crm", guarded, RULES.get(action, ()), CLASSIC_CRM)
