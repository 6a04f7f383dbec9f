"""User and department methods: user.current, user.get, user.fields (scope user), department.get.

Shapes from api-reference/user/{user-current,user-get,user-fields}.md and
api-reference/departments/department-get.md (both lists page by 50 with `total`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult, page_links
from b24desk.sandbox.filters import compile_filter, parse_order, run_query
from b24desk.sandbox.methods.params import as_mapping, start_param
from b24desk.sandbox.validation import ARRAY, OBJECT, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

# Field code -> label, in the order of user-fields.md (the custom UF_ fields the sandbox holds only).
USER_FIELD_TITLES = {
    "ID": "ID",
    "XML_ID": "External code",
    "ACTIVE": "Activity",
    "NAME": "First Name",
    "LAST_NAME": "Last Name",
    "SECOND_NAME": "Middle Name",
    "TITLE": "User List",
    "EMAIL": "E-Mail",
    "LAST_LOGIN": "Last Authorization",
    "DATE_REGISTER": "Registration Date",
    "TIME_ZONE": "TIME_ZONE",
    "IS_ONLINE": "IS_ONLINE",
    "TIMESTAMP_X": "TIMESTAMP_X",
    "LAST_ACTIVITY_DATE": "LAST_ACTIVITY_DATE",
    "PERSONAL_GENDER": "Gender",
    "PERSONAL_PROFESSION": "Profession",
    "PERSONAL_WWW": "Homepage",
    "PERSONAL_BIRTHDAY": "Date of Birth",
    "PERSONAL_PHOTO": "Photo",
    "PERSONAL_ICQ": "ICQ",
    "PERSONAL_PHONE": "Personal Phone",
    "PERSONAL_FAX": "Fax",
    "PERSONAL_MOBILE": "Personal Mobile",
    "PERSONAL_PAGER": "Pager",
    "PERSONAL_STREET": "Residential Street",
    "PERSONAL_CITY": "Residential City",
    "PERSONAL_STATE": "State / Region",
    "PERSONAL_ZIP": "Zip Code",
    "PERSONAL_COUNTRY": "Country",
    "PERSONAL_MAILBOX": "P.O. Box",
    "PERSONAL_NOTES": "Additional Notes",
    "WORK_PHONE": "Company Phone",
    "WORK_COMPANY": "Company",
    "WORK_POSITION": "Job Title",
    "WORK_DEPARTMENT": "Department",
    "WORK_WWW": "Company Website",
    "WORK_FAX": "WORK_FAX",
    "WORK_PAGER": "WORK_PAGER",
    "WORK_STREET": "WORK_STREET",
    "WORK_MAILBOX": "WORK_MAILBOX",
    "WORK_CITY": "Work City",
    "WORK_STATE": "WORK_STATE",
    "WORK_ZIP": "WORK_ZIP",
    "WORK_COUNTRY": "WORK_COUNTRY",
    "WORK_PROFILE": "WORK_PROFILE",
    "WORK_LOGO": "WORK_LOGO",
    "WORK_NOTES": "WORK_NOTES",
    "UF_EMPLOYMENT_DATE": "Hire Date",
    "UF_DEPARTMENT": "Units",
    "USER_TYPE": "USER_TYPE",
}
USER_TYPES = {"ID": "integer", "UF_DEPARTMENT": "integer", "ACTIVE": "boolean"}
_HIDDEN = ("ADMIN", "LANGUAGE_ID", "CRM_ACCESS")  # the portal keeps these to itself
# Kept as moments, sent as user-get.md and user-current.md show them: user.get serialises these two as
# empty objects, user.current as `2024-07-23 08:08:50` (the portal's local time, no offset).
_MOMENTS = ("TIMESTAMP_X", "LAST_ACTIVITY_DATE")


def _public(user: dict[str, Any], moments_as_text: bool = False) -> dict[str, Any]:
    out = {key: value for key, value in user.items() if key not in _HIDDEN}
    for key in _MOMENTS:
        if key in out:
            value = out[key]
            out[key] = str(value)[:19].replace("T", " ") if moments_as_text and value else {}
    return out


def user_current(ctx: CallContext) -> MethodResult:
    """`user.current`: the webhook user's full record."""
    user = ctx.store.get("user", ctx.webhook.user_id)
    return MethodResult(_public(user, moments_as_text=True) if user else {})


def user_get(ctx: CallContext) -> MethodResult:
    """`user.get`: users by FILTER (or plain field params), sorted by `sort`/`order`, 50 a page."""
    raw_filter = as_mapping(ctx.param("filter")) or {}
    for key, value in ctx.params.items():  # user.get also takes filter fields as top-level params
        if key.upper() in USER_FIELD_TITLES or key.upper() == "ID":
            raw_filter.setdefault(key.upper(), value)
    if "ACTIVE" in raw_filter and raw_filter["ACTIVE"] in ("", None):
        raw_filter.pop("ACTIVE")
    sort = str(ctx.param("sort") or "ID").upper()
    direction = str(ctx.param("order") or "ASC")
    start = start_param(ctx.param("start"))
    table = ctx.store.table("user")
    page = run_query(
        table.ids,
        table.rows,
        compile_filter(raw_filter),
        [(sort, direction.upper() == "DESC")],
        start,
        USER_TYPES,
    )
    total, following = page_links(start, page.total or 0, len(page.rows))
    return MethodResult([_public(row) for row in page.rows], total, following)


def user_fields(ctx: CallContext) -> MethodResult:
    """`user.fields`: field code -> title."""
    return MethodResult(dict(USER_FIELD_TITLES))


def department_get(ctx: CallContext) -> MethodResult:
    """`department.get`: departments by ID, NAME, PARENT, UF_HEAD; `sort`/`order`; 50 a page."""
    raw_filter = {
        key.upper(): value for key, value in ctx.params.items() if key.upper() in ("ID", "NAME", "PARENT", "UF_HEAD")
    }
    order = parse_order({str(ctx.param("sort") or "ID"): str(ctx.param("order") or "ASC")})
    start = start_param(ctx.param("start"))
    table = ctx.store.table("department")
    page = run_query(table.ids, table.rows, compile_filter(raw_filter), order, start, {"ID": "integer"})
    total, following = page_links(start, page.total or 0, len(page.rows))
    return MethodResult([dict(row) for row in page.rows], total, following)


def register(registry: MethodRegistry) -> None:
    """Add the user and department methods."""
    registry.add("user.current", "user", user_current)
    registry.add("user.get", "user", user_get, (ParamRule("FILTER", OBJECT), ParamRule("select", ARRAY)))
    registry.add("user.fields", "user", user_fields)
    registry.add("department.get", "department", department_get)
