"""The Execute row: Execute and Cancel, the elapsed time, the rows progress; it runs the request and shows how it went.

The answer, the rows of every page, the error or the cancellation go to the result view; a call that
finished (well or not) is announced with `callFinished` for the webhook's history.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from b24desk.core.errors import InputError
from b24desk.ui.request.execute import RequestRunner

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QMessageBox, QProgressBar  # made when a question is asked, with the first fetch-all

    from b24desk.core.client import B24Client
    from b24desk.core.errors import CallError
    from b24desk.core.paging import Page
    from b24desk.core.request import ApiRequest
    from b24desk.core.request_document import RequestDocument
    from b24desk.core.response import CallResult
    from b24desk.core.webhook import Webhook
    from b24desk.ui.request.open_request import OpenRequest
    from b24desk.ui.result.result_view import ResultView


class ExecuteBar(QWidget):
    """Runs the open request (a new run cancels the old) and keeps its buttons, timer and progress current."""

    callFinished = Signal(object, object)  # CallRecord, the Webhook it went through
    problem = Signal(str)  # why the request cannot be sent ("" once it went)

    def __init__(
        self,
        open_request: OpenRequest,
        result_view: ResultView,
        clients: Callable[[Webhook], B24Client],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open = open_request
        self._clients = clients
        self._result_view = result_view
        self._pending: tuple[Webhook, ApiRequest, datetime] | None = None
        # The tab's document the running call was sent from: its answer is that tab's, whichever is shown.
        self._sender: RequestDocument | None = None
        self._rows: Sequence[Any] = []  # the rows of a fetch-all under way, for its own tab
        # what looks wrong before sending (empty required values, wrong types); asked about first when any
        self.checks: Callable[[], list[str]] = list
        self.send_question: QMessageBox | None = None
        self.execute_button = QPushButton(self.tr("Execute"))
        self.execute_button.setToolTip(self.tr("Ctrl+Enter"))
        self.execute_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Esc"))
        self.cancel_button.setEnabled(False)
        self.elapsed_label = QLabel()
        self._progress: QProgressBar | None = None  # the rows of a fetch-all: made with the first one
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.execute_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.elapsed_label)
        row.addStretch(1)

        self.runner = RequestRunner(self)
        self.runner.started.connect(self._on_started)
        self.runner.succeeded.connect(self._on_succeeded)
        self.runner.pagesStarted.connect(self._on_pages_started)
        self.runner.pageArrived.connect(self._on_page)
        self.runner.pagesFinished.connect(self._on_pages_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.finished.connect(self._on_finished)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self._show_elapsed)
        self.execute_button.clicked.connect(self.execute)
        open_request.changed.connect(self._request_changed)
        open_request.documentSwitched.connect(self._document_switched)
        self._request_changed()

    @property
    def progress(self) -> QProgressBar:
        """The rows fetched of the total, beside the elapsed time while a fetch-all runs (hidden otherwise)."""
        if self._progress is None:
            from PySide6.QtWidgets import QProgressBar  # its class and enums: with the first fetch-all

            self._progress = bar = QProgressBar()
            bar.setVisible(False)
            bar.setFormat(self.tr("%v of %m rows"))
            self._row.insertWidget(self._row.indexOf(self.elapsed_label) + 1, bar, 1)
        return self._progress

    def _request_changed(self) -> None:
        """Execute is on when the open request can be sent (a webhook, parameters that read)."""
        try:
            self._open.preview()
        except InputError:
            self.execute_button.setEnabled(False)
            return
        self.execute_button.setEnabled(True)

    def execute(self) -> None:
        """Send the open request (a running one is cancelled first), or say why it cannot go."""
        webhook = self._open.webhook
        if webhook is None:
            self.problem.emit(self.tr("Add a webhook first."))
            return
        try:
            request, shown, _secrets = self._open.sendable()  # {{names}} resolved; an undefined one is named
        except InputError as error:
            self.problem.emit(str(error))
            return
        self.problem.emit("")
        problems = self.checks()
        if problems:
            from b24desk.ui.request.send_checks import ask_before_sending

            self.send_question = ask_before_sending(
                self.window(), problems, lambda: self.run(lambda: self._clients(webhook), webhook, request, shown)
            )
            return
        self.run(lambda: self._clients(webhook), webhook, request, shown)

    def run(
        self, client: Callable[[], B24Client], webhook: Webhook, request: ApiRequest, shown: ApiRequest | None = None
    ) -> None:
        """Send `request` through the client `client` makes (a running one is cancelled first); history
        records `shown`.

        `shown` is the request with secret variable values masked (default: `request` itself).
        """
        self._pending = (webhook, shown or request, datetime.now(UTC))
        self._sender = self._open.document
        self._rows = []
        self._result_view.method = request.method
        self.runner.run(client, request)

    def cancel(self) -> None:
        """Stop the request under way, if any."""
        self.runner.cancel()

    def _on_started(self) -> None:
        self.cancel_button.setEnabled(True)
        if self._shown():
            self._result_view.show_message(self.tr("Running…"))
            if self._pending is not None and self._answer_may_have_rows(self._pending[1]):
                QTimer.singleShot(0, self._result_view.prepare_for_answer)  # a turn of its own, before the answer
        self._tick.start()

    def _answer_may_have_rows(self, request: ApiRequest) -> bool:
        from b24desk.core.result_shape import likely_rows

        return likely_rows(request.method, request.fetch_all, self._open.document.result.view)

    def _show_elapsed(self) -> None:
        seconds = time.monotonic() - self.runner.started_at
        if seconds < 1:  # a quick call in milliseconds, not "0.0 s"
            self.elapsed_label.setText(self.tr("{ms} ms").format(ms=max(1, round(seconds * 1000))))
        else:
            self.elapsed_label.setText(self.tr("{s:.1f} s").format(s=seconds))

    def _record(self, status: int | None, error_code: str | None, body: bytes | None = None) -> None:
        """Announce the finished call for the webhook's history (with the answer's body, which it may keep)."""
        if self._pending is None:
            return
        webhook, request, started = self._pending
        self._pending = None
        duration = (datetime.now(UTC) - started).total_seconds() * 1000
        from b24desk.storage.history import CallRecord  # sqlite3 is not needed before the first call

        record = CallRecord(
            request.method,
            request.params,
            status,
            error_code,
            duration,
            started,
            request.http_method,
            request.fetch_all,
            body,
        )
        self.callFinished.emit(record, webhook)

    def _shown(self) -> bool:
        """True when the running call's tab is the one on screen (its answer goes to the result view)."""
        return self._sender is None or self._sender is self._open.document

    def _document_switched(self) -> None:
        """Another tab is shown: its last answer, or the call it has under way."""
        if self.runner.running and self._shown():
            if self._progress is not None and self._progress.isVisible():
                self._result_view.start_rows(self._rows)  # the table keeps its own copy
            else:
                self._result_view.show_message(self.tr("Running…"))
            return
        self._result_view.show_state(self._open.document.result)

    def _on_succeeded(self, result: CallResult) -> None:
        from b24desk.ui.result.result_view import describe

        if self._shown():
            view = self._open.set_result(result.result, describe(result), result.envelope)
            self._result_view.show_result(result, view)
        elif self._sender is not None:  # its tab is not shown: the answer waits there
            self._sender.set_result(result.result, describe(result), result.envelope)
        self._record(result.response.status, None, result.response.body)

    def _on_pages_started(self, page: Page) -> None:
        from b24desk.core.record_store import gathered

        self._rows = gathered([], page.rows)
        if self._shown():
            self._result_view.start_rows(page.rows, page.headers or {})
        self.progress.setVisible(True)
        self.progress.setMaximum(max(page.total or 0, page.fetched))
        self.progress.setValue(page.fetched)

    def _on_page(self, page: Page) -> None:
        from b24desk.core.record_store import gathered

        self._rows = gathered(self._rows, page.rows)
        if self._shown():
            self._result_view.append_rows(page.rows)
        self.progress.setMaximum(max(page.total or 0, page.fetched))
        self.progress.setValue(page.fetched)

    def _on_pages_finished(self, rows: int, requests: int, seconds: float) -> None:
        self._record(200, None)
        summary = self.tr("{rows} rows in {requests} requests, {seconds:.1f} s").format(
            rows=rows, requests=requests, seconds=seconds
        )
        fetched, self._rows = self._rows, []
        if self._shown():
            self._open.set_result(fetched, summary)
            self._result_view.finish_rows(summary)
        elif self._sender is not None:
            self._sender.set_result(fetched, summary)

    def _on_failed(self, error: CallError) -> None:
        if self._shown():
            self._open.clear_result()
            self._result_view.show_error(error)
        elif self._sender is not None:
            self._sender.clear_result()
        response = error.response
        self._record(response.status if response else None, error.code, response.body if response else None)

    def _on_cancelled(self) -> None:
        self._pending = None
        self._rows = []
        if self._shown():
            self._result_view.show_message(self.tr("Cancelled. The request is as you left it."))

    def _on_finished(self) -> None:
        self._tick.stop()
        self._show_elapsed()
        self.cancel_button.setEnabled(False)
        if self._progress is not None:
            self._progress.setVisible(False)
