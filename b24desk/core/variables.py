"""Variables: `{{name}}` in any parameter value and in the webhook choice, resolved from an environment.

`resolve` gives the request as it will be sent (secret values revealed) or as it is shown (secret
values masked), and the names that have no value. Execute and `b24desk run` refuse a request with
undefined names (`require_defined`), saying which. Parameter keys and the method are never resolved:
`{{` there is sent as typed. A value that holds no `{{` is returned as it is (same object).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from b24desk.core.errors import UndefinedVariables
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.core.secret import Secret

__all__ = ["NAME_RE", "VARIABLE_RE", "Resolution", "VariableValue", "resolve", "variables_in"]

NAME = r"[A-Za-z_][A-Za-z0-9_.\-]*"
NAME_RE = re.compile(NAME)
VARIABLE_RE = re.compile(r"\{\{\s*(" + NAME + r")\s*\}\}")
VariableValue = str | Secret
_MSG_UNDEFINED = QT_TRANSLATE_NOOP(
    "variables", "The request uses variables with no value in the environment {environment}: {names}."
)
_MSG_NO_ENVIRONMENT = QT_TRANSLATE_NOOP("variables", "(none chosen)")


def reference(name: str) -> str:
    """`{{name}}`, the way a request refers to a variable."""
    return "{{" + name + "}}"


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def variables_in(saved: SavedRequest) -> list[str]:
    """The variable names a request uses (webhook first, then parameter values), each once, in order."""
    texts = [saved.webhook] if saved.webhook else []
    texts += _strings(saved.request.params)
    return list(dict.fromkeys(match[1] for text in texts for match in VARIABLE_RE.finditer(text)))


# A NamedTuple, not a frozen dataclass: defined before the first screen, where a dataclass compiles its methods (~1 ms).
class Resolution(NamedTuple):
    """A request with its variables replaced, the webhook choice resolved, and what had no value."""

    request: ApiRequest
    webhook: str | None
    undefined: tuple[str, ...]
    secrets: tuple[Secret, ...]  # the secret values that went in (to mask in anything written)

    def require_defined(self, environment: str | None = None) -> Resolution:
        """Self when every variable had a value, else raise UndefinedVariables naming them."""
        if self.undefined:
            where = environment or translate("variables", _MSG_NO_ENVIRONMENT)
            names = ", ".join(reference(name) for name in self.undefined)
            message = translate("variables", _MSG_UNDEFINED).format(environment=where, names=names)
            raise UndefinedVariables(message, self.undefined)
        return self


def resolve(saved: SavedRequest, values: Mapping[str, VariableValue], *, reveal: bool = True) -> Resolution:
    """Replace every `{{name}}` that has a value; secret values revealed when `reveal`, else masked."""
    undefined: dict[str, None] = {}
    used: dict[str, Secret] = {}

    def substitute(match: re.Match[str]) -> str:
        name = match[1]
        value = values.get(name)
        if value is None:
            undefined[name] = None
            return match[0]
        if isinstance(value, Secret):
            used[name] = value
            return value.reveal() if reveal else value.masked()
        return value

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return VARIABLE_RE.sub(substitute, value) if "{{" in value else value
        if isinstance(value, Mapping):
            return {key: walk(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [walk(item) for item in value]
        return value

    webhook = walk(saved.webhook) if saved.webhook else None
    request = saved.request
    resolved = ApiRequest(request.method, walk(request.params), request.http_method, request.fetch_all)
    return Resolution(resolved, webhook, tuple(undefined), tuple(used.values()))
