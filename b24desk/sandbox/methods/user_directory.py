"""Finding and editing people and departments: user.search, user.update, department.{add,update,delete,fields}.

Shapes and errors from api-reference/user/user-{search,update}.md and api-reference/departments/
department-{add,update,delete,fields}.md. user.search takes FILTER with NAME, LAST_NAME, WORK_POSITION,
UF_DEPARTMENT_NAME, USER_TYPE or FIND (every one of them), answers like user.get (50 a page, `total`).
user.update answers `true`; a bad ID is ERROR_CORE "access_denied". department.add answers the new ID,
update/delete answer `true`; ERROR_CORE "Department name not provided.<br>", "Department not found",
"There can only be one top-level department in the company structure".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult, page_links
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.filters import compile_filter, run_query
from b24desk.sandbox.methods.params import as_bool, as_int, as_list, as_mapping, start_param
from b24desk.sandbox.methods.users import USER_TYPES
from b24desk.sandbox.methods.users import _public as public_user  # the one rule for what a user record shows
from b24desk.sandbox.validation import ARRAY, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

SEARCHED = ("NAME", "LAST_NAME", "WORK_POSITION", "UF_DEPARTMENT_NAME", "USER_TYPE")
# user-update.md: what a call may change (ID picks the user)
EDITABLE = frozenset(
    {
        "ACTIVE",
        "EMAIL",
        "NAME",
        "LAST_NAME",
        "SECOND_NAME",
        "PERSONAL_GENDER",
        "PERSONAL_PROFESSION",
        "PERSONAL_WWW",
        "PERSONAL_BIRTHDAY",
        "PERSONAL_ICQ",
        "PERSONAL_PHONE",
        "PERSONAL_FAX",
        "PERSONAL_MOBILE",
        "PERSONAL_PAGER",
        "PERSONAL_STREET",
        "PERSONAL_CITY",
        "PERSONAL_STATE",
        "PERSONAL_ZIP",
        "PERSONAL_COUNTRY",
        "PERSONAL_MAILBOX",
        "PERSONAL_NOTES",
        "WORK_PHONE",
        "WORK_COMPANY",
        "WORK_POSITION",
        "WORK_DEPARTMENT",
        "WORK_WWW",
        "WORK_FAX",
        "WORK_PAGER",
        "WORK_STREET",
        "WORK_MAILBOX",
        "WORK_CITY",
        "WORK_STATE",
        "WORK_ZIP",
        "WORK_COUNTRY",
        "WORK_PROFILE",
        "WORK_NOTES",
        "UF_SKYPE_LINK",
        "UF_ZOOM",
        "UF_DEPARTMENT",
        "UF_INTERESTS",
        "UF_SKILLS",
        "UF_WEB_SITES",
        "UF_XING",
        "UF_LINKEDIN",
        "UF_FACEBOOK",
        "UF_TWITTER",
        "UF_SKYPE",
        "UF_DISTRICT",
        "UF_PHONE_INNER",
    }
)
DEPARTMENT_TITLES = {  # department-fields.md
    "ID": "ID",
    "NAME": "Department Name",
    "SORT": "Sort Order",
    "PARENT": "Parent Department",
    "UF_HEAD": "Manager",
}


def _department_names(ctx: CallContext, user: dict[str, Any]) -> str:
    names = []
    for department in as_list(user.get("UF_DEPARTMENT")):
        row = ctx.store.get("department", as_int(department) or 0)
        if row:
            names.append(str(row.get("NAME") or ""))
    return " ".join(names)


def _matches(ctx: CallContext, user: dict[str, Any], wanted: dict[str, str]) -> bool:
    for key, text in wanted.items():
        needle = text.lower()
        if key == "FIND":
            haystack = [str(user.get(k) or "") for k in SEARCHED[:3]] + [_department_names(ctx, user)]
            if not any(needle in value.lower() for value in haystack):
                return False
        elif key == "UF_DEPARTMENT_NAME":
            if needle not in _department_names(ctx, user).lower():
                return False
        elif key == "USER_TYPE":
            if str(user.get("USER_TYPE") or "").lower() != needle:
                return False
        elif needle not in str(user.get(key) or "").lower():
            return False
    return True


def user_search(ctx: CallContext) -> MethodResult:
    """`user.search`: users whose fields contain the FILTER's words, sorted by `sort`/`order`, 50 a page."""
    raw = as_mapping(ctx.param("FILTER")) or {}
    wanted = {str(k).upper(): str(v) for k, v in raw.items() if str(k).upper() in (*SEARCHED, "FIND") and v != ""}
    rest = {str(k).upper(): v for k, v in raw.items() if str(k).upper() not in (*SEARCHED, "FIND")}
    if "FIND" in wanted:
        wanted = {"FIND": wanted["FIND"]}  # user-search.md: FIND is used alone
    sort = str(ctx.param("sort") or "ID").upper()
    descending = str(ctx.param("order") or "ASC").upper() == "DESC"
    table = ctx.store.table("user")
    matching = {row_id: row for row_id, row in table.rows.items() if row.get("ACTIVE") and _matches(ctx, row, wanted)}
    ids = sorted(matching)
    start = start_param(ctx.param("start"))
    page = run_query(ids, matching, compile_filter(rest), [(sort, descending)], start, USER_TYPES)
    total, following = page_links(start, page.total or 0, len(page.rows))
    return MethodResult([public_user(row) for row in page.rows], total, following)


def user_update(ctx: CallContext) -> MethodResult:
    """`user.update`: change a user's fields; answers `true`."""
    user_id = as_int(ctx.param("ID"))
    if user_id is None or user_id <= 0 or ctx.store.get("user", user_id) is None:
        raise RestError("ERROR_CORE", "access_denied")
    changes: dict[str, Any] = {}
    for key, value in ctx.params.items():
        code = str(key).upper()
        if code not in EDITABLE:
            continue
        if code == "ACTIVE":
            changes[code] = as_bool(value)
        elif code == "UF_DEPARTMENT":
            changes[code] = [as_int(item) for item in as_list(value) if as_int(item) is not None]
        else:
            changes[code] = "" if value is None else str(value)
    ctx.store.update("user", user_id, changes)
    return MethodResult(True)


def _department(ctx: CallContext) -> tuple[int, dict[str, Any]]:
    department_id = as_int(ctx.param("ID"))
    row = ctx.store.get("department", department_id) if department_id and department_id > 0 else None
    if department_id is None or row is None:
        raise RestError("ERROR_CORE", "Department not found")
    return department_id, row


def _parent(ctx: CallContext, value: Any) -> str:
    parent = as_int(value)
    if parent is None or ctx.store.get("department", parent) is None:
        raise RestError("ERROR_CORE", "There can only be one top-level department in the company structure")
    return str(parent)


def department_add(ctx: CallContext) -> MethodResult:
    """`department.add`: a department under PARENT; answers its ID."""
    name = str(ctx.param("NAME") or "").strip()
    if not name:
        raise RestError("ERROR_CORE", "Department name not provided.<br>")
    row: dict[str, Any] = {
        "NAME": name,
        "SORT": as_int(ctx.param("SORT")) or 500,
        "PARENT": _parent(ctx, ctx.param("PARENT")),
        "UF_HEAD": str(as_int(ctx.param("UF_HEAD")) or 0),
    }
    return MethodResult(ctx.store.add("department", row))


def department_update(ctx: CallContext) -> MethodResult:
    """`department.update`: answers `true`."""
    department_id, row = _department(ctx)
    changes: dict[str, Any] = {}
    if ctx.param("NAME") not in (None, ""):
        changes["NAME"] = str(ctx.param("NAME"))
    if ctx.param("SORT") is not None:
        changes["SORT"] = as_int(ctx.param("SORT")) or 500
    if ctx.param("PARENT") is not None and row.get("PARENT"):
        changes["PARENT"] = _parent(ctx, ctx.param("PARENT"))
    if ctx.param("UF_HEAD") is not None:
        changes["UF_HEAD"] = str(as_int(ctx.param("UF_HEAD")) or 0)
    ctx.store.update("department", department_id, changes)
    return MethodResult(True)


def department_delete(ctx: CallContext) -> MethodResult:
    """`department.delete`: answers `true`."""
    department_id, _ = _department(ctx)
    ctx.store.delete("department", department_id)
    return MethodResult(True)


def department_fields(ctx: CallContext) -> MethodResult:
    """`department.fields`: field code -> title."""
    return MethodResult(dict(DEPARTMENT_TITLES))


def register(registry: MethodRegistry) -> None:
    """Add user.search, user.update and the department writes."""
    registry.add("user.search", "user", user_search, (ParamRule("FILTER", ARRAY), ParamRule("select", ARRAY)))
    photos = (ParamRule("PERSONAL_PHOTO", ARRAY), ParamRule("WORK_LOGO", ARRAY))  # [name, base64 content]
    registry.add("user.update", "user", user_update, photos)
    registry.add("department.add", "department", department_add)
    registry.add("department.update", "department", department_update)
    registry.add("department.delete", "department", department_delete)
    registry.add("department.fields", "department", department_fields)
