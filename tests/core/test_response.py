"""Decoding answers into results or the error family that says what went wrong (no network needed)."""

from __future__ import annotations

import json

import pytest

from b24desk.core.client import parse_envelope
from b24desk.core.errors import HTTPStatusError, PortalError, ResponseFormatError
from b24desk.core.response import RawResponse, TimeInfo

TIME = {
    "start": 1764064000.1,
    "finish": 1764064000.2,
    "duration": 0.1,
    "processing": 0.05,
    "date_start": "2026-11-25T10:00:00+00:00",
    "date_finish": "2026-11-25T10:00:00+00:00",
    "operating": 1.5,
    "operating_reset_at": 1764064600,
}


def raw(status: int, body: object, content_type: str = "application/json") -> RawResponse:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return RawResponse(status, {"content-type": content_type}, data, 0.01)


def test_list_envelope() -> None:
    result = parse_envelope(
        "crm.lead.list", raw(200, {"result": [{"ID": "1"}], "total": 120, "next": 50, "time": TIME})
    )
    assert result.result == [{"ID": "1"}]
    assert (result.total, result.next) == (120, 50)
    assert result.time.operating == 1.5
    assert result.time.operating_reset_at == 1764064600
    assert result.time.date_start == "2026-11-25T10:00:00+00:00"


def test_scalar_result_and_missing_time_fields() -> None:
    result = parse_envelope("crm.lead.update", raw(200, {"result": True, "time": {"start": 1.0}}))
    assert result.result is True
    assert result.total is None and result.next is None
    assert result.time.start == 1.0 and result.time.operating is None


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (401, {"error": "INVALID_CREDENTIALS", "error_description": "Invalid request credentials"}),
        (401, {"error": "insufficient_scope", "error_description": "The request requires higher privileges"}),
        (404, {"error": "ERROR_METHOD_NOT_FOUND", "error_description": "Method not found!"}),
        (503, {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}),
        (200, {"error": "ERROR_CORE", "error_description": "odd but seen"}),
    ],
)
def test_portal_errors_keep_code_description_and_status(status: int, body: dict[str, str]) -> None:
    with pytest.raises(PortalError) as caught:
        parse_envelope("x", raw(status, body))
    assert caught.value.error_code == body["error"]
    assert caught.value.description == body["error_description"]
    assert caught.value.status == status
    assert caught.value.response is not None and caught.value.response.body


def test_rest_v3_error_shape() -> None:
    body = {"error": {"code": "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION", "message": "Denied"}}
    with pytest.raises(PortalError) as caught:
        parse_envelope("x", raw(403, body))
    assert caught.value.error_code.endswith("ACCESSDENIEDEXCEPTION")


def test_html_error_page_is_an_http_error() -> None:
    with pytest.raises(HTTPStatusError) as caught:
        parse_envelope("x", raw(502, b"<html><body>502 Bad Gateway</body></html>", "text/html"))
    assert caught.value.code == "HTTP_502"
    assert "Bad Gateway" in str(caught.value)


def test_html_page_with_200_is_a_format_error() -> None:
    with pytest.raises(ResponseFormatError, match="HTML"):
        parse_envelope("x", raw(200, b"<!DOCTYPE html><title>Login</title>", "text/html"))


def test_truncated_json_says_where() -> None:
    with pytest.raises(ResponseFormatError, match="cut off or malformed at character 22"):
        parse_envelope("x", raw(200, b'{"result": [{"ID": "1"'))


@pytest.mark.parametrize("body", [b"", b"   ", b"[1, 2]", b'{"total": 1}'])
def test_empty_or_shapeless_answers(body: bytes) -> None:
    with pytest.raises(ResponseFormatError):
        parse_envelope("x", raw(200, body))


def test_time_block_fields_of_the_wrong_type_are_left_out() -> None:
    odd = {**TIME, "start": True, "finish": "1764064000.2", "operating": None, "date_start": 17, "duration": 3}
    time = TimeInfo.from_json(odd)
    assert (time.start, time.finish, time.operating, time.date_start) == (None, None, None, None)
    assert time.duration == 3.0 and isinstance(time.duration, float)
    assert time.date_finish == TIME["date_finish"] and time.operating_reset_at == 1764064600.0
    assert TimeInfo.from_json(["not", "a", "block"]) == TimeInfo()
