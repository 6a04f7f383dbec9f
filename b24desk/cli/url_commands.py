"""`b24desk url` and `b24desk parse`: build a call URL, or take a pasted one apart."""

from __future__ import annotations

import argparse
from typing import Any

from b24desk.cli.command_table import command_help
from b24desk.cli.output import print_json
from b24desk.cli.params_args import collect_params
from b24desk.cli.webhook_option import (
    WEBHOOK_ENV,
    WEBHOOK_HELP,
    looks_like_url,
    resolve_webhook,
    webhook_url_from_args,
)
from b24desk.core.i18n import translate
from b24desk.core.webhook import ParsedURL, build_call_url, parse_webhook_url

__all__ = ["WEBHOOK_ENV", "register", "run_parse", "run_url", "webhook_from_args"]


def register(commands: Any) -> None:
    """Add the `url` and `parse` subcommands."""
    url = commands.add_parser(
        "url",
        help=command_help("url"),
        description=translate("cli", "Print the webhook call URL exactly as sent (secret masked unless --reveal)."),
    )
    url.add_argument("--webhook", help=translate("cli", WEBHOOK_HELP))
    url.add_argument("method", help=translate("cli", "REST method, e.g. crm.lead.add"))
    url.add_argument("params", nargs="*", metavar="KEY=VALUE", help=translate("cli", "e.g. fields[TITLE]=Acme"))
    url.add_argument("--params-json", metavar="JSON", help=translate("cli", "parameters as a JSON object"))
    url.add_argument("--reveal", action="store_true", help=translate("cli", "show the secret in full"))
    url.set_defaults(handler=run_url)

    parse = commands.add_parser(
        "parse",
        help=command_help("parse"),
        description=translate("cli", "Print the portal, user id, secret (masked), method and parameters of a URL."),
    )
    parse.add_argument("url", help=translate("cli", "a webhook base URL, a full call URL, or a saved webhook's name"))
    parse.add_argument("--reveal", action="store_true", help=translate("cli", "show the secret in full"))
    parse.set_defaults(handler=run_parse)


def webhook_from_args(value: str | None) -> str:
    """The webhook URL from --webhook or B24_WEBHOOK (a URL, or a saved webhook's name); raise if neither."""
    return webhook_url_from_args(value)


def run_url(args: argparse.Namespace) -> int:
    """Print the call URL on one line."""
    webhook = resolve_webhook(args.webhook)
    params = collect_params(args.params, args.params_json)
    url = build_call_url(webhook, args.method, params, reveal=args.reveal)
    if not args.reveal:  # the secret pasted into a parameter value is masked too
        url = url.replace(webhook.secret.reveal(), webhook.secret.masked())
    print(url)
    return 0


def run_parse(args: argparse.Namespace) -> int:
    """Print the parts of a webhook URL (or of a saved webhook, by name) as JSON."""
    if looks_like_url(args.url):
        parsed = parse_webhook_url(args.url)
    else:
        parsed = ParsedURL(webhook=resolve_webhook(args.url), method=None, params={})
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
