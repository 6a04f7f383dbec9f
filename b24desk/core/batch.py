"""`batch`: many commands in one request, 50 at most each, with `$result[key][...]` references.

Each command is `method?query` with the query PHP-encoded; the portal runs them in order and answers
`result`, `result_error`, `result_total`, `result_next`, `result_time` keyed like `cmd`; an empty map
comes as `[]` (bitrix24/b24restdocs: settings/how-to-call-rest-api/batch.md). Longer lists are split;
a reference to a command of an earlier request is filled in here before sending, since the portal only
sees the commands of one request.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from b24desk.core.json_codec import as_text
from b24desk.core.portal_limits import BATCH_COMMANDS
from b24desk.core.query import Params, ParamValue, encode
from b24desk.core.response import CallResult, TimeInfo
from b24desk.core.webhook import check_method

__all__ = [
    "MAX_COMMANDS",
    "BatchCommand",
    "BatchCommands",
    "BatchResult",
    "Caller",
    "CommandError",
    "command_string",
    "resolve_references",
    "run_batch",
]


class Caller(Protocol):
    """What batch and paging need of a client: one call of a method (B24Client is one)."""

    async def call(self, method: str, params: Params | None = None) -> CallResult: ...


MAX_COMMANDS = BATCH_COMMANDS
# (method, params), or (method, query) with the query already PHP-encoded: sent as it is, any
# `$result[...]` reference in it left to the portal (paging sends fifty alike this way)
BatchCommand = tuple[str, Params | str]
BatchCommands = Mapping[str, BatchCommand] | Sequence[BatchCommand]
_REF = re.compile(r"\$result\[([^\]]+)\]((?:\[[^\]]*\])*)")


@dataclass(frozen=True, slots=True)
class CommandError:
    """One command's failure inside a batch."""

    code: str
    description: str


@dataclass(slots=True)
class BatchResult:
    """Per-command results and errors, keyed as the commands were, plus the requests made."""

    results: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, CommandError] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    nexts: dict[str, int] = field(default_factory=dict)
    times: dict[str, TimeInfo] = field(default_factory=dict)
    calls: list[CallResult] = field(default_factory=list)

    @property
    def requests(self) -> int:
        """How many HTTP requests the batch took."""
        return len(self.calls)


def command_string(method: str, params: Params | str | None) -> str:
    """`method?query` as one batch command (the query PHP-encoded; a str is taken as encoded)."""
    query = params if isinstance(params, str) else encode(params) if params else ""
    return f"{check_method(method)}?{query}" if query else method


def _keyed(commands: BatchCommands) -> list[tuple[str, str, Params | str]]:
    if isinstance(commands, Mapping):
        return [(str(key), method, params) for key, (method, params) in commands.items()]
    return [(str(index), method, params) for index, (method, params) in enumerate(commands)]


def _as_map(value: Any) -> dict[str, Any]:
    """A batch result map: a JSON object, or a list when keys were 0..n-1 (or empty, as `[]`)."""
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):  # a list (or a RecordStore)
        return {str(i): v for i, v in enumerate(value)}
    return {}


def _ints(value: Any) -> dict[str, int]:
    return {k: v for k, v in _as_map(value).items() if isinstance(v, int) and not isinstance(v, bool)}


def _lookup(results: Mapping[str, Any], key: str, path: str) -> tuple[bool, Any]:
    if key not in results:
        return False, None
    value = results[key]
    for step in re.findall(r"\[([^\]]*)\]", path):
        if isinstance(value, Sequence) and not isinstance(value, str) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        elif isinstance(value, dict) and step in value:
            value = value[step]
        else:
            return False, None
    return True, value


def resolve_references(value: ParamValue, results: Mapping[str, Any]) -> ParamValue:
    """Fill `$result[key][...]` references to commands already answered (others stay for the portal)."""
    if isinstance(value, str):
        whole = _REF.fullmatch(value)
        if whole:
            found, resolved = _lookup(results, whole.group(1), whole.group(2))
            return resolved if found else value

        def fill(match: re.Match[str]) -> str:
            found, resolved = _lookup(results, match.group(1), match.group(2))
            return str(resolved) if found and not isinstance(resolved, dict | list) else match.group(0)

        return _REF.sub(fill, value)
    if isinstance(value, Mapping):
        return {k: resolve_references(v, results) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, bytes):
        return [resolve_references(v, results) for v in value]
    return value


async def run_batch(client: Caller, commands: BatchCommands, *, halt: bool = False) -> BatchResult:
    """Run any number of commands, 50 per `batch` request, keeping keys and references."""
    keyed = _keyed(commands)
    outcome = BatchResult()
    for start in range(0, len(keyed), MAX_COMMANDS):
        chunk = keyed[start : start + MAX_COMMANDS]
        cmd = {
            # references can only be filled from earlier requests' results: none before the first
            key: command_string(
                method,
                params
                if isinstance(params, str) or not outcome.results
                else resolve_references(params, outcome.results),  # type: ignore[arg-type]
            )
            for key, method, params in chunk
        }
        call = await client.call("batch", {"halt": 1 if halt else 0, "cmd": cmd})
        outcome.calls.append(call)
        body = call.result if isinstance(call.result, dict) else {}
        outcome.results.update(_as_map(body.get("result")))
        for key, error in _as_map(body.get("result_error")).items():
            if isinstance(error, dict):
                code, description = error.get("error", ""), error.get("error_description", "")
                outcome.errors[key] = CommandError(as_text(code), as_text(description))
        outcome.totals.update({k: v for k, v in _as_map(body.get("result_total")).items() if isinstance(v, int)})
        outcome.nexts.update({k: v for k, v in _as_map(body.get("result_next")).items() if isinstance(v, int)})
        outcome.times.update({k: TimeInfo.from_json(v) for k, v in _as_map(body.get("result_time")).items()})
        if halt and outcome.errors:
            break
    return outcome
