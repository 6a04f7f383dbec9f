"""The one uvicorn embedding: a free port, answers without the Nagle delay, a busy port, an orderly stop."""

from __future__ import annotations

import socket
import statistics
import time
from typing import Any

import httpx
import pytest

from b24desk.serving.embedded_uvicorn import EmbeddedServer

pytestmark = pytest.mark.asyncio


async def hello(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})


async def test_serves_on_a_free_port_in_the_running_loop_and_stops() -> None:
    server = EmbeddedServer(hello, "127.0.0.1", interface="asgi3")
    assert server.bind() > 0 and not server.running
    await server.start()
    assert server.running
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
        await client.get("/")
        seconds = []
        for _ in range(21):  # keep-alive: with Nagle + delayed ACK each answer would wait about 40 ms
            started = time.perf_counter()
            assert (await client.get("/")).text == "ok"
            seconds.append(time.perf_counter() - started)
        assert statistics.median(seconds) < 0.03
    await server.stop()
    assert not server.running
    with socket.create_server(("127.0.0.1", server.port)):  # the port is free again
        pass


async def test_a_busy_port_is_an_os_error_and_nothing_keeps_running() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        server = EmbeddedServer(hello, "127.0.0.1", taken.getsockname()[1])
        with pytest.raises(OSError):
            await server.start()
    assert not server.running
    await server.stop()  # harmless when it never started


async def test_a_stop_is_noticed_at_once_not_at_uvicorns_next_tick(monkeypatch: pytest.MonkeyPatch) -> None:
    """uvicorn looks at should_exit every tick and paused a tick for the connections; a stop wakes it."""
    import asyncio

    from b24desk.serving import embedded_uvicorn

    monkeypatch.setattr(embedded_uvicorn, "TICK_SECONDS", 60.0)  # a tick that a stop must not wait for
    for graceful in (False, True):
        server = EmbeddedServer(hello, "127.0.0.1", interface="asgi3")
        await server.start()
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
            assert (await client.get("/")).text == "ok"  # a keep-alive connection the stop closes
            async with asyncio.timeout(20):
                if graceful:  # the CLI's Ctrl+C: ask, then wait for the server to end
                    server.request_stop()
                    await server.wait_closed()
                else:
                    await server.stop()
        assert not server.running
