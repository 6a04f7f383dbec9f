"""A process that saves the settings file in a loop, for the SIGKILL test: `python -m ... PATH`.

Each version holds a counter and a payload derived from it, so a reader can tell a whole version
from a torn one. It prints `ready` once before its first save.
"""

from __future__ import annotations

import sys
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


def main(path: str) -> None:
    """Save version after version until killed."""
    settings = SettingsFile(Path(path))

    def next_version(data: dict[str, Any]) -> None:
        counter = int(data.get("counter", 0)) + 1
        data.clear()
        data.update(counter=counter, payload=payload(counter))

    print("ready", flush=True)
    while True:
        settings.update(next_version)


if __name__ == "__main__":
    main(sys.argv[1])
