"""The smoke-test hook the installer tests and the startup benchmark use: shown, ready (painted), idle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from b24desk.ui.shell import smoke_test


class Loader(QObject):
    loaded = Signal(object)


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


def test_ready_is_reported_at_the_first_paint_after_what_was_awaited(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    loader = Loader()
    smoke_test.report_ready(window, loader.loaded)
    window.repaint()  # a paint before the catalogue arrived does not count
    qtbot.wait(20)
    assert capsys.readouterr().out == ""
    loader.loaded.emit(None)
    qtbot.waitUntil(lambda: "window ready" in capsys.readouterr().out)
    assert window.isVisible()  # ready does not close: the start-up's work goes on until idle


def test_idle_is_reported_then_the_window_closes(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    smoke_test.report_idle(window)
    assert capsys.readouterr().out == "window idle\n"
    assert not window.isVisible()


def test_hidden_window_is_not_reported(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    smoke_test.report_shown(window)
    smoke_test.report_ready(window)
    smoke_test.report_idle(window)
    qtbot.wait(50)
    assert capsys.readouterr().out == ""
