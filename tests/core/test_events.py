"""Decoding, verifying, saving and replaying outgoing-webhook events (the receiver's pure part)."""

from __future__ import annotations

from typing import Any

from b24desk.core.events import ReceivedEvent, from_json_line, read_event, replay_body, to_json_line
from b24desk.core.query import decode, encode
from b24desk.core.secret import Secret

TOKEN = "s3cr3tt0k3n000000000000000000abc"
FORM: dict[str, Any] = {
    "event": "ONCRMLEADADD",
    "event_handler_id": "7",
    "data": {"FIELDS": {"ID": "4051"}},
    "ts": "1764064000",
    "auth": {
        "domain": "b24-ab12cd.bitrix24.com",
        "client_endpoint": "https://b24-ab12cd.bitrix24.com/rest/",
        "server_endpoint": "https://oauth.bitrix.info/rest/",
        "member_id": "a" * 32,
        "application_token": TOKEN,
    },
}
FORM_TYPE = "application/x-www-form-urlencoded"


def event(body: bytes, token: str | None = TOKEN, content_type: str = FORM_TYPE) -> ReceivedEvent:
    return read_event(body=body, content_type=content_type, expected_token=Secret(token) if token else None)


def test_a_portal_event_is_decoded_and_accepted() -> None:
    received = event(encode(FORM).encode())
    assert received.name == "ONCRMLEADADD"
    assert received.data == {"FIELDS": {"ID": "4051"}}
    assert received.token_status == "accepted"
    assert received.accepted


def test_a_wrong_or_missing_token_is_rejected_never_accepted() -> None:
    wrong = {**FORM, "auth": {**FORM["auth"], "application_token": "x" * 32}}
    assert event(encode(wrong).encode()).token_status == "rejected"
    without = {k: v for k, v in FORM.items() if k != "auth"}
    assert event(encode(without).encode()).token_status == "missing"
    assert not event(encode(without).encode()).accepted


def test_no_configured_token_means_unchecked() -> None:
    assert event(encode(FORM).encode(), token=None).token_status == "unchecked"


def test_malformed_bodies_are_kept_and_said_so() -> None:
    assert event(b"").malformed == "the body is empty"
    assert "not UTF-8" in event(b"\xff\xfe").malformed
    assert "no 'event'" in event(b"hello=world").malformed
    assert "invalid JSON" in event(b"{", content_type="application/json").malformed
    assert event(b"\xff\xfe").body == b"\xff\xfe"


def test_saved_lines_hold_no_token_and_read_back() -> None:
    received = event(encode(FORM).encode())
    line = to_json_line(received)
    assert TOKEN not in line
    back = from_json_line(line)
    assert back.name == "ONCRMLEADADD"
    assert back.data == received.data
    assert back.token_status == "accepted"
    assert from_json_line(to_json_line(event(b"\xff"))).body == b"\xff"


def test_replay_puts_the_chosen_token_back() -> None:
    back = from_json_line(to_json_line(event(encode(FORM).encode())))
    body = replay_body(back, Secret("new-token"))
    auth: Any = decode(body.decode())["auth"]
    assert auth["application_token"] == "new-token"
    assert decode(body.decode())["data"] == {"FIELDS": {"ID": "4051"}}


def test_answers_and_outcomes_name_every_kind_of_request() -> None:
    from b24desk.core.events import answer_status, refused_event

    assert answer_status(event(encode(FORM).encode())) == 200
    wrong = {**FORM, "auth": {**FORM["auth"], "application_token": "x" * 32}}
    assert answer_status(event(encode(wrong).encode())) == 401
    assert answer_status(event(b"")) == 400
    too_large = refused_event(reason="too large", answer=413, source="10.0.0.5:4000")
    assert too_large.outcome == "too large" and not too_large.accepted
    assert refused_event(reason="flood", answer=429).outcome == "too many"
    assert from_json_line(to_json_line(too_large)).answer == 413


def test_shown_bodies_and_forms_hold_no_token() -> None:
    from b24desk.core.events import masked_body_text, masked_form

    received = event(encode(FORM).encode())
    assert TOKEN not in masked_body_text(received) and "auth%5Bdomain%5D=" in masked_body_text(received)
    assert TOKEN not in str(masked_form(received)) and masked_form(received)["data"] == FORM["data"]
