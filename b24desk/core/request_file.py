"""Saved requests: a request as a small JSON file a person can read, keep in git, or send (no webhook inside)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from b24desk.core.errors import ParamsError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.json_codec import json_error_text
from b24desk.core.request import ApiRequest
from b24desk.core.webhook import check_method

FORMAT = "b24desk-request/1"
_MSG_BAD = QT_TRANSLATE_NOOP("request_file", "{path} is not a saved b24desk request: {reason}")


def request_to_json(request: ApiRequest) -> str:
    """The file's text: method, parameters, GET/POST and fetch-all; never the webhook or its secret."""
    data = {
        "format": FORMAT,
        "method": request.method,
        "http_method": request.http_method,
        "fetch_all": request.fetch_all,
        "params": request.params,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def request_from_json(text: str, source: str = "") -> ApiRequest:
    """Read a saved request; raise ParamsError saying what is wrong."""

    def bad(reason: str) -> ParamsError:
        return ParamsError(translate("request_file", _MSG_BAD).format(path=source or "?", reason=reason))

    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise bad(json_error_text(error)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise bad(f"no {FORMAT!r} format field")
    params = data.get("params", {})
    if not isinstance(params, dict):
        raise bad("params is not an object")
    method = str(data.get("method", ""))
    try:
        check_method(method)
    except Exception as error:
        raise bad(str(error)) from None
    return ApiRequest(
        method=method,
        params=params,
        http_method="GET" if data.get("http_method") == "GET" else "POST",
        fetch_all=bool(data.get("fetch_all", False)),
    )


def save_request(path: Path, request: ApiRequest) -> None:
    """Write a request file."""
    path.write_text(request_to_json(request), encoding="utf-8")


def load_request(path: Path) -> ApiRequest:
    """Read a request file."""
    return request_from_json(path.read_text(encoding="utf-8"), str(path))
