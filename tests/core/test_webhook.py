"""Parsing what people paste as a webhook URL, building call URLs, masking secrets."""

from __future__ import annotations

import pytest

from b24desk.core.errors import WebhookURLError
from b24desk.core.query import Params
from b24desk.core.request import request_from_url
from b24desk.core.secret import Secret, mask_text
from b24desk.core.webhook import (
    EXAMPLE_URL,
    Portal,
    Webhook,
    build_call_url,
    mask_secrets_in,
    parse_webhook_url,
)

SECRET = "k3x9q2w8e7r6t5y4"
BASE = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/"


@pytest.mark.parametrize(
    "pasted",
    [
        BASE,
        BASE.rstrip("/"),
        f"  {BASE}\n",
        f'"{BASE}"',
        f"<{BASE}>",
        BASE.removeprefix("https://"),
        f"{BASE}profile",
        f"{BASE}profile.json",
        f"{BASE}profile.json/",
        f"{BASE}profile/",
        f"{BASE}profile.json#fragment",
    ],
)
def test_every_common_form_of_a_cloud_webhook_is_understood(pasted: str) -> None:
    parsed = parse_webhook_url(pasted)
    assert parsed.webhook.portal == Portal("https", "b24-ab12cd.bitrix24.com")
    assert parsed.webhook.user_id == 1
    assert parsed.webhook.secret.reveal() == SECRET
    assert parsed.method in (None, "profile")
    assert parsed.params == {}


def test_full_call_url_gives_method_and_nested_params() -> None:
    parsed = parse_webhook_url(
        f"{BASE}crm.lead.list.json?select[]=ID&select%5B%5D=TITLE&filter[%3EID]=10&order[ID]=ASC"
    )
    assert parsed.method == "crm.lead.list"
    assert parsed.with_query
    assert request_from_url(parsed).http_method == "GET"  # what a browser sends for this URL
    assert request_from_url(parse_webhook_url(f"{BASE}profile")).http_method == "POST"
    assert parsed.params == {
        "select": ["ID", "TITLE"],
        "filter": {">ID": "10"},
        "order": {"ID": "ASC"},
    }


def test_on_premise_http_with_port_and_sub_path() -> None:
    # b24desk-scan: allow (a made-up secret)
    parsed = parse_webhook_url("http://crm.example.local:8080/portal/rest/27/abc123def/user.get.json")
    portal = parsed.webhook.portal
    assert (portal.scheme, portal.host, portal.port, portal.path_prefix) == (
        "http",
        "crm.example.local",
        8080,
        "/portal",
    )
    assert parsed.webhook.user_id == 27
    assert parsed.method == "user.get"
    assert portal.url == "http://crm.example.local:8080/portal"


def test_ipv6_portal_round_trips() -> None:
    parsed = parse_webhook_url("http://[::1]:8000/rest/1/secretvalue1/")
    assert parsed.webhook.portal.url == "http://[::1]:8000"


@pytest.mark.parametrize(
    ("pasted", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("ftp://portal.bitrix24.com/rest/1/abc/", "https://"),
        ("htp:/portal.bitrix24.com/rest/1/abc/", "https://"),  # a mistyped scheme, not "secret is missing"
        ("https:/portal.bitrix24.com/rest/1/", "https://"),
        ("hxxp:portal.bitrix24.com/rest/1/abc/", "https://"),
        ("https:///rest/1/abc/", "no portal name"),
        ("https://portal.bitrix24.com:99999/rest/1/abc/", "port"),
        ("https://user:pw@portal.bitrix24.com/rest/1/abc/", "user name or password"),
        ("https://portal.bitrix24.com/crm/deal/", "/rest/USER_ID/SECRET/"),
        ("https://portal.bitrix24.com/rest/", "/rest/USER_ID/SECRET/"),
        ("https://portal.bitrix24.com/rest/crm.lead.list", "OAuth"),
        ("https://portal.bitrix24.com/rest/api/1/abc/tasks.task.list", "REST 3.0"),
        ("https://portal.bitrix24.com/rest/admin/abc/", "user id"),
        ("https://portal.bitrix24.com/rest/1/", "secret"),
        ("https://portal.bitrix24.com/rest/1/abc/crm lead", "method name"),
        ("https://portal.bitrix24.com/rest/1/abc/profile.xml", ".json"),
        ("https://portal.bitrix24.com/rest/1/abc/profile/extra", "extra parts"),
    ],
)
def test_bad_urls_say_what_is_wrong_and_show_the_form(pasted: str, reason: str) -> None:
    with pytest.raises(WebhookURLError) as caught:
        parse_webhook_url(pasted)
    message = str(caught.value)
    assert reason in message
    assert EXAMPLE_URL in message


def test_error_text_never_contains_the_secret() -> None:
    with pytest.raises(WebhookURLError) as caught:
        parse_webhook_url(f"https://portal.bitrix24.com/rest/1/{SECRET}/bad method")
    assert SECRET not in str(caught.value)
    assert SECRET not in repr(caught.value)


def test_build_call_url_masks_unless_revealed() -> None:
    webhook = parse_webhook_url(BASE).webhook
    params: Params = {"fields": {"TITLE": "Acme & Co"}, "select": ["ID"]}
    masked = build_call_url(webhook, "crm.lead.add", params)
    revealed = build_call_url(webhook, "crm.lead.add", params, reveal=True)
    query = "fields%5BTITLE%5D=Acme+%26+Co&select%5B0%5D=ID"
    assert revealed == f"{BASE}crm.lead.add.json?{query}"
    assert masked == f"https://b24-ab12cd.bitrix24.com/rest/1/{mask_text(SECRET)}/crm.lead.add.json?{query}"
    assert SECRET not in masked
    assert (
        build_call_url(webhook, "profile") == f"https://b24-ab12cd.bitrix24.com/rest/1/{mask_text(SECRET)}/profile.json"
    )


def test_parse_of_a_built_url_gives_the_same_call() -> None:
    webhook = Webhook(Portal("http", "10.1.2.3", 8443, "/b24"), 5, Secret(SECRET))
    params: Params = {"filter": {"%TITLE": "Ж&Д"}, "start": -1}
    parsed = parse_webhook_url(build_call_url(webhook, "crm.deal.list", params, reveal=True))
    assert parsed.webhook == webhook
    assert parsed.method == "crm.deal.list"
    assert parsed.params == {"filter": {"%TITLE": "Ж&Д"}, "start": "-1"}


def test_build_rejects_a_bad_method_name() -> None:
    webhook = parse_webhook_url(BASE).webhook
    with pytest.raises(WebhookURLError):
        build_call_url(webhook, "crm.lead.add?x=1")


@pytest.mark.parametrize("length", range(0, 70))
def test_masking_never_shows_more_than_a_quarter(length: int) -> None:
    raw = "".join(chr(ord("a") + i % 26) for i in range(length))
    masked = mask_text(raw)
    visible = sum(1 for a, b in zip(raw, masked, strict=False) if a == b)
    assert visible * 4 <= length
    assert len(masked) == max(length, 1)


def test_secret_never_prints_itself() -> None:
    secret = Secret(SECRET)
    webhook = Webhook(Portal("https", "x.bitrix24.com"), 1, secret)
    for text in (
        str(secret),
        repr(secret),
        f"{secret}",
        f"{secret:>30}",
        repr(webhook),
        str(webhook),
        repr(parse_webhook_url(BASE + "profile")),
    ):
        assert SECRET not in text
    assert secret.reveal() == SECRET
    assert secret == Secret(SECRET) and secret != Secret("other")


def test_secret_refuses_pickling() -> None:
    import pickle

    with pytest.raises(TypeError):
        pickle.dumps(Secret(SECRET))


def test_mask_secrets_in_free_text() -> None:
    line = f"GET {BASE}crm.lead.list.json failed; also http://x/b/rest/12/{SECRET}?a=1"
    masked = mask_secrets_in(line)
    assert SECRET not in masked
    assert masked.count(mask_text(SECRET)) == 2
