"""The window's size at a first start: FIRST_SIZE where the screen has room for it, maximised on a smaller one.

Apart from window_layout, which names Qt's namespace when it is imported: PySide6 makes that namespace's 94
Python enums (~15-20 ms) on its first use. The frame is shown before the widgets that need them are built,
so on a screen with room it shows without them; only the maximising of a small screen names the namespace.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FIRST_SIZE = (1200, 800)  # the window at its first start, when the screen has room for it
TITLE_BAR = 40  # pixels a window manager's frame may add above the window


def fit_screen(window: QWidget) -> None:
    """A first start on a screen smaller than FIRST_SIZE (a 1024x768 laptop): maximised, not past its edges."""
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else None
    if room is None or (room.width() >= FIRST_SIZE[0] and room.height() >= FIRST_SIZE[1] + TITLE_BAR):
        return
    from PySide6.QtCore import Qt

    window.resize(min(FIRST_SIZE[0], room.width()), min(FIRST_SIZE[1], room.height() - TITLE_BAR))
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
