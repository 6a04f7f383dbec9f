"""Fetch every lead of a 100,000-lead sandbox with b24desk's fetch_all, and with fast_bitrix24's get_all.

Run on demand (not in `make test`):

    .venv/bin/python -m benchmarks.fetch_all [--leads 100000] [--pairs 2]

The sandbox runs as a separate process with cloud limits (2 requests/s, burst 50). fast_bitrix24 is not
a b24desk dependency: the script installs it into a venv of its own (build/bench-fast-bitrix24) on first
use and runs it there, against the same sandbox in the same run, in turn with b24desk (A B A B), and
prints the ratio pair by pair. Requests are counted by the sandbox
(`/sandbox/stats`), so both are measured the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path
from urllib.request import urlopen

from b24desk.core.client import B24Client
from b24desk.core.webhook import parse_webhook_url

ROOT = Path(__file__).resolve().parent.parent
FB24_VENV = ROOT / "build" / "bench-fast-bitrix24"
DRAIN_SECONDS = 26  # the portal's bucket drains (50 at 2/s) between runs, so each starts alike
FB24_SCRIPT = """
import sys, time
from fast_bitrix24 import Bitrix
b = Bitrix(sys.argv[1], verbose=False)
began = time.perf_counter()
rows = b.get_all("crm.lead.list", {"select": ["ID", "TITLE"]})
print(len(rows), len({r["ID"] for r in rows}), time.perf_counter() - began)
"""


def start_sandbox(leads: int) -> tuple[subprocess.Popen[str], str]:
    """Start `b24desk sandbox` with cloud limits; return the process and its webhook URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "b24desk", "sandbox", "--seed", str(leads), "--rate", "2", "--burst", "50"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def requests_so_far(webhook_url: str) -> int:
    """Requests the sandbox has counted for all webhooks."""
    base = webhook_url.split("/rest/")[0]
    with urlopen(f"{base}/sandbox/stats") as answer:
        stats = json.load(answer)
    return int(stats.get("requests", sum(w.get("requests", 0) for w in stats.get("webhooks", {}).values())))


async def b24desk_fetch(webhook_url: str) -> tuple[int, int, float]:
    """Rows, distinct IDs and seconds for b24desk's fetch_all."""
    webhook = parse_webhook_url(webhook_url).webhook
    rows: list[dict[str, str]] = []
    began = time.perf_counter()
    async with B24Client(webhook) as client:
        async for page in client.fetch_all("crm.lead.list", {"select": ["ID", "TITLE"]}):
            rows.extend(page.rows)
    return len(rows), len({row["ID"] for row in rows}), time.perf_counter() - began


def fast_bitrix24_python() -> Path:
    """The venv python with fast_bitrix24 installed (created on first use)."""
    python = FB24_VENV / "bin" / "python"
    if not python.exists():
        venv.create(FB24_VENV, with_pip=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "fast-bitrix24"], check=True)
    return python


def main() -> None:
    """Run both fetches against one sandbox and print the figures side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--pairs", type=int, default=2, help="b24desk, fast_bitrix24 runs in turn (default 2)")
    args = parser.parse_args()
    python = fast_bitrix24_python()
    began = time.perf_counter()
    sandbox, webhook_url = start_sandbox(args.leads)
    print(f"sandbox with {args.leads:,} leads ready in {time.perf_counter() - began:.1f} s")
    try:
        target = math.ceil(args.leads / 2500)
        ratios = []
        for pair in range(args.pairs):  # A B A B: a drifting machine slows both alike
            if pair:
                time.sleep(DRAIN_SECONDS)
            before = requests_so_far(webhook_url)
            rows, distinct, seconds = asyncio.run(b24desk_fetch(webhook_url))
            ours = requests_so_far(webhook_url) - before
            print(
                f"b24desk fetch_all:      {rows:,} rows ({distinct:,} distinct), {ours} requests "
                f"(target ceil(N/2500) = {target} plus a few), {seconds:.2f} s"
            )
            time.sleep(DRAIN_SECONDS)
            before = requests_so_far(webhook_url)
            env = dict(os.environ, PYTHONWARNINGS="ignore")
            out = subprocess.run(
                [str(python), "-c", FB24_SCRIPT, webhook_url], capture_output=True, text=True, env=env, check=True
            )
            their_rows, their_distinct, their_seconds = out.stdout.split()
            theirs = requests_so_far(webhook_url) - before
            print(
                f"fast_bitrix24 get_all:  {int(their_rows):,} rows ({int(their_distinct):,} distinct), {theirs} "
                f"requests, {float(their_seconds):.2f} s"
            )
            ratios.append(seconds / float(their_seconds))
        print(
            f"b24desk / fast_bitrix24 time, pair by pair: {', '.join(f'{r:.2f}' for r in ratios)}; "
            f"median {statistics.median(ratios):.2f} (target <= 1)"
        )
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)


if __name__ == "__main__":
    main()
