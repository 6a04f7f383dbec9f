"""Saved request files: readable JSON, round trip, older versions read, no secret in them, unchanged files untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings

from b24desk.core.errors import ParamsError
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import (
    SavedRequest,
    load_request,
    load_saved,
    request_from_json,
    request_to_json,
    save_request,
    saved_from_json,
)
from b24desk.core.secret import Secret
from tests.core.request_strategies import saved_requests

SECRET = "k3x9q2w8e7r6t5y4"


def test_round_trip(tmp_path: Path) -> None:
    request = ApiRequest("crm.lead.list", {"filter": {">ID": 10}, "select": ["ID", "TITLE"]}, "GET", True)
    path = tmp_path / "leads.b24.json"
    save_request(path, request, webhook="{{portal}}")
    assert load_request(path) == request
    assert load_saved(path).webhook == "{{portal}}"
    text = path.read_text()
    assert '"method": "crm.lead.list"' in text
    assert "rest/" not in text
    keys = [line.split(":")[0].strip() for line in text.splitlines() if line.startswith('  "')]
    assert keys == ['"format"', '"method"', '"http_method"', '"fetch_all"', '"webhook"', '"params"']


@settings(max_examples=200, deadline=None)
@given(saved=saved_requests)
def test_any_request_comes_back_identical_from_its_file(saved: SavedRequest) -> None:
    assert saved_from_json(request_to_json(saved.request, webhook=saved.webhook)) == saved


def test_version_1_files_are_read_and_newer_versions_are_refused_with_a_reason() -> None:
    old = '{"format": "b24desk-request/1", "method": "profile", "http_method": "GET", "params": {"a": 1}}'
    assert saved_from_json(old) == SavedRequest(ApiRequest("profile", {"a": 1}, "GET"))
    with pytest.raises(ParamsError, match="newer b24desk"):
        saved_from_json('{"format": "b24desk-request/9", "method": "profile"}')


def test_unknown_keys_of_a_later_version_2_file_are_ignored() -> None:
    text = '{"format": "b24desk-request/2", "method": "profile", "notes": "x", "params": {}}'
    assert saved_from_json(text).request == ApiRequest("profile")


def test_saving_an_unchanged_request_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "r.b24.json"
    request = ApiRequest("crm.deal.get", {"id": "{{deal}}"})
    assert save_request(path, request) is True
    os.utime(path, (1_000_000, 1_000_000))
    before = path.read_bytes()
    assert save_request(path, ApiRequest("crm.deal.get", {"id": "{{deal}}"})) is False
    assert path.stat().st_mtime == 1_000_000 and path.read_bytes() == before
    assert save_request(path, ApiRequest("crm.deal.get", {"id": "7"})) is True
    assert path.stat().st_mtime != 1_000_000
    assert [p.name for p in tmp_path.iterdir()] == ["r.b24.json"]  # no temporary file left


def test_no_webhook_secret_reaches_a_file(tmp_path: Path) -> None:
    with pytest.raises(ParamsError, match="never by its URL"):
        request_to_json(ApiRequest("profile"), webhook=f"https://x.bitrix24.com/rest/1/{SECRET}/")
    pasted = {"fields": {"COMMENTS": f"from https://x.bitrix24.com/rest/1/{SECRET}/crm.lead.add.json"}}
    save_request(tmp_path / "r.b24.json", ApiRequest("crm.lead.add", pasted))
    assert SECRET not in (tmp_path / "r.b24.json").read_text()
    typed = ApiRequest("crm.lead.add", {"fields": {"COMMENTS": f"the key is {SECRET}"}})  # a known secret, typed
    assert SECRET not in request_to_json(typed, [Secret(SECRET)])


def test_a_value_json_cannot_hold_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ParamsError, match="cannot be written"):
        save_request(tmp_path / "r.b24.json", ApiRequest("profile", {"a": "\ud800"}))
    with pytest.raises(ParamsError, match="cannot be written"):
        request_to_json(ApiRequest("profile", {"a": float("nan")}))
    assert not (tmp_path / "r.b24.json").exists()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("{", "Expecting"),
        ('{"method": "profile"}', "format"),
        (request_to_json(ApiRequest("x y")), "method name"),
        ('{"format": "b24desk-request/2", "method": "a", "webhook": "https://p/rest/1/s/"}', "never by its URL"),
    ],
)
def test_bad_files_say_what_is_wrong(text: str, needle: str) -> None:
    with pytest.raises(ParamsError, match=needle):
        request_from_json(text, "saved.json")
