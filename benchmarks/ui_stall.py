"""The longest UI-thread stall while a big result is fetched and shown (target <= 50 ms), and peak memory.

A QTimer ticks every 5 ms on the app's qasync loop; the longest gap between two ticks, minus the 5 ms,
is the longest time the UI could not react. Two cases, in a shown window (offscreen, painted):
- fetch-all: the window fetches every lead of a sandbox (all fields and custom fields) with "Fetch all
  pages", then shows them (table, then the tree of every row);
- one answer: a local server answers crm.lead.list with one JSON body of --single-mb megabytes.
From the click to the Tree, Table and Raw views shown. The baseline, in the same run and window: the same
probe on the idle window for as long (the machine's own jitter). After the fetch-all, the Tree's closed
`result` node is opened, then one of its groups of 1,000 rows (the baseline: the same node without
groups, opened in the same run). Peak memory is the process's resident
high-water mark (reset before the click) over its size before, against the JSON size.

    .venv/bin/python -m benchmarks.ui_stall [--leads 50000] [--single-mb 50] [--skip-fetch-all] [--busy N]

--busy N: the same again with N processes spinning Python loops (benchmarks/busy_load.py), in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import orjson
import qasync
from PySide6.QtCore import QTimer

from b24desk.core.param_rows import ParamRow
from b24desk.ui.common.client_warmup import Warmup
from b24desk.ui.shell.app import create_application
from b24desk.ui.shell.main_window import MainWindow
from benchmarks.busy_load import add_busy_option, loads

TICK_MS = 5

# Serves one prepared body for crm.lead.list and an empty list for anything else (discovery's calls).
BIG_ANSWER_SERVER = """
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
body = open(sys.argv[1], "rb").read()
class Answer(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length") or 0))
        data = body if "crm.lead.list" in self.path else b'{"result":[]}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    do_GET = do_POST
    def log_message(self, *args):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
# b24desk-scan: allow (a made-up secret of a benchmark's own portal)
print(f"http://127.0.0.1:{server.server_address[1]}/rest/1/bigbigbigbigbig1/", flush=True)
server.serve_forever()
"""


@contextlib.contextmanager
def child_server(args: list[str]) -> Iterator[str]:
    """A server in a child process that prints its webhook URL first; yields that URL."""
    child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        child.terminate()
        child.wait(timeout=10)


def sandbox_process(leads: int) -> contextlib.AbstractContextManager[str]:
    """`b24desk sandbox` in a child process without rate limits; yields its webhook URL."""
    args = [sys.executable, "-m", "b24desk", "sandbox", "--seed", str(leads), "--rate", "1000", "--burst", "10000"]
    return child_server(args)


def big_answer(megabytes: float) -> bytes:
    """A crm.lead.list envelope of about `megabytes` MB: leads with text, numbers and custom fields."""
    rng = random.Random(21)
    row_size = 1200
    rows = []
    for number in range(int(megabytes * 1e6 / row_size)):
        row: dict[str, object] = {
            "ID": str(number + 1),
            "TITLE": f"Лид {rng.randint(1, 10**6)} — Société {rng.randint(1, 999)}",
            "STATUS_ID": rng.choice(["NEW", "IN_PROCESS", "CONVERTED"]),
            "OPPORTUNITY": f"{rng.random() * 1e5:.2f}",
            "COMMENTS": "x" * rng.randint(10, 200),
            "PHONE": [{"VALUE": f"+7 495 {rng.randint(1000000, 9999999)}", "VALUE_TYPE": "WORK"}],
        }
        for field in range(40):
            row[f"UF_CRM_{field}"] = str(rng.randint(0, 10**6)) if field % 3 else None
        rows.append(row)
    return orjson.dumps({"result": rows, "total": len(rows), "time": {"start": 1.0, "duration": 0.5}})


@contextlib.contextmanager
def big_answer_server(body: bytes) -> Iterator[str]:
    """A child process answering crm.lead.list with `body`; yields its webhook URL."""
    with tempfile.NamedTemporaryFile(suffix=".json") as file:
        file.write(body)
        file.flush()
        with child_server([sys.executable, "-c", BIG_ANSWER_SERVER, file.name]) as url:
            yield url


class Probe:
    """Ticks every TICK_MS on the UI thread and keeps the gaps between ticks."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start(TICK_MS)

    def stop(self) -> float:
        """The longest stall in ms (the longest gap minus the tick)."""
        self._timer.stop()
        return max(self.gaps) * 1000 - TICK_MS if self.gaps else 0.0

    def worst(self) -> str:
        return ", ".join(f"{gap * 1000 - TICK_MS:.0f}" for gap in sorted(self.gaps, reverse=True)[1:5])


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def reset_peak_memory() -> int:
    """Reset the resident high-water mark; return the resident size now (KiB)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _status_kb("VmRSS")


async def idle_baseline(probe: Probe, seconds: float) -> float:
    """The probe's longest stall on the idle window: what the machine itself costs."""
    probe.start()
    await asyncio.sleep(seconds)
    return probe.stop()


async def until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.01)


async def measure_single(megabytes: float) -> None:
    """One big answer: click to Tree, Table and Raw shown, probe on; then the idle baseline."""
    from b24desk.core.webhook import parse_webhook_url

    body = big_answer(megabytes)
    rows = body.count(b'"ID"')
    with big_answer_server(body) as webhook_url:
        window = MainWindow()
        window.add_webhook("big", parse_webhook_url(webhook_url).webhook)
        window.show()
        await asyncio.to_thread(Warmup().run)
        window.editor.method_edit.setText("crm.lead.list")
        window.editor.fetch_all.setChecked(False)
        await asyncio.sleep(1.0)  # discovery's first calls settle
        view = window.result_view
        probe = Probe()
        before_kb = reset_peak_memory()
        probe.start()
        began = time.perf_counter()
        window.execute_button.click()
        await until(lambda: not window.runner.running and view.table_model.rowCount() == rows)
        await until(lambda: not view.raw.preparing)
        view.tabs.setCurrentIndex(0)  # the Tree painted too
        window.grab()
        await asyncio.sleep(0.2)
        seconds = time.perf_counter() - began
        stall = probe.stop()
        worst = probe.worst()
        peak_mb = (_status_kb("VmHWM") - before_kb) / 1024
        baseline = await idle_baseline(probe, seconds)
        print(f"one answer of {len(body) / 1e6:.0f} MB ({rows:,} rows): shown in {seconds:.1f} s")
        print(
            f"  longest UI stall {stall:.0f} ms (target <= 50; next {worst}); idle window in the same run "
            f"{baseline:.0f} ms; ratio {stall / max(baseline, 1.0):.1f}"
        )
        print(
            f"  peak memory +{peak_mb:.0f} MiB for {len(body) / 2**20:.0f} MiB of JSON: "
            f"{peak_mb / (len(body) / 2**20):.1f}x (target <= 2)"
        )
        window.close()
        await window.shutdown()


def timed(window: MainWindow, *steps: Callable[[], None]) -> float:
    """ms of the steps and the window painted after them: all of it on the UI thread (a stall as long)."""
    began = time.perf_counter()
    for step in steps:
        step()
    window.grab()
    return (time.perf_counter() - began) * 1000


def open_result_node(window: MainWindow) -> None:
    """Open the Tree's closed `result` node and one group of it, painted; the baseline in the same run:
    the same node without groups (every row laid out on opening, as before)."""
    from PySide6.QtCore import QModelIndex

    from b24desk.ui.result import json_tree_model

    view = window.result_view
    tree, model = view.tree, view.tree_model
    result = model.index(0, 0)
    rows = model.length(result)
    took = timed(window, lambda: tree.expand(result))
    group = model.index(model.rowCount(result) // 2, 0, result)
    group_took = timed(window, lambda: tree.expand(group), lambda: tree.scrollTo(model.index(500, 0, group)))
    saved = json_tree_model.GROUP
    json_tree_model.GROUP = sys.maxsize  # the baseline: no groups
    try:
        model.set_value(model.node(QModelIndex()).value)
        window.grab()
        result = model.index(0, 0)
        before = timed(window, lambda: tree.expand(result))
    finally:
        json_tree_model.GROUP = saved
        model.set_value(model.node(QModelIndex()).value)
    print(
        f"  Tree, UI thread busy (a stall as long): opening `result` ({rows:,} rows in groups of {saved:,}) "
        f"{took:.0f} ms; opening a group {group.data()} {group_took:.0f} ms (target <= 50); the same node "
        f"without groups in the same run {before:.0f} ms; ratio {before / max(took, 1.0):.0f}x"
    )


async def measure(leads: int) -> None:
    """Run the fetch with the probe on, print the figures."""
    began = time.perf_counter()
    # The portal runs in a process of its own (as a remote portal would): only the app's work is measured.
    with sandbox_process(leads) as webhook_url:
        print(f"sandbox with {leads:,} leads ready in {time.perf_counter() - began:.1f} s")
        window = MainWindow()
        window.add_sandbox(webhook_url)
        window.show()
        await asyncio.to_thread(Warmup().run)  # as the app does once its window shows
        window.editor.method_edit.setText("crm.lead.list")
        window.editor.params.model.set_rows([ParamRow("select[]", "*"), ParamRow("select[]", "UF_*")])
        window.editor.fetch_all.setChecked(False)
        window.editor.fetch_all.click()  # as a person does: the open request hears `clicked`, not setChecked
        await asyncio.sleep(0.5)
        assert window.editor.fetch_all.isChecked(), "the request does not fetch all pages"
        probe = Probe()
        before_kb = reset_peak_memory()
        probe.start()
        began = time.perf_counter()
        window.execute_button.click()
        await until(lambda: window.runner.running)
        await until(lambda: not window.runner.running)
        await until(lambda: not window.result_view.raw.preparing)
        window.grab()
        window.result_view.tabs.setCurrentIndex(0)  # the Tree of every row painted too
        window.grab()
        await asyncio.sleep(0.2)  # the views painting the result
        seconds = time.perf_counter() - began
        stall = probe.stop()
        worst = probe.worst()
        peak_mb = (_status_kb("VmHWM") - before_kb) / 1024
        body_mb = len(orjson.dumps(list(window.result_view.table_model.all_rows()))) / 2**20
        baseline = await idle_baseline(probe, min(seconds, 10.0))
        shown = window.result_view.table_model.rowCount()
        print(f"fetch-all of {shown:,} rows ({body_mb:.0f} MiB of JSON) in {seconds:.1f} s")
        print(
            f"  longest UI stall {stall:.0f} ms (target <= 50; next {worst}); idle window in the same run "
            f"{baseline:.0f} ms; ratio {stall / max(baseline, 1.0):.1f}"
        )
        print(f"  peak memory +{peak_mb:.0f} MiB: {peak_mb / body_mb:.1f}x the JSON (target <= 2)")
        open_result_node(window)
        window.close()
        await window.shutdown()


def main() -> None:
    """Parse the arguments and run the measurement on the app's own loop."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=50_000)
    parser.add_argument("--single-mb", type=float, default=50.0, help="size of the one-answer case (0: skip it)")
    parser.add_argument("--skip-fetch-all", action="store_true")
    add_busy_option(parser)
    args = parser.parse_args()
    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        for load in loads(args.busy):
            print(f"-- {load}")
            if args.single_mb > 0:
                loop.run_until_complete(measure_single(args.single_mb))
            if not args.skip_fetch_all:
                loop.run_until_complete(measure(args.leads))


if __name__ == "__main__":
    main()
