"""Checks before sending: required parameters left empty, and values that do not fit the field's type.

The GUI asks before sending a request with problems, and the CLI refuses one unless told `--no-check`.
Types come from the method's documentation and, where known, the portal's own field list (`*.fields`):
a value typed as plain text into a number field is caught here, before the portal answers with a
vague error or silently stores 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from b24desk.core.errors import ParamsError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.param_rows import ParamRow, typed_value

__all__ = ["check_rows"]

_CTX = "request_checks"
_MSG_EMPTY = QT_TRANSLATE_NOOP("request_checks", "{key} is required and empty.")
_MSG_MISSING = QT_TRANSLATE_NOOP("request_checks", "{key} is required and missing.")
_MSG_CHOICE = QT_TRANSLATE_NOOP("request_checks", "{key}: '{value}' is not one of the field's values ({values}).")
_CHECKED_TYPES = ("integer", "number", "boolean", "date", "datetime")
_CHOICES_SHOWN = 8


def check_rows(
    rows: Sequence[ParamRow],
    required: Iterable[str],
    types: Mapping[str, str] | None = None,
    choices: Mapping[str, Sequence[str]] | None = None,
) -> list[str]:
    """What is wrong with the rows about to be sent, in people's words (empty when nothing is).

    `required`: keys that must be sent with a value; `types`: key -> the grid type the docs or the
    portal give (integer, number, boolean, date, datetime are checked); `choices`: key -> the values
    an enumeration field accepts (checked for `fields[...]` keys).
    """
    problems: list[str] = []
    sent = [row for row in rows if row.enabled and row.key.strip()]
    for key in required:
        mine = [row for row in sent if row.key.strip() == key or row.key.strip().startswith(key + "[")]
        if not mine:
            problems.append(translate(_CTX, _MSG_MISSING).format(key=key))
        elif all(not row.value.strip() and row.type != "null" for row in mine):
            problems.append(translate(_CTX, _MSG_EMPTY).format(key=key))
    for row in sent:
        key, value = row.key.strip(), row.value.strip()
        if not value:
            continue
        wanted = (types or {}).get(key, "")
        if row.type == "string" and wanted in _CHECKED_TYPES:
            try:
                typed_value(ParamRow(key, value, wanted))
            except ParamsError as error:
                problems.append(str(error))
        allowed = (choices or {}).get(key)
        if allowed and key.startswith("fields[") and value not in allowed:
            shown = ", ".join(list(allowed)[:_CHOICES_SHOWN]) + (", …" if len(allowed) > _CHOICES_SHOWN else "")
            problems.append(translate(_CTX, _MSG_CHOICE).format(key=key, value=value, values=shown))
    return problems
