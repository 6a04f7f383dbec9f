"""Argument parsing for the CLI: one subparser per command module, errors as one or two lines."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from b24desk import __version__
from b24desk.cli import url_commands, webhook_commands
from b24desk.cli.output import EXIT_USAGE, fail
from b24desk.core.errors import B24DeskError, InputError


class QuietParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line plus a pointer to --help (exit 2)."""

    def error(self, message: str) -> NoReturn:
        fail(f"{self.prog}: {message}\nTry '{self.prog} --help'.", EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """Build the `b24desk` parser with every subcommand."""
    parser = QuietParser(
        prog="b24desk",
        description="Bitrix24 REST request builder. Without arguments, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"b24desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=QuietParser)
    url_commands.register(commands)
    webhook_commands.register(commands)
    return parser


def run_command(namespace: argparse.Namespace) -> int:
    """Run the parsed command; B24DeskError becomes a message on stderr, never a traceback."""
    handler = getattr(namespace, "handler", None)
    if handler is None:
        build_parser().print_help(sys.stderr)
        return EXIT_USAGE
    try:
        status: int = handler(namespace)
    except InputError as error:
        fail(str(error), EXIT_USAGE)
    except B24DeskError as error:
        fail(str(error), 1)
    except KeyboardInterrupt:
        return 130
    return status
