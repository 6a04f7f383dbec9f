"""Fetch every lead of a 100,000-lead sandbox with b24desk's fetch_all, and with fast_bitrix24's get_all.

Run on demand (not in `make test`):

    .venv/bin/python -m benchmarks.fetch_all [--leads 100000] [--pairs 7]

One sandbox process (the portal `b24desk sandbox` runs: methods on its own loop) with cloud limits (2
requests/s drained, burst 50) serves both clients. Each run gets a webhook of its own (a user of its
own), so each starts with an empty bucket and a fresh operating-time account, as the first fetch of a
day does, and no run waits for the previous one's bucket to drain. Both clients run in child processes
of their own (fast_bitrix24 is not a b24desk dependency: it is installed into build/bench-fast-bitrix24
on first use), in turn, the order swapped every pair (A B, B A, ...). Per run: wall time of the fetch
(imports and set-up excluded, both alike), the client process's CPU time over it, the sandbox's CPU
time over it, and the requests the sandbox counted for that webhook (`/sandbox/stats`). Medians and the
ratio pair by pair are printed; the target is b24desk / fast_bitrix24 wall time <= 1 at the same count
of requests.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
import venv
from dataclasses import dataclass
from pathlib import Path
from urllib.request import urlopen

from b24desk.core.secret import mask_text

ROOT = Path(__file__).resolve().parent.parent
FB24_VENV = ROOT / "build" / "bench-fast-bitrix24"
RATE, BURST = 2.0, 50  # the cloud plan's limits (core/portal_limits.py)

SANDBOX = """
import asyncio, json, signal, sys
from b24desk.sandbox import SandboxConfig, SandboxPortal
leads, hooks, rate, burst = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])

async def main():
    portal = SandboxPortal(SandboxConfig(seed=leads, rate=rate, burst=burst), methods_on_loop=True)
    await portal.start()
    urls = []
    for run in range(hooks):  # the admin's webhooks (other users lack CRM rights), told apart by secret
        secret = f"{run:02d}benchmark{run:05d}"
        portal.add_webhook(1, secret, ["crm"])
        urls.append(f"{portal.base_url}/rest/1/{secret}/")
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, portal.request_stop)
    print(json.dumps(urls), flush=True)
    await portal.wait_closed()
    await portal.stop()

asyncio.run(main())
"""

B24DESK = """
import asyncio, sys, time
from b24desk.core.client import B24Client
from b24desk.core.webhook import parse_webhook_url

async def main():
    client = B24Client(parse_webhook_url(sys.argv[1]).webhook)  # set-up, as fast_bitrix24's Bitrix(...)
    rows = []
    cpu, began = time.process_time(), time.perf_counter()
    async with client:
        async for page in client.fetch_all("crm.lead.list", {"select": ["ID", "TITLE"]}):
            rows.extend(page.rows)
    print(len(rows), len({r["ID"] for r in rows}), time.perf_counter() - began, time.process_time() - cpu)

asyncio.run(main())
"""

FAST_BITRIX24 = """
import sys, time
from fast_bitrix24 import Bitrix
b = Bitrix(sys.argv[1], verbose=False)
cpu, began = time.process_time(), time.perf_counter()
rows = b.get_all("crm.lead.list", {"select": ["ID", "TITLE"]})
print(len(rows), len({r["ID"] for r in rows}), time.perf_counter() - began, time.process_time() - cpu)
"""


@dataclass
class Run:
    """One fetch of every lead."""

    rows: int
    distinct: int
    seconds: float
    client_cpu: float
    server_cpu: float
    requests: int


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def requests_of(webhook_url: str) -> int:
    """Requests the sandbox counted for this webhook (statistics name it `USER_ID:masked secret`)."""
    base, path = webhook_url.split("/rest/")
    user, secret = path.split("/")[:2]
    with urlopen(f"{base}/sandbox/stats") as answer:
        stats = json.load(answer)
    counter = stats["webhooks"].get(f"{user}:{mask_text(secret)}")
    return int(counter["requests"]) if counter else 0


def fast_bitrix24_python() -> Path:
    """The venv python with fast_bitrix24 installed (created on first use)."""
    python = FB24_VENV / "bin" / "python"
    if not python.exists():
        venv.create(FB24_VENV, with_pip=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "fast-bitrix24"], check=True)
    return python


def fetch(sandbox: subprocess.Popen[str], python: str, script: str, webhook_url: str) -> Run:
    """Run one client's fetch in a child process against its own webhook."""
    cpu_before = process_cpu(sandbox.pid)
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    out = subprocess.run([python, "-c", script, webhook_url], capture_output=True, text=True, env=env)
    if out.returncode:
        raise SystemExit(f"a fetch failed:\n{out.stderr[-2000:]}")
    server_cpu = process_cpu(sandbox.pid) - cpu_before
    rows, distinct, seconds, cpu = out.stdout.split()
    return Run(int(rows), int(distinct), float(seconds), float(cpu), server_cpu, requests_of(webhook_url))


def line(name: str, run: Run) -> str:
    """One run, as printed."""
    return (
        f"  {name:14s} {run.rows:,} rows ({run.distinct:,} distinct), {run.requests} requests, "
        f"{run.seconds:.2f} s wall, client CPU {run.client_cpu:.2f} s, sandbox CPU {run.server_cpu:.2f} s"
    )


def main() -> None:
    """Run both fetches against one sandbox, in turn, and print the figures side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--pairs", type=int, default=7, help="b24desk, fast_bitrix24 runs in turn (default 7)")
    args = parser.parse_args()
    fb24 = str(fast_bitrix24_python())
    began = time.perf_counter()
    hooks = 2 * args.pairs + 2  # one per run, the warm-up included
    if hooks > 100:
        raise SystemExit("at most 49 pairs (webhooks are told apart by two digits)")
    sandbox = subprocess.Popen(
        [sys.executable, "-c", SANDBOX, str(args.leads), str(hooks), str(RATE), str(BURST)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert sandbox.stdout is not None
    urls = iter(json.loads(sandbox.stdout.readline()))
    ready = time.perf_counter() - began
    print(f"sandbox with {args.leads:,} leads ready in {ready:.1f} s (limits {RATE:g}/s, burst {BURST})")
    clients = {"b24desk": (sys.executable, B24DESK), "fast_bitrix24": (fb24, FAST_BITRIX24)}
    try:
        for python, script in clients.values():  # warm-up: the sandbox's first pages, the disk cache
            fetch(sandbox, python, script, next(urls))
        runs: dict[str, list[Run]] = {name: [] for name in clients}
        for pair in range(args.pairs):
            order = list(clients) if pair % 2 == 0 else list(reversed(clients))
            print(f"pair {pair + 1}:")
            for name in order:
                python, script = clients[name]
                runs[name].append(fetch(sandbox, python, script, next(urls)))
                print(line(name, runs[name][-1]), flush=True)
        ours, theirs = runs["b24desk"], runs["fast_bitrix24"]
        target = math.ceil(args.leads / 2500)
        print(f"medians of {args.pairs} pairs (requests: target ceil(N/2500) = {target} plus one):")
        for name, series in runs.items():
            print(
                f"  {name:14s} {statistics.median(r.seconds for r in series):.2f} s wall, client CPU "
                f"{statistics.median(r.client_cpu for r in series):.2f} s, sandbox CPU "
                f"{statistics.median(r.server_cpu for r in series):.2f} s, "
                f"requests {sorted({r.requests for r in series})}"
            )
        wall = [a.seconds / b.seconds for a, b in zip(ours, theirs, strict=True)]
        cpu = [a.client_cpu / b.client_cpu for a, b in zip(ours, theirs, strict=True)]
        print(f"b24desk / fast_bitrix24 wall, pair by pair: {', '.join(f'{r:.2f}' for r in wall)}")
        print(
            f"median wall ratio {statistics.median(wall):.2f} (target <= 1), "
            f"median client CPU ratio {statistics.median(cpu):.2f}"
        )
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)


if __name__ == "__main__":
    main()
