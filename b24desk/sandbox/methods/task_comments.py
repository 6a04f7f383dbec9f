"""Task comments: task.commentitem.{add,get,getlist,update,delete} (scope task).

Shapes and errors from api-reference/tasks/comment-item/task-comment-item-*.md. Parameters are
positional (TASKID, then ITEMID, then FIELDS; sent as named keys or as a list 0..n). `add` answers the
comment's ID, `update`/`delete` answer `true`, `get` one comment and `getlist` every comment of the task
(no paging). Errors are ERROR_CORE with status 400 and the docs' TASKS_ERROR_EXCEPTION texts. Events
ONTASKCOMMENTADD/UPDATE/DELETE carry FIELDS_AFTER[ID], FIELDS_AFTER[TASK_ID] (on-task-comment-add.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.filters import compile_filter, parse_order, run_query
from b24desk.sandbox.methods.params import as_int, as_mapping
from b24desk.sandbox.methods.stamps import stamp
from b24desk.sandbox.validation import OBJECT, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

TYPES = {"ID": "integer", "AUTHOR_ID": "integer", "TASK_ID": "integer"}
ANSWERED = ("POST_MESSAGE_HTML", "ID", "AUTHOR_ID", "AUTHOR_NAME", "AUTHOR_EMAIL", "POST_DATE", "POST_MESSAGE")
_FILTERABLE = ("ID", "AUTHOR_ID", "AUTHOR_NAME", "POST_DATE")
_PREFIXES = ("", "=", "<", "<=", ">", ">=", "!")


def _core(description: str) -> RestError:
    return RestError("ERROR_CORE", description, 400)


def _wrong_arguments(position: int, name: str, method: str, given: bool) -> RestError:
    if not given:
        return _core(
            f"TASKS_ERROR_EXCEPTION_#256; Param #{position} ({name}) expected by method ctaskcommentitem::{method}(),"
            " but not given.; 256/TE/WRONG_ARGUMENTS"
        )
    return _core(
        f"TASKS_ERROR_EXCEPTION_#256; Param #{position} ({name}) for method ctaskcommentitem::{method}() expected"
        ' to be of type "integer", but given something else.; 256/TE/WRONG_ARGUMENTS'
    )


def _positional(ctx: CallContext, position: int, *names: str) -> Any:
    value = ctx.param(*names)
    return ctx.params.get(str(position)) if value is None else value


def _id_param(ctx: CallContext, position: int, name: str, method: str) -> int:
    raw = _positional(ctx, position, name)
    number = as_int(raw)
    if number is None:
        label = "taskId" if name == "TASKID" else "itemId"
        raise _wrong_arguments(position, label, method, raw is not None)
    return number


def _task(ctx: CallContext, method: str) -> int:
    task_id = _id_param(ctx, 0, "TASKID", method)
    if ctx.store.get("task", task_id) is None:
        raise _core("TASKS_ERROR_EXCEPTION_#8; Action failed; 8/TE/ACTION_FAILED_TO_BE_PROCESSED")
    return task_id


def _comment(ctx: CallContext, task_id: int, method: str) -> tuple[int, dict[str, Any]]:
    item_id = _id_param(ctx, 1, "ITEMID", method)
    row = ctx.store.get("task_comment", item_id)
    if row is None or row["TASK_ID"] != str(task_id):
        if method == "get":
            raise _core(
                "TASKS_ERROR_EXCEPTION_#512; Check listitem not found or not accessible;"
                " 512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE"
            )
        raise _core("TASKS_ERROR_EXCEPTION_#4; Action is not allowed; 4/TE/ACTION_NOT_ALLOWED")
    return item_id, row


def _fields(ctx: CallContext, position: int) -> dict[str, Any]:
    return {str(k).upper(): v for k, v in (as_mapping(_positional(ctx, position, "FIELDS", "arFields")) or {}).items()}


def _author(ctx: CallContext, user_id: int) -> tuple[str, str]:
    user = ctx.store.get("user", user_id) or {}
    return f"{user.get('NAME', '')} {user.get('LAST_NAME', '')}".strip(), str(user.get("EMAIL") or "")


def _emit(ctx: CallContext, action: str, item_id: int, task_id: int) -> None:
    ctx.emit(
        f"ONTASKCOMMENT{action}",
        {
            "FIELDS_BEFORE": "undefined",
            "FIELDS_AFTER": {"ID": str(item_id), "TASK_ID": str(task_id)},
            "IS_ACCESSIBLE_BEFORE": "undefined",
            "IS_ACCESSIBLE_AFTER": "undefined",
        },
    )


def add(ctx: CallContext) -> MethodResult:
    """`task.commentitem.add`: answers the new comment's ID."""
    task_id = _task(ctx, "add")
    fields = _fields(ctx, 1)
    allowed = {"POST_MESSAGE", "AUTHOR_ID", "POST_DATE", "UF_FORUM_MESSAGE_DOC"}
    for key in fields:
        if key not in allowed:
            raise _core(
                f"TASKS_ERROR_EXCEPTION_#256; Param #1 (arFields) for method ctaskcommentitem::add() must not"
                f" contain key `{key}`.; 256/TE/WRONG_ARGUMENTS"
            )
    message = str(fields.get("POST_MESSAGE") or "")
    if not message.strip():
        raise _core("Comment text is not specified")
    author_id = as_int(fields.get("AUTHOR_ID")) or ctx.webhook.user_id
    name, email = _author(ctx, author_id)
    row = {
        "TASK_ID": str(task_id),
        "POST_MESSAGE_HTML": None,
        "AUTHOR_ID": str(author_id),
        "AUTHOR_NAME": name,
        "AUTHOR_EMAIL": email,
        "POST_DATE": str(fields.get("POST_DATE") or stamp(ctx)),
        "POST_MESSAGE": message,
    }
    item_id = ctx.store.add("task_comment", row)
    _emit(ctx, "ADD", item_id, task_id)
    return MethodResult(item_id)


def _answer(row: dict[str, Any]) -> dict[str, Any]:
    answer = {key: row.get(key) for key in ANSWERED}
    answer["ATTACHED_OBJECTS"] = {}
    return answer


def get(ctx: CallContext) -> MethodResult:
    """`task.commentitem.get`: one comment of a task."""
    task_id = _task(ctx, "get")
    _, row = _comment(ctx, task_id, "get")
    return MethodResult(_answer(row))


def getlist(ctx: CallContext) -> MethodResult:
    """`task.commentitem.getlist`: every comment of the task, by ORDER and FILTER (ID, AUTHOR_ID, ...)."""
    task_id = _task(ctx, "getlist")
    order_raw = as_mapping(_positional(ctx, 1, "ORDER")) or {}
    for key in order_raw:
        if str(key).upper() not in ("ID", "AUTHOR_ID", "AUTHOR_NAME", "POST_DATE"):
            raise _core(
                f"TASKS_ERROR_EXCEPTION_#256; Param #1 (arOrder) for method ctaskcommentitem::getlist() must not"
                f' contain key "{key}".; 256/TE/WRONG_ARGUMENTS'
            )
    filter_raw = as_mapping(_positional(ctx, 2, "FILTER")) or {}
    for key in filter_raw:
        text = str(key).upper()
        if not any(text == prefix + name for prefix in _PREFIXES for name in _FILTERABLE):
            raise _core(
                f"TASKS_ERROR_EXCEPTION_#256; Param #2 (arFilter) for method ctaskcommentitem::getlist() must not"
                f' contain key "{key}".; 256/TE/WRONG_ARGUMENTS'
            )
    table = ctx.store.table("task_comment")
    flt = compile_filter({**filter_raw, "TASK_ID": str(task_id)})
    page = run_query(table.ids, table.rows, flt, parse_order(order_raw), 0, TYPES, page_size=len(table.ids) or 1)
    return MethodResult([_answer(row) for row in page.rows])


def update(ctx: CallContext) -> MethodResult:
    """`task.commentitem.update`: a new POST_MESSAGE; answers `true`."""
    task_id = _task(ctx, "update")
    item_id, _ = _comment(ctx, task_id, "update")
    message = str(_fields(ctx, 2).get("POST_MESSAGE") or "")
    if not message.strip():
        raise _core("Comment text not specified.")
    ctx.store.update("task_comment", item_id, {"POST_MESSAGE": message})
    _emit(ctx, "UPDATE", item_id, task_id)
    return MethodResult(True)


def delete(ctx: CallContext) -> MethodResult:
    """`task.commentitem.delete`: answers `true`."""
    task_id = _task(ctx, "delete")
    item_id, _ = _comment(ctx, task_id, "delete")
    ctx.store.delete("task_comment", item_id)
    _emit(ctx, "DELETE", item_id, task_id)
    return MethodResult(True)


def _array_rule(name: str, position: int, label: str, method: str) -> ParamRule:
    """A positional array param, answered as ctaskcommentitem does (task-comment-item-add.md's table)."""

    def wrong(rule: ParamRule, value: Any) -> RestError:
        return _core(
            f"TASKS_ERROR_EXCEPTION_#256; Param #{position} ({label}) for method ctaskcommentitem::{method}() expected"
            ' to be of type "array", but given something else.; 256/TE/WRONG_ARGUMENTS'
        )

    return ParamRule(name, OBJECT, wrong=wrong)


def register(registry: MethodRegistry) -> None:
    """Add task.commentitem.*."""
    registry.add("task.commentitem.add", "task", add, (_array_rule("FIELDS", 1, "arFields", "add"),))
    registry.add("task.commentitem.get", "task", get)
    getlist_rules = (_array_rule("ORDER", 1, "arOrder", "getlist"), _array_rule("FILTER", 2, "arFilter", "getlist"))
    registry.add("task.commentitem.getlist", "task", getlist, getlist_rules)
    registry.add("task.commentitem.update", "task", update, (_array_rule("FIELDS", 2, "arFields", "update"),))
    registry.add("task.commentitem.delete", "task", delete)
