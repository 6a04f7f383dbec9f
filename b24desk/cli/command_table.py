"""Which module registers each `b24desk` command, and the command's one-line help.

The parser imports only the module of the command being run (its imports can be heavy: httpx, the
sandbox's server); the other commands appear in `--help` as one line from this table.
"""

from __future__ import annotations

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

# command -> (module under b24desk.cli, its function that registers it, the help line); `--help` order
COMMANDS: dict[str, tuple[str, str, str]] = {
    "url": ("url_commands", "register", QT_TRANSLATE_NOOP("cli", "print the call URL for a method and parameters")),
    "parse": ("url_commands", "register", QT_TRANSLATE_NOOP("cli", "take a webhook URL apart (JSON)")),
    "call": ("call_command", "register", QT_TRANSLATE_NOOP("cli", "call a REST method and print the result as JSON")),
    "snippet": (
        "snippet_command",
        "register",
        QT_TRANSLATE_NOOP("cli", "print the call as PHP, Python, JavaScript, Go or cURL code"),
    ),
    "methods": (
        "catalogue_commands",
        "register",
        QT_TRANSLATE_NOOP("cli", "list REST methods matching a query (offline catalogue)"),
    ),
    "describe": (
        "catalogue_commands",
        "register",
        QT_TRANSLATE_NOOP("cli", "print a method's parameters (offline catalogue)"),
    ),
    "sandbox": (
        "sandbox_commands",
        "register",
        QT_TRANSLATE_NOOP("cli", "run a local Bitrix24-compatible portal (for the demo and tests)"),
    ),
    "webhooks": (
        "webhook_commands",
        "register",
        QT_TRANSLATE_NOOP("cli", "saved webhooks (secrets in the OS keyring)"),
    ),
    "listen": (
        "listen_commands",
        "register",
        QT_TRANSLATE_NOOP("cli", "receive outgoing-webhook events and print them as JSON lines"),
    ),
    "replay": (
        "listen_commands",
        "register",
        QT_TRANSLATE_NOOP("cli", "send saved events (JSON lines from `listen`) to a handler URL"),
    ),
    "handler-skeleton": (
        "handler_skeleton_command",
        "register",
        QT_TRANSLATE_NOOP("cli", "print a PHP or Python event handler that verifies the token and decodes the event"),
    ),
    "run": (
        "run_requests",
        "register",
        QT_TRANSLATE_NOOP("cli", "run request files or collection folders in order (exit 1 if any failed)"),
    ),
    "import": (
        "import_commands",
        "register",
        QT_TRANSLATE_NOOP("cli", "turn a cURL command or a Postman collection into request files"),
    ),
    "export": (
        "import_commands",
        "register",
        QT_TRANSLATE_NOOP("cli", "write a collection folder in another format"),
    ),
    "env": (
        "environment_commands",
        "register",
        QT_TRANSLATE_NOOP("cli", "a collection's environments (variables for {{name}})"),
    ),
    "history": (
        "history_commands",
        "register_search",
        QT_TRANSLATE_NOOP("cli", "search the history of every call (saved, pasted and sandbox webhooks)"),
    ),
    "scan": (
        "scan_command",
        "register",
        QT_TRANSLATE_NOOP("cli", "find Bitrix24 webhook secrets and application tokens in files"),
    ),
}


def command_help(command: str) -> str:
    """The command's help line in the user's language."""
    return translate("cli", COMMANDS[command][2])


def chosen_command(args: list[str]) -> str | None:
    """The command word of a command line (the first argument that is not an option), if it names one."""
    for arg in args:
        if not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None
