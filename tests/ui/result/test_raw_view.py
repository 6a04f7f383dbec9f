"""The Raw view of a big answer: its text is made once Raw is looked at, off the UI thread, first rows only."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot

from b24desk.core.response import CallResult, RawResponse, TimeInfo
from b24desk.ui.result.result_view import RAW, TABLE, ResultView


def call_with(rows: list[dict[str, str]]) -> CallResult:
    envelope = {"result": rows, "total": len(rows)}
    body = json.dumps(envelope).encode()
    return CallResult("crm.lead.list", rows, len(rows), None, TimeInfo(), RawResponse(200, {}, body, 0.1), envelope)


def test_raw_text_waits_for_the_raw_tab_and_shows_the_first_rows(qtbot: QtBot) -> None:
    view = ResultView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.show_result(call_with([{"ID": str(n), "TITLE": f"Lead {n}"} for n in range(1500)]))
    assert view.tabs.currentIndex() == TABLE
    assert view.raw.plain_text() == "" and not view.raw.preparing  # nothing made while Table is looked at
    view.tabs.setCurrentIndex(RAW)
    qtbot.waitUntil(lambda: not view.raw.preparing and view.raw.plain_text() != "", timeout=10_000)
    shown = json.loads(view.raw.plain_text())
    assert shown["total"] == 1500 and len(shown["result"]) == 1000 and shown["result"][-1]["ID"] == "999"
    assert "1,000" in view.raw.note.text() and "1,500" in view.raw.note.text()
    view.show_result(call_with([{"ID": "7"}]))  # Raw is in sight: the next answer's text comes at once
    qtbot.waitUntil(lambda: not view.raw.preparing and '"7"' in view.raw.plain_text(), timeout=10_000)
    assert view.raw.note.text() == ""
