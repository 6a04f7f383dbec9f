"""A private X server for the start-up benchmarks' `--x11` runs: the windows go to a real display server (Xvfb),
as on a user's desktop, instead of Qt's offscreen platform.

Offscreen, a process never connects to a display: no X connection, no window mapped by a server, no expose
event. On a desktop every Qt program pays those, the bare window as much as b24desk, so ratios against the
bare window measured offscreen leave out a part of what a user waits for. `--x11` measures the same
programs on Xvfb (installed by `make setup`), one server for the whole run, with a screen larger than
b24desk's first size (1200x800), so neither window is maximised.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

SCREEN = "1920x1080x24"  # a common desktop


@contextmanager
def private_x_server(screen: str = SCREEN) -> Iterator[dict[str, str]]:
    """Start Xvfb on a free display; yield the environment a child needs to use it (xcb platform)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:  # Xvfb writes its display number once it accepts clients
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start (is it installed? `make setup` installs it)")
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def children_on_x_server(child_env: dict[str, str], wanted: bool = True) -> Iterator[None]:
    """With `wanted` (a benchmark's `--x11`), a private X server for the block, `child_env` (the environment
    the benchmark gives its children) pointed at it and the server named on the output; else nothing."""
    if not wanted:
        yield
        return
    saved = dict(child_env)
    with private_x_server() as display:
        child_env.update(display)
        print(f"on a private X server (Xvfb {display['DISPLAY']}, screen {SCREEN}), Qt's xcb platform")
        try:
            yield
        finally:  # the server is gone after the block: the children go back where they were
            child_env.clear()
            child_env.update(saved)
