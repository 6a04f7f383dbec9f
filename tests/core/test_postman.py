"""Postman v2.1: a collection exported and imported back gives the same requests; imports never write a secret."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core.collection import Collection
from b24desk.core.errors import CollectionError
from b24desk.core.postman import SCHEMA, export_collection, import_postman
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.core.webhook import parse_webhook_url
from tests.core.request_strategies import saved_requests, wire

SECRET = "k3x9q2w8e7r6t5y4"
names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 -_", min_size=1, max_size=10).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(items=st.dictionaries(names, saved_requests, min_size=1, max_size=4), folder=st.booleans())
def test_export_then_import_gives_the_same_requests(items: dict[str, SavedRequest], folder: bool) -> None:
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        source = Collection(Path(first))
        where = source.new_folder(".", "sub") if folder else Path(".")
        for name, saved in items.items():
            source.new_request(where, name, saved)
        document = json.loads(json.dumps(export_collection(source, "CRM")))  # as a file holds it
        assert document["info"]["schema"] == SCHEMA
        assert {"key": "webhook", "value": "", "type": "string"} in document["variable"]
        target = Collection(Path(second))
        import_postman(json.dumps(document), target)
        before = {p.relative_to(source.root): source.load(p) for p in source.request_files()}
        after = {p.relative_to(target.root): target.load(p) for p in target.request_files()}
        assert before.keys() == after.keys()
        for path, saved in before.items():
            got = after[path]
            assert got.webhook == saved.webhook
            if saved.request.http_method == "POST":
                assert got.request == saved.request  # a JSON body keeps every type
            else:
                assert wire(got.request) == wire(saved.request)  # a query holds text, as the portal reads it


POSTMAN = {
    "info": {"name": "Bitrix", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "item": [
        {
            "name": "Leads / add",
            "request": {
                "method": "POST",
                "url": {"raw": f"https://x.bitrix24.com/rest/1/{SECRET}/crm.lead.add.json"},
                "body": {
                    "mode": "urlencoded",
                    "urlencoded": [
                        {"key": "fields[TITLE]", "value": "From Postman"},
                        {"key": "fields[COMMENTS]", "value": f"pasted by mistake: {SECRET}"},
                        {"key": "fields[NOTE]", "value": "off", "disabled": True},
                    ],
                },
            },
        },
        {
            "name": "Deals",
            "item": [
                {
                    "name": "list",
                    "request": {
                        "method": "GET",
                        "url": {
                            "raw": "{{base}}/crm.deal.list?filter[CATEGORY_ID]={{pipeline}}",
                            "query": [{"key": "filter[CATEGORY_ID]", "value": "{{pipeline}}"}],
                        },
                    },
                },
                {"name": "get", "request": "{{base}}/crm.deal.get.json?id=5"},
                {
                    "name": "update",
                    "request": {
                        "method": "POST",
                        "url": "{{base}}/crm.deal.update",
                        "body": {"mode": "formdata", "formdata": [{"key": "id", "value": "5", "type": "text"}]},
                    },
                },
            ],
        },
    ],
    "variable": [{"key": "base", "value": ""}],
}


def test_a_postman_collection_becomes_folders_and_files_without_its_secret(tmp_path: Path) -> None:
    collection = Collection(tmp_path)
    result = import_postman(json.dumps(POSTMAN), collection, source="bitrix.json")
    assert result.webhooks == [parse_webhook_url(f"https://x.bitrix24.com/rest/1/{SECRET}/").webhook]
    assert result.variables == ["base"]
    loaded = {p.relative_to(tmp_path).as_posix(): collection.load(p) for p in collection.request_files()}
    assert loaded == {
        "Leads - add.b24.json": SavedRequest(
            ApiRequest(
                "crm.lead.add", {"fields": {"TITLE": "From Postman", "COMMENTS": "pasted by mistake: k3************y4"}}
            ),
            None,
        ),
        "Deals/list.b24.json": SavedRequest(
            ApiRequest("crm.deal.list", {"filter": {"CATEGORY_ID": "{{pipeline}}"}}, "GET"), "{{base}}"
        ),
        "Deals/get.b24.json": SavedRequest(ApiRequest("crm.deal.get", {"id": "5"}, "GET"), "{{base}}"),
        "Deals/update.b24.json": SavedRequest(ApiRequest("crm.deal.update", {"id": "5"}), "{{base}}"),
    }
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text()


@pytest.mark.parametrize(
    ("text", "needle"), [("{", "not JSON"), ('{"info": {}, "item": []}', "not a Postman collection v2.1")]
)
def test_what_is_not_a_postman_collection_says_so(text: str, needle: str, tmp_path: Path) -> None:
    with pytest.raises(CollectionError, match=needle):
        import_postman(text, Collection(tmp_path), source="x.json")
