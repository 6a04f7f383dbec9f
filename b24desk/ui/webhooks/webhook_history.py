"""The selected webhook's past calls (saved, sandbox or pasted) in the History panel: read, cleared and reopened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24desk.core.request import ApiRequest, HttpMethod
from b24desk.ui.common.storage_worker import in_storage_thread

if TYPE_CHECKING:
    from b24desk.storage.app_storage import AppStorage
    from b24desk.storage.history import CallRecord
    from b24desk.ui.common.background_tasks import BackgroundTasks
    from b24desk.ui.request.open_request import OpenRequest
    from b24desk.ui.webhooks.history_panel import HistoryPanel
    from b24desk.ui.webhooks.webhook_picker import WebhookPicker


class WebhookHistory:
    """Shows the history and statistics of the webhook selected in the picker; storage calls run off the UI thread."""

    def __init__(
        self,
        panel: HistoryPanel,
        picker: WebhookPicker,
        open_request: OpenRequest,
        storage: AppStorage | None,
        tasks: BackgroundTasks,
    ) -> None:
        self.panel = panel
        self._picker = picker
        self._open = open_request
        self._storage = storage
        self._tasks = tasks
        panel.reopenRequested.connect(self.reopen)
        panel.clearRequested.connect(self.clear)
        picker.historyChanged.connect(self.refresh)

    def _key(self) -> str | None:
        item, storage = self._picker.current(), self._storage
        if item is None or storage is None:
            return None
        return storage.history_key(item.webhook, entry_id=item.entry_id, sandbox=item.sandbox)

    def refresh(self) -> None:
        """Show the selected webhook's history and statistics, saved or not (read in the storage thread)."""
        item, storage, key = self._picker.current(), self._storage, self._key()
        if item is None or key is None or storage is None:
            self.panel.show_history(None, stored=storage is not None)
            self.panel.show_statistics(None)
            return
        if storage.no_history_yet():  # a first start: nothing to read, sqlite3 not loaded for it
            from b24desk.storage.statistics import no_calls

            self.panel.show_history([])
            self.panel.show_statistics(no_calls())
            return
        from b24desk.storage.history_search import HistoryFilter

        async def load() -> None:
            history = await in_storage_thread(storage.search_history, HistoryFilter(webhook_id=key, limit=200))
            stats = await in_storage_thread(storage.statistics_of_key, key)
            if self._picker.current() is item:  # still selected: another webhook's lists would mislead
                self.panel.show_history(history)
                self.panel.show_statistics(stats)

        self._tasks.start(load())

    def clear(self) -> None:
        """Clear the selected webhook's history."""
        storage, key = self._storage, self._key()
        if key is None or storage is None:
            return

        async def clear() -> None:
            await in_storage_thread(storage.history.clear, key)
            self.refresh()

        self._tasks.start(clear())

    def reopen(self, call: CallRecord) -> None:
        """Open a past call as the request."""
        params = call.params if isinstance(call.params, dict) else {}
        http_method: HttpMethod = "GET" if call.http_method == "GET" else "POST"
        self._open.load(ApiRequest(call.method, params, http_method, call.fetch_all))
