"""Incoming-webhook URLs: parse what people paste, build call URLs, mask the secret.

A webhook call URL is `SCHEME://HOST[:PORT][/PREFIX]/rest/USER_ID/SECRET/METHOD.json?QUERY`: cloud
portals use https and no prefix, on-premise ones may use http, a port and a path prefix
(bitrix24/b24restdocs: local-integrations/local-webhooks.md).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from b24desk.core.errors import WebhookURLError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.query import DecodedParams, Params, decode, encode
from b24desk.core.secret import Secret, mask_text
from b24desk.core.secret_mask import mask_secrets
from b24desk.core.value_record import ReadOnlyValue, slot_setters

__all__ = [
    "EXAMPLE_URL",
    "METHOD_RE",
    "ParsedURL",
    "Portal",
    "Webhook",
    "build_call_url",
    "check_method",
    "mask_secrets_in",
    "mask_unparsed_url",
    "parse_webhook_url",
]

EXAMPLE_URL = "https://your-portal.bitrix24.com/rest/USER_ID/SECRET/"
_CTX = "webhook"
_HINT = QT_TRANSLATE_NOOP("webhook", "A webhook URL looks like {example}")
_MSG = {
    "empty": QT_TRANSLATE_NOOP("webhook", "The webhook URL is empty."),
    "scheme": QT_TRANSLATE_NOOP(
        "webhook", "The address must start with https:// (or http:// for an on-premise portal)."
    ),
    "host": QT_TRANSLATE_NOOP("webhook", "The address has no portal name (host)."),
    "port": QT_TRANSLATE_NOOP("webhook", "The port in the address is not a number from 1 to 65535."),
    "userinfo": QT_TRANSLATE_NOOP(
        "webhook", "The address contains a user name or password before the host; remove it."
    ),
    "no_rest": QT_TRANSLATE_NOOP(
        "webhook", "The address has no /rest/USER_ID/SECRET/ part, so it is not an incoming webhook."
    ),
    "oauth": QT_TRANSLATE_NOOP(
        "webhook",
        "This is an application (OAuth) address without a user id and secret; b24desk needs an incoming webhook.",
    ),
    "rest_v3": QT_TRANSLATE_NOOP(
        "webhook", "REST 3.0 addresses (/rest/api/...) are not supported yet; use the classic /rest/ URL."
    ),
    "user_id": QT_TRANSLATE_NOOP("webhook", "The user id after /rest/ must be a number."),
    "secret": QT_TRANSLATE_NOOP("webhook", "The secret after the user id is missing."),
    "method": QT_TRANSLATE_NOOP("webhook", "The method name may hold only letters, digits, dots and underscores."),
    "xml": QT_TRANSLATE_NOOP("webhook", "b24desk reads JSON answers; use the .json suffix instead of .xml."),
    "trailing": QT_TRANSLATE_NOOP("webhook", "The address has extra parts after the method name."),
    "ipv6": QT_TRANSLATE_NOOP("webhook", "The address has a broken IPv6 host (an unclosed [ or ])."),
    "encoding": QT_TRANSLATE_NOOP("webhook", "The address holds bytes that are not valid UTF-8 text."),
    "method_length": QT_TRANSLATE_NOOP(
        "webhook", "The method name is {length} characters long; method names have at most {limit}."
    ),
}

METHOD_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*")
_BAD_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+-]*:(?!\d)")  # htp:/x, hxxp:x: a word and a colon, no port number
_QUOTE_PAIRS = {'"': '"', "'": "'", "<": ">", "`": "`"}


def _fail(key: str) -> WebhookURLError:
    message = translate(_CTX, _MSG[key])
    hint = translate(_CTX, _HINT).format(example=EXAMPLE_URL)
    return WebhookURLError(f"{message} {hint}")


MAX_METHOD_LENGTH = 200  # the longest documented names are under 60 characters


def check_method(method: str) -> str:
    """Return `method` when it is a valid REST method name, else raise WebhookURLError."""
    if len(method) > MAX_METHOD_LENGTH:
        message = translate(_CTX, _MSG["method_length"]).format(length=len(method), limit=MAX_METHOD_LENGTH)
        raise WebhookURLError(message)
    if not METHOD_RE.fullmatch(method):
        raise WebhookURLError(translate(_CTX, _MSG["method"]))
    return method


# The three records below are ReadOnlyValues, not frozen dataclasses: the dataclasses module imports inspect
# (~7 ms, with ast, dis and tokenize), which every CLI command that names a webhook paid (benchmarks/cli_start.py).


class Portal(ReadOnlyValue):
    """Where a portal answers: scheme, host, optional port and on-premise path prefix."""

    __slots__ = __match_args__ = ("scheme", "host", "port", "path_prefix")
    scheme: str
    host: str
    port: int | None
    path_prefix: str

    def __init__(self, scheme: str, host: str, port: int | None = None, path_prefix: str = "") -> None:
        for setter, value in zip(_PORTAL_SETTERS, (scheme, host, port, path_prefix), strict=True):
            setter(self, value)

    @property
    def url(self) -> str:
        """The portal's base address, e.g. `https://example.bitrix24.com`."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = f":{self.port}" if self.port is not None else ""
        return f"{self.scheme}://{host}{port}{self.path_prefix}"

    def __str__(self) -> str:
        return self.url


class Webhook(ReadOnlyValue):
    """An incoming webhook: portal, the id of the user who made it, and its secret (shown masked)."""

    __slots__ = __match_args__ = ("portal", "user_id", "secret")
    portal: Portal
    user_id: int
    secret: Secret

    def __init__(self, portal: Portal, user_id: int, secret: Secret) -> None:
        for setter, value in zip(_WEBHOOK_SETTERS, (portal, user_id, secret), strict=True):
            setter(self, value)

    def base_url(self, *, reveal: bool = False) -> str:
        """`PORTAL/rest/USER_ID/SECRET/`, the secret masked unless `reveal`."""
        secret = self.secret.reveal() if reveal else self.secret.masked()
        return f"{self.portal.url}/rest/{self.user_id}/{secret}/"

    def __str__(self) -> str:
        return self.base_url()


class ParsedURL(ReadOnlyValue):
    """What a pasted URL holds: the webhook, the method (or None) and the decoded params; `with_query`: the URL
    carried its parameters in a query string (a GET call URL)."""

    __slots__ = __match_args__ = ("webhook", "method", "params", "with_query")
    webhook: Webhook
    method: str | None
    params: DecodedParams
    with_query: bool

    def __init__(self, webhook: Webhook, method: str | None, params: DecodedParams, with_query: bool = False) -> None:
        for setter, value in zip(_PARSED_SETTERS, (webhook, method, params, with_query), strict=True):
            setter(self, value)


_PORTAL_SETTERS = slot_setters(Portal, Portal.__match_args__)
_WEBHOOK_SETTERS = slot_setters(Webhook, Webhook.__match_args__)
_PARSED_SETTERS = slot_setters(ParsedURL, ParsedURL.__match_args__)


def _unwrap(text: str) -> str:
    text = text.strip()
    while len(text) >= 2 and _QUOTE_PAIRS.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    return text


def parse_webhook_url(text: str) -> ParsedURL:
    """Parse any webhook URL a person pastes: a base URL or a full call URL with method and query."""
    text = _unwrap(text)
    if not text:
        raise _fail("empty")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes from the command line arrive as lone surrogates
        raise _fail("encoding") from None
    if "://" not in text:
        if _BAD_SCHEME.match(text):  # htp:/portal, https:/portal: a mistyped scheme, not a bare host
            raise _fail("scheme")
        text = "https://" + text.removeprefix("//")
    try:
        parts = urlsplit(text)
        hostname = parts.hostname
    except ValueError:  # "Invalid IPv6 URL"
        raise _fail("ipv6") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise _fail("scheme")
    if "@" in parts.netloc:
        raise _fail("userinfo")
    if not hostname:
        raise _fail("host")
    try:
        port = parts.port
    except ValueError:
        raise _fail("port") from None
    if port == 0:
        raise _fail("port")
    segments = parts.path.split("/")
    try:
        rest = segments.index("rest")
    except ValueError:
        raise _fail("no_rest") from None
    after = segments[rest + 1 :]
    if not after or not after[0]:
        raise _fail("no_rest")
    if after[0] == "api":
        raise _fail("rest_v3")
    if not after[0].isascii() or not after[0].isdigit():
        raise _fail("oauth" if len(after) == 1 or "." in after[0] else "user_id")
    if len(after) < 2 or not after[1]:
        raise _fail("secret")
    method = after[2] if len(after) > 2 and after[2] else None
    if any(after[3:]):
        raise _fail("trailing")
    if method is not None:
        if method.lower().endswith(".xml"):
            raise _fail("xml")
        method = method.removesuffix(".json")
        if not METHOD_RE.fullmatch(method):
            raise _fail("method")
    portal = Portal(
        scheme=parts.scheme.lower(),
        host=hostname,
        port=port,
        path_prefix="/".join(segments[:rest]).rstrip("/"),
    )
    webhook = Webhook(portal=portal, user_id=int(after[0]), secret=Secret(after[1]))
    return ParsedURL(webhook=webhook, method=method, params=decode(parts.query), with_query=bool(parts.query))


def build_call_url(webhook: Webhook, method: str, params: Params | None = None, *, reveal: bool = False) -> str:
    """Build `BASE/rest/USER_ID/SECRET/METHOD.json?QUERY` (wire encoding), secret masked unless `reveal`."""
    query = encode(params) if params else ""
    url = f"{webhook.base_url(reveal=reveal)}{check_method(method)}.json"
    return f"{url}?{query}" if query else url


def mask_secrets_in(text: str) -> str:
    """Mask every webhook secret found in free text (log lines, error messages, history).

    Known secrets in every encoding, and the secret of any webhook URL by its shape (plain, JSON-escaped
    or URL-encoded): see b24desk.core.secret_mask.
    """
    return mask_secrets(text)


_SECRET_IN_BAD_URL = re.compile(r"(/rest/(?:api/)?[^/\s?#]*/)([^/\s?#\"'<>]+)")


def mask_unparsed_url(text: str) -> str:
    """Mask what stands where a secret would in a URL that did not parse (any user id, even a wrong one)."""
    return _SECRET_IN_BAD_URL.sub(lambda m: m.group(1) + mask_text(m.group(2)), mask_secrets_in(text))
