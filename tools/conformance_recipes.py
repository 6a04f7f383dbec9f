"""How to provoke each documented error: a message pattern and a change to the method's first example.

The first recipe whose pattern matches the documented message (or, failing that, its code) is used;
an error no recipe matches cannot be provoked here and counts as not matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tools.conformance_replay import Params, families_module, fields_of, first_id, id_key

if TYPE_CHECKING:
    from tools.conformance_replay import Replayer

MISSING_ID = 999_999_999
Mutation = Callable[[Params, "re.Match[str]", "Replayer"], Params]


def _set(name: str, value: Any) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        wanted = match.group(1) if name == "\\1" else name
        for key in [k for k in params if k.lower() == wanted.lower()]:  # `ORDER` and `order` are one param
            del params[key]
        params[wanted] = value
        return params

    return mutate


def _set_id(value: Any) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        params[id_key(params)] = value
        return params

    return mutate


def _drop(name: str) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        for key in [k for k in params if k.lower() == name.lower()]:
            del params[key]
        return params

    return mutate


def _field(name: str, value: Any) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        fields = fields_of(params)
        if value is _DROP:
            fields.pop(name, None)
        else:
            fields[name] = value
        return params

    return mutate


def _fields(values: Params) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        fields_of(params).update(values)
        return params

    return mutate


def _own_parent(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    fields_of(params)["PARENT_ID"] = params.get(id_key(params))
    return params


def _cycle(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    """Make a task under this one, then ask to put this one under it."""
    parent = params.get(id_key(params))
    child = {"fields": {"TITLE": "child", "RESPONSIBLE_ID": 1, "PARENT_ID": parent}}
    fields_of(params)["PARENT_ID"] = first_id(replayer.call("tasks.task.add", child).json().get("result"))
    return params


def _long_batch(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    return {"cmd": {f"c{i}": "server.time" for i in range(51)}}


def _nested_batch(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    return {"halt": 0, "cmd": {"inner": "batch?cmd[0]=server.time"}}


_DROP = object()
LATE = "2025-01-01"
# (message pattern, how to provoke it from the method's first example); the first match wins.
RECIPES: list[tuple[str, Mutation]] = [
    (r"^(Access denied|No access to delete the task)", lambda params, match, replayer: params),
    (r"Parameter '(\w+)' must be (?:an )?array", _set("\\1", "x")),
    (r"ID is not defined or invalid", _set_id(0)),
    (r"^(Not found|\w+ is not found|Element not found)$", _set_id(MISSING_ID)),
    (r"^wrong task id$", _set_id("abc")),
    (r"^CTaskItem All parameters", _drop("taskId")),
    (r"^Action on the task is not allowed", _set_id(MISSING_ID)),
    (r"Invalid sorting key", _set("order", {"NO_SUCH_FIELD": "ASC"})),
    (r"Could not find value for parameter \{fields\}", _drop("fields")),
    (r"Invalid value .* to match with parameter \{(\w+)\}", _set("\\1", "x")),
    (r"^Task title (is )?not specified", _field("TITLE", "")),
    (r"^Responsible person not specified", _field("RESPONSIBLE_ID", _DROP)),
    (r'user specified in the "Responsible" field (was )?not found', _field("RESPONSIBLE_ID", MISSING_ID)),
    (r'task specified in the "Parent Task" field (was )?not found', _field("PARENT_ID", MISSING_ID)),
    (r"^(Incorrect|Invalid) status", _field("STATUS", 99)),
    (
        r"end date .*earlier than the start date",
        _fields({"START_DATE_PLAN": "2025-02-01", "END_DATE_PLAN": "2025-01-01"}),
    ),
    (r"duration .*too long", _fields({"START_DATE_PLAN": "2025-01-01", "END_DATE_PLAN": "2999-01-01"})),
    (r"^Cannot bind the node to itself", _own_parent),
    (r"^Creating cyclic links", _cycle),
    (r'^Invalid value for the "Currency" field', _field("CURRENCY_ID", "XXX")),
    (r"contains an invalid address", _field("EMAIL", [{"VALUE": "not-an-address", "VALUE_TYPE": "WORK"}])),
    (r"^Invalid parameters", _set("filter", "x")),
    (r"^Max batch length exceeded", _long_batch),
    (r"^Method is not allowed for batch usage", _nested_batch),
]


AS_LIMITED_USER = re.compile(
    r"^(Access denied|No access to delete the task|Insufficient permissions|You do not have permission)", re.I
)  # the last two: crm.timeline.comment.* and crm.item.get word "access denied" so


def as_limited_user(message: str) -> bool:
    """Whether the error is one of rights: provoked by calling as a user without them (the same example)."""
    return AS_LIMITED_USER.search(message) is not None


def recipe(*texts: str) -> tuple[re.Match[str], Mutation] | None:
    """The first recipe whose pattern one of the texts matches (the message, then the code).

    The recipes of tools/conformance_families.py (FAMILY_RECIPES), where there is one, are tried first.
    """
    families = families_module()
    first: list[tuple[str, Mutation]] = list(families.FAMILY_RECIPES) if families is not None else []
    for text in texts:
        for pattern, mutate in (*first, *RECIPES):
            match = re.search(pattern, text, re.I)
            if match is not None:
                return match, mutate
    return None
