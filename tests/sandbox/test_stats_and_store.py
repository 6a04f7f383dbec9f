"""Statistics per webhook and method at `/sandbox/stats`; the SQLite data file; deterministic seeding."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from b24desk.sandbox import SandboxConfig, SandboxPortal, Store
from b24desk.sandbox.seed_data import seed
from tests.sandbox.rest_calls import get, post_json, result


def test_stats_count_requests_errors_and_methods(sandbox: SandboxPortal) -> None:
    get(sandbox, "profile")
    get(sandbox, "no.such.method")
    post_json(sandbox, "batch", {"cmd": ["crm.lead.list", "crm.lead.list"]})
    stats = httpx.get(f"{sandbox.base_url}/sandbox/stats").json()
    assert stats["requests"] == 3 and stats["errors"] == 1
    assert stats["methods"]["crm.lead.list"]["requests"] == 2
    assert stats["methods"]["batch"]["requests"] == 1
    assert stats["error_codes"] == {"ERROR_METHOD_NOT_FOUND": 1}
    secret = sandbox.webhook_url.rstrip("/").rsplit("/", 1)[1]
    (webhook_key,) = stats["webhooks"]
    assert webhook_key.startswith("1:") and secret not in webhook_key
    assert stats["webhooks"][webhook_key]["requests"] == 3


def test_seed_is_deterministic_and_multilingual() -> None:
    first, second = Store(), Store()
    seed(first, 40)
    seed(second, 40)
    assert first.table("lead").rows == second.table("lead").rows
    titles = " ".join(row["TITLE"] for row in first.table("lead").rows.values())
    assert any("\u0400" <= ch <= "\u04ff" for ch in titles)  # Russian
    assert any(ch in titles for ch in "äöüßçãéè")  # German, Portuguese, French
    assert len(first.table("deal")) == 20 and len(first.table("company")) == 8


@pytest.mark.asyncio
async def test_data_file_keeps_changes_across_runs(tmp_path: Path) -> None:
    data = tmp_path / "portal.sqlite"
    config = SandboxConfig(seed=10, data_file=data, secret="fixedtestsecret1")
    async with SandboxPortal(config) as portal, httpx.AsyncClient() as client:
        answer = await client.post(portal.webhook_url + "crm.lead.add", json={"fields": {"TITLE": "Persistent"}})
        new_id = answer.json()["result"]
        await client.post(portal.webhook_url + "crm.lead.delete", json={"id": 1})
    assert new_id == 11
    async with SandboxPortal(config) as portal, httpx.AsyncClient() as client:
        assert len(portal.store.table("lead")) == 10  # not seeded again
        got = await client.get(portal.webhook_url + "crm.lead.get", params={"id": new_id})
        assert got.json()["result"]["TITLE"] == "Persistent"
        assert (await client.get(portal.webhook_url + "crm.lead.get", params={"id": 1})).status_code == 400
        again = await client.post(portal.webhook_url + "crm.lead.add", json={"fields": {"TITLE": "Next"}})
        assert again.json()["result"] == 12


def test_the_demo_secret_is_random_per_run(sandbox: SandboxPortal) -> None:
    other = SandboxPortal(SandboxConfig(seed=0))
    assert other.core.demo_secret != sandbox.core.demo_secret
    assert len(other.core.demo_secret) == 16
    other.core.close()
    assert result(get(sandbox, "profile"))["ID"] == "1"


@pytest.mark.asyncio
async def test_a_portal_that_cannot_bind_releases_its_data_file(tmp_path: Path) -> None:
    async with SandboxPortal(SandboxConfig(seed=0)) as running:
        taken = SandboxPortal(SandboxConfig(seed=3, port=running.port, data_file=tmp_path / "d.sqlite"))
        with pytest.raises(OSError):
            await taken.start()
        assert not taken.store.file_open
