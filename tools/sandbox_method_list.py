"""Write b24desk/sandbox/method_list.py from the sandbox's registry (run after adding a method to it).

    .venv/bin/python -m tools.sandbox_method_list

The app marks the catalogue with the sandbox's methods before the sandbox runs (it starts on first
use): it reads this plain list, and the portal checks at each start that it serves exactly these.
"""

from __future__ import annotations

from pathlib import Path

from b24desk.sandbox.config import SandboxConfig
from b24desk.sandbox.method_list import served_by
from b24desk.sandbox.portal import PortalCore

TARGET = Path(__file__).resolve().parent.parent / "b24desk" / "sandbox" / "method_list.py"
START = "SERVED: tuple[tuple[str, str], ...] = (\n"


def rendered(served: list[tuple[str, str]]) -> str:
    """The module's text with `served` as its list."""
    text = TARGET.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    tail = ("\n" + rest).split("\n)\n", 1)[1]  # after the list's closing line
    rows = "".join(f"    ({name!r}, {scope!r}),\n" for name, scope in served).replace("'", '"')
    return head + START + rows + ")\n" + tail


def main() -> None:
    """Rewrite the list from a portal's registry (built without its check, which this list feeds)."""
    core = PortalCore(SandboxConfig(seed=1), methods_on_loop=True, check_list=False)
    try:
        TARGET.write_text(rendered(served_by(core.registry)), encoding="utf-8")
    finally:
        core.close()


if __name__ == "__main__":
    main()
