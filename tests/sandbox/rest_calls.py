"""How the sandbox tests talk to the portal: real HTTP(S) on loopback with httpx, in the three body forms.

An HTTPS portal is trusted through its own CA (portal.ca_file), as a client of `sandbox --https` does.
"""

from __future__ import annotations

import ssl
from functools import cache
from pathlib import Path
from typing import Any

import httpx

from b24desk.core.query import encode
from b24desk.sandbox import SandboxPortal


@cache
def _context(ca_file: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(ca_file))


def verify(portal: SandboxPortal) -> ssl.SSLContext | bool:
    """What httpx must trust to reach the portal: its CA for HTTPS, the default otherwise."""
    return _context(portal.ca_file) if portal.ca_file is not None else True


def get(portal: SandboxPortal, method: str, params: dict[str, Any] | None = None) -> httpx.Response:
    """GET METHOD.json?QUERY (query encoded as PHP's http_build_query)."""
    query = encode(params) if params else ""
    url = f"{portal.webhook_url}{method}.json" + (f"?{query}" if query else "")
    return httpx.get(url, timeout=10, verify=verify(portal))


def post_form(portal: SandboxPortal, method: str, params: dict[str, Any]) -> httpx.Response:
    """POST a form body with PHP nested keys."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    url = f"{portal.webhook_url}{method}"
    return httpx.post(url, content=encode(params), headers=headers, timeout=10, verify=verify(portal))


def post_json(portal: SandboxPortal, method: str, params: dict[str, Any] | list[Any] | None = None) -> httpx.Response:
    """POST a JSON body (what the official Python SDK sends); a list sends positional params."""
    return httpx.post(f"{portal.webhook_url}{method}", json=params or {}, timeout=10, verify=verify(portal))


def result(response: httpx.Response) -> Any:
    """The `result` of a successful answer (fails the test with the body otherwise)."""
    assert response.status_code == 200, response.text
    return response.json()["result"]
