"""The `b24desk` command: no arguments starts the app; subcommands are the CLI twin over the core."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

_MSG_UNRECOGNIZED = QT_TRANSLATE_NOOP("cli", "unrecognized arguments: {arguments}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (or the GUI when no subcommand is given); return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from b24desk.ui.common.long_lived import no_collection_during_start_up
        from b24desk.ui.common.pyside_source_check import drop_feature_import, install

        no_collection_during_start_up()  # until the first screen is up (ui/shell/first_screen.py)
        install()  # before the app's modules load, so PySide6 keeps none of their sources
        drop_feature_import()  # and no Python hook runs on each of their import statements
        from b24desk.ui.shell.app import run_app  # Qt is imported only when the window is wanted

        return run_app()
    from b24desk.cli.parser import build_parser, run_command  # the chosen command's imports only
    from b24desk.ui.common.translations import (
        install_cli_translator,  # Qt's QtCore only for a language other than English
    )

    install_cli_translator()
    parser = build_parser(args)
    namespace, extra = parser.parse_known_args(args)
    # KEY=VALUE pairs may follow options (`url M --params-json J a=1`); argparse leaves them over.
    if extra and isinstance(getattr(namespace, "params", None), list):
        options = [arg for arg in extra if arg.startswith("-")]
        if options:
            parser.error(translate("cli", _MSG_UNRECOGNIZED).format(arguments=" ".join(options)))
        namespace.params.extend(extra)
    elif extra:
        parser.error(translate("cli", _MSG_UNRECOGNIZED).format(arguments=" ".join(extra)))
    return run_command(namespace)
