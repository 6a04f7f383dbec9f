"""Parameter checks run before a method: each declared parameter's type, answered as the method's family does.

A method registers its parameters (`ParamRule`: name, kind, required) and the family whose documented
errors it answers with (`ErrorStyle`); the dispatcher checks the call's params against them first, so a
wrong type is never ignored silently (a filter ignored would act on every record of a real portal).
Names are compared case-insensitively (the portal reads `FILTER` and `filter` alike); an empty string
or a missing value counts as absent (PHP's form encoding sends an empty array as nothing).

Families and their documented answers:
- classic CRM (api-reference/crm/deals/crm-deal-list.md, crm-deal-add.md, crm-lead-get.md): status 400,
  an empty error code, "Parameter 'filter' must be array.", "ID is not defined or invalid.";
- crm.status.list (crm-status-list.md): `{"error": "Invalid parameters.", "error_description":
  "Incorrect parameters passed."}`;
- tasks.task.* (tasks-task-get.md, tasks-task-add.md): code 100 "Invalid value X to match with parameter
  {select}. Should be value of type array. (internal error)", "Could not find value for parameter
  {fields} (internal error)"; a task ID that is not a number is code 0 "wrong task id";
- other methods (no documented answer): 400 ERROR_ARGUMENT naming the parameter and the type it needs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from b24desk.sandbox.errors import RestError, argument_error, crm_error

OBJECT = "object"
ARRAY = "array"
INTEGER = "integer"
KINDS = (OBJECT, ARRAY, INTEGER)
ErrorFactory = Callable[["ParamRule", Any], RestError]


@dataclass(frozen=True, slots=True)
class ParamRule:
    """A documented parameter the method checks: its name, kind (object, array, integer) and whether required.

    `wrong` and `missing` replace the family's answer for this parameter (a task ID has its own).
    """

    name: str
    kind: str
    required: bool = False
    wrong: ErrorFactory | None = None
    missing: ErrorFactory | None = None


@dataclass(frozen=True, slots=True)
class ErrorStyle:
    """How a family of methods answers a parameter of the wrong type, and a required one left out."""

    name: str
    wrong: ErrorFactory
    missing: ErrorFactory


def _shown(value: Any) -> str:
    """A value as PHP would print it in a message (scalars as text, arrays as JSON)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _crm_wrong(rule: ParamRule, value: Any) -> RestError:
    if rule.kind == INTEGER:
        return crm_error(f"{rule.name.upper()} is not defined or invalid.")
    return crm_error(f"Parameter '{rule.name}' must be array.")


CLASSIC_CRM = ErrorStyle("classic CRM", _crm_wrong, lambda rule, _: _crm_wrong(rule, None))


def _status_list_error(rule: ParamRule, value: Any) -> RestError:
    return RestError("Invalid parameters.", "Incorrect parameters passed.", 400)


CRM_STATUS = ErrorStyle("crm.status", _status_list_error, _status_list_error)


def _task_wrong(rule: ParamRule, value: Any) -> RestError:
    description = (
        f"Invalid value {_shown(value)} to match with parameter {{{rule.name}}}. "
        f"Should be value of type {rule.kind}. (internal error)"
    )
    return RestError("100", description, 400)


def _task_missing(rule: ParamRule, value: Any) -> RestError:
    return RestError("100", f"Could not find value for parameter {{{rule.name}}} (internal error)", 400)


TASKS = ErrorStyle("tasks", _task_wrong, _task_missing)


def _generic_wrong(rule: ParamRule, value: Any) -> RestError:
    return argument_error(f"Parameter '{rule.name}' must be an {rule.kind}.")  # object, array, integer


def _generic_missing(rule: ParamRule, value: Any) -> RestError:
    return argument_error(f"Required parameter '{rule.name}' is missing.")


GENERIC = ErrorStyle("generic", _generic_wrong, _generic_missing)


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, str) and value.strip().lstrip("-").isdigit()


def fits(kind: str, value: Any) -> bool:
    """Whether a param's value has the kind (PHP-decoded lists and maps are arrays and objects alike)."""
    if kind in (OBJECT, ARRAY):
        return isinstance(value, Mapping | list)
    if kind == INTEGER:
        return _is_integer(value)
    return True


def find(params: Mapping[str, Any], name: str) -> tuple[bool, Any]:
    """(present, value) of a param, its name compared case-insensitively; "" and None count as absent."""
    wanted = name.lower()
    for key, value in params.items():
        if str(key).lower() == wanted:
            return value not in ("", None), value
    return False, None


def check(params: Mapping[str, Any], rules: tuple[ParamRule, ...], style: ErrorStyle) -> None:
    """Raise the family's RestError for the first rule the params break."""
    for rule in rules:
        present, value = find(params, rule.name)
        if not present:
            if rule.required:
                raise (rule.missing or style.missing)(rule, value)
            continue
        if not fits(rule.kind, value):
            raise (rule.wrong or style.wrong)(rule, value)
