"""Fault injection through the Python API and the `/sandbox/faults` endpoint.

Delays, 500/502 HTML pages, a 200 sign-in page, truncated JSON, dropped connections, forced QUERY_LIMIT_EXCEEDED.
"""

from __future__ import annotations

import json
import time

import httpx
import pytest

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get


def test_delay_for_one_method(sandbox: SandboxPortal) -> None:
    sandbox.faults.delay(0.5, method="crm.lead.list", count=1)
    assert get(sandbox, "profile").status_code == 200
    # Another method leaves the rule untouched (it did not fire): no timing bound, which a loaded machine breaks.
    assert [rule["method"] for rule in sandbox.faults.rules()] == ["crm.lead.list"]
    begin = time.perf_counter()
    assert get(sandbox, "crm.lead.list").status_code == 200
    assert time.perf_counter() - begin >= 0.5
    assert sandbox.faults.rules() == []


@pytest.mark.parametrize("status", [500, 502])
def test_http_error_pages(sandbox: SandboxPortal, status: int) -> None:
    sandbox.faults.http_error(status)
    response = get(sandbox, "profile")
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text
    assert get(sandbox, "profile").status_code == 200  # count=1 by default


def test_html_page_with_200(sandbox: SandboxPortal) -> None:
    sandbox.faults.html_page(method="profile")
    response = get(sandbox, "profile")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html") and "<form" in response.text
    assert get(sandbox, "profile").json()["result"]["ID"] == "1"


def test_truncated_json(sandbox: SandboxPortal) -> None:
    sandbox.faults.truncated_json(method="crm.lead.list")
    response = get(sandbox, "crm.lead.list")
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.text)


def test_dropped_connection(sandbox: SandboxPortal) -> None:
    sandbox.faults.drop_connection(count=2)
    for _ in range(2):
        with pytest.raises(httpx.RemoteProtocolError):
            get(sandbox, "profile")
    assert get(sandbox, "profile").status_code == 200


def test_forced_query_limit_for_the_next_calls(sandbox: SandboxPortal) -> None:
    sandbox.faults.query_limit(count=2)
    assert [get(sandbox, "profile").status_code for _ in range(3)] == [503, 503, 200]


def test_faults_endpoint(sandbox: SandboxPortal) -> None:
    url = f"{sandbox.base_url}/sandbox/faults"
    headers = sandbox.control_headers
    assert httpx.post(url, json={"kind": "query_limit"}).status_code == 403  # no token: refused
    added = httpx.post(
        url, json={"kind": "http_error", "status": 502, "method": "crm.deal.list", "count": 1}, headers=headers
    )
    assert added.status_code == 200 and added.json()["faults"][0]["status"] == 502
    assert get(sandbox, "crm.lead.list").status_code == 200
    assert get(sandbox, "crm.deal.list").status_code == 502
    assert httpx.post(url, json={"kind": "explode"}, headers=headers).status_code == 400
    httpx.post(url, json={"kind": "query_limit", "count": None}, headers=headers)
    assert get(sandbox, "profile").status_code == 503
    assert httpx.delete(url, headers=headers).json() == {"faults": []}
    assert get(sandbox, "profile").status_code == 200
