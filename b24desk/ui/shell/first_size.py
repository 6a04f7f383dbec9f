"""The window's size at a first start: FIRST_SIZE where the screen has room for it, maximised on a smaller one.

Apart from window_layout, which names Qt's namespace when it is imported: PySide6 makes that namespace's 94
Python enums (~15-20 ms) on its first use. The frame is shown before the widgets that need them are built,
so it shows without them: a small screen's window is shown with showMaximized(), which names no Qt enum,
where setting the maximised window state before showing it would.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FIRST_SIZE = (1200, 800)  # the window at its first start, when the screen has room for it
TITLE_BAR = 40  # pixels a window manager's frame may add above the window


def fit_screen(window: QWidget) -> bool:
    """A first start on a screen smaller than FIRST_SIZE (a 1024x768 laptop): the window resized to fit it, and
    True: show it maximised (`show_first`), not past the screen's edges."""
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else None
    if room is None or (room.width() >= FIRST_SIZE[0] and room.height() >= FIRST_SIZE[1] + TITLE_BAR):
        return False
    window.resize(min(FIRST_SIZE[0], room.width()), min(FIRST_SIZE[1], room.height() - TITLE_BAR))
    return True


def show_first(window: QWidget, maximised: bool) -> None:
    """Show the window for the first time: maximised when fit_screen said so (a window manager fills the screen
    with it; restored, it keeps the size fit_screen gave it)."""
    if maximised:
        window.showMaximized()
    else:
        window.show()
