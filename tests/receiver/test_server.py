"""The receiver over loopback: the sandbox portal fires real events at it; statuses, limits, subscribers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from b24desk.core.events import ReceivedEvent, from_json_line, to_json_line
from b24desk.core.query import encode
from b24desk.core.secret import Secret
from b24desk.receiver import EventReceiver, replay
from b24desk.sandbox import SandboxConfig, SandboxPortal

pytestmark = pytest.mark.asyncio
TOKEN = "r3c31v3rt0k3n0000000000000000abc"
FORM_TYPE = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest_asyncio.fixture
async def portal() -> AsyncIterator[SandboxPortal]:
    async with SandboxPortal(SandboxConfig(seed=5, rate=1000.0, burst=10_000)) as running:
        yield running


@pytest_asyncio.fixture
async def receiver() -> AsyncIterator[EventReceiver]:
    async with EventReceiver(port=0, token=Secret(TOKEN)) as running:
        yield running


async def call(portal: SandboxPortal, method: str, params: dict[str, Any]) -> Any:
    async with httpx.AsyncClient() as client:
        answer = await client.post(portal.webhook_url + method, json=params)
    return answer.json()["result"]


async def wait_for(receiver: EventReceiver, count: int, timeout: float = 5.0) -> list[ReceivedEvent]:
    async with asyncio.timeout(timeout):
        while len(receiver.events) < count:
            await asyncio.sleep(0.01)
    return list(receiver.events)


async def test_sandbox_events_arrive_decoded_and_accepted(portal: SandboxPortal, receiver: EventReceiver) -> None:
    seen: list[ReceivedEvent] = []
    receiver.subscribe(seen.append)
    portal.add_event_handler(["ONCRMLEADADD", "ONCRMDEALADD", "ONTASKADD"], receiver.handler_url, TOKEN)
    lead = await call(portal, "crm.lead.add", {"fields": {"TITLE": "Receiver"}})
    deal = await call(portal, "crm.deal.add", {"fields": {"TITLE": "Deal"}})
    task = (await call(portal, "tasks.task.add", {"fields": {"TITLE": "T", "RESPONSIBLE_ID": 1}}))["task"]
    events = {e.name: e for e in await wait_for(receiver, 3)}
    assert set(events) == {"ONCRMLEADADD", "ONCRMDEALADD", "ONTASKADD"}
    assert events["ONCRMLEADADD"].data == {"FIELDS": {"ID": str(lead)}}
    assert events["ONCRMDEALADD"].data == {"FIELDS": {"ID": str(deal)}}
    assert events["ONTASKADD"].data["FIELDS_AFTER"] == {"ID": task["id"]}
    for event in events.values():
        assert event.token_status == "accepted" and event.answer == 200 and event.outcome == "accepted"
        assert event.source.startswith("127.0.0.1:")
        assert event.headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert event.form["auth"]["domain"]
    assert [e.number for e in seen] == sorted(e.number for e in seen) and len(seen) == 3
    await portal.core.events.drain()
    assert {d.status for d in portal.core.events.deliveries} == {200}


async def test_a_wrong_token_is_rejected_with_401(portal: SandboxPortal, receiver: EventReceiver) -> None:
    portal.add_event_handler(["ONCRMLEADUPDATE"], receiver.handler_url, "w" * 32)
    await call(portal, "crm.lead.update", {"id": 1, "fields": {"TITLE": "changed"}})
    (event,) = await wait_for(receiver, 1)
    assert event.name == "ONCRMLEADUPDATE" and event.token_status == "rejected"
    assert event.answer == 401 and not event.accepted and event.outcome == "rejected"
    await portal.core.events.drain()
    assert [d.status for d in portal.core.events.deliveries] == [401]


async def test_missing_token_malformed_and_not_post_are_recorded(receiver: EventReceiver) -> None:
    async with httpx.AsyncClient() as client:
        missing = await client.post(receiver.handler_url, content=encode({"event": "ONTASKADD"}), headers=FORM_TYPE)
        junk = await client.post(receiver.handler_url, content=b"\xff\xfe", headers=FORM_TYPE)
        get = await client.get(receiver.handler_url + "favicon.ico")
    assert (missing.status_code, junk.status_code, get.status_code) == (401, 400, 405)
    assert missing.json() == {"ok": False, "status": "rejected"}
    events = list(receiver.events)
    assert [e.outcome for e in events] == ["missing token", "malformed", "malformed"]
    assert events[1].body == b"" and "UTF-8" in events[1].malformed  # a refused body is not kept
    assert events[2].path == "/favicon.ico" and events[2].answer == 405
    assert receiver.counts == {401: 1, 400: 1, 405: 1}


async def test_without_a_token_events_are_unchecked_not_rejected() -> None:
    async with EventReceiver(port=0) as receiver, httpx.AsyncClient() as client:
        answer = await client.post(receiver.handler_url, content=encode({"event": "ONTASKADD"}), headers=FORM_TYPE)
        assert answer.status_code == 200
        assert receiver.events[0].outcome == "unchecked"
        receiver.set_token(Secret(TOKEN))
        answer = await client.post(receiver.handler_url, content=encode({"event": "ONTASKADD"}), headers=FORM_TYPE)
        assert answer.status_code == 401


async def test_bodies_over_the_cap_get_413_and_are_recorded() -> None:
    async with EventReceiver(port=0, max_body=1000) as receiver, httpx.AsyncClient() as client:
        big = encode({"event": "ONCRMLEADADD", "data": {"x": "y" * 5000}})
        answer = await client.post(receiver.handler_url, content=big, headers=FORM_TYPE)

        async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: the cap holds while reading
            for _ in range(10):
                yield b"a" * 500

        chunked = await client.post(receiver.handler_url, content=chunks(), headers=FORM_TYPE)
        small = await client.post(receiver.handler_url, content=encode({"event": "ONTASKADD"}), headers=FORM_TYPE)
    assert (answer.status_code, chunked.status_code, small.status_code) == (413, 413, 200)
    assert [e.outcome for e in receiver.events] == ["too large", "too large", "unchecked"]
    assert "1000 bytes" in receiver.events[0].malformed and receiver.events[0].body == b""


async def test_a_flood_from_one_source_gets_429_and_the_listener_survives() -> None:
    async with EventReceiver(port=0, max_rate=20) as receiver, httpx.AsyncClient() as client:
        body = encode({"event": "ONTASKADD"})
        answers = await asyncio.gather(
            *(client.post(receiver.handler_url, content=body, headers=FORM_TYPE) for _ in range(60))
        )
        statuses = [a.status_code for a in answers]
        assert statuses.count(200) >= 20 and statuses.count(429) >= 20
        assert receiver.counts[429] == statuses.count(429)
        assert any(e.outcome == "too many" for e in receiver.events)
        await asyncio.sleep(0.2)  # the bucket refills
        again = await client.post(receiver.handler_url, content=body, headers=FORM_TYPE)
        assert again.status_code == 200


async def test_a_failing_subscriber_does_not_lose_the_event(receiver: EventReceiver) -> None:
    seen: list[int] = []

    def broken(event: ReceivedEvent) -> None:
        raise RuntimeError("bug")

    receiver.subscribe(broken)
    unsubscribe = receiver.subscribe(lambda e: seen.append(e.number))
    async with httpx.AsyncClient() as client:
        answer = await client.post(receiver.handler_url, content=encode({"event": "X"}), headers=FORM_TYPE)
        unsubscribe()
        await client.post(receiver.handler_url, content=encode({"event": "X"}), headers=FORM_TYPE)
    assert answer.status_code == 401 and seen == [1] and len(receiver.events) == 2


async def test_saved_events_replay_to_another_handler(portal: SandboxPortal, receiver: EventReceiver) -> None:
    portal.add_event_handler(["ONCRMLEADADD"], receiver.handler_url, TOKEN)
    await call(portal, "crm.lead.add", {"fields": {"TITLE": "Replay me"}})
    (event,) = await wait_for(receiver, 1)
    line = to_json_line(event)
    assert TOKEN not in line
    saved = from_json_line(line)
    async with EventReceiver(port=0, token=Secret("other-token")) as target:
        assert await replay(saved, target.handler_url, Secret("other-token")) == 200
        assert await replay(saved, target.handler_url) == 401  # the saved token is masked: not accepted
        replayed = list(target.events)
    assert replayed[0].data == event.data and replayed[0].name == "ONCRMLEADADD"
    assert replayed[0].headers["User-Agent"] == "b24desk event replay"


async def test_replay_to_nowhere_is_a_network_error_without_the_token() -> None:
    from b24desk.core.errors import NetworkError

    event = from_json_line('{"form": {"event": "ONTASKADD"}}')
    with pytest.raises(NetworkError) as caught:
        await replay(event, "http://127.0.0.1:9/", Secret(TOKEN), timeout=2)
    assert TOKEN not in str(caught.value)


async def test_a_busy_port_raises_oserror(receiver: EventReceiver) -> None:
    with pytest.raises(OSError):
        await EventReceiver(port=receiver.port).start()


async def test_throughput_is_measured() -> None:
    body = encode({"event": "ONCRMLEADADD", "data": {"FIELDS": {"ID": "1"}}, "auth": {"application_token": TOKEN}})
    async with EventReceiver(port=0, token=Secret(TOKEN), max_rate=1e6) as receiver, httpx.AsyncClient() as client:
        started = time.perf_counter()
        for _ in range(200):
            await client.post(receiver.handler_url, content=body, headers=FORM_TYPE)
        rate = 200 / (time.perf_counter() - started)
        print(f"receiver: {rate:.0f} events/s sequential over one keep-alive connection")
        assert receiver.counts == {200: 200}
