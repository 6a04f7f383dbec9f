"""The sandbox portal runs inside the app's own loop (qasync on Qt), as the first-start demo needs."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from b24desk.sandbox import SandboxConfig, SandboxPortal


@pytest.mark.asyncio
async def test_sandbox_serves_on_the_qasync_loop() -> None:
    assert type(asyncio.get_running_loop()).__module__.startswith("qasync")
    async with SandboxPortal(SandboxConfig(seed=20)) as portal, httpx.AsyncClient() as client:
        leads = await client.get(portal.webhook_url + "crm.lead.list")
        assert leads.json()["total"] == 20
        batch = await client.post(portal.webhook_url + "batch", json={"cmd": ["profile", "crm.lead.get?id=2"]})
        assert batch.json()["result"]["result"]["1"]["ID"] == "2"
