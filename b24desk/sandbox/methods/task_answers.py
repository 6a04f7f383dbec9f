"""How a task is answered: its fields in camelCase plus the data blocks the docs' answers carry.

From the answers of api-reference/tasks/tasks-task-{add,update,get,list}.md:
- `creator`, `responsible`: `{id, name, link, icon, workPosition}` of the user in CREATED_BY and
  RESPONSIBLE_ID; `accomplicesData`, `auditorsData`: such blocks keyed by user ID (`[]` when none);
- `group`: `[]` outside a project; `descriptionInBbcode`: "Y";
- `tags`: `{tagId: {id, title}}`; `subStatus` and `counter` when selected (SUB_STATUS, COUNTERS);
- `params[WITH_TIMER_INFO]` adds `timeElapsed`, `timerIsRunningForCurrentUser`;
  `WITH_RESULT_INFO` adds `taskRequireResult`, `taskHasOpenResult`, `taskHasResult`;
  `WITH_PARSED_DESCRIPTION` adds `parsedDescription`;
- get, add and update add `favorite` and `action` (what the caller may do); add and update also
  `checklist`, `newCommentsCount`, `checkListTree` and `checkListCanAdd`.
"""

from __future__ import annotations

import zlib
from typing import Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.methods.params import as_bool, as_list, as_mapping
from b24desk.sandbox.methods.task_fields import COMPLETED, TASK_FIELDS, camel

DEFAULT_ICON = "/bitrix/images/tasks/default_avatar.png"
SUB_STATUS = ("SUB_STATUS", "SUBSTATUS")
COUNTERS = "COUNTERS"


def user_block(ctx: CallContext, user_id: Any) -> dict[str, Any] | None:
    """`{id, name, link, icon, workPosition}` of a user, None when there is no such user."""
    text = str(user_id or "").strip()
    user = ctx.store.get("user", int(text)) if text.isdigit() else None
    if user is None:
        return None
    name = " ".join(part for part in (user.get("NAME"), user.get("LAST_NAME")) if part)
    return {
        "id": text,
        "name": name,
        "link": f"/company/personal/user/{text}/",
        "icon": DEFAULT_ICON,
        "workPosition": user.get("WORK_POSITION") or "",
    }


def _users_data(ctx: CallContext, ids: Any) -> dict[str, Any] | list[Any]:
    blocks = {str(i): user_block(ctx, i) for i in as_list(ids)}
    found = {key: block for key, block in blocks.items() if block is not None}
    return found or []  # PHP sends an empty array as []


def tag_map(tags: Any) -> dict[str, Any] | list[Any]:
    """`{id: {id, title}}` for tag names (IDs stable per name), `[]` when none."""
    found = {}
    for title in as_list(tags):
        tag_id = zlib.crc32(str(title).encode()) % 100_000 + 1
        found[str(tag_id)] = {"id": tag_id, "title": str(title)}
    return found or []


def actions(row: dict[str, Any]) -> dict[str, bool]:
    """What the webhook's user (an administrator) may do with the task now."""
    status = str(row.get("STATUS") or "2")
    done = status == COMPLETED
    favorite = row.get("FAVORITE") == "Y"
    return {
        "accept": False,
        "decline": False,
        "complete": not done,
        "approve": status == "4",
        "disapprove": status == "4",
        "start": status in ("2", "6"),
        "pause": status == "3",
        "delegate": not done,
        "remove": True,
        "edit": True,
        "defer": status in ("2", "3"),
        "renew": done,
        "create": True,
        "changeDeadline": True,
        "checklistAddItems": True,
        "addFavorite": not favorite,
        "deleteFavorite": favorite,
        "rate": True,
        "take": False,
        "edit.originator": False,
        "checklist.reorder": True,
        "elapsedtime.add": True,
        "dayplan.timer.toggle": False,
        "edit.plan": True,
        "checklist.add": True,
        "favorite.add": not favorite,
        "favorite.delete": favorite,
    }


def _checklist_tree(ctx: CallContext) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": None,
        "copiedId": None,
        "entityId": None,
        "userId": ctx.webhook.user_id,
        "createdBy": None,
        "parentId": None,
        "title": "",
        "sortIndex": None,
        "displaySortIndex": "",
        "isComplete": False,
        "isImportant": False,
        "completedCount": 0,
        "members": [],
        "attachments": [],
        "nodeId": None,
    }
    return {"nodeId": 0, "fields": fields, "action": [], "descendants": []}


def present(ctx: CallContext, row: dict[str, Any], columns: list[str], mode: str) -> dict[str, Any]:
    """A task as answered: `mode` is "list", "get" or "full" (the answers of add and update)."""
    out: dict[str, Any] = {}
    for code in columns:
        if code in TASK_FIELDS:
            out[camel(code)] = tag_map(row.get(code)) if code == "TAGS" else row.get(code)
    out["descriptionInBbcode"] = "Y"
    out["group"] = []  # the sandbox has no projects
    if "CREATED_BY" in columns:
        out["creator"] = user_block(ctx, row.get("CREATED_BY")) or []
    if "RESPONSIBLE_ID" in columns:
        out["responsible"] = user_block(ctx, row.get("RESPONSIBLE_ID")) or []
    if "ACCOMPLICES" in columns:
        out["accomplicesData"] = _users_data(ctx, row.get("ACCOMPLICES"))
    if "AUDITORS" in columns:
        out["auditorsData"] = _users_data(ctx, row.get("AUDITORS"))
    if any(code in columns for code in SUB_STATUS):
        out["subStatus"] = row.get("STATUS")
    if COUNTERS in columns:
        counters = ("expired", "newComments", "projectExpired", "projectNewComments", "mutedExpired")
        out["counter"] = {
            "counters": {name: 0 for name in (*counters, "mutedNewComments")},
            "color": "gray",
            "value": 0,
        }
    _with_blocks(ctx, row, out)
    if mode in ("get", "full"):
        out["favorite"] = row.get("FAVORITE") or "N"
        out["action"] = actions(row)
    if mode == "full":
        out.update(checklist=[], newCommentsCount=0, checkListTree=_checklist_tree(ctx), checkListCanAdd=True)
    return out


def _with_blocks(ctx: CallContext, row: dict[str, Any], out: dict[str, Any]) -> None:
    params = as_mapping(ctx.param("params")) or {}
    wanted = {str(key).upper(): as_bool(value) for key, value in params.items()}
    if wanted.get("WITH_TIMER_INFO"):
        out.update(timeElapsed=None, timerIsRunningForCurrentUser="N")
    if wanted.get("WITH_RESULT_INFO"):
        out.update(taskRequireResult="N", taskHasOpenResult="N", taskHasResult="N")
    if wanted.get("WITH_PARSED_DESCRIPTION"):
        out["parsedDescription"] = row.get("DESCRIPTION") or ""
