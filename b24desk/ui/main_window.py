"""The main window: webhook, request editor with the live URL, Execute, and the result viewer.

It is made in two steps so the app can show it at once: the constructor makes the frame (title,
geometry, menus, an empty centre) from modules that load quickly, and `build()` imports and makes the
widgets. `MainWindow()` does both; the app passes `build=False`, shows the frame, then builds it.
"""

from __future__ import annotations

import time
from collections.abc import Coroutine, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from b24desk.core.errors import B24DeskError, InputError
from b24desk.ui.language_menu import install_language_menu
from b24desk.ui.request_menu import install_request_menu

if TYPE_CHECKING:  # imported by build(), after the frame shows; the client (httpx) on first Execute
    import asyncio

    from PySide6.QtGui import QCloseEvent

    from b24desk.core.catalogue import Catalogue
    from b24desk.core.catalogue_model import MethodInfo
    from b24desk.core.client import B24Client, ClientOptions
    from b24desk.core.discovery import PortalOffer
    from b24desk.core.errors import CallError
    from b24desk.core.field_metadata import FieldMeta
    from b24desk.core.paging import Page
    from b24desk.core.param_rows import ParamRow
    from b24desk.core.request import ApiRequest, WirePreview
    from b24desk.core.response import CallResult
    from b24desk.core.secret import Secret
    from b24desk.core.webhook import ParsedURL, Webhook
    from b24desk.storage.app_storage import AppStorage
    from b24desk.storage.history import CallRecord


def wire_preview(webhook: Webhook, request: ApiRequest, *, reveal: bool = False) -> WirePreview:
    """The core's `wire_preview`, its encoder imported on first use rather than before the window shows."""
    from b24desk.core import request as core_request

    return core_request.wire_preview(webhook, request, reveal=reveal)


def required_rows(params: Sequence[Any]) -> dict[str, str]:
    """The core's `required_rows`, imported on first use rather than before the window shows."""
    from b24desk.core import param_rows

    return param_rows.required_rows(params)


SANDBOX_NAME = "sandbox"
EVENT_TOKEN_ID = "events-application-token"  # the keyring entry of the Events tab's token


class MainWindow(QMainWindow):
    """The request builder window."""

    closed = Signal()

    def __init__(
        self, client_options: ClientOptions | None = None, storage: AppStorage | None = None, *, build: bool = True
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("b24desk: Bitrix24 REST request builder"))
        self.resize(1200, 800)
        self.client_options = client_options
        self.storage = storage
        self.built = False
        self._clients: dict[int, B24Client] = {}
        self._pending: tuple[Webhook, ApiRequest, datetime] | None = None
        self._tasks: set[asyncio.Future[None]] = set()
        self._rows_by_method: dict[str, list[ParamRow]] = {}
        self.setCentralWidget(QWidget())  # an empty centre until build() puts the widgets there
        self.language_menu = install_language_menu(self)
        self.request_menu = install_request_menu(self)  # enabled by build(): it works on the editor
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if build:
            self.build()

    def build(self) -> None:
        """Make the widgets, put them in the window and connect them (once; the frame shows without them)."""
        if self.built:
            return
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSplitter, QTabWidget, QVBoxLayout

        from b24desk.ui.events.events_tab import EventsTab
        from b24desk.ui.execute import RequestRunner
        from b24desk.ui.history_panel import HistoryPanel
        from b24desk.ui.method_browser import MethodBrowser
        from b24desk.ui.portal_discovery import PortalDiscovery
        from b24desk.ui.request.request_editor import RequestEditor
        from b24desk.ui.request.url_bar import UrlBar
        from b24desk.ui.result.result_view import ResultView
        from b24desk.ui.webhook_picker import WebhookPicker

        storage = self.storage
        self.picker = WebhookPicker(storage)
        self.webhook_combo = self.picker.combo
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

        run_row = QHBoxLayout()
        run_row.addWidget(self.execute_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.elapsed_label)
        run_row.addWidget(self.progress, 1)
        run_row.addStretch(1)
        request_side = QWidget()
        request_layout = QVBoxLayout(request_side)
        request_layout.addWidget(self.picker)
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
        self.history_panel = HistoryPanel()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.method_browser)
        left.addWidget(self.history_panel)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        self.side_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.side_splitter.addWidget(left)
        self.side_splitter.addWidget(self.splitter)
        self.side_splitter.setStretchFactor(1, 1)
        self.side_splitter.setSizes([300, 900])
        self.events_tab = EventsTab()  # the outgoing-webhook receiver; its token lives in the keyring
        self.events_tab.tokenChanged.connect(self._store_event_token)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.side_splitter, self.tr("Requests"))
        self.tabs.addTab(self.events_tab, self.tr("Events"))
        self.setCentralWidget(self.tabs)

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
        self.picker.webhookChanged.connect(self.refresh_url)
        self.picker.webhookChanged.connect(self._webhook_changed)
        self.picker.historyChanged.connect(self.refresh_history)
        self.picker.message.connect(self.show_message)
        self.result_view.error_panel.updateSecretRequested.connect(self.picker.ask_rotate)
        self.history_panel.reopenRequested.connect(self.reopen)
        self.history_panel.clearRequested.connect(self.clear_history)
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
        self.discovery = PortalDiscovery(self.client_for, storage.paths.cache if storage else None, self)
        self.discovery.offerReady.connect(self._mark_methods)
        self.discovery.fieldsReady.connect(self._use_fields)
        self._base_catalogue: Catalogue | None = None
        self.method_browser.catalogueLoaded.connect(self._remember_catalogue)
        self.method_browser.catalogueLoaded.connect(
            lambda catalogue: self.editor.set_method_names(sorted(m.name for m in catalogue))
        )
        self._restore_layout()
        self.built = True
        self.request_menu.enable()
        self.refresh_url()

    # -- webhooks --------------------------------------------------------------------------------
    def add_webhook(self, name: str, webhook: Webhook, *, select: bool = True) -> None:
        """Offer a webhook for this session (not saved) and select it."""
        from b24desk.ui.webhook_picker import WebhookItem

        self.picker.add_item(WebhookItem(f"{name}  ({webhook.portal.host})", webhook), select=select)

    def add_sandbox(self, webhook_url: str) -> None:
        """Offer the built-in sandbox portal; selected when no other webhook is there."""
        self.picker.add_sandbox(webhook_url)
        self.refresh_url()

    def is_sandbox(self, webhook: Webhook | None) -> bool:
        """Whether a webhook is the built-in sandbox portal's."""
        return any(item.sandbox and item.webhook == webhook for item in self.picker.items)

    def show_note(self, text: str) -> None:
        """A note above the editor (which portal this is, what happened)."""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        """A message about webhooks or storage, in the status bar and below the editor."""
        self.problem_label.setText(text)
        self.statusBar().showMessage(text, 15000)

    def current_webhook(self) -> Webhook | None:
        """The webhook selected in the picker."""
        return self.picker.current_webhook()

    def _remember_catalogue(self, catalogue: Catalogue) -> None:
        if self._base_catalogue is None:
            self._base_catalogue = catalogue
            self.discovery.select(self.current_webhook())

    def _mark_methods(self, offer: PortalOffer) -> None:
        """Mark the methods this webhook may not call, and add those the portal has and the docs lack."""
        if self._base_catalogue is not None:
            self.method_browser.set_catalogue(self._base_catalogue.with_portal(offer.methods))

    def _use_fields(self, method: str, fields: tuple[FieldMeta, ...]) -> None:
        """Typed editors from the portal's field list: types, enumeration items, `select[]` choices."""
        if method.lower() != self.editor.method_edit.text().strip().lower():
            return
        hints: dict[str, str] = {}
        choices: dict[str, list[tuple[str, str]]] = {"select[]": [(meta.name, meta.label) for meta in fields]}
        for meta in fields:
            for prefix in ("fields", "filter"):
                key = f"{prefix}[{meta.name}]"
                hints[key] = meta.type + (" *" if meta.required and prefix == "fields" else "")
                if meta.items:
                    choices[key] = [(item.id, item.value) for item in meta.items]
        self.editor.params.model.set_hints(hints)
        self.editor.params.delegate.choices = choices

    def _webhook_changed(self) -> None:
        if self._base_catalogue is not None:
            self.method_browser.set_catalogue(self._base_catalogue)
            self.discovery.select(self.current_webhook())
        item = self.picker.current()
        if item is not None and item.sandbox:
            self.show_note(
                self.tr(
                    "This is the built-in sandbox portal: demo data on this computer, nothing is sent anywhere. "
                    "Use Add webhook… to work with your own portal."
                )
            )
        elif item is not None and item.problem:
            self.show_note(item.problem)
        else:
            self.show_note("")
        self.refresh_history()

    def _store_event_token(self, token: Secret | None) -> None:
        """Keep the events' application token in the keyring (never in a file)."""
        from b24desk.ui.storage_worker import in_storage_thread

        storage = self.storage
        if storage is None:
            return
        secrets = storage.webhooks.secrets

        async def store() -> None:
            try:
                if token:
                    await in_storage_thread(secrets.set, EVENT_TOKEN_ID, token)
                else:
                    await in_storage_thread(secrets.delete, EVENT_TOKEN_ID)
            except B24DeskError as error:
                self.show_message(str(error))

        self._background(store())

    async def load_event_token(self) -> None:
        """Show the stored application token in the Events tab (read from the keyring in a worker)."""
        from b24desk.ui.storage_worker import in_storage_thread

        if self.storage is None:
            return
        secrets = self.storage.webhooks.secrets
        try:
            token = await in_storage_thread(secrets.get, EVENT_TOKEN_ID)
        except B24DeskError as error:
            self.show_message(str(error))
            return
        if token:
            self.events_tab.set_token(token)

    def refresh_history(self) -> None:
        """Show the selected saved webhook's history and statistics (read in a worker thread)."""
        from b24desk.ui.storage_worker import in_storage_thread

        item, storage = self.picker.current(), self.storage
        if item is None or item.entry_id is None or storage is None:
            self.history_panel.show_history(None)
            self.history_panel.show_statistics(None)
            return
        entry_id = item.entry_id

        async def load() -> None:
            history = await in_storage_thread(storage.history_of, entry_id, limit=200)
            stats = await in_storage_thread(storage.statistics, entry_id)
            if self.picker.current() is item:
                self.history_panel.show_history(history)
                self.history_panel.show_statistics(stats)

        self._background(load())

    def clear_history(self) -> None:
        """Clear the selected saved webhook's history."""
        from b24desk.ui.storage_worker import in_storage_thread

        item, storage = self.picker.current(), self.storage
        if item is None or item.entry_id is None or storage is None:
            return
        entry_id = item.entry_id

        async def clear() -> None:
            await in_storage_thread(storage.clear_history, entry_id)
            self.refresh_history()

        self._background(clear())

    def reopen(self, call: CallRecord) -> None:
        """Load a past call into the editor."""
        from b24desk.core.request import ApiRequest

        params = call.params if isinstance(call.params, dict) else {}
        self.editor.load(ApiRequest(method=call.method, params=params))

    def _background(self, work: Coroutine[Any, Any, None]) -> None:
        import asyncio  # loaded by the app's loop by now; not before the window shows

        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop runs (a synchronous test): nothing to read in the background
            work.close()
            return
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

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
        self.discovery.want_fields(method.name)
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
        from b24desk.core.request import ApiRequest

        known = next((i for i, item in enumerate(self.picker.items) if item.webhook == parsed.webhook), None)
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
        self._pending = (webhook, request, datetime.now(UTC))
        self.runner.run(self.client_for(webhook), request)

    def _on_started(self) -> None:
        self.cancel_button.setEnabled(True)
        self.result_view.show_message(self.tr("Running…"))
        self._tick.start()

    def _show_elapsed(self) -> None:
        self.elapsed_label.setText(self.tr("{s:.1f} s").format(s=time.monotonic() - self.runner.started_at))

    def _record(self, status: int | None, error_code: str | None) -> None:
        """Put the finished call in the webhook's history (saved webhooks only)."""
        if self._pending is None:
            return
        webhook, request, started = self._pending
        self._pending = None
        duration = (datetime.now(UTC) - started).total_seconds() * 1000
        from b24desk.storage.history import CallRecord  # sqlite3 is not needed before the first call

        record = CallRecord(request.method, request.params, status, error_code, duration, started)
        self.picker.record(record, webhook)

    def _on_succeeded(self, result: CallResult, pretty: str) -> None:
        self.result_view.show_result(result, pretty)
        self._record(result.response.status, None)

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
        self._record(200, None)
        self.result_view.finish_rows(
            self.tr("{rows} rows in {requests} requests, {seconds:.1f} s").format(
                rows=rows, requests=requests, seconds=seconds
            )
        )

    def _on_failed(self, error: CallError) -> None:
        self.result_view.show_error(error)
        self._record(error.response.status if error.response else None, error.code)

    def _on_cancelled(self) -> None:
        self._pending = None
        self.result_view.show_message(self.tr("Cancelled. The request is as you left it."))

    def _on_finished(self) -> None:
        self._tick.stop()
        self._show_elapsed()
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    # -- window ----------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        state = settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        side = settings.value("window/side_splitter")
        if side is not None:
            self.side_splitter.restoreState(side)

    async def shutdown(self) -> None:
        """Stop background work and close every connection pool (after the window closed)."""
        import asyncio

        if not self.built:  # closed before it was built: nothing was started
            return
        self.runner.cancel()
        pending = [*self._tasks, *self.discovery.tasks, *self.picker.tasks]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await self.events_tab.shutdown()
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout, stop work, and tell the event loop the window went away."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        if self.built:
            settings.setValue("window/splitter", self.splitter.saveState())
            settings.setValue("window/side_splitter", self.side_splitter.saveState())
            self.runner.cancel()
        self.closed.emit()
        super().closeEvent(event)
