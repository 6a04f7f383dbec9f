"""The pure-Python core of b24desk (no Qt): webhook URLs, PHP-style parameters, errors, secrets."""

from b24desk.core.errors import B24DeskError, InputError, ParamsError, WebhookURLError
from b24desk.core.query import decode, encode, encode_display
from b24desk.core.secret import Secret
from b24desk.core.webhook import (
    ParsedURL,
    Portal,
    Webhook,
    build_call_url,
    mask_secrets_in,
    parse_webhook_url,
)

__all__ = [
    "B24DeskError",
    "InputError",
    "ParamsError",
    "ParsedURL",
    "Portal",
    "Secret",
    "Webhook",
    "WebhookURLError",
    "build_call_url",
    "decode",
    "encode",
    "encode_display",
    "mask_secrets_in",
    "parse_webhook_url",
]
