"""Execute as one named task on the qasync loop: a new run cancels the old, so no stale answer lands."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import aclosing
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # asyncio: once the app's loop runs (after the first screen), not when the window is built
    import asyncio

    from b24desk.core.client import B24Client

from b24desk.core.errors import CallError, unexpected_failure
from b24desk.core.request import ApiRequest
from b24desk.ui.common.app_loop_demand import need_app_loop


class RequestRunner(QObject):
    """Runs a request through a client and reports by signals; `cancel()` stops it cleanly."""

    started = Signal()
    succeeded = Signal(object)  # CallResult
    pagesStarted = Signal(object)  # the first Page
    pageArrived = Signal(object)  # Page
    pagesFinished = Signal(int, int, float)  # rows, requests, seconds
    failed = Signal(object)  # CallError
    cancelled = Signal()
    finished = Signal()  # after any of the above outcomes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: asyncio.Task[None] | None = None
        self.started_at = 0.0

    @property
    def running(self) -> bool:
        """Whether a request is under way."""
        return self._task is not None and not self._task.done()

    def run(self, client: Callable[[], B24Client], request: ApiRequest) -> asyncio.Task[None]:
        """Start `request` (cancelling one under way) and return its task; `client` makes the client once the
        client's modules are loaded (the first time off this thread, while the run shows as under way)."""
        need_app_loop()  # the idle app runs on Qt's loop: a press may come without passing the window
        import asyncio

        self.cancel()
        self.started_at = time.monotonic()
        self._task = asyncio.ensure_future(self._run(client, request))
        return self._task

    def cancel(self) -> None:
        """Stop the request under way, if any."""
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def _run(self, clients: Callable[[], B24Client], request: ApiRequest) -> None:
        import asyncio

        from b24desk.ui.common.client_warmup import client_loaded  # not at the first screen (asyncio, threads)

        self.started.emit()
        try:
            await client_loaded()
            client = clients()
            if request.fetch_all:
                await self._fetch_all(client, request)
            else:
                result = await client.call(request.method, request.params, use_get=request.http_method == "GET")
                self.succeeded.emit(result)
        except asyncio.CancelledError:
            self.cancelled.emit()
        except CallError as error:
            self.failed.emit(error)
        except Exception as error:  # a bug must still end the run with a message, never on "Running..."
            self.failed.emit(unexpected_failure(error, request.method))
        finally:
            self.finished.emit()

    async def _fetch_all(self, client: B24Client, request: ApiRequest) -> None:
        import asyncio

        rows = requests = 0
        # closed on the way out (a cancel lands here, between pages): the ranges under way stop at once
        async with aclosing(client.fetch_all(request.method, request.params)) as pages:
            async for page in pages:
                if requests == 0:
                    self.pagesStarted.emit(page)
                else:
                    self.pageArrived.emit(page)
                rows, requests = page.fetched, page.requests
                await asyncio.sleep(0)  # let the UI paint between pages
        self.pagesFinished.emit(rows, requests, time.monotonic() - self.started_at)
