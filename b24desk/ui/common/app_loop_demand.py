"""How code that uses asyncio at once asks for the app loop first (the idle app runs on Qt's own loop).

ui/shell/loop_switch.py registers its switch here. Most work that needs the loop arrives through
BackgroundTasks, which asks by itself; a caller that touches asyncio directly (Execute's task) calls
`need_app_loop()` first, e.g. for a click that came without passing the window (an accessibility
tool's press of a button). With nothing registered (tests, the library: their loop runs) it does
nothing. No asyncio here.
"""

from __future__ import annotations

from collections.abc import Callable

_switch: Callable[[], None] | None = None


def set_app_loop_switch(switch: Callable[[], None] | None) -> None:
    """Who starts the app loop when it is needed (None: nobody, a loop runs already)."""
    global _switch
    _switch = switch


def need_app_loop() -> None:
    """Have the app loop run (switching to it now, once, when it does not yet)."""
    if _switch is not None:
        _switch()
