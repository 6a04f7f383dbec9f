"""Where b24desk's three folders are, as plain strings (os.path only: no pathlib, ~3 ms of imports).

The rules (B24DESK_HOME, XDG on Linux, macOS, Windows) are documented in storage/paths.py, whose
`app_paths` wraps these strings in Paths; a CLI command that only looks whether the settings file exists
(`snippet`, to mask saved secrets) asks `settings_file_location` without loading pathlib.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

__all__ = ["APP_NAME", "HOME_ENV", "SETTINGS_NAME", "folders", "settings_file_location"]

APP_NAME = "b24desk"
HOME_ENV = "B24DESK_HOME"
SETTINGS_NAME = "settings.json"


def _xdg(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name, "")
    # The XDG spec says relative paths are invalid and must be ignored.
    return value if value and os.path.isabs(value) else default


def folders(env: Mapping[str, str] | None = None, platform: str | None = None) -> tuple[str, str, str]:
    """The config, data and cache folders for this platform, honouring `B24DESK_HOME` and XDG."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    join = os.path.join
    override = env.get(HOME_ENV, "")
    if override:
        root = os.path.expanduser(override)
        return join(root, "config"), join(root, "data"), join(root, "cache")
    home = env.get("HOME") or env.get("USERPROFILE") or os.path.expanduser("~")
    if platform.startswith("win"):
        roaming = env.get("APPDATA") or join(home, "AppData", "Roaming")
        local = env.get("LOCALAPPDATA") or join(home, "AppData", "Local")
        return join(roaming, APP_NAME), join(local, APP_NAME), join(local, APP_NAME, "Cache")
    if platform == "darwin":
        support = join(home, "Library", "Application Support", APP_NAME)
        return support, support, join(home, "Library", "Caches", APP_NAME)
    return (
        join(_xdg(env, "XDG_CONFIG_HOME", join(home, ".config")), APP_NAME),
        join(_xdg(env, "XDG_DATA_HOME", join(home, ".local", "share")), APP_NAME),
        join(_xdg(env, "XDG_CACHE_HOME", join(home, ".cache")), APP_NAME),
    )


def settings_file_location(env: Mapping[str, str] | None = None) -> str:
    """Where the settings file is (it may not exist)."""
    return os.path.join(folders(env)[0], SETTINGS_NAME)
