"""`b24desk listen` under forged posts: peak memory, bytes written to stdout, and valid events' latency.

Runs the CLI receiver in a fresh process (with `--before DIR`, also the code in DIR, e.g. a
`git archive main` tree) and sends it, over loopback:
1. `--posts` forged 1 MiB posts with a wrong application token (answered 401), then reads the
   receiver's peak RSS (VmHWM) and how many bytes it printed;
2. valid events, one at a time, while two senders post bodies of 170,000 keys; the median and worst
   round trip of the valid events, against the same events sent with no load (the baseline, same run).

    .venv/bin/python benchmarks/receiver_flood.py [--before DIR] [--posts 1000]
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "b3nchm4rkt0k3n000000000000000000"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _post(port: int, body: bytes) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", "/", body=body, headers=FORM)
        return connection.getresponse().status
    finally:
        connection.close()


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _valid_latencies(port: int, count: int) -> list[float]:
    body = f"event=ONCRMLEADADD&data[FIELDS][ID]=1&auth[application_token]={TOKEN}".encode()
    times = []
    for _ in range(count):
        started = time.perf_counter()
        assert _post(port, body) == 200
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure(source: Path, posts: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(source), "B24DESK_LANG": "en"}
    command = [sys.executable, "-m", "b24desk", "listen", "--port", "0", "--token", TOKEN, "--max-rate", "100000"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=source)
    stdout, stderr = process.stdout, process.stderr
    assert stdout is not None and stderr is not None
    printed = [0]

    def count_output() -> None:
        for line in stdout:
            printed[0] += len(line)

    reader = threading.Thread(target=count_output, daemon=True)
    reader.start()
    try:
        first = stderr.readline().decode()
        port = int(first.rsplit(":", 1)[1].strip().rstrip("/"))
        idle = _valid_latencies(port, 50)
        forged = b"event=ONCRMLEADADD&auth[application_token]=wrong&data[x]=" + b"y" * ((1 << 20) - 100)
        started = time.monotonic()
        statuses = {_post(port, forged) for _ in range(posts)}
        flood_seconds = time.monotonic() - started
        peak = _peak_mb(process.pid)
        keys = b"&".join(b"k%d=v" % i for i in range(170_000))[: (1 << 20) - 10]
        stop = threading.Event()

        def sender() -> None:
            while not stop.is_set():
                _post(port, keys)

        senders = [threading.Thread(target=sender, daemon=True) for _ in range(2)]
        for thread in senders:
            thread.start()
        time.sleep(0.5)
        loaded = _valid_latencies(port, 30)
        stop.set()
        for thread in senders:
            thread.join(30)
    finally:
        process.terminate()
        process.wait(30)
        reader.join(30)
    print(f"{posts} forged 1 MiB posts: answers {sorted(statuses)} in {flood_seconds:.1f} s; peak RSS {peak:.0f} MB;")
    print(f"  printed {printed[0] / 1e6:.1f} MB to stdout")
    print(
        f"valid events: idle median {statistics.median(idle):.1f} ms; under two 170,000-key senders median "
        f"{statistics.median(loaded):.1f} ms, worst {max(loaded):.1f} ms "
        f"(x{statistics.median(loaded) / statistics.median(idle):.1f} the idle median)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="source tree of the earlier version to compare with")
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args()
    for label, source in [("after", ROOT)] + ([("before", args.before.resolve())] if args.before else []):
        print(f"\n== {label}: {source}")
        measure(source, args.posts)


if __name__ == "__main__":
    main()
