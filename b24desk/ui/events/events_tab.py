"""The Events tab: run the outgoing-webhook receiver, list events as they arrive, inspect, save, replay."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from b24desk.core.errors import NetworkError
from b24desk.core.events import ReceivedEvent, from_json_line, masked_body_text, masked_form, to_json_line
from b24desk.core.secret import Secret
from b24desk.core.snippets.handlers import HANDLER_LANGUAGES, handler_skeleton
from b24desk.receiver import DEFAULT_HOST, DEFAULT_PORT, is_loopback
from b24desk.ui.common.background_tasks import BackgroundTasks
from b24desk.ui.common.problem_label import ProblemLabel
from b24desk.ui.common.theme import themed
from b24desk.ui.common.zoom import fit_rows
from b24desk.ui.events.events_model import EventsModel
from b24desk.ui.result.json_tree_model import JsonTreeModel

if TYPE_CHECKING:
    from b24desk.receiver.server import EventReceiver


class EventsTab(QWidget):
    """Receiver controls, the list of received events and the selected event's detail.

    The token is the keyring seam: `tokenChanged(Secret | None)` fires when the user edits it (store it);
    `set_token(secret)` shows a stored one without firing.
    """

    tokenChanged = Signal(object)  # Secret | None: the user edited the token (the keyring store listens)
    listeningChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, tasks: BackgroundTasks | None = None) -> None:
        super().__init__(parent)
        self.receiver: EventReceiver | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._background = tasks if tasks is not None else BackgroundTasks()  # the window's, when it has one
        self._replay_url = ""

        self.host_edit = QLineEdit(DEFAULT_HOST)
        self.host_edit.setToolTip(self.tr("127.0.0.1 keeps the receiver on this computer"))
        self.host_edit.setMaximumWidth(220)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.start_button = QPushButton(self.tr("Start listening"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.url_edit = QLineEdit()
        self.url_edit.setReadOnly(True)
        self.url_edit.setPlaceholderText(self.tr("The handler URL appears here once the receiver runs"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setEnabled(False)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("Application token the portal shows for the outgoing webhook"))
        self.eye_button = QToolButton()
        self.eye_button.setText(self.tr("Show"))
        self.eye_button.setCheckable(True)
        self.nat_label = QLabel(
            self.tr(
                "A cloud Bitrix24 portal cannot reach this computer behind a router (NAT): it needs a public "
                "HTTPS handler URL, for example a tunnel you run that forwards to the address above. "
                "An on-premise portal on the same network, and the sandbox portal, can use it directly. "
                "The portal does not retry: events sent while the receiver is stopped are lost."
            )
        )
        self.nat_label.setWordWrap(True)
        themed(self.nat_label, "background: {note_background}; padding: 6px; border-radius: 4px;")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.model = EventsModel(parent=self)
        self.table = QTableView()
        fit_rows(self.table)  # rows as tall as their text, not the style's 30 px
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((48, 80, 220, 220)):
            header.resizeSection(column, width)
        self.table.verticalHeader().setVisible(False)
        self.tree_model = JsonTreeModel(parent=self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.header().resizeSection(0, 240)
        self.tree.header().resizeSection(1, 380)
        self.problem_label = ProblemLabel()
        self.raw_view = QPlainTextEdit()
        self.raw_view.setReadOnly(True)
        self.headers_view = QPlainTextEdit()
        self.headers_view.setReadOnly(True)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self.tree, self.tr("Data"))
        self.detail_tabs.addTab(self.raw_view, self.tr("Raw body"))
        self.detail_tabs.addTab(self.headers_view, self.tr("Headers"))

        self.save_button = QPushButton(self.tr("Save…"))
        self.load_button = QPushButton(self.tr("Load…"))
        self.replay_button = QPushButton(self.tr("Replay to URL…"))
        self.replay_button.setEnabled(False)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.export_button = QPushButton(self.tr("Export handler skeleton"))
        export_menu = QMenu(self.export_button)
        for language, (title, _) in sorted(HANDLER_LANGUAGES.items()):
            action = export_menu.addAction(self.tr("{title}…").format(title=title))
            action.triggered.connect(lambda _=False, lang=language: self.ask_export_handler(lang))
        self.export_button.setMenu(export_menu)

        listen_row = QHBoxLayout()
        listen_row.addWidget(QLabel(self.tr("Host")))
        listen_row.addWidget(self.host_edit)
        listen_row.addWidget(QLabel(self.tr("Port")))
        listen_row.addWidget(self.port_spin)
        listen_row.addWidget(self.start_button)
        listen_row.addWidget(self.stop_button)
        listen_row.addStretch(1)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.copy_button)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.eye_button)
        form = QFormLayout()
        form.addRow(self.tr("Listen on"), listen_row)
        form.addRow(self.tr("Handler URL"), url_row)
        form.addRow(self.tr("Application token"), token_row)
        file_row = QHBoxLayout()
        for button in (self.save_button, self.load_button, self.replay_button, self.clear_button, self.export_button):
            file_row.addWidget(button)
        file_row.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.problem_label)
        detail_layout.addWidget(self.detail_tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.nat_label)
        layout.addWidget(self.status_label)
        layout.addLayout(file_row)
        layout.addWidget(self.splitter, 1)

        self.start_button.clicked.connect(self._start_clicked)
        self.stop_button.clicked.connect(self._stop_clicked)
        self.copy_button.clicked.connect(self.copy_url)
        self.eye_button.toggled.connect(self._toggle_token)
        self.token_edit.textEdited.connect(self._token_edited)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.save_button.clicked.connect(self.ask_save)
        self.load_button.clicked.connect(self.ask_load)
        self.replay_button.clicked.connect(self.ask_replay)
        self.clear_button.clicked.connect(self.clear)

    # -- token (the seam to the keyring store) -----------------------------------------------------
    def token(self) -> Secret | None:
        """The application token typed or set (None when empty)."""
        text = self.token_edit.text().strip()
        return Secret(text) if text else None

    def set_token(self, token: Secret | None) -> None:
        """Show a token (from the keyring store); does not emit tokenChanged."""
        self.token_edit.setText(token.reveal() if token else "")
        if self.receiver is not None:
            self.receiver.set_token(self.token())

    def _token_edited(self, _: str) -> None:
        token = self.token()
        if self.receiver is not None:
            self.receiver.set_token(token)
        self.tokenChanged.emit(token)

    def _toggle_token(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token_edit.setEchoMode(mode)
        self.eye_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    # -- listening ------------------------------------------------------------------------------------
    def confirm_exposed(self, host: str) -> bool:
        """Ask before binding beyond loopback (tests replace this)."""
        answer = QMessageBox.warning(
            self,
            self.tr("Listen on the network?"),
            self.tr(
                "Listening on {host} lets anyone on your network post events to this computer. "
                "Keep the application token set so that forged events are rejected. Listen anyway?"
            ).format(host=host),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    async def start_listening(self) -> bool:
        """Start the receiver on the chosen host and port; False when refused or it cannot bind."""
        if self.receiver is not None:
            return True
        host = self.host_edit.text().strip() or DEFAULT_HOST
        if not is_loopback(host) and not self.confirm_exposed(host):
            return False
        from b24desk.receiver import EventReceiver  # uvicorn: loaded when first wanted, not at start-up

        receiver = EventReceiver(host, self.port_spin.value(), self.token())
        try:
            await receiver.start()
        except OSError as error:
            self.status_label.setText(
                self.tr("Cannot listen on {host}:{port}: {reason}").format(
                    host=host, port=self.port_spin.value(), reason=error.strerror or error
                )
            )
            return False
        self.receiver = receiver
        self._unsubscribe = receiver.subscribe(self.model.append)
        self.url_edit.setText(receiver.handler_url)
        self.status_label.setText(
            self.tr("Listening. Give the portal this handler URL (or your tunnel's public URL).")
            if self.token() is not None
            else self.tr("Listening. No application token set: events are shown as unchecked, none is rejected.")
        )
        self._set_running(True)
        return True

    async def stop_listening(self) -> None:
        """Stop the receiver (the events stay listed)."""
        receiver, self.receiver = self.receiver, None
        if receiver is None:
            return
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        await receiver.stop()
        self.status_label.setText(self.tr("Stopped. Events the portal sends now are lost (it does not retry)."))
        self._set_running(False)

    async def shutdown(self) -> None:
        """Stop listening and wait for pending work (when the window closes)."""
        await self.stop_listening()
        for task in self._background.pending:
            task.cancel()

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.host_edit.setEnabled(not running)
        self.port_spin.setEnabled(not running)
        self.copy_button.setEnabled(running)
        if not running:
            self.url_edit.clear()
        self.listeningChanged.emit(running)

    def _run(self, coroutine: Coroutine[Any, Any, object]) -> None:
        async def run() -> None:
            await coroutine

        self._background.start(run())

    def _start_clicked(self) -> None:
        self._run(self.start_listening())

    def _stop_clicked(self) -> None:
        self._run(self.stop_listening())

    def copy_url(self) -> None:
        """Copy the handler URL."""
        QGuiApplication.clipboard().setText(self.url_edit.text())

    # -- the selected event -------------------------------------------------------------------------
    def selected_event(self) -> ReceivedEvent | None:
        """The event selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.event_at(rows[0].row()) if rows else None

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.show_event(self.selected_event())

    def show_event(self, event: ReceivedEvent | None) -> None:
        """Show an event's decoded data, raw body and headers (its token masked)."""
        self.replay_button.setEnabled(event is not None)
        if event is None:
            self.tree_model.set_value(None)
            self.raw_view.clear()
            self.headers_view.clear()
            self.problem_label.clear()
            return
        self.tree_model.set_value(masked_form(event))
        self.tree.expandToDepth(2)
        self.raw_view.setPlainText(masked_body_text(event))
        headers = [f"{event.method} {event.path}", *(f"{k}: {v}" for k, v in event.headers.items())]
        self.headers_view.setPlainText("\n".join([*headers, "", self.tr("From: {source}").format(source=event.source)]))
        self.problem_label.setText(event.malformed)

    # -- files, replay, export ------------------------------------------------------------------------
    def save_events(self, path: Path) -> int:
        """Write the listed events to a JSON lines file (tokens masked); how many."""
        events = self.model.events
        path.write_text("".join(to_json_line(e) + "\n" for e in events), encoding="utf-8")
        return len(events)

    def load_events(self, path: Path) -> int:
        """Add the events saved in a JSON lines file to the list; how many (ValueError on a bad line)."""
        loaded = [from_json_line(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for event in loaded:
            self.model.append(event)
        return len(loaded)

    def clear(self) -> None:
        """Empty the list."""
        self.model.clear()
        self.show_event(None)

    def ask_save(self) -> None:
        """Ask for a file and save the events to it."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save events"), "events.jsonl", self.tr("JSON lines (*.jsonl)")
        )
        if name:
            try:
                count = self.save_events(Path(name))
            except OSError as error:
                self.status_label.setText(self.tr("Cannot save: {error}").format(error=error))
                return
            self.status_label.setText(self.tr("Saved {count} events (tokens masked).").format(count=count))

    def ask_load(self) -> None:
        """Ask for a saved file and list its events."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load events"), "", self.tr("JSON lines (*.jsonl)"))
        if name:
            try:
                count = self.load_events(Path(name))
            except (OSError, ValueError, TypeError, KeyError, AttributeError, json.JSONDecodeError) as error:
                self.status_label.setText(self.tr("Cannot load {name}: {error}").format(name=name, error=error))
                return
            self.status_label.setText(self.tr("Loaded {count} events.").format(count=count))

    def ask_replay(self) -> None:
        """Ask for a URL and replay the selected event to it."""
        event = self.selected_event()
        if event is None:
            return
        url, ok = QInputDialog.getText(
            self, self.tr("Replay event"), self.tr("Send the event to this handler URL:"), text=self._replay_url
        )
        if ok and url.strip():
            self._replay_url = url.strip()
            self._run(self.replay_event(event, self._replay_url))

    async def replay_event(self, event: ReceivedEvent, url: str) -> int | None:
        """Send an event to `url` with the token set here; the handler's status (None when it did not answer)."""
        self.status_label.setText(self.tr("Replaying to {url}…").format(url=url))
        from b24desk.receiver import replay  # httpx: loaded when first wanted

        try:
            status = await replay(event, url, self.token())
        except NetworkError as error:
            self.status_label.setText(str(error))
            return None
        self.status_label.setText(
            self.tr("Replayed {event}: the handler answered {status}.").format(event=event.name or "—", status=status)
        )
        return status

    def export_handler(self, language: str, path: Path) -> None:
        """Write the handler skeleton for `language` to `path`."""
        path.write_text(handler_skeleton(language), encoding="utf-8")

    def ask_export_handler(self, language: str) -> None:
        """Ask where to save a handler skeleton and write it."""
        suffix = HANDLER_LANGUAGES[language][1]
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export handler skeleton"), f"handler{suffix}")
        if name:
            try:
                self.export_handler(language, Path(name))
            except OSError as error:
                self.status_label.setText(self.tr("Cannot save: {error}").format(error=error))
                return
            self.status_label.setText(
                self.tr("Saved {name}. It reads the token from B24_APPLICATION_TOKEN.").format(name=name)
            )
