"""The History and Statistics tabs: what the note says, counts in proper plural forms, a day axis ending today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from b24desk.storage.statistics import DayStatistics, MethodStatistics, Totals, WebhookStatistics
from b24desk.ui.common.translations import install_app_translators
from b24desk.ui.webhooks.history_panel import HistoryPanel


@pytest.fixture
def english() -> Iterator[None]:
    """English as the app installs it: the source texts plus the plural forms ("1 error", "2 errors")."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_app_translators(app, None)
    assert installed, "b24desk_en.qm is missing: run `make translations`"
    yield
    for translator in installed:
        app.removeTranslator(translator)


def _stats(requests: int, errors: int) -> WebhookStatistics:
    today = date.today()
    days = [DayStatistics(today - timedelta(days=13 - n), Totals()) for n in range(14)]
    days[-1] = DayStatistics(today, Totals(requests, errors, 120.0 * requests))
    totals = Totals(requests, errors, 120.0 * requests)
    return WebhookStatistics(days, [MethodStatistics("crm.lead.list", totals)], totals)


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("requests", "errors", "said"), [(1, 1, "1 request, 1 error,"), (5, 2, "5 requests, 2 errors,")]
)
def test_totals_use_plural_forms(qtbot: QtBot, requests: int, errors: int, said: str) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.show_statistics(_stats(requests, errors))
    assert panel.totals.text().startswith(said)


def test_the_day_axis_ends_with_today(qtbot: QtBot) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.setCurrentIndex(1)
    panel.show()
    panel.show_statistics(_stats(3, 0))
    panel.chart.grab()  # paints
    assert panel.chart.labelled[-1] == date.today().strftime("%d.%m")


def test_the_note_says_what_is_kept_and_why_nothing_is(qtbot: QtBot) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_history(None)  # no webhook chosen: what the history keeps
    assert "Every call is kept here" in panel.empty_note.text() and "sandbox" in panel.empty_note.text()
    panel.show_history([])
    assert panel.empty_note.text() == "No calls through this webhook yet." and panel.empty_note.isVisible()
    panel.show_history(None, stored=False)
    assert "storage could not be opened" in panel.empty_note.text()
    assert not panel.clear_button.isEnabled()


def test_a_narrow_panel_leaves_out_the_duration_for_the_method(qtbot: QtBot) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 300)
    panel.show()
    assert not panel.table.isColumnHidden(3)
    panel.resize(230, 300)  # the left side of an 800 px window
    qtbot.waitUntil(lambda: panel.table.isColumnHidden(3))
    panel.resize(320, 300)
    qtbot.waitUntil(lambda: not panel.table.isColumnHidden(3))


def test_the_statistics_page_is_made_when_first_shown_with_the_figures_given_before(qtbot: QtBot) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_statistics(_stats(4, 1))
    assert not panel.statistics_page.built  # History in front: the figures wait for the page
    panel.setCurrentIndex(1)
    assert panel.statistics_page.built
    assert panel.methods.rowCount() == 1 and panel.methods.item(0, 0).text() == "crm.lead.list"
    assert panel.methods.isVisible() and "120 ms" in panel.totals.text()
    panel.show_statistics(None)  # once made, it follows as before
    assert panel.methods.rowCount() == 0 and panel.totals.text() == ""


def test_the_statistics_page_asks_the_room_it_will_need_before_it_is_made(qtbot: QtBot) -> None:
    """The first screen's left split is laid out by the History panel's sizes: the same with the page unmade."""
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.show()
    promised = (panel.sizeHint(), panel.minimumSizeHint())
    assert promised[1].height() > 200  # the chart, a line and a table: more than the History page's minimum
    panel.statistics_page.content  # noqa: B018  (made)
    assert (panel.sizeHint(), panel.minimumSizeHint()) == promised
    assert panel.statistics_page.minimumSize().isNull()  # its own minimum dropped: the content's counts
