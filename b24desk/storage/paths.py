"""Where b24desk keeps its files: the platform's config, data and cache folders.

Linux and other POSIX systems follow the XDG base directories (`XDG_CONFIG_HOME`, `XDG_DATA_HOME`,
`XDG_CACHE_HOME`, defaulting to `~/.config`, `~/.local/share`, `~/.cache`); macOS uses
`~/Library/Application Support` and `~/Library/Caches`; Windows uses `%APPDATA%` and `%LOCALAPPDATA%`.
`B24DESK_HOME` puts all three under one folder (tests, portable installs). Written by hand rather than
with platformdirs: three folders on three platforms do not justify a dependency.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from b24desk.storage.folders import APP_NAME, HOME_ENV, SETTINGS_NAME, folders

__all__ = ["APP_NAME", "HOME_ENV", "AppPaths", "app_paths", "corrupt_backup_path", "ensure_private_dir"]


# A NamedTuple, not a frozen dataclass: defined before the first screen, where a dataclass compiles its methods (~1 ms).
class AppPaths(NamedTuple):
    """The three folders b24desk writes to, and the files it keeps in them."""

    config: Path
    data: Path
    cache: Path

    @property
    def settings_file(self) -> Path:
        """The settings file (saved webhooks without secrets, preferences)."""
        return self.config / SETTINGS_NAME

    @property
    def workspace_file(self) -> Path:
        """The open tabs and their unsaved edits (core/workspace.py), saved atomically on every change."""
        return self.data / "workspace.json"

    @property
    def history_db(self) -> Path:
        """The SQLite database of request history."""
        return self.data / "history.sqlite3"

    def all(self) -> tuple[Path, Path, Path]:
        """The config, data and cache folders, in that order."""
        return (self.config, self.data, self.cache)


def app_paths(env: Mapping[str, str] | None = None, platform: str | None = None) -> AppPaths:
    """The folders for this platform, honouring `B24DESK_HOME` and the XDG variables (storage/folders.py)."""
    config, data, cache = folders(env, platform)
    return AppPaths(config=Path(config), data=Path(data), cache=Path(cache))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if missing, readable only by the user on POSIX; return it."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def corrupt_backup_path(path: Path) -> Path:
    """A free name beside `path` to keep a damaged file under: `NAME.corrupt-STAMP[-N]`."""
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    return backup
