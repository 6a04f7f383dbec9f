"""Every preference declared once, every QSettings read through the declarations, B24DESK_HOME moving all of them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from b24desk.storage.preferences import PREFERENCES, WINDOW_FILE
from b24desk.ui.shell.main_window import MainWindow

PACKAGE = Path(__file__).resolve().parents[3] / "b24desk"


def test_only_the_preferences_module_opens_qsettings() -> None:
    users = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        if "QSettings" in names:
            users.append(path.relative_to(PACKAGE).as_posix())
    assert users == ["ui/common/preferences.py"]


def test_every_window_preference_is_declared_and_lands_in_window_ini(qtbot: QtBot) -> None:
    from b24desk.ui.common.preferences import window_settings

    window = MainWindow()
    qtbot.addWidget(window)
    window.language_menu.choose("fr")
    window.method_browser.toggle_favourite("crm.lead.list")
    window.method_browser.remember("crm.lead.get")
    window.menus.theme_actions["light"].trigger()
    window.menus.zoom_in_action.trigger()
    window.show()
    window.close()
    stored = set(window_settings().allKeys())
    declared = {item.key for item in PREFERENCES if item.store == WINDOW_FILE}
    assert stored <= declared  # nothing kept that is not declared
    assert declared <= stored  # and every declaration is used
    window.language_menu.choose("")
    window.menus.theme_actions["system"].trigger()
    window.menus.zoom_reset_action.trigger()


def test_the_window_layout_is_kept_as_qt_byte_arrays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("B24DESK_HOME", str(tmp_path))  # its own window.ini: the layout written is no window's
    from b24desk.storage.paths import app_paths
    from b24desk.storage.preferences import window_file
    from b24desk.ui.common.preferences import read_preference, write_preferences

    state = b"\x01\x02 layout \x00\xff"
    write_preferences({"window/geometry": state, "window/splitter": b""})
    text = window_file(app_paths()).read_text(encoding="utf-8")
    assert "geometry=@ByteArray(" in text and "splitter=@ByteArray()" in text
    assert "PyObjectWrapper" not in text  # not Python bytes pickled by PySide6 (read back through pickle)
    assert read_preference("window/geometry") == state
    assert read_preference("window/splitter") == b""


def test_a_layout_an_older_b24desk_kept_pickled_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("B24DESK_HOME", str(tmp_path))
    from b24desk.ui.common.preferences import read_preference, window_settings

    settings = window_settings()
    settings.setValue("window/left_splitter", b"\x00older\x01")  # Python bytes: what older versions wrote
    settings.sync()
    assert "PyObjectWrapper" in (tmp_path / "config" / "window.ini").read_text(encoding="utf-8")
    assert read_preference("window/left_splitter") == b"\x00older\x01"
