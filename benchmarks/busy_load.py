"""A busy machine on demand: N child processes each spinning a pure-Python loop for as long as a run lasts.

The big-result targets (UI stall <= 50 ms, sort/filter <= 200 ms) must hold when other programs keep the
cores busy, not only on a quiet machine: with the cores taken, a worker thread that holds the GIL may be
taken off its core by the OS meanwhile, and the UI thread waits for it longer than the switch interval.
On the 2-core machine, 2 spinning processes is the honest "busy machine".

`loads(busy)` gives the runs a benchmark makes: quiet first, then (busy > 0) the same with `busy`
spinning processes, so both figures come from the same run; `spinning(n)` is the load itself.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
from collections.abc import Iterator

# a pure-Python loop; it ends on its own once the benchmark that started it is gone (killed, not only ended)
SPIN = "import os\nparent = os.getppid()\nwhile os.getppid() == parent:\n    for _ in range(1000000):\n        pass\n"


@contextlib.contextmanager
def spinning(count: int) -> Iterator[None]:
    """`count` processes spinning a Python loop (each takes a core when it can) until the block ends."""
    children = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(count)]
    try:
        yield
    finally:
        for child in children:
            child.kill()
        for child in children:
            child.wait(timeout=10)


def loads(busy: int) -> Iterator[str]:
    """Yields a label per run: "quiet", then "busy N" with N spinning processes while the caller runs."""
    yield "quiet"
    if busy > 0:
        with spinning(busy):
            yield f"busy {busy}"


def add_busy_option(parser: argparse.ArgumentParser) -> None:
    """The --busy option every big-result benchmark takes."""
    parser.add_argument(
        "--busy",
        type=int,
        default=0,
        metavar="N",
        help="run once quiet, then again with N processes spinning Python loops (2 on a 2-core machine)",
    )
