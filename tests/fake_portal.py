"""A tiny Bitrix24-like portal on loopback for storage and CLI tests (the sandbox will replace it).

It answers `profile` and `scope` for one webhook (user id and secret), INVALID_CREDENTIALS (401) for
any other secret, and an HTML page under /html/; it runs in a thread of the test process.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_PATH = re.compile(r"^/rest/(\d+)/([^/]+)/([A-Za-z0-9_.]+?)(?:\.json)?(?:\?.*)?$")


class FakePortal:
    """A running fake portal; `url` is its base address, `secret` the valid secret (changeable)."""

    def __init__(self, user_id: int, secret: str, scopes: tuple[str, ...] = ("crm", "user")) -> None:
        self.user_id, self.secret, self.scopes = user_id, secret, scopes
        self.requests: list[str] = []
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                portal.requests.append(self.path)
                status, body = portal.answer(self.path)
                payload = json.dumps(body).encode() if body is not None else b"<html>login</html>"
                self.send_response(status)
                self.send_header("Content-Type", "application/json" if body is not None else "text/html")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:  # keep URLs out of the output
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def webhook_url(self, secret: str | None = None, user_id: int | None = None) -> str:
        """The base webhook URL for this portal."""
        return f"{self.url}/rest/{user_id or self.user_id}/{secret or self.secret}/"

    def answer(self, path: str) -> tuple[int, dict[str, Any] | None]:
        """The status and JSON body for a request path (None: an HTML page, as a non-portal sends)."""
        if path.startswith("/html/"):
            return 200, None
        match = _PATH.match(path)
        if not match:
            return 404, {"error": "NOT_FOUND", "error_description": "Not found"}
        user_id, secret, method = int(match[1]), match[2], match[3]
        if (user_id, secret) != (self.user_id, self.secret):
            return 401, {"error": "INVALID_CREDENTIALS", "error_description": "Invalid request credentials"}
        if method == "profile":
            return 200, {"result": {"ID": str(self.user_id), "ADMIN": True, "NAME": "Anna"}, "time": {}}
        if method == "scope":
            return 200, {"result": list(self.scopes), "time": {}}
        return 404, {"error": "ERROR_METHOD_NOT_FOUND", "error_description": f"Method not found! {path}"}

    def close(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()
