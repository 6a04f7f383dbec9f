"""The conformance generator on real doc pages (tests/tools/fixtures/conformance): examples, fields, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.conformance import build, kebab, render
from tools.conformance_compare import compatible, message_matches
from tools.conformance_pages import PageExamples, loose_json, param_tree, read_examples, read_system_errors

DOCS = Path(__file__).parent / "fixtures" / "conformance"


def _read(page: str) -> PageExamples:
    path = f"api-reference/{page}"
    return read_examples((DOCS / path).read_text(encoding="utf-8"), path)


def test_request_example_response_and_returned_fields() -> None:
    facts = _read("crm/leads/crm-lead-get.md")
    assert facts.name == "crm.lead.get"
    assert facts.requests == [{"ID": 123}]
    assert facts.response_status == 200
    assert facts.response["result"]["IS_RETURN_CUSTOMER"] == "N"
    assert facts.response["result"]["PHONE"][0]["TYPE_ID"] == "PHONE"
    tree = param_tree(facts.returned)
    result = next(node for node in tree if node[0] == "result")
    lead_fields = [node[0] for node in result[3]]  # the `{#lead}` table hangs under `result`
    assert lead_fields[:3] == ["ID", "TITLE", "HONORIFIC"] and ["ID", "integer", 0] in result[3]


def test_errors_without_status_and_with_a_message_column() -> None:
    facts = _read("crm/leads/crm-lead-get.md")
    assert facts.error_statuses == []  # "> 40x, 50x Error" names no status
    assert facts.error_example == {"error": "", "error_description": "Not found"}
    assert [(e.status, e.code, e.message) for e in facts.errors] == [
        (None, None, "ID is not defined or invalid"),
        (None, None, "Not found"),
        (None, None, "Access denied"),
    ]


def test_status_code_description_value_table_and_shell_splice() -> None:
    facts = _read("crm/deals/crm-deal-list.md")
    assert facts.error_statuses == [400]
    assert (400, "", "Parameter 'filter' must be array.") in [(e.status, e.code, e.message) for e in facts.errors]
    # '"$(date --date='-6 months' +%Y-%m-%d)"' inside the -d '...' JSON stands for a fixed date
    assert facts.requests[0]["FILTER"][">DATE_CREATE"] == "2025-01-01"
    assert facts.requests[0]["SELECT"][0] == "ID"


def test_a_code_column_holding_the_status() -> None:
    facts = _read("crm/status/crm-status-list.md")
    assert [(e.status, e.code, e.message) for e in facts.errors] == [
        (400, None, "Access denied."),
        (400, None, "Invalid parameters."),
    ]
    assert facts.error_example == {"error": "Invalid parameters.", "error_description": "Incorrect parameters passed."}


def test_task_codes_and_prose_inside_example_json() -> None:
    task = _read("tasks/tasks-task-get.md")
    assert {(e.code, e.message) for e in task.errors} >= {("0", "wrong task id")}
    assert all(e.status == 400 for e in task.errors)
    leads = _read("crm/leads/crm-lead-list.md")
    assert isinstance(leads.response, dict) and len(leads.response["result"]) >= 1  # "48 more leads ..." cut


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1, // note\n "b": "http://x"}', {"a": 1, "b": "http://x"}),
        ('{"a": [1, 2, ...],\n}', {"a": [1, 2]}),
        ("not json", None),
    ],
)
def test_loose_json(text: str, expected: object) -> None:
    assert loose_json(text) == expected


def test_build_writes_one_method_a_line(tmp_path: Path) -> None:
    records, missing = build(DOCS, ["crm.lead.get", "tasks.task.get", "no.such.method"])
    assert missing == ["no.such.method"] and set(records) == {"crm.lead.get", "tasks.task.get"}
    text = render(records, "abc", "2026-01-01")
    assert text.count("\n") == 4  # head line, two methods, closing line
    assert json.loads(text)["methods"]["tasks.task.get"]["page"] == "api-reference/tasks/tasks-task-get.md"
    assert kebab("tasks.task.getFields") == "tasks-task-get-fields"


def test_forms_and_messages_compare_as_the_docs_mean() -> None:
    assert not compatible("", None)  # the docs show "" where the sandbox had null: a default missing
    assert compatible(None, "anything") and compatible("N", "Y") and not compatible("N", "maybe")
    assert compatible("2024-05-23T18:18:25+02:00", "2026-12-01T10:00:00+03:00")
    assert not compatible("2024-05-23T18:18:25+02:00", "2024-05-23 18:18:25")
    assert message_matches(
        "Invalid value {} to match with parameter {select}.", "Invalid value x to match with parameter {select}"
    )
    assert message_matches("Task title is not specified\\u003Cbr\\u003E", "Task title is not specified<br>")
    assert not message_matches("Not found", "ID is not defined or invalid.")


def test_system_errors_table() -> None:
    text = (DOCS / "_includes" / "system-errors.md").read_text(encoding="utf-8")
    errors = [(e.status, e.code, e.message) for e in read_system_errors(text)]
    assert (400, "INVALID_REQUEST", "Https required") in errors
    assert (401, "NO_AUTH_FOUND", "Wrong authorization data") in errors
    assert len(errors) == 15
