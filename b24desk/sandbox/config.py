"""The sandbox's settings: where it listens, its limits, the demo webhook's scopes and the data it holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from b24desk.core import portal_limits
from b24desk.sandbox.clock import DEFAULT_TIMEZONE

# Scopes the demo webhook is given when none are named (basic is always granted).
DEFAULT_SCOPES = ("crm", "task", "user", "department", "im", "calendar", "lists")
DEFAULT_SEED = 200


@dataclass(frozen=True, slots=True)
class EventHandlerConfig:
    """An outgoing webhook: the events it listens to, its handler URL and its application token."""

    events: tuple[str, ...]
    url: str
    application_token: str | None = None


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """Everything a sandbox portal needs to start; the defaults imitate a cloud plan (limits.md)."""

    host: str = "127.0.0.1"
    port: int = 0
    rate: float = portal_limits.RATE  # leaky bucket drain per second
    burst: int = portal_limits.BURST  # requests before blocking
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    seed: int = DEFAULT_SEED  # how many leads to seed; other entities scale from it
    data_file: Path | None = None  # SQLite file; None keeps the data in memory
    user_id: int = 1  # the demo webhook's user
    secret: str | None = None  # the demo webhook's secret; random per run when None
    operating_limit: float = portal_limits.OPERATING_TIME  # seconds per method per 10 minutes
    operating_cost: float | None = None  # simulated seconds per call; None counts the measured time
    domain: str = "sandbox.b24desk.local"  # the portal's name in event payloads
    event_handlers: tuple[EventHandlerConfig, ...] = field(default_factory=tuple)
    timezone: str = DEFAULT_TIMEZONE  # the portal's UTC offset, in every date it answers (clock.py)
    tls_dir: Path | None = None  # serve HTTPS with the local CA and certificate kept here (tls.py)
    require_https: bool = False  # answer plain-HTTP calls 400 INVALID_REQUEST "Https required", as the cloud does

    def base_url(self, port: int) -> str:
        """`http(s)://HOST:PORT` of a portal with these settings listening on `port`."""
        scheme = "https" if self.tls_dir is not None else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{port}"

    def webhook_url(self, port: int, secret: str) -> str:
        """The demo webhook's base URL, `http(s)://HOST:PORT/rest/USER/SECRET/` (the secret in full)."""
        return f"{self.base_url(port)}/rest/{self.user_id}/{secret}/"
