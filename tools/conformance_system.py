"""The system errors any call may meet (_includes/system-errors.md), provoked against sandboxes.

Each error the sandbox can be made to give has a probe: a call without a webhook (NO_AUTH_FOUND), with
a wrong secret (INVALID_CREDENTIALS), outside the webhook's scopes (insufficient_scope), past the burst
of a portal that allows one request (QUERY_LIMIT_EXCEEDED), plain HTTP to a portal that requires HTTPS
(INVALID_REQUEST "Https required"), a batch too long or nested (in `result_error`, batch.md). Errors of
apps, plans, OAuth tokens and portal outages have no probe: they count as not matched unless listed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from tools.conformance_compare import Item, message_matches

if TYPE_CHECKING:
    from b24desk.sandbox import SandboxPortal

SYSTEM = "(system errors)"  # the name the report and the deviations file give this group


@dataclass(frozen=True)
class Probes:
    """Where the probes call: the demo webhook, a webhook without the department scope, and two portals."""

    webhook_url: str
    base_url: str
    limited_url: str  # its scopes lack `department`
    throttled_url: str  # a portal that allows one request, then answers QUERY_LIMIT_EXCEEDED
    https_required_url: str  # a portal that refuses plain HTTP


Probe = Callable[[httpx.Client, Probes], tuple[int, Any]]


def _answer(response: httpx.Response) -> tuple[int, Any]:
    return response.status_code, response.json()


def _throttled(client: httpx.Client, probes: Probes) -> tuple[int, Any]:
    response = client.post(f"{probes.throttled_url}server.time", json={})
    for _ in range(3):
        response = client.post(f"{probes.throttled_url}server.time", json={})
        if response.status_code != 200:
            break
    return _answer(response)


def _in_batch(commands: dict[str, str]) -> Probe:
    def probe(client: httpx.Client, probes: Probes) -> tuple[int, Any]:
        response = client.post(f"{probes.webhook_url}batch", json={"cmd": commands})
        errors = response.json().get("result", {}).get("result_error") or {}
        last = list(errors.values())[-1] if errors else {}
        return 200, last  # batch.md: the batch answers 200, the command's error is in result_error

    return probe


PROBES: dict[str, Probe] = {
    "NO_AUTH_FOUND": lambda client, probes: _answer(client.post(f"{probes.base_url}/rest/profile.json", json={})),
    "INVALID_CREDENTIALS": lambda client, probes: _answer(
        client.post(probes.webhook_url.rsplit("/", 2)[0] + "/wrongsecret123456/profile.json", json={})
    ),
    "insufficient_scope": lambda client, probes: _answer(client.post(f"{probes.limited_url}department.get", json={})),
    "QUERY_LIMIT_EXCEEDED": _throttled,
    "INVALID_REQUEST": lambda client, probes: _answer(client.post(f"{probes.https_required_url}server.time", json={})),
    "ERROR_BATCH_LENGTH_EXCEEDED": _in_batch({f"c{i}": "server.time" for i in range(51)}),
    "ERROR_BATCH_METHOD_NOT_ALLOWED": _in_batch({"inner": "batch?cmd[0]=server.time"}),
}
IN_BATCH = ("ERROR_BATCH_LENGTH_EXCEEDED", "ERROR_BATCH_METHOD_NOT_ALLOWED")


def check_system_errors(client: httpx.Client, probes: Probes, errors: list[dict[str, Any]]) -> list[Item]:
    """An item per documented system error: provoked, and its status, code and message compared."""
    items = []
    for error in errors:
        status, code, message = error["status"], error["code"], error["message"]
        label = f"system error {status} {code} {message}"
        probe = PROBES.get(code)
        if probe is None:
            items.append(Item(label, False, "no way to provoke it here"))
            continue
        got_status, body = probe(client, probes)
        problems = []
        if code not in IN_BATCH and got_status != status:
            problems.append(f"status {got_status}")
        if body.get("error") != code:
            problems.append(f"code {body.get('error')!r}")
        if not message_matches(message, str(body.get("error_description", ""))):
            problems.append(f"message {body.get('error_description')!r}")
        items.append(Item(label, not problems, ", ".join(problems)))
    return items


@contextmanager
def probe_portals(portal: SandboxPortal, limited_url: str) -> Iterator[Probes]:
    """Two small extra portals (one request allowed; HTTPS required) beside `portal`."""
    from b24desk.sandbox import SandboxConfig, run_in_thread

    with (
        run_in_thread(SandboxConfig(seed=0, rate=0.01, burst=1)) as throttled,
        run_in_thread(SandboxConfig(seed=0, require_https=True)) as strict,
    ):
        yield Probes(portal.webhook_url, portal.base_url, limited_url, throttled.webhook_url, strict.webhook_url)
