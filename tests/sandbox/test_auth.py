"""Credentials, scopes and unknown methods answer with the portal's codes, statuses and body shape.

Codes and statuses: b24restdocs _includes/system-errors.md and api-reference/rest-v3.md (401/401/404 as in
/work/shared/reference/bitrix24-protocol.md, section 1).
"""

from __future__ import annotations

import httpx

from b24desk.sandbox import SandboxPortal
from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from tests.sandbox.rest_calls import get, post_json, result, verify


def _error(response: httpx.Response) -> tuple[int, str]:
    body = response.json()
    assert set(body) == {"error", "error_description"}
    assert isinstance(body["error_description"], str)
    return response.status_code, body["error"]


def test_wrong_secret_and_unknown_user_are_invalid_credentials(any_scheme_sandbox: SandboxPortal) -> None:
    sandbox = any_scheme_sandbox
    trust = verify(sandbox)
    wrong_secret = sandbox.webhook_url.rsplit("/", 2)[0] + "/wrongsecret123456/profile.json"
    assert _error(httpx.get(wrong_secret, verify=trust)) == (401, "INVALID_CREDENTIALS")
    secret = sandbox.webhook_url.rstrip("/").rsplit("/", 1)[1]
    unknown_user = f"{sandbox.base_url}/rest/77/{secret}/profile"
    assert _error(httpx.get(unknown_user, verify=trust)) == (401, "INVALID_CREDENTIALS")


def test_call_without_a_webhook_is_no_auth_found(sandbox: SandboxPortal) -> None:
    assert _error(httpx.get(f"{sandbox.base_url}/rest/profile.json")) == (401, "NO_AUTH_FOUND")


def test_method_outside_the_webhook_scopes_is_insufficient_scope(sandbox: SandboxPortal) -> None:
    sandbox.add_webhook(5, "onlyuserscope5678", ["user"])
    base = f"{sandbox.base_url}/rest/5/onlyuserscope5678/"
    assert _error(httpx.get(base + "crm.lead.list")) == (401, "insufficient_scope")
    assert httpx.get(base + "user.current").status_code == 200
    assert httpx.get(base + "profile").status_code == 200  # basic needs no scope
    assert httpx.get(base + "scope").json()["result"] == ["user"]


def test_unknown_method_is_error_method_not_found(sandbox: SandboxPortal) -> None:
    assert _error(get(sandbox, "crm.lead.frobnicate")) == (404, "ERROR_METHOD_NOT_FOUND")


def test_method_names_ignore_case_and_the_json_suffix(sandbox: SandboxPortal) -> None:
    assert result(httpx.get(sandbox.webhook_url + "CRM.Lead.Get.json?id=1"))["ID"] == "1"
    assert result(httpx.get(sandbox.webhook_url + "crm.lead.get?id=1"))["ID"] == "1"


def test_a_failing_method_answers_internal_server_error_and_the_portal_goes_on(
    sandbox: SandboxPortal,
) -> None:
    def broken(ctx: CallContext) -> MethodResult:
        raise KeyError("bug")

    sandbox.core.registry.add("test.broken", "basic", broken)
    assert _error(get(sandbox, "test.broken")) == (500, "INTERNAL_SERVER_ERROR")
    assert get(sandbox, "profile").status_code == 200


def test_discovery_methods(sandbox: SandboxPortal) -> None:
    # api-reference/common/system/{method-get,methods,scope,server-time}.md
    assert result(get(sandbox, "method.get", {"name": "crm.lead.add"})) == {
        "isExisting": True,
        "isAvailable": True,
    }
    assert result(get(sandbox, "method.get", {"name": "no.such"})) == {
        "isExisting": False,
        "isAvailable": False,
    }
    names = result(get(sandbox, "methods"))
    assert {"batch", "crm.deal.list", "tasks.task.getFields", "department.get"} <= set(names)
    assert set(result(get(sandbox, "scope"))) == {"crm", "task", "user", "department", "im", "calendar", "lists"}
    assert "telephony" in result(get(sandbox, "scope", {"full": 1}))
    assert result(post_json(sandbox, "server.time"))[:2] == "20"
