"""The window's preferences through Qt: declared in storage/preferences.py, kept in window.ini (QSettings, INI).

The file sits in the config folder, so `B24DESK_HOME` moves it with settings.json, the history and
the caches. What an older b24desk kept in Qt's default place is carried over once, on first read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from b24desk.storage.paths import HOME_ENV, app_paths, ensure_private_dir
from b24desk.storage.preferences import PREFERENCES, WINDOW_FILE, Preference, coerce, preference, window_file

__all__ = ["read_preference", "window_settings", "write_preference", "write_preferences"]

_carried_over = False


def window_settings() -> QSettings:
    """The window's preferences file, as a QSettings in INI format (made on first write)."""
    import os

    global _carried_over
    path = window_file(app_paths())
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if not _carried_over:
        _carried_over = True
        if not os.environ.get(HOME_ENV) and not path.exists():
            _carry_over(settings)
    return settings


def _carry_over(settings: QSettings) -> None:
    """Copy the declared preferences an older version kept in Qt's default place (native format)."""
    old = QSettings()
    found = [(item.key, old.value(item.key)) for item in _window_items() if old.contains(item.key)]
    if found:
        ensure_private_dir(app_paths().config)
        for key, value in found:
            settings.setValue(key, value)
        settings.sync()


def _window_items() -> list[Preference]:
    return [item for item in PREFERENCES if item.store == WINDOW_FILE]


def _declared(key: str) -> Preference:
    item = preference(key)
    if item.store != WINDOW_FILE:
        raise KeyError(f"{key} is kept in {item.store}, not in the window's preferences")
    return item


def read_preference(key: str) -> Any:
    """A window preference as its declared type (its default when unset or unreadable)."""
    item = _declared(key)
    return coerce(item, window_settings().value(item.key))


def write_preference(key: str, value: Any) -> None:
    """Keep a window preference (checked against its declaration)."""
    write_preferences({key: value})


def write_preferences(values: Mapping[str, Any]) -> None:
    """Keep several window preferences with one write of the file (the window's layout when it closes)."""
    items = [(_declared(key), value) for key, value in values.items()]
    ensure_private_dir(app_paths().config)
    settings = window_settings()
    for item, value in items:
        kept = coerce(item, value)
        # bytes as Qt's own @ByteArray: PySide6 kept Python bytes pickled, and reading them loaded pickle on each start
        settings.setValue(item.key, QByteArray(kept) if isinstance(kept, bytes) else kept)
    settings.sync()
