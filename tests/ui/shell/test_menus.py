"""File / Request / View / Help: Quit, About with the licences, the shortcuts list, restart on a new language."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from b24desk import about
from b24desk.core.webhook import parse_webhook_url
from b24desk.ui.common.preferences import read_preference, window_settings, write_preference
from b24desk.ui.common.theme import colour, theme
from b24desk.ui.common.zoom import zoom
from b24desk.ui.shell.about_dialog import AboutDialog
from b24desk.ui.shell.main_window import MainWindow
from b24desk.ui.shell.restart import restart_command
from b24desk.ui.shell.shortcuts_dialog import ShortcutsDialog

# b24desk-scan: allow (a made-up secret)
WEBHOOK = "https://b24-ab12cd.bitrix24.com/rest/1/k3x9q2w8e7r6t5y4/"


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.add_webhook("test portal", parse_webhook_url(WEBHOOK).webhook)
    win.show()
    qtbot.waitExposed(win)
    yield win
    zoom().reset()
    theme().choose("system")


def test_the_menu_bar_reads_file_request_view_help(window: MainWindow) -> None:
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles == ["File", "Request", "View", "Tools", "Help"]  # another feature's menu keeps its place before Help
    assert window.menus.quit_action.shortcut().toString() == "Ctrl+Q"


def test_ctrl_q_quits(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.closed, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_about_names_the_version_and_every_bundled_licence(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert f"b24desk {about.VERSION} (MIT)" in text
    licences = {part.name.lower().replace("_", "-"): part.licence for part in dialog.parts}
    assert "LGPL-3.0" in licences["pyside6-essentials"]
    assert licences["httpx"] == "BSD-3-Clause"
    assert licences["keyring"] == "MIT"
    assert licences["qasync"].startswith("BSD")
    assert "pytest" not in licences  # test tools are not shipped
    assert dialog.table.rowCount() == len(dialog.parts) >= 10
    assert dialog.summary.text() == about.description()  # the package's own summary, translated in other languages


def test_shortcuts_are_read_from_the_actions_and_searchable(window: MainWindow, qtbot: QtBot) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {entry.action: entry.keys for entry in dialog.entries}
    assert listed["Execute"] == "Ctrl+Return, Ctrl+Enter"
    assert listed["Quit"] == "Ctrl+Q"
    assert listed["Open request…"] == "Ctrl+O"
    assert listed["New request tab"] == "Ctrl+T"  # the request tabs' keys are described QShortcuts
    assert listed["Close the request tab"] == "Ctrl+W"
    places = {entry.action: entry.place for entry in dialog.entries}  # where a key outside the menus works
    assert places["Execute"] == "Request" and places["New request tab"] == "Anywhere"
    assert places["Find in the raw answer"] == "Raw" and places["Remove the selected parameters"] == "Parameters"
    window.menus.copy_url_action.setShortcut("Ctrl+Alt+U")  # the list is the actions', not a copy of them
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert {e.action: e.keys for e in dialog.entries}["Copy call URL (secret masked)"] == "Ctrl+Alt+U"
    qtbot.keyClicks(dialog.search, "zoom")
    assert sorted(dialog.visible_actions()) == ["Zoom in", "Zoom out"]
    dialog.search.setText("ctrl+q")
    assert dialog.visible_actions() == ["Quit"]


def test_a_new_language_offers_to_restart_now(window: MainWindow, qtbot: QtBot) -> None:
    german = next(a for a in window.language_menu.group.actions() if a.data() == "de")
    german.trigger()
    question = window.findChild(QMessageBox, "restartQuestion")
    assert question is not None and question.isVisible()
    restart = next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(window.closed, timeout=5000):
        restart.click()
    assert window.restart_requested
    assert restart_command()[0] == sys.executable
    write_preference("ui/language", "")


def test_zoom_keys_resize_the_grid_and_results_and_are_remembered(window: MainWindow, qtbot: QtBot) -> None:
    table, raw = window.result_view.table, window.result_view.raw.text
    normal, raw_normal = table.font().pointSizeF(), raw.font().pointSizeF()
    window.menus.zoom_in_action.trigger()
    window.menus.zoom_in_action.trigger()
    assert table.font().pointSizeF() > normal
    assert raw.font().pointSizeF() > raw_normal and raw.font().family() == window.result_view.raw.text.font().family()
    assert window.editor.params.grid.font().pointSizeF() > normal * 1.1
    assert window_settings().contains("view/zoom") and read_preference("view/zoom") == zoom().step
    window.menus.zoom_reset_action.trigger()
    assert table.font().pointSizeF() == pytest.approx(normal)
    actions = window.menus.view_menu.actions()
    keys = {a.text().replace("&", ""): a.shortcuts()[0].toString() for a in actions if a.shortcuts()}
    assert keys == {
        "Zoom in": "Ctrl+=",
        "Zoom out": "Ctrl+-",
        "Normal size": "Ctrl+0",
        "Maximise the result": "Ctrl+Shift+M",
    }


def test_a_manual_dark_theme_recolours_the_window_and_the_json(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.menus.theme_actions["dark"].trigger()
    assert app.palette().window().color().lightness() < 80
    assert colour("json_key") == "#d2a8ff"
    assert window.problem_label.styleSheet() == f"color: {colour('error')};"
    rule_colours = {fmt.foreground().color().name() for _, fmt in window.result_view.raw.highlighter.rules}
    assert "#d2a8ff" in rule_colours
    assert read_preference("ui/theme") == "dark"
    window.menus.theme_actions["light"].trigger()
    assert app.palette().window().color().lightness() > 180
    assert colour("json_key") == "#7a3e9d"
