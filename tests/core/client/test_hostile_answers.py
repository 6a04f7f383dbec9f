"""The client against a hostile portal on loopback: every answer shape ends in a clear CallError, bounded."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator

import pytest

from b24desk.core.client import B24Client, ClientOptions
from b24desk.core.errors import (
    CallTimeoutError,
    HTTPStatusError,
    PagingError,
    PortalError,
    RedirectError,
    ResponseFormatError,
    ResponseTooLargeError,
)
from b24desk.core.explanations import explain
from b24desk.core.rate_limit import BucketRegistry
from b24desk.core.record_store import RecordStore
from b24desk.core.retry import RetryPolicy
from b24desk.core.webhook import parse_webhook_url
from tests.hostile_server import SECRET, HostileServer, running_hostile_server

pytestmark = pytest.mark.asyncio
MiB = 1024 * 1024


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    with running_hostile_server() as server:
        yield server


def client_for(server: HostileServer, **options: object) -> B24Client:
    webhook = parse_webhook_url(server.webhook_url).webhook
    settings = {"retry": RetryPolicy(max_retries=0), "rate": 1000.0, "burst": 10_000, **options}
    return B24Client(webhook, ClientOptions(**settings), buckets=BucketRegistry())  # type: ignore[arg-type]


async def test_gzip_bomb_stops_at_the_cap_and_says_so(hostile: HostileServer) -> None:
    async with client_for(hostile, max_body=4 * MiB) as client:
        with pytest.raises(ResponseTooLargeError) as caught:
            await client.call("bomb", {"size": 64 * MiB}, use_get=True)
    assert "unpacks to more than 4 MiB" in caught.value.message
    assert explain(caught.value).title == "The answer is too large"


async def test_huge_plain_body_is_refused_past_the_cap(hostile: HostileServer) -> None:
    async with client_for(hostile, max_body=2 * MiB) as client:
        with pytest.raises(ResponseTooLargeError, match="larger than 2 MiB"):
            await client.call("huge", {"size": 8 * MiB}, use_get=True)


async def test_endless_body_is_refused_past_the_cap(hostile: HostileServer) -> None:
    async with client_for(hostile, max_body=1 * MiB) as client:
        with pytest.raises(ResponseTooLargeError):
            await client.call("endless")


async def test_an_answer_under_the_cap_still_decodes(hostile: HostileServer) -> None:
    async with client_for(hostile, max_body=4 * MiB) as client:
        answer = await client.call("bomb", {"size": 2 * MiB}, use_get=True)
    assert len(answer.result) == 2 * MiB


async def test_byte_drip_ends_at_the_deadline(hostile: HostileServer) -> None:
    started = time.monotonic()
    async with client_for(hostile, deadline=1.0, read_timeout=30.0) as client:
        with pytest.raises(CallTimeoutError, match="deadline for the whole call") as caught:
            await client.call("drip", {"every": 0.2}, use_get=True)
    assert time.monotonic() - started < 20  # the read timeout (30 s) never fires: the deadline did
    assert "No answer within" in explain(caught.value).meaning


@pytest.mark.parametrize(
    ("shape", "words"),
    [
        ("deep", "nests deeper than 1024 levels"),
        ("bigint", "number too large"),
        ("inf", "number too large"),
        ("html", "HTML page"),
        ("badjson", "cut off or malformed"),
    ],
)
async def test_malformed_answers_are_format_errors(hostile: HostileServer, shape: str, words: str) -> None:
    async with client_for(hostile) as client:
        with pytest.raises(ResponseFormatError, match=words):
            await client.call(shape)


async def test_redirect_says_where_the_portal_moved(hostile: HostileServer) -> None:
    async with client_for(hostile) as client:
        with pytest.raises(RedirectError) as caught:
            await client.call("redirect")
    explanation = explain(caught.value)
    assert "the portal moved to https://moved.example/rest/1/" in explanation.meaning
    assert SECRET not in explanation.as_text() and "overloaded" not in explanation.as_text()


async def test_server_error_is_an_http_error(hostile: HostileServer) -> None:
    async with client_for(hostile) as client:
        with pytest.raises(HTTPStatusError) as caught:
            await client.call("unavailable")
    assert caught.value.code == "HTTP_503"


async def test_same_full_page_forever_stops_paging(hostile: HostileServer) -> None:
    async with client_for(hostile) as client:
        with pytest.raises(PagingError, match="same page again"):
            async for _page in client.fetch_all("samepage.list"):
                pass
        sent = client.requests_sent
    assert sent <= 3  # the first page, one batch: then it stopped


async def test_same_full_page_forever_stops_offset_paging(hostile: HostileServer) -> None:
    async with client_for(hostile) as client:
        with pytest.raises(PagingError, match="only rows already fetched"):
            async for _page in client.fetch_all("samepage.list", {"order": {"TITLE": "ASC"}}):
                pass
        assert client.requests_sent <= 3


async def test_echoed_secret_is_masked_in_every_form(hostile: HostileServer) -> None:
    forms = hostile.echo_forms()
    async with client_for(hostile) as client:
        answer = await client.call("echo")
        escaped = await client.call("echo_escaped")
        with pytest.raises(PortalError) as caught:
            await client.call("echo_error")
    body = answer.response.body.decode() + escaped.response.body.decode()
    assert SECRET not in body and SECRET not in str(answer.result) and SECRET not in str(escaped.result)
    for name in ("url_encoded", "base64", "base64_url"):
        assert answer.result[name] != forms[name]
    assert base64.b64encode(SECRET.encode()).decode() not in body
    assert SECRET not in caught.value.description and SECRET not in caught.value.message
    assert SECRET not in caught.value.response.text() if caught.value.response else True


async def test_error_objects_are_shown_as_json_not_python_repr(hostile: HostileServer) -> None:
    async with client_for(hostile) as client:
        with pytest.raises(PortalError) as caught:
            await client.call("error_object")
    assert caught.value.error_code == '["A", "B"]'
    assert caught.value.description == '{"field": "TITLE", "why": "empty"}'
    assert "{'" not in caught.value.message


@pytest.mark.parametrize("chunked", ["", "1"])
async def test_a_big_list_is_kept_as_its_masked_bytes(hostile: HostileServer, chunked: str) -> None:
    async with client_for(hostile, keep_records=True) as client:
        call = await client.call("records", {"size": 12_000, "chunked": chunked}, use_get=True)
    assert isinstance(call.result, RecordStore) and len(call.result) == 12_000 and call.total == 12_000
    assert len(call.response.body) > 2 * MiB
    assert SECRET.encode() not in call.response.body  # masked before the records were indexed
    assert SECRET not in call.result[6000]["NOTE"] and call.result[6000]["NOTE"].startswith("see https://")
    assert call.result[11_999] == {"ID": "11999", "TITLE": "Lead 11999", "NOTE": "n" * 200}


async def test_a_big_answer_is_decoded_in_a_thread_that_hands_the_gil_back_quickly(
    hostile: HostileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import threading

    from b24desk.core import client as client_module
    from b24desk.core.switch_interval import WORKER_SWITCH_INTERVAL

    seen: list[tuple[bool, float]] = []
    decode = B24Client._decode

    def watched(self: B24Client, method: str, raw: object) -> object:
        seen.append((threading.current_thread() is threading.main_thread(), sys.getswitchinterval()))
        return decode(self, method, raw)  # type: ignore[arg-type]

    monkeypatch.setattr(client_module.B24Client, "_decode", watched)
    before = sys.getswitchinterval()
    async with client_for(hostile, keep_records=True) as client:
        call = await client.call("records", {"size": 12_000, "chunked": ""}, use_get=True)
        small = await client.call("records", {"size": 3, "chunked": ""}, use_get=True)
    assert len(call.result) == 12_000 and len(small.result) == 3
    # the big one off the loop's thread with the short interval (the window's thread waits 0.5 ms, not 5);
    # the small one on the loop's thread, the interval as it was
    assert [on_loop for on_loop, _ in seen] == [False, True]
    assert [interval for _, interval in seen] == pytest.approx([WORKER_SWITCH_INTERVAL, before])
    assert sys.getswitchinterval() == pytest.approx(before)
