"""Finding Bitrix24 secrets in text: webhook URLs with their secret, and outgoing-webhook application tokens.

A webhook URL is found in the forms it takes in real files: plain, URL-encoded (`%2F`, also twice
encoded), JSON-escaped (`\\/`), and base64 of any of these. The search is anchored on the `rest`
segment (a few C-speed regex passes over the whole text, no per-line Python loop); the host is then
read backwards from there, so a long run of letters cannot make the search quadratic.

Placeholders are not secrets: documentation and tests write `SECRET`, `0example0secret0`,
`xxxxxxxx`, `abcd1234...`. `looks_like_placeholder` says which tokens are not worth a finding; a
line that holds `b24desk-scan: allow`, and the line after it, are skipped on purpose (a made-up
URL kept in a test).
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from b24desk.core.secret import Secret, mask_text

__all__ = [
    "ALLOW_MARK",
    "APPLICATION_TOKEN",
    "BASE64",
    "JSON_ESCAPED",
    "PLAIN",
    "URL_ENCODED",
    "WEBHOOK",
    "Hit",
    "allowed_lines",
    "looks_like_placeholder",
    "might_hold_secret",
    "scan_text",
]

ALLOW_MARK = "b24desk-scan: allow"

WEBHOOK = "webhook"
APPLICATION_TOKEN = "application_token"
PLAIN, URL_ENCODED, JSON_ESCAPED, BASE64 = "plain", "URL-encoded", "JSON-escaped", "base64"

_SLASH = r"(?:/|%2[Ff]|%252[Ff]|\\/|\\\\/)"
_COLON = r"(?::|%3[Aa]|%253[Aa])"
_REST = re.compile(
    rf"{_SLASH}rest{_SLASH}(?:api{_SLASH})?(?P<user>\d{{1,10}}){_SLASH}(?P<secret>[A-Za-z0-9]{{6,64}})(?![A-Za-z0-9_])"
)
# What stands before `/rest/`, read at the end of a short window: scheme, host (a dotted name,
# localhost or an IP), port, and up to four path segments of an on-premise prefix.
_BEFORE = re.compile(
    rf"(?:(?P<scheme>https?){_COLON}{_SLASH}{_SLASH}|(?<![A-Za-z0-9.%-])|(?<=%2F)|(?<=%2f))"
    rf"(?P<host>localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?:{_COLON}\d{{1,5}})?"
    rf"(?:{_SLASH}[A-Za-z0-9._~-]{{1,64}}){{0,4}}\Z"
)
_WINDOW = 300
_TOKEN = re.compile(
    r"(?i)application_token(?:\]|%5D|\\?[\"'])?\s*(?:=>|[:=]|%3D)\s*(?:\\?[\"'])?(?P<secret>[A-Za-z0-9]{16,64})(?![A-Za-z0-9_])"
)
_PLACEHOLDER_WORDS = (
    "secret",
    "token",
    "example",
    "your",
    "test",
    "fake",
    "dummy",
    "sample",
    "placeholder",
    "webhook",
    "hook",
    "changeme",
    "redacted",
    "masked",
)
_RUN_OF_FOUR = re.compile(r"(.)\1\1\1")
_B64_CHARS = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_B64_LIMIT = 16384  # longest base64 run decoded around a hit


@dataclass(frozen=True)
class Hit:
    """One secret in a text: where it starts, what it is, in which form, and how to show it masked."""

    offset: int
    kind: str
    form: str
    secret: Secret
    shown: str


def _ascending_run(token: str, length: int = 4) -> bool:
    run = 1
    for before, after in itertools.pairwise(token):
        run = run + 1 if ord(after) == ord(before) + 1 else 1
        if run >= length:
            return True
    return False


def looks_like_placeholder(token: str, *, bitrix_host: bool = False) -> bool:
    """Whether `token` is documentation or test filler rather than a generated secret.

    Generated secrets are random letters and digits: no words, no run of four equal or ascending
    characters, not all capitals. Without a Bitrix24 host a token also needs a digit and a letter,
    so `/rest/2/projects` of some other API is not taken for a webhook.
    """
    lowered = token.lower()
    if any(word in lowered for word in _PLACEHOLDER_WORDS):
        return True
    if _RUN_OF_FOUR.search(lowered) or _ascending_run(lowered):
        return True
    letters = [c for c in token if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    has_digit = any(c.isdigit() for c in token)
    if not letters:
        return True
    return not (has_digit or bitrix_host)


def _form_of(text: str) -> str:
    if "%" in text:
        return URL_ENCODED
    if "\\/" in text:
        return JSON_ESCAPED
    return PLAIN


def _plain(text: str) -> str:
    """The URL text with its encoding undone (for showing it, masked)."""
    text = text.replace("\\\\/", "/").replace("\\/", "/")
    for _ in range(2):
        if "%" not in text:
            break
        text = unquote(text)
    return text


def _webhook_hits(text: str, form: str | None) -> Iterator[Hit]:
    for match in _REST.finditer(text):
        before = _BEFORE.search(text, max(0, match.start() - _WINDOW), match.start())
        if before is None:
            continue
        host = _plain(before["host"]).lower()
        secret = match["secret"]
        if looks_like_placeholder(secret, bitrix_host="bitrix" in host):
            continue
        url = _plain(text[before.start() : match.end()])
        shown = url[: len(url) - len(secret)] + mask_text(secret) + "/"
        yield Hit(before.start(), WEBHOOK, form or _form_of(text[before.start() : match.end()]), Secret(secret), shown)


def _token_hits(text: str, form: str | None) -> Iterator[Hit]:
    for match in _TOKEN.finditer(text):
        secret = match["secret"]
        if looks_like_placeholder(secret, bitrix_host=True):
            continue
        shown = f"application_token={mask_text(secret)}"
        yield Hit(match.start(), APPLICATION_TOKEN, form or _form_of(match[0]), Secret(secret), shown)


def _needles() -> tuple[str, ...]:
    """The base64 text that `/rest/` (and `application_token`) always turns into, at each byte alignment."""
    found = set()
    for plain in (b"/rest/", b"application_token"):
        for offset in range(3):
            encoded = base64.b64encode(b"\0" * offset + plain + b"\0\0").decode()
            first = -(-offset * 8 // 6)  # characters fully inside `plain`
            last = (offset + len(plain)) * 8 // 6
            core = encoded[first:last]
            found.update({core, core.replace("+", "-").replace("/", "_")})
    return tuple(sorted(found))


BASE64_NEEDLES = _needles()


def _decode_base64(token: str) -> str | None:
    token = token.rstrip("=")
    for start in range(4):
        part = token[start:]
        part = part[: len(part) - len(part) % 4] if len(part) % 4 == 1 else part
        padded = part + "=" * (-len(part) % 4)
        for decoder in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                raw = decoder(padded)
            except (binascii.Error, ValueError):
                continue
            text = raw.decode("utf-8", errors="replace")
            if "rest" in text or "application_token" in text.lower():
                return text
    return None


def _base64_hits(text: str) -> Iterator[Hit]:
    seen: set[int] = set()
    for needle in BASE64_NEEDLES:
        position = text.find(needle)
        while position != -1:
            start = position
            while start > 0 and position - start < _B64_LIMIT and _B64_CHARS.match(text[start - 1]):
                start -= 1
            run = _B64_CHARS.match(text, start)
            if run and start not in seen:
                seen.add(start)
                decoded = _decode_base64(run[0][:_B64_LIMIT])
                if decoded is not None:
                    for hit in scan_text(decoded, nested=True):
                        yield Hit(start, hit.kind, BASE64, hit.secret, hit.shown)
            position = text.find(needle, position + 1)


_BYTE_NEEDLES = (b"rest", b"pplication_token", b"PPLICATION_TOKEN", *(n.encode() for n in BASE64_NEEDLES))


def might_hold_secret(data: bytes) -> bool:
    """A fast first look at raw bytes: False means `scan_text` would find nothing (most files stop here)."""
    return any(needle in data for needle in _BYTE_NEEDLES)


def _quick_reject(text: str) -> bool:
    lowered_has_token = "application_token" in text or "APPLICATION_TOKEN" in text
    return not ("rest" in text or lowered_has_token or any(n in text for n in BASE64_NEEDLES))


def scan_text(text: str, *, nested: bool = False) -> list[Hit]:
    """Every secret in `text`, in order of position (each secret once per position)."""
    if _quick_reject(text):
        return []
    hits = [*_webhook_hits(text, None), *_token_hits(text, None)]
    if not nested:
        hits += _base64_hits(text)
    unique = {(hit.offset, hit.secret.reveal()): hit for hit in hits}
    return sorted(unique.values(), key=lambda hit: hit.offset)


def allowed_lines(text: str) -> set[int]:
    """Line numbers (1-based) left out on purpose: a line with the allow mark, and the line after it."""
    if ALLOW_MARK not in text:
        return set()
    marked = [number for number, line in enumerate(text.split("\n"), 1) if ALLOW_MARK in line]
    return {*marked, *(number + 1 for number in marked)}
