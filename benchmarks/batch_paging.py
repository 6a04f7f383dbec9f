"""Benchmark: page every lead of a large sandbox portal through `batch`, and report requests and seconds.

Run on demand (not in `make test`):

    .venv/bin/python -m benchmarks.batch_paging                 # 100,000 leads, both paging modes
    .venv/bin/python -m benchmarks.batch_paging --leads 20000 --mode chain --select '*'

Modes: `start` sends 50 `crm.lead.list` commands per batch with `start` = 0, 50, 100, ...;
`chain` sends the fast chain of settings/performance/huge-data.md: `start=-1`, `order[ID]=ASC` and
`filter[>ID]=$result[previous][49][ID]`, 50 pages per batch, the next batch going on from the last ID.
The portal keeps its cloud limits (2 requests/s, burst 50); the client waits when told QUERY_LIMIT_EXCEEDED.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

import httpx

from b24desk.core.query import encode
from b24desk.sandbox import SandboxConfig, SandboxPortal

PAGE = 50
COMMANDS = 50


class Client:
    """Counts requests and retries QUERY_LIMIT_EXCEEDED after a pause."""

    def __init__(self, http: httpx.AsyncClient, webhook: str) -> None:
        self.http = http
        self.webhook = webhook
        self.requests = 0
        self.throttled = 0

    async def batch(self, cmd: dict[str, str]) -> dict[str, Any]:
        """POST one batch (JSON body) and return its inner `result` object."""
        while True:
            self.requests += 1
            answer = await self.http.post(self.webhook + "batch", json={"halt": 1, "cmd": cmd})
            if answer.status_code == 503:
                self.throttled += 1
                await asyncio.sleep(0.5)
                continue
            answer.raise_for_status()
            inner: dict[str, Any] = answer.json()["result"]
            if inner["result_error"]:
                raise RuntimeError(f"batch errors: {inner['result_error']}")
            return inner


async def page_by_start(client: Client, select: list[str], total: int) -> int:
    """Read every lead with `start` paging, 50 commands a batch."""
    rows = 0
    for first in range(0, total, PAGE * COMMANDS):
        starts = range(first, min(first + PAGE * COMMANDS, total), PAGE)
        cmd = {f"p{start}": "crm.lead.list?" + encode({"select": select, "start": start}) for start in starts}
        inner = await client.batch(cmd)
        rows += sum(len(page) for page in inner["result"].values())
    return rows


async def page_by_id_chain(client: Client, select: list[str]) -> int:
    """Read every lead with the `>ID` chain and `start=-1`, 50 pages a batch."""
    rows, last_id = 0, 0
    fixed = encode({"order": {"ID": "ASC"}, "select": select, "start": -1})
    while True:
        cmd = {"p0": f"crm.lead.list?{fixed}&filter[>ID]={last_id}"}
        for i in range(1, COMMANDS):
            cmd[f"p{i}"] = f"crm.lead.list?{fixed}&filter[>ID]=$result[p{i - 1}][{PAGE - 1}][ID]"
        inner = await client.batch(cmd)
        pages = [inner["result"][key] for key in cmd if isinstance(inner["result"], dict) and key in inner["result"]]
        for page in pages:
            rows += len(page)
            if page:
                last_id = int(page[-1]["ID"])
        if not pages or len(pages[-1]) < PAGE or len(pages) < COMMANDS:
            return rows


async def run(leads: int, modes: list[str], select: list[str]) -> None:
    """Seed the portal, then time each paging mode."""
    began = time.perf_counter()
    portal = SandboxPortal(SandboxConfig(seed=leads))
    seeding = time.perf_counter() - began
    print(f"seeded {leads:,} leads (and half as many deals, contacts, tasks) in {seeding:.2f} s")
    await portal.start()
    try:
        async with httpx.AsyncClient(timeout=120) as http:
            for number, mode in enumerate(modes, start=2):
                # a webhook per mode, so each starts with a full bucket (limits are per webhook here)
                secret = f"benchmark{number:07d}"
                portal.add_webhook(number, secret, ("crm",))
                client = Client(http, f"{portal.base_url}/rest/{number}/{secret}/")
                began = time.perf_counter()
                if mode == "start":
                    rows = await page_by_start(client, select, leads)
                else:
                    rows = await page_by_id_chain(client, select)
                seconds = time.perf_counter() - began
                print(
                    f"{mode:>5}: {rows:,} rows, {client.requests} requests ({client.throttled} throttled), "
                    f"{seconds:.2f} s, {rows / seconds:,.0f} rows/s, select={','.join(select)}"
                )
                assert rows == leads, f"read {rows} rows, expected {leads}"
    finally:
        await portal.stop()


def main() -> None:
    """Parse the flags and run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--mode", choices=["start", "chain", "both"], default="both")
    parser.add_argument("--select", default="ID,TITLE", help="comma-separated select (default: ID,TITLE)")
    args = parser.parse_args()
    modes = ["start", "chain"] if args.mode == "both" else [args.mode]
    asyncio.run(run(args.leads, modes, [name for name in args.select.split(",") if name]))


if __name__ == "__main__":
    main()
