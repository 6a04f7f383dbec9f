"""The Code tab offers exactly the languages of core's registry, the set `b24desk snippet --lang` takes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from b24desk.core.snippets import LANGUAGES
from b24desk.ui.request.code_view import CodeView


def test_the_code_tab_lists_the_registry(qtbot: QtBot) -> None:
    view = CodeView()
    qtbot.addWidget(view)
    offered = [view.language.itemData(row) for row in range(view.language.count())]
    assert offered == list(LANGUAGES)
    assert {"go", "node", "node-b24jssdk", "python-b24pysdk", "curl-json"} <= set(offered)
