"""`b24desk methods` and `b24desk describe` over the bundled catalogue."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from b24desk.cli import catalogue_commands, main
from b24desk.core.discovery import PortalOffer
from b24desk.sandbox import SandboxPortal


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = main(list(args))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_methods_finds_by_words_without_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "methods", "lead", "add", "--limit", "3")
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].split() == ["crm.lead.add", "crm", "deprecated"]


def test_methods_by_scope_and_parameter_name(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "methods", "--scope", "task", "--limit", "0")
    assert status == 0 and "tasks.task.add" in out
    assert all(line.split()[1] == "task" or "task" in line.split()[1].split(",") for line in out.splitlines())
    status, out, _ = run(capsys, "methods", "entityTypeId", "--scope", "crm")
    assert status == 0 and "crm.item.list" in out


def test_methods_with_an_unknown_scope_lists_the_scopes(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "methods", "--scope", "crmm")
    assert status == 2 and out == ""
    assert err.startswith("No method has the scope 'crmm'. Scopes: ") and " crm," in err


def test_methods_json_and_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "methods", "crm.item.list", "--json")
    found = json.loads(out)
    assert status == 0 and found[0]["name"] == "crm.item.list" and found[0]["is_list"] is True
    assert "params" not in found[0]
    status, out, err = run(capsys, "methods", "zzzqqq")
    assert status == 1 and out == "" and "No method matches 'zzzqqq'." in err


def test_describe_prints_the_parameter_tree(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "describe", "crm.item.list")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "crm.item.list  (scope: crm; list)"
    assert lines[1] == "https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-list.html"
    assert lines[3].split() == ["entityTypeId*", "integer"]
    assert lines[-1] == "* required"
    status, out, _ = run(capsys, "describe", "crm.type.add")
    assert "      parent" in out and "array (relation[])" in out  # nested fields, the docs' type


def test_describe_json_and_methods_without_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "describe", "CRM.LEAD.ADD", "--json")
    data = json.loads(out)
    assert status == 0 and data["deprecated"] is True and data["params"][0]["name"] == "fields"
    assert any(field["name"] == "TITLE" for field in data["params"][0]["fields"])
    status, out, _ = run(capsys, "describe", "crm.deal.fields")
    assert "No parameters." in out
    status, out, _ = run(capsys, "describe", "crm.product.list")
    assert "Parameters not in the catalogue" in out


def test_describe_unknown_method_suggests_close_names(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "describe", "crm.lead.ad")
    assert status == 1 and out == ""
    assert "The catalogue has no method 'crm.lead.ad'." in err
    assert "Did you mean: crm.lead.add" in err


def test_availability_seam_marks_methods(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def offered(args: argparse.Namespace) -> PortalOffer:
        return PortalOffer(("crm",), ("crm.lead.add", "crm.new.method"), 0.0)

    monkeypatch.setattr(catalogue_commands, "portal_offer", offered)
    status, out, _ = run(capsys, "methods", "crm.lead.", "--limit", "0")
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert lines["crm.lead.add"].endswith("deprecated, available")
    assert lines["crm.lead.get"].endswith("not served by this portal")  # crm is granted: not served
    status, out, _ = run(capsys, "methods", "tasks.task.add", "--limit", "1")
    assert out.split("\n")[0].endswith("not available")  # task is not granted
    status, out, _ = run(capsys, "describe", "crm.new.method")
    assert status == 0 and "available" in out.splitlines()[0]


def test_methods_the_sandbox_does_not_serve(capsys: pytest.CaptureFixture[str], sandbox: SandboxPortal) -> None:
    # the sandbox's `methods` lists what it serves; crm.quote.list is documented, in a granted scope, not served
    status, out, _ = run(capsys, "methods", "crm.quote.list", "--limit", "1", "--webhook", sandbox.webhook_url)
    first = out.splitlines()[0]
    assert status == 0 and first.startswith("crm.quote.list") and first.endswith("not served by this portal")
    status, out, _ = run(capsys, "methods", "crm.item.list", "--limit", "1", "--webhook", sandbox.webhook_url)
    first = out.splitlines()[0]
    assert status == 0 and first.startswith("crm.item.list") and first.endswith(", available")


def test_a_closed_pipe_is_not_an_error() -> None:
    code = "import sys; from b24desk.cli import main; sys.exit(main(['methods', '--limit', '0']))"
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        assert proc.wait(timeout=60) == 0
    assert b"Traceback" not in err
