"""cURL commands and call URLs read back into requests; b24desk's own cURL export comes back identical."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core.curl_import import import_call, import_curl
from b24desk.core.errors import InputError
from b24desk.core.request import ApiRequest
from b24desk.core.snippets.common import SnippetOptions
from b24desk.core.snippets.curl import curl_snippet
from b24desk.core.webhook import parse_webhook_url
from tests.core.request_strategies import requests, wire

BASE = "https://b24-ab12cd.bitrix24.com/rest/1/0example0secret0/"
WEBHOOK = parse_webhook_url(BASE).webhook


@settings(max_examples=150, deadline=None)
@given(request=requests, all_pages=st.booleans(), embed=st.booleans())
def test_the_curl_export_imports_back_to_the_same_request(request: ApiRequest, all_pages: bool, embed: bool) -> None:
    script = curl_snippet(request, WEBHOOK, SnippetOptions(all_pages=all_pages, embed_secret=embed))
    imported = import_curl(script)
    expected = ApiRequest(request.method, request.params, request.http_method, all_pages)
    assert wire(imported.request) == wire(expected)
    assert imported.webhook == (WEBHOOK if embed else None)
    assert imported.webhook_reference is None


def test_string_parameters_come_back_exactly() -> None:
    request = ApiRequest("crm.lead.add", {"fields": {"TITLE": 'O\'Neil & "Sons" $HOME\n50%'}, "select": ["ID"]})
    assert import_curl(curl_snippet(request, WEBHOOK, SnippetOptions())).request == request


@pytest.mark.parametrize(
    ("command", "method", "http_method", "params"),
    [
        (  # GET with a query string, as the docs' examples open
            f"curl '{BASE}crm.deal.list.json?filter[>ID]=3&select[]=ID&select[]=TITLE'",
            "crm.deal.list",
            "GET",
            {"filter": {">ID": "3"}, "select": ["ID", "TITLE"]},
        ),
        (  # the docs' cURL tab: POST with a JSON body
            'curl -X POST \\\n  -H "Content-Type: application/json" \\\n  -H "Accept: application/json" \\\n'
            f'  -d \'{{"fields":{{"TITLE":"Deal","OPPORTUNITY":500,"OPENED":true}}}}\' \\\n  {BASE}crm.deal.add',
            "crm.deal.add",
            "POST",
            {"fields": {"TITLE": "Deal", "OPPORTUNITY": 500, "OPENED": True}},
        ),
        (  # POST form
            f"curl -sS -XPOST {BASE}crm.lead.add.json -d 'fields[TITLE]=A+B' --data 'fields[PHONE][0][VALUE]=%2B49'",
            "crm.lead.add",
            "POST",
            {"fields": {"TITLE": "A B", "PHONE": [{"VALUE": "+49"}]}},
        ),
        (
            f"curl --json '{{\"id\": 5}}' {BASE}crm.lead.get.json",
            "crm.lead.get",
            "POST",
            {"id": 5},
        ),
        (
            f"curl -G {BASE}user.get.json --data-urlencode 'FILTER[NAME]=Анна Мария' --data-raw 'x=@y'",
            "user.get",
            "GET",
            {"FILTER": {"NAME": "Анна Мария"}, "x": "@y"},
        ),
        (
            "curl '{{portal}}/crm.deal.get.json' --data-urlencode 'id={{deal}}'",
            "crm.deal.get",
            "POST",
            {"id": "{{deal}}"},
        ),
        (  # a browser's "Copy as cURL (cmd)" for Windows
            f'curl "{BASE}crm.deal.add.json" ^\r\n  -H "content-type: application/json" ^\r\n'
            '  --data-raw "^{^\\^"fields^\\^":^{^\\^"TITLE^\\^":^\\^"50^% off^\\^",^\\^"N^\\^":5^}^}"',
            "crm.deal.add",
            "POST",
            {"fields": {"TITLE": "50% off", "N": 5}},
        ),
        (
            f"curl $'{BASE}profile.json' -F 'a=1' --form-string 'b=@c'",
            "profile",
            "POST",
            {"a": "1", "b": "@c"},
        ),
    ],
)
def test_commands_as_people_paste_them(command: str, method: str, http_method: str, params: dict[str, object]) -> None:
    imported = import_call(command)
    assert imported.request == ApiRequest(method, params, http_method)  # type: ignore[arg-type]


def test_a_webhook_or_a_variable_in_the_url_is_reported_never_lost() -> None:
    assert import_call(f"curl {BASE}profile.json").webhook == WEBHOOK
    assert import_call("curl '{{portal}}/profile'").webhook_reference == "{{portal}}"
    builder = import_call(f"{BASE}crm.lead.list.json?select[]=ID")  # a URL as the portal's REST builder shows it
    assert builder.request == ApiRequest("crm.lead.list", {"select": ["ID"]}, "GET") and builder.webhook == WEBHOOK


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        ("wget http://x", "No curl command"),
        ("curl -s", "no URL"),
        (f"curl -d @body.txt {BASE}profile", "does not read files"),
        (f"curl --data-urlencode name@file {BASE}profile", "does not read files"),
        (f"curl -T x {BASE}profile", "does not read files"),
        (f"curl --frobnicate {BASE}profile", "--frobnicate"),
        (f"curl -H 'Content-Type: application/json' -d '[1]' {BASE}profile", "not a JSON object"),
        (f"curl '{BASE}profile", "quote is not closed"),
        ("curl https://x.bitrix24.com/rest/1/", "webhook"),
    ],
)
def test_what_cannot_be_read_says_why(command: str, needle: str) -> None:
    with pytest.raises(InputError, match=needle):
        import_call(command)
