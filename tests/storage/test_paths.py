"""Where files go on each platform, and the B24DESK_HOME / XDG overrides."""

from __future__ import annotations

from pathlib import Path

from b24desk.storage.paths import app_paths, ensure_private_dir


def test_override_puts_everything_under_one_folder() -> None:
    paths = app_paths({"B24DESK_HOME": "/tmp/x", "XDG_CONFIG_HOME": "/ignored"}, "linux")
    assert paths.all() == (Path("/tmp/x/config"), Path("/tmp/x/data"), Path("/tmp/x/cache"))
    assert paths.settings_file == Path("/tmp/x/config/settings.json")
    assert paths.history_db == Path("/tmp/x/data/history.sqlite3")


def test_linux_follows_xdg_and_ignores_relative_values() -> None:
    env = {"HOME": "/home/u", "XDG_CONFIG_HOME": "/cfg", "XDG_DATA_HOME": "relative", "XDG_CACHE_HOME": ""}
    paths = app_paths(env, "linux")
    assert paths.config == Path("/cfg/b24desk")
    assert paths.data == Path("/home/u/.local/share/b24desk")
    assert paths.cache == Path("/home/u/.cache/b24desk")


def test_macos_and_windows() -> None:
    mac = app_paths({"HOME": "/Users/u"}, "darwin")
    assert mac.config == Path("/Users/u/Library/Application Support/b24desk")
    assert mac.cache == Path("/Users/u/Library/Caches/b24desk")
    win = app_paths({"APPDATA": "/r", "LOCALAPPDATA": "/l", "USERPROFILE": "/p"}, "win32")
    assert win.all() == (Path("/r/b24desk"), Path("/l/b24desk"), Path("/l/b24desk/Cache"))


def test_private_dirs_are_user_only(tmp_path: Path) -> None:
    folder = ensure_private_dir(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert folder.stat().st_mode & 0o077 == 0


def test_the_settings_file_is_found_without_pathlib_where_app_paths_puts_it() -> None:
    from b24desk.storage.folders import settings_file_location

    for env in ({"B24DESK_HOME": "~/portable"}, {"HOME": "/home/u", "XDG_CONFIG_HOME": "/cfg"}, {"HOME": "/home/u"}):
        assert Path(settings_file_location(env)) == app_paths(env).settings_file
