"""What a local server accepts: its own Host names, no cross-origin page, and a token for control paths.

Both local servers (the sandbox portal and the event receiver) listen on this computer, where any web
page the user opens can send requests to them: a cross-origin `text/plain` POST needs no preflight, and
DNS rebinding lets a page on `evil.example` reach 127.0.0.1 under its own Host name. So:
- Host must be a loopback name or the bound address (plus names the user allows, e.g. a tunnel's);
  a server bound to every interface was exposed on purpose and checks no Host;
- a request with an Origin header (only browsers send one) is refused unless the Origin is one of
  those names;
- control paths (the sandbox's /sandbox/faults and /sandbox/events, which can make it post to any URL)
  need the per-run token, in the X-B24desk-Token header.
Refusals are answered at once (421 for a Host, 403 otherwise) and counted; nothing of them is kept.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

TOKEN_HEADER = "x-b24desk-token"
_TOKEN_KEY = TOKEN_HEADER.encode()
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_ANY = frozenset({"0.0.0.0", "::", ""})


def host_name(value: str) -> str:
    """The name part of a Host header or an Origin's netloc: no port, no brackets, lower case."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value[1:]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class LocalGuard:
    """ASGI middleware in front of a local server's app; see the module docstring."""

    def __init__(
        self,
        app: Any,
        *,
        bound_host: str,
        allowed_hosts: Iterable[str] = (),
        control_paths: Iterable[str] = (),
        control_token: str | None = None,  # revealed by the caller: serving/ imports nothing of b24desk
    ) -> None:
        self.app = app
        self.check_host = bound_host not in _ANY
        self.allowed = LOOPBACK_NAMES | {host_name(bound_host)} | {host_name(h) for h in allowed_hosts}
        self.control_paths = tuple(control_paths)
        self._control_prefixes = tuple(p + "/" for p in self.control_paths)
        self.control_token = control_token
        self.refused = 0  # requests refused here (bad Host, foreign Origin, no token)

    def _refusal(self, scope: dict[str, Any]) -> tuple[int, str] | None:
        # only the three headers asked about are decoded (every request passes here); the last of a
        # repeated header counts, as a dict of them would keep it
        host_value = origin = token = None
        for key, value in scope.get("headers", ()):
            name = key.lower()
            if name == b"host":
                host_value = value
            elif name == b"origin":
                origin = value.decode("latin-1")
            elif name == _TOKEN_KEY:
                token = value
        host = host_name(host_value.decode("latin-1")) if host_value is not None else ""
        if self.check_host and host not in self.allowed:
            return 421, f"Host {host!r} is not this local server's; allowed: {', '.join(sorted(self.allowed))}"
        if origin is not None:
            origin_host = host_name(urlsplit(origin).netloc) if "://" in origin else ""
            if origin_host not in self.allowed:
                return 403, "cross-origin requests from web pages are refused"
        path = str(scope.get("path", ""))
        if path in self.control_paths or path.startswith(self._control_prefixes):
            given = token if token is not None else b""
            expected = self.control_token or ""
            if not expected or not hmac.compare_digest(given, expected.encode("latin-1", errors="replace")):
                return 403, f"control endpoints need this run's token in the {TOKEN_HEADER} header"
        return None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            refusal = self._refusal(scope)
            if refusal is not None:
                self.refused += 1
                status, description = refusal
                body = json.dumps({"error": "ACCESS_DENIED", "error_description": description}).encode()
                headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
