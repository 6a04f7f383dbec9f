"""Saved request files: readable JSON, round trip, no webhook in them, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from b24desk.core.errors import ParamsError
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import load_request, request_from_json, request_to_json, save_request


def test_round_trip(tmp_path: Path) -> None:
    request = ApiRequest("crm.lead.list", {"filter": {">ID": 10}, "select": ["ID", "TITLE"]}, "GET", True)
    path = tmp_path / "leads.b24.json"
    save_request(path, request)
    assert load_request(path) == request
    assert '"method": "crm.lead.list"' in path.read_text()
    assert "rest/" not in path.read_text()


@pytest.mark.parametrize(
    ("text", "needle"),
    [("{", "Expecting"), ('{"method": "profile"}', "format"), (request_to_json(ApiRequest("x y")), "method name")],
)
def test_bad_files_say_what_is_wrong(text: str, needle: str) -> None:
    with pytest.raises(ParamsError, match=needle):
        request_from_json(text, "saved.json")
