"""The POST-body line: one line cut to the window's width, whatever the request; the whole text kept."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from b24desk.core.param_rows import ParamRow
from b24desk.core.webhook import parse_webhook_url
from b24desk.ui.shell.main_window import MainWindow

# b24desk-scan: allow (a made-up secret)
WEBHOOK = "https://b24-ab12cd.bitrix24.com/rest/1/k3x9q2w8e7r6t5y4/"


def test_a_long_body_is_cut_to_one_line_and_never_widens_the_window(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_webhook("test", parse_webhook_url(WEBHOOK).webhook)
    window.editor.method_edit.setText("crm.lead.add")
    model = window.editor.params.model
    model.set_rows([ParamRow("fields[TITLE]", "x")])
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    narrow = window.minimumSizeHint().width()
    model.set_rows([ParamRow(f"fields[UF_CRM_{n}]", f"value {n}") for n in range(200)])
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= narrow + 20
    body = window.url_bar.body_label
    assert body.text().startswith("POST body: fields[UF_CRM_0]=value+0&") and "UF_CRM_199" in body.text()
    assert body.label.text().endswith("…") and body.width() <= window.width()
    assert "fields[UF_CRM_100]" in body.toolTip()  # the body (its first 4,000 characters) is one hover away
    model.setData(model.index_of("fields[UF_CRM_5]", 1), "edited")
    assert "fields[UF_CRM_5]=edited" in body.text()
    assert window.minimumSizeHint().width() <= narrow + 20


def test_an_edit_leaves_the_request_tab_title_alone(qtbot: QtBot) -> None:
    """A value typed in the grid changes the URL and the body line; the tab's title (marked edited once)
    stays, and the bar is not given it again: a new tab text lays the whole window out and repaints all of
    it (edit to paint 7 ms instead of 2 at 11 rows, benchmarks/url_rebuild.py)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_webhook("test", parse_webhook_url(WEBHOOK).webhook)
    window.editor.method_edit.setText("crm.lead.add")
    model = window.editor.params.model
    model.set_rows([ParamRow("fields[TITLE]", "x"), ParamRow("fields[OPPORTUNITY]", "10")])
    window.show()
    qtbot.waitExposed(window)
    model.setData(model.index_of("fields[TITLE]", 1), "first edit")  # the tab is marked edited
    bar = window.request_tabs.bar
    assert bar.tabText(0) == "crm.lead.add •"
    texts_given: list[str] = []
    real_set = bar.setTabText

    def given(index: int, text: str) -> None:
        texts_given.append(text)
        real_set(index, text)

    bar.setTabText = given  # type: ignore[method-assign]
    for number in range(3):
        model.setData(model.index_of("fields[TITLE]", 1), f"edit {number}")
        QApplication.processEvents()
        assert f"edit+{number}" in window.url_bar.body_label.text()
    assert texts_given == [] and bar.tabText(0) == "crm.lead.add •"
    window.editor.method_edit.setText("crm.deal.add")  # a new title is still given
    QApplication.processEvents()
    assert bar.tabText(0).startswith("crm.deal.add")
