"""The checks before sending read the values as they will be sent: `{{name}}` replaced by the environment's value."""

from __future__ import annotations

from b24desk.core.param_rows import ParamRow
from b24desk.core.request_checks import check_rows
from b24desk.core.secret import Secret
from b24desk.ui.request.send_checks import resolved_rows


def test_a_variable_is_checked_as_its_value_not_as_its_name() -> None:
    rows = [ParamRow("fields[CATEGORY_ID]", "{{pipeline}}"), ParamRow("id", "{{lead}}")]
    types = {"fields[CATEGORY_ID]": "integer", "id": "integer"}
    assert check_rows(rows, {"id"}, types, {})  # the names themselves are no integers
    resolved = resolved_rows(rows, {"pipeline": "3", "lead": "42"})
    assert [row.value for row in resolved] == ["3", "42"]
    assert check_rows(resolved, {"id"}, types, {}) == []
    assert check_rows(
        resolved_rows(rows, {"pipeline": "x", "lead": "42"}), {"id"}, types, {}
    )  # a wrong value is still caught


def test_a_secret_value_is_checked_masked_and_an_undefined_name_stays() -> None:
    rows = [ParamRow("token", "{{key}}"), ParamRow("note", "a {{missing}} b")]
    resolved = resolved_rows(rows, {"key": Secret("s3cr3t-value-123")})
    assert "s3cr3t-value-123" not in resolved[0].value and resolved[0].value
    assert resolved[1].value == "a {{missing}} b"
