"""The parameter editor shown on its own, for the grid's tests."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from b24desk.ui.request.params_editor import ParamsEditor


@pytest.fixture
def editor(qtbot: QtBot) -> ParamsEditor:
    """A shown, active parameter editor (keys typed into it reach it)."""
    widget = ParamsEditor()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget
