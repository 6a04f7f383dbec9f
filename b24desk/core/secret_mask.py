"""Masking secrets in every form they travel in: plain, URL-encoded, JSON-escaped and base64.

An answer, a snippet or a saved file can hold a secret in any of these forms: PHP's json_encode writes
URLs as `https:\\/\\/...`, a proxy quotes the URL percent-encoded, a log or a malformed event carries
it in base64. `mask_secrets` masks each known secret (every live `Secret`, plus any given) in each form,
and webhook URLs whose secret it does not know by their shape (`/rest/ID/SECRET/`, escaped or encoded).
"""

from __future__ import annotations

import base64
import functools
import json
import re
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

from b24desk.core.secret import MASK_CHAR, MIN_KNOWN_LENGTH, Secret, live_secrets, mask_text

__all__ = ["holds_secret", "mask_secrets", "mask_secrets_bytes"]

# /rest/ID/SECRET in plain, JSON-escaped (\/) and percent-encoded (%2F) spelling
_URL_SHAPES = (  # each with a plain substring that must be there for it to match (a cheap test first)
    ("/rest/", re.compile(r"(/rest/(?:api/)?\d+/)([^/\\\s?#\"'<>&%]+)")),
    ("\\/rest\\/", re.compile(r"(\\/rest\\/(?:api\\/)?\d+\\/)([^/\\\s?#\"'<>&%]+)")),
    ("rest%2", re.compile(r"(%2[Ff]rest%2[Ff](?:api%2[Ff])?\d+%2[Ff])([^/\\\s?#\"'<>&%]+)")),
)


def _base64_cores(raw: bytes) -> set[str]:
    """The parts of base64 text that spell `raw` wherever it sits in a longer encoded value.

    base64 packs 3 bytes into 4 characters, so `raw` encodes three ways depending on its offset; the
    characters that depend on neighbouring bytes are left out of each form.
    """
    cores: set[str] = set()
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + raw).decode()
        skip = (offset * 4 + 2) // 3  # characters touched by the padding bytes before
        whole = (offset + len(raw)) // 3 * 4  # characters of complete groups
        core = encoded[skip:whole]
        if len(core) >= MIN_KNOWN_LENGTH:
            cores.add(core)
            cores.add(core.replace("+", "-").replace("/", "_"))  # the URL-safe alphabet
    return cores


def secret_forms(raw: str) -> dict[str, str]:
    """Every spelling of `raw` worth masking, each with its masked replacement."""
    forms = {raw: mask_text(raw)}
    for encoded in (quote(raw, safe=""), quote_plus(raw), json.dumps(raw)[1:-1]):
        forms.setdefault(encoded, mask_text(encoded))
    for core in _base64_cores(raw.encode()):
        forms.setdefault(core, MASK_CHAR * len(core))
    return forms


def _raw_values(secrets: Iterable[Secret | str]) -> list[str]:
    values = {s.reveal() if isinstance(s, Secret) else s for s in secrets}
    values.update(live_secrets())
    return sorted((v for v in values if len(v) >= MIN_KNOWN_LENGTH), key=len, reverse=True)


def mask_secrets(text: str, secrets: Iterable[Secret | str] = ()) -> str:
    """Mask every known secret (live ones and `secrets`) in every form, and any webhook URL's secret."""
    for raw in _raw_values(secrets):
        for form, masked in secret_forms(raw).items():
            if form in text:
                text = text.replace(form, masked)
    for marker, shape in _URL_SHAPES:
        if marker in text:
            text = shape.sub(lambda m: m.group(1) + mask_text(m.group(2)), text)
    return text


@functools.lru_cache(maxsize=256)
def _byte_forms(raw: str) -> tuple[tuple[bytes, bytes], ...]:
    return tuple((form.encode(), masked.encode()) for form, masked in secret_forms(raw).items())


def mask_secrets_bytes(data: bytes, secrets: Iterable[Secret | str] = ()) -> bytes:
    """`mask_secrets` for an answer's bytes, before they are decoded (lengths may change).

    One scan of `data` per form of each known secret: for a 3 MB answer and ten secrets about 0.1 s,
    so the client does it in a worker thread for big answers (the GIL is let go between scans).
    """
    for raw in _raw_values(secrets):
        for form, masked in _byte_forms(raw):
            if _holds(data, form):
                data = data.replace(form, masked)
    return data


SCAN_WINDOW = 1 << 20  # bytes searched per call: a search holds the GIL, so a worker thread masking a
# 50 MB answer lets the UI thread in between windows (one `in` over it all was a 10-100 ms stall)


def _holds(data: bytes, form: bytes) -> bool:
    """`form in data`, searched a window at a time (windows overlap by the form's length)."""
    if len(data) <= SCAN_WINDOW:
        return form in data
    for start in range(0, len(data), SCAN_WINDOW):
        if data.find(form, start, start + SCAN_WINDOW + len(form) - 1) >= 0:
            return True
    return False


def holds_secret(text: str, secrets: Iterable[Secret | str] = ()) -> bool:
    """Whether `text` holds a known secret in any form (to refuse it where secrets do not belong)."""
    return any(form in text for raw in _raw_values(secrets) for form in secret_forms(raw))
