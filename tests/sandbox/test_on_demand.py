"""The sandbox portal started by its first caller, over real HTTP on loopback; its method list known before it runs."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import replace

import httpx
import pytest

from b24desk.core.client import B24Client
from b24desk.core.discovery import discover
from b24desk.core.webhook import parse_webhook_url
from b24desk.sandbox import SandboxConfig, method_list
from b24desk.sandbox.methods import build_registry
from b24desk.sandbox.on_demand import OnDemandSandbox
from b24desk.sandbox.portal import PortalCore
from b24desk.sandbox.server import SandboxPortal

CONFIG = SandboxConfig(seed=10, rate=1000.0, burst=10_000)


class CountedStarts:
    """An `off_loop` that counts the portals made, and can hold a start until the test lets it go."""

    def __init__(self, held: bool = False) -> None:
        self.made = 0
        self.entered = threading.Event()
        self.release = threading.Event()
        if not held:
            self.release.set()

    async def __call__(self, make: Callable[[], SandboxPortal]) -> SandboxPortal:
        def counted() -> SandboxPortal:
            self.made += 1
            self.entered.set()
            self.release.wait(60)
            return make()

        return await asyncio.to_thread(counted)


@pytest.mark.asyncio
async def test_the_first_call_starts_the_portal_and_calls_made_while_it_starts_are_answered() -> None:
    starts = CountedStarts(held=True)
    sandbox = OnDemandSandbox(CONFIG, off_loop=starts)
    sandbox.watch()
    assert not sandbox.started and sandbox.portal is None  # offered, nothing runs
    url = sandbox.webhook_url
    assert url.startswith(f"http://127.0.0.1:{sandbox.port}/rest/1/")
    try:
        async with httpx.AsyncClient(timeout=60) as client:
            first = asyncio.ensure_future(client.get(url + "profile"))
            await asyncio.to_thread(starts.entered.wait, 60)  # the first connection started it
            second = asyncio.ensure_future(client.post(url + "crm.lead.list", json={"select": ["ID"]}))
            await asyncio.sleep(0.05)
            assert not first.done() and not second.done()  # both wait for the start, neither fails
            starts.release.set()
            answers = await asyncio.gather(first, second)
            assert [answer.status_code for answer in answers] == [200, 200]
            assert answers[0].json()["result"]["ID"] == "1" and answers[1].json()["total"] == 10
            portal = await sandbox.start_soon()  # the one start (it may answer before it says it runs)
            again = await client.get(url + "server.time")  # a later call: the same portal, no second start
            assert again.status_code == 200 and sandbox.portal is portal and starts.made == 1
    finally:
        await sandbox.stop()
    assert sandbox.portal is None
    async with httpx.AsyncClient(timeout=10) as client:
        with pytest.raises(httpx.ConnectError):  # closing stopped it: its port is closed
            await client.get(url + "profile")


@pytest.mark.asyncio
async def test_closing_before_any_call_makes_no_portal_and_frees_the_port() -> None:
    starts = CountedStarts()
    sandbox = OnDemandSandbox(CONFIG, off_loop=starts)
    sandbox.watch()
    await sandbox.stop()
    assert starts.made == 0
    async with httpx.AsyncClient(timeout=10) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(sandbox.webhook_url + "profile")


@pytest.mark.asyncio
async def test_closing_while_it_starts_waits_for_the_start_then_stops_it() -> None:
    starts = CountedStarts(held=True)
    sandbox = OnDemandSandbox(CONFIG, off_loop=starts)
    sandbox.watch()
    async with httpx.AsyncClient(timeout=60) as client:
        call = asyncio.ensure_future(client.get(sandbox.webhook_url + "profile"))
        await asyncio.to_thread(starts.entered.wait, 60)  # the call set the start going
        stopping = asyncio.ensure_future(sandbox.stop())  # the window closes meanwhile
        await asyncio.sleep(0.05)
        assert not stopping.done()  # it waits for the start under way
        starts.release.set()
        await stopping
        assert sandbox.portal is None
        try:  # the waiting call was answered before the stop, or refused by it: never left hanging
            answer = await call
            assert answer.status_code == 200
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError):
            pass
        with pytest.raises(httpx.ConnectError):
            await client.get(sandbox.webhook_url + "profile")


@pytest.mark.asyncio
async def test_a_start_that_fails_refuses_the_waiting_call_at_once_and_says_why() -> None:
    async def broken(make: Callable[[], SandboxPortal]) -> SandboxPortal:
        raise ImportError("no module named starlette")

    sandbox = OnDemandSandbox(CONFIG, off_loop=broken)
    said: list[Exception] = []
    sandbox.failed = said.append
    sandbox.watch()
    async with httpx.AsyncClient(timeout=60) as client:
        with pytest.raises((httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError)):
            await client.get(sandbox.webhook_url + "profile")
    assert [str(error) for error in said] == ["no module named starlette"]
    await sandbox.stop()


@pytest.mark.asyncio
async def test_what_it_offers_before_running_is_what_it_answers_once_running() -> None:
    for scopes in (CONFIG.scopes, ("user",)):
        sandbox = OnDemandSandbox(replace(CONFIG, scopes=scopes))
        sandbox.watch()
        try:
            async with B24Client(parse_webhook_url(sandbox.webhook_url).webhook) as client:
                asked = await discover(client)
        finally:
            await sandbox.stop()
        assert (asked.scopes, asked.methods) == sandbox.offer()
    assert "crm.lead.list" not in sandbox.offer()[1] and "user.get" in sandbox.offer()[1]


@pytest.mark.asyncio
async def test_a_method_list_out_of_date_stops_the_portal_from_starting() -> None:
    registry = build_registry()
    registry.add("crm.lead.new", "crm", lambda ctx: None)  # type: ignore[arg-type, return-value]
    with pytest.raises(RuntimeError, match=r"crm\.lead\.new.*tools\.sandbox_method_list"):
        method_list.check(registry)
    PortalCore(CONFIG).close()  # the list as written matches the registry


class NoReadersLoop(asyncio.SelectorEventLoop):
    """A loop that cannot watch a file descriptor for the caller, as Windows' proactor loop."""

    def add_reader(self, *args: object, **kwargs: object) -> None:
        raise NotImplementedError

    def remove_reader(self, *args: object, **kwargs: object) -> bool:
        raise NotImplementedError


def test_a_loop_without_readers_starts_it_too_and_the_watching_thread_ends_with_it() -> None:
    def watching() -> list[threading.Thread]:
        return [thread for thread in threading.enumerate() if thread.name == "b24desk-sandbox-watch"]

    async def scenario() -> None:
        started = OnDemandSandbox(CONFIG)
        untouched = OnDemandSandbox(CONFIG)
        started.watch()
        untouched.watch()
        assert len(watching()) == 2
        try:
            async with httpx.AsyncClient(timeout=60) as client:
                answer = await client.get(started.webhook_url + "profile")
            assert answer.status_code == 200 and started.started and not untouched.started
        finally:
            await started.stop()
            await untouched.stop()
        for thread in watching():
            await asyncio.to_thread(thread.join, 30)
        assert watching() == []

    with asyncio.Runner(loop_factory=NoReadersLoop) as runner:
        runner.run(scenario())
