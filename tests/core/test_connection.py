"""Test connection through the client against the sandbox portal on loopback: the report and every failure."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from b24desk.core.client import ClientOptions
from b24desk.core.connection import CallOutcome, check_connection
from b24desk.core.errors import CallTimeoutError, HTTPStatusError, NetworkError, PortalError, ResponseFormatError
from b24desk.core.explanations import explain
from b24desk.core.rate_limit import BucketRegistry
from b24desk.core.retry import RetryPolicy
from b24desk.core.webhook import Webhook, parse_webhook_url
from b24desk.sandbox import SandboxConfig, SandboxPortal

pytestmark = pytest.mark.asyncio
SECRET = "k3x9q2w8e7r6t5y4"
OPTIONS = ClientOptions(rate=1000.0, burst=10_000, retry=RetryPolicy(max_retries=2, base_delay=0.01, max_delay=0.02))


@pytest_asyncio.fixture
async def portal() -> AsyncIterator[SandboxPortal]:
    async with SandboxPortal(SandboxConfig(seed=5, rate=1000.0, burst=10_000)) as running:
        running.add_webhook(5, SECRET, ("user", "crm"))
        yield running


def webhook(portal: SandboxPortal, secret: str = SECRET) -> Webhook:
    return parse_webhook_url(f"{portal.base_url}/rest/5/{secret}/").webhook


async def check(hook: Webhook, calls: list[CallOutcome], options: ClientOptions = OPTIONS) -> None:
    await check_connection(hook, options, on_call=calls.append, buckets=BucketRegistry())


async def test_profile_and_scopes_are_reported_and_each_call_is_recorded(portal: SandboxPortal) -> None:
    calls: list[CallOutcome] = []
    report = await check_connection(webhook(portal), OPTIONS, on_call=calls.append, buckets=BucketRegistry())
    user = portal.store.get("user", 5)
    assert user is not None
    assert report.scopes == ("crm", "user")
    assert report.profile["ID"] == "5" and report.person == f"{user['NAME']} {user['LAST_NAME']}"
    assert [(c.method, c.http_status, c.error_code) for c in calls] == [("profile", 200, None), ("scope", 200, None)]
    assert all(c.duration_ms >= 0 for c in calls)
    assert portal.stats.snapshot()["requests"] == 2


async def test_a_regenerated_secret_is_invalid_credentials_explained_without_the_secret(portal: SandboxPortal) -> None:
    portal.core.webhooks.remove(5, SECRET)  # the admin regenerated it on the portal
    calls: list[CallOutcome] = []
    with pytest.raises(PortalError) as caught:
        await check(webhook(portal), calls)
    assert caught.value.code == "INVALID_CREDENTIALS" and caught.value.status == 401
    text = explain(caught.value).as_text()
    assert "regenerate" in text and "Integrations" in text
    assert SECRET not in text + str(caught.value) + repr(caught.value.args)
    assert [(c.method, c.http_status, c.error_code) for c in calls] == [("profile", 401, "INVALID_CREDENTIALS")]


async def test_a_closed_port_is_a_network_error_without_the_secret() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    calls: list[CallOutcome] = []
    with pytest.raises(NetworkError) as caught:
        await check(parse_webhook_url(f"http://127.0.0.1:{port}/rest/1/{SECRET}/").webhook, calls)
    assert caught.value.sent is False and caught.value.response is None
    explanation = explain(caught.value)
    assert explanation.title == "The portal could not be reached" and "Check the address" in explanation.action
    assert SECRET not in explanation.as_text() + str(caught.value)
    assert [(c.method, c.http_status, c.error_code) for c in calls] == [("profile", None, "NetworkError")]


@pytest.mark.parametrize("status", [500, 502])
async def test_an_error_page_is_an_http_status_error(portal: SandboxPortal, status: int) -> None:
    portal.faults.http_error(status, method="profile", count=None)  # every retry meets it too
    calls: list[CallOutcome] = []
    with pytest.raises(HTTPStatusError) as caught:
        await check(webhook(portal), calls)
    assert caught.value.code == f"HTTP_{status}"
    assert explain(caught.value).title == f"The server answered with HTTP {status}"
    assert [(c.method, c.http_status, c.error_code) for c in calls] == [("profile", status, f"HTTP_{status}")]


async def test_an_html_page_is_not_a_bitrix24_answer(portal: SandboxPortal) -> None:
    portal.faults.html_page(method="scope")
    calls: list[CallOutcome] = []
    with pytest.raises(ResponseFormatError) as caught:
        await check(webhook(portal), calls)
    explanation = explain(caught.value)
    assert explanation.title == "The answer is not a Bitrix24 answer" and "HTML page" in explanation.meaning
    assert [(c.method, c.http_status, c.error_code) for c in calls] == [
        ("profile", 200, None),
        ("scope", 200, "ResponseFormatError"),
    ]


async def test_the_read_timeout_of_the_options_applies(portal: SandboxPortal) -> None:
    portal.faults.delay(2.0, method="profile", count=1)
    options = ClientOptions(rate=1000.0, burst=10_000, read_timeout=0.3, retry=RetryPolicy(max_retries=0))
    with pytest.raises(CallTimeoutError) as caught:
        await check(webhook(portal), [], options)
    assert "0.3 s" in explain(caught.value).meaning
