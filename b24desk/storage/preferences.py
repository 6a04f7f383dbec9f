"""Every preference b24desk keeps, declared once: key, type, default, what it is for, and which store holds it.

Two stores, both under the config folder (so `B24DESK_HOME` moves every one of them):
- `settings.json` (SETTINGS_FILE): shared by the window and the CLI, written atomically under a lock;
- `window.ini` (WINDOW_FILE): the window's own state, read and written through Qt's QSettings in INI
  format (`ui/common/preferences.py`); Qt's own default place (the registry on Windows, a
  platform folder elsewhere) is read once, to carry over what an older version kept there.

Code reads a preference through its declaration, never by a string key of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, NamedTuple

from b24desk.storage.paths import AppPaths

__all__ = [
    "HISTORY_LIMIT",
    "PREFERENCES",
    "SETTINGS_FILE",
    "WINDOW_FILE",
    "Preference",
    "coerce",
    "preference",
    "read_setting",
    "window_file",
    "write_setting",
]

Store = Literal["settings.json", "window.ini"]
SETTINGS_FILE: Store = "settings.json"
WINDOW_FILE: Store = "window.ini"


# A NamedTuple, not a frozen dataclass: defined before the first screen, where a dataclass compiles its methods (~1 ms).
class Preference(NamedTuple):
    """One preference: where it is kept, what type its value has, its default, and a line saying what it does."""

    key: str
    type: type
    default: Any
    description: str
    store: Store
    minimum: int = 1  # the smallest whole number an int preference takes (counts start at 1)


PREFERENCES: tuple[Preference, ...] = (
    Preference("history/limit", int, 500, "Calls kept in each saved webhook's history.", SETTINGS_FILE),
    Preference("ui/language", str, "", "The Language menu's choice; empty follows the system.", WINDOW_FILE),
    Preference("ui/theme", str, "system", "View > Theme: system, light or dark.", WINDOW_FILE),
    # an index into the zoom steps (0.7 … 2.0); 3 is 100 %
    Preference("view/zoom", int, 3, "View > Zoom of the grid, JSON, code and results.", WINDOW_FILE, minimum=0),
    Preference("methods/favourites", list, [], "Methods starred in the browser, shown first.", WINDOW_FILE),
    Preference("methods/recent", list, [], "Methods chosen lately, newest first.", WINDOW_FILE),
    Preference("collection/folder", str, "", "The collection folder shown in the Collection panel.", WINDOW_FILE),
    Preference("collection/environment", str, "", "The environment chosen for that collection.", WINDOW_FILE),
    Preference("window/geometry", bytes, b"", "The window's size and place on screen.", WINDOW_FILE),
    Preference("window/splitter", bytes, b"", "The request/result split dragged (none: automatic).", WINDOW_FILE),
    Preference("window/side_splitter", bytes, b"", "The browser/rest split dragged (none: automatic).", WINDOW_FILE),
    Preference("window/left_splitter", bytes, b"", "The split between the method browser and history.", WINDOW_FILE),
)
_BY_KEY = {item.key: item for item in PREFERENCES}
HISTORY_LIMIT = _BY_KEY["history/limit"]


def preference(key: str) -> Preference:
    """The declaration of a preference; KeyError for a key nobody declared."""
    return _BY_KEY[key]


def window_file(paths: AppPaths) -> Path:
    """The window's own preferences file (QSettings, INI format)."""
    return paths.config / "window.ini"


def coerce(item: Preference, value: Any) -> Any:
    """A stored value as the declared type; the default when it is missing or of another kind."""
    if value is None:
        return item.default
    if item.type is list:
        if isinstance(value, str):  # QSettings gives a str for a one-item list
            return [value]
        return [str(name) for name in value] if isinstance(value, list | tuple) else item.default
    if item.type is bytes:
        if isinstance(value, bytes | bytearray | memoryview):
            return bytes(value)
        return value.data() if hasattr(value, "data") else item.default  # a QByteArray
    if item.type is int:  # a whole number from the declared minimum up
        if isinstance(value, bool):
            return item.default
        try:
            number = int(value)
        except (TypeError, ValueError):
            return item.default
        return number if number >= item.minimum else item.default
    if item.type is str:
        return value if isinstance(value, str) else item.default
    return value if isinstance(value, item.type) else item.default


def read_setting(data: dict[str, Any], item: Preference) -> Any:
    """A settings.json preference from the file's object (`history/limit` is `{"history": {"limit": ...}}`)."""
    value: Any = data
    for part in item.key.split("/"):
        value = value.get(part) if isinstance(value, dict) else None
    return coerce(item, value)


def write_setting(data: dict[str, Any], item: Preference, value: Any) -> None:
    """Put a settings.json preference into the file's object (for `SettingsFile.update`)."""
    *groups, last = item.key.split("/")
    section = data
    for part in groups:
        inner = section.get(part)
        if not isinstance(inner, dict):
            inner = section[part] = {}
        section = inner
    section[last] = coerce(item, value)
