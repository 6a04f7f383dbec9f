"""Peak memory and time of `b24desk call` against hostile answers (tests/hostile_server.py on loopback).

Each case runs the CLI in a fresh process and reads that process's own peak RSS (os.wait4); the
baseline is the same CLI fetching a small ordinary answer, measured in the same run. Cases: a gzip
bomb (1 MB that unpacks to 1 GiB), a 200 MB plain body, an endless chunked body, and a byte drip
under `--timeout 5` (wall time). With `--before DIR` (a source tree of an earlier version, e.g.
`git archive main | tar -x -C DIR`) every case also runs on that code, for before/after figures.
A case still running after `--kill-after` seconds is stopped and reported as such; every case runs
under an 8 GiB address-space cap, so an unbounded one ends in MemoryError instead of taking the machine.

    .venv/bin/python benchmarks/hostile_memory.py [--before DIR] [--kill-after 90]
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile_server import HostileServer, running_hostile_server  # noqa: E402

GiB = 1 << 30
ADDRESS_SPACE_CAP = 8 * GiB  # an unbounded case fails with MemoryError here instead of taking the machine
CASES: list[tuple[str, list[str]]] = [
    ("baseline: small answer", ["ok"]),
    ("gzip bomb 1 MB -> 1 GiB", ["--get", "bomb", f"size={GiB}"]),
    ("plain body 200 MB", ["--get", "huge", f"size={200 << 20}"]),
    ("endless chunked body", ["endless"]),
    ("byte drip, --timeout 5", ["--timeout", "5", "--get", "drip", "every=1"]),
]


def run_case(server: HostileServer, source: Path, args: list[str], kill_after: float) -> tuple[float, float, str]:
    """Peak RSS (MB) and wall seconds of one CLI run on the code in `source`; its last stderr line."""
    env = {**os.environ, "PYTHONPATH": str(source), "B24DESK_LANG": "en"}
    command = [sys.executable, "-m", "b24desk", "call", "--webhook", server.webhook_url, *args]
    started = time.monotonic()

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))

    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=source, preexec_fn=cap
    )
    deadline = started + kill_after
    status = None
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.05)
    else:
        process.send_signal(signal.SIGKILL)
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped above; keep Popen from waiting again
    seconds = time.monotonic() - started
    err = process.stderr.read().decode(errors="replace") if process.stderr else ""
    lines = [line for line in err.splitlines() if line.strip()]
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL and seconds >= kill_after
    summary = f"killed after {kill_after:g} s" if killed else (lines[0][:90] if lines else "ok")
    return usage.ru_maxrss / 1024, seconds, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="source tree of the earlier version to compare with")
    parser.add_argument("--kill-after", type=float, default=90.0, help="seconds before a case is stopped")
    args = parser.parse_args()
    trees = [("after", ROOT)] + ([("before", args.before.resolve())] if args.before else [])
    with running_hostile_server() as server:
        server.bomb(GiB)  # made once, before any timing
        for label, source in trees:
            print(f"\n== {label}: {source}")
            base_rss = 0.0
            for name, case_args in CASES:
                rss, seconds, summary = run_case(server, source, case_args, args.kill_after)
                base_rss = base_rss or rss
                print(f"{name:28} peak RSS {rss:8.0f} MB (x{rss / base_rss:5.1f})  {seconds:6.1f} s  {summary}")


if __name__ == "__main__":
    main()
