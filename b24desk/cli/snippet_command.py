"""`b24desk snippet`: print the request as PHP, Python, JavaScript, Go or cURL code (core's snippet registry)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from b24desk.cli.command_table import command_help
from b24desk.cli.params_args import collect_params
from b24desk.cli.url_commands import webhook_from_args
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.request import ApiRequest
from b24desk.core.snippets import LANGUAGES, SnippetOptions, generate
from b24desk.core.webhook import Webhook, check_method, parse_webhook_url

_MSG_EMBED = QT_TRANSLATE_NOOP(
    "cli", "warning: the snippet holds the webhook secret; Bitrix24 blocks a webhook whose secret is found in public."
)


def register(commands: Any) -> None:
    """Add the `snippet` subcommand."""
    snippet = commands.add_parser(
        "snippet",
        help=command_help("snippet"),
        description=translate(
            "cli", "Print code that makes this call. By default it reads the webhook URL from B24_WEBHOOK_URL."
        ),
    )
    snippet.add_argument(
        "--lang", choices=sorted(LANGUAGES), default="php", help=translate("cli", "language (default php)")
    )
    snippet.add_argument(
        "--webhook", help=translate("cli", "webhook URL, only needed with --embed-secret (default: $B24_WEBHOOK)")
    )
    snippet.add_argument("method", help=translate("cli", "REST method, e.g. crm.lead.list"))
    snippet.add_argument("params", nargs="*", metavar="KEY=VALUE", help=translate("cli", "e.g. fields[TITLE]=Acme"))
    snippet.add_argument("--params-json", metavar="JSON", help=translate("cli", "parameters as a JSON object"))
    snippet.add_argument(
        "--all-pages", action="store_true", help=translate("cli", "loop over every page of a list method")
    )
    snippet.add_argument(
        "--embed-secret", action="store_true", help=translate("cli", "write the real webhook URL into the code")
    )
    snippet.set_defaults(handler=run_snippet)


def run_snippet(args: argparse.Namespace) -> int:
    """Print the snippet (a warning on stderr when it embeds the secret)."""
    webhook: Webhook | None = None
    if args.embed_secret:
        webhook = parse_webhook_url(webhook_from_args(args.webhook)).webhook
    params = collect_params(args.params, args.params_json)
    request = ApiRequest(check_method(args.method), dict(params))
    options = SnippetOptions(all_pages=args.all_pages, embed_secret=args.embed_secret)
    code = generate(args.lang, request, webhook, options)
    if not args.embed_secret:  # any saved webhook's secret (current or earlier) pasted into a parameter
        from b24desk.cli.webhook_option import saved_secret_masker

        masker = saved_secret_masker()
        if masker is not None:
            code = masker.mask(code)
    sys.stdout.write(code)
    if args.embed_secret:
        print(translate("cli", _MSG_EMBED), file=sys.stderr)
    return 0
