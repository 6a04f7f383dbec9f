"""Light and dark: the colours b24desk draws with, following the system's scheme or the View menu's choice.

The choice ("system", "light", "dark") is a setting; "system" follows QStyleHints.colorScheme and its
changes. A manual dark on a light system sets a dark palette (Fusion, Qt's style on Linux and in
the bundles, draws it as given; the window's style is never swapped under live widgets).
Widgets that colour text themselves take their colours from `colour(role)` and register with `themed`,
which restyles them when the scheme changes; the JSON highlighter asks `colour` on every line.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from b24desk.ui.common.preferences import read_preference, write_preference

if TYPE_CHECKING:  # QPalette's class and enums: when a palette is set (a chosen scheme), not for "system"
    from PySide6.QtGui import QPalette

Scheme = Literal["light", "dark"]
Choice = Literal["system", "light", "dark"]
CHOICES: tuple[Choice, ...] = ("system", "light", "dark")
SETTINGS_KEY = "ui/theme"

# Each role's colour per scheme; text colours keep a contrast of at least 4.5:1 on the scheme's base.
PALETTES: dict[Scheme, dict[str, str]] = {
    "light": {
        "error": "#b00020",
        "success": "#1b6e20",
        "muted": "#5f6368",
        "note_background": "#fff8e1",
        "missing_background": "#fde7e9",
        "offer_background": "#e3f2fd",
        "json_key": "#7a3e9d",
        "json_string": "#1a7f37",
        "json_number": "#0550ae",
        "json_literal": "#cf222e",
        "chart_bar": "#2f7ed8",
        "chart_error": "#d9534f",
        "base": "#ffffff",
    },
    "dark": {
        "error": "#ff8a80",
        "success": "#81c784",
        "muted": "#a0a4a8",
        "note_background": "#4a3f1a",
        "missing_background": "#5a2a2e",
        "offer_background": "#1d3a57",
        "json_key": "#d2a8ff",
        "json_string": "#7ee787",
        "json_number": "#79c0ff",
        "json_literal": "#ff7b72",
        "chart_bar": "#58a6ff",
        "chart_error": "#ff7b72",
        "base": "#1e1f22",
    },
}


def saved_choice() -> Choice:
    """The View menu's choice, "system" when none was made."""
    value = read_preference(SETTINGS_KEY)
    return next((choice for choice in CHOICES if choice == value), "system")


def system_scheme() -> Scheme:
    """The system's light/dark setting (light when it says nothing)."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


class Theme(QObject):
    """The scheme in use; `changed` after it switches (a choice, or the system's setting)."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.choice: Choice = saved_choice()
        self.scheme: Scheme = self._wanted()
        self._widgets: weakref.WeakKeyDictionary[QWidget, Callable[[], None]] = weakref.WeakKeyDictionary()
        self._standard_palette: QPalette | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def _wanted(self) -> Scheme:
        return system_scheme() if self.choice == "system" else self.choice

    def choose(self, choice: Choice) -> None:
        """Use a scheme ("system" follows the system's), remember the choice, restyle everything."""
        self.choice = choice
        write_preference(SETTINGS_KEY, choice)
        self.apply()

    def apply(self) -> None:
        """Set the application palette for the scheme and restyle the registered widgets."""
        self.scheme = self._wanted()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if self._standard_palette is None:
                from PySide6.QtGui import QPalette

                self._standard_palette = QPalette(app.palette())
            if self.scheme == system_scheme():
                app.setPalette(self._standard_palette)
            else:  # the style stays (swapping it under live widgets can crash PySide); it draws this palette
                app.setPalette(dark_palette() if self.scheme == "dark" else light_palette())
        for widget, restyle in list(self._widgets.items()):
            if isValid(widget):  # Qt may have deleted it (its parent went) before Python let go of it
                restyle()
            else:
                del self._widgets[widget]
        self.changed.emit(self.scheme)

    def _system_changed(self, *_: object) -> None:
        if self.choice == "system":
            self.apply()

    def register(self, widget: QWidget, restyle: Callable[[], None]) -> None:
        """Call `restyle` now and whenever the scheme changes, for as long as `widget` lives."""
        self._widgets[widget] = restyle
        restyle()


_theme: Theme | None = None


def theme() -> Theme:
    """The application's one Theme (made on first use)."""
    global _theme
    if _theme is None:
        _theme = Theme()
    return _theme


def colour(role: str) -> str:
    """The colour of `role` (error, success, muted, json_key, ...) in the scheme in use."""
    return PALETTES[theme().scheme][role]


def themed(widget: QWidget, style: str) -> None:
    """Give `widget` a style sheet with `{role}` fields filled from the scheme, kept up to date."""
    theme().register(widget, lambda: widget.setStyleSheet(style.format(**PALETTES[theme().scheme])))


def dark_palette() -> QPalette:
    """A dark palette for Fusion (window, base, text, highlight, disabled text)."""
    from PySide6.QtGui import QPalette

    palette = QPalette()
    window, base, text = QColor("#2b2d30"), QColor(PALETTES["dark"]["base"]), QColor("#e8eaed")
    for role, value in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#26282b")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#3c3f41")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6")),
        (QPalette.ColorRole.Highlight, QColor("#3d6fb4")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#79c0ff")),
        (QPalette.ColorRole.BrightText, QColor("#ff7b72")),
        (QPalette.ColorRole.Mid, QColor("#3c3f41")),
        (QPalette.ColorRole.Dark, QColor("#1b1c1e")),
        (QPalette.ColorRole.Light, QColor("#45484c")),
    ):
        palette.setColor(role, value)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def light_palette() -> QPalette:
    """Fusion's own light palette (for a light choice on a dark system)."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    return style.standardPalette()
