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
