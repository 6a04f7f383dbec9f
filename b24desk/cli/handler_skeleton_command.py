"""`b24desk handler-skeleton`: print an outgoing-webhook handler script (core's skeletons), nothing else loaded."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from b24desk.cli.command_table import command_help
from b24desk.core.i18n import translate
from b24desk.core.snippets.handlers import HANDLER_LANGUAGES, TOKEN_ENV, handler_skeleton


def register(commands: Any) -> None:
    """Add the `handler-skeleton` subcommand."""
    skeleton = commands.add_parser(
        "handler-skeleton",
        help=command_help("handler-skeleton"),
        description=translate(
            "cli", "Print an outgoing-webhook handler script; it reads the token from ${env}."
        ).format(env=TOKEN_ENV),
    )
    skeleton.add_argument("language", choices=sorted(HANDLER_LANGUAGES), help=translate("cli", "php or python"))
    skeleton.set_defaults(handler=run_handler_skeleton)


def run_handler_skeleton(args: argparse.Namespace) -> int:
    """Print the handler script."""
    sys.stdout.write(handler_skeleton(args.language))
    return 0
