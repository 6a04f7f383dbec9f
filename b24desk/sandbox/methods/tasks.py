"""Task methods: tasks.task.{add,get,list,update,delete,getFields} (scope task).

Shapes from api-reference/tasks/tasks-task-{add,get,list,update,delete,get-fields}.md: params and
filter/select/order use UPPER_CASE field names, answers use camelCase keys wrapped in `task` /
`tasks`; `getFields` answers `{"fields": {...}}` with `title`, `type`, `primary`, `required`,
`default`, `values`. The list is sorted by ID descending unless `order` says otherwise.
Errors use the codes of the docs' tables (`0`, `100`, `ERROR_CORE`) with status 400.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult, page_links
from b24desk.sandbox.errors import RestError, core_error
from b24desk.sandbox.filters import compile_filter, parse_order, run_query
from b24desk.sandbox.methods.params import as_list, as_mapping, positive_id, start_param

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

YES_NO = {"Y": "Yes", "N": "No"}
# code -> (title, type, extra description keys)
TASK_FIELDS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "ID": ("ID", "integer", {"primary": True}),
    "PARENT_ID": ("Base Task ID", "integer", {"default": 0}),
    "TITLE": ("Title", "string", {"required": True}),
    "DESCRIPTION": ("Description", "string", {}),
    "MARK": ("Rating", "enum", {"values": {"N": "Negative", "P": "Positive"}, "default": None}),
    "PRIORITY": ("Priority", "enum", {"values": {"2": "High", "1": "Medium", "0": "Low"}, "default": 1}),
    "STATUS": (
        "Status",
        "enum",
        {
            "values": {
                "2": "Pending",
                "3": "In Progress",
                "4": "Awaiting Review",
                "5": "Completed",
                "6": "Deferred",
            },
            "default": 2,
        },
    ),
    "MULTITASK": ("Multitask", "enum", {"values": YES_NO, "default": "N"}),
    "GROUP_ID": ("Project", "integer", {"default": 0}),
    "CREATED_BY": ("Creator", "integer", {"required": True}),
    "CREATED_DATE": ("Created on", "datetime", {}),
    "RESPONSIBLE_ID": ("Assignee", "integer", {"required": True}),
    "CHANGED_DATE": ("Modified on", "datetime", {}),
    "CLOSED_DATE": ("Completed on", "datetime", {}),
    "DEADLINE": ("Deadline", "datetime", {}),
    "START_DATE_PLAN": ("Planned start", "datetime", {}),
    "END_DATE_PLAN": ("Planned end", "datetime", {}),
    "ACCOMPLICES": ("Participants", "array", {}),
    "AUDITORS": ("Observers", "array", {}),
    "TAGS": ("Tags", "array", {}),
}
TYPES = {code: (ftype if ftype in ("integer", "datetime") else "string") for code, (_, ftype, _) in TASK_FIELDS.items()}
TYPES.update(STATUS="integer", PRIORITY="integer", RESPONSIBLE_ID="integer", CREATED_BY="integer")
READ_ONLY = {"ID", "CREATED_DATE", "CHANGED_DATE", "CLOSED_DATE"}


def camel(code: str) -> str:
    """`RESPONSIBLE_ID` -> `responsibleId`, the key form of task answers."""
    first, *rest = code.lower().split("_")
    return first + "".join(part.capitalize() for part in rest)


def _wrong_id() -> RestError:
    return RestError("0", "wrong task id", 400)


def _no_access() -> RestError:
    return RestError("0", "Action on the task is not allowed (internal error)", 400)


def _present(row: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    return {camel(code): row.get(code) for code in columns}


def _columns(raw: Any) -> list[str]:
    wanted = [str(item).upper() for item in as_list(raw)]
    if not wanted or "*" in wanted:
        return list(TASK_FIELDS)
    return ["ID", *[code for code in TASK_FIELDS if code in wanted and code != "ID"]]


def _wire(code: str, value: Any) -> Any:
    if TASK_FIELDS[code][1] == "array":
        return [str(item) for item in as_list(value)]
    if value is None:
        return None
    return str(int(value)) if isinstance(value, bool) else str(value)


def _changes(ctx: CallContext, given: dict[str, Any]) -> dict[str, Any]:
    changes = {key.upper(): _wire(key.upper(), value) for key, value in given.items() if key.upper() in TASK_FIELDS}
    for code in READ_ONLY:
        changes.pop(code, None)
    if "STATUS" in changes and changes["STATUS"] not in TASK_FIELDS["STATUS"][2]["values"]:
        raise core_error("Invalid status")
    responsible = changes.get("RESPONSIBLE_ID")
    if responsible is not None and (not responsible.isdigit() or ctx.store.get("user", int(responsible)) is None):
        raise core_error('User specified in the "Responsible" field not found')
    stamp = ctx.now_iso()
    changes["CHANGED_DATE"] = stamp
    if changes.get("STATUS") == "5":
        changes["CLOSED_DATE"] = stamp
    return changes


def _fields(ctx: CallContext) -> dict[str, Any]:
    fields = as_mapping(ctx.param("fields"))
    if not fields:
        raise RestError("100", "Could not find value for parameter {fields} (internal error)", 400)
    return fields


def add(ctx: CallContext) -> MethodResult:
    """`tasks.task.add`: create a task; answers `{"task": {...}}`."""
    changes = _changes(ctx, _fields(ctx))
    if not changes.get("TITLE"):
        raise core_error("Task title not specified")
    if not changes.get("RESPONSIBLE_ID"):
        raise core_error("Responsible person not specified")
    row: dict[str, Any] = {
        "PARENT_ID": "0",
        "PRIORITY": "1",
        "STATUS": "2",
        "MULTITASK": "N",
        "GROUP_ID": "0",
        "CREATED_BY": str(ctx.webhook.user_id),
        "CREATED_DATE": changes["CHANGED_DATE"],
        "ACCOMPLICES": [],
        "AUDITORS": [],
        "TAGS": [],
        **changes,
    }
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
    return MethodResult({"task": _present(row, list(TASK_FIELDS))})


def _task(ctx: CallContext) -> tuple[int, dict[str, Any]]:
    task_id = positive_id(ctx.param("taskId"), _wrong_id())
    row = ctx.store.get("task", task_id)
    if row is None:
        raise _no_access()
    return task_id, row


def get(ctx: CallContext) -> MethodResult:
    """`tasks.task.get`: one task by `taskId`, fields by `select`."""
    _, row = _task(ctx)
    return MethodResult({"task": _present(row, _columns(ctx.param("select")))})


def list_tasks(ctx: CallContext) -> MethodResult:
    """`tasks.task.list`: 50 tasks a page by `filter`, `order` (default ID DESC) and `select`."""
    table = ctx.store.table("task")
    start = start_param(ctx.param("start"))
    order = parse_order(as_mapping(ctx.param("order")), default=(("ID", True),))
    page = run_query(table.ids, table.rows, compile_filter(as_mapping(ctx.param("filter"))), order, start, TYPES)
    columns = _columns(ctx.param("select"))
    total, following = page_links(start, page.total or 0, len(page.rows))
    return MethodResult({"tasks": [_present(row, columns) for row in page.rows]}, total, following)


def update(ctx: CallContext) -> MethodResult:
    """`tasks.task.update`: change a task; answers the task after the change."""
    task_id, row = _task(ctx)
    ctx.store.update("task", task_id, _changes(ctx, _fields(ctx)))
    ctx.emit(
        "ONTASKUPDATE",
        {
            "FIELDS_BEFORE": {"ID": str(task_id)},
            "FIELDS_AFTER": {"ID": str(task_id)},
            "IS_ACCESSIBLE_BEFORE": "undefined",
            "IS_ACCESSIBLE_AFTER": "undefined",
        },
    )
    return MethodResult({"task": _present(row, list(TASK_FIELDS))})


def delete(ctx: CallContext) -> MethodResult:
    """`tasks.task.delete`: remove a task; answers `{"task": true}`."""
    task_id, _ = _task(ctx)
    ctx.store.delete("task", task_id)
    ctx.emit("ONTASKDELETE", {"FIELDS_BEFORE": {"ID": str(task_id)}, "FIELDS_AFTER": "undefined"})
    return MethodResult({"task": True})


def get_fields(ctx: CallContext) -> MethodResult:
    """`tasks.task.getFields`: `{"fields": {CODE: {title, type, ...}}}`."""
    described = {code: {"title": title, "type": ftype, **extra} for code, (title, ftype, extra) in TASK_FIELDS.items()}
    return MethodResult({"fields": described})


def register(registry: MethodRegistry) -> None:
    """Add the task methods."""
    registry.add("tasks.task.add", "task", add)
    registry.add("tasks.task.get", "task", get)
    registry.add("tasks.task.list", "task", list_tasks)
    registry.add("tasks.task.update", "task", update)
    registry.add("tasks.task.delete", "task", delete)
    registry.add("tasks.task.getFields", "task", get_fields)
