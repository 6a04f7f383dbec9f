"""The floor of b24desk's first screen: the same screen in plain PySide6, against the bare window and b24desk.

Issue 21's target is "ready <= 1.5x a bare PySide6 window". This tells how much of the gap is Qt itself
building, laying out and painting this screen, and how much is b24desk's own Python: `startup_floor_screen.py`
rebuilds the first screen from stock Qt classes and models (no b24desk import; pixel-identical to the app's
ready paint offscreen, the same widgets, texts, menus and keys, style sheets and icons, the catalogue file's
groups), and reports `window ready` on the event-loop turn after its first paint, as the bare window does.

Rounds in turn, each with a fresh B24DESK_HOME (a first start), with startup.py's runner and scripts:
the bare window (startup.py's BARE), the floor, b24desk (startup.py's probe, to its ready paint). Printed:
medians of each one's wall time from spawn to ready and the process's cpu to ready, and the ratios taken
round by round: floor/bare, b24desk/bare, b24desk/floor, and b24desk minus the floor in ms.

`--instructions` also counts the UI thread's instructions to the ready paint under callgrind, as
startup_instructions.py does (steadier than time on a shared machine: ~6.5 million are a millisecond): the
bare window, the floor and b24desk, each ended at its line. `--parts` counts the floor without each part of
the screen in turn (see startup_floor_screen.PARTS): what that part costs in plain Qt (several minutes).
`--without PART` (repeatable) leaves a part out of the floor measured in the rounds and counts. `--enums`
tells where most of the floor's time goes: the Python enum classes PySide6 makes on the UI thread up to each
one's ready line (PySide6 makes every enum of a Qt class, as a Python `enum` class, when Python first uses the
class), their members, and the UI thread's cpu they took, against its cpu to the line (medians of ROUNDS).

    .venv/bin/python benchmarks/startup_floor.py [ROUNDS] [--without PART]... [--instructions] [--parts] [--enums]
                                                 [--x11]

Offscreen, the screen is 800x800: b24desk, and the floor with its first-size rule, open maximised at
796x796 there, while the bare window is 1200x800. `--x11` runs the rounds and counts on a private X server (Xvfb,
1920x1080, see benchmarks/x_server.py): all three windows are 1200x800 there.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a file too, as startup.py is

from benchmarks.startup import B24DESK, BARE, DISPLAY_ENV, LAST_CPU, run_once  # noqa: E402
from benchmarks.startup_floor_screen import AREAS, PARTS  # noqa: E402
from benchmarks.startup_instructions import INSTRUCTIONS_PER_MS, ui_thread_instructions  # noqa: E402
from benchmarks.x_server import children_on_x_server  # noqa: E402

CATALOGUE = ROOT / "resources" / "catalogue" / "methods.json"
EXIT_AT_LINE = """
import builtins, os
_print = builtins.print
def _print_then_end(*args, **kwargs):  # the count stops at the line, as b24desk's probe ends at its ready paint
    _print(*args, **kwargs)
    os._exit(0)
builtins.print = _print_then_end
"""


ENUMS_TO_LINE = """
import builtins, enum, os, threading, time
_made, _ui, _seen = enum.EnumType._create_, threading.main_thread(), [0, 0, 0.0]
def _create(cls, *args, **kwargs):  # PySide6 makes its Python enums through enum's functional API
    started = time.thread_time()
    made = _made(cls, *args, **kwargs)
    if threading.current_thread() is _ui:
        _seen[0] += 1
        _seen[1] += len(made.__members__)
        _seen[2] += time.thread_time() - started
    return made
enum.EnumType._create_ = _create
_print = builtins.print
def _print_then_end(*args, **kwargs):  # at the ready line (the bare window's only line): the figures, then the end
    line = str(args[0]) if args else ""
    if line.startswith("window ready") or line == "window shown: bare":
        _print(f"enums {_seen[0]} {_seen[1]} {_seen[2] * 1000:.2f} {time.thread_time() * 1000:.2f}", flush=True)
        os._exit(0)
    _print(*args, **kwargs)
builtins.print = _print_then_end
"""


def floor_script(without: list[str]) -> str:
    """The replica's program (`python -c`, the repository on its path)."""
    return f"from benchmarks.startup_floor_screen import main\nmain({str(CATALOGUE)!r}, {sorted(without)!r})\n"


def rounds(count: int, without: list[str]) -> dict[str, list[float]]:
    """`count` rounds of bare window, floor, b24desk: seconds to ready and cpu ms at ready, per round."""
    floor = floor_script(without)
    steps = ("window shown", "window ready", "window idle")
    seen: dict[str, list[float]] = {key: [] for key in ("bare", "floor", "app", "bare_cpu", "floor_cpu", "app_cpu")}
    with tempfile.TemporaryDirectory(prefix="b24desk-floor-") as home:  # warm the file cache and the bytecode
        run_once(BARE, ("window shown",), home)
        run_once(floor, ("window ready",), home, str(ROOT))
        run_once(B24DESK, steps, home)
    for _ in range(count):
        with tempfile.TemporaryDirectory(prefix="b24desk-floor-") as fresh:  # a first start each time
            (bare,), _, _ = run_once(BARE, ("window shown",), fresh)
            seen["bare_cpu"].append(LAST_CPU[0][0])
            (ready,), _, _ = run_once(floor, ("window ready",), fresh, str(ROOT))
            seen["floor_cpu"].append(LAST_CPU[0][0])
            (_, app, _), _, _ = run_once(B24DESK, steps, fresh)
            seen["app_cpu"].append(LAST_CPU[0][1])
        for key, value in (("bare", bare), ("floor", ready), ("app", app)):
            seen[key].append(value * 1000)
    return seen


def ratio(seen: dict[str, list[float]], top: str, bottom: str) -> float:
    """The median of the round-by-round ratios."""
    return statistics.median(a / b for a, b in zip(seen[top], seen[bottom], strict=True) if b > 0)


def difference(seen: dict[str, list[float]], top: str, bottom: str) -> float:
    """The median of the round-by-round differences."""
    return statistics.median(a - b for a, b in zip(seen[top], seen[bottom], strict=True))


def report_rounds(seen: dict[str, list[float]], without: list[str]) -> None:
    """Medians and ratios of the rounds."""
    rows = len(seen["bare"])
    left_out = f" without {', '.join(without)}" if without else ""
    print(f"{rows} rounds (bare window, floor{left_out}, b24desk in turn); medians, ratios round by round")
    print(f"{'':34} {'wall to ready':>14} {'cpu to ready':>13}")
    for key, name in (
        ("bare", "bare PySide6 window (1200x800)"),
        ("floor", "floor (plain-Qt replica)"),
        ("app", "b24desk"),
    ):
        wall, cpu = statistics.median(seen[key]), statistics.median(seen[f"{key}_cpu"])
        print(f"{name:34} {wall:11.0f} ms {cpu:10.0f} ms")
    for top, bottom, name in (
        ("floor", "bare", "floor/bare"),
        ("app", "bare", "b24desk/bare"),
        ("app", "floor", "b24desk/floor"),
    ):
        print(f"{name:34} {ratio(seen, top, bottom):14.2f} {ratio(seen, f'{top}_cpu', f'{bottom}_cpu'):13.2f}")
    wall, cpu = difference(seen, "app", "floor"), difference(seen, "app_cpu", "floor_cpu")
    print(f"{'b24desk minus floor':34} {wall:11.0f} ms {cpu:10.0f} ms")


def instructions(without: list[str]) -> None:
    """The UI thread's instructions to the ready paint: bare window, floor, b24desk (callgrind)."""
    bare = ui_thread_instructions(ROOT, EXIT_AT_LINE + BARE)
    floor = ui_thread_instructions(ROOT, EXIT_AT_LINE + floor_script(without))
    app = ui_thread_instructions(ROOT)
    print("UI thread's instructions to the ready paint (callgrind), millions:")
    for name, count in (("bare window", bare), ("floor", floor), ("b24desk", app)):
        print(f"  {name:12} {count / 1e6:9,.1f}  ({count / bare:.2f}x the bare window)")
    own, qt = (app - floor) / INSTRUCTIONS_PER_MS, (floor - bare) / INSTRUCTIONS_PER_MS
    print(
        f"  b24desk/floor {app / floor:.2f}; b24desk minus floor {(app - floor) / 1e6:,.1f} million, about {own:.0f} ms"
    )
    print(f"  floor minus bare {(floor - bare) / 1e6:,.1f} million, about {qt:.0f} ms")


def parts(without: list[str]) -> None:
    """What each part of the screen costs in plain Qt (callgrind): the whole floor's count less its count
    without the part (what the part adds to the rest: classes and enums the rest uses too are not counted),
    and an area's count alone less the frame's (the window, tabs and splits with every area left out: what the
    area costs by itself, its classes' first use included)."""

    def count(left_out: list[str]) -> int:
        return ui_thread_instructions(ROOT, EXIT_AT_LINE + floor_script(sorted({*without, *left_out})))

    whole, frame = count([]), count(list(AREAS))
    left_out = f" without {', '.join(without)}" if without else ""
    print(f"floor{left_out}: {whole / 1e6:,.1f} million instructions; the frame (every area left out) ", end="")
    print(f"{frame / 1e6:,.1f} million")
    print(f"{'part':12} {'with the rest':>14} {'alone':>14}  (million instructions, ~ms)")
    for part, what in PARTS.items():
        if part in without:
            continue
        added = whole - count([part])
        alone = ""
        if part in AREAS:
            alone_count = count([a for a in AREAS if a != part]) - frame
            alone = f"{alone_count / 1e6:6,.1f} ~{alone_count / INSTRUCTIONS_PER_MS:4.1f}"
        print(f"{part:12} {added / 1e6:6,.1f} ~{added / INSTRUCTIONS_PER_MS:4.1f}  {alone:>14}  {what}")


def enum_costs(count: int, without: list[str]) -> None:
    """The Python enums PySide6 made on each one's UI thread up to its ready line, and their cpu (ENUMS_TO_LINE)."""
    scripts = (
        ("bare PySide6 window", BARE),
        ("floor (plain-Qt replica)", floor_script(without)),
        ("b24desk", "from b24desk.cli import main\nmain([])\n"),
    )
    print(f"Python enums PySide6 made on the UI thread up to the ready line; medians of {count} runs each")
    print(f"{'':28} {'enums':>6} {'members':>8} {'their cpu':>10} {'UI thread cpu':>14} {'share':>6}")
    for name, script in scripts:
        figures = []
        with tempfile.TemporaryDirectory(prefix="b24desk-enums-") as work:
            env = dict(os.environ, **DISPLAY_ENV, B24DESK_SMOKE_TEST="1", PYTHONPATH=str(ROOT))
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            for run in range(count + 1):  # the first writes the bytecode caches
                env["B24DESK_HOME"] = home = str(Path(work) / f"home{run}")  # a first start each time
                os.mkdir(home)
                command = [sys.executable, "-c", ENUMS_TO_LINE + script]
                done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
                line = next(line for line in done.stdout.splitlines() if line.startswith("enums "))
                if run:
                    figures.append([float(field) for field in line.split()[1:]])
        enums, members, cpu, total = (statistics.median(column) for column in zip(*figures, strict=True))
        print(f"{name:28} {enums:6.0f} {members:8.0f} {cpu:7.1f} ms {total:11.1f} ms {cpu / total:6.0%}")


def main() -> None:
    """Rounds of bare window, floor and b24desk; with --instructions and --parts, the callgrind counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("rounds", nargs="?", type=int, default=7)
    parser.add_argument("--without", action="append", default=[], choices=sorted(PARTS), metavar="PART")
    parser.add_argument("--instructions", action="store_true", help="count the UI thread under callgrind")
    parser.add_argument("--parts", action="store_true", help="count the floor without each part in turn")
    parser.add_argument("--enums", action="store_true", help="the Python enums PySide6 made up to each one's ready")
    parser.add_argument("--x11", action="store_true", help="on a private X server (Xvfb), not offscreen")
    args = parser.parse_args()
    with children_on_x_server(DISPLAY_ENV, args.x11):
        if args.rounds:
            report_rounds(rounds(args.rounds, args.without), args.without)
        if args.enums:
            enum_costs(args.rounds or 7, args.without)  # 0 rounds: the enums alone, of 7 runs each
        if args.instructions:
            instructions(args.without)
        if args.parts:
            parts(args.without)


if __name__ == "__main__":
    main()
