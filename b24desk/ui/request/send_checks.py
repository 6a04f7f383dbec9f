"""Before Execute sends: the core's checks on the open request's rows, and a question when something looks wrong."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from b24desk.core.param_rows import ParamRow
from b24desk.core.request_checks import check_rows
from b24desk.core.secret import Secret
from b24desk.core.variables import VARIABLE_RE, VariableValue
from b24desk.ui.request.params_editor import ParamsEditor

MAX_LISTED = 10


def request_problems(editor: ParamsEditor) -> list[str]:
    """What looks wrong with the parameters about to be sent: empty required keys, values of the wrong type."""
    document = editor.open_request.document
    if document.params_problem:
        return []  # unreadable parameters are refused by the request itself, with their own message
    # the open request's rows (what the grid or the JSON tab put there), {{names}} as they will be sent
    rows = resolved_rows(document.rows, editor.open_request.variables)
    model = editor.model
    choices = {key: [value for value, _ in items] for key, items in editor.delegate.choices.items()}
    return check_rows(rows, model.required_keys(), model.hints.types, choices)


def resolved_rows(rows: list[ParamRow], values: dict[str, VariableValue]) -> list[ParamRow]:
    """The rows with each defined `{{name}}` replaced by its value (a secret one masked: checked, never shown)."""

    def value_of(match: re.Match[str]) -> str:
        value = values.get(match[1])
        if value is None:
            return match[0]
        return value.masked() if isinstance(value, Secret) else str(value)

    return [row._replace(value=VARIABLE_RE.sub(value_of, row.value)) if "{{" in row.value else row for row in rows]


def ask_before_sending(parent: QWidget, problems: list[str], send: Callable[[], None]) -> QMessageBox:
    """Ask (window-modal, not blocking) whether to send anyway; `send` runs on "Send anyway".

    The default button is "Go back", so Enter in the question never sends a request with problems.
    """
    translate = QCoreApplication.translate
    listed = problems[:MAX_LISTED] + (["…"] if len(problems) > MAX_LISTED else [])
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SendChecks", "Send this request?"))
    box.setText(translate("SendChecks", "Some parameters look wrong:"))
    box.setInformativeText("\n".join(f"• {line}" for line in listed))
    send_button = box.addButton(translate("SendChecks", "Send anyway"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(translate("SendChecks", "Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setObjectName("sendChecksQuestion")

    def answered() -> None:
        if box.clickedButton() is send_button:
            send()

    box.finished.connect(answered)
    box.open()
    return box
