"""The `b24desk` command: no arguments starts the app; subcommands are the CLI twin over the core."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from b24desk.cli.parser import build_parser, run_command


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (or the GUI when no subcommand is given); return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from b24desk.ui.app import run_app  # Qt is imported only when the window is wanted

        return run_app()
    parser = build_parser()
    namespace, extra = parser.parse_known_args(args)
    # KEY=VALUE pairs may follow options (`url M --params-json J a=1`); argparse leaves them over.
    if extra and isinstance(getattr(namespace, "params", None), list):
        options = [arg for arg in extra if arg.startswith("-")]
        if options:
            parser.error(f"unrecognized arguments: {' '.join(options)}")
        namespace.params.extend(extra)
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return run_command(namespace)
