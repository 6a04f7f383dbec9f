"""`b24desk url` and `b24desk parse`: build a call URL, or take a pasted one apart."""

from __future__ import annotations

import argparse
import os
from typing import Any

from b24desk.cli.output import print_json
from b24desk.cli.params_args import collect_params
from b24desk.core.errors import WebhookURLError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.webhook import build_call_url, parse_webhook_url

WEBHOOK_ENV = "B24_WEBHOOK"
_MSG_NO_WEBHOOK = QT_TRANSLATE_NOOP(
    "cli", "No webhook given: pass --webhook URL or set the B24_WEBHOOK environment variable."
)


def register(commands: Any) -> None:
    """Add the `url` and `parse` subcommands."""
    url = commands.add_parser(
        "url",
        help=translate("cli", "print the call URL for a method and parameters"),
        description=translate("cli", "Print the webhook call URL exactly as sent (secret masked unless --reveal)."),
    )
    url.add_argument("--webhook", help=translate("cli", "webhook URL (default: $B24_WEBHOOK)"))
    url.add_argument("method", help=translate("cli", "REST method, e.g. crm.lead.add"))
    url.add_argument("params", nargs="*", metavar="KEY=VALUE", help=translate("cli", "e.g. fields[TITLE]=Acme"))
    url.add_argument("--params-json", metavar="JSON", help=translate("cli", "parameters as a JSON object"))
    url.add_argument("--reveal", action="store_true", help=translate("cli", "show the secret in full"))
    url.set_defaults(handler=run_url)

    parse = commands.add_parser(
        "parse",
        help=translate("cli", "take a webhook URL apart (JSON)"),
        description=translate("cli", "Print the portal, user id, secret (masked), method and parameters of a URL."),
    )
    parse.add_argument("url", help=translate("cli", "a webhook base URL or a full call URL"))
    parse.add_argument("--reveal", action="store_true", help=translate("cli", "show the secret in full"))
    parse.set_defaults(handler=run_parse)


def webhook_from_args(value: str | None) -> str:
    """The webhook URL from --webhook or B24_WEBHOOK; raise a clear error when neither is set."""
    url = value or os.environ.get(WEBHOOK_ENV, "")
    if not url.strip():
        raise WebhookURLError(translate("cli", _MSG_NO_WEBHOOK))
    return url


def run_url(args: argparse.Namespace) -> int:
    """Print the call URL on one line."""
    parsed = parse_webhook_url(webhook_from_args(args.webhook))
    params = collect_params(args.params, args.params_json)
    print(build_call_url(parsed.webhook, args.method, params, reveal=args.reveal))
    return 0


def run_parse(args: argparse.Namespace) -> int:
    """Print the parts of a webhook URL as JSON."""
    parsed = parse_webhook_url(args.url)
    secret = parsed.webhook.secret
    print_json(
        {
            "portal": parsed.webhook.portal.url,
            "user_id": parsed.webhook.user_id,
            "secret": secret.reveal() if args.reveal else secret.masked(),
            "method": parsed.method,
            "params": parsed.params,
        }
    )
    return 0
