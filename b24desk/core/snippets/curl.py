"""A cURL command for the terminal (bash): one --data-urlencode line per parameter."""

from __future__ import annotations

import re

from b24desk.core.query import iter_pairs, php_urlencode
from b24desk.core.request import ApiRequest
from b24desk.core.snippets.common import ENV_VAR, SnippetOptions, embedded_url, header_lines, row_key
from b24desk.core.webhook import Webhook

__all__ = ["bash_head", "curl_snippet", "shell_quote"]


def shell_quote(text: str) -> str:
    """Single-quote text for bash: nothing inside is expanded; ' becomes '\\''."""
    return "'" + text.replace("'", "'\\''") + "'"


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_\[\]<>!*@.:-]+")


def _data_option(key: str, value: str) -> str:
    """--data-urlencode 'key=value' (readable) when curl can take the key as it is, else --data encoded."""
    if _PLAIN_KEY.fullmatch(key):  # curl splits at the first '=' and sends the name unencoded
        return f"--data-urlencode {shell_quote(f'{key}={value}')}"
    return f"--data {shell_quote(f'{php_urlencode(key)}={php_urlencode(value)}')}"


def bash_head(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions, notes: list[str]) -> list[str]:
    """The start of a bash snippet: comments (and `notes`), strict mode, `$webhook` and the method's `$url`."""
    url = embedded_url(webhook, options)
    lines = ["#!/usr/bin/env bash", *(f"# {line}" for line in [*header_lines(request, url is not None), *notes])]
    lines += ["set -euo pipefail", ""]
    if url is not None:
        lines.append(f"webhook={shell_quote(url)}")
    else:
        lines.append(f'webhook="${{{ENV_VAR}:?Set {ENV_VAR} to your webhook URL}}"')
    lines.append(f'url="${{webhook%/}}/{request.method}.json"')
    return lines


def curl_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """bash + curl; with all pages, a loop that reads `next` with jq."""
    lines = bash_head(request, webhook, options, [])
    data = [f"  {_data_option(key, value)}" for key, value in iter_pairs(request.params)]
    # -G: the data goes into the URL's query, as GET; a POST without data needs saying (curl would GET)
    verb = " -G" if request.http_method == "GET" else "" if data or options.all_pages else " -X POST"
    curl = f'curl -sS --fail-with-body{verb} "$url"'
    if not options.all_pages:
        lines.append("")
        lines.append(" \\\n".join([curl, *data]))
        lines.append("")
        return "\n".join(lines)
    key = row_key(request)
    rows = f".result.{key}" if key else ".result"
    lines += [
        "",
        "# Every page of the list (needs jq): 50 rows a page, `next` tells where the next page starts.",
        "start=0",
        "pages=()",
        'while [ -n "$start" ]; do',
        " \\\n".join(
            [
                f"  answer=$({curl}",
                *(f"  {d}" for d in data),
                '    --data-urlencode "start=$start")',
            ]
        ),
        '  pages+=("$(jq -c ' + shell_quote(rows) + ' <<<"$answer")")',
        "  start=$(jq -r '.next // empty' <<<\"$answer\")",
        '  [ -z "$start" ] || sleep 0.5  # stay under the portal\'s 2 requests per second',
        "done",
        "printf '%s\\n' \"${pages[@]}\" | jq -s 'add'",
        "",
    ]
    return "\n".join(lines)
