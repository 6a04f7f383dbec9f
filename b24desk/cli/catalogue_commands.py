"""`b24desk methods` and `b24desk describe`: search the bundled method catalogue, show a method's parameters.

With `--webhook`, each line says whether that webhook may call the method: `portal_offer` asks the
portal's `scope` and `methods` (one batch), `Catalogue.with_portal` marks the catalogue, and a method
of a granted scope that the portal leaves out reads "not served by this portal" (the sandbox serves a
subset), one of a scope the webhook lacks "not available".
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from b24desk.cli.command_table import command_help
from b24desk.cli.output import print_json
from b24desk.core.catalogue_model import MethodInfo, ParamInfo, method_as_dict
from b24desk.core.discovery import PortalOffer
from b24desk.core.errors import B24DeskError, InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from b24desk.core.catalogue import Catalogue

_CTX = "cli"
_MSG_NONE = QT_TRANSLATE_NOOP("cli", "No method matches {query!r}.")
_MSG_UNKNOWN = QT_TRANSLATE_NOOP("cli", "The catalogue has no method {name!r}.")
_MSG_SUGGEST = QT_TRANSLATE_NOOP("cli", "Did you mean: {names}?")
_MSG_NO_SCOPE = QT_TRANSLATE_NOOP("cli", "No method has the scope {scope!r}. Scopes: {scopes}.")
_MSG_SCOPE = QT_TRANSLATE_NOOP("cli", "scope: {scopes}")
_MSG_LIST = QT_TRANSLATE_NOOP("cli", "list")
_MSG_DEPRECATED = QT_TRANSLATE_NOOP("cli", "deprecated")
_MSG_AVAILABLE = QT_TRANSLATE_NOOP("cli", "available")
_MSG_UNAVAILABLE = QT_TRANSLATE_NOOP("cli", "not available")
_MSG_NOT_SERVED = QT_TRANSLATE_NOOP("cli", "not served by this portal")
_MSG_NO_PARAMS = QT_TRANSLATE_NOOP("cli", "No parameters.")
_MSG_PARAMS_UNKNOWN = QT_TRANSLATE_NOOP("cli", "Parameters not in the catalogue: see the documentation page.")
_MSG_REQUIRED = QT_TRANSLATE_NOOP("cli", "* required")


class UnknownMethodError(B24DeskError):
    """`describe` was given a name the catalogue does not hold."""


class UnknownScopeError(InputError):
    """`methods --scope` names a scope no method has."""


def register(commands: Any) -> None:
    """Add the `methods` and `describe` subcommands."""
    methods = commands.add_parser(
        "methods",
        help=command_help("methods"),
        description=translate("cli", "Search the bundled method catalogue by name words, scope and parameter names."),
    )
    methods.add_argument(
        "query", nargs="*", help=translate("cli", "words of the name or a parameter: lead add, crm.deal., TITLE")
    )
    methods.add_argument("--scope", help=translate("cli", "only methods of this scope, e.g. crm"))
    methods.add_argument(
        "--limit", type=int, default=50, help=translate("cli", "at most this many (0: all; default 50)")
    )
    methods.add_argument("--json", action="store_true", help=translate("cli", "print JSON instead of lines"))
    methods.add_argument("--webhook", help=translate("cli", "mark what this webhook (URL or saved name) may call"))
    methods.set_defaults(handler=run_methods)

    describe = commands.add_parser(
        "describe",
        help=command_help("describe"),
        description=translate("cli", "Print a method's scope, flags, documentation link and parameters."),
    )
    describe.add_argument("method", help=translate("cli", "REST method, e.g. crm.lead.add"))
    describe.add_argument("--json", action="store_true", help=translate("cli", "print JSON instead of text"))
    describe.set_defaults(handler=run_describe)


def portal_offer(args: argparse.Namespace) -> PortalOffer | None:
    """The `--webhook`'s scopes and the methods it may call (asked from the portal), or None without one."""
    if not getattr(args, "webhook", None):
        return None
    import asyncio

    from b24desk.cli.webhook_option import resolve_webhook
    from b24desk.core.client import B24Client
    from b24desk.core.discovery import discover

    webhook = resolve_webhook(args.webhook)

    async def ask() -> PortalOffer:
        async with B24Client(webhook) as client:
            return await discover(client)

    return asyncio.run(ask())


def _catalogue(args: argparse.Namespace) -> Catalogue:
    from b24desk.core.catalogue import load_catalogue  # the catalogue and its index load when a command reads it

    catalogue = load_catalogue()
    offer = portal_offer(args)
    return catalogue if offer is None else catalogue.with_portal(offer.methods, scopes=offer.scopes)


def _availability(method: MethodInfo) -> str | None:
    """available / not available (no scope) / not served by this portal (scope granted), when known."""
    if method.available is None:
        return None
    if method.unavailable_reason == "not_served":
        return translate(_CTX, _MSG_NOT_SERVED)
    return translate(_CTX, _MSG_AVAILABLE if method.available else _MSG_UNAVAILABLE)


def method_line(method: MethodInfo, width: int = 48) -> str:
    """One line for `methods`: name, scope, then flags (list, deprecated, availability when known)."""
    flags = [translate(_CTX, _MSG_LIST)] if method.is_list else []
    if method.deprecated:
        flags.append(translate(_CTX, _MSG_DEPRECATED))
    availability = _availability(method)
    if availability:
        flags.append(availability)
    scope = ",".join(method.scopes) or method.scope or "-"
    return f"{method.name:<{width}} {scope:<16} {', '.join(flags)}".rstrip()


def run_methods(args: argparse.Namespace) -> int:
    """Print the methods matching the query, best first; exit 1 when none matches."""
    query = " ".join(args.query)
    catalogue = _catalogue(args)
    scopes = catalogue.scopes()
    if args.scope and args.scope.lower() not in scopes:
        message = translate(_CTX, _MSG_NO_SCOPE).format(scope=args.scope, scopes=", ".join(scopes))
        raise UnknownScopeError(message)
    found = catalogue.search(query, scope=args.scope, limit=args.limit or None)
    if args.json:
        print_json([{k: v for k, v in method_as_dict(m).items() if k != "params"} for m in found])
        return 0 if found else 1
    if not found:
        print(translate(_CTX, _MSG_NONE).format(query=query), file=sys.stderr)
        return 1
    width = max(len(m.name) for m in found)
    for method in found:
        print(method_line(method, width))
    return 0


def param_lines(params: Iterable[ParamInfo], depth: int = 0) -> list[str]:
    """The parameter tree as indented lines: name (with * when required), type, the docs' type."""
    lines: list[str] = []
    for param in params:
        name = "  " * depth + param.name + ("*" if param.required else "")
        doc_type = f" ({param.type_text})" if param.type_text and param.type_text != param.type else ""
        lines.append(f"  {name:<40} {param.type}{doc_type}")
        lines.extend(param_lines(param.children, depth + 1))
    return lines


def describe_lines(method: MethodInfo) -> list[str]:
    """The text `describe` prints for a method."""
    flags = [translate(_CTX, _MSG_SCOPE).format(scopes=", ".join(method.scopes) or method.scope or "-")]
    if method.is_list:
        flags.append(translate(_CTX, _MSG_LIST))
    if method.deprecated:
        flags.append(translate(_CTX, _MSG_DEPRECATED))
    availability = _availability(method)
    if availability:
        flags.append(availability)
    lines = [f"{method.name}  ({'; '.join(flags)})"]
    if method.doc_url:
        lines.append(method.doc_url)
    lines.append("")
    if not method.params_known:
        lines.append(translate(_CTX, _MSG_PARAMS_UNKNOWN))
    elif not method.params:
        lines.append(translate(_CTX, _MSG_NO_PARAMS))
    else:
        lines.extend(param_lines(method.params))
        if any(p.required for p in _walk(method.params)):
            lines += ["", translate(_CTX, _MSG_REQUIRED)]
    return lines


def _walk(params: Iterable[ParamInfo]) -> Iterable[ParamInfo]:
    for param in params:
        yield param
        yield from _walk(param.children)


def run_describe(args: argparse.Namespace) -> int:
    """Print one method's parameters; an unknown name is an error that suggests close names."""
    catalogue = _catalogue(args)
    method = catalogue.get(args.method)
    if method is None:
        message = translate(_CTX, _MSG_UNKNOWN).format(name=args.method)
        close = catalogue.suggestions(args.method, limit=5)
        if close:
            message += "\n" + translate(_CTX, _MSG_SUGGEST).format(names=", ".join(close))
        raise UnknownMethodError(message)
    if args.json:
        print_json(method_as_dict(method))
    else:
        print("\n".join(describe_lines(method)))
    return 0
