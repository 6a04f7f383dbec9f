"""The Events tab's application token kept in the keyring (never in a file): saved on change, shown at start."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from b24desk.core.errors import B24DeskError
from b24desk.storage.errors import KeyringUnavailable
from b24desk.ui.common.storage_worker import in_storage_thread

if TYPE_CHECKING:
    from b24desk.core.secret import Secret
    from b24desk.storage.app_storage import AppStorage
    from b24desk.ui.common.background_tasks import BackgroundTasks
    from b24desk.ui.events.events_tab import EventsTab

EVENT_TOKEN_ID = "events-application-token"  # its keyring entry, beside the saved webhooks' secrets


class EventTokenStore:
    """Saves the tab's token when it changes and puts the saved one back; keyring calls run off the UI thread."""

    def __init__(
        self,
        tab: EventsTab,
        storage: AppStorage | None,
        tasks: BackgroundTasks,
        report: Callable[[str], None],
    ) -> None:
        self._tab = tab
        self._storage = storage
        self._tasks = tasks
        self._report = report  # shows a keyring problem to the user
        tab.tokenChanged.connect(self.store)

    def store(self, token: Secret | None) -> None:
        """Keep `token` in the keyring; None forgets the stored one."""
        storage = self._storage
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
                self._report(str(error))

        self._tasks.start(store())

    async def load(self) -> None:
        """Show the stored token in the tab (read from the keyring in the storage thread)."""
        storage = self._storage
        if storage is None:
            return
        try:
            token = await in_storage_thread(storage.webhooks.secrets.get, EVENT_TOKEN_ID)
        except KeyringUnavailable:
            return  # nothing can have been stored: no alarm at start-up; saving a token or webhook says why
        except B24DeskError as error:
            self._report(str(error))
            return
        if token:
            self._tab.set_token(token)
