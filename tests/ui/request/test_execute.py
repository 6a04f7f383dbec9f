"""End to end on the app's own loop (qasync): the real window against the sandbox portal over loopback."""

from __future__ import annotations

import pytest

from b24desk.core.param_rows import ParamRow
from b24desk.sandbox import SandboxPortal
from b24desk.ui.result.result_view import TABLE
from b24desk.ui.shell.main_window import MainWindow
from tests.ui.request.waiting import until

pytestmark = pytest.mark.asyncio


async def test_pick_fill_execute_and_read_the_tree(window: MainWindow, portal: SandboxPortal) -> None:
    assert "Sandbox: demo data" in window.note_label.text()
    window.method_browser.load()
    window.method_browser.search_edit.setText("crm.lead.get")
    window.method_browser._choose_first()
    model = window.editor.params.model
    assert [row.key for row in model.rows()] == ["id"]
    model.setData(model.index(0, 1), "7")
    secret = portal.webhook_url.rstrip("/").rsplit("/", 1)[-1]
    assert window.url_bar.url_edit.text().endswith("/crm.lead.get.json")
    assert secret not in window.url_bar.url_edit.text()
    window.execute_button.click()
    await until(lambda: not window.runner.running and window.result_view.tree_model.rowCount() > 0)
    tree = window.result_view.tree_model
    keys = [tree.data(tree.index(row, 0)) for row in range(tree.rowCount())]
    assert keys[:2] == ["result", "time"]
    result = tree.index(0, 0)
    fields = {
        tree.data(tree.index(r, 0, result)): tree.data(tree.index(r, 1, result)) for r in range(tree.rowCount(result))
    }
    assert fields["ID"] == "7"
    assert window.result_view.status.text().startswith("HTTP 200")
    table = window.result_view.table_model  # a record: the Tree first, and one row in the Table
    assert window.result_view.tabs.currentIndex() != TABLE
    assert table.rowCount() == 1 and "ID" in table.columns
    assert table.cell_text(table.row(0).get("ID")) == "7"


async def test_error_answer_shows_its_explanation_and_keeps_the_request(
    window: MainWindow, portal: SandboxPortal
) -> None:
    window.editor.method_edit.setText("crm.lead.get")
    window.editor.params.model.set_rows([ParamRow("id", "999999", "integer")])
    window.execute_button.click()
    await until(lambda: not window.runner.running and window.result_view.stack.currentIndex() == 1)
    panel = window.result_view.error_panel
    assert "[" in panel.title.text()
    assert panel.action.text().startswith("What to do:")
    assert window.editor.params.model.rows() == [ParamRow("id", "999999", "integer")]


async def test_html_error_page_is_explained_with_the_raw_body_available(
    window: MainWindow, portal: SandboxPortal
) -> None:
    portal.faults.http_error(502, method="crm.lead.add", count=1)
    window.editor.method_edit.setText("crm.lead.add")
    window.editor.params.model.set_rows([ParamRow("fields[TITLE]", "kept")])
    window.execute_button.click()
    await until(lambda: not window.runner.running and window.result_view.stack.currentIndex() == 1)
    assert "HTTP 502" in window.result_view.error_panel.title.text()
    assert window.result_view.error_panel.raw_button.isVisible()
    window.result_view.error_panel.raw_button.click()
    assert "<" in window.result_view.raw.plain_text()


async def test_cancel_stops_a_slow_call(window: MainWindow, portal: SandboxPortal) -> None:
    portal.faults.delay(5.0, method="crm.lead.list", count=1)
    window.editor.method_edit.setText("crm.lead.list")
    window.execute_button.click()
    await until(lambda: window.cancel_button.isEnabled())
    window.cancel_button.click()
    await until(lambda: not window.runner.running, seconds=2.0)
    assert "Cancelled" in window.result_view.status.text()


async def test_fetch_all_fills_the_table_with_every_row_and_headers_with_the_first_answers(
    window: MainWindow, portal: SandboxPortal
) -> None:
    window.method_browser.load()  # the catalogue says which methods page
    window.editor.method_edit.setText("crm.lead.list")
    window.editor.params.model.set_rows([ParamRow("select[]", "ID"), ParamRow("select[]", "TITLE")])
    window.editor.fetch_all.click()
    bar = window.execute_bar
    assert bar._progress is None  # the rows' progress bar: made with the first fetch-all
    shown: list[bool] = []
    window.runner.pagesStarted.connect(lambda _page: shown.append(not bar.progress.isHidden()))
    window.execute_button.click()
    await until(lambda: not window.runner.running and "rows in" in window.result_view.status.text())
    assert shown == [True] and bar.progress.isHidden()  # beside the elapsed time while the pages came
    assert (bar.progress.value(), bar.progress.maximum(), bar.progress.text()) == (180, 180, "180 of 180 rows")
    assert bar._row.indexOf(bar.progress) == bar._row.indexOf(bar.elapsed_label) + 1
    table = window.result_view.table_model
    assert table.rowCount() == 180
    assert table.columns == ["ID", "TITLE"]
    assert window.result_view.tabs.currentIndex() == TABLE
    assert "180 rows in 2 requests" in window.result_view.status.text()
    window.result_view.tabs.setCurrentIndex(3)  # Headers: the first page's answer's, as the sandbox sent them
    headers = window.result_view.headers.model()
    names = {headers.index(row, 0).data().lower() for row in range(headers.rowCount())}
    assert "content-type" in names


async def test_a_new_execute_replaces_the_running_one(window: MainWindow, portal: SandboxPortal) -> None:
    portal.faults.delay(2.0, method="crm.lead.list", count=1)
    started: list[None] = []
    cancelled: list[None] = []
    window.runner.started.connect(lambda: started.append(None))
    window.runner.cancelled.connect(lambda: cancelled.append(None))
    window.editor.method_edit.setText("crm.lead.list")
    window.execute_button.click()
    await until(lambda: bool(started))  # the list's run is under way (its answer held back 2 s)
    window.editor.method_edit.setText("profile")
    window.execute_button.click()
    await until(lambda: not window.runner.running and window.result_view.tree_model.rowCount() > 0)
    await until(lambda: bool(cancelled))  # the list's run has ended: nothing of it can arrive later
    tree = window.result_view.tree_model
    result = tree.index(0, 0)
    names = {tree.data(tree.index(r, 0, result)) for r in range(tree.rowCount(result))}
    assert "ADMIN" in names  # profile's answer, never the stale list


async def test_a_misspelled_method_offers_the_closest_and_uses_it(window: MainWindow, portal: SandboxPortal) -> None:
    await until(lambda: window.result_view.error_panel.method_names != [])  # the catalogue loaded
    window.editor.method_edit.setText("crm.lead.lst")
    window.editor.method_edit.editingFinished.emit()  # as leaving the field does
    assert "Did you mean crm.lead.list?" in window.problem_label.text()
    window.execute_button.click()
    await until(lambda: not window.runner.running and window.result_view.stack.currentIndex() == 1)
    panel = window.result_view.error_panel
    assert "ERROR_METHOD_NOT_FOUND" in panel.title.text()
    assert "Did you mean crm.lead.list?" in panel.action.text()
    assert panel.use_button.isVisible()
    panel.use_button.click()
    assert window.editor.method_edit.text() == "crm.lead.list"


async def test_an_empty_required_parameter_is_marked_and_execute_asks_first(
    window: MainWindow, portal: SandboxPortal
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    await until(lambda: window.result_view.error_panel.method_names != [])
    window.editor.method_edit.setText("crm.lead.get")
    window.editor.method_edit.editingFinished.emit()
    model = window.editor.params.model
    assert [row.key for row in model.rows()] == ["id"]
    value = model.index(0, 1)
    assert model.data(value, Qt.ItemDataRole.BackgroundRole) is not None  # marked while empty
    window.execute_button.click()
    question = window.findChild(QMessageBox, "sendChecksQuestion")
    assert question is not None and question.isVisible()
    assert "id is required and empty." in question.informativeText()
    assert not window.runner.running  # nothing sent while the question is open
    go_back = next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    go_back.click()  # answered at once (the box's finished signal): a send would have started by now
    assert not window.runner.running and window.result_view.stack.currentIndex() == 0
    model.setData(value, "2")
    assert model.data(value, Qt.ItemDataRole.BackgroundRole) is None
    window.execute_button.click()  # nothing wrong now: sent at once
    await until(lambda: not window.runner.running and shown_id(window) == "2")


def shown_id(window: MainWindow) -> object:
    """The ID of the record the open request's last answer holds (the Raw text is made only when looked at)."""
    value = window.open_request.document.result.value
    return value.get("ID") if isinstance(value, dict) else None
