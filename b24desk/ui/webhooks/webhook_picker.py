"""The webhook picker: the sandbox portal, saved webhooks (secrets in the keyring) and session-only ones.

Every storage call may block (the keyring talks over D-Bus), so each runs in a worker thread.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QToolButton, QWidget

from b24desk.core.errors import B24DeskError, CallError, InputError
from b24desk.storage.errors import KeyringUnavailable
from b24desk.ui.common.background_tasks import BackgroundTasks
from b24desk.ui.common.elided_combo import ElidedComboBox
from b24desk.ui.common.storage_worker import in_storage_thread
from b24desk.ui.webhooks.webhook_actions import WebhookActions
from b24desk.ui.webhooks.webhook_list_model import WebhookItem, WebhookListModel

if TYPE_CHECKING:  # asyncio: once the app's loop runs (after the first screen), not when the window is built
    import asyncio

    from PySide6.QtWidgets import QMessageBox  # the dialogs' classes (and their enums): when first asked

    from b24desk.core.client import ClientOptions
    from b24desk.core.webhook import Webhook  # webhook URLs (urllib.parse): with the first webhook offered
    from b24desk.storage.app_storage import AppStorage
    from b24desk.storage.history import CallRecord


class WebhookPicker(QWidget):
    """Combo of webhooks with Add and a menu of actions on the selected one."""

    webhookChanged = Signal()
    historyChanged = Signal()
    message = Signal(str)  # a problem (shown in the error colour)
    succeeded = Signal(str)  # good news: a test connection that worked

    def __init__(
        self,
        storage: AppStorage | None = None,
        parent: QWidget | None = None,
        *,
        client_options: ClientOptions | None = None,
        tasks: BackgroundTasks | None = None,
    ) -> None:
        super().__init__(parent)
        self.storage = storage
        self.question_box: QMessageBox | None = None  # a question shown without a nested loop, while open
        self.model = WebhookListModel(self)  # the entries; the combo is a view of it
        self.webhook_actions = WebhookActions(
            self.model, storage, self._label, client_options
        )  # no widgets: testable alone
        self._background = tasks if tasks is not None else BackgroundTasks()  # the window's, when it has one
        self.combo = ElidedComboBox()  # a long name ends with … in a narrow window, not mid-letter
        self.combo.setModel(self.model)
        self.combo.setMinimumWidth(220)
        # A long webhook name (or a long translation of the sandbox's) may not widen the window past the screen.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.add_button = QPushButton(self.tr("Add webhook…"))
        self.actions_button = QToolButton()
        self.actions_button.setText(self.tr("Webhook…"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.test_action = QAction(self.tr("Test connection"), menu)
        self.rotate_action = QAction(self.tr("Update secret…"), menu)
        self.rename_action = QAction(self.tr("Rename…"), menu)
        self.notes_action = QAction(self.tr("Notes…"), menu)
        self.duplicate_action = QAction(self.tr("Duplicate…"), menu)
        self.remove_action = QAction(self.tr("Remove"), menu)
        menu.addActions(
            [
                self.test_action,
                self.rotate_action,
                self.rename_action,
                self.notes_action,
                self.duplicate_action,
                self.remove_action,
            ]
        )
        self.actions_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Webhook")))
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.actions_button)
        self.combo.currentIndexChanged.connect(self._changed)
        self.add_button.clicked.connect(self.ask_add)
        self.test_action.triggered.connect(lambda: self._start(self.report_test()))
        self.rotate_action.triggered.connect(self.ask_rotate)
        self.rename_action.triggered.connect(self.ask_rename)
        self.notes_action.triggered.connect(self.ask_notes)
        self.duplicate_action.triggered.connect(self.ask_duplicate)
        self.remove_action.triggered.connect(self.ask_remove)
        self._changed()

    # -- items -----------------------------------------------------------------------------------
    @property
    def items(self) -> list[WebhookItem]:
        """The entries, in the order shown."""
        return self.model.items

    def current(self) -> WebhookItem | None:
        """The selected item."""
        return self.model.item(self.combo.currentIndex())

    def current_webhook(self) -> Webhook | None:
        """The selected webhook (None when none, or when its secret could not be read)."""
        item = self.current()
        return item.webhook if item else None

    def add_item(self, item: WebhookItem, *, select: bool = True, at: int | None = None) -> None:
        """Offer an item (and select it)."""
        before = self.current()
        at = self.model.insert(self.model.rowCount() if at is None else at, item)
        if select or self.combo.count() == 1:
            self.combo.setCurrentIndex(at)
        if self.current() is before:  # a new selection was announced by the combo already (once, not twice:
            self._changed()  # each announcement asks the portal for its methods and reads the history)

    def add_sandbox(self, webhook_url: str) -> None:
        """Offer the built-in sandbox portal first; selected when nothing else is there."""
        from b24desk.core.webhook import parse_webhook_url

        webhook = parse_webhook_url(webhook_url).webhook
        self.add_item(
            WebhookItem(self.tr("Sandbox portal (local demo data)"), webhook, sandbox=True), select=False, at=0
        )

    def _changed(self, _: int = 0) -> None:
        item = self.current()
        saved = item is not None and item.entry_id is not None
        for action in self.actions_button.menu().actions():
            action.setEnabled(saved)
        self.actions_button.setEnabled(saved)
        self.webhookChanged.emit()

    def _label(self, name: str, portal: str, session_only: bool = False) -> str:
        host = portal.split("://", 1)[-1]
        label = f"{name}  ({host})"
        return label + self.tr(" [this session only]") if session_only else label

    async def _run(self, work: Callable[[], Any]) -> Any:
        return await in_storage_thread(work)

    async def load_saved(self) -> None:
        """Read the saved webhooks and their secrets; select the last used one."""
        if self.storage is None:
            return
        saved = await self.webhook_actions.load_saved()
        for problem in self.storage.problems:
            self.message.emit(problem)
        for position, item in enumerate(saved):
            self.add_item(item, select=position == 0)
            if item.problem:
                self.message.emit(item.problem)

    async def save(self, name: str, url: str, *, session_only: bool = False) -> WebhookItem:
        """Save a webhook from a pasted URL (its secret into the keyring) and select it."""
        item = await self.webhook_actions.save(name, url, session_only=session_only)
        self.add_item(item)
        return item

    async def rotate(self, text: str) -> list[str]:
        """Update the selected webhook's secret from a new URL or bare secret; return what changed."""
        lines = await self.webhook_actions.rotate(self.current(), text)
        if lines:
            self._changed()
        return lines

    async def rename(self, new_name: str) -> None:
        """Rename the selected saved webhook."""
        await self.webhook_actions.rename(self.current(), new_name)

    async def notes(self, text: str | None = None) -> str:
        """The selected saved webhook's notes; replaced first when `text` is given."""
        return await self.webhook_actions.notes(self.current(), text)

    def ask_notes(self) -> None:
        """Show the notes for editing, then save them."""
        from PySide6.QtWidgets import QInputDialog

        async def flow() -> None:
            current = await self.notes()
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Webhook notes"), self.tr("Notes:"), current)
            if ok:
                await self.notes(text)

        self._start(flow())

    async def duplicate(self, new_name: str) -> None:
        """Copy the selected saved webhook (secret included) under a new name."""
        copy = await self.webhook_actions.duplicate(self.current(), new_name)
        if copy is not None:
            self.add_item(copy)

    async def remove(self) -> None:
        """Remove the selected saved webhook, its keyring entry and its history."""
        if await self.webhook_actions.remove(self.current()):
            self._changed()

    async def test_connection(self) -> str:
        """Call `profile` and `scope` with the selected saved webhook; store the scopes; say who it is."""
        report = await self.webhook_actions.test_connection(self.current())
        if report is None:
            return ""
        user = report.person or "?"
        return self.tr("Connected as {user}; scopes: {scopes}").format(user=user, scopes=", ".join(report.scopes))

    async def report_test(self) -> None:
        """Test the connection and say how it went, a failure explained in plain words."""
        from b24desk.core.explanations import explain

        try:
            said = await self.test_connection()
        except CallError as error:
            explanation = explain(error)
            self.message.emit(
                self.tr("Test connection failed: {title} ({code}). {meaning} {action}").format(
                    title=explanation.title,
                    code=explanation.code,
                    meaning=explanation.meaning,
                    action=explanation.action,
                )
            )
            return
        if said:
            self.succeeded.emit(said)

    def record(self, call: CallRecord, webhook: Webhook) -> None:
        """Add a finished call to the history of the webhook it went through (in the background).

        Every call is recorded: a saved webhook's under its entry, the sandbox's and a pasted one's
        under their own history keys (storage.app_storage.history_key).
        """
        item = next((i for i in self.items if i.webhook is webhook), None)
        if self.storage is None:
            return
        storage, entry_id = self.storage, item.entry_id if item is not None else None
        sandbox = item is not None and item.sandbox

        def store() -> None:
            if entry_id is not None:
                storage.record_call(entry_id, call, secret=webhook.secret)
            else:
                storage.record_any(webhook, call, sandbox=sandbox)

        async def work() -> None:
            try:
                await self._run(store)
            except B24DeskError as error:
                self.message.emit(str(error))
                return
            self.historyChanged.emit()

        self._background.start(work())

    # -- dialogs ---------------------------------------------------------------------------------
    def _start(self, flow: Awaitable[Any]) -> None:
        async def guarded() -> None:
            try:
                await flow
            except B24DeskError as error:
                self.message.emit(str(error))

        self._background.start(guarded())

    def start(self, flow: Awaitable[Any]) -> None:
        """Run a storage flow in the background; its B24DeskError becomes a message, never a crash."""
        self._start(flow)

    @property
    def tasks(self) -> list[asyncio.Future[None]]:
        """Background storage work under way (the window waits for it when it closes)."""
        return self._background.pending

    def ask_add(self) -> None:
        """Ask for a name and a pasted webhook URL, then save it (offering session-only if the keyring fails)."""
        from PySide6.QtWidgets import QInputDialog

        from b24desk.core.webhook import parse_webhook_url

        url, ok = QInputDialog.getText(
            self,
            self.tr("Add webhook"),
            self.tr("Paste the webhook URL from Developer resources > Integrations:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not url.strip():
            return
        try:
            parsed = parse_webhook_url(url)
        except InputError as error:
            self.message.emit(str(error))
            return
        name, ok = QInputDialog.getText(self, self.tr("Add webhook"), self.tr("Name:"), text=parsed.webhook.portal.host)
        if ok and name.strip():
            self._start(self._save_or_offer_session(name.strip(), url))

    async def _save_or_offer_session(self, name: str, url: str) -> WebhookItem | None:
        try:
            return await self.save(name, url)
        except KeyringUnavailable as error:
            text = self.tr(
                "{problem}\n\nUse this webhook for this session only? Nothing is written to disk; "
                "you will paste it again next time."
            ).format(problem=error)
            if await self._ask(self.tr("Keyring unavailable"), text):
                return await self.save(name, url, session_only=True)
            return None

    async def _ask(self, title: str, text: str) -> bool:
        """A Yes/No question awaited without a nested event loop.

        QMessageBox.question() inside a task runs Qt's loop within the task's step; qasync then steps
        other tasks from inside it ("Cannot enter into task <uvicorn Server.serve()> ...") and the
        window could no longer close. `open()` shows the same window-modal box and returns at once.
        """
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self)
        self.question_box = box
        import asyncio

        answered: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def settle(result: int) -> None:
            if not answered.done():
                answered.set_result(result)

        box.finished.connect(settle)
        box.open()
        try:
            await answered
            return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
        finally:
            self.question_box = None
            box.deleteLater()

    async def keep_pasted(self, pasted: WebhookItem, name: str) -> WebhookItem | None:
        """Save a webhook that came with a pasted call URL, in place of its unsaved entry; None if not saved."""
        if pasted.webhook is None:
            return None
        saved = await self._save_or_offer_session(name, pasted.webhook.base_url(reveal=True))
        if saved is not None and self.model.row_of(pasted) >= 0:
            self.model.remove(pasted)
            self.combo.setCurrentIndex(self.model.row_of(saved))
        return saved

    def ask_rotate(self) -> None:
        """Ask for the new URL or secret (after the portal regenerated it) and update it."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self,
            self.tr("Update secret"),
            self.tr(
                "Paste the new webhook URL (or only the new secret) from Developer resources > Integrations "
                "> the webhook > Edit:"
            ),
            QLineEdit.EchoMode.Password,
        )
        if ok and text.strip():

            async def flow() -> None:
                for line in await self.rotate(text.strip()):
                    self.message.emit(line)

            self._start(flow())

    def ask_rename(self) -> None:
        """Ask for a new name."""
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Rename webhook"), self.tr("New name:"))
        if ok and name.strip():
            self._start(self.rename(name.strip()))

    def ask_duplicate(self) -> None:
        """Ask for the copy's name."""
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Duplicate webhook"), self.tr("Name of the copy:"))
        if ok and name.strip():
            self._start(self.duplicate(name.strip()))

    def ask_remove(self) -> None:
        """Confirm, then remove the saved webhook with its secret and history."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Remove webhook"),
            self.tr("Remove this webhook, its secret from the keyring and its history?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._start(self.remove())
