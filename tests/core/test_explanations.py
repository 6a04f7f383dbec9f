"""Error codes and failure families explained in plain words, with what to do."""

from __future__ import annotations

import pytest

from b24desk.core.errors import (
    CallTimeoutError,
    HTTPStatusError,
    NetworkError,
    PortalError,
    ResponseFormatError,
)
from b24desk.core.explanations import explain, explain_code, known_codes
from b24desk.core.response import RawResponse

RAW_502 = RawResponse(502, {"content-type": "text/html"}, b"<html>Bad gateway</html>", 0.1)


def test_invalid_credentials_tells_to_regenerate_under_integrations() -> None:
    text = explain_code("INVALID_CREDENTIALS", "Invalid request credentials").as_text()
    assert "Developer resources > Integrations" in text
    assert "regenerate" in text
    assert "found in public" in text


@pytest.mark.parametrize("code", ["insufficient_scope", "INSUFFICIENT_SCOPE", "Insufficient_Scope"])
def test_codes_match_whatever_their_case(code: str) -> None:
    explanation = explain_code(code)
    assert explanation.code == code
    assert "permission" in explanation.meaning


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("QUERY_LIMIT_EXCEEDED", "2 requests per second"),
        ("OPERATION_TIME_LIMIT", "operating_reset_at"),
        ("ERROR_METHOD_NOT_FOUND", "method browser"),
        ("ACCESS_DENIED", "commercial plan"),
        ("expired_token", "webhook"),
        ("WRONG_AUTH_TYPE", "application"),
        ("ERROR_BATCH_LENGTH_EXCEEDED", "50"),
    ],
)
def test_each_known_code_has_its_own_advice(code: str, words: str) -> None:
    assert words in explain_code(code).as_text()


def test_every_table_entry_has_title_meaning_and_action() -> None:
    assert len(known_codes()) >= 15
    for code in known_codes():
        explanation = explain_code(code, "details")
        assert explanation.title and explanation.meaning and explanation.action
        assert "{" not in explanation.as_text()


def test_unknown_code_shows_the_portal_description() -> None:
    explanation = explain(PortalError("SOMETHING_NEW", "Field X is odd"))
    assert "SOMETHING_NEW" in explanation.title
    assert explanation.meaning == "Field X is odd"


def test_failure_families_are_explained() -> None:
    assert "502" in explain(HTTPStatusError("HTTP 502", response=RAW_502)).title
    assert "HTML" in explain(ResponseFormatError("an HTML page came back")).meaning
    assert "reached" in explain(NetworkError("refused")).title
    assert "30 s" in explain(CallTimeoutError("30 s")).meaning


def test_an_empty_code_is_explained_by_the_description_and_status() -> None:
    explanation = explain_code("", "Not found", status=400)
    assert explanation.code == "HTTP 400"
    assert explanation.meaning == "The portal says: Not found"
    assert "[]" not in explanation.as_text()
