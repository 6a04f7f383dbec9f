"""A fork server for the SIGKILL test: `python -m tests.storage.settings_writer PATH`.

On `fork` it forks a child that saves the settings file in a loop, version after version, and prints
`pid N`; the test kills N with SIGKILL whenever it likes, then sends `reap`, and this process waits
for the child and prints `reaped`. Forking a warmed-up process makes each kill cost milliseconds, not
an interpreter start. Each version holds a counter and a payload derived from it, so a reader can
tell a whole version from a torn one.
"""

from __future__ import annotations

import os
import sys
import tempfile  # noqa: F401  (the settings file imports it on its first save: warmed before forking, as the rest)
from pathlib import Path
from typing import Any

from b24desk.storage.settings_file import SettingsFile


def payload(counter: int) -> str:
    """The payload that belongs to version `counter` (large enough that a write takes a while)."""
    return f"{counter:08d}-" * (4000 + counter % 997)


def is_whole_version(data: dict[str, Any]) -> bool:
    """Whether `data` is exactly one version the writer wrote."""
    counter = data.get("counter")
    return isinstance(counter, int) and data.get("payload") == payload(counter) and len(data) == 2


def save_forever(settings: SettingsFile) -> None:
    """Save version after version until killed."""

    def next_version(data: dict[str, Any]) -> None:
        counter = int(data.get("counter", 0)) + 1
        data.clear()
        data.update(counter=counter, payload=payload(counter))

    while True:
        settings.update(next_version)


def main(path: str) -> None:
    """Serve `fork` and `reap` commands from standard input until it closes."""
    settings = SettingsFile(Path(path))
    child = 0
    for command in sys.stdin:
        if command.strip() == "fork":
            child = os.fork()
            if child == 0:
                try:
                    save_forever(settings)
                finally:
                    os._exit(1)
            print(f"pid {child}", flush=True)
        elif command.strip() == "reap":
            _, status = os.waitpid(child, 0)
            print(f"reaped {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
