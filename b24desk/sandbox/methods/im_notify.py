"""Notifications: im.notify, im.notify.{system.add,personal.add,delete,read,read.list,read.all,get} (scope im).

Shapes and errors from api-reference/chats/notifications/im-notify*.md: the add methods answer the new
notification's ID; delete/read/read.list answer `true`; read.all answers `{"result": true,
"newCounter": 0}`; get answers the webhook user's notifications, newest first, with their authors in
`users`. Errors (status 400): USER_ID_EMPTY "User ID can't be empty", MESSAGE_EMPTY "Message can't be
empty", ATTACH_OVERSIZE (over 60,000 characters), PARAMS_ERROR "Incorrect params" / "No IDS param or it is
not an array", LAST_ID_AND_LAST_TYPE, LAST_ID_STRING.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.methods.params import as_bool, as_int, as_list
from b24desk.sandbox.methods.stamps import stamp
from b24desk.sandbox.validation import ARRAY, OBJECT, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

ATTACH_LIMIT = 60_000  # im-notify-system-add.md: ATTACH_OVERSIZE past 60,000 characters
SYSTEM, PERSONAL = 4, 2  # notify_type of system and personal notifications (im-notify-get.md shows 2)
CHAT_ID_BASE = 70  # each user's notification chat (im-notify-get.md: `chat_id`)


def _error(code: str, description: str) -> RestError:
    return RestError(code, description, 400)


def _add(ctx: CallContext, personal: bool) -> MethodResult:
    user_id = as_int(ctx.param("USER_ID"))
    if user_id is None or user_id <= 0:
        raise _error("USER_ID_EMPTY", "User ID can't be empty")
    message = str(ctx.param("MESSAGE") or "")
    if not message.strip():
        raise _error("MESSAGE_EMPTY", "Message can't be empty")
    attach = ctx.param("ATTACH")
    if attach is not None and len(json.dumps(attach, ensure_ascii=False)) > ATTACH_LIMIT:
        raise _error("ATTACH_OVERSIZE", "You have exceeded the maximum allowable size of attach")
    row = {
        "user_id": user_id,
        "chat_id": CHAT_ID_BASE + user_id,
        "author_id": ctx.webhook.user_id if personal else 0,
        "date": stamp(ctx),
        "notify_type": PERSONAL if personal else SYSTEM,
        "notify_module": "rest",
        "notify_event": "rest_notify",
        "notify_tag": str(ctx.param("TAG") or ""),
        "notify_sub_tag": str(ctx.param("SUB_TAG") or ""),
        "notify_title": "",
        "setting_name": "rest|rest_notify",
        "text": message,
        "notify_read": "N",
        "params": {"ATTACH": attach} if attach else None,
    }
    new_id = ctx.store.add("notification", row)
    ctx.store.update("notification", new_id, {"id": new_id})
    return MethodResult(new_id)


def system_add(ctx: CallContext) -> MethodResult:
    """`im.notify.system.add`: a system notification to USER_ID."""
    return _add(ctx, personal=False)


def personal_add(ctx: CallContext) -> MethodResult:
    """`im.notify.personal.add`: a notification to USER_ID from the webhook's user."""
    return _add(ctx, personal=True)


def notify(ctx: CallContext) -> MethodResult:
    """`im.notify` (older form): TYPE USER (personal, the default) or SYSTEM."""
    return _add(ctx, personal=str(ctx.param("TYPE") or "USER").upper() != "SYSTEM")


def _mine(ctx: CallContext) -> dict[int, dict[str, Any]]:
    table = ctx.store.table("notification")
    return {row_id: row for row_id, row in table.rows.items() if row["user_id"] == ctx.webhook.user_id}


def delete(ctx: CallContext) -> MethodResult:
    """`im.notify.delete`: by ID, or every notification with TAG / SUB_TAG."""
    note_id = as_int(ctx.param("ID"))
    tag = str(ctx.param("TAG") or "")
    sub_tag = str(ctx.param("SUB_TAG") or "")
    table = ctx.store.table("notification")
    if note_id:
        doomed = [note_id] if note_id in table.rows else []
    elif tag or sub_tag:
        doomed = [
            row_id
            for row_id, row in table.rows.items()
            if (tag and row["notify_tag"] == tag) or (sub_tag and row["notify_sub_tag"] == sub_tag)
        ]
    else:
        raise _error("PARAMS_ERROR", "Incorrect params")
    for row_id in doomed:
        ctx.store.delete("notification", row_id)
    return MethodResult(True)


def _mark(ctx: CallContext, ids: list[int], read: bool) -> None:
    for row_id in ids:
        ctx.store.update("notification", row_id, {"notify_read": "Y" if read else "N"})


def read(ctx: CallContext) -> MethodResult:
    """`im.notify.read`: ID and, unless ONLY_CURRENT, every older one; ACTION N marks unread."""
    mine = _mine(ctx)
    note_id = as_int(ctx.param("ID")) or 0
    only = as_bool(ctx.param("ONLY_CURRENT"))
    chosen = [row_id for row_id in mine if row_id == note_id or (not only and row_id <= note_id)]
    _mark(ctx, chosen, str(ctx.param("ACTION") or "Y").upper() != "N")
    return MethodResult(True)


def read_list(ctx: CallContext) -> MethodResult:
    """`im.notify.read.list`: the notifications in IDS."""
    raw = ctx.param("IDS")
    if not isinstance(raw, list | dict) or not raw:
        raise _error("PARAMS_ERROR", "No IDS param or it is not an array")
    mine = _mine(ctx)
    chosen = [row_id for row_id in (as_int(item) for item in as_list(raw)) if row_id in mine]
    _mark(ctx, [row_id for row_id in chosen if row_id is not None], str(ctx.param("ACTION") or "Y").upper() != "N")
    return MethodResult(True)


def read_all(ctx: CallContext) -> MethodResult:
    """`im.notify.read.all`: every notification of the webhook's user."""
    _mark(ctx, list(_mine(ctx)), True)
    return MethodResult({"result": True, "newCounter": 0})


def _day_month(birthday: Any) -> str | bool:
    """`15-05` from `1990-05-15...` (im-notify-get.md's `birthday`), False when unknown."""
    text = str(birthday or "")
    return f"{text[8:10]}-{text[5:7]}" if len(text) >= 10 else False


def _author(ctx: CallContext, user_id: int) -> dict[str, Any] | None:
    user = ctx.store.get("user", user_id)
    if user is None:
        return None
    return {
        "id": user_id,
        "active": bool(user.get("ACTIVE")),
        "name": f"{user.get('NAME', '')} {user.get('LAST_NAME', '')}".strip(),
        "first_name": user.get("NAME", ""),
        "last_name": user.get("LAST_NAME", ""),
        "work_position": user.get("WORK_POSITION", ""),
        "gender": user.get("PERSONAL_GENDER") or "M",
        "color": "#1eb4aa",
        "avatar": "",
        "avatar_hr": "",
        "birthday": _day_month(user.get("PERSONAL_BIRTHDAY")),
        "extranet": user.get("USER_TYPE") == "extranet",
        "network": False,
        "bot": False,
        "connector": False,
        "external_auth_id": "default",
        "status": "online",
        "idle": False,
        "last_activity_date": user.get("LAST_LOGIN") or False,
        "mobile_last_date": False,
        "desktop_last_date": False,
        "absent": False,
        "departments": user.get("UF_DEPARTMENT", []),
        "phones": {
            "work_phone": user.get("WORK_PHONE") or "",
            "personal_mobile": user.get("PERSONAL_MOBILE") or "",
            "inner_phone": user.get("UF_PHONE_INNER") or "",
        },
        "bot_data": None,
        "type": "user",
        "website": "",
        "email": user.get("EMAIL", ""),
    }


def get(ctx: CallContext) -> MethodResult:
    """`im.notify.get`: a page of the webhook user's notifications, newest first (LIMIT up to 50)."""
    last_id, last_type = ctx.param("LAST_ID"), ctx.param("LAST_TYPE")
    if (last_id is None) != (last_type is None):
        raise _error("LAST_ID_AND_LAST_TYPE", "Parameters LAST_ID and LAST_TYPE should be used together.")
    if last_id is not None and as_int(last_id) is None:
        raise _error("LAST_ID_STRING", "Last notification ID can't be string")
    limit = min(max(as_int(ctx.param("LIMIT")) or 50, 1), 50)
    mine = _mine(ctx)
    newest = sorted(mine, reverse=True)
    if last_id is not None:
        newest = [row_id for row_id in newest if row_id < (as_int(last_id) or 0)]
    page = [{k: v for k, v in mine[row_id].items() if k not in ("user_id", "ID")} for row_id in newest[:limit]]
    authors = {row["author_id"] for row in page if row["author_id"]}
    return MethodResult(
        {
            "total_count": len(mine),
            "total_unread_count": sum(1 for row in mine.values() if row["notify_read"] == "N"),
            "chat_id": CHAT_ID_BASE + ctx.webhook.user_id,
            "notifications": page,
            "users": [found for found in (_author(ctx, author) for author in sorted(authors)) if found],
        }
    )


# im-notify-system-add.md: ATTACH_ERROR "Incorrect attach params"; im-notify-read-list.md: PARAMS_ERROR
ATTACH = (ParamRule("ATTACH", OBJECT, wrong=lambda rule, value: _error("ATTACH_ERROR", "Incorrect attach params")),)
IDS = (ParamRule("IDS", ARRAY, wrong=lambda rule, value: _error("PARAMS_ERROR", "No IDS param or it is not an array")),)


def register(registry: MethodRegistry) -> None:
    """Add the notification methods."""
    registry.add("im.notify", "im", notify, ATTACH)
    registry.add("im.notify.system.add", "im", system_add, ATTACH)
    registry.add("im.notify.personal.add", "im", personal_add, ATTACH)
    registry.add("im.notify.delete", "im", delete)
    registry.add("im.notify.read", "im", read)
    registry.add("im.notify.read.list", "im", read_list, IDS)
    registry.add("im.notify.read.all", "im", read_all)
    registry.add("im.notify.get", "im", get)
