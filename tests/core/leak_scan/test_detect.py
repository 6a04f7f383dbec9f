"""Finding secrets in text: every encoding of a webhook URL, application tokens, placeholders left alone."""

from __future__ import annotations

import base64
import json
import string
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core.leak_scan import APPLICATION_TOKEN, WEBHOOK, looks_like_placeholder, scan_text
from b24desk.core.leak_scan.detect import BASE64, JSON_ESCAPED, PLAIN, URL_ENCODED

SECRET = "q7w3e9r2t8y4u6i1"  # b24desk-scan: allow (made up, and the tests below need it bare)
URL = f"https://b24-ab12cd.bitrix24.com/rest/1/{SECRET}/"
TOKEN = "a1b2c3d9e5f6a7b8c0d0e1f2a3b4c5d6"


def _found(text: str) -> list[tuple[str, str]]:
    hits = scan_text(text)
    for hit in hits:
        assert SECRET not in hit.shown and TOKEN not in hit.shown  # shown masked, always
    return [(hit.kind, hit.form) for hit in hits]


def test_a_webhook_url_is_found_in_every_form() -> None:
    assert _found(f"B24={URL}crm.lead.add.json") == [(WEBHOOK, PLAIN)]
    assert _found(f"url={quote(URL, safe='')}") == [(WEBHOOK, URL_ENCODED)]
    assert _found(f"url={quote(quote(URL, safe=''), safe='')}") == [(WEBHOOK, URL_ENCODED)]
    assert _found(json.dumps({"u": URL}).replace("/", "\\/")) == [(WEBHOOK, JSON_ESCAPED)]
    assert _found(base64.b64encode(URL.encode()).decode()) == [(WEBHOOK, BASE64)]
    inner = base64.urlsafe_b64encode(json.dumps({"config": {"hook": URL}}).encode()).decode()
    assert _found(f"blob: {inner}\n") == [(WEBHOOK, BASE64)]


def test_on_premise_urls_with_port_and_prefix_and_the_v3_path() -> None:
    assert _found(f"http://10.0.0.5:8080/portal/rest/7/{SECRET}/user.get") == [(WEBHOOK, PLAIN)]
    assert _found(f"https://crm.example.org/rest/api/7/{SECRET}/tasks.task.get") == [(WEBHOOK, PLAIN)]
    assert _found(f"portal.bitrix24.ru/rest/1/{SECRET}") == [(WEBHOOK, PLAIN)]


def test_application_tokens_in_the_forms_handlers_and_logs_write_them() -> None:
    forms = [
        f"auth[application_token]={TOKEN}&event=ONCRMLEADADD",
        f"auth%5Bapplication_token%5D={TOKEN}",
        f'{{"auth": {{"application_token": "{TOKEN}"}}}}',
        f"    [application_token] => {TOKEN}",
        f"'application_token' => '{TOKEN}',",
        f"B24_APPLICATION_TOKEN={TOKEN}",
    ]
    for text in forms:
        assert [kind for kind, _ in _found(text)] == [APPLICATION_TOKEN], text


def test_placeholders_and_other_apis_are_not_findings() -> None:
    quiet = [
        "https://your-portal.bitrix24.com/rest/USER_ID/SECRET/",
        "https://b24-xxx.bitrix24.com/rest/1/0example0secret0/",
        "https://portal.bitrix24.com/rest/1/xxxxxxxxxxxxxxxx/",
        "https://portal.bitrix24.com/rest/1/abcd1234efgh5678/",
        "https://api.example.com/rest/2/projects/",
        "/rest/1/q7w3e9r2t8y4u6i1/ without a host",
        "auth[application_token]=YOUR_APPLICATION_TOKEN",
        "the word rest and application_token alone",
    ]
    for text in quiet:
        assert scan_text(text) == [], text
    assert looks_like_placeholder("onlyusers5555555") and not looks_like_placeholder(SECRET)


secret_chars = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=16, max_size=16).filter(
    lambda s: not looks_like_placeholder(s)
)
noise = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(secret_chars, st.sampled_from(["plain", "quote", "json", "b64", "b64url"]), noise, noise)
def test_any_generated_secret_is_found_in_any_form_and_never_shown(
    secret: str, form: str, left: str, right: str
) -> None:
    url = f"https://b24-q1w2e3.bitrix24.de/rest/12/{secret}/"
    encoded = {
        "plain": url,
        "quote": quote(url, safe=""),
        "json": url.replace("/", "\\/"),
        "b64": base64.b64encode(url.encode()).decode(),
        "b64url": base64.urlsafe_b64encode(url.encode()).decode(),
    }[form]
    hits = scan_text(f"{left}\n{encoded}\n{right}")
    assert secret in {hit.secret.reveal() for hit in hits}
    assert all(secret not in hit.shown and secret not in repr(hit) for hit in hits)


def test_the_leak_scan_public_names() -> None:
    import b24desk.core.leak_scan as leak_scan

    assert sorted(leak_scan.__all__) == [
        "ALLOW_MARK",
        "APPLICATION_TOKEN",
        "Finding",
        "MAX_BYTES",
        "OwnerLookup",
        "PORTAL_PATH",
        "ScanReport",
        "SecretOwner",
        "WEBHOOK",
        "finding_line",
        "form_label",
        "iter_files",
        "kind_label",
        "looks_like_placeholder",
        "owner_advice",
        "report_json",
        "report_lines",
        "repository_root",
        "scan_git_history",
        "scan_paths",
        "scan_text",
        "summary",
    ]
