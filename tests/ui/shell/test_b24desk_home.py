"""B24DESK_HOME moves every file b24desk keeps, Qt's settings included (issue 15's fifth defect).

Only public widgets and storage are used, so this runs unchanged against the window before the
preferences were declared (it failed there: language, methods and layout went to Qt's default place).
"""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from b24desk.storage.app_storage import AppStorage
from b24desk.ui.shell.main_window import MainWindow

WINDOW_KEYS = {
    "ui/language",
    "methods/recent",
    "methods/favourites",
    "window/geometry",
    "window/splitter",
    "window/side_splitter",
    "window/left_splitter",
    "collection/folder",
    "collection/environment",
}


def test_b24desk_home_moves_every_preference(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "portable"
    monkeypatch.setenv("B24DESK_HOME", str(home))
    qt_default = QSettings()  # Qt's own place for this application (the tests' folder under test mode)
    before = set(qt_default.allKeys())
    storage = AppStorage.open()  # no secret is stored here: the keyring is never asked
    storage.set_history_limit(7)
    window = MainWindow()
    qtbot.addWidget(window)
    window.language_menu.choose("fr")
    window.method_browser.load()
    window.method_browser.search_edit.setText("crm.lead.get")
    window.method_browser._choose_first()  # a recent method
    window.method_browser.toggle_favourite("crm.lead.list")
    window.show()
    window.close()  # geometry and splitters
    ini = configparser.ConfigParser()
    ini.read(home / "config" / "window.ini", encoding="utf-8")
    stored = {f"{section}/{key}" for section in ini.sections() for key in ini[section]}
    assert stored == WINDOW_KEYS
    assert '"history": {\n    "limit": 7' in (home / "config" / "settings.json").read_text(encoding="utf-8")
    qt_default.sync()
    assert set(qt_default.allKeys()) == before  # nothing went to Qt's default place
    assert storage.history_limit() == 7
