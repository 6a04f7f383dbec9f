"""The first Execute of a fresh start: how long until its answer shows, and the UI thread's longest stall.

The app starts as `make run` does on a first start (B24DESK_SMOKE_TEST, a fresh B24DESK_HOME: it opens
on the sandbox portal). Once its start-up's work is over (`window idle`), a person writes a method
(`crm.lead.list`) and, after THINK seconds, clicks Execute ("edit"); or sends the request a first start
shows (`profile`): the pointer reaches Execute, and the click comes THINK seconds later ("hover"). A
5 ms timer runs from the edit (or the pointer) to the shown answer: its longest gap is the UI thread's
longest stall (target <= 50 ms). The time is from the click to the answer in the result tree (the first
call to the sandbox starts it, and loads the client, unless the edit or the pointer did already). "edit"
with THINK 0 clicks in the same turn as the edit (nothing could be prepared); 1.0 is a quick person;
"hover" 0.2 a quick click. The resident size is read when the answer shows.

With `--before DIR` (a source tree of an earlier version: `git archive main | tar -x -C DIR`, plus
its compiled translations) every case also runs on that code, in turn (after, before, after, ...).

    .venv/bin/python benchmarks/first_execute.py [--runs N] [--before DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys, time
from b24desk.ui.shell import smoke_test
from PySide6.QtCore import QTimer
how, think = sys.argv[1], float(sys.argv[2])
idle = smoke_test.report_idle
def rss_mib():
    with open("/proc/self/status") as status:
        return int(status.read().split("VmRSS:")[1].split()[0]) / 1024
def report_idle(window):
    gaps, last, clicked = [], [time.perf_counter()], []
    view = window.result_view
    def tick():  # every 5 ms: the gap since the last tick; and whether the answer shows
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if clicked and not window.runner.running and view.tree_model.rowCount() > 0:
            probe.stop()
            answer, stall = (now - clicked[0]) * 1000, max(gaps) * 1000
            print(f"answer {answer:.1f} stall {stall:.1f} rss {rss_mib():.1f}", flush=True)
            idle(window)
    def click():
        clicked.append(time.perf_counter())
        window.execute_button.click()
    probe = QTimer(window)
    probe.timeout.connect(tick)
    probe.start(5)
    if how == "edit":
        window.editor.method_edit.setText("crm.lead.list")
    else:  # the request a first start shows (`profile`), sent as it is: the pointer reaches Execute first
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication
        QApplication.sendEvent(window.execute_button, QEvent(QEvent.Type.Enter))
    if think:
        QTimer.singleShot(int(think * 1000), click)
    else:
        click()
smoke_test.report_idle = report_idle
sys.argv = sys.argv[:1]
from b24desk.cli import main
main([])
"""


def run_once(source: Path, how: str, think: float) -> tuple[float, float, float]:
    """Milliseconds from the click to the shown answer, the longest UI stall (ms) and the RSS (MiB)."""
    with tempfile.TemporaryDirectory(prefix="b24desk-first-execute-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", B24DESK_SMOKE_TEST="1", B24DESK_HOME=home)
        env.update(PYTHONPATH=str(source), B24DESK_LANG="en")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        done = subprocess.run(
            [sys.executable, "-c", CHILD, how, str(think)],
            capture_output=True,
            text=True,
            env=env,
            cwd=source,
            timeout=120,
        )
    line = next((line for line in done.stdout.splitlines() if line.startswith("answer ")), None)
    assert line is not None, f"no answer in {source}: {done.stdout[-500:]} {done.stderr[-1500:]}"
    words = line.split()
    return float(words[1]), float(words[3]), float(words[5])


def main() -> None:
    """Each think time, each tree in turn, RUNS times; medians and worst."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="source tree of the earlier version to compare with")
    args = parser.parse_args()
    trees = [("after", ROOT)] + ([("before", args.before.resolve())] if args.before else [])
    for _label, source in trees:
        run_once(source, "edit", 0.0)  # warm the file cache and the bytecode
    for how, think in (("edit", 0.0), ("edit", 1.0), ("hover", 0.2)):
        rows: dict[str, list[tuple[float, float, float]]] = {label: [] for label, _ in trees}
        for _ in range(args.runs):
            for label, source in trees:
                rows[label].append(run_once(source, how, think))
        for label, _ in trees:
            answers, stalls, sizes = zip(*rows[label], strict=True)
            print(
                f"{label:6} {how} then {think:.1f} s: answer {statistics.median(answers):.0f} ms after the click "
                f"(worst {max(answers):.0f}); longest UI stall median {statistics.median(stalls):.0f} ms "
                f"(worst {max(stalls):.0f}; target <= 50); RSS then {statistics.median(sizes):.0f} MiB",
                flush=True,
            )


if __name__ == "__main__":
    main()
