"""Secrets masked in every form: plain, URL-encoded, JSON-escaped, base64 at any offset, URLs by shape."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from b24desk.core import secret_mask
from b24desk.core.secret import Secret
from b24desk.core.secret_mask import holds_secret, mask_secrets, mask_secrets_bytes

RAW = "k3x9q2w8e7r6t5y4"


@given(prefix=st.binary(max_size=7), suffix=st.binary(max_size=7), urlsafe=st.booleans())
def test_base64_of_text_holding_the_secret_is_masked_at_any_offset(prefix: bytes, suffix: bytes, urlsafe: bool) -> None:
    encode = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    text = encode(prefix + RAW.encode() + suffix).decode()
    masked = mask_secrets(text, (Secret(RAW),))
    assert masked != text and not holds_secret(masked, (RAW,))


def test_each_plain_form_is_masked_and_ordinary_text_is_left_alone() -> None:
    url = f"https://p.example/rest/1/{RAW}/profile.json"
    forms = [RAW, quote(url, safe=""), json.dumps(url.replace("/", "\\/")), url.replace("/", "\\/")]
    for form in forms:
        assert RAW not in mask_secrets(f"see {form} here", (RAW,)), form
    assert mask_secrets("an ordinary sentence, 12345678", (RAW,)) == "an ordinary sentence, 12345678"
    assert mask_secrets_bytes(f'{{"x": "{RAW}"}}'.encode(), (RAW,)) == b'{"x": "k3************y4"}'


def test_unknown_secrets_in_webhook_urls_are_masked_by_shape_in_every_spelling() -> None:
    other = "zz9unknownsecret77"
    for text in (
        f"https://h/rest/5/{other}/x.json",
        f"https:\\/\\/h\\/rest\\/5\\/{other}\\/x.json",
        quote(f"https://h/rest/5/{other}/x.json", safe=""),
    ):
        assert other not in mask_secrets(text)


def test_every_live_secret_is_known_without_being_passed() -> None:
    alive = Secret("l1v3s3cr3tv4lu3xyz")
    assert "l1v3s3cr3tv4lu3xyz" not in mask_secrets("echo l1v3s3cr3tv4lu3xyz")
    del alive


def test_a_value_only_compared_is_not_a_known_secret() -> None:
    guess = Secret("crm.lead.list", known=False)  # e.g. a secret guessed in a request path
    assert mask_secrets("crm.lead.list") == "crm.lead.list"
    del guess


def test_a_big_answer_is_searched_window_by_window_without_missing_a_secret_across_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(secret_mask, "SCAN_WINDOW", 16)
    secret = "windowsecret12345"
    for offset in range(40):  # the secret starting anywhere: inside one window, or across two
        body = b"x" * offset + secret.encode() + b"y" * 50
        masked = mask_secrets_bytes(body, [secret])
        assert secret.encode() not in masked and len(masked) >= offset
    assert mask_secrets_bytes(b"z" * 100, [secret]) == b"z" * 100


def test_secrets_compare_by_value_and_never_equal_a_plain_string() -> None:
    raw = "k3abcdefghijy4"
    assert Secret(raw) == Secret(raw) and hash(Secret(raw)) == hash(Secret(raw))
    assert Secret(raw) != Secret(raw[:-1] + "5") and Secret(raw) != Secret(raw + "x")
    assert Secret(raw) != raw
    assert len({Secret(raw), Secret(raw), Secret("другой-секрет-1")}) == 2  # non-ASCII compared as bytes


def test_sandbox_secrets_are_16_lowercase_letters_or_digits_and_differ() -> None:
    from b24desk.sandbox.auth import random_secret

    drawn = {random_secret() for _ in range(50)}
    assert len(drawn) == 50
    assert all(len(s) == 16 and s.isascii() and s.isalnum() and s == s.lower() for s in drawn)
