"""Forged and malformed posts: bounded before decoding, nothing kept of a refused request, tokens masked."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b24desk.core.events import MAX_FIELDS, decode_event_body, masked_body_text, read_event, to_json_line
from b24desk.core.query import encode
from b24desk.core.secret import Secret
from b24desk.receiver import EventReceiver

TOKEN = "f0rg3dt0k3nabcdefabcdefabcdef012"
FORM_TYPE = {"Content-Type": "application/x-www-form-urlencoded"}
EVENT: dict[str, Any] = {"event": "ONCRMLEADADD", "data": {"FIELDS": {"ID": "7"}}, "auth": {"application_token": TOKEN}}


@pytest_asyncio.fixture
async def receiver() -> AsyncIterator[EventReceiver]:
    async with EventReceiver(port=0, token=Secret(TOKEN), max_rate=10_000.0) as running:
        yield running


@pytest.mark.asyncio
async def test_forged_floods_keep_nothing_and_valid_events_still_pass(receiver: EventReceiver) -> None:
    forged = ("event=ONCRMLEADADD&auth[application_token]=wrong&data[x]=" + "y" * ((1 << 20) - 100)).encode()
    many_keys = "&".join(f"k{i}=v" for i in range(170_000)).encode()
    async with httpx.AsyncClient() as client:
        answers = [
            await client.post(receiver.handler_url, content=forged[: 1 << 20], headers=FORM_TYPE) for _ in range(20)
        ]
        keys = await client.post(receiver.handler_url, content=many_keys[: 1 << 20], headers=FORM_TYPE)
        valid = await client.post(receiver.handler_url, content=encode(EVENT), headers=FORM_TYPE)
    assert {answer.status_code for answer in answers} == {401}
    assert keys.status_code == 400 and valid.status_code == 200
    refused = [event for event in receiver.events if event.answer != 200]
    assert len(refused) == 21 and all(event.body == b"" and not event.headers for event in refused)
    assert "more than 1000 fields" in refused[-1].malformed
    assert receiver.counts == {401: 20, 400: 1, 200: 1}
    assert receiver.events[-1].data == {"FIELDS": {"ID": "7"}}


def test_more_fields_than_php_reads_are_refused_before_decoding() -> None:
    body = "&".join(f"data[k{i}]=v" for i in range(MAX_FIELDS)).encode()
    form, why = decode_event_body(b"event=X&" + body, "application/x-www-form-urlencoded")
    assert form == {} and "more than 1000 fields" in why
    json_body = json.dumps({f"k{i}": 1 for i in range(MAX_FIELDS)}).encode()
    assert "more than 1000 fields" in decode_event_body(json_body, "application/json")[1]


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b'{"data": {"x": 1}}', "no 'event' field"),
        (b"[" * 5000 + b"]" * 5000, "nests too deep"),
        (b'{"event": "X", "n": 1e999999}', "number too large"),
        (b'["event"]', "not an object"),
    ],
)
def test_json_bodies_without_an_event_are_malformed(body: bytes, why: str) -> None:
    event = read_event(body=body, content_type="application/json", expected_token=None)
    assert why in event.malformed


def test_a_token_sent_as_a_list_is_masked_in_saved_lines_and_the_detail() -> None:
    body = f"event=ONCRMLEADADD&auth[application_token][]={TOKEN}&auth[application_token][x]={TOKEN}".encode()
    event = read_event(body=body, content_type="application/x-www-form-urlencoded", expected_token=None)
    assert event.outcome == "unchecked"
    assert TOKEN not in to_json_line(event) and TOKEN not in masked_body_text(event)


def test_a_malformed_body_holding_the_known_token_is_masked_in_base64() -> None:
    token = Secret(TOKEN)  # the receiver's token is a live Secret: masked wherever it is known
    body = b"\xff" + f"auth[application_token]={TOKEN}".encode()
    line = to_json_line(read_event(body=body, content_type="text/plain", expected_token=token))
    saved = json.loads(line)
    assert "body_base64" in saved

    assert TOKEN.encode() not in base64.b64decode(saved["body_base64"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.one_of(
        st.binary(max_size=400),
        st.text(alphabet='[]&=%ae01_.:{}"', max_size=300).map(str.encode),
        st.recursive(
            st.text(max_size=5) | st.integers(),
            lambda inner: st.lists(inner) | st.dictionaries(st.text(max_size=5), inner),
            max_leaves=20,
        ).map(lambda v: json.dumps(v).encode()),
    ),
    content_type=st.sampled_from(["application/x-www-form-urlencoded", "application/json", "text/plain", ""]),
    token=st.sampled_from([None, TOKEN]),
)
def test_fuzz_decoding_never_raises_and_accepts_only_events(body: bytes, content_type: str, token: str | None) -> None:
    event = read_event(body=body, content_type=content_type, expected_token=Secret(token) if token else None)
    assert isinstance(event.form, dict) and isinstance(event.malformed, str)
    if not event.malformed:
        assert "event" in event.form
    if event.accepted and token:
        assert event.token_status == "accepted"
    json.loads(to_json_line(event))  # a saved line is always JSON
