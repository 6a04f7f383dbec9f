"""The portal without its HTTP server: data, webhooks, methods, limits, faults, statistics and events."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import partial

from b24desk.sandbox import method_list
from b24desk.sandbox.auth import SandboxWebhook, WebhookRegistry, random_secret
from b24desk.sandbox.batch import serve_batch
from b24desk.sandbox.clock import PortalClock
from b24desk.sandbox.config import SandboxConfig
from b24desk.sandbox.dispatch import BATCH, Dispatcher
from b24desk.sandbox.events import EventBus, EventHandler
from b24desk.sandbox.faults import Faults
from b24desk.sandbox.methods import build_registry
from b24desk.sandbox.operating_time import OperatingTimeAccount
from b24desk.sandbox.rate_limit import QueryLimiter
from b24desk.sandbox.seed_data import seed
from b24desk.sandbox.seed_records import seed_records
from b24desk.sandbox.stats import Stats
from b24desk.sandbox.store import Store
from b24desk.sandbox.validation import ARRAY, ParamRule


class PortalCore:
    """Everything the HTTP layer serves; built from a SandboxConfig."""

    def __init__(self, config: SandboxConfig, *, methods_on_loop: bool = False, check_list: bool = True) -> None:
        """`check_list`: raise RuntimeError when the registry and sandbox.method_list (what the app marks
        before the portal runs) differ; off only for the tool that writes that list."""
        self.config = config
        self.clock = PortalClock.from_text(config.timezone)
        self.store = Store(config.data_file)
        if not self.store.loaded_from_file:
            seed(self.store, config.seed, self.clock)
            seed_records(self.store, config.seed, self.clock.local)
        self.webhooks = WebhookRegistry()
        self.demo_secret = config.secret or random_secret()
        self.demo_webhook = self.webhooks.add(config.user_id, self.demo_secret, config.scopes)
        self.bucket = QueryLimiter(config.rate, config.burst)
        self.operating = OperatingTimeAccount(config.operating_limit)
        self.faults = Faults()
        self.stats = Stats()
        self.events = EventBus(domain=config.domain)
        for handler in config.event_handlers:
            self.events.add_handler(handler.events, handler.url, handler.application_token)
        self.registry = build_registry()
        self.dispatcher = Dispatcher(
            self.registry,
            self.store,
            self.operating,
            self.stats,
            self.events.emit,
            config.operating_cost,
            self.clock,
        )
        self.registry.add(BATCH, "basic", partial(serve_batch, self.dispatcher), (ParamRule("cmd", ARRAY),))
        if check_list:
            method_list.check(self.registry)
        # Methods run one at a time on this thread, off the loop that serves HTTP: the app hosts the
        # sandbox on its UI loop, and a 50-command batch must not freeze the window. A loop that serves
        # nothing else (the CLI's, run_in_thread's) runs them itself: the hop to a thread and back
        # (two wake-ups, a future each way) cost more than a trivial method and the HTTP together.
        self.worker = (
            None if methods_on_loop else ThreadPoolExecutor(max_workers=1, thread_name_prefix="b24desk-sandbox")
        )

    def add_webhook(self, user_id: int, secret: str, scopes: tuple[str, ...] | list[str]) -> SandboxWebhook:
        """Accept another incoming webhook."""
        return self.webhooks.add(user_id, secret, scopes)

    def add_event_handler(
        self, events: list[str] | tuple[str, ...], url: str, application_token: str | None = None
    ) -> EventHandler:
        """Add an outgoing webhook: POST these events to `url` with the application token."""
        return self.events.add_handler(events, url, application_token)

    def close(self) -> None:
        """Stop the worker thread and release the data file."""
        if self.worker is not None:
            self.worker.shutdown(wait=True)
        self.store.close()
