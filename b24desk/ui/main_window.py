"""The main window: webhook, request editor with the live URL, Execute, and the result viewer."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from b24desk.core.catalogue_model import MethodInfo
from b24desk.core.errors import CallError, InputError
from b24desk.core.param_rows import ParamRow, required_rows
from b24desk.core.request import ApiRequest, wire_preview
from b24desk.core.webhook import ParsedURL, Webhook, parse_webhook_url
from b24desk.ui.execute import RequestRunner
from b24desk.ui.language_menu import install_language_menu
from b24desk.ui.method_browser import MethodBrowser

if TYPE_CHECKING:  # the client pulls in httpx: imported on first Execute, not at start-up
    from b24desk.core.client import B24Client, ClientOptions
    from b24desk.core.paging import Page
    from b24desk.core.response import CallResult
from b24desk.ui.request.request_editor import RequestEditor
from b24desk.ui.request.url_bar import UrlBar
from b24desk.ui.result.result_view import ResultView

SANDBOX_NAME = "sandbox"


class MainWindow(QMainWindow):
    """The request builder window."""

    closed = Signal()

    def __init__(self, client_options: ClientOptions | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("b24desk: Bitrix24 REST request builder"))
        self.resize(1200, 800)
        self.client_options = client_options
        self._webhooks: list[tuple[str, Webhook]] = []
        self._clients: dict[int, B24Client] = {}
        self._rows_by_method: dict[str, list[ParamRow]] = {}

        self.webhook_combo = QComboBox()
        self.webhook_combo.setMinimumWidth(280)
        self.add_webhook_button = QPushButton(self.tr("Add webhook…"))
        self.add_webhook_button.clicked.connect(self.ask_for_webhook)
        self.url_bar = UrlBar()
        self.editor = RequestEditor()
        self.result_view = ResultView()
        self.execute_button = QPushButton(self.tr("Execute"))
        self.execute_button.setToolTip(self.tr("Ctrl+Enter"))
        self.execute_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Esc"))
        self.cancel_button.setEnabled(False)
        self.elapsed_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setFormat(self.tr("%v of %m rows"))
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("background: #fff8e1; padding: 6px; border-radius: 4px;")
        self.note_label.setVisible(False)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Webhook")))
        top.addWidget(self.webhook_combo, 1)
        top.addWidget(self.add_webhook_button)
        run_row = QHBoxLayout()
        run_row.addWidget(self.execute_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.elapsed_label)
        run_row.addWidget(self.progress, 1)
        run_row.addStretch(1)
        request_side = QWidget()
        request_layout = QVBoxLayout(request_side)
        request_layout.addLayout(top)
        request_layout.addWidget(self.note_label)
        request_layout.addWidget(self.url_bar)
        request_layout.addWidget(self.editor, 1)
        request_layout.addWidget(self.problem_label)
        request_layout.addLayout(run_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(request_side)
        self.splitter.addWidget(self.result_view)
        self.splitter.setStretchFactor(1, 1)
        self.method_browser = MethodBrowser()
        self.side_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.side_splitter.addWidget(self.method_browser)
        self.side_splitter.addWidget(self.splitter)
        self.side_splitter.setStretchFactor(1, 1)
        self.side_splitter.setSizes([300, 900])
        self.setCentralWidget(self.side_splitter)
        self.language_menu = install_language_menu(self)

        self.runner = RequestRunner(self)
        self.runner.started.connect(self._on_started)
        self.runner.succeeded.connect(self._on_succeeded)
        self.runner.pagesStarted.connect(self._on_pages_started)
        self.runner.pageArrived.connect(self._on_page)
        self.runner.pagesFinished.connect(self._on_pages_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.finished.connect(self._on_finished)
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self._show_elapsed)

        self.editor.requestChanged.connect(self.refresh_url)
        self.webhook_combo.currentIndexChanged.connect(self.refresh_url)
        self.webhook_combo.currentIndexChanged.connect(self._webhook_changed)
        self.url_bar.revealToggled.connect(self.refresh_url)
        self.url_bar.copyRequested.connect(self.copy_url)
        self.url_bar.urlPasted.connect(self.load_url)
        self.execute_button.clicked.connect(self.execute)
        self.cancel_button.clicked.connect(self.runner.cancel)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.execute)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.execute)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.runner.cancel)
        QShortcut(QKeySequence("Ctrl+L"), self, self._focus_method_search)
        self.method_browser.methodChosen.connect(self.choose_method)
        self.method_browser.catalogueLoaded.connect(
            lambda catalogue: self.editor.set_method_names(sorted(m.name for m in catalogue))
        )
        self._restore_layout()
        self.refresh_url()

    # -- webhooks --------------------------------------------------------------------------------
    def add_webhook(self, name: str, webhook: Webhook, *, select: bool = True) -> None:
        """Offer a webhook in the picker (and select it)."""
        self._webhooks.append((name, webhook))
        self.webhook_combo.addItem(f"{name}  ({webhook.portal.host})")
        if select:
            self.webhook_combo.setCurrentIndex(self.webhook_combo.count() - 1)

    def add_sandbox(self, webhook_url: str) -> None:
        """Offer the built-in sandbox portal; selected when no other webhook is there."""
        webhook = parse_webhook_url(webhook_url).webhook
        self._webhooks.insert(0, (SANDBOX_NAME, webhook))
        self.webhook_combo.insertItem(0, self.tr("Sandbox portal (local demo data)"))
        if self.webhook_combo.count() == 1:
            self.webhook_combo.setCurrentIndex(0)
        self.refresh_url()

    def is_sandbox(self, webhook: Webhook | None) -> bool:
        """Whether a webhook is the built-in sandbox portal's."""
        return any(name == SANDBOX_NAME and w == webhook for name, w in self._webhooks)

    def show_note(self, text: str) -> None:
        """A note above the editor (which portal this is, what happened)."""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def current_webhook(self) -> Webhook | None:
        """The webhook selected in the picker."""
        index = self.webhook_combo.currentIndex()
        return self._webhooks[index][1] if 0 <= index < len(self._webhooks) else None

    def ask_for_webhook(self) -> None:
        """Ask for a webhook URL and add it for this session."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Add webhook"),
            self.tr("Paste the webhook URL from Developer resources > Integrations:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not text.strip():
            return
        try:
            parsed = parse_webhook_url(text)
        except InputError as error:
            self.problem_label.setText(str(error))
            return
        self.add_webhook(parsed.webhook.portal.host, parsed.webhook)
        if parsed.method:
            self.load_url(parsed)

    def _webhook_changed(self, _: int = 0) -> None:
        if self.is_sandbox(self.current_webhook()):
            self.show_note(
                self.tr(
                    "This is the built-in sandbox portal: demo data on this computer, nothing is sent anywhere. "
                    "Use Add webhook… to work with your own portal."
                )
            )
        else:
            self.show_note("")

    def client_for(self, webhook: Webhook) -> B24Client:
        """The client (one connection pool) for a webhook, made on first use."""
        from b24desk.core.client import B24Client

        key = id(webhook)
        if key not in self._clients:
            self._clients[key] = B24Client(webhook, self.client_options)
        return self._clients[key]

    # -- request ---------------------------------------------------------------------------------
    def _focus_method_search(self) -> None:
        self.method_browser.search_edit.setFocus()
        self.method_browser.search_edit.selectAll()

    def choose_method(self, method: MethodInfo) -> None:
        """Put a catalogue method in the editor, its required parameters listed and marked.

        The parameters typed for the previous method are kept for it: choosing it again brings them back.
        """
        current = self.editor.method_edit.text().strip().lower()
        if current != method.name.lower():
            if current:
                self._rows_by_method[current] = self.editor.params.model.rows()
            self.editor.params.set_rows(self._rows_by_method.get(method.name.lower(), []))
        self.editor.method_edit.setText(method.name)
        self.editor.params.model.set_required(required_rows(method.params))
        self.editor.fetch_all.setEnabled(method.is_list or self.editor.fetch_all.isEnabled())

    def refresh_url(self, *_: object) -> None:
        """Rebuild the URL bar from the webhook and the request (on every edit)."""
        webhook = self.current_webhook()
        try:
            request = self.editor.request()
            if webhook is None:
                raise InputError(self.tr("Add a webhook to build the call URL."))
            preview = wire_preview(webhook, request, reveal=self.url_bar.revealed)
        except InputError as error:
            self.url_bar.show_preview(None, str(error))
            self.editor.params.show_problem(str(error))
            self.execute_button.setEnabled(False)
            return
        self.editor.params.show_problem("")
        self.url_bar.show_preview(preview)
        self.editor.code.show_request(request, webhook)
        self.execute_button.setEnabled(True)

    def copy_url(self, reveal: bool) -> None:
        """Copy the call URL (with the secret only when asked)."""
        webhook = self.current_webhook()
        if webhook is None:
            return
        try:
            preview = wire_preview(webhook, self.editor.request(), reveal=reveal)
        except InputError:
            return
        url = preview.url + (f"?{preview.body}" if preview.body else "")
        self.url_bar.copy_text(url)

    def load_url(self, parsed: ParsedURL) -> None:
        """Load a pasted call URL: its method and parameters; its webhook if it is new."""
        known = next((i for i, (_, w) in enumerate(self._webhooks) if w == parsed.webhook), None)
        if known is None:
            self.add_webhook(parsed.webhook.portal.host, parsed.webhook)
        else:
            self.webhook_combo.setCurrentIndex(known)
        if parsed.method:
            self.editor.load(ApiRequest(method=parsed.method, params=dict(parsed.params)))

    # -- execute ---------------------------------------------------------------------------------
    def execute(self) -> None:
        """Send the request (a running one is cancelled first)."""
        webhook = self.current_webhook()
        if webhook is None:
            self.problem_label.setText(self.tr("Add a webhook first."))
            return
        try:
            request = self.editor.request()
        except InputError as error:
            self.problem_label.setText(str(error))
            return
        self.problem_label.clear()
        self.runner.run(self.client_for(webhook), request)

    def _on_started(self) -> None:
        self.cancel_button.setEnabled(True)
        self.result_view.show_message(self.tr("Running…"))
        self._tick.start()

    def _show_elapsed(self) -> None:
        self.elapsed_label.setText(self.tr("{s:.1f} s").format(s=time.monotonic() - self.runner.started_at))

    def _on_succeeded(self, result: CallResult, pretty: str) -> None:
        self.result_view.show_result(result, pretty)

    def _on_pages_started(self, page: Page) -> None:
        self.result_view.start_rows(page.rows)
        self.progress.setVisible(True)
        self.progress.setMaximum(max(page.total or 0, page.fetched))
        self.progress.setValue(page.fetched)

    def _on_page(self, page: Page) -> None:
        self.result_view.append_rows(page.rows)
        self.progress.setMaximum(max(page.total or 0, page.fetched))
        self.progress.setValue(page.fetched)

    def _on_pages_finished(self, rows: int, requests: int, seconds: float) -> None:
        self.result_view.finish_rows(
            self.tr("{rows} rows in {requests} requests, {seconds:.1f} s").format(
                rows=rows, requests=requests, seconds=seconds
            )
        )

    def _on_failed(self, error: CallError) -> None:
        self.result_view.show_error(error)

    def _on_cancelled(self) -> None:
        self.result_view.show_message(self.tr("Cancelled. The request is as you left it."))

    def _on_finished(self) -> None:
        self._tick.stop()
        self._show_elapsed()
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    # -- window ----------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        side = settings.value("window/side_splitter")
        if side is not None:
            self.side_splitter.restoreState(side)

    async def shutdown(self) -> None:
        """Close every connection pool (after the window closed)."""
        self.runner.cancel()
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout, stop work, and tell the event loop the window went away."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/side_splitter", self.side_splitter.saveState())
        self.runner.cancel()
        self.closed.emit()
        super().closeEvent(event)
