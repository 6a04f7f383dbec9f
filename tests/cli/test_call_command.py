"""`b24desk call` against the sandbox portal, run as a user would (a subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

from b24desk.sandbox import SandboxPortal
from tests.cli.test_url_commands import b24desk


def test_call_prints_the_result_as_json(sandbox: SandboxPortal) -> None:
    done = b24desk(
        "call",
        "--webhook",
        sandbox.webhook_url,
        "crm.lead.list",
        "select[]=ID",
        "select[]=TITLE",
        "filter[<=ID]=3",
        "order[ID]=ASC",
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [row["ID"] for row in rows] == ["1", "2", "3"]
    assert set(rows[0]) == {"ID", "TITLE"}


def test_call_raw_gives_the_envelope_and_get_gives_the_same(sandbox: SandboxPortal) -> None:
    post = json.loads(b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.get", "id=2", "--raw").stdout)
    get = json.loads(b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.get", "id=2", "--raw", "--get").stdout)
    assert set(post) >= {"result", "time"}
    assert post["result"] == get["result"]


def test_call_all_fetches_every_row(sandbox: SandboxPortal) -> None:
    done = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.list", "select[]=ID", "--all")
    assert done.returncode == 0, done.stderr
    assert len({row["ID"] for row in json.loads(done.stdout)}) == len(sandbox.store.table("lead"))


def test_portal_error_exits_1_with_the_explanation(sandbox: SandboxPortal) -> None:
    wrong = sandbox.webhook_url.replace("/rest/1/", "/rest/1/zz")
    done = b24desk("call", "--webhook", wrong, "profile")
    assert done.returncode == 1
    assert "INVALID_CREDENTIALS" in done.stderr
    assert "Developer resources > Integrations" in done.stderr
    assert "b24desk webhooks rotate" in done.stderr  # the CLI's way to store a new secret, not a button
    assert "Update secret" not in done.stderr
    assert "Traceback" not in done.stderr
    secret = sandbox.webhook_url.rstrip("/").rsplit("/", 1)[-1]
    assert secret not in done.stderr + done.stdout


def test_html_error_page_exits_1_and_says_so(sandbox: SandboxPortal) -> None:
    sandbox.faults.http_error(502, method="crm.lead.add", count=1)
    done = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.add", "fields[TITLE]=x")
    assert done.returncode == 1
    assert "HTTP 502" in done.stderr


def test_rate_limit_wait_is_reported(sandbox: SandboxPortal) -> None:
    sandbox.faults.query_limit(count=1, method="profile")
    done = b24desk("call", "--webhook", sandbox.webhook_url, "profile")
    assert done.returncode == 0, done.stderr
    assert "retried 1 time(s) after QUERY_LIMIT_EXCEEDED" in done.stderr


def test_usage_errors_exit_2(sandbox: SandboxPortal) -> None:
    done = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.add", "--params-json", "{oops")
    assert done.returncode == 2
    assert "not valid JSON" in done.stderr
    broken = '{"fields": {\n  "TITLE": \n}}'
    done = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.add", "--params-json", broken)
    assert done.returncode == 2
    assert "Expecting value at line 3, column 1" in done.stderr


def test_unknown_method_offers_the_closest_catalogue_name(sandbox: SandboxPortal) -> None:
    done = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.lst")
    assert done.returncode == 1
    assert "ERROR_METHOD_NOT_FOUND" in done.stderr
    assert "Did you mean crm.lead.list?" in done.stderr


def test_methods_with_a_webhook_marks_what_it_may_call(sandbox: SandboxPortal) -> None:
    sandbox.add_webhook(5, "onlyusers5555555", ["user"])
    url = f"{sandbox.base_url}/rest/5/onlyusers5555555/"
    done = b24desk("methods", "crm.lead.list", "--webhook", url, "--json", "--limit", "1")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["available"] is False
    users = json.loads(b24desk("methods", "user.get", "--webhook", url, "--json", "--limit", "1").stdout)
    assert users[0]["available"] is True


def test_an_empty_required_parameter_is_not_sent_unless_asked(sandbox: SandboxPortal) -> None:
    done = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.get", "id=")
    assert done.returncode == 2
    assert "id is required and empty." in done.stderr and "--no-check" in done.stderr
    done = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.get", "id=abc")
    assert done.returncode == 2 and "id: 'abc' is not a whole number." in done.stderr
    done = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.get", "id=", "--no-check")
    assert done.returncode == 1  # sent: the portal's own answer, explained


def test_csv_output_plain_and_for_excel(sandbox: SandboxPortal) -> None:
    args = ["call", "--webhook", sandbox.webhook_url, "crm.lead.list", "select[]=ID", "select[]=TITLE"]
    plain = b24desk(*args, "filter[<=ID]=2", "order[ID]=ASC", "--csv")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.splitlines()[0] == "ID,TITLE"
    assert [line.split(",")[0] for line in plain.stdout.splitlines()[1:]] == ["1", "2"]
    excel = b24desk(*args, "filter[<=ID]=2", "--csv", "excel", env={"LC_ALL": "de_DE.UTF-8"})
    assert excel.returncode == 0, excel.stderr
    assert excel.stdout.startswith("\ufeffID;TITLE")  # German numbers take a decimal comma: Excel splits at ;
    not_a_list = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.get", "id=1", "--csv")
    assert not_a_list.returncode == 2 and "--csv needs a list result" in not_a_list.stderr


def test_xlsx_output_reads_back(sandbox: SandboxPortal, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "leads.xlsx"
    args = ["call", "--webhook", sandbox.webhook_url, "crm.lead.list", "select[]=ID", "select[]=TITLE"]
    done = b24desk(*args, "filter[<=ID]=3", "order[ID]=ASC", "--xlsx", str(path))
    assert done.returncode == 0, done.stderr
    assert f"3 rows written to {path}" in done.stderr and done.stdout == ""
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.title == "crm.lead.list"
    read = [[cell.value for cell in line] for line in sheet.iter_rows()]
    assert read[0] == ["ID", "TITLE"] and [line[0] for line in read[1:]] == [1, 2, 3]  # IDs as numbers
    assert all(isinstance(line[1], str) and line[1] for line in read[1:])
    record = b24desk("call", "--webhook", sandbox.webhook_url, "crm.lead.get", "id=1", "--xlsx", str(path))
    assert record.returncode == 2 and "--xlsx needs a list result" in record.stderr
