"""The sandbox's throughput on a trivial method against a bare Starlette app on the same uvicorn (target:
within 1.5x).

Both servers run in child processes through b24desk.serving (the same uvicorn, the same settings): the
sandbox (`b24desk sandbox`, answering `server.time`) and a Starlette app with one route answering an
envelope of the same shape. A load process of its own keeps CONNECTIONS keep-alive connections busy
with pipelined POSTs (so the client costs little next to the servers) for ROUND seconds, against A,
then B, then A ... ; requests a second are compared round by round and the median ratio printed.

    .venv/bin/python -m benchmarks.sandbox_throughput [ROUNDS] [SECONDS] [PIPELINE]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

CONNECTIONS = 8
PIPELINE = 32  # requests written at once on a connection before reading their answers

BARE_SERVER = """
import asyncio, sys, time
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from b24desk.serving.embedded_uvicorn import EmbeddedServer

async def server_time(request):
    await request.body()
    now = time.time()
    return JSONResponse({"result": "2026-12-01T10:00:00+03:00", "time": {"start": now, "finish": now,
        "duration": 0.0, "processing": 0.0, "date_start": "2026-12-01T10:00:00+03:00",
        "date_finish": "2026-12-01T10:00:00+03:00", "operating": 0}})

app = Starlette(routes=[Route("/rest/{user}/{secret}/{method}", server_time, methods=["GET", "POST"])])

async def main():
    server = EmbeddedServer(app, "127.0.0.1", 0)
    await server.start()
    print(f"http://127.0.0.1:{server.port}/rest/1/barebarebarebare/", flush=True)
    await server.wait_closed()

asyncio.run(main())
"""

LOAD = """
import asyncio, sys, time
from urllib.parse import urlsplit
url, seconds, connections, pipeline = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
parts = urlsplit(url)
request = (f"POST {parts.path}server.time.json HTTP/1.1\\r\\nHost: {parts.netloc}\\r\\n"
           "Content-Type: application/x-www-form-urlencoded\\r\\nContent-Length: 0\\r\\n\\r\\n").encode()
done = 0

async def connection(deadline):
    # Answers are counted by their header ends (a JSON body holds no blank line): no parsing per answer.
    global done
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    sent = seen = 0
    tail = b""
    while time.perf_counter() < deadline:
        writer.write(request * pipeline)
        sent += pipeline
        while seen < sent:
            chunk = await reader.read(262144)
            if not chunk:
                return
            data = tail + chunk
            seen += data.count(b"\\r\\n\\r\\n")
            tail = data[-3:]  # a header end split between two reads
        done += pipeline
    writer.close()

async def main():
    deadline = time.perf_counter() + seconds
    began = time.perf_counter()
    await asyncio.gather(*(connection(deadline) for _ in range(connections)))
    print(done / (time.perf_counter() - began))

asyncio.run(main())
"""


def start(args: list[str]) -> tuple[subprocess.Popen[str], str]:
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    return child, child.stdout.readline().strip()


def load(url: str, seconds: float, pipeline: int = PIPELINE) -> float:
    args = [sys.executable, "-c", LOAD, url, str(seconds), str(CONNECTIONS), str(pipeline)]
    return float(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    pipeline = int(sys.argv[3]) if len(sys.argv) > 3 else PIPELINE
    sandbox_args = [sys.executable, "-m", "b24desk", "sandbox", "--seed", "10", "--rate", "1000000"]
    sandbox, sandbox_url = start([*sandbox_args, "--burst", "100000000"])
    bare, bare_url = start([sys.executable, "-c", BARE_SERVER])
    try:
        time.sleep(0.5)
        load(sandbox_url, 1.0), load(bare_url, 1.0)  # warm-up
        ours, base, ratios = [], [], []
        for _ in range(rounds):
            a = load(sandbox_url, seconds, pipeline)
            b = load(bare_url, seconds, pipeline)
            ours.append(a)
            base.append(b)
            ratios.append(b / a)
        print(f"{rounds} rounds of {seconds:g} s each, {CONNECTIONS} connections, {pipeline} pipelined; medians")
        print(f"sandbox server.time: {statistics.median(ours):,.0f} requests/s")
        print(f"bare Starlette on the same uvicorn: {statistics.median(base):,.0f} requests/s")
        print(f"bare / sandbox: {statistics.median(ratios):.2f} (target <= 1.5)")
    finally:
        for child in (sandbox, bare):
            child.terminate()
            child.wait(timeout=10)


if __name__ == "__main__":
    main()
