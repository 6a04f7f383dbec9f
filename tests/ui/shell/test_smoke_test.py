"""The smoke-test hook the installer tests use: it reports the shown window by its title, then the built one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from b24desk.ui.shell import smoke_test


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("yes", True), ("", False), ("0", False)])
def test_requested_by_the_environment(value: str, expected: bool) -> None:
    assert smoke_test.requested({smoke_test.ENV_VAR: value}) is expected
    assert smoke_test.requested({}) is False


def test_shown_window_is_reported_by_its_title(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("b24desk: test")
    window.show()
    smoke_test.report_shown(window)
    assert capsys.readouterr().out == "window shown: b24desk: test\n"
    assert window.isVisible()


def test_ready_window_is_reported_then_closed(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    smoke_test.report_ready(window)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert capsys.readouterr().out == "window ready\n"


def test_hidden_window_is_not_reported(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    smoke_test.report_shown(window)
    smoke_test.report_ready(window)
    qtbot.wait(50)
    assert capsys.readouterr().out == ""
