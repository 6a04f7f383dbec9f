"""The async client against the sandbox portal over loopback: calls, errors, faults, retries, pacing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from b24desk.core.client import B24Client, ClientOptions, default_ssl_context
from b24desk.core.errors import CallTimeoutError, HTTPStatusError, NetworkError, PortalError, ResponseFormatError
from b24desk.core.explanations import explain
from b24desk.core.rate_limit import BucketRegistry
from b24desk.core.retry import RetryPolicy
from b24desk.core.webhook import parse_webhook_url
from b24desk.sandbox import SandboxConfig, SandboxPortal

pytestmark = pytest.mark.asyncio
FAST_RETRY = RetryPolicy(max_retries=3, base_delay=0.01, max_delay=0.05)


@pytest_asyncio.fixture
async def portal() -> AsyncIterator[SandboxPortal]:
    async with SandboxPortal(SandboxConfig(seed=60, rate=1000.0, burst=10_000)) as running:
        yield running


def client_for(portal: SandboxPortal, **options: object) -> B24Client:
    webhook = parse_webhook_url(portal.webhook_url).webhook
    settings = {"retry": FAST_RETRY, "rate": 1000.0, "burst": 10_000, **options}
    return B24Client(webhook, ClientOptions(**settings), buckets=BucketRegistry())  # type: ignore[arg-type]


async def test_call_decodes_the_envelope(portal: SandboxPortal) -> None:
    async with client_for(portal) as client:
        answer = await client.call("profile")
    assert answer.result["ID"] == "1"
    assert answer.response.status == 200
    assert answer.response.body.startswith(b"{")
    assert answer.time.duration is not None and answer.time.operating is not None
    assert answer.response.elapsed > 0
    assert answer.attempts == 1 and answer.waits == ()


async def test_nested_params_arrive_as_php_reads_them_post_and_get(portal: SandboxPortal) -> None:
    async with client_for(portal) as client:
        added = await client.call(
            "crm.lead.add",
            {
                "fields": {
                    "TITLE": "Ёлка & Co",
                    "OPPORTUNITY": 1500.5,
                    "PHONE": [{"VALUE": "+7 495", "VALUE_TYPE": "WORK"}],
                }
            },
        )
        lead_id = added.result
        by_post = await client.call("crm.lead.get", {"id": lead_id})
        by_get = await client.call("crm.lead.get", {"id": lead_id}, use_get=True)
    assert by_post.result["TITLE"] == "Ёлка & Co"
    assert float(by_post.result["OPPORTUNITY"]) == 1500.5
    assert by_post.result["PHONE"][0]["VALUE"] == "+7 495"
    assert by_get.result == by_post.result


async def test_list_paging_figures(portal: SandboxPortal) -> None:
    async with client_for(portal) as client:
        page = await client.call("crm.lead.list", {"order": {"ID": "ASC"}, "select": ["ID"]})
    assert len(page.result) == 50
    assert page.total == 60 and page.next == 50


@pytest.mark.parametrize(
    ("change", "method", "code", "status"),
    [
        ("secret", "profile", "INVALID_CREDENTIALS", 401),
        ("scope", "crm.lead.list", "insufficient_scope", 401),
        ("none", "crm.nothing.here", "ERROR_METHOD_NOT_FOUND", 404),
    ],
)
async def test_portal_errors_carry_code_status_and_explanation(
    portal: SandboxPortal, change: str, method: str, code: str, status: int
) -> None:
    url = portal.webhook_url
    if change == "secret":
        url = url.replace("/rest/1/", "/rest/1/x")
    elif change == "scope":
        portal.add_webhook(5, "onlyusers5555555", ["user"])
        url = f"{portal.base_url}/rest/5/onlyusers5555555/"
    webhook = parse_webhook_url(url).webhook
    async with B24Client(webhook, ClientOptions(retry=FAST_RETRY), buckets=BucketRegistry()) as client:
        with pytest.raises(PortalError) as caught:
            await client.call(method)
    assert caught.value.error_code == code
    assert caught.value.status == status
    assert caught.value.response is not None
    assert explain(caught.value).action
    assert webhook.secret.reveal() not in str(caught.value)


async def test_html_error_page_on_a_write_is_not_retried(portal: SandboxPortal) -> None:
    portal.faults.http_error(502, method="crm.lead.add", count=1)
    before = len(portal.store.table("lead"))
    async with client_for(portal) as client:
        with pytest.raises(HTTPStatusError) as caught:
            await client.call("crm.lead.add", {"fields": {"TITLE": "once"}})
    assert caught.value.code == "HTTP_502"
    assert caught.value.response is not None and b"<" in caught.value.response.body
    assert len(portal.store.table("lead")) == before  # the fault answered before anything was written


async def test_html_error_page_on_a_read_is_retried(portal: SandboxPortal) -> None:
    portal.faults.http_error(502, method="crm.lead.list", count=1)
    async with client_for(portal) as client:
        answer = await client.call("crm.lead.list")
    assert answer.attempts == 2
    assert [w.code for w in answer.waits if w.reason == "retry"] == ["HTTP_502"]


async def test_writes_are_retried_after_unknown_outcomes_only_when_allowed(portal: SandboxPortal) -> None:
    portal.faults.drop_connection(method="crm.lead.add", count=1)
    async with client_for(portal) as client:
        with pytest.raises(NetworkError):
            await client.call("crm.lead.add", {"fields": {"TITLE": "x"}})
        portal.faults.drop_connection(method="crm.lead.add", count=1)
        answer = await client.call("crm.lead.add", {"fields": {"TITLE": "y"}}, allow_unsafe_retry=True)
    assert answer.attempts == 2


async def test_truncated_json_is_a_format_error_with_the_raw_body(portal: SandboxPortal) -> None:
    portal.faults.truncated_json(method="crm.lead.add", count=1)
    async with client_for(portal) as client:
        with pytest.raises(ResponseFormatError) as caught:
            await client.call("crm.lead.add", {"fields": {"TITLE": "x"}})
    assert "cut off or malformed" in str(caught.value)
    assert caught.value.response is not None and caught.value.response.body


async def test_query_limit_is_retried_and_reported_even_for_writes(portal: SandboxPortal) -> None:
    portal.faults.query_limit(count=2, method="crm.lead.add")
    before = len(portal.store.table("lead"))
    async with client_for(portal) as client:
        answer = await client.call("crm.lead.add", {"fields": {"TITLE": "after the limit"}})
    assert answer.attempts == 3
    assert [w.code for w in answer.waits if w.reason == "retry"] == ["QUERY_LIMIT_EXCEEDED"] * 2
    assert len(portal.store.table("lead")) == before + 1  # refused calls ran nothing


async def test_timeout_on_a_write_is_reported_not_retried(portal: SandboxPortal) -> None:
    portal.faults.delay(1.5, method="crm.lead.add", count=1)
    async with client_for(portal, read_timeout=0.3) as client:
        with pytest.raises(CallTimeoutError) as caught:
            await client.call("crm.lead.add", {"fields": {"TITLE": "slow"}})
    assert "0.3 s" in explain(caught.value).meaning


async def test_refused_connection_is_a_network_error() -> None:
    webhook = parse_webhook_url("http://127.0.0.1:9/rest/1/abcdefgh12345678/").webhook
    async with B24Client(webhook, ClientOptions(retry=FAST_RETRY), buckets=BucketRegistry()) as client:
        with pytest.raises(NetworkError) as caught:
            await client.call("profile")
    assert caught.value.sent is False
    assert "abcdefgh12345678" not in str(caught.value)


async def test_cancelling_a_call_leaves_the_client_usable(portal: SandboxPortal) -> None:
    portal.faults.delay(3.0, method="crm.lead.list", count=1)
    async with client_for(portal) as client:
        task = asyncio.ensure_future(client.call("crm.lead.list"))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        answer = await client.call("profile")
    assert answer.result["ID"] == "1"


async def test_pacing_keeps_below_the_portal_limit() -> None:
    async with (
        SandboxPortal(SandboxConfig(seed=5, rate=4.0, burst=5)) as portal,
        client_for(portal, rate=4.0, burst=5) as client,
    ):
        started = time.monotonic()
        answers = [await client.call("server.time") for _ in range(9)]
        seconds = time.monotonic() - started
    assert all(a.attempts == 1 for a in answers)  # never refused
    waited = sum(a.waited for a in answers)
    assert waited == pytest.approx(1.25, abs=0.35)  # 5 calls past the 4 we send at once, at 4 per second
    assert seconds >= 0.8


async def test_operating_time_warning_before_the_limit() -> None:
    config = SandboxConfig(seed=5, rate=1000.0, burst=10_000, operating_limit=10.0, operating_cost=3.0)
    async with SandboxPortal(config) as portal, client_for(portal, operating_limit=10.0) as client:
        first = await client.call("crm.lead.list")
        third = [await client.call("crm.lead.list") for _ in range(2)][-1]
        with pytest.raises(PortalError) as caught:
            for _ in range(3):
                await client.call("crm.lead.list")
    assert first.warnings == ()
    assert third.warnings and "operating-time budget" in third.warnings[0]
    assert caught.value.error_code == "OPERATION_TIME_LIMIT"
    assert caught.value.status == 429


async def test_a_secret_quoted_in_an_error_description_is_masked() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"error": "ERROR_METHOD_NOT_FOUND", "error_description": f"Method not found! {request.url.path}"}
        return httpx.Response(404, json=body)

    secret = "k3x9q2w8e7r6t5y4"
    webhook = parse_webhook_url(f"https://b24-ab12cd.bitrix24.com/rest/1/{secret}/").webhook
    client = B24Client(webhook, buckets=BucketRegistry(), transport=httpx.MockTransport(answer))
    async with client:
        with pytest.raises(PortalError) as caught:
            await client.call("profile")
    error = caught.value
    assert secret not in str(error) + error.description + repr(error.args)
    assert "/rest/1/k3************y4/profile.json" in error.description


async def test_plain_http_loads_no_ca_bundle_https_does() -> None:
    default_ssl_context.cache_clear()
    async with B24Client(parse_webhook_url("http://127.0.0.1:9/rest/1/abcdefghijklmnop/").webhook):
        assert default_ssl_context.cache_info().currsize == 0
    async with B24Client(parse_webhook_url("https://example.bitrix24.com/rest/1/abcdefghijklmnop/").webhook):
        assert default_ssl_context.cache_info().currsize == 1
