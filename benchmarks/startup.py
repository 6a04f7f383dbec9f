"""Start-up against a bare PySide6 window: first shown window, usable window, idle resident size, closing.

Targets (issue 21): ready <= 1.5x, idle RSS <= 1.5x, closing <= 2x the bare window; shown <= 1.3x.

Both run offscreen (QT_QPA_PLATFORM=offscreen), or with `--x11` on a private X server (Xvfb, as on a desktop:
see benchmarks/x_server.py), in fresh processes, in turn (bare, b24desk, bare, ...), and each ratio is taken
pair by pair. The parent times from spawning a child to reading its lines:
- bare: a QMainWindow of b24desk's size (1200x800: the backing store grows with the window) prints
  `window shown` on the next event-loop turn after its first paint, then quits;
- b24desk (B24DESK_SMOKE_TEST, with a fresh B24DESK_HOME: a first start, no saved webhook, so it opens
  on the sandbox portal as `make run` does) prints `window shown` when its frame is on screen,
  `window ready` after the first paint once its widgets are built and the method catalogue is in the
  browser (the first screen can be used), and `window idle` once the start-up's work is over (the saved
  webhooks, the sandbox portal offered and the catalogue marked with what it serves, the history read),
  then closes. The sandbox portal and the HTTP client are started by the first call and the first edit
  (benchmarks/first_execute.py measures that Execute), so idle no longer holds them.
The resident size is read from /proc/PID/status as each line arrives: at ready (the first screen) and
at idle (what the running app keeps; the bare window's at its one line); so is the processor time the
process used so far (/proc/PID/stat, user + system), which a machine busy with other work changes far
less than the wall time: the ready figure is also given as cpu to ready against the bare window's cpu.
Closing is the time from the last line to the process's end. A 5 ms timer in b24desk, from the ready
paint to idle, gives the longest stall of its UI thread while the start-up goes on behind the usable
window (a warm-up after the first paint must not freeze it). The warm-up runs write the bytecode caches (even under
PYTHONDONTWRITEBYTECODE), so the figures are those of an installed copy.

    .venv/bin/python benchmarks/startup.py [PAIRS] [--before DIR] [--x11]

`--before DIR` (another copy of the repository, e.g. `git archive main | tar -x -C DIR`) runs that copy's
b24desk too in each round (bare, before, b24desk), so a change is measured against what it replaced in
the same run: its ready, cpu to ready and resident sizes are printed with their ratios to the same bare
window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # run as a file too
from benchmarks.x_server import children_on_x_server

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class Window(QMainWindow):
    def paintEvent(self, event):  # its first paint told as b24desk's window tells it: from its own paintEvent
        super().paintEvent(event)
        if not done:
            done.append(1)
            QTimer.singleShot(0, report)
w = Window()
w.resize(1200, 800)
def report():
    print("window shown: bare", flush=True)
    app.quit()
done = []
w.show()
app.exec()
"""

B24DESK = """
import time
from b24desk.ui.shell import smoke_test  # PySide6 only: the app imports it first anyway
from b24desk.ui.common.next_paint import on_next_paint
from PySide6.QtCore import QTimer
gaps = [0.0]
ready, idle = smoke_test.report_ready, smoke_test.report_idle
def start_probe(window):  # a 5 ms timer: the UI thread's stalls while the start-up goes on behind it
    last = [time.perf_counter()]
    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
    probe = QTimer(window)
    probe.timeout.connect(tick)
    probe.start(5)
def report_ready(window, waiting=None):
    def watch(*_):  # the first paint once the first screen is complete (as the app's own line): then the probe
        on_next_paint(window, lambda: start_probe(window))
    if waiting is None:
        watch()
    else:
        waiting.connect(watch)
    ready(window, waiting)
def report_idle(window):
    print(f"stall {max(gaps) * 1000:.1f}", flush=True)
    idle(window)
smoke_test.report_ready, smoke_test.report_idle = report_ready, report_idle
from b24desk.cli import main
main([])
"""  # what the `b24desk` launcher runs, with a probe of the UI thread from the usable window to idle


DISPLAY_ENV = {"QT_QPA_PLATFORM": "offscreen"}  # where the children's windows go (`--x11`: a private Xvfb)
LAST_CPU: list[list[float]] = []  # the cpu ms at each line of the last run_once
STALLS: list[float] = []  # b24desk's longest UI-thread gap (ms) from the ready paint to idle, per run


def rss_mib(pid: int) -> float:
    """The resident size of a running process, from the kernel."""
    with open(f"/proc/{pid}/status") as status:
        return int(status.read().split("VmRSS:")[1].split()[0]) / 1024


def cpu_ms(pid: int) -> float:
    """The processor time (user + system) a running process used so far, in milliseconds."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


CPUS: list[tuple[float, float]] = []  # per run: (the bare window's cpu ms at its line, b24desk's at ready)


def run_once(
    code: str, until: tuple[str, ...], home: str, tree: str | None = None
) -> tuple[list[float], list[float], float]:
    """Seconds from spawn to each line starting with one of `until` (in order), the resident MiB read as
    each arrived, and the seconds from the last one to the process's end (the cpu ms at each line: in
    LAST_CPU[0])."""
    env = dict(os.environ, **DISPLAY_ENV, B24DESK_SMOKE_TEST="1", B24DESK_HOME=home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its .pyc files; compiling is not start-up
    if tree is not None:  # another copy's b24desk (`--before`): its folder first on the path
        env["PYTHONPATH"] = tree
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env, cwd=tree)
    assert child.stdout is not None
    times: list[float] = []
    sizes: list[float] = []
    cpu: list[float] = []
    LAST_CPU[:] = [cpu]
    for line in child.stdout:
        if line.startswith("stall "):
            STALLS.append(float(line.split()[1]))
        elif line.startswith(until[len(times)]):
            times.append(time.perf_counter() - started)
            sizes.append(rss_mib(child.pid))
            cpu.append(cpu_ms(child.pid))
            if len(times) == len(until):
                break
    last_at = time.perf_counter()
    child.stdout.read()
    child.wait(timeout=30)
    assert len(times) == len(until), f"the child did not print {until[len(times)]!r}"
    return times, sizes, time.perf_counter() - last_at


def main() -> None:
    """Offscreen, or on a private X server with `--x11`."""
    args = sys.argv[1:]
    with children_on_x_server(DISPLAY_ENV, "--x11" in args):
        measure(args)


def measure(args: list[str]) -> None:
    """Pairs of bare window and b24desk in turn (A B A B); medians and ratios per pair."""
    before = args[args.index("--before") + 1] if "--before" in args else None
    numbers = [arg for arg in args if arg.isdigit()]
    runs = int(numbers[0]) if numbers else 10
    steps = ("window shown", "window ready", "window idle")
    earlier: dict[str, list[float]] = {key: [] for key in ("ready", "cpu", "ready_rss", "rss", "ready_ms", "cpu_ms")}
    with tempfile.TemporaryDirectory(prefix="b24desk-startup-") as home:
        run_once(BARE, ("window shown",), home)  # warm the file cache and the bytecode
        run_once(B24DESK, steps, home)
        if before is not None:
            run_once(B24DESK, steps, home, before)
        keys = ("bare", "shown", "ready", "idle", "bare_rss", "ready_rss", "rss", "bare_close", "close")
        rows: dict[str, list[float]] = {key: [] for key in keys}
        for _ in range(runs):
            with tempfile.TemporaryDirectory(prefix="b24desk-startup-") as fresh:  # a first start each time
                (bare,), (bare_rss,), bare_close = run_once(BARE, ("window shown",), fresh)
                bare_cpu = LAST_CPU[0][0]
                if before is not None:  # its own first start: a history file the other tree made would be read
                    with tempfile.TemporaryDirectory(prefix="b24desk-startup-before-") as own:
                        (_, then_ready, _), (_, then_rss, then_idle_rss), _ = run_once(B24DESK, steps, own, before)
                    values_then = (
                        then_ready / bare,
                        LAST_CPU[0][1] / bare_cpu,
                        then_rss,
                        then_idle_rss,
                        then_ready * 1000,
                        LAST_CPU[0][1],
                    )
                    for key, value in zip(earlier, values_then, strict=True):
                        earlier[key].append(value)
                (shown, ready, idle), (_, ready_rss, rss), close = run_once(B24DESK, steps, fresh)
                CPUS.append((bare_cpu, LAST_CPU[0][1]))
            values = (bare, shown, ready, idle, bare_rss, ready_rss, rss, bare_close, close)
            for key, value in zip(keys, values, strict=True):
                rows[key].append(value)
    med = {key: statistics.median(values) for key, values in rows.items()}
    ratio = {
        key: statistics.median(a / b for a, b in zip(rows[key], rows[base], strict=True))
        for key, base in (
            ("shown", "bare"),
            ("ready", "bare"),
            ("idle", "bare"),
            ("ready_rss", "bare_rss"),
            ("rss", "bare_rss"),
            ("close", "bare_close"),
        )
    }
    print(f"{runs} pairs (bare window, b24desk in turn); medians, ratios pair by pair")
    print(
        f"bare PySide6 window (1200x800, painted): {med['bare'] * 1000:.0f} ms, RSS {med['bare_rss']:.0f} MiB, "
        f"closing {med['bare_close'] * 1000:.0f} ms"
    )
    print(f"b24desk window shown: {med['shown'] * 1000:.0f} ms, ratio {ratio['shown']:.2f} (target <= 1.3)")
    print(
        f"b24desk window ready (built, catalogue in the browser, painted): {med['ready'] * 1000:.0f} ms, "
        f"ratio {ratio['ready']:.2f} (target <= 1.5)"
    )
    cpu_ratio = statistics.median(ready / bare for bare, ready in CPUS if bare > 0)
    print(
        f"b24desk cpu to ready: {statistics.median(c[1] for c in CPUS):.0f} ms, ratio {cpu_ratio:.2f} "
        f"(the bare window's cpu to its line: {statistics.median(c[0] for c in CPUS):.0f} ms)"
    )
    print(f"b24desk start-up work over (idle): {med['idle'] * 1000:.0f} ms, ratio {ratio['idle']:.2f}")
    print(
        f"b24desk longest UI-thread stall from ready to idle (5 ms probe): median "
        f"{statistics.median(STALLS[-runs:]):.0f} ms, worst {max(STALLS[-runs:]):.0f} ms"
    )
    print(f"b24desk RSS at ready: {med['ready_rss']:.0f} MiB, ratio {ratio['ready_rss']:.2f}")
    print(f"b24desk idle RSS: {med['rss']:.0f} MiB, ratio {ratio['rss']:.2f} (target <= 1.5)")
    if before is not None:
        bare_rss = statistics.median(rows["bare_rss"])
        then = {key: statistics.median(values) for key, values in earlier.items()}
        print(
            f"before ({before}), same rounds: ready {then['ready_ms']:.0f} ms, ratio {then['ready']:.2f}; cpu to ready "
            f"{then['cpu_ms']:.0f} ms, ratio {then['cpu']:.2f}; "
            f"RSS at ready {then['ready_rss']:.0f} MiB ({then['ready_rss'] / bare_rss:.2f}), "
            f"idle RSS {then['rss']:.0f} MiB ({then['rss'] / bare_rss:.2f})"
        )
    print(f"b24desk closing (idle to exit): {med['close'] * 1000:.0f} ms, ratio {ratio['close']:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
