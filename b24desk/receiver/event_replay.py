"""Replay a received event to any URL (a user's own handler), as the portal would send it."""

from __future__ import annotations

import httpx

from b24desk.core.errors import NetworkError
from b24desk.core.events import ReceivedEvent, replay_body
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.secret import Secret
from b24desk.core.webhook import mask_secrets_in

FORM_TYPE = "application/x-www-form-urlencoded"
_MSG_FAILED = QT_TRANSLATE_NOOP("receiver", "The event could not be sent to {url}: {reason}")


async def replay(
    event: ReceivedEvent,
    url: str,
    token: Secret | None = None,
    *,
    client: httpx.AsyncClient | None = None,
    timeout: float = 10.0,
) -> int:
    """POST the event's body to `url` (its application token set to `token` when given); the HTTP status.

    Raises NetworkError (its message names no token) when no answer comes.
    """
    content_type = next((v for k, v in event.headers.items() if k.lower() == "content-type"), FORM_TYPE)
    headers = {"Content-Type": content_type, "User-Agent": "b24desk event replay"}
    body = replay_body(event, token)
    try:
        if client is not None:
            answer = await client.post(url, content=body, headers=headers, timeout=timeout)
        else:
            async with httpx.AsyncClient(timeout=timeout) as own:
                answer = await own.post(url, content=body, headers=headers)
    except (httpx.HTTPError, ValueError) as error:
        reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        message = translate("receiver", _MSG_FAILED).format(url=url, reason=reason)
        raise NetworkError(mask_secrets_in(message)) from None
    return answer.status_code
