"""Outgoing webhooks: matching changes POST the event form-encoded with the documented fields.

Sources: api-reference/crm/leads/events/on-crm-lead-add.md, api-reference/tasks/events-tasks/on-task-add.md,
_includes/auth-params-in-events.md (an outgoing webhook's `auth` has no tokens).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from b24desk.core.query import decode
from b24desk.sandbox import SandboxPortal
from b24desk.sandbox.events import EventBus
from tests.sandbox.rest_calls import post_json, result


class Receiver:
    """A tiny HTTP server on loopback that keeps what is POSTed to it."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, str]] = []  # (content type, body)
        received = self.posts

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
                received.append((self.headers.get("Content-Type", ""), body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/handler.php"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, count: int, timeout: float = 5.0) -> None:
        """Wait until `count` POSTs arrived."""
        deadline = time.monotonic() + timeout
        while len(self.posts) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(self.posts) >= count, f"got {len(self.posts)} events, wanted {count}"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """An event handler URL on loopback."""
    receiving = Receiver()
    yield receiving
    receiving.server.shutdown()
    receiving.server.server_close()


def test_lead_add_posts_oncrmleadadd(sandbox: SandboxPortal, receiver: Receiver) -> None:
    token = "k5n0w1t0k3nf0rt3sts0000000000000"
    sandbox.add_event_handler(["OnCrmLeadAdd", "ONCRMLEADUPDATE"], receiver.url, token)
    new_id = result(post_json(sandbox, "crm.lead.add", {"fields": {"TITLE": "Event test"}}))
    result(post_json(sandbox, "crm.lead.update", {"id": new_id, "fields": {"TITLE": "Changed"}}))
    result(post_json(sandbox, "crm.deal.add", {"fields": {"TITLE": "not subscribed"}}))
    receiver.wait_for(2)
    time.sleep(0.05)
    assert len(receiver.posts) == 2
    by_event = {decode(body)["event"]: (content_type, body) for content_type, body in receiver.posts}
    assert set(by_event) == {"ONCRMLEADADD", "ONCRMLEADUPDATE"}  # the order of arrival is not promised
    content_type, body = by_event["ONCRMLEADADD"]
    assert content_type == "application/x-www-form-urlencoded"
    form = decode(body)
    assert form["data"] == {"FIELDS": {"ID": str(new_id)}}
    ts = form["ts"]
    assert isinstance(ts, str) and ts.isdigit() and abs(int(ts) - time.time()) < 60
    assert form["event_handler_id"] == "1"
    auth = form["auth"]
    assert isinstance(auth, dict)
    assert set(auth) == {"domain", "client_endpoint", "server_endpoint", "member_id", "application_token"}
    assert auth["application_token"] == token
    assert auth["client_endpoint"] == f"{sandbox.base_url}/rest/"
    assert len(str(auth["member_id"])) == 32
    assert "data%5BFIELDS%5D%5BID%5D=" in body  # PHP bracket keys on the wire
    assert decode(by_event["ONCRMLEADUPDATE"][1])["data"] == {"FIELDS": {"ID": str(new_id)}}


def test_task_add_posts_ontaskadd_and_failures_are_logged_not_retried(
    sandbox: SandboxPortal, receiver: Receiver
) -> None:
    sandbox.add_event_handler(["ONTASKADD"], receiver.url)
    sandbox.add_event_handler(["ONTASKADD"], "http://127.0.0.1:9/unreachable")
    task = result(post_json(sandbox, "tasks.task.add", {"fields": {"TITLE": "Hallo", "RESPONSIBLE_ID": 1}}))["task"]
    receiver.wait_for(1)
    form = decode(receiver.posts[0][1])
    assert form["event"] == "ONTASKADD"
    assert form["data"] == {
        "FIELDS_BEFORE": "undefined",
        "FIELDS_AFTER": {"ID": task["id"]},
        "IS_ACCESSIBLE_BEFORE": "N",
        "IS_ACCESSIBLE_AFTER": "undefined",
    }
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        deliveries = httpx.get(f"{sandbox.base_url}/sandbox/events", headers=sandbox.control_headers).json()[
            "deliveries"
        ]
        if all(d["status"] or d["error"] for d in deliveries):
            break
        time.sleep(0.02)
    assert len(deliveries) == 2
    assert {d["status"] for d in deliveries} == {200, None}
    assert any(d["error"] for d in deliveries)


def test_emit_while_the_portal_is_not_serving_is_logged_not_raised() -> None:
    bus = EventBus(domain="sandbox.example")
    bus.add_handler(["ONCRMLEADADD"], "http://127.0.0.1:9/")
    bus.emit("OnCrmLeadAdd", {"FIELDS": {"ID": "1"}})
    (delivery,) = bus.deliveries
    assert delivery.event == "ONCRMLEADADD" and delivery.error and delivery.status is None


def test_handlers_can_be_added_through_the_endpoint(sandbox: SandboxPortal, receiver: Receiver) -> None:
    url = f"{sandbox.base_url}/sandbox/events"
    headers = sandbox.control_headers
    added = httpx.post(url, json={"events": ["ONCRMDEALADD"], "url": receiver.url}, headers=headers).json()
    assert added["handler_id"] == 1 and len(added["application_token"]) == 32
    assert httpx.post(url, json={"events": "ONCRMDEALADD"}, headers=headers).status_code == 400
    result(post_json(sandbox, "crm.deal.add", {"fields": {"TITLE": "Deal"}}))
    receiver.wait_for(1)
    form = decode(receiver.posts[0][1])
    assert form["event"] == "ONCRMDEALADD"
    auth = form["auth"]
    assert isinstance(auth, dict) and auth["application_token"] == added["application_token"]
