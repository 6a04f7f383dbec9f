"""View > Zoom on its own widgets: a widget shown at the normal size keeps its own font until the zoom changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from b24desk.ui.common.preferences import write_preference
from b24desk.ui.common.zoom import NORMAL, ROW_PADDING, SETTINGS_KEY, STEPS, Zoom


@pytest.fixture
def normal_zoom() -> Iterator[Zoom]:
    write_preference(SETTINGS_KEY, NORMAL)
    yield Zoom()
    write_preference(SETTINGS_KEY, NORMAL)


def test_a_widget_registered_at_the_normal_size_keeps_its_own_font(normal_zoom: Zoom, qtbot: QtBot) -> None:
    label, table = QLabel("text"), QTableView()
    qtbot.addWidget(label)
    qtbot.addWidget(table)
    normal_zoom.register(label, table)
    assert not label.testAttribute(Qt.WidgetAttribute.WA_SetFont)  # it follows the application's font
    assert table.verticalHeader().defaultSectionSize() == table.fontMetrics().height() + ROW_PADDING


def test_the_zoom_scales_the_font_a_widget_shows_when_it_first_changes(normal_zoom: Zoom, qtbot: QtBot) -> None:
    label = QLabel("text")
    qtbot.addWidget(label)
    normal_zoom.register(label)
    later = QFont("Monospace")  # set after the registration (e.g. a view's monospace font)
    later.setPointSizeF(12.0)
    label.setFont(later)
    normal_zoom.zoom_in()
    assert label.font().pointSizeF() == pytest.approx(12.0 * STEPS[NORMAL + 1])
    assert label.font().family() == later.family()
    normal_zoom.reset()
    assert label.font().pointSizeF() == pytest.approx(12.0)


def test_a_saved_zoom_applies_at_once_to_a_registered_widget(qtbot: QtBot) -> None:
    write_preference(SETTINGS_KEY, NORMAL + 2)
    try:
        zoom = Zoom()
        label = QLabel("text")
        qtbot.addWidget(label)
        normal = label.font().pointSizeF()
        zoom.register(label)
        assert label.font().pointSizeF() == pytest.approx(normal * STEPS[NORMAL + 2])
    finally:
        write_preference(SETTINGS_KEY, NORMAL)
