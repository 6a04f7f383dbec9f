"""The fields of a task, as tasks.task.getFields describes them and a new task holds them.

Names, types, enumerations and defaults from api-reference/tasks/tasks-task-get-fields.md; the values a
new task carries from the answers of tasks-task-add.md and tasks-task-update.md (IDs and counters as
strings, `"N"` flags, `"0"` for no stage or closer, null for dates not set, `descriptionInBbcode` "Y").
"""

from __future__ import annotations

import uuid
from typing import Any

YES_NO = {"Y": "Yes", "N": "No"}
STATUS_VALUES = {"2": "Pending", "3": "In Progress", "4": "Awaiting Review", "5": "Completed", "6": "Deferred"}
COMPLETED = "5"


def _flag(title: str, default: str | None = "N") -> tuple[str, str, dict[str, Any]]:
    return (title, "enum", {"values": YES_NO, "default": default})


# code -> (title, type, extra description keys), in the docs' order
TASK_FIELDS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "ID": ("ID", "integer", {"primary": True}),
    "PARENT_ID": ("Base Task ID", "integer", {"default": 0}),
    "TITLE": ("Title", "string", {"required": True}),
    "DESCRIPTION": ("Description", "string", {}),
    "MARK": ("Rating", "enum", {"values": {"N": "Negative", "P": "Positive"}, "default": None}),
    "PRIORITY": ("Priority", "enum", {"values": {"2": "High", "1": "Medium", "0": "Low"}, "default": 1}),
    "STATUS": ("Status", "enum", {"values": STATUS_VALUES, "default": 2}),
    "MULTITASK": _flag("Multitask"),
    "NOT_VIEWED": _flag("Not viewed"),
    "REPLICATE": _flag("Recurring Task"),
    "GROUP_ID": ("Project", "integer", {"default": 0}),
    "STAGE_ID": ("Stage", "integer", {"default": 0}),
    "SPRINT_ID": ("Sprint", "integer", {"default": 0}),
    "BACKLOG_ID": ("Backlog", "integer", {"default": 0}),
    "CREATED_BY": ("Creator", "integer", {"required": True}),
    "CREATED_DATE": ("Created on", "datetime", {}),
    "RESPONSIBLE_ID": ("Participant", "integer", {"required": True}),
    "ACCOMPLICES": ("Participants", "array", {}),
    "AUDITORS": ("Observers", "array", {}),
    "CHANGED_BY": ("Modified By", "integer", {}),
    "CHANGED_DATE": ("Modification Date", "datetime", {}),
    "STATUS_CHANGED_BY": ("Status Changed By", "integer", {}),
    "STATUS_CHANGED_DATE": ("Status Change Date", "datetime", {}),
    "CLOSED_BY": ("Closed By", "integer", {"default": None}),
    "CLOSED_DATE": ("Closure Date", "datetime", {"default": None}),
    "ACTIVITY_DATE": ("Activity date", "datetime", {"default": None}),
    "DATE_START": ("Start Date", "datetime", {"default": None}),
    "DEADLINE": ("Deadline", "datetime", {"default": None}),
    "START_DATE_PLAN": ("Planned Start", "datetime", {"default": None}),
    "END_DATE_PLAN": ("Planned Completion", "datetime", {"default": None}),
    "GUID": ("GUID", "string", {"default": None}),
    "XML_ID": ("XML_ID", "string", {"default": None}),
    "COMMENTS_COUNT": ("Number of Comments", "integer", {"default": 0}),
    "SERVICE_COMMENTS_COUNT": ("Service comments", "integer", {"default": 0}),
    "NEW_COMMENTS_COUNT": ("New comments", "integer", {"default": 0}),
    "ALLOW_CHANGE_DEADLINE": _flag("Allow changing the deadline"),
    "ALLOW_TIME_TRACKING": _flag("Time tracking"),
    "TASK_CONTROL": _flag("Accept Work"),
    "ADD_IN_REPORT": _flag("Add to Report"),
    "FORKED_BY_TEMPLATE_ID": _flag("Created from Template"),
    "TIME_ESTIMATE": ("Estimated Time", "integer", {}),
    "TIME_SPENT_IN_LOGS": ("Time Spent from Change History", "integer", {}),
    "MATCH_WORK_TIME": ("Skip Weekends", "integer", {}),
    "FORUM_TOPIC_ID": ("FORUM_TOPIC_ID", "integer", {}),
    "FORUM_ID": ("FORUM_ID", "integer", {}),
    "SITE_ID": ("SITE_ID", "string", {}),
    "SUBORDINATE": _flag("Subordinate Task", None),
    "FAVORITE": _flag("Favorite", None),
    "EXCHANGE_MODIFIED": ("EXCHANGE_MODIFIED", "datetime", {"default": None}),
    "EXCHANGE_ID": ("EXCHANGE_ID", "integer", {"default": None}),
    "OUTLOOK_VERSION": ("OUTLOOK_VERSION", "integer", {"default": None}),
    "VIEWED_DATE": ("Last Viewed Date", "datetime", {}),
    "SORTING": ("Sorting Index", "double", {}),
    "DURATION_PLAN": ("Spent (planned)", "integer", {}),
    "DURATION_FACT": ("Spent (actual)", "integer", {}),
    "CHECKLIST": ("Checklist", "array", {}),
    "DURATION_TYPE": (
        "DURATION_TYPE",
        "enum",
        {"values": ["secs", "mins", "hours", "days", "weeks", "months", "years"], "default": "days"},
    ),
    "IS_MUTED": _flag("Muted"),
    "IS_PINNED": _flag("Pinned"),
    "IS_PINNED_IN_GROUP": _flag("Pinned in the project"),
    "FLOW_ID": ("Flow", "integer", {"default": 0}),
    "TAGS": ("Tags", "array", {}),
}
DATE_FIELDS = frozenset(code for code, (_, ftype, _) in TASK_FIELDS.items() if ftype == "datetime")
ARRAY_FIELDS = frozenset(code for code, (_, ftype, _) in TASK_FIELDS.items() if ftype == "array")
# Filter and sort types: numbers compare as numbers, dates as moments.
TYPES = {
    code: (ftype if ftype in ("integer", "datetime", "double") else "string")
    for code, (_, ftype, _) in TASK_FIELDS.items()
}
TYPES.update(STATUS="integer", PRIORITY="integer")
READ_ONLY = frozenset(
    {
        "ID",
        "CREATED_DATE",
        "CHANGED_BY",
        "CHANGED_DATE",
        "CLOSED_BY",
        "CLOSED_DATE",
        "STATUS_CHANGED_BY",
        "STATUS_CHANGED_DATE",
        "ACTIVITY_DATE",
        "GUID",
        "COMMENTS_COUNT",
        "SERVICE_COMMENTS_COUNT",
        "NEW_COMMENTS_COUNT",
        "FORUM_TOPIC_ID",
        "FORUM_ID",
        "VIEWED_DATE",
        "DURATION_FACT",
        "TIME_SPENT_IN_LOGS",
    }
)
# The answer's key for a field where it is not the plain camelCase of the code.
KEY_NAMES = {"DESCRIPTION_IN_BBCODE": "descriptionInBbcode"}


def camel(code: str) -> str:
    """`RESPONSIBLE_ID` -> `responsibleId`, the key form of task answers."""
    if code in KEY_NAMES:
        return KEY_NAMES[code]
    first, *rest = code.lower().split("_")
    return first + "".join(part.capitalize() for part in rest)


def new_task(user: str, stamp: str) -> dict[str, Any]:
    """What a task holds before its `fields` apply."""
    return {
        "PARENT_ID": "0",
        "DESCRIPTION": "",
        "MARK": None,
        "PRIORITY": "1",
        "STATUS": "2",
        "MULTITASK": "N",
        "NOT_VIEWED": "N",
        "REPLICATE": "N",
        "GROUP_ID": "0",
        "STAGE_ID": "0",
        "SPRINT_ID": None,
        "BACKLOG_ID": None,
        "CREATED_BY": user,
        "CREATED_DATE": stamp,
        "CHANGED_BY": user,
        "CHANGED_DATE": stamp,
        "STATUS_CHANGED_BY": user,
        "STATUS_CHANGED_DATE": stamp,
        "CLOSED_BY": "0",
        "CLOSED_DATE": None,
        "ACTIVITY_DATE": stamp,
        "DATE_START": None,
        "DEADLINE": None,
        "START_DATE_PLAN": None,
        "END_DATE_PLAN": None,
        "GUID": "{" + str(uuid.uuid4()) + "}",
        "XML_ID": None,
        "COMMENTS_COUNT": "0",
        "SERVICE_COMMENTS_COUNT": "0",
        "NEW_COMMENTS_COUNT": "0",
        "ALLOW_CHANGE_DEADLINE": "N",
        "ALLOW_TIME_TRACKING": "N",
        "TASK_CONTROL": "N",
        "ADD_IN_REPORT": "N",
        "FORKED_BY_TEMPLATE_ID": None,
        "TIME_ESTIMATE": "0",
        "TIME_SPENT_IN_LOGS": None,
        "MATCH_WORK_TIME": "N",
        "FORUM_TOPIC_ID": None,
        "FORUM_ID": None,
        "SITE_ID": "s1",
        "SUBORDINATE": "N",
        "FAVORITE": "N",
        "EXCHANGE_MODIFIED": None,
        "EXCHANGE_ID": None,
        "OUTLOOK_VERSION": "1",
        "VIEWED_DATE": None,
        "SORTING": None,
        "DURATION_PLAN": "0",
        "DURATION_FACT": None,
        "DURATION_TYPE": "days",
        "CHECKLIST": [],
        "IS_MUTED": "N",
        "IS_PINNED": "N",
        "IS_PINNED_IN_GROUP": "N",
        "FLOW_ID": None,
        "ACCOMPLICES": [],
        "AUDITORS": [],
        "TAGS": [],
    }


def describe() -> dict[str, Any]:
    """The `fields` of tasks.task.getFields."""
    return {code: {"title": title, "type": ftype, **extra} for code, (title, ftype, extra) in TASK_FIELDS.items()}
