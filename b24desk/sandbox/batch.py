"""`batch`: up to 50 commands in one request, `halt`, and `$result[key][...]` references between them.

settings/how-to-call-rest-api/batch.md: `cmd` maps keys to `method?query` strings (the query read with
PHP's rules); a later command may use `$result[key][FIELD]` (and `$result_total`, `$result_next`, ...)
of an earlier one; the answer holds `result`, `result_error`, `result_total`, `result_next` and
`result_time`, each keyed by command, an empty one sent as `[]`; commands past the 50th end with
ERROR_BATCH_LENGTH_EXCEEDED; a nested batch with ERROR_BATCH_METHOD_NOT_ALLOWED; `halt` stops at the
first error. The whole batch is one request for the rate limit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from b24desk.core import portal_limits
from b24desk.core.query import decode
from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.errors import batch_length_exceeded
from b24desk.sandbox.methods.params import as_bool

if TYPE_CHECKING:
    from b24desk.sandbox.dispatch import Dispatcher

MAX_COMMANDS = portal_limits.BATCH_COMMANDS
_REFERENCE = re.compile(r"\$(result|result_error|result_total|result_next|result_time)((?:\[[^\[\]]*\])+)")
_MISSING = object()


def _commands(raw: Any) -> list[tuple[str, str]]:
    if isinstance(raw, Mapping):
        return [(str(key), str(value)) for key, value in raw.items()]
    if isinstance(raw, list):
        return [(str(index), str(value)) for index, value in enumerate(raw)]
    return []


def _lookup(source: Any, path: list[str]) -> Any:
    value = source
    for step in path:
        if isinstance(value, Mapping):
            value = value.get(step, _MISSING) if step in value else value.get(_int_or(step), _MISSING)
        elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        else:
            return _MISSING
        if value is _MISSING:
            return _MISSING
    return value


def _int_or(step: str) -> Any:
    return int(step) if step.isdigit() else step


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else ""
    return "" if value is None else str(value)


def substitute_results(value: Any, sources: Mapping[str, Mapping[str, Any]]) -> Any:
    """Replace `$result[key][...]` in param values by earlier results; whole-value references keep types."""
    if isinstance(value, dict):
        return {key: substitute_results(item, sources) for key, item in value.items()}
    if isinstance(value, list):
        return [substitute_results(item, sources) for item in value]
    if not isinstance(value, str) or "$result" not in value:
        return value

    def find(match: re.Match[str]) -> Any:
        path = re.findall(r"\[([^\[\]]*)\]", match.group(2))
        return _lookup(sources[match.group(1)], path)

    whole = _REFERENCE.fullmatch(value)
    if whole is not None:
        found = find(whole)
        return value if found is _MISSING else found

    def substitute(match: re.Match[str]) -> str:
        found = find(match)
        return match.group(0) if found is _MISSING else _as_text(found)

    return _REFERENCE.sub(substitute, value)


def serve_batch(dispatcher: Dispatcher, ctx: CallContext) -> MethodResult:
    """Run the commands of a batch in order and gather the five answer maps."""
    halt = as_bool(ctx.param("halt"))
    results: dict[str, Any] = {}
    failures: dict[str, Any] = {}
    totals: dict[str, Any] = {}
    nexts: dict[str, Any] = {}
    times: dict[str, Any] = {}
    sources = {
        "result": results,
        "result_error": failures,
        "result_total": totals,
        "result_next": nexts,
        "result_time": times,
    }
    for index, (key, command) in enumerate(_commands(ctx.param("cmd"))):
        if index >= MAX_COMMANDS:
            failures[key] = batch_length_exceeded().body()
            if halt:
                break
            continue
        method, _, query = command.partition("?")
        params = substitute_results(decode(query), sources)
        outcome = dispatcher.call(ctx.webhook, method.strip().removesuffix(".json"), params, in_batch=True)
        if outcome.error is not None:
            failures[key] = outcome.error.body()
            if outcome.error.code == "insufficient_scope":
                failures[key]["error_description"] = ""  # as batch.md's error examples show it
            if halt:
                break
            continue
        assert outcome.result is not None
        results[key] = outcome.result.result
        if outcome.result.total is not None:
            totals[key] = outcome.result.total
        if outcome.result.next is not None:
            nexts[key] = outcome.result.next
        times[key] = outcome.time
    return MethodResult(
        {
            "result": results or [],
            "result_error": failures or [],
            "result_total": totals or [],
            "result_next": nexts or [],
            "result_time": times or [],
        }
    )
