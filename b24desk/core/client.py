"""The async client behind Execute: one call to a webhook, paced, retried when safe, decoded.

Requests go as the portal reads them: POST with a PHP-style form body by default, GET with the same
query for URL parity. Redirects are not followed: a moved portal answers 302 and a followed POST would
silently turn into a GET (bitrix24/b24restdocs: settings/how-to-call-rest-api/change-domen.md).
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import logging
import re
import ssl
import time
import zlib
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any

import certifi
import httpx

from b24desk.core import json_codec, paging
from b24desk.core.batch import BatchCommands, BatchResult, run_batch
from b24desk.core.big_json import loads_in_pieces
from b24desk.core.body_reader import ACCEPT_ENCODING, DEFAULT_MAX_BODY, BodyTooLarge, read_body
from b24desk.core.errors import (
    CallError,
    CallTimeoutError,
    HTTPStatusError,
    InputError,
    NetworkError,
    PortalError,
    RedirectError,
    ResponseFormatError,
    ResponseTooLargeError,
)
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.operating_time import DEFAULT_LIMIT, OperatingTimeTracker
from b24desk.core.query import Params, encode
from b24desk.core.rate_limit import DEFAULT_BURST, DEFAULT_RATE, SHARED_BUCKETS, BucketRegistry
from b24desk.core.response import CallResult, RawResponse, TimeInfo, Wait
from b24desk.core.retry import RATE_LIMIT_CODES, RetryPolicy, is_read_only
from b24desk.core.secret_mask import mask_secrets, mask_secrets_bytes
from b24desk.core.switch_interval import lowered_switch_interval
from b24desk.core.webhook import Webhook, check_method, mask_secrets_in

__all__ = ["LAZY_BODY", "B24Client", "ClientOptions", "default_ssl_context", "parse_envelope"]

_CTX = "client"
BIG_BODY = 256 * 1024  # bytes; bigger answers are decoded in a worker thread
PIECES_BODY = 4 * 1024 * 1024  # bytes; bigger ones a run of records per call (a batch page is smaller)
_LEADING_BLANKS = re.compile(rb"[ \t\n\r\x0b\x0c]*")
LAZY_BODY = 256 * 1024  # bytes; bigger answers keep their records as bytes when the client is asked to
_MSG = {
    "html": QT_TRANSLATE_NOOP("client", "an HTML page came back instead of JSON (HTTP {status})"),
    "empty": QT_TRANSLATE_NOOP("client", "the answer is empty (HTTP {status})"),
    "bad_json": QT_TRANSLATE_NOOP("client", "the JSON is cut off or malformed at character {pos}"),
    "no_result": QT_TRANSLATE_NOOP("client", "the JSON has neither 'result' nor 'error'"),
    "redirect": QT_TRANSLATE_NOOP("client", "the portal moved to {location} (HTTP {status})"),
    "http": QT_TRANSLATE_NOOP("client", "HTTP {status} {reason}"),
    "timeout": QT_TRANSLATE_NOOP("client", "{seconds:g} s"),
    "deadline": QT_TRANSLATE_NOOP("client", "{seconds:g} s (the deadline for the whole call)"),
    "too_large": QT_TRANSLATE_NOOP(
        "client", "the answer is larger than {limit} MiB; b24desk stopped reading it (the limit is a client option)"
    ),
    "bomb": QT_TRANSLATE_NOOP(
        "client",
        "the compressed answer unpacks to more than {limit} MiB; b24desk stopped unpacking it "
        "(a decompression bomb, or an answer past the limit set in the client options)",
    ),
    "ca_file": QT_TRANSLATE_NOOP(
        "client", "The CA file {path} cannot be used ({detail}); give a PEM file with the portal's CA certificate."
    ),
    "damaged": QT_TRANSLATE_NOOP("client", "the compressed answer is damaged ({detail})"),
    "depth": QT_TRANSLATE_NOOP("client", "the JSON nests deeper than {depth} levels; b24desk does not read it"),
    "number": QT_TRANSLATE_NOOP(
        "client", "the JSON holds a number too large to read exactly (over 4,300 digits, or past 1.8e308)"
    ),
    "network": QT_TRANSLATE_NOOP("client", "{detail}"),
    "tls": QT_TRANSLATE_NOOP(
        "client",
        "the portal's TLS certificate was not accepted ({detail}); for an on-premise portal "
        "with its own certificate authority, give b24desk that CA file",
    ),
}

# httpx logs each request line, URL included; mask the secret in anything it logs.


class _MaskSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_secrets_in(str(record.msg))
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(mask_secrets_in(str(arg)) for arg in args)
        return True


for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).addFilter(_MaskSecrets())


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """How a client talks to its portal: pace, timeouts, TLS and retries."""

    rate: float = DEFAULT_RATE
    burst: int = DEFAULT_BURST
    connect_timeout: float = 10.0
    read_timeout: float = 60.0  # a cloud portal cuts a request off after 60 s (limits.md)
    verify: bool | str = True  # True, or the path of a CA bundle for an on-premise portal
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    allow_unsafe_retry: bool = False  # retry writes whose outcome is unknown (may duplicate data)
    operating_limit: float = DEFAULT_LIMIT
    max_body: int = DEFAULT_MAX_BODY  # bytes of a DECODED answer; past it the call fails (ResponseTooLargeError)
    deadline: float | None = 300.0  # seconds for the whole call, retries and waits included (None: none)
    keep_records: bool = False  # lists of records in big answers kept as their bytes (core.record_store)
    paging_ranges: int = paging.LANES  # keyset ranges fetch_all pages at once (1: one chain)


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """The TLS context every client shares: certifi's CA bundle, as httpx uses by default.

    Loading the bundle takes tens of milliseconds; made once (the app makes it in a worker thread
    after the window shows), not per client.
    """
    return ssl.create_default_context(cafile=certifi.where())


def ca_file_context(path: str) -> ssl.SSLContext:
    """A TLS context trusting the CA in `path`; InputError when the file is missing or holds no certificate."""
    try:
        return ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as error:
        detail = getattr(error, "strerror", None) or getattr(error, "reason", None) or str(error)
        raise InputError(_t("ca_file", path=path, detail=detail)) from None


def _t(key: str, **values: object) -> str:
    return translate(_CTX, _MSG[key]).format(**values)


def _headers(response: httpx.Response) -> dict[str, str]:
    return {key.lower(): value for key, value in response.headers.items()}


def parse_envelope(method: str, raw: RawResponse, keep_records: bool = False) -> CallResult:
    """Decode an HTTP answer into a CallResult, or raise the CallError that says what is wrong.

    With `keep_records`, the lists of records of an answer past LAZY_BODY stay as its bytes (a
    core.record_store.RecordStore each, decoded as they are read); anything else decodes as always.
    """
    start = _LEADING_BLANKS.match(raw.body).end()  # type: ignore[union-attr]  # lstrip() would copy a bytearray
    first = raw.body[start : start + 1]
    content_type = raw.headers.get("content-type", "")
    if not first:
        error_cls: type[CallError] = HTTPStatusError if raw.status >= 400 else ResponseFormatError
        raise error_cls(_t("empty", status=raw.status), method=method, response=raw)
    data: Any = None
    if keep_records and raw.status < 400 and len(raw.body) > LAZY_BODY:
        from b24desk.core.record_store import lazy_envelope

        data = lazy_envelope(raw.body)
    try:
        # a big list answer row by row: a worker thread decoding it then lets the caller's loop run
        if data is None:
            data = loads_in_pieces(raw.body) if len(raw.body) > PIECES_BODY else json_codec.loads(raw.body)
    except json_codec.JSONLimitError as error:
        key, values = ("depth", {"depth": json_codec.MAX_DEPTH}) if error.kind == "depth" else ("number", {})
        raise ResponseFormatError(_t(key, **values), method=method, response=raw) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        if raw.status >= 400:
            raise HTTPStatusError(
                _t("http", status=raw.status, reason=_reason(raw.status)), method=method, response=raw
            ) from None
        if "html" in content_type or first == b"<":
            raise ResponseFormatError(_t("html", status=raw.status), method=method, response=raw) from None
        pos = error.pos if isinstance(error, json.JSONDecodeError) else 0
        raise ResponseFormatError(_t("bad_json", pos=pos), method=method, response=raw) from None
    if isinstance(data, dict) and "error" in data:
        code, description = data["error"], data.get("error_description", "")
        if isinstance(code, dict):  # REST 3.0 shape: {"error": {"code", "message"}}
            code, description = code.get("code", ""), code.get("message", description)
        raise PortalError(json_codec.as_text(code), json_codec.as_text(description or ""), method=method, response=raw)
    if raw.status >= 400:
        raise HTTPStatusError(_t("http", status=raw.status, reason=_reason(raw.status)), method=method, response=raw)
    if not isinstance(data, dict) or "result" not in data:
        raise ResponseFormatError(_t("no_result"), method=method, response=raw)
    total, next_ = data.get("total"), data.get("next")
    return CallResult(
        method=method,
        result=data["result"],
        total=total if isinstance(total, int) else None,
        next=next_ if isinstance(next_, int) else None,
        time=TimeInfo.from_json(data.get("time")),
        response=raw,
        envelope=data,
    )


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return HTTPStatus(status).phrase
    except ValueError:
        return ""


class B24Client:
    """Calls one webhook's portal through one connection pool; use as `async with`."""

    def __init__(
        self,
        webhook: Webhook,
        options: ClientOptions | None = None,
        *,
        buckets: BucketRegistry = SHARED_BUCKETS,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.webhook = webhook
        self.options = options or ClientOptions()
        key = f"{webhook.portal.url}#{webhook.user_id}"
        self.bucket = buckets.get(key, self.options.rate, self.options.burst)
        self.operating = OperatingTimeTracker(self.options.operating_limit)
        verify: bool | ssl.SSLContext = self.options.verify is not False
        if isinstance(self.options.verify, str):
            verify = ca_file_context(self.options.verify)
        elif verify:
            # plain HTTP (the sandbox, a portal on the LAN) has no certificate to check: loading the CA
            # bundle for it cost tens of milliseconds per client (httpx loads one for `True` too)
            verify = default_ssl_context() if webhook.portal.url.lower().startswith("https:") else False
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(self.options.read_timeout, connect=self.options.connect_timeout),
            verify=verify,
            follow_redirects=False,
            transport=transport,
            headers={"User-Agent": "b24desk", "Accept-Encoding": ACCEPT_ENCODING},
        )
        self.requests_sent = 0

    async def __aenter__(self) -> B24Client:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    def method_url(self, method: str) -> str:
        """The real call URL for `method` (holds the secret: never show or log it)."""
        return f"{self.webhook.base_url(reveal=True)}{check_method(method)}.json"

    async def _send_once(self, method: str, params: Params | None, use_get: bool) -> RawResponse:
        url = self.method_url(method)
        body = encode(params) if params else ""
        masked_url = f"{self.webhook.base_url()}{method}.json"
        started = time.monotonic()
        if use_get:
            request = self._http.build_request("GET", f"{url}?{body}" if body else url)
        else:
            request = self._http.build_request(
                "POST", url, content=body.encode(), headers={"Content-Type": "application/x-www-form-urlencoded"}
            )
        try:
            response = await self._http.send(request, stream=True)
            try:
                content = await read_body(response, self.options.max_body)
            finally:
                await response.aclose()
        except BodyTooLarge as error:
            limit = round(error.limit / 1048576, 1)
            message = _t("bomb" if error.packed else "too_large", limit=f"{limit:g}")
            raise ResponseTooLargeError(message, method=method, limit=error.limit) from None
        except (zlib.error, httpx.DecodingError) as error:
            raise ResponseFormatError(_t("damaged", detail=error), method=method) from None
        except httpx.TimeoutException as error:
            sent = not isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout)
            seconds = self.options.read_timeout if sent else self.options.connect_timeout
            raise CallTimeoutError(_t("timeout", seconds=seconds), method=method, sent=sent) from None
        except httpx.ConnectError as error:
            detail = mask_secrets_in(str(error) or type(error).__name__)
            if "CERTIFICATE" in detail.upper() or "SSL" in detail.upper():
                detail = _t("tls", detail=detail)
            raise NetworkError(_t("network", detail=detail), method=method, sent=False) from None
        except httpx.TransportError as error:
            detail = mask_secrets_in(str(error) or type(error).__name__)
            raise NetworkError(_t("network", detail=detail), method=method, sent=True) from None
        finally:
            self.requests_sent += 1
        raw = RawResponse(
            status=response.status_code,
            headers=_headers(response),
            body=content,  # not yet masked: `_decode` masks it (off the loop when it is big)
            elapsed=time.monotonic() - started,
            url=masked_url,
        )
        if response.is_redirect:
            raw = self._masked(raw)
            location = mask_secrets_in(response.headers.get("location", "?"))
            raise RedirectError(
                _t("redirect", status=response.status_code, location=location),
                method=method,
                response=raw,
                location=location,
            )
        return raw

    def _masked(self, raw: RawResponse) -> RawResponse:
        """The response with any echo of a known secret masked, in any form (see core.secret_mask)."""
        return dataclasses.replace(raw, body=mask_secrets_bytes(raw.body, (self.webhook.secret,)))

    def _decode(self, method: str, raw: RawResponse) -> CallResult:
        """Mask, then decode: nothing after this point (result, raw view, history, errors) holds a secret."""
        return parse_envelope(method, self._masked(raw), self.options.keep_records)

    def _hide_secret(self, error: CallError) -> None:
        """Mask the secret where an answer quoted it (a description or a proxy's page echoing the URL)."""
        secrets = (self.webhook.secret,)
        error.message = mask_secrets(error.message, secrets)
        error.args = (error.message,)
        if isinstance(error, PortalError):
            error.description = mask_secrets(error.description, secrets)

    def _may_retry(self, error: CallError, method: str, allow_unsafe: bool, attempt: int) -> bool:
        if isinstance(error, PortalError):
            return error.error_code.upper() in RATE_LIMIT_CODES  # refused before running: safe
        if not error.sent:
            return attempt == 0  # never reached the portal: one more try, then it is the address
        unknown_outcome = isinstance(error, NetworkError | CallTimeoutError) or (
            isinstance(error, HTTPStatusError)
            and error.response is not None
            and error.response.status in (502, 503, 504)
        )
        return unknown_outcome and (is_read_only(method) or allow_unsafe)

    async def call(
        self,
        method: str,
        params: Params | None = None,
        *,
        use_get: bool = False,
        allow_unsafe_retry: bool | None = None,
    ) -> CallResult:
        """Call `method` with `params`; paced by the bucket, retried when safe; raise CallError.

        The whole call, retries and waits included, ends within `options.deadline` seconds.
        """
        check_method(method)
        deadline = self.options.deadline
        if deadline is None:
            return await self._call(method, params, use_get, allow_unsafe_retry)
        try:
            async with asyncio.timeout(deadline):
                return await self._call(method, params, use_get, allow_unsafe_retry)
        except TimeoutError:
            raise CallTimeoutError(_t("deadline", seconds=deadline), method=method) from None

    async def _call(
        self, method: str, params: Params | None, use_get: bool, allow_unsafe_retry: bool | None
    ) -> CallResult:
        allow_unsafe = self.options.allow_unsafe_retry if allow_unsafe_retry is None else allow_unsafe_retry
        waits: list[Wait] = []
        attempt = 0
        while True:
            waited = await self.bucket.acquire()
            if waited > 0:
                waits.append(Wait(waited, "rate_limit"))
            try:
                raw = await self._send_once(method, params, use_get)
                if len(raw.body) > BIG_BODY:  # masking and decoding megabytes would stall the caller's loop
                    with lowered_switch_interval():  # the caller's thread gets the GIL back quickly meanwhile
                        result = await asyncio.to_thread(self._decode, method, raw)
                else:
                    result = self._decode(method, raw)
            except CallError as error:
                self._hide_secret(error)
                if attempt >= self.options.retry.max_retries or not self._may_retry(
                    error, method, allow_unsafe, attempt
                ):
                    raise
                if isinstance(error, PortalError):
                    self.bucket.saturate()
                pause = self.options.retry.delay(attempt)
                waits.append(Wait(pause, "retry", error.code))
                await asyncio.sleep(pause)
                attempt += 1
                continue
            warning = self.operating.record(method, result.time)
            return CallResult(
                method=result.method,
                result=result.result,
                total=result.total,
                next=result.next,
                time=result.time,
                response=result.response,
                envelope=result.envelope,
                attempts=attempt + 1,
                waits=tuple(waits),
                warnings=(warning,) if warning else (),
            )

    async def batch(self, commands: BatchCommands, *, halt: bool = False) -> BatchResult:
        """Run commands through `batch`, 50 per request; see b24desk.core.batch."""
        return await run_batch(self, commands, halt=halt)

    def fetch_all(self, method: str, params: Params | None = None) -> AsyncGenerator[paging.Page]:
        """Every row of a list method, page by page, with the fewest requests; see b24desk.core.paging."""
        return paging.fetch_all(self, method, params or {}, ranges=self.options.paging_ranges)
