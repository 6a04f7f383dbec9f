"""The longest UI-thread stall while a big result is fetched and shown (target <= 50 ms).

A QTimer ticks every 5 ms on the app's qasync loop; the longest gap between two ticks, minus the 5 ms,
is the longest time the UI could not react. The window fetches every lead of a sandbox (all fields and
custom fields) with "Fetch all pages", then shows them (table, tree, raw).

    .venv/bin/python -m benchmarks.ui_stall [--leads 50000]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QTimer

from b24desk.core.param_rows import ParamRow
from b24desk.ui.shell.app import create_application
from b24desk.ui.shell.app_loop import preload
from b24desk.ui.shell.main_window import MainWindow

TICK_MS = 5


@contextlib.contextmanager
def sandbox_process(leads: int) -> Iterator[str]:
    """`b24desk sandbox` in a child process without rate limits; yields its webhook URL."""
    args = [sys.executable, "-m", "b24desk", "sandbox", "--seed", str(leads), "--rate", "1000", "--burst", "10000"]
    child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        child.terminate()
        child.wait(timeout=10)


async def measure(leads: int) -> None:
    """Run the fetch with the probe on, print the figures."""
    began = time.perf_counter()
    # The portal runs in a process of its own (as a remote portal would): only the app's work is measured.
    with sandbox_process(leads) as webhook_url:
        print(f"sandbox with {leads:,} leads ready in {time.perf_counter() - began:.1f} s")
        window = MainWindow()
        window.add_sandbox(webhook_url)
        window.show()
        await asyncio.to_thread(preload)  # as the app does once its window shows
        window.editor.method_edit.setText("crm.lead.list")
        window.editor.params.model.set_rows([ParamRow("select[]", "*"), ParamRow("select[]", "UF_*")])
        window.editor.fetch_all.setChecked(True)
        await asyncio.sleep(0.5)
        gaps: list[float] = []
        last = time.perf_counter()

        def tick() -> None:
            nonlocal last
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

        probe = QTimer()
        probe.timeout.connect(tick)
        probe.start(TICK_MS)
        began = time.perf_counter()
        window.execute_button.click()
        while not window.runner.running:
            await asyncio.sleep(0.01)
        while window.runner.running:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.5)  # the views painting the result
        probe.stop()
        seconds = time.perf_counter() - began
        body_bytes = sum(len(str(row)) for row in window.result_view.table_model.all_rows())
        stall = (max(gaps) * 1000 - TICK_MS) if gaps else 0.0
        worst = sorted(gaps, reverse=True)[:5]
        print(
            f"fetched {window.result_view.table_model.rowCount():,} rows (~{body_bytes / 1e6:.0f} MB as text) "
            f"in {seconds:.1f} s"
        )
        print(
            f"longest UI stall: {stall:.0f} ms (target <= 50); next worst: "
            + ", ".join(f"{g * 1000 - TICK_MS:.0f}" for g in worst[1:])
        )
        window.close()
        await window.shutdown()


def main() -> None:
    """Parse the arguments and run the measurement on the app's own loop."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=50_000)
    args = parser.parse_args()
    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(measure(args.leads))


if __name__ == "__main__":
    main()
