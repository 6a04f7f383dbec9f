"""What can be done to the webhooks of the picker's list, without a widget or a dialog.

Each action is a coroutine over the storage and the list model: storage calls run on the storage
thread (the keyring can block), and the model is told of every change, so the views follow. The
picker asks its questions with dialogs and hands the answers here; tests call these directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from b24desk.core.errors import B24DeskError
from b24desk.ui.common.storage_worker import in_storage_thread
from b24desk.ui.webhooks.webhook_list_model import WebhookItem, WebhookListModel

if TYPE_CHECKING:
    from b24desk.core.client import ClientOptions
    from b24desk.core.connection import ConnectionReport
    from b24desk.core.webhook import Webhook
    from b24desk.storage.app_storage import AppStorage

Label = Callable[[str, str, bool], str]  # name, portal, session only -> the text the picker shows


class WebhookActions:
    """Load, save, rotate, rename, annotate, duplicate, remove and test webhooks of one list model."""

    def __init__(
        self,
        model: WebhookListModel,
        storage: AppStorage | None,
        label: Label,
        client_options: ClientOptions | None = None,
    ) -> None:
        self.model = model
        self.storage = storage
        self.label = label
        self.client_options = client_options  # how Test connection calls the portal (as Execute does)

    @staticmethod
    async def _run(work: Callable[[], Any]) -> Any:
        return await in_storage_thread(work)

    def _saved(self, item: WebhookItem | None) -> tuple[str, AppStorage] | None:
        """The entry id and the storage when `item` is a saved webhook, else None."""
        if item is None or item.entry_id is None or self.storage is None:
            return None
        return item.entry_id, self.storage

    async def load_saved(self) -> list[WebhookItem]:
        """The saved webhooks with their secrets, last used first (an unreadable secret: its problem)."""
        storage = self.storage
        if storage is None:
            return []

        def read() -> list[WebhookItem]:
            items = []
            entries = sorted(storage.webhooks.entries(), key=lambda e: e.used_at or "", reverse=True)
            for entry in entries:
                try:
                    webhook: Webhook | None = storage.webhooks.webhook(entry.id)
                    problem = ""
                except B24DeskError as error:
                    webhook, problem = None, str(error)
                label = self.label(entry.name, entry.portal, False)
                items.append(WebhookItem(label, webhook, entry.id, problem=problem))
            return items

        items: list[WebhookItem] = await self._run(read)
        return items

    async def save(self, name: str, url: str, *, session_only: bool = False) -> WebhookItem:
        """A webhook from a pasted URL, its secret saved into the keyring (or kept for this session)."""
        from b24desk.core.webhook import parse_webhook_url

        parsed = parse_webhook_url(url)
        storage = self.storage
        if storage is None:
            return WebhookItem(self.label(name, parsed.webhook.portal.url, True), parsed.webhook)
        entry = await self._run(lambda: storage.webhooks.add(name, parsed.webhook, session_only=session_only))
        return WebhookItem(self.label(entry.name, entry.portal, session_only), parsed.webhook, entry.id)

    async def rotate(self, item: WebhookItem | None, text: str) -> list[str]:
        """Update a saved webhook's secret from a new URL or bare secret; return what changed."""
        saved = self._saved(item)
        if item is None or saved is None:
            return []
        entry_id, storage = saved
        result = await self._run(lambda: storage.webhooks.rotate(entry_id, text))
        item.webhook = await self._run(lambda: storage.webhooks.webhook(entry_id))
        item.label, item.problem = self.label(result.entry.name, result.entry.portal, False), ""
        self.model.changed(item)
        lines: list[str] = result.messages()
        return lines

    async def rename(self, item: WebhookItem | None, new_name: str) -> None:
        """Rename a saved webhook."""
        saved = self._saved(item)
        if item is None or saved is None:
            return
        entry_id, storage = saved
        entry = await self._run(lambda: storage.webhooks.rename(entry_id, new_name))
        item.label = self.label(entry.name, entry.portal, False)
        self.model.changed(item)

    async def notes(self, item: WebhookItem | None, text: str | None = None) -> str:
        """A saved webhook's notes; replaced first when `text` is given."""
        saved = self._saved(item)
        if saved is None:
            return ""
        entry_id, storage = saved
        if text is None:
            entry = await self._run(lambda: storage.webhooks.find(entry_id))
        else:
            entry = await self._run(lambda: storage.webhooks.edit(entry_id, notes=text))
        notes: str = entry.notes
        return notes

    async def duplicate(self, item: WebhookItem | None, new_name: str) -> WebhookItem | None:
        """A copy of a saved webhook (secret included) under a new name; None when `item` is not saved."""
        saved = self._saved(item)
        if item is None or saved is None:
            return None
        entry_id, storage = saved
        entry = await self._run(lambda: storage.webhooks.duplicate(entry_id, new_name))
        return WebhookItem(self.label(entry.name, entry.portal, False), item.webhook, entry.id)

    async def remove(self, item: WebhookItem | None) -> bool:
        """Remove a saved webhook, its keyring entry and its history, and take it out of the list."""
        saved = self._saved(item)
        if item is None or saved is None:
            return False
        entry_id, storage = saved
        await self._run(lambda: storage.remove_webhook(entry_id))
        self.model.remove(item)
        return True

    async def test_connection(self, item: WebhookItem | None) -> ConnectionReport | None:
        """Call `profile` and `scope` with a saved webhook and store the scopes; a failure raises its CallError.

        The calls go through the client on this loop (no thread).
        """
        saved = self._saved(item)
        if item is None or saved is None or item.webhook is None:
            return None
        from b24desk.ui.common.client_warmup import client_loaded

        await client_loaded()  # httpx: off this thread the first time
        from b24desk.core.connection import check_connection

        entry_id, storage = saved
        report = await check_connection(item.webhook, self.client_options)
        await self._run(lambda: storage.webhooks.record_scopes(entry_id, report.scopes))
        return report
