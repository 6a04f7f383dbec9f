"""Longer German and Russian (and French, Portuguese) texts fit: no button or label is cut at 1024 px."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from b24desk.core import i18n
from b24desk.ui.shell.app import use_language
from b24desk.ui.shell.main_window import MainWindow

SANDBOX = "http://127.0.0.1:1/rest/1/abcdefgh12345678/"
MAX_MINIMUM_WIDTH = 1000  # the window must fit a 1024 px screen in every language


@pytest.fixture(params=[None, "de", "ru", "pt_BR", "fr"])
def window(request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot) -> Iterator[MainWindow]:
    previous = i18n._translator
    use_language(qapp, request.param)
    i18n.set_translator(QApplication.translate)
    win = MainWindow()
    qtbot.addWidget(win)
    win.add_sandbox(SANDBOX)
    yield win
    use_language(qapp, None)
    i18n.set_translator(previous)


def _cut(widget: QWidget) -> list[str]:
    cut = []
    children: list[QAbstractButton | QLabel] = [*widget.findChildren(QAbstractButton), *widget.findChildren(QLabel)]
    for child in children:
        if not child.isVisible() or (isinstance(child, QLabel) and child.wordWrap()):
            continue
        if child.width() < child.sizeHint().width():
            cut.append(f"{child.text()!r}: {child.width()} < {child.sizeHint().width()} px")
    return cut


def test_nothing_is_cut_at_1024_px(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert not _cut(window)
    window.editor.params.tabs.setCurrentIndex(2)  # the Code tab: language, two options, Copy, Save
    assert not _cut(window)


def test_window_fits_a_small_screen(window: MainWindow) -> None:
    assert window.minimumSizeHint().width() <= MAX_MINIMUM_WIDTH
