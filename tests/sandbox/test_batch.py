"""`batch`: commands, `$result` references, `halt`, the answer maps, and the documented errors.

Source: settings/how-to-call-rest-api/batch.md (50 commands at most, ERROR_BATCH_LENGTH_EXCEEDED past it,
ERROR_BATCH_METHOD_NOT_ALLOWED for a nested batch, empty maps sent as `[]`, HTTP 200 with errors).
"""

from __future__ import annotations

import httpx

from b24desk.core.query import encode
from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import post_form, post_json, result


def test_linked_calls_of_batch_md(any_scheme_sandbox: SandboxPortal) -> None:
    answer = result(
        post_json(
            any_scheme_sandbox,
            "batch",
            {
                "halt": 0,
                "cmd": {
                    "get_user": "user.current",
                    "get_department": "department.get?ID=$result[get_user][UF_DEPARTMENT][0]",
                },
            },
        )
    )
    assert set(answer) == {"result", "result_error", "result_total", "result_next", "result_time"}
    assert answer["result"]["get_department"][0]["ID"] == "1"
    assert answer["result_total"] == {"get_department": 1}
    assert answer["result_error"] == [] and answer["result_next"] == []
    assert set(answer["result_time"]) == {"get_user", "get_department"}


def test_list_pages_chained_by_last_id(sandbox: SandboxPortal) -> None:
    # the fast chain the official Python SDK builds (call_list_fast.py): >ID = $result[prev][49][ID]
    cmd = {
        "p0": "crm.lead.list?" + encode({"order": {"ID": "ASC"}, "filter": {">ID": 0}, "select": ["ID"], "start": -1})
    }
    for i in range(1, 4):  # p3 refers past the last row: an empty page, at once
        query = encode({"order": {"ID": "ASC"}, "select": ["ID"], "start": -1})
        cmd[f"p{i}"] = f"crm.lead.list?{query}&filter[>ID]=$result[p{i - 1}][49][ID]"
    answer = result(post_json(sandbox, "batch", {"cmd": cmd}))
    ids = [int(row["ID"]) for key in ("p0", "p1", "p2") for row in answer["result"][key]]
    assert ids == list(range(1, 121))
    assert answer["result"]["p3"] == []
    assert answer["result_total"] == {"p0": 0, "p1": 0, "p2": 0, "p3": 0}


def test_start_pages_report_next_and_total(sandbox: SandboxPortal) -> None:
    cmd = [f"crm.lead.list?select[]=ID&start={start}" for start in (0, 50, 100)]
    answer = result(post_json(sandbox, "batch", {"cmd": cmd}))
    assert answer["result_next"] == {"0": 50, "1": 100}
    assert answer["result_total"] == {"0": 120, "1": 120, "2": 120}


def test_form_encoded_batch_with_double_encoded_commands(sandbox: SandboxPortal) -> None:
    # batch.md: in a form or query, each command's own query is encoded once more
    inner = encode({"fields": {"TITLE": "A & B"}})
    response = post_form(
        sandbox, "batch", {"cmd": {"add": f"crm.lead.add?{inner}", "get": "crm.lead.get?id=$result[add]"}}
    )
    answer = result(response)
    assert answer["result"]["get"]["TITLE"] == "A & B"
    assert answer["result"]["get"]["ID"] == str(answer["result"]["add"])


def test_errors_go_to_result_error_and_halt_stops(sandbox: SandboxPortal) -> None:
    cmd = {"bad": "crm.lead.get?id=999999", "good": "profile", "nested": "batch?cmd[0]=profile"}
    response = post_json(sandbox, "batch", {"halt": 0, "cmd": cmd})
    assert response.status_code == 200
    answer = result(response)
    assert answer["result_error"]["bad"] == {"error": "", "error_description": "Not found"}
    assert answer["result_error"]["nested"]["error"] == "ERROR_BATCH_METHOD_NOT_ALLOWED"
    assert "good" in answer["result"]
    halted = result(post_json(sandbox, "batch", {"halt": 1, "cmd": cmd}))
    assert list(halted["result_error"]) == ["bad"] and halted["result"] == []


def test_more_than_fifty_commands(sandbox: SandboxPortal) -> None:
    cmd = {f"c{i}": "server.time" for i in range(53)}
    answer = result(post_json(sandbox, "batch", {"cmd": cmd}))
    assert len(answer["result"]) == 50
    assert set(answer["result_error"]) == {"c50", "c51", "c52"}
    assert {e["error"] for e in answer["result_error"].values()} == {"ERROR_BATCH_LENGTH_EXCEEDED"}


def test_scope_errors_inside_batch(sandbox: SandboxPortal) -> None:
    sandbox.add_webhook(6, "usersonly00000006", ["user"])
    url = f"{sandbox.base_url}/rest/6/usersonly00000006/batch"
    answer = httpx.post(url, json={"cmd": {"leads": "crm.lead.list", "me": "user.current"}}).json()["result"]
    assert answer["result_error"]["leads"] == {"error": "insufficient_scope", "error_description": ""}
    assert answer["result"]["me"]["ID"] == "6"
