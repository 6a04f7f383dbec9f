"""Both local servers refuse foreign Host names, cross-origin pages, and control calls without the run's token."""

from __future__ import annotations

import httpx
import pytest

from b24desk.core.secret import Secret
from b24desk.receiver import EventReceiver
from b24desk.sandbox import SandboxPortal
from b24desk.serving.local_guard import host_name

PAGE = {"Origin": "https://evil.example", "Content-Type": "text/plain"}


def test_host_names_are_read_without_port_or_brackets() -> None:
    assert [host_name(h) for h in ("127.0.0.1:8080", "[::1]:9", "LocalHost", "::1")] == [
        "127.0.0.1",
        "::1",
        "localhost",
        "::1",
    ]


@pytest.mark.asyncio
async def test_sandbox_control_needs_the_token_a_loopback_host_and_no_foreign_origin(sandbox: SandboxPortal) -> None:
    control = f"{sandbox.base_url}/sandbox/events"
    handler = '{"events": ["ONCRMLEADADD"], "url": "http://attacker.example/"}'
    async with httpx.AsyncClient() as client:
        from_page = await client.post(control, content=handler, headers=PAGE)
        no_token = await client.post(control, content=handler)
        rebound = await client.get(control, headers={"Host": "evil.example", **sandbox.control_headers})
        foreign = await client.get(f"{sandbox.webhook_url}profile", headers={"Origin": "http://evil.example"})
        ok = await client.get(control, headers=sandbox.control_headers)
        by_name = await client.get(
            f"{sandbox.webhook_url}profile", headers={"Host": f"localhost:{sandbox.port}", "Origin": "http://localhost"}
        )
    assert (from_page.status_code, no_token.status_code, rebound.status_code, foreign.status_code) == (
        403,
        403,
        421,
        403,
    )
    assert "token" in no_token.json()["error_description"]
    assert ok.status_code == 200 and ok.json()["deliveries"] == []
    assert by_name.status_code == 200
    assert not any(h.url == "http://attacker.example/" for h in sandbox.core.events.handlers)


@pytest.mark.asyncio
async def test_receiver_refuses_rebound_hosts_and_pages_but_takes_allowed_names() -> None:
    receiver = EventReceiver(port=0, token=Secret("t" * 32), allowed_hosts=("tunnel.example",))
    async with receiver, httpx.AsyncClient() as client:
        rebound = await client.post(receiver.handler_url, content=b"event=X", headers={"Host": "evil.example"})
        page = await client.post(receiver.handler_url, content=b"event=X", headers=PAGE)
        tunnel = await client.post(receiver.handler_url, content=b"event=X", headers={"Host": "tunnel.example"})
    assert (rebound.status_code, page.status_code) == (421, 403)
    assert tunnel.status_code == 401  # reached the receiver: no token given
    assert receiver.counts == {401: 1}
