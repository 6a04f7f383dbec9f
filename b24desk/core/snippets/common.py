"""What every snippet generator shares: options, the webhook line, and list-method facts."""

from __future__ import annotations

import json
import math
from typing import Any

from b24desk.core.request import ApiRequest
from b24desk.core.value_record import ReadOnlyValue, slot_setters
from b24desk.core.webhook import Webhook

__all__ = [
    "ENV_VAR",
    "PAGE_NOTE",
    "PAGE_PAUSE",
    "PAUSE_NOTE",
    "URL_SHAPE",
    "SnippetOptions",
    "embedded_url",
    "header_lines",
    "json_ready",
    "json_text",
    "row_key",
]

ENV_VAR = "B24_WEBHOOK_URL"
URL_SHAPE = "https://your-portal.bitrix24.com/rest/USER_ID/SECRET/"
# Rows of these list methods sit under a key of `result` (bitrix24/b24restdocs: tasks-task-list.md,
# crm-item-list.md); other list methods return the rows as `result` itself.
ROW_KEYS = {"tasks.task.list": "tasks", "crm.item.list": "items"}


class SnippetOptions(ReadOnlyValue):  # not a dataclass: that module imports inspect (~7 ms of every `snippet`)
    """Choices for a snippet: loop over every page, embed the real webhook URL (secret included)."""

    __slots__ = __match_args__ = ("all_pages", "embed_secret")
    all_pages: bool
    embed_secret: bool

    def __init__(self, all_pages: bool = False, embed_secret: bool = False) -> None:
        for setter, value in zip(_OPTION_SETTERS, (all_pages, embed_secret), strict=True):
            setter(self, value)


_OPTION_SETTERS = slot_setters(SnippetOptions, SnippetOptions.__match_args__)


def embedded_url(webhook: Webhook | None, options: SnippetOptions) -> str | None:
    """The real webhook base URL when the user chose to embed it, else None (read from the environment)."""
    if options.embed_secret and webhook is not None:
        return webhook.base_url(reveal=True)
    return None


def row_key(request: ApiRequest) -> str | None:
    """The key that holds a list method's rows inside `result`, if any."""
    return ROW_KEYS.get(request.method.lower())


def header_lines(request: ApiRequest, embedded: bool) -> list[str]:
    """The comment lines every snippet starts with (without the comment markers)."""
    lines = [f"Calls the Bitrix24 REST method {request.method} through an incoming webhook."]
    if embedded:
        lines += [
            "WARNING: this file holds the webhook's secret. Anyone who reads it can use your portal,",
            "and Bitrix24 blocks a webhook whose secret is found in public. Do not share or commit it.",
        ]
    else:
        lines += [
            f"The webhook URL comes from the {ENV_VAR} environment variable, so the secret stays out",
            f"of this file: export {ENV_VAR}='{URL_SHAPE}'",
        ]
    return lines


# The pause between two pages of a list, in seconds: the portal drains about 2 requests a second.
PAGE_PAUSE = 0.5
PAGE_NOTE = "Every page of the list: 50 rows a page, `next` tells where the next page starts."
PAUSE_NOTE = "stay under the portal's 2 requests per second"
# JavaScript numbers (and so JSON read by most readers) are exact only up to 2**53.
_EXACT_INT = 2**53


def json_ready(value: Any) -> Any:
    """`value` as it travels in a JSON body: what JSON cannot hold exactly goes as the text PHP would send.

    Integers past 2**53 and non-finite floats become their http_build_query text (digits, NAN, INF,
    -INF), so a JSON-bodied snippet asks the portal for what the form-encoded request asks for.
    """
    if isinstance(value, dict):
        return {str(k): json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_ready(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value if -_EXACT_INT <= value <= _EXACT_INT else str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "NAN" if math.isnan(value) else ("INF" if value > 0 else "-INF")
    return value


def json_text(value: Any, indent: int | None = 2) -> str:
    """Readable JSON for a snippet (UTF-8 kept as it is, control characters escaped, no NaN)."""
    return json.dumps(json_ready(value), ensure_ascii=False, indent=indent, allow_nan=False)
