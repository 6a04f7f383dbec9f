"""Universal lists: lists.{get,add,update,delete}, lists.field.get, lists.element.{add,get,update,delete}.

Shapes and errors from api-reference/lists/lists/lists-{get,add,update,delete}.md, fields/lists-field-get.md
and elements/lists-element-{add,get,update,delete}.md. A list (information block) is named by
IBLOCK_TYPE_ID plus IBLOCK_ID or IBLOCK_CODE, an element by ELEMENT_ID or ELEMENT_CODE. Custom properties
are `PROPERTY_<id>` with values keyed by value ID (`{"3743": "1269"}`). `add` answers the new ID, the
others `true`; lists.get and lists.element.get page by 50 with `total`. Errors (status 400):
ERROR_REQUIRED_PARAMETERS_MISSING "Required parameter `X` is missing", ERROR_IBLOCK_NOT_FOUND,
ERROR_IBLOCK_ALREADY_EXISTS, ERROR_ELEMENT_NOT_FOUND, ERROR_ELEMENT_ALREADY_EXISTS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult, now
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.methods.listing import table_page
from b24desk.sandbox.methods.params import as_int, as_list, as_mapping
from b24desk.sandbox.methods.stamps import display_now
from b24desk.sandbox.validation import ARRAY, OBJECT, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

IBLOCK_TYPES = ("lists", "bitrix_processes", "lists_socnet")
HIDDEN = ("PROPERTIES", "IBLOCK_ID")  # kept with the rows, never answered
ELEMENT_TYPES = {"ID": "integer", "CREATED_BY": "integer", "SORT": "integer", "IBLOCK_ID": "integer"}
_ELEMENT_FILTERS = ("ID", "NAME", "CODE", "IBLOCK_SECTION_ID", "CREATED_BY", "DATE_CREATE", "SORT")


def _missing(name: str) -> RestError:
    return RestError("ERROR_REQUIRED_PARAMETERS_MISSING", f"Required parameter `{name}` is missing")


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key not in HIDDEN}


def _iblock_type(ctx: CallContext) -> str:
    iblock_type = str(ctx.param("IBLOCK_TYPE_ID") or "")
    if not iblock_type:
        raise _missing("IBLOCK_TYPE_ID")
    return iblock_type


def _iblock(ctx: CallContext) -> tuple[int, dict[str, Any]]:
    iblock_type = _iblock_type(ctx)
    wanted_id, wanted_code = as_int(ctx.param("IBLOCK_ID")), ctx.param("IBLOCK_CODE")
    if wanted_id is None and not wanted_code:
        raise _missing("IBLOCK_ID")
    for row_id, row in ctx.store.table("iblock").rows.items():
        if row["IBLOCK_TYPE_ID"] == iblock_type and (
            row_id == wanted_id or (wanted_code and row["CODE"] == wanted_code)
        ):
            return row_id, row
    raise RestError("ERROR_IBLOCK_NOT_FOUND", "Iblock not found")


def iblock_row(iblock_type: str, code: str, fields: dict[str, Any], properties: list[dict[str, Any]]) -> dict[str, Any]:
    """A list as lists.get answers it, with its custom properties kept aside."""
    return {
        "TIMESTAMP_X": display_now(now()),
        "IBLOCK_TYPE_ID": iblock_type,
        "LID": "s1",
        "CODE": code,
        "API_CODE": None,
        "NAME": str(fields.get("NAME") or ""),
        "ACTIVE": "Y",
        "SORT": str(as_int(fields.get("SORT")) or 500),
        "PICTURE": None,
        "DESCRIPTION": str(fields.get("DESCRIPTION") or ""),
        "DESCRIPTION_TYPE": "text",
        "XML_ID": None,
        "INDEX_ELEMENT": "Y",
        "WORKFLOW": "N",
        "BIZPROC": "Y" if str(fields.get("BIZPROC") or "Y").upper() == "Y" else "N",
        "SECTION_CHOOSER": "L",
        "RIGHTS_MODE": "E",
        "VERSION": "1",
        "SOCNET_GROUP_ID": None,
        **dict.fromkeys(("LIST_PAGE_URL", "DETAIL_PAGE_URL", "SECTION_PAGE_URL", "CANONICAL_PAGE_URL")),
        **dict.fromkeys(("RSS_FILE_LIMIT", "RSS_FILE_DAYS", "TMP_ID", "LIST_MODE", "SECTION_PROPERTY")),
        **dict.fromkeys(("PROPERTY_INDEX", "EDIT_FILE_BEFORE", "EDIT_FILE_AFTER", "EXTERNAL_ID", "SERVER_NAME")),
        "RSS_TTL": "24",
        "RSS_ACTIVE": "Y",
        "RSS_FILE_ACTIVE": "N",
        "RSS_YANDEX_ACTIVE": "N",
        "INDEX_SECTION": "N",
        "LAST_CONV_ELEMENT": "0",
        "REST_ON": "N",
        "FULLTEXT_INDEX": "N",
        "LANG_DIR": "/",
        "SECTIONS_NAME": "Sections",
        "SECTION_NAME": "Section",
        "ELEMENTS_NAME": "Elements",
        "ELEMENT_NAME": "Element",
        "PROPERTIES": properties,
    }


def lists_get(ctx: CallContext) -> MethodResult:
    """`lists.get`: the lists of a type (or the one IBLOCK_ID / IBLOCK_CODE names), 50 a page."""
    iblock_type = _iblock_type(ctx)
    flt: dict[str, Any] = {"IBLOCK_TYPE_ID": iblock_type}
    if ctx.param("IBLOCK_ID") is not None:
        flt["ID"] = ctx.param("IBLOCK_ID")
    if ctx.param("IBLOCK_CODE"):
        flt["CODE"] = ctx.param("IBLOCK_CODE")
    order = [
        (str(k).upper(), str(v).upper() == "DESC") for k, v in (as_mapping(ctx.param("IBLOCK_ORDER")) or {}).items()
    ]
    rows, total, following = table_page(ctx, "iblock", flt, order or [("ID", False)], {"ID": "integer"})
    return MethodResult([_public(row) for row in rows], total, following)


def lists_add(ctx: CallContext) -> MethodResult:
    """`lists.add`: a new list; answers its ID."""
    iblock_type = _iblock_type(ctx)
    code = str(ctx.param("IBLOCK_CODE") or "")
    if not code:
        raise _missing("IBLOCK_CODE")
    fields = {str(k).upper(): v for k, v in (as_mapping(ctx.param("FIELDS")) or {}).items()}
    if not fields.get("NAME"):
        raise _missing("FIELDS[NAME]")
    if any(row["CODE"] == code for row in ctx.store.table("iblock").rows.values()):
        raise RestError("ERROR_IBLOCK_ALREADY_EXISTS", "Iblock already exists")
    return MethodResult(ctx.store.add("iblock", iblock_row(iblock_type, code, fields, [])))


def lists_update(ctx: CallContext) -> MethodResult:
    """`lists.update`: rename or re-describe a list; answers `true`."""
    iblock_id, _ = _iblock(ctx)
    fields = {str(k).upper(): v for k, v in (as_mapping(ctx.param("FIELDS")) or {}).items()}
    changes: dict[str, Any] = {
        key: str(fields[key]) for key in ("NAME", "DESCRIPTION", "SORT", "BIZPROC") if key in fields
    }
    changes["TIMESTAMP_X"] = display_now(now())
    ctx.store.update("iblock", iblock_id, changes)
    return MethodResult(True)


def lists_delete(ctx: CallContext) -> MethodResult:
    """`lists.delete`: the list and its elements; answers `true`."""
    iblock_id, _ = _iblock(ctx)
    for element_id, element in list(ctx.store.table("list_element").rows.items()):
        if element["IBLOCK_ID"] == str(iblock_id):
            ctx.store.delete("list_element", element_id)
    ctx.store.delete("iblock", iblock_id)
    return MethodResult(True)


def field_get(ctx: CallContext) -> MethodResult:
    """`lists.field.get`: the list's fields keyed by FIELD_ID (NAME and its PROPERTY_<id>)."""
    _, row = _iblock(ctx)
    described: dict[str, Any] = {
        "NAME": {"FIELD_ID": "NAME", "SORT": 10, "NAME": "Name", "IS_REQUIRED": "Y", "MULTIPLE": "N", "TYPE": "NAME"}
    }
    for prop in row["PROPERTIES"]:
        described[f"PROPERTY_{prop['ID']}"] = dict(prop)
    wanted = ctx.param("FIELD_ID")
    if wanted:
        return MethodResult({key: value for key, value in described.items() if key == str(wanted)})
    return MethodResult(described)


def _element(ctx: CallContext, iblock_id: int) -> tuple[int, dict[str, Any]]:
    wanted_id, wanted_code = as_int(ctx.param("ELEMENT_ID")), ctx.param("ELEMENT_CODE")
    if wanted_id is None and not wanted_code:
        raise _missing("ELEMENT_ID")
    for row_id, row in ctx.store.table("list_element").rows.items():
        if row["IBLOCK_ID"] == str(iblock_id) and (row_id == wanted_id or (wanted_code and row["CODE"] == wanted_code)):
            return row_id, row
    raise RestError("ERROR_ELEMENT_NOT_FOUND", "Element not found")


def _element_fields(iblock: dict[str, Any], fields: dict[str, Any], counter: Any) -> dict[str, Any]:
    known = {f"PROPERTY_{prop['ID']}" for prop in iblock["PROPERTIES"]}
    changes: dict[str, Any] = {}
    for key, value in fields.items():
        if key in ("NAME", "IBLOCK_SECTION_ID", "SORT"):
            changes[key] = None if value in (None, "") else str(value)
        elif key in known:
            given = as_mapping(value)
            values = list(given.values()) if given is not None else as_list(value)
            changes[key] = {str(counter()): str(item) for item in values if item not in (None, "")}
    return changes


def element_add(ctx: CallContext) -> MethodResult:
    """`lists.element.add`: an element with NAME and properties; answers its ID."""
    iblock_id, iblock = _iblock(ctx)
    code = str(ctx.param("ELEMENT_CODE") or "")
    if not code:
        raise _missing("ELEMENT_CODE")
    fields = {str(k).upper(): v for k, v in (as_mapping(ctx.param("FIELDS")) or {}).items()}
    if not fields.get("NAME"):
        raise _missing("FIELDS[NAME]")
    if any(
        row["IBLOCK_ID"] == str(iblock_id) and row["CODE"] == code
        for row in ctx.store.table("list_element").rows.values()
    ):
        raise RestError("ERROR_ELEMENT_ALREADY_EXISTS", "Element already exists")
    row: dict[str, Any] = {
        "IBLOCK_ID": str(iblock_id),
        "NAME": "",
        "IBLOCK_SECTION_ID": None,
        "CREATED_BY": str(ctx.webhook.user_id),
        "CODE": code,
        "DATE_CREATE": display_now(now()),
        "SORT": "500",
    }
    row.update(_element_fields(iblock, fields, lambda: ctx.store.next_in_sequence("list_value")))
    return MethodResult(ctx.store.add("list_element", row))


def element_get(ctx: CallContext) -> MethodResult:
    """`lists.element.get`: one element (ELEMENT_ID / ELEMENT_CODE) or the list's elements by FILTER, 50 a page."""
    iblock_id, _ = _iblock(ctx)
    if ctx.param("ELEMENT_ID") is not None or ctx.param("ELEMENT_CODE"):
        _, row = _element(ctx, iblock_id)
        rows: list[dict[str, Any]] = [row]
        total: int | None = 1
        following: int | None = None
    else:
        raw = {str(k): v for k, v in (as_mapping(ctx.param("FILTER")) or {}).items()}
        flt = {key: value for key, value in raw.items() if key.lstrip("=<>!%@").upper() in _ELEMENT_FILTERS}
        flt["IBLOCK_ID"] = str(iblock_id)
        order = [
            (str(k).upper(), str(v).upper() == "DESC")
            for k, v in (as_mapping(ctx.param("ELEMENT_ORDER")) or {}).items()
        ]
        rows, total, following = table_page(ctx, "list_element", flt, order or [("ID", False)], ELEMENT_TYPES)
    wanted = [str(name).upper() for name in as_list(ctx.param("SELECT"))]
    answered = [_public(row) for row in rows]
    if wanted:
        answered = [{key: value for key, value in row.items() if key in wanted or key == "ID"} for row in answered]
    return MethodResult(answered, total, following)


def element_update(ctx: CallContext) -> MethodResult:
    """`lists.element.update`: the FIELDS given replace the element's (NAME required); answers `true`."""
    iblock_id, iblock = _iblock(ctx)
    element_id, _ = _element(ctx, iblock_id)
    fields = {str(k).upper(): v for k, v in (as_mapping(ctx.param("FIELDS")) or {}).items()}
    if not fields.get("NAME"):
        raise _missing("FIELDS[NAME]")
    changes = _element_fields(iblock, fields, lambda: ctx.store.next_in_sequence("list_value"))
    ctx.store.update("list_element", element_id, changes)
    return MethodResult(True)


def element_delete(ctx: CallContext) -> MethodResult:
    """`lists.element.delete`: answers `true`."""
    iblock_id, _ = _iblock(ctx)
    element_id, _ = _element(ctx, iblock_id)
    ctx.store.delete("list_element", element_id)
    return MethodResult(True)


LIST_RULES = (ParamRule("FIELDS", OBJECT), ParamRule("MESSAGES", OBJECT), ParamRule("RIGHTS", OBJECT))
ELEMENT_GET_RULES = (ParamRule("SELECT", ARRAY), ParamRule("FILTER", OBJECT), ParamRule("ELEMENT_ORDER", OBJECT))


def register(registry: MethodRegistry) -> None:
    """Add the lists methods (no documented answer for a wrong type: the generic ERROR_ARGUMENT)."""
    registry.add("lists.get", "lists", lists_get, (ParamRule("IBLOCK_ORDER", OBJECT),))
    registry.add("lists.add", "lists", lists_add, LIST_RULES)
    registry.add("lists.update", "lists", lists_update, LIST_RULES)
    registry.add("lists.delete", "lists", lists_delete)
    registry.add("lists.field.get", "lists", field_get)
    registry.add("lists.element.add", "lists", element_add, LIST_RULES[:1])
    registry.add("lists.element.get", "lists", element_get, ELEMENT_GET_RULES)
    registry.add("lists.element.update", "lists", element_update, LIST_RULES[:1])
    registry.add("lists.element.delete", "lists", element_delete)
