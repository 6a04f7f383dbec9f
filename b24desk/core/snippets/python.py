"""Python snippets (requests or httpx): params as a dict literal, sent PHP-style as the portal reads them."""

from __future__ import annotations

import math
from typing import Any

from b24desk.core.request import ApiRequest
from b24desk.core.snippets.common import ENV_VAR, SnippetOptions, embedded_url, header_lines, row_key
from b24desk.core.webhook import Webhook

__all__ = ["py_literal", "python_httpx_snippet", "python_requests_snippet"]


def py_literal(value: Any, indent: int = 0) -> str:
    """A Python expression for a JSON-like value, indented one level per nesting."""
    pad = "    " * (indent + 1)
    end = "    " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{pad}{py_literal(k)}: {py_literal(v, indent + 1)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{end}}}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = [f"{pad}{py_literal(v, indent + 1)}," for v in value]
        return "[\n" + "\n".join(items) + f"\n{end}]"
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'
    return repr(value)  # str, int, bool, None: repr is a valid, fully escaped literal


_HELPER = '''\
def php_pairs(value, prefix=""):
    """Flatten params into the key[sub]=value pairs PHP reads, as PHP's http_build_query writes them."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    pairs = []
    for key, item in items:
        name = f"{prefix}[{key}]" if prefix else str(key)
        if isinstance(item, (dict, list, tuple)):
            pairs.extend(php_pairs(item, name))
        elif isinstance(item, bool):
            pairs.append((name, "1" if item else "0"))
        elif item is not None:
            pairs.append((name, str(item)))
    return pairs'''


def _call_function(library: str) -> str:
    # The libraries' errors name the URL, secret included: the snippet prints them with the secret masked,
    # and without a traceback (which would show the URL again in the chained exceptions).
    failure = "requests.RequestException" if library == "requests" else "httpx.HTTPError"
    return f'''

def without_secret(text):
    """The text with the webhook's secret (the last part of its URL) masked, as typed or URL-encoded."""
    secret = urllib.parse.unquote(WEBHOOK_URL.rstrip("/").rsplit("/", 1)[-1])
    forms = {{secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret), urllib.parse.quote(secret)}}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, "***") if form else text
    return text


def call(method, params):
    """POST one method; return the decoded answer, or stop with the network's or the portal's error."""
    try:
        response = {library}.post(WEBHOOK_URL + method + ".json", data=dict(php_pairs(params)), timeout=60)
    except {failure} as error:
        raise SystemExit(without_secret(f"Network error calling {{method}}: {{error}}")) from None
    try:
        answer = response.json()
    except ValueError:
        raise RuntimeError(f"The answer is not JSON (HTTP {{response.status_code}})") from None
    if "error" in answer:
        raise RuntimeError(f"{{answer['error']}}: {{answer.get('error_description', '')}}")
    return answer'''


def _snippet(library: str, request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    url = embedded_url(webhook, options)
    doc = header_lines(request, url is not None)
    lines = ['"""' + doc[0], *doc[1:], '"""', "", "import json"]
    if url is None:
        lines.append("import os")
    if options.all_pages:
        lines.append("import time")
    lines.append("import urllib.parse")
    lines += ["", f"import {library}", ""]
    if url is None:
        lines.append(f'WEBHOOK_URL = os.environ["{ENV_VAR}"].rstrip("/") + "/"')
    else:
        lines.append(f"WEBHOOK_URL = {url!r}")
    lines += ["", "", _HELPER + "\n" + _call_function(library), "", ""]
    lines.append(f"params = {py_literal(request.params)}")
    method = repr(request.method)
    if options.all_pages:
        key = row_key(request)
        rows = f'answer["result"][{key!r}]' if key else 'answer["result"]'
        lines += [
            "",
            "# Every page of the list: 50 rows a page, `next` tells where the next page starts.",
            "result = []",
            "start = 0",
            "while start is not None:",
            f'    answer = call({method}, {{**params, "start": start}})',
            f"    result.extend({rows})",
            '    start = answer.get("next")',
            "    if start is not None:",
            "        time.sleep(0.5)  # stay under the portal's 2 requests per second",
        ]
    else:
        lines += ["", f'result = call({method}, params)["result"]']
    lines += ["print(json.dumps(result, ensure_ascii=False, indent=2))", ""]
    return "\n".join(lines)


def python_requests_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """Python with requests."""
    return _snippet("requests", request, webhook, options)


def python_httpx_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """Python with httpx."""
    return _snippet("httpx", request, webhook, options)
