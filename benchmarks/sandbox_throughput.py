"""The sandbox's throughput on a trivial method against a bare Starlette app on the same uvicorn (target:
within 1.5x).

Both servers run in child processes with the same interpreter, the same uvicorn embedding
(b24desk.serving.EmbeddedServer: same settings, same loop, same HTTP implementation, access log off):
the sandbox as users start it (`b24desk sandbox`, answering `server.time`) and a Starlette app with one
route answering an envelope of the same shape. An idle server costs nothing (checked: no timers), so
both stay up and only one is loaded at a time.

The load is a separate process (or several) of plain non-blocking sockets on one selector: CONNECTIONS
keep-alive connections, each with PIPELINE POSTs in flight, answers counted by their header ends (no
parsing). It costs a fraction of what the server spends per request; the benchmark prints how busy the
server and the load were, so a round where the load, not the server, was the limit shows (server busy
well under 100% of a core while the load is near 100%).

Rounds alternate which server goes first (A B, B A, ...), so a machine that drifts slows both alike.
Printed per server: requests a second (wall) and the server's CPU time per request (from /proc: the
figure that does not depend on what else the machine runs), medians over the rounds, and both ratios
(bare / sandbox, the target being <= 1.5 on requests a second).

    .venv/bin/python -m benchmarks.sandbox_throughput [ROUNDS] [SECONDS] [PIPELINE] [LOADERS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from dataclasses import dataclass

CONNECTIONS = 8
PIPELINE = 1  # requests written at once on a connection before reading their answers
LOADERS = 1  # load processes; each keeps CONNECTIONS connections busy

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
        "date_finish": "2026-12-01T10:00:00+03:00", "operating_reset_at": 0, "operating": 0}})

app = Starlette(routes=[Route("/rest/{user}/{secret}/{method}", server_time, methods=["GET", "POST"])])

async def main():
    server = EmbeddedServer(app, "127.0.0.1", 0)
    await server.start()
    # b24desk-scan: allow (a made-up secret of a benchmark's own portal)
    print(f"http://127.0.0.1:{server.port}/rest/1/barebarebarebare/", flush=True)
    await server.wait_closed()

asyncio.run(main())
"""

LOAD = """
import selectors, socket, sys, time
from urllib.parse import urlsplit
url, seconds, connections, pipeline = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
parts = urlsplit(url)
request = (f"POST {parts.path}server.time.json HTTP/1.1\\r\\nHost: {parts.netloc}\\r\\n"
           "Content-Type: application/x-www-form-urlencoded\\r\\nContent-Length: 0\\r\\n\\r\\n").encode()
burst = request * pipeline
selector = selectors.DefaultSelector()
state = {}
for _ in range(connections):
    sock = socket.create_connection((parts.hostname, parts.port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    state[sock] = [0, b""]  # answers seen of the burst in flight, the last bytes of the previous read
    selector.register(sock, selectors.EVENT_READ)
cpu = time.process_time()
began = time.perf_counter()
deadline = began + seconds
for sock in state:
    sock.sendall(burst)
done = 0
while state:
    for key, _ in selector.select(1.0):
        sock = key.fileobj
        entry = state[sock]
        chunk = sock.recv(262144)
        if not chunk:
            raise SystemExit("the server closed a connection")
        data = entry[1] + chunk
        entry[0] += data.count(b"\\r\\n\\r\\n")  # a JSON body holds no blank line
        entry[1] = data[-3:]  # a header end split between two reads
        if entry[0] >= pipeline:
            done += pipeline
            entry[0] -= pipeline
            if time.perf_counter() < deadline:
                sock.sendall(burst)
            else:
                selector.unregister(sock)
                sock.close()
                del state[sock]
print(done, time.perf_counter() - began, time.process_time() - cpu)
"""


@dataclass
class Round:
    """One load round against one server."""

    requests: int
    seconds: float
    server_cpu: float  # seconds of CPU the server process used during the round
    load_cpu: float  # seconds of CPU the load processes used, summed

    @property
    def per_second(self) -> float:
        """Requests a second, wall clock."""
        return self.requests / self.seconds

    @property
    def cpu_per_request(self) -> float:
        """The server's CPU microseconds per request."""
        return self.server_cpu / self.requests * 1e6


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(args: list[str]) -> tuple[subprocess.Popen[str], str]:
    """A server child process and the webhook URL it prints first."""
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    return child, child.stdout.readline().strip()


def load(server: subprocess.Popen[str], url: str, seconds: float, pipeline: int, loaders: int) -> Round:
    """Load one server for `seconds` from `loaders` processes at once."""
    args = [sys.executable, "-c", LOAD, url, str(seconds), str(CONNECTIONS), str(pipeline)]
    cpu_before = process_cpu(server.pid)
    children = [subprocess.Popen(args, stdout=subprocess.PIPE, text=True) for _ in range(loaders)]
    outputs = [child.communicate()[0].split() for child in children]
    server_cpu = process_cpu(server.pid) - cpu_before
    if any(child.returncode for child in children) or any(len(out) != 3 for out in outputs):
        raise SystemExit(f"a load process failed against {url}")
    requests = sum(int(out[0]) for out in outputs)
    seconds_taken = max(float(out[1]) for out in outputs)
    return Round(requests, seconds_taken, server_cpu, sum(float(out[2]) for out in outputs))


def describe(name: str, rounds: list[Round]) -> str:
    """One line of medians for a server."""
    per_second = statistics.median(r.per_second for r in rounds)
    cpu = statistics.median(r.cpu_per_request for r in rounds)
    busy = statistics.median(r.server_cpu / r.seconds for r in rounds)
    load_busy = statistics.median(r.load_cpu / r.seconds for r in rounds)
    return (
        f"{name}: {per_second:,.0f} requests/s, server CPU {cpu:.0f} us/request "
        f"(server busy {busy:.0%} of a core, load {load_busy:.0%})"
    )


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    pipeline = int(sys.argv[3]) if len(sys.argv) > 3 else PIPELINE
    loaders = int(sys.argv[4]) if len(sys.argv) > 4 else LOADERS
    sandbox_args = [sys.executable, "-m", "b24desk", "sandbox", "--seed", "10", "--rate", "1000000"]
    sandbox, sandbox_url = start([*sandbox_args, "--burst", "100000000"])
    bare, bare_url = start([sys.executable, "-c", BARE_SERVER])
    servers = {"sandbox": (sandbox, sandbox_url), "bare": (bare, bare_url)}
    try:
        for child, url in servers.values():  # warm-up: first connections, imports on first use
            load(child, url, 1.0, pipeline, loaders)
        results: dict[str, list[Round]] = {"sandbox": [], "bare": []}
        for index in range(rounds):
            order = ["sandbox", "bare"] if index % 2 == 0 else ["bare", "sandbox"]
            for name in order:
                child, url = servers[name]
                results[name].append(load(child, url, seconds, pipeline, loaders))
            ours, base = results["sandbox"][-1], results["bare"][-1]
            print(
                f"round {index + 1}: sandbox {ours.per_second:,.0f}/s ({ours.cpu_per_request:.0f} us), "
                f"bare {base.per_second:,.0f}/s ({base.cpu_per_request:.0f} us), "
                f"bare/sandbox {base.per_second / ours.per_second:.2f}",
                flush=True,
            )
        print(
            f"{rounds} rounds of {seconds:g} s each, {loaders} load process(es) x {CONNECTIONS} connections, "
            f"{pipeline} request(s) in flight per connection; medians"
        )
        print(describe("sandbox server.time        ", results["sandbox"]))
        print(describe("bare Starlette, same uvicorn", results["bare"]))
        ratios = [b.per_second / a.per_second for a, b in zip(results["sandbox"], results["bare"], strict=True)]
        cpu_ratios = [
            a.cpu_per_request / b.cpu_per_request for a, b in zip(results["sandbox"], results["bare"], strict=True)
        ]
        print(
            f"bare / sandbox requests/s: {statistics.median(ratios):.2f} (target <= 1.5); "
            f"sandbox / bare CPU per request: {statistics.median(cpu_ratios):.2f}"
        )
    finally:
        for child, _ in servers.values():
            child.terminate()
            child.wait(timeout=10)


if __name__ == "__main__":
    main()
