"""Live discovery for the selected webhook: which methods it may call, and its entities' fields.

Runs in the background on the app's loop (through the core client); answers are cached per portal on
disk, so the marks and typed editors are there at once next time, and offline.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from b24desk.core.errors import B24DeskError
from b24desk.ui.common.background_tasks import BackgroundTasks

if TYPE_CHECKING:  # core.discovery (and its field metadata): when a webhook is first asked, not at start-up
    from b24desk.core.client import B24Client
    from b24desk.core.discovery import PortalOffer
    from b24desk.core.field_metadata import FieldMeta
    from b24desk.core.webhook import Webhook


class PortalDiscovery(QObject):
    """Asks the portal (or the cache) and says what it learned by signals."""

    offerReady = Signal(object)  # PortalOffer
    fieldsReady = Signal(str, object)  # method, tuple[FieldMeta, ...]

    def __init__(
        self,
        client_for: Callable[[Webhook], B24Client],
        cache_dir: Path | None,
        parent: Any = None,
        *,
        tasks: BackgroundTasks | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_for = client_for
        self._cache_dir = cache_dir
        self._webhook: Webhook | None = None
        self._offer: PortalOffer | None = None
        self._fields: dict[str, tuple[FieldMeta, ...]] = {}
        self._asked: set[str] = set()  # the field lists asked of this webhook's portal (once each)
        self._known: list[tuple[Webhook, PortalOffer]] = []  # offers known without asking (the sandbox's)
        self._wanted = ""  # the method whose fields were last given out
        self._background = tasks if tasks is not None else BackgroundTasks()  # the window's, when it has one

    def _start(self, work: Coroutine[Any, Any, None]) -> None:
        self._background.start(work)

    def _cache(self) -> Path | None:
        if self._cache_dir is None or self._webhook is None:
            return None
        from b24desk.core.discovery import cache_file

        return cache_file(self._cache_dir, self._webhook)

    def know(self, webhook: Webhook, offer: PortalOffer) -> None:
        """Give this webhook's offer from now on without asking its portal (the sandbox, whose method list is
        known before it runs: asking would start it)."""
        self._known.append((webhook, offer))

    def select(self, webhook: Webhook | None) -> None:
        """Follow the selected webhook: cached answers at once, then fresh ones from the portal."""
        self._webhook, self._offer, self._fields = webhook, None, {}
        self._asked, self._wanted = set(), ""
        if webhook is None:
            return
        known = next((offer for hook, offer in self._known if hook == webhook), None)
        if known is not None:
            self._offer = known
            self.offerReady.emit(known)
            return
        path = self._cache()
        if path is not None:
            from b24desk.core.discovery import load_cache

            self._offer, self._fields = load_cache(path)
            if self._offer is not None:
                self.offerReady.emit(self._offer)
        self._start(self._refresh(webhook))

    async def _refresh(self, webhook: Webhook) -> None:
        from b24desk.core.discovery import discover
        from b24desk.ui.common.client_warmup import client_loaded  # not at the first screen

        try:
            await client_loaded()
            offer = await discover(self._client_for(webhook))
        except B24DeskError:
            return  # an unreachable portal keeps the cached marks (or none); Execute explains errors
        if webhook is self._webhook:
            self._offer = offer
            self._save()
            self.offerReady.emit(offer)

    def want_fields(self, method: str) -> None:
        """Describe the fields of the entity `method` works on (cached, then fresh)."""
        from b24desk.core.discovery import fields_method

        source = fields_method(method)
        if source is None or self._webhook is None or method == self._wanted:
            return
        self._wanted = method
        if source in self._fields:
            self.fieldsReady.emit(method, self._fields[source])
        if source not in self._asked:  # asked once per selected webhook, however often the method comes back
            self._asked.add(source)
            self._start(self._fetch_fields(self._webhook, method, source))

    async def _fetch_fields(self, webhook: Webhook, method: str, source: str) -> None:
        from b24desk.core.discovery import entity_fields
        from b24desk.ui.common.client_warmup import client_loaded

        try:
            await client_loaded()
            metas = await entity_fields(self._client_for(webhook), method)
        except B24DeskError:
            return
        if webhook is self._webhook:
            self._fields[source] = metas
            self._save()
            self.fieldsReady.emit(method, metas)

    def _save(self) -> None:
        path = self._cache()
        if path is not None:
            from b24desk.core.discovery import save_cache

            with contextlib.suppress(OSError):  # a cache that cannot be written costs a request next time
                save_cache(path, self._offer, self._fields)
