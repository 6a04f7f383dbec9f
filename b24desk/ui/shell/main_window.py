"""The main window: webhook, request editor with the live URL, Execute, and the result viewer.

It is made in two steps so the app can show it at once: the constructor makes the frame (title,
geometry, menus, an empty centre) from modules that load quickly, and `build()` imports and makes the
widgets. `MainWindow()` does both; the app passes `build=False`, shows the frame, then builds it.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from b24desk.core.errors import InputError
from b24desk.ui.common.language_menu import install_language_menu
from b24desk.ui.common.next_paint import PaintReports
from b24desk.ui.common.preferences import read_preference, write_preferences
from b24desk.ui.request.request_menu import install_request_menu
from b24desk.ui.shell.first_size import FIRST_SIZE, fit_screen, show_first
from b24desk.ui.tools.tools_menu import install_tools_menu

if TYPE_CHECKING:  # imported by build(), after the frame shows; the client (httpx) on first Execute
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QSplitter

    from b24desk.core.catalogue import Catalogue
    from b24desk.core.catalogue_model import MethodInfo
    from b24desk.core.client import B24Client, ClientOptions
    from b24desk.core.curl_import import ImportedCall
    from b24desk.core.discovery import PortalOffer
    from b24desk.core.field_metadata import FieldMeta
    from b24desk.core.webhook import ParsedURL, Webhook
    from b24desk.storage.app_storage import AppStorage
    from b24desk.storage.history import CallRecord
    from b24desk.ui.events.event_token import EventTokenStore
    from b24desk.ui.events.events_tab import EventsTab
    from b24desk.ui.request.code_view import CodeView


SANDBOX_NAME = "sandbox"


class MainWindow(QMainWindow):
    """The request builder window."""

    closed = Signal()

    def __init__(
        self, client_options: ClientOptions | None = None, storage: AppStorage | None = None, *, build: bool = True
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("b24desk: Bitrix24 REST request builder"))
        self.resize(*FIRST_SIZE)
        self.client_options = client_options
        self.storage = storage
        self.built = False
        self.paint_reports = PaintReports()  # on_next_paint's callbacks, told by paintEvent (no event filter)
        self.hold_background = False  # build(): background work waits for BackgroundTasks.release()
        self._clients: dict[tuple[int, bool], B24Client] = {}
        self.event_token: EventTokenStore | None = None
        self.setCentralWidget(QWidget())  # an empty centre until build() puts the widgets there
        self.language_menu = install_language_menu(self)
        self.restart_requested = False  # the app starts b24desk again once this window has shut down
        self.language_menu.restartRequested.connect(self.restart)
        self.request_menu = install_request_menu(self, self.show_message)  # enabled by build(): the open request
        self.tools_menu = install_tools_menu(self, storage, before=self.language_menu)
        geometry = read_preference("window/geometry")
        self.opens_maximised = False  # a first start on a screen smaller than the first size (show_frame)
        if geometry:
            self.restoreGeometry(geometry)
        else:  # a first start: the default size, or maximised on a smaller screen
            self.opens_maximised = fit_screen(self)
        if build:
            self.build()

    def show_frame(self) -> None:
        """Show the window, maximised when a first start found the screen smaller than its first size
        (ui/shell/first_size.py: shown so, it names no Qt enum before the frame is on screen)."""
        show_first(self, self.opens_maximised)

    def build(self) -> None:
        """Make the parts, arrange them and connect them (once; the frame shows without them)."""
        if self.built:
            return
        self._make_parts()
        self._arrange()
        self._connect()
        self._restore_layout()
        self.built = True
        self.request_menu.enable(self.open_request)
        self.request_menu.save_in_place = self.request_tabs.save_current
        self.request_tabs.message.connect(self.show_message)
        self._dress()
        # the keyboard starts in the method search: typed words find a method (Ctrl+Enter still executes)
        self.method_browser.search_edit.setFocus()

    def _dress(self) -> None:
        """Menus with every key, names for screen readers, zoom and the chosen theme."""
        from b24desk.ui.common.theme import theme
        from b24desk.ui.common.zoom import zoom
        from b24desk.ui.shell.accessible_names import name_controls
        from b24desk.ui.shell.late_pages import dress_late_pages
        from b24desk.ui.shell.menus import install_menus

        self.menus = install_menus(self)  # File, Request, View, Help: every key is an action there
        name_controls(self)  # what a screen reader says for the fields, lists and tables
        zoom().register(self.editor.params.grid, *self.result_view.zoomed())
        dress_late_pages(self)  # the pages made when first shown: JSON, Table, Raw, Headers, Statistics
        if theme().choice != "system":
            theme().apply()

    def _dress_code(self, code: CodeView) -> None:
        from b24desk.ui.common.zoom import zoom
        from b24desk.ui.shell.accessible_names import name_code_controls

        zoom().register(code.code)
        name_code_controls(code)

    def _make_parts(self) -> None:
        """The window's parts, each given what it reads: the open request, the storage, the background tasks."""
        from b24desk.ui.methods.method_browser import MethodBrowser

        self.method_browser = MethodBrowser()
        self.method_browser.load_in_background()  # the catalogue is read while the other parts are made

        from b24desk.ui.common.background_tasks import BackgroundTasks
        from b24desk.ui.common.note_bar import NoteBar
        from b24desk.ui.common.problem_label import ProblemLabel
        from b24desk.ui.methods.portal_discovery import PortalDiscovery
        from b24desk.ui.request.execute_bar import ExecuteBar
        from b24desk.ui.request.open_request import OpenRequest
        from b24desk.ui.request.request_editor import RequestEditor
        from b24desk.ui.request.url_bar import UrlBar
        from b24desk.ui.result.result_view import ResultView
        from b24desk.ui.webhooks.history_panel import HistoryPanel
        from b24desk.ui.webhooks.pasted_webhook_offer import PastedWebhookOffer
        from b24desk.ui.webhooks.webhook_history import WebhookHistory
        from b24desk.ui.webhooks.webhook_picker import WebhookPicker

        storage = self.storage
        # the window's one set of background work (storage, discovery, history, token, receiver): cancelled at shutdown
        self.background = tasks = BackgroundTasks(holding=self.hold_background)
        self.picker = WebhookPicker(storage, client_options=self.client_options, tasks=tasks)
        self.webhook_combo = self.picker.combo
        self.pasted_offer = PastedWebhookOffer(self.picker)
        # every request view reads and writes it; no Qt parent: it outlives the widgets that hold it
        self.open_request = request = OpenRequest()
        self.url_bar = UrlBar(request)
        self.editor = RequestEditor(request)
        self.result_view = ResultView()
        self.execute_bar = ExecuteBar(request, self.result_view, self.result_client_for)
        self.runner = self.execute_bar.runner
        self.execute_button = self.execute_bar.execute_button
        self.cancel_button = self.execute_bar.cancel_button
        self.note_label = NoteBar()
        self.problem_label = ProblemLabel()
        self.history_panel = HistoryPanel()
        self.history = WebhookHistory(self.history_panel, self.picker, request, storage, tasks)
        self._events_tab: EventsTab | None = None  # built when Events is first shown: see events_tab
        self.discovery = PortalDiscovery(self.client_for, storage.paths.cache if storage else None, self, tasks=tasks)
        self._base_catalogue: Catalogue | None = None
        self._make_collection_parts()

    def _make_collection_parts(self) -> None:
        """The collection panel and environment picker, wired to the open request by CollectionWorkbench."""
        from b24desk.ui.collections.collection_panel import CollectionPanel
        from b24desk.ui.collections.collection_workbench import CollectionWorkbench
        from b24desk.ui.collections.environment_picker import EnvironmentPicker
        from b24desk.ui.request.request_tabs import RequestTabs

        self.collection_panel = CollectionPanel()
        self.environment_picker = EnvironmentPicker()
        workspace_file = self.storage.paths.workspace_file if self.storage is not None else None
        self.request_tabs = RequestTabs(
            self.open_request, self, self.background, workspace_file, lambda: self.collection_panel.collection
        )
        self.collections = CollectionWorkbench(
            self.collection_panel,
            self.environment_picker,
            self.open_request,
            self.result_view,
            self.storage,
            self.background,
            self.show_message,
            self.choose_webhook_named,
            self.request_tabs.open_file,
        )

    def _arrange(self) -> None:
        """Put the parts in place (ui/shell/window_layout.py): the request above its result, the rest beside."""
        from b24desk.ui.shell.window_layout import arrange

        self.splitter, self.side_splitter, self.left_splitter, self.tabs, self.events_page = arrange(self)
        self.tabs.currentChanged.connect(self._tab_shown)

    @property
    def events_tab(self) -> EventsTab:
        """The Events tab (the outgoing-webhook receiver), made on first use: the first screen does not show
        it, and its application token is read from the keyring only then."""
        if self._events_tab is None:
            from b24desk.ui.events.event_token import EventTokenStore
            from b24desk.ui.events.events_tab import EventsTab
            from b24desk.ui.shell.accessible_names import name_event_controls

            self._events_tab = tab = EventsTab(tasks=self.background)
            self.event_token = EventTokenStore(tab, self.storage, self.background, self.show_message)
            name_event_controls(tab)
            layout = self.events_page.layout()
            assert layout is not None
            layout.addWidget(tab)
        return self._events_tab

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.events_page and self._events_tab is None:
            self.events_tab  # noqa: B018  (made now, shown in this turn)
            self.background.start(self.load_event_token())  # then the stored token, read off the UI thread

    def _connect(self) -> None:
        """Wire the parts: what happens in one is told to the others (the window keeps no request state)."""
        request = self.open_request
        self.editor.codeMade.connect(self._dress_code)  # the Code tab is made when first shown
        self.execute_bar.callFinished.connect(self.picker.record)
        self.execute_bar.problem.connect(self.problem_label.setText)
        self.picker.webhookChanged.connect(lambda: request.set_webhook(self.picker.current_webhook()))
        self.picker.webhookChanged.connect(self._webhook_changed)
        self.picker.message.connect(self.show_message)
        self.picker.succeeded.connect(self.show_success)
        self.result_view.error_panel.updateSecretRequested.connect(self.picker.ask_rotate)
        self.url_bar.copyRequested.connect(self.copy_url)
        self.url_bar.urlPasted.connect(self.load_url)
        self.url_bar.commandPasted.connect(self.load_command)
        self.method_browser.methodChosen.connect(self._method_picked)
        self.editor.method_edit.editingFinished.connect(self._method_entered)
        self.execute_bar.checks = self._request_problems
        self.discovery.offerReady.connect(self._mark_methods)
        self.discovery.fieldsReady.connect(self._use_fields)
        request.changed.connect(self._want_fields)
        self.method_browser.catalogueLoaded.connect(self._remember_catalogue)
        self.method_browser.catalogueLoaded.connect(self._catalogue_names)
        # loaded after a method was shown (the catalogue reads in the background): its required keys marked now
        self.method_browser.catalogueLoaded.connect(lambda *_: request.set_lookup(self._method_info))
        self.result_view.error_panel.methodChosen.connect(self._use_suggested)
        request.set_lookup(self._method_info)
        request.set_webhook(self.picker.current_webhook())

    def _request_problems(self) -> list[str]:
        """What looks wrong in the open request's rows, asked before Execute sends it."""
        from b24desk.ui.request.send_checks import request_problems  # on the first Execute, not at start-up

        return request_problems(self.editor.params)

    # -- webhooks --------------------------------------------------------------------------------
    def add_webhook(self, name: str, webhook: Webhook, *, select: bool = True) -> None:
        """Offer a webhook for this session (not saved) and select it."""
        from b24desk.ui.webhooks.webhook_list_model import WebhookItem

        self.picker.add_item(WebhookItem(f"{name}  ({webhook.portal.host})", webhook), select=select)

    def add_sandbox(self, webhook_url: str, offer: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> None:
        """Offer the built-in sandbox portal; selected when no other webhook is there. `offer`: its scopes and
        methods, known without asking it (it starts on the first call: choosing it must not start it)."""
        if offer is not None:
            import time

            from b24desk.core.discovery import PortalOffer
            from b24desk.core.webhook import parse_webhook_url

            scopes, methods = offer
            self.discovery.know(parse_webhook_url(webhook_url).webhook, PortalOffer(scopes, methods, time.time()))
        self.picker.add_sandbox(webhook_url)
        self.open_request.set_webhook(self.picker.current_webhook())

    def choose_webhook_named(self, name: str) -> None:
        """Select the saved webhook a collection's request names (nothing when none has that name)."""
        from b24desk.core.errors import B24DeskError

        entry_id = None
        if self.storage is not None:
            with suppress(B24DeskError):  # not saved: said below
                entry_id = self.storage.webhooks.find(name).id
        found = next((i for i, item in enumerate(self.picker.items) if entry_id and item.entry_id == entry_id), None)
        if found is not None:
            self.webhook_combo.setCurrentIndex(found)
        else:
            self.show_message(
                self.tr("The request names the webhook {name!r}, which is not saved here.").format(name=name)
            )

    def is_sandbox(self, webhook: Webhook | None) -> bool:
        """Whether a webhook is the built-in sandbox portal's."""
        return any(item.sandbox and item.webhook == webhook for item in self.picker.items)

    def show_note(self, text: str) -> None:
        """A note above the editor (which portal this is, what happened)."""
        self.note_label.setText(text)

    def show_message(self, text: str) -> None:
        """A message about webhooks or storage, in the status bar and below the editor."""
        self.problem_label.setText(text)
        self.statusBar().showMessage(text, 15000)

    def show_success(self, text: str) -> None:
        """Good news (a connection test that worked), in the status bar and below the editor, not as an error."""
        self.problem_label.show_success(text)
        self.statusBar().showMessage(text, 15000)

    def current_webhook(self) -> Webhook | None:
        """The webhook selected in the picker."""
        return self.picker.current_webhook()

    def _remember_catalogue(self, catalogue: Catalogue) -> None:
        if self._base_catalogue is None:
            self._base_catalogue = catalogue
            self.discovery.select(self.current_webhook())

    def _catalogue_names(self, catalogue: Catalogue) -> None:
        names = sorted(m.name for m in catalogue)
        self.editor.set_method_names(names)
        self.result_view.error_panel.method_names = names  # "did you mean" after ERROR_METHOD_NOT_FOUND

    def _use_suggested(self, name: str) -> None:
        self.editor.method_edit.setText(name)
        self.editor.method_edit.setFocus()

    def _mark_methods(self, offer: PortalOffer) -> None:
        """Mark the methods this webhook may not call, and add those the portal has and the docs lack."""
        if self._base_catalogue is not None:
            marked = self._base_catalogue.with_portal(offer.methods, scopes=offer.scopes)
            self.method_browser.set_catalogue(marked, sandbox=self.is_sandbox(self.current_webhook()))

    def _use_fields(self, method: str, fields: tuple[FieldMeta, ...]) -> None:
        """Typed editors from the portal's field list: types, enumeration items, `select[]` choices."""
        if method.lower() != self.open_request.document.owner.lower():
            return
        from b24desk.core.field_hints import grid_hints

        hints = grid_hints(fields)
        model = self.open_request.model
        model.hints.documented.update(hints.documented)
        model.hints.types.update(hints.types)  # the portal's types win over the docs'
        taken = {key.split("[", 1)[0] for key in model.hints.known}  # the groups this method documents
        portal_keys = {k: hints.types.get(k, "string") for k in hints.documented if k.split("[", 1)[0] in taken}
        model.set_known_keys(portal_keys, replace=False)
        self.editor.params.delegate.choices = hints.choices

    def _webhook_changed(self) -> None:
        if self._base_catalogue is not None:
            if self.method_browser.model.catalogue is not self._base_catalogue:  # unmarked already: not made again
                self.method_browser.set_catalogue(self._base_catalogue)
            self.discovery.select(self.current_webhook())
        item = self.picker.current()
        if item is not None and item.sandbox:
            self.show_note(
                self.tr(
                    "Sandbox: demo data on this computer, nothing is sent anywhere. "
                    "Add webhook… connects your own portal."
                )
            )
        elif item is not None and item.problem:
            self.show_note(item.problem)
        else:
            self.show_note("")
        self.refresh_history()

    async def load_event_token(self) -> None:
        """Show the stored application token in the Events tab (read from the keyring in a worker)."""
        self.events_tab  # noqa: B018  (made first, with its token store)
        assert self.event_token is not None
        await self.event_token.load()

    def refresh_history(self) -> None:
        """Show the selected saved webhook's history and statistics (read in a worker thread)."""
        self.history.refresh()

    def clear_history(self) -> None:
        """Clear the selected saved webhook's history."""
        self.history.clear()

    def reopen(self, call: CallRecord) -> None:
        """Load a past call into the editor."""
        self.history.reopen(call)

    def client_for(self, webhook: Webhook, keep_records: bool = False) -> B24Client:
        """The client (one connection pool) for a webhook, made on first use.

        `keep_records`: the one that runs the user's requests, whose big answers keep their lists of
        records as bytes for the result view (core.record_store); discovery's client decodes everything.
        """
        import dataclasses

        from b24desk.core.client import B24Client, ClientOptions

        key = (id(webhook), keep_records)
        if key not in self._clients:
            options = self.client_options or ClientOptions()
            if keep_records:
                # one keyset chain for the window's fetch-all: ranges fetched at once arrive in bursts
                # (a range's pages wait for the one before), and the UI-stall benchmark showed longer
                # stalls with them (median worst 94 ms against 47, noisy); the CLI and library use them
                options = dataclasses.replace(options, keep_records=True, paging_ranges=1)
            self._clients[key] = B24Client(webhook, options)
        return self._clients[key]

    def result_client_for(self, webhook: Webhook) -> B24Client:
        """The client that runs the user's requests for a webhook (see client_for)."""
        return self.client_for(webhook, keep_records=True)

    # -- request ---------------------------------------------------------------------------------
    def focus_method_search(self) -> None:
        """Put the cursor in the method browser's search field (Ctrl+L)."""
        self.method_browser.search_edit.setFocus()
        self.method_browser.search_edit.selectAll()
        self.method_browser.want_search()

    def _method_picked(self, method: MethodInfo) -> None:
        """A method chosen in the browser: put it in the editor, and the keyboard on what to fill in next."""
        self.choose_method(method)
        self.editor.params.focus_first_empty()

    def choose_method(self, method: MethodInfo) -> None:
        """Open a catalogue method: its own rows come back (a first visit: its required ones)."""
        self.open_request.settle_method(method.name)

    def _method_entered(self) -> None:
        """A method typed and confirmed: "did you mean" when the catalogue does not know it."""
        catalogue = self.method_browser.model.catalogue
        name = self.open_request.document.method
        if catalogue is None or not name:
            return
        if catalogue.get(name) is not None:
            self.problem_label.clear()
            return
        from b24desk.core.method_suggestions import did_you_mean

        close = did_you_mean(catalogue.suggestions(name))
        unknown = self.tr("{method} is not in the method catalogue.").format(method=name)
        self.problem_label.setText(f"{unknown} {close}".strip())

    def _method_info(self, name: str) -> MethodInfo | None:
        """What the browser's catalogue (with the portal's additions) knows of a method (its parameters unknown
        when the catalogue file's line of them is broken: said below the editor)."""
        catalogue = self.method_browser.model.catalogue
        method = catalogue.get(name) if catalogue is not None else None
        if method is not None:
            from b24desk.core.catalogue import CatalogueError  # loaded with the catalogue

            try:
                _ = method.params  # decoded when first read
            except CatalogueError as error:
                self.show_message(str(error))
                return method.replace(params=(), params_known=False)
        return method

    def _want_fields(self) -> None:
        """Ask the portal for the fields of the method whose rows are shown (once per method)."""
        owner = self.open_request.document.owner
        if owner and self._method_info(owner) is not None:
            self.discovery.want_fields(owner)

    def copy_url(self, reveal: bool) -> None:
        """Copy the call URL (with the secret only when asked)."""
        try:
            preview = self.open_request.preview(reveal=reveal)
        except InputError:
            return
        url = preview.url + (f"?{preview.body}" if preview.body else "")
        self.url_bar.copy_text(url)

    def _use_pasted_webhook(self, webhook: Webhook) -> None:
        known = next((i for i, item in enumerate(self.picker.items) if item.webhook == webhook), None)
        if known is None:
            self.pasted_offer.use(webhook)
        else:
            self.webhook_combo.setCurrentIndex(known)

    def load_command(self, imported: ImportedCall) -> None:
        """Load a pasted cURL command: its request (verb, fetch-all too); its webhook, offered if it is new."""
        if imported.webhook is not None:
            self._use_pasted_webhook(imported.webhook)
        self.open_request.load(imported.request)

    def load_url(self, parsed: ParsedURL) -> None:
        """Load a pasted call URL: its method and parameters; its webhook if it is new."""
        self._use_pasted_webhook(parsed.webhook)
        if parsed.method:
            self.open_request.open_call(parsed.method, dict(parsed.params))
            if parsed.with_query:  # what a browser sends for this URL
                self.open_request.set_http_method("GET")

    def execute(self) -> None:
        """Send the open request (a running one is cancelled first)."""
        self.execute_bar.execute()

    # -- window ----------------------------------------------------------------------------------
    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "window/splitter": self.splitter,
            "window/side_splitter": self.side_splitter,
            "window/left_splitter": self.left_splitter,
        }

    def _restore_layout(self) -> None:
        from b24desk.ui.shell.window_layout import restore_splits

        restore_splits(self._splitters(), {key: read_preference(key) for key in self._splitters()})
        folder = read_preference("collection/folder")
        if folder and Path(folder).is_dir():  # the collection shown last time, with its environment
            self.collections.use_collection(Path(folder), read_preference("collection/environment") or None)
        for problem in self.request_tabs.restore():  # the tabs (and unsaved edits) of the last run
            self.show_message(problem)

    def restart(self) -> None:
        """Close in order, then start b24desk again (a new language takes effect)."""
        self.restart_requested = True
        self.close()

    async def shutdown(self) -> None:
        """Stop background work and close every connection pool (after the window closed)."""
        import asyncio

        if not self.built:  # closed before it was built: nothing was started
            return
        self.runner.cancel()
        pending = self.background.pending
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        if self._events_tab is not None:  # never looked at: no receiver was started
            await self._events_tab.shutdown()
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, and tell who waits for the window's next paint (ui/common/next_paint.py)."""
        super().paintEvent(event)
        self.paint_reports.painted()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout, stop work, and tell the event loop the window went away."""
        layout: dict[str, object] = {"window/geometry": self.saveGeometry()}
        if self.built:
            root = self.collections.root
            layout["collection/folder"] = str(root) if root is not None else ""
            layout["collection/environment"] = self.environment_picker.current() or ""
            from b24desk.ui.shell.window_layout import split_states

            self.menus.maximise.set_maximised(False)  # the sizes the parts had, not the folded ones
            layout.update(split_states(self._splitters()))
            self.runner.cancel()
        write_preferences(layout)  # one write of window.ini, not one per splitter
        self.closed.emit()
        super().closeEvent(event)
