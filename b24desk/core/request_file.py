"""Saved requests: a request as a small JSON file a person can read, keep in git, or send (never a secret inside).

The format (documented in README, "Request files and collections"):

    {
      "format": "b24desk-request/2",
      "method": "crm.deal.list",
      "http_method": "POST",
      "fetch_all": false,
      "webhook": "{{portal}}",          <- optional: a saved webhook's name or a {{variable}}, never a URL
      "params": {"filter": {"CATEGORY_ID": "{{pipeline}}"}}
    }

Keys are written in this order, two-space indented, UTF-8, one trailing newline, so a file diffs well
and saving an unchanged request rewrites nothing. Readers accept every older version
(`b24desk-request/1` has no `webhook`) and ignore keys they do not know; a file from a newer b24desk
is refused with a message saying so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from b24desk.core.errors import ParamsError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.json_codec import json_error_text
from b24desk.core.request import ApiRequest
from b24desk.core.secret import Secret, mask_text
from b24desk.core.text_file import write_text_if_changed

__all__ = [
    "SavedRequest",
    "load_request",
    "load_saved",
    "request_from_json",
    "request_to_json",
    "save_request",
    "saved_from_json",
    "without_secrets",
]

FORMAT_NAME = "b24desk-request"
VERSION = 2
FORMAT = f"{FORMAT_NAME}/{VERSION}"
_FORMAT_RE = re.compile(rf"{FORMAT_NAME}/(\d+)")
MIN_MASKED = 6  # shorter "secrets" would mask ordinary words (as storage's SecretMasker)
_CTX = "request_file"
_MSG_BAD = QT_TRANSLATE_NOOP("request_file", "{path} is not a saved b24desk request: {reason}")
_MSG_NEWER = QT_TRANSLATE_NOOP(
    "request_file", "it was written by a newer b24desk (format {found}; this one reads up to {known}): update b24desk"
)
_MSG_WEBHOOK_URL = QT_TRANSLATE_NOOP(
    "request_file",
    "A request file names its webhook by a saved webhook's name or a {{{{variable}}}}, never by its URL "
    "(the URL holds the secret). Save the webhook and use its name.",
)
_MSG_TEXT = QT_TRANSLATE_NOOP("request_file", "The request cannot be written as a file: {reason}.")


# A NamedTuple, not a frozen dataclass: defined before the first screen, where a dataclass compiles its methods (~1 ms).
class SavedRequest(NamedTuple):
    """A request as a file holds it: the request, and the webhook it goes through by name or variable."""

    request: ApiRequest
    webhook: str | None = None  # a saved webhook's name or "{{variable}}"; None: the one chosen in the app


def check_webhook_reference(reference: str | None) -> str | None:
    """The reference when it can go into a file; a URL (it holds the secret) raises ParamsError."""
    if reference is None or not reference.strip():
        return None
    if "://" in reference or "/rest/" in reference:
        raise ParamsError(translate(_CTX, _MSG_WEBHOOK_URL))
    return reference.strip()


def without_secrets(request: ApiRequest, secrets: Iterable[Secret]) -> ApiRequest:
    """The request with every occurrence of these secrets (and any webhook URL's secret) masked in its params.

    For requests that came with a webhook (a pasted cURL command, an imported collection): its secret
    typed into a value by mistake must not reach the file.
    """
    values = sorted({s.reveal() for s in secrets if len(s) >= MIN_MASKED}, key=len, reverse=True)
    from b24desk.core.secret_mask import mask_secrets  # its encodings (json, base64, urllib.parse): when first asked

    def mask(text: str) -> str:
        for value in values:
            text = text.replace(value, mask_text(value))
        return mask_secrets(text, values)  # every live secret too, in every encoding (core.secret_mask)

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return mask(value)
        if isinstance(value, dict):
            return {mask(str(key)): walk(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [walk(item) for item in value]
        return value

    return ApiRequest(request.method, walk(request.params), request.http_method, request.fetch_all)


def request_to_json(request: ApiRequest, secrets: Iterable[Secret] = (), *, webhook: str | None = None) -> str:
    """The file's text: method, GET/POST, fetch-all, the webhook reference and parameters; never a secret.

    `secrets` (a webhook's that came with the request, say) are masked wherever they stand in a value.
    """
    data: dict[str, Any] = {
        "format": FORMAT,
        "method": request.method,
        "http_method": request.http_method,
        "fetch_all": request.fetch_all,
    }
    reference = check_webhook_reference(webhook)
    if reference is not None:
        data["webhook"] = reference
    data["params"] = without_secrets(request, secrets).params  # a call URL pasted into a value keeps no secret
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        text.encode("utf-8")
    except (ValueError, TypeError) as error:  # NaN, an object JSON cannot hold, a lone surrogate
        raise ParamsError(translate(_CTX, _MSG_TEXT).format(reason=str(error)[:200])) from None
    return text


def saved_from_json(text: str, source: str = "") -> SavedRequest:
    """Read a saved request of any known version; raise ParamsError saying what is wrong."""

    def bad(reason: str) -> ParamsError:
        return ParamsError(translate(_CTX, _MSG_BAD).format(path=source or "?", reason=reason))

    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise bad(json_error_text(error)) from None
    if not isinstance(data, dict):
        raise bad(f"no {FORMAT_NAME!r} format field")
    version = _FORMAT_RE.fullmatch(str(data.get("format", "")))
    if version is None:
        raise bad(f"no {FORMAT_NAME!r} format field")
    if int(version[1]) > VERSION:
        raise bad(translate(_CTX, _MSG_NEWER).format(found=data["format"], known=FORMAT))
    params = data.get("params", {})
    if not isinstance(params, dict):
        raise bad("params is not an object")
    method = str(data.get("method", ""))
    from b24desk.core.webhook import check_method  # webhook URLs (urllib.parse): when a file is first read

    try:
        check_method(method)
    except Exception as error:
        raise bad(str(error)) from None
    webhook = data.get("webhook")
    try:
        reference = check_webhook_reference(webhook if isinstance(webhook, str) else None)
    except ParamsError as error:
        raise bad(str(error)) from None
    request = ApiRequest(
        method=method,
        params=params,
        http_method="GET" if data.get("http_method") == "GET" else "POST",
        fetch_all=bool(data.get("fetch_all", False)),
    )
    return SavedRequest(request, reference)


def request_from_json(text: str, source: str = "") -> ApiRequest:
    """Read a saved request's request (the webhook reference left out)."""
    return saved_from_json(text, source).request


def save_request(
    path: Path, request: ApiRequest, secrets: Iterable[Secret] = (), *, webhook: str | None = None
) -> bool:
    """Write a request file atomically; an unchanged file is left as it is. Returns whether it was written."""
    return write_text_if_changed(path, request_to_json(request, secrets, webhook=webhook))


def load_saved(path: Path) -> SavedRequest:
    """Read a request file with its webhook reference."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ParamsError(translate(_CTX, _MSG_BAD).format(path=path, reason=error)) from None
    return saved_from_json(text, str(path))


def load_request(path: Path) -> ApiRequest:
    """Read a request file."""
    return load_saved(path).request
