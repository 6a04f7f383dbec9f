"""Custom CRM fields: crm.{lead,deal,contact,company}.userfield.{add,get,list,update,delete}.

Shapes and errors from api-reference/crm/leads/userfield/crm-lead-userfield-*.md (deals, contacts and
companies follow the same pages): `add` answers the ID, `update`/`delete` answer `true`; `get` gives
labels per language, `list` gives them in one language (filter `LANG`). Errors, status 400 unless said:
"" "ID is not defined or invalid.", ERROR_NOT_FOUND "The entity with ID 'N' is not found", 403 ""
"Access denied." for a field of another entity, ERROR_CORE for bad names and types. Events
ONCRM{ENTITY}USERFIELDADD/UPDATE/DELETE carry ID, ENTITY_ID and FIELD_NAME
(userfield/events/on-crm-lead-user-field-add.md).
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.errors import RestError, crm_error
from b24desk.sandbox.filters import parse_order
from b24desk.sandbox.methods.crm_rights import with_crm_role
from b24desk.sandbox.methods.listing import group_param, table_page
from b24desk.sandbox.methods.params import as_bool, as_int, as_list, as_mapping
from b24desk.sandbox.validation import CLASSIC_CRM, OBJECT, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

ENTITY_IDS = {"lead": "CRM_LEAD", "deal": "CRM_DEAL", "contact": "CRM_CONTACT", "company": "CRM_COMPANY"}
# the portal's interface languages (crm-lead-userfield-get.md's labels)
LANGUAGES = tuple(
    [
        "ar",
        "br",
        "de",
        "en",
        "fr",
        "hi",
        "id",
        "in",
        "it",
        "ja",
        "kz",
        "la",
        "ms",
        "pl",
        "ru",
        "sc",
        "tc",
        "th",
        "tr",
        "ua",
        "vn",
    ]
)
# SETTINGS a new field starts with, by type (crm-lead-userfield-get.md for string; userfield-type.md)
DEFAULT_SETTINGS: dict[str, dict[str, Any]] = {
    "string": {"SIZE": 20, "ROWS": 1, "REGEXP": "", "MIN_LENGTH": 0, "MAX_LENGTH": 0, "DEFAULT_VALUE": ""},
    "integer": {"SIZE": 20, "MIN_VALUE": 0, "MAX_VALUE": 0, "DEFAULT_VALUE": None},
    "double": {"PRECISION": 2, "SIZE": 20, "MIN_VALUE": 0, "MAX_VALUE": 0, "DEFAULT_VALUE": None},
    "boolean": {"DEFAULT_VALUE": 0, "DISPLAY": "CHECKBOX", "LABEL": ["", ""], "LABEL_CHECKBOX": ""},
    "date": {"DEFAULT_VALUE": {"TYPE": "NONE", "VALUE": ""}},
    "datetime": {"DEFAULT_VALUE": {"TYPE": "NONE", "VALUE": ""}, "USE_SECOND": "Y", "USE_TIMEZONE": "N"},
    "enumeration": {"DISPLAY": "LIST", "LIST_HEIGHT": 1, "CAPTION_NO_VALUE": "", "SHOW_NO_VALUE": "Y"},
}
LABELS = ("EDIT_FORM_LABEL", "LIST_COLUMN_LABEL", "LIST_FILTER_LABEL", "ERROR_MESSAGE", "HELP_MESSAGE")
# crm/universal/user-defined-fields/crm-userfield-types.md
USER_TYPES = frozenset(
    {
        "string",
        "integer",
        "double",
        "boolean",
        "date",
        "datetime",
        "enumeration",
        "employee",
        "file",
        "url",
        "address",
        "money",
        "crm_status",
        "crm",
        "iblock_element",
        "iblock_section",
        "resourcebooking",
    }
)
YES_NO = ("MULTIPLE", "MANDATORY", "SHOW_IN_LIST", "EDIT_IN_LIST", "IS_SEARCHABLE")
TYPES = {"ID": "integer", "SORT": "integer"}


def _bad_id() -> RestError:
    return crm_error("ID is not defined or invalid.")


def _labels(value: Any) -> dict[str, str]:
    given = as_mapping(value)
    if given is not None:
        return {lang: str(given.get(lang) or "") for lang in LANGUAGES}
    return dict.fromkeys(LANGUAGES, "" if value is None else str(value))


def _enum_items(raw: Any, start_id: int) -> list[dict[str, Any]]:
    items = []
    seen: set[str] = set()
    for index, entry in enumerate(as_list(raw)):
        item = as_mapping(entry) or {"VALUE": entry}
        xml_id = str(item.get("XML_ID") or f"{start_id + index:032x}"[-32:])
        if xml_id in seen:
            raise RestError("ERROR_CORE", f"List item with XML_ID={xml_id} already exists.")
        seen.add(xml_id)
        items.append(
            {
                "ID": str(as_int(item.get("ID")) or start_id + index),
                "SORT": str(as_int(item.get("SORT")) or 10 * (index + 1)),
                "VALUE": str(item.get("VALUE") or ""),
                "DEF": "Y" if as_bool(item.get("DEF")) else "N",
                "XML_ID": xml_id,
            }
        )
    return items


def _apply(row: dict[str, Any], fields: dict[str, Any], next_item_id: int) -> None:
    if "LABEL" in fields:
        for label in LABELS[:3]:
            row[label] = _labels(fields["LABEL"])
    for label in LABELS:
        if label in fields:
            row[label] = _labels(fields[label])
    for flag in YES_NO:
        if flag in fields:
            row[flag] = "Y" if as_bool(fields[flag]) else "N"
    if "SHOW_FILTER" in fields:
        row["SHOW_FILTER"] = str(fields["SHOW_FILTER"]).upper()[:1] or "N"
    if "SORT" in fields:
        row["SORT"] = str(as_int(fields["SORT"]) or 100)
    if "XML_ID" in fields:
        row["XML_ID"] = None if fields["XML_ID"] in ("", None) else str(fields["XML_ID"])
    if "SETTINGS" in fields:
        row["SETTINGS"] = {**row.get("SETTINGS", {}), **(as_mapping(fields["SETTINGS"]) or {})}
    if "LIST" in fields and row["USER_TYPE_ID"] == "enumeration":
        row["LIST"] = _enum_items(fields["LIST"], next_item_id)


def _fields(ctx: CallContext) -> dict[str, Any]:
    fields = as_mapping(ctx.param("fields"))
    if fields is None:
        raise crm_error("Parameter 'fields' must be array.")
    return {str(key).upper(): value for key, value in fields.items()}


def add(entity: str, ctx: CallContext) -> MethodResult:
    """`crm.X.userfield.add`: answers the new field's ID."""
    fields = _fields(ctx)
    user_type = str(fields.get("USER_TYPE_ID") or "")
    if not user_type:
        raise crm_error("The 'USER_TYPE_ID' field is not found.")
    if user_type not in USER_TYPES:
        raise RestError("ERROR_CORE", "Invalid custom type specified.")
    name = str(fields.get("FIELD_NAME") or "").upper()
    if not name:
        raise crm_error("The 'FIELD_NAME' field is not found.")
    name = name if name.startswith("UF_CRM_") else f"UF_CRM_{name}"
    if len(name) > 50:
        raise RestError("ERROR_CORE", "Field name is too long (more than 50 characters).")
    if not re.fullmatch(r"UF_CRM_[A-Z0-9_]+", name):
        raise RestError("ERROR_CORE", "Field name contains invalid characters. Allowed characters are: A-Z, 0-9 and _.")
    entity_id = ENTITY_IDS[entity]
    table = ctx.store.table("crm_userfield")
    if any(row["ENTITY_ID"] == entity_id and row["FIELD_NAME"] == name for row in table.rows.values()):
        raise RestError("ERROR_CORE", f"Field {name} already exists.")
    empty = dict.fromkeys(LANGUAGES, "")
    row: dict[str, Any] = {
        "ENTITY_ID": entity_id,
        "FIELD_NAME": name,
        "USER_TYPE_ID": user_type,
        "XML_ID": None,
        "SORT": "100",
        "MULTIPLE": "N",
        "MANDATORY": "N",
        "SHOW_FILTER": "N",
        "SHOW_IN_LIST": "Y",
        "EDIT_IN_LIST": "Y",
        "IS_SEARCHABLE": "N",
        "SETTINGS": dict(DEFAULT_SETTINGS.get(user_type, {})),
        **{label: dict(empty) for label in LABELS},
    }
    if user_type == "enumeration":
        row["LIST"] = []
    _apply(row, fields, ctx.store.next_in_sequence("userfield_enum") * 100)
    new_id = ctx.store.add("crm_userfield", row)
    _emit(ctx, entity, "ADD", new_id, row)
    return MethodResult(new_id)


def _emit(ctx: CallContext, entity: str, action: str, field_id: int, row: dict[str, Any]) -> None:
    data = {"ID": str(field_id), "ENTITY_ID": row["ENTITY_ID"], "FIELD_NAME": row["FIELD_NAME"]}
    ctx.emit(f"ONCRM{entity.upper()}USERFIELD{action}", {"FIELDS": data})


def _existing(entity: str, ctx: CallContext) -> tuple[int, dict[str, Any]]:
    field_id = as_int(ctx.param("id"))
    if field_id is None or field_id <= 0:
        raise _bad_id()
    row = ctx.store.get("crm_userfield", field_id)
    if row is None:
        raise RestError("ERROR_NOT_FOUND", f"The entity with ID '{field_id}' is not found")
    if row["ENTITY_ID"] != ENTITY_IDS[entity]:
        raise RestError("", "Access denied.", 403)
    return field_id, row


def get(entity: str, ctx: CallContext) -> MethodResult:
    """`crm.X.userfield.get`: one field, labels per language."""
    _, row = _existing(entity, ctx)
    return MethodResult(dict(row))


def _in_language(row: dict[str, Any], lang: str | None) -> dict[str, Any]:
    out = dict(row)
    for label in LABELS:
        text = (row.get(label) or {}).get(lang or "en") or None
        out[label] = text
    return out


def list_fields(entity: str, ctx: CallContext) -> MethodResult:
    """`crm.X.userfield.list`: the entity's fields by filter/order, labels in the `LANG` filter's language."""
    flt = {k.upper(): v for k, v in group_param(ctx, "filter", crm_error("Parameter 'filter' must be array.")).items()}
    order = parse_order(group_param(ctx, "order", crm_error("Parameter 'order' must be array.")))
    lang = flt.pop("LANG", None)
    flt["ENTITY_ID"] = ENTITY_IDS[entity]
    rows, total, following = table_page(ctx, "crm_userfield", flt, order, TYPES)
    return MethodResult([_in_language(row, str(lang) if lang else None) for row in rows], total, following)


def update(entity: str, ctx: CallContext) -> MethodResult:
    """`crm.X.userfield.update`: labels, flags, settings and list items; answers `true`."""
    field_id, row = _existing(entity, ctx)
    fields = _fields(ctx)
    fields.pop("MULTIPLE", None)  # crm-lead-userfield-update.md: not changeable after creation
    changed = dict(row)
    _apply(changed, fields, ctx.store.next_in_sequence("userfield_enum") * 100)
    ctx.store.update("crm_userfield", field_id, changed)
    _emit(ctx, entity, "UPDATE", field_id, changed)
    return MethodResult(True)


def delete(entity: str, ctx: CallContext) -> MethodResult:
    """`crm.X.userfield.delete`: answers `true`."""
    field_id, row = _existing(entity, ctx)
    ctx.store.delete("crm_userfield", field_id)
    _emit(ctx, entity, "DELETE", field_id, row)
    return MethodResult(True)


def seed_rows(user_fields: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Records for the custom fields the CRM entities are built with (crm_fields.py), for seeding."""
    rows = []
    for entity, specs in user_fields.items():
        for index, spec in enumerate(specs):
            labels = {label: _labels(spec["title"]) for label in LABELS[:3]}
            row: dict[str, Any] = {
                "ENTITY_ID": ENTITY_IDS[entity],
                "FIELD_NAME": spec["code"],
                "USER_TYPE_ID": spec["type"],
                "XML_ID": None,
                "SORT": str(100 * (index + 1)),
                "MULTIPLE": "Y" if spec.get("multiple") else "N",
                "MANDATORY": "N",
                "SHOW_FILTER": "E",
                "SHOW_IN_LIST": "Y",
                "EDIT_IN_LIST": "Y",
                "IS_SEARCHABLE": "N",
                "SETTINGS": spec["settings"],
                **labels,
                "ERROR_MESSAGE": _labels(None),
                "HELP_MESSAGE": _labels(None),
            }
            if "items" in spec:
                row["LIST"] = [
                    {
                        "ID": item["ID"],
                        "SORT": str(10 * (i + 1)),
                        "VALUE": item["VALUE"],
                        "DEF": "N",
                        "XML_ID": item["ID"],
                    }
                    for i, item in enumerate(spec["items"])
                ]
            rows.append(row)
    return rows


RULES = {
    "add": (ParamRule("fields", OBJECT),),
    "update": (ParamRule("fields", OBJECT),),
    "list": (ParamRule("filter", OBJECT), ParamRule("order", OBJECT)),
}


def register(registry: MethodRegistry) -> None:
    """Add crm.{lead,deal,contact,company}.userfield.*."""
    for entity in ENTITY_IDS:
        for action, handler in (
            ("add", add),
            ("get", get),
            ("list", list_fields),
            ("update", update),
            ("delete", delete),
        ):
            name = f"crm.{entity}.userfield.{action}"
            guarded = with_crm_role(partial(handler, entity), lambda: RestError("", "Access denied.", 403))
            registry.add(name, "crm", guarded, RULES.get(action, ()), CLASSIC_CRM)
