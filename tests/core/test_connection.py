"""Test connection against a fake portal on loopback: scopes, INVALID_CREDENTIALS, network errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from b24desk.core.connection import CallOutcome, ConnectionCheckError, check_connection
from b24desk.core.webhook import parse_webhook_url
from tests.fake_portal import FakePortal

SECRET = "k3x9q2w8e7r6t5y4"


@pytest.fixture
def portal() -> Iterator[FakePortal]:
    server = FakePortal(5, SECRET)
    yield server
    server.close()


def test_profile_and_scopes_are_reported_and_each_call_is_recorded(portal: FakePortal) -> None:
    calls: list[CallOutcome] = []
    report = check_connection(parse_webhook_url(portal.webhook_url()).webhook, on_call=calls.append)
    assert report.scopes == ("crm", "user") and report.profile["NAME"] == "Anna"
    assert [(c.method, c.http_status, c.error_code) for c in calls] == [
        ("profile", 200, None),
        ("scope", 200, None),
    ]
    assert all(c.duration_ms >= 0 for c in calls)
    assert portal.requests == [f"/rest/5/{SECRET}/profile.json", f"/rest/5/{SECRET}/scope.json"]


def test_invalid_credentials_explains_rotation_and_records_the_failed_call(portal: FakePortal) -> None:
    calls: list[CallOutcome] = []
    webhook = parse_webhook_url(portal.webhook_url(secret="wrongsecret000001")).webhook
    with pytest.raises(ConnectionCheckError) as caught:
        check_connection(webhook, on_call=calls.append)
    assert caught.value.code == "INVALID_CREDENTIALS" and caught.value.http_status == 401
    assert "rotate" in str(caught.value) and "wrongsecret000001" not in str(caught.value)
    assert [(c.method, c.http_status, c.error_code) for c in calls] == [("profile", 401, "INVALID_CREDENTIALS")]


def test_network_error_is_reported_without_the_secret() -> None:
    webhook = parse_webhook_url(f"http://127.0.0.1:9/rest/1/{SECRET}/").webhook
    calls: list[CallOutcome] = []
    with pytest.raises(ConnectionCheckError) as caught:
        check_connection(webhook, timeout=2, on_call=calls.append)
    assert caught.value.code == "NETWORK_ERROR" and caught.value.http_status is None
    assert "Could not reach http://127.0.0.1:9" in str(caught.value) and SECRET not in str(caught.value)
    assert calls[0].error_code == "NETWORK_ERROR"


def test_an_error_answer_carries_the_portals_code(portal: FakePortal) -> None:
    webhook = parse_webhook_url(f"{portal.url}/x/rest/5/{SECRET}/").webhook  # the fake answers 404 there
    with pytest.raises(ConnectionCheckError) as caught:
        check_connection(webhook)
    assert caught.value.code == "NOT_FOUND"


def test_a_page_that_is_not_a_portal_answer_is_an_http_error(portal: FakePortal) -> None:
    webhook = parse_webhook_url(f"{portal.url}/html/rest/5/{SECRET}/").webhook
    with pytest.raises(ConnectionCheckError) as caught:
        check_connection(webhook)
    assert caught.value.code == "HTTP_200" and "Bitrix24 portal" in str(caught.value)
