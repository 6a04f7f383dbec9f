"""Plain-language explanations of call failures: what happened and what to do, for the GUI and CLI.

Codes and their meaning come from bitrix24/b24restdocs: _includes/system-errors.md, limits.md,
settings/how-to-call-rest-api/batch.md and local-integrations/local-webhooks.md. Codes are compared
case-insensitively (the portal sends `insufficient_scope` and `INVALID_CREDENTIALS` alike).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from b24desk.core.errors import (
    CallError,
    CallTimeoutError,
    HTTPStatusError,
    NetworkError,
    PagingError,
    PortalError,
    RedirectError,
    ResponseFormatError,
    ResponseTooLargeError,
)
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["explain", "explain_code", "known_codes"]

_CTX = "explanations"

INTEGRATIONS_PATH = QT_TRANSLATE_NOOP("explanations", "Developer resources > Integrations")
# How a person stores a new secret: the window's button, or the CLI's command.
UPDATE_SECRET = {
    "gui": QT_TRANSLATE_NOOP("explanations", "Update secret… (the button below, or the Webhook… menu)"),
    "cli": QT_TRANSLATE_NOOP("explanations", "b24desk webhooks rotate NAME NEW_URL (or a new --webhook URL)"),
}
Audience = Literal["gui", "cli"]


@dataclass(frozen=True, slots=True)
class Explanation:
    """A failure in people's words: a title, what it means, and what to do about it."""

    code: str
    title: str
    meaning: str
    action: str

    def as_text(self) -> str:
        """Title, meaning and action as one block of text (CLI, tooltips)."""
        return f"{self.title} ({self.code})\n{self.meaning}\n{self.action}"


# code (upper case) -> (title, meaning, action); all marked for translation
_TABLE: dict[str, tuple[str, str, str]] = {
    "INVALID_CREDENTIALS": (
        QT_TRANSLATE_NOOP("explanations", "The portal refused this webhook"),
        QT_TRANSLATE_NOOP(
            "explanations",
            "The webhook was deleted, its secret was regenerated, the portal blocked it because the "
            "secret was found in public, or the user who made it lacks the rights for this call.",
        ),
        QT_TRANSLATE_NOOP(
            "explanations",
            "Open the portal's {integrations}, edit the webhook, regenerate its secret, and store the "
            "new secret with {update_secret}. Update it in every other program that uses it too.",
        ),
    ),
    "NO_AUTH_FOUND": (
        QT_TRANSLATE_NOOP("explanations", "The portal did not recognise the webhook"),
        QT_TRANSLATE_NOOP("explanations", "The user id or the secret in the URL is wrong."),
        QT_TRANSLATE_NOOP(
            "explanations", "Copy the webhook URL again from the portal's {integrations} and paste it here."
        ),
    ),
    "INSUFFICIENT_SCOPE": (
        QT_TRANSLATE_NOOP("explanations", "This webhook may not call this method"),
        QT_TRANSLATE_NOOP("explanations", "The method belongs to a permission (scope) that the webhook was not given."),
        QT_TRANSLATE_NOOP(
            "explanations",
            "In the portal's {integrations}, edit the webhook, tick the permission this method needs, "
            "and save. The secret stays the same.",
        ),
    ),
    "ERROR_METHOD_NOT_FOUND": (
        QT_TRANSLATE_NOOP("explanations", "The portal has no such method"),
        QT_TRANSLATE_NOOP(
            "explanations",
            "The method name is misspelled, belongs to a module this portal does not have, or exists "
            "only in a newer version of Bitrix24.",
        ),
        QT_TRANSLATE_NOOP(
            "explanations", "Check the spelling in the method browser, or pick the method from the list."
        ),
    ),
    "QUERY_LIMIT_EXCEEDED": (
        QT_TRANSLATE_NOOP("explanations", "Too many requests"),
        QT_TRANSLATE_NOOP(
            "explanations",
            "The portal allows about 2 requests per second (more on Enterprise plans) after a short "
            "burst, and refused this one.",
        ),
        QT_TRANSLATE_NOOP(
            "explanations",
            "Wait a few seconds and try again. b24desk paces requests itself; use batch or "
            "'Fetch all pages' to need fewer requests.",
        ),
    ),
    "OPERATION_TIME_LIMIT": (
        QT_TRANSLATE_NOOP("explanations", "This method used up its time budget"),
        QT_TRANSLATE_NOOP(
            "explanations",
            "Calls to this method took too much server time in the last 10 minutes, so the portal "
            "blocks it for a while. Other methods still work.",
        ),
        QT_TRANSLATE_NOOP(
            "explanations",
            "Wait until the budget resets (the answer's operating_reset_at), then ask for less per "
            "call: fewer fields in select, narrower filters.",
        ),
    ),
    "ACCESS_DENIED": (
        QT_TRANSLATE_NOOP("explanations", "Access denied"),
        QT_TRANSLATE_NOOP(
            "explanations",
            "The REST API is not available on this portal's plan, or the webhook's user has no access to this data.",
        ),
        QT_TRANSLATE_NOOP(
            "explanations",
            "Check the portal's plan (the REST API needs a commercial plan or a trial) and the user's access rights.",
        ),
    ),
    "EXPIRED_TOKEN": (
        QT_TRANSLATE_NOOP("explanations", "The access token expired"),
        QT_TRANSLATE_NOOP("explanations", "OAuth tokens of applications live one hour; webhooks do not use them."),
        QT_TRANSLATE_NOOP("explanations", "Use an incoming webhook URL, or refresh the application's token."),
    ),
    "INVALID_TOKEN": (
        QT_TRANSLATE_NOOP("explanations", "The access token is not valid"),
        QT_TRANSLATE_NOOP("explanations", "The token is wrong or was revoked."),
        QT_TRANSLATE_NOOP("explanations", "Use an incoming webhook URL from the portal's {integrations}."),
    ),
    "WRONG_AUTH_TYPE": (
        QT_TRANSLATE_NOOP("explanations", "This method needs an application"),
        QT_TRANSLATE_NOOP("explanations", "Some methods work only for installed applications, not for webhooks."),
        QT_TRANSLATE_NOOP(
            "explanations", "Call this method from a Bitrix24 application (OAuth), not through a webhook."
        ),
    ),
    "USER_ACCESS_ERROR": (
        QT_TRANSLATE_NOOP("explanations", "The application is limited to other users"),
        QT_TRANSLATE_NOOP("explanations", "The portal allows this application only for certain users."),
        QT_TRANSLATE_NOOP("explanations", "Ask the portal administrator to give this user access."),
    ),
    "ERROR_ARGUMENT": (
        QT_TRANSLATE_NOOP("explanations", "A parameter is missing or wrong"),
        QT_TRANSLATE_NOOP("explanations", "The method did not accept the parameters: {description}"),
        QT_TRANSLATE_NOOP("explanations", "Check the required parameters (marked *) and their types in the grid."),
    ),
    "ERROR_CORE": (
        QT_TRANSLATE_NOOP("explanations", "The method reported an error"),
        QT_TRANSLATE_NOOP("explanations", "The portal could not do what was asked: {description}"),
        QT_TRANSLATE_NOOP(
            "explanations", "Read the portal's message; often an ID does not exist or a value is invalid."
        ),
    ),
    "ERROR_BATCH_LENGTH_EXCEEDED": (
        QT_TRANSLATE_NOOP("explanations", "Too many commands in one batch"),
        QT_TRANSLATE_NOOP("explanations", "A batch may hold at most 50 commands."),
        QT_TRANSLATE_NOOP("explanations", "Split the batch; b24desk's batch splits long lists for you."),
    ),
    "ERROR_BATCH_METHOD_NOT_ALLOWED": (
        QT_TRANSLATE_NOOP("explanations", "This method cannot run inside a batch"),
        QT_TRANSLATE_NOOP("explanations", "Nested batches and file uploads or downloads are not allowed in a batch."),
        QT_TRANSLATE_NOOP("explanations", "Call this method on its own."),
    ),
    "INVALID_REQUEST": (
        QT_TRANSLATE_NOOP("explanations", "The portal requires HTTPS"),
        QT_TRANSLATE_NOOP("explanations", "Cloud portals accept REST calls only over https://."),
        QT_TRANSLATE_NOOP("explanations", "Change the webhook URL to start with https://."),
    ),
    "OVERLOAD_LIMIT": (
        QT_TRANSLATE_NOOP("explanations", "The portal blocked REST calls for overload"),
        QT_TRANSLATE_NOOP("explanations", "Bitrix24 blocked this portal's REST API manually after heavy load."),
        QT_TRANSLATE_NOOP("explanations", "Only Bitrix24 support can lift this block; contact them."),
    ),
    "PORTAL_DELETED": (
        QT_TRANSLATE_NOOP("explanations", "The portal is gone"),
        QT_TRANSLATE_NOOP("explanations", "The portal was deleted, or its public part is closed."),
        QT_TRANSLATE_NOOP("explanations", "Check the portal address."),
    ),
    "INTERNAL_SERVER_ERROR": (
        QT_TRANSLATE_NOOP("explanations", "The portal had an internal error"),
        QT_TRANSLATE_NOOP("explanations", "Something failed on the portal's side."),
        QT_TRANSLATE_NOOP("explanations", "Try again in a minute; if it persists, contact the portal's administrator."),
    ),
    "NOT_FOUND": (
        QT_TRANSLATE_NOOP("explanations", "Not found"),
        QT_TRANSLATE_NOOP("explanations", "The record does not exist (or you cannot see it): {description}"),
        QT_TRANSLATE_NOOP("explanations", "Check the ID."),
    ),
}

_FAMILY: dict[type[CallError], tuple[str, str, str]] = {
    RedirectError: (
        QT_TRANSLATE_NOOP("explanations", "The portal moved"),
        QT_TRANSLATE_NOOP("explanations", "The server answered: {detail}. b24desk does not follow redirects."),
        QT_TRANSLATE_NOOP(
            "explanations", "If the new address is the portal's, save the webhook again with it; otherwise check it."
        ),
    ),
    ResponseTooLargeError: (
        QT_TRANSLATE_NOOP("explanations", "The answer is too large"),
        QT_TRANSLATE_NOOP("explanations", "{detail}."),
        QT_TRANSLATE_NOOP(
            "explanations",
            "Ask for less per call (fewer fields in select, a narrower filter, 'Fetch all pages'), or raise "
            "the answer size limit (CLI: --max-body).",
        ),
    ),
    HTTPStatusError: (
        QT_TRANSLATE_NOOP("explanations", "The server answered with HTTP {status}"),
        QT_TRANSLATE_NOOP(
            "explanations",
            "The answer is an error page, not a Bitrix24 answer: the portal or a proxy in front of "
            "it is failing or overloaded.",
        ),
        QT_TRANSLATE_NOOP("explanations", "Try again in a minute. If it repeats, check the portal address."),
    ),
    ResponseFormatError: (
        QT_TRANSLATE_NOOP("explanations", "The answer is not a Bitrix24 answer"),
        QT_TRANSLATE_NOOP(
            "explanations",
            "The portal sent something that is not the expected JSON (an HTML page or a cut-off answer): {detail}",
        ),
        QT_TRANSLATE_NOOP(
            "explanations",
            "Check that the address points to a Bitrix24 portal; look at the raw answer. Try again if "
            "the answer was cut off.",
        ),
    ),
    PagingError: (
        QT_TRANSLATE_NOOP("explanations", "Fetching every page stopped"),
        QT_TRANSLATE_NOOP("explanations", "The pages did not move through the list: {detail}."),
        QT_TRANSLATE_NOOP(
            "explanations", "Run the call without 'Fetch all pages' and look at what the portal sends for start=50."
        ),
    ),
    NetworkError: (
        QT_TRANSLATE_NOOP("explanations", "The portal could not be reached"),
        QT_TRANSLATE_NOOP("explanations", "No connection: {detail}"),
        QT_TRANSLATE_NOOP(
            "explanations", "Check the address, your network, a proxy or VPN, and the portal's certificate."
        ),
    ),
    CallTimeoutError: (
        QT_TRANSLATE_NOOP("explanations", "The portal did not answer in time"),
        QT_TRANSLATE_NOOP("explanations", "No answer within {detail}."),
        QT_TRANSLATE_NOOP(
            "explanations",
            "Try again; for big lists ask for fewer fields or use 'Fetch all pages', which fetches in small pieces.",
        ),
    ),
}

_UNKNOWN = (
    QT_TRANSLATE_NOOP("explanations", "The portal reported {code}"),
    QT_TRANSLATE_NOOP("explanations", "{description}"),
    QT_TRANSLATE_NOOP("explanations", "Check the parameters against the method's documentation."),
)
# CRM and task methods often answer an empty code with only a description (crm-lead-get.md's table).
_NO_CODE = (
    QT_TRANSLATE_NOOP("explanations", "The method refused the request"),
    QT_TRANSLATE_NOOP("explanations", "The portal says: {description}"),
    QT_TRANSLATE_NOOP(
        "explanations", "Check the parameters against the method's documentation; often an ID does not exist."
    ),
)


def _fill(text: str, audience: Audience = "gui", /, **values: object) -> str:
    return translate(_CTX, text).format(
        integrations=translate(_CTX, INTEGRATIONS_PATH),
        update_secret=translate(_CTX, UPDATE_SECRET[audience]),
        **values,
    )


def explain_code(
    code: str, description: str = "", *, status: int | None = None, audience: Audience = "gui"
) -> Explanation:
    """Explain a portal error code (any case) with its description, the fix worded for the GUI or the CLI."""
    title, meaning, action = _TABLE.get(code.upper(), _UNKNOWN if code.strip() else _NO_CODE)
    values = {"code": code, "description": description or code, "status": status or ""}
    label = code if code.strip() else (f"HTTP {status}" if status else "ERROR")
    return Explanation(label, _fill(title, **values), _fill(meaning, **values), _fill(action, audience, **values))


def explain(error: CallError, *, audience: Audience = "gui") -> Explanation:
    """Explain any call failure in plain words, with what to do (in the GUI's or the CLI's terms)."""
    if isinstance(error, PortalError):
        return explain_code(error.error_code, error.description, status=error.status, audience=audience)
    for family, (title, meaning, action) in _FAMILY.items():
        if isinstance(error, family):
            status = error.response.status if error.response else ""
            values = {"status": status, "detail": error.message}
            return Explanation(error.code, _fill(title, **values), _fill(meaning, **values), _fill(action, **values))
    return Explanation(error.code, error.message, "", "")


def known_codes() -> list[str]:
    """The portal error codes the table explains (upper case)."""
    return sorted(_TABLE)
