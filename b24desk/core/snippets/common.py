"""What every snippet generator shares: options, the webhook line, and list-method facts."""

from __future__ import annotations

from dataclasses import dataclass

from b24desk.core.request import ApiRequest
from b24desk.core.webhook import Webhook

__all__ = ["ENV_VAR", "SnippetOptions", "embedded_url", "header_lines", "row_key"]

ENV_VAR = "B24_WEBHOOK_URL"
# Rows of these list methods sit under a key of `result` (bitrix24/b24restdocs: tasks-task-list.md,
# crm-item-list.md); other list methods return the rows as `result` itself.
ROW_KEYS = {"tasks.task.list": "tasks", "crm.item.list": "items"}


@dataclass(frozen=True, slots=True)
class SnippetOptions:
    """Choices for a snippet: loop over every page, embed the real webhook URL (secret included)."""

    all_pages: bool = False
    embed_secret: bool = False


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
            f"of this file: export {ENV_VAR}='https://your-portal.bitrix24.com/rest/USER_ID/SECRET/'",
        ]
    return lines
