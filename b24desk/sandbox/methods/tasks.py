"""Task methods: tasks.task.{add,get,list,update,delete,getFields} (scope task).

Shapes from api-reference/tasks/tasks-task-{add,get,list,update,delete,get-fields}.md: params and
filter/select/order use UPPER_CASE field names, answers use camelCase keys wrapped in `task` /
`tasks` (task_answers.py); the list is sorted by ID descending unless `order` says otherwise, and an
order on a field that cannot be sorted is refused. Errors use the codes and words of each page's
table (`0`, `100`, `ERROR_CORE`, status 400): add and update word some of them differently, and the
sandbox says each as its own page does.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.dates import moment, wire_date
from b24desk.sandbox.envelope import MethodResult, page_links
from b24desk.sandbox.errors import RestError, core_error
from b24desk.sandbox.filters import compile_filter, parse_order, run_query
from b24desk.sandbox.methods.params import as_int, as_list, as_mapping, start_param
from b24desk.sandbox.methods.task_answers import COUNTERS, SUB_STATUS, present
from b24desk.sandbox.methods.task_fields import (
    ARRAY_FIELDS,
    COMPLETED,
    DATE_FIELDS,
    READ_ONLY,
    STATUS_VALUES,
    TASK_FIELDS,
    TYPES,
    describe,
    new_task,
)
from b24desk.sandbox.validation import ARRAY, INTEGER, OBJECT, TASKS, ParamRule

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

# The longest plan the sandbox accepts (the docs give no figure for "too long").
LONGEST_PLAN = timedelta(days=3650)
# What add (tasks-task-add.md) and update (tasks-task-update.md) say for the same faults.
MESSAGES = {
    "add": {
        "status": "Incorrect status",
        "responsible": 'User specified in the "Responsible" field not found',
        "parent": 'Task specified in the "Parent Task" field not found',
        "plan_order": "The end date in scheduling is earlier than the start date",
        "plan_long": "The specified task duration is too long",
    },
    "update": {
        "status": "Invalid status<br>",
        "responsible": 'The user specified in the "Responsible" field was not found<br>',
        "parent": 'The task specified in the "Parent Task" field was not found<br>',
        "plan_order": "The end date specified in the scheduling is earlier than the start date<br>",
        "plan_long": "The duration of the task specified in the scheduling is too long<br>",
    },
}


def _wrong_id(rule: ParamRule, value: Any) -> RestError:
    return RestError("0", "wrong task id", 400)


def _missing_id(rule: ParamRule, value: Any) -> RestError:
    return RestError("100", "CTaskItem All parameters in the constructor must have real class type (internal error)")


TASK_ID = ParamRule("taskId", INTEGER, required=True, wrong=_wrong_id, missing=_missing_id)
FIELDS = ParamRule("fields", OBJECT, required=True)
SELECT = ParamRule("select", ARRAY)


def _no_access() -> RestError:
    return RestError("0", "Action on the task is not allowed (internal error)", 400)


def _columns(raw: Any) -> list[str]:
    wanted = [str(item).upper() for item in as_list(raw)]
    if not wanted or "*" in wanted:
        return [*TASK_FIELDS, *(code for code in wanted if code in (*SUB_STATUS, COUNTERS))]
    return ["ID", *[code for code in wanted if code != "ID"]]


def _wire(ctx: CallContext, code: str, value: Any) -> Any:
    if code in ARRAY_FIELDS:
        return [str(item) for item in as_list(value)]
    if value is None:
        return None
    if code in DATE_FIELDS:
        return wire_date(value, "datetime", ctx.clock) or None
    return str(int(value)) if isinstance(value, bool) else str(value)


def _check_parent(ctx: CallContext, task_id: int | None, parent: str, say: dict[str, str]) -> None:
    if parent in ("", "0"):
        return
    if task_id is not None and parent == str(task_id):
        raise core_error("Cannot bind the node to itself<br>")
    seen: set[str] = set()
    current = parent
    while current not in ("", "0") and current not in seen:
        row = ctx.store.get("task", int(current)) if current.isdigit() else None
        if row is None:
            if current == parent:
                raise core_error(say["parent"])
            return
        if task_id is not None and current == str(task_id):
            raise core_error("Creating cyclic links in tasks is prohibited<br>")
        seen.add(current)
        current = str(row.get("PARENT_ID") or "0")


def _check_plan(row: dict[str, Any], say: dict[str, str]) -> None:
    start, end = moment(row.get("START_DATE_PLAN")), moment(row.get("END_DATE_PLAN"))
    if start is None or end is None:
        return
    if end < start:
        raise core_error(say["plan_order"])
    if end - start > LONGEST_PLAN:
        raise core_error(say["plan_long"])


def _changes(
    ctx: CallContext, given: dict[str, Any], row: dict[str, Any], action: str, task_id: int | None = None
) -> dict[str, Any]:
    say = MESSAGES[action]
    changes = {
        key.upper(): _wire(ctx, key.upper(), value)
        for key, value in given.items()
        if key.upper() in TASK_FIELDS and key.upper() not in READ_ONLY
    }
    if "STATUS" in changes and changes["STATUS"] not in STATUS_VALUES:
        raise core_error(say["status"])
    responsible = changes.get("RESPONSIBLE_ID")
    if responsible and (not responsible.isdigit() or ctx.store.get("user", int(responsible)) is None):
        raise core_error(say["responsible"])
    if "PARENT_ID" in changes:
        _check_parent(ctx, task_id, str(changes["PARENT_ID"] or "0"), say)
    _check_plan({**row, **changes}, say)
    stamp, user = ctx.now_iso(), str(ctx.webhook.user_id)
    changes.update(CHANGED_DATE=stamp, CHANGED_BY=user, ACTIVITY_DATE=stamp)
    if "STATUS" in changes and changes["STATUS"] != row.get("STATUS"):
        changes.update(STATUS_CHANGED_DATE=stamp, STATUS_CHANGED_BY=user)
        done = changes["STATUS"] == COMPLETED
        changes.update(CLOSED_DATE=stamp if done else None, CLOSED_BY=user if done else "0")
    return changes


def _fields(ctx: CallContext) -> dict[str, Any]:
    fields = as_mapping(ctx.param("fields"))
    if not fields:
        raise RestError("100", "Could not find value for parameter {fields} (internal error)", 400)
    return fields


def add(ctx: CallContext) -> MethodResult:
    """`tasks.task.add`: create a task; answers `{"task": {...}}`."""
    base = new_task(str(ctx.webhook.user_id), ctx.now_iso())
    row = {**base, **_changes(ctx, _fields(ctx), base, "add")}
    if not row.get("TITLE"):
        raise core_error("Task title is not specified<br>")  # the page's example; its table drops "is"
    if not row.get("RESPONSIBLE_ID"):
        raise core_error("Responsible person not specified")
    task_id = ctx.store.add("task", row)
    # api-reference/tasks/events-tasks/on-task-add.md: FIELDS_AFTER carries the ID
    ctx.emit(
        "ONTASKADD",
        {
            "FIELDS_BEFORE": "undefined",
            "FIELDS_AFTER": {"ID": str(task_id)},
            "IS_ACCESSIBLE_BEFORE": "N",
            "IS_ACCESSIBLE_AFTER": "undefined",
        },
    )
    stored = ctx.store.get("task", task_id) or row
    return MethodResult({"task": present(ctx, stored, list(TASK_FIELDS), "full")})


def _task(ctx: CallContext) -> tuple[int, dict[str, Any]]:
    task_id = as_int(ctx.param("taskId")) or 0  # its form is checked before the call (TASK_ID)
    row = ctx.store.get("task", task_id) if task_id > 0 else None
    if row is None:
        raise _no_access()
    return task_id, row


def get(ctx: CallContext) -> MethodResult:
    """`tasks.task.get`: one task by `taskId`, fields by `select`."""
    _, row = _task(ctx)
    return MethodResult({"task": present(ctx, row, _columns(ctx.param("select")), "get")})


def _order(ctx: CallContext) -> list[tuple[str, bool]]:
    order = parse_order(as_mapping(ctx.param("order")), default=(("ID", True),))
    for field, _ in order:
        if field not in TASK_FIELDS or field in ARRAY_FIELDS:
            raise RestError("0", "Invalid sorting key (internal error)", 400)
    return order


def list_tasks(ctx: CallContext) -> MethodResult:
    """`tasks.task.list`: 50 tasks a page by `filter`, `order` (default ID DESC) and `select`."""
    order = _order(ctx)
    table = ctx.store.table("task")
    start = start_param(ctx.param("start"))
    page = run_query(table.ids, table.rows, compile_filter(as_mapping(ctx.param("filter"))), order, start, TYPES)
    columns = _columns(ctx.param("select"))
    total, following = page_links(start, page.total or 0, len(page.rows))
    tasks = [present(ctx, row, columns, "list") for row in page.rows]
    return MethodResult({"tasks": tasks}, total, following)


def update(ctx: CallContext) -> MethodResult:
    """`tasks.task.update`: change a task; answers the task after the change."""
    task_id, row = _task(ctx)
    ctx.store.update("task", task_id, _changes(ctx, _fields(ctx), row, "update", task_id))
    ctx.emit(
        "ONTASKUPDATE",
        {
            "FIELDS_BEFORE": {"ID": str(task_id)},
            "FIELDS_AFTER": {"ID": str(task_id)},
            "IS_ACCESSIBLE_BEFORE": "undefined",
            "IS_ACCESSIBLE_AFTER": "undefined",
        },
    )
    stored = ctx.store.get("task", task_id) or row
    return MethodResult({"task": present(ctx, stored, list(TASK_FIELDS), "full")})


def delete(ctx: CallContext) -> MethodResult:
    """`tasks.task.delete`: remove a task (its creator or an administrator may); answers `{"task": true}`."""
    task_id, row = _task(ctx)
    user = ctx.store.get("user", ctx.webhook.user_id) or {}
    if not user.get("ADMIN") and str(row.get("CREATED_BY")) != str(ctx.webhook.user_id):
        raise RestError("1048582", "No access to delete the task", 400)  # tasks-task-delete.md
    ctx.store.delete("task", task_id)
    ctx.emit("ONTASKDELETE", {"FIELDS_BEFORE": {"ID": str(task_id)}, "FIELDS_AFTER": "undefined"})
    return MethodResult({"task": True})


def get_fields(ctx: CallContext) -> MethodResult:
    """`tasks.task.getFields`: `{"fields": {CODE: {title, type, ...}}}`."""
    return MethodResult({"fields": describe()})


def register(registry: MethodRegistry) -> None:
    """Add the task methods with the parameters each checks (tasks-task-*.md)."""
    listing = (ParamRule("order", OBJECT), ParamRule("filter", OBJECT), SELECT, ParamRule("params", OBJECT))
    registry.add("tasks.task.add", "task", add, (FIELDS,), TASKS)
    registry.add("tasks.task.get", "task", get, (TASK_ID, SELECT), TASKS)
    registry.add("tasks.task.list", "task", list_tasks, listing, TASKS)
    registry.add("tasks.task.update", "task", update, (TASK_ID, FIELDS), TASKS)
    registry.add("tasks.task.delete", "task", delete, (TASK_ID,), TASKS)
    registry.add("tasks.task.getFields", "task", get_fields, (), TASKS)
