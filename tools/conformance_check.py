"""Replay the docs' examples against a running sandbox and compare: fields, types, statuses, errors.

For each method in resources/conformance/methods.json (tools/conformance.py builds it from the docs):
- every request example must answer with the documented status;
- the answer to the first one is compared with the documented answer, path by path: each key the docs
  show must be there, with a compatible JSON type and form (a date stays a date with an offset, `"N"`
  a Y/N flag, `""` a string, an ID a string of digits); the docs' `null` says nothing about the type;
  custom fields of the docs' own portal (`UF_CRM_...`, `ufCrm...`) are not counted;
- every field the `Returned Data` tables name must appear in the answer;
- every documented error is provoked by the recipe that matches its message (conformance_recipes.py)
  and its status, code and message compared; an error without a recipe counts as not matched.
The examples' references to records of the docs' portal are pointed at the sandbox's first
(conformance_replay.py); comparing answers is conformance_compare.py.
An item not matched is a deviation when resources/conformance/deviations.json lists it with a reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from b24desk.sandbox import SandboxPortal
from tools.conformance import CONFORMANCE_DIR, load_documented, load_system_errors
from tools.conformance_compare import Item, answer_items, message_matches
from tools.conformance_recipes import MISSING_ID, Mutation, _drop, _field, as_limited_user, recipe
from tools.conformance_replay import Params, Replayer, fields_of
from tools.conformance_system import SYSTEM, Probes, check_system_errors, probe_portals

# Names the per-family module (tools/conformance_families.py) imports from here, kept where it finds them.
__all__ = [
    "MISSING_ID",
    "MethodConformance",
    "Mutation",
    "Params",
    "Replayer",
    "_drop",
    "_field",
    "check_method",
    "conformance",
    "fields_of",
    "print_report",
    "run_conformance",
]
DEVIATIONS_FILE = CONFORMANCE_DIR / "deviations.json"


@dataclass
class MethodConformance:
    """The items of one method, and the deviations listed for it."""

    name: str
    items: list[Item] = field(default_factory=list)
    deviations: dict[str, str] = field(default_factory=dict)

    @property
    def matched(self) -> int:
        """Items the sandbox matches."""
        return sum(item.ok for item in self.items)

    @property
    def deviated(self) -> list[Item]:
        """Items not matched and listed in the deviations file."""
        return [item for item in self.items if not item.ok and item.key in self.deviations]

    @property
    def failing(self) -> list[Item]:
        """Items not matched and not listed: each is a bug to fix or a deviation to explain."""
        return [item for item in self.items if not item.ok and item.key not in self.deviations]

    @property
    def stale(self) -> list[str]:
        """Listed deviations that are matched now or no longer documented (to remove from the file)."""
        open_keys = {item.key for item in self.items if not item.ok}
        return [key for key in self.deviations if key not in open_keys]


def prune_deviations(path: Path = DEVIATIONS_FILE) -> list[tuple[str, str]]:
    """Drop the listed deviations that are matched now or no longer documented; return them.

    After merging two branches' lists take both sides' entries, then prune: what one side fixed goes.
    """
    document = json.loads(path.read_text(encoding="utf-8"))
    results = {result.name: result for result in run_conformance()}
    removed: list[tuple[str, str]] = []
    kept: dict[str, dict[str, str]] = {}
    for method, items in document["deviations"].items():
        result = results.get(method)
        open_keys = {item.key for item in result.items if not item.ok} if result is not None else set(items)
        stale = {key for key in items if key not in open_keys}
        removed.extend((method, key) for key in items if key in stale)
        remaining = {key: reason for key, reason in items.items() if key not in stale}
        if remaining:
            kept[method] = remaining
    document["deviations"] = kept
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return removed


def load_deviations(path: Path = DEVIATIONS_FILE) -> dict[str, dict[str, str]]:
    """Method -> {item key: reason}."""
    if not path.is_file():
        return {}
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["deviations"]
    return data


def _check_answers(replayer: Replayer, method: str, record: dict[str, Any], items: list[Item]) -> None:
    """Each example's status; the documented answer against the example answer closest to it."""
    status = record["response_status"] or 200
    answers: list[dict[str, Any]] = []
    for index in range(len(record["requests"])):
        params = replayer.example(method, index)
        response = replayer.call(method, params)
        ok = response.status_code == status
        items.append(Item(f"example {index + 1} status {status}", ok, "" if ok else response.text[:300]))
        if ok:
            body = response.json()
            retry = _unfiltered(params)
            if retry is not None and _has_empty_list(body):  # no row of the sandbox's data passes the filter
                body = replayer.call(method, retry).json()
            answers.append(body)
    documented = record["response"]
    if documented is None:
        return
    if not answers:
        items.append(Item("answer", False, "no example answered"))
        return
    candidates = [answer_items(documented, answer, record) for answer in answers]
    items.extend(max(candidates, key=lambda found: sum(item.ok for item in found)))


def _unfiltered(params: Params) -> Params | None:
    keys = [key for key in params if key.lower() in ("filter", "start")]
    if not keys:
        return None
    return {key: value for key, value in params.items() if key not in keys}


def _has_empty_list(body: Any) -> bool:
    result = body.get("result") if isinstance(body, dict) else None
    if isinstance(result, list):
        return not result
    return isinstance(result, dict) and any(value == [] for value in result.values())


def _error_of(body: Any) -> tuple[str, str] | None:
    if not isinstance(body, dict):
        return None
    if "error" in body:
        return str(body.get("error")), str(body.get("error_description", ""))
    errors = body.get("result", {}).get("result_error") if isinstance(body.get("result"), dict) else None
    if isinstance(errors, dict) and errors:
        first = next(iter(errors.values()))
        return str(first.get("error")), str(first.get("error_description", ""))
    return None


def _check_error(replayer: Replayer, method: str, status: int | None, code: str | None, message: str) -> Item:
    label = f"error {status or '4xx'} {code if code is not None else '?'} {message}"
    found = recipe(message, code or "")
    if found is None:
        return Item(label, False, "no way to provoke it here")
    match, mutate = found
    params = mutate(replayer.example(method), match, replayer)
    response = replayer.call(method, params, limited=as_limited_user(message))
    error = _error_of(response.json()) if response.content else None
    if error is None:
        return Item(label, False, f"answered {response.status_code} without an error")
    got_code, got_message = error
    problems = []
    # batch.md: commands past the limit (and nested batches) end with their error in `result_error`, the
    # batch itself answers 200: the documented status is the command's, not the request's
    if status is not None and response.status_code != status and method != "batch":
        problems.append(f"status {response.status_code}")
    if code is not None and got_code != code:
        problems.append(f"code {got_code!r}")
    if not (message_matches(message, got_message) or (code is None and message_matches(message, got_code))):
        problems.append(f"message {got_message!r}")
    return Item(label, not problems, ", ".join(problems))


def check_method(replayer: Replayer, method: str, record: dict[str, Any]) -> list[Item]:
    """Every documented item of one method, checked against the sandbox."""
    items: list[Item] = []
    _check_answers(replayer, method, record, items)
    seen: set[str] = set()
    for error in record["errors"]:
        item = _check_error(replayer, method, error["status"], error["code"], error["message"])
        if item.key not in seen:
            seen.add(item.key)
            items.append(item)
    example = record["error_example"]
    if example:
        statuses = record["error_statuses"]
        status = statuses[0] if len(statuses) == 1 else None
        code, message = str(example.get("error", "")), str(example.get("error_description", ""))
        item = _check_error(replayer, method, status, code, message)
        items.append(Item(f"error example {code} {message}", item.ok, item.detail))
    return items


def conformance(
    webhook_url: str,
    client: httpx.Client,
    only: list[str] | None = None,
    limited_url: str | None = None,
    probes: Probes | None = None,
) -> list[MethodConformance]:
    """Check every served and documented method (or `only` these) against the sandbox at `webhook_url`,
    and with `probes` the system errors."""
    from tools.conformance import served_methods

    documented = load_documented()
    deviations = load_deviations()
    replayer = Replayer(client, webhook_url, documented, limited_url)
    served = {name.lower() for name in served_methods()}
    results = []
    for method in sorted(documented, key=str.lower):
        if (only and method not in only) or method.lower() not in served:
            continue
        results.append(
            MethodConformance(method, check_method(replayer, method, documented[method]), deviations.get(method, {}))
        )
    if probes is not None and (not only or SYSTEM in only):
        items = check_system_errors(client, probes, load_system_errors())
        results.append(MethodConformance(SYSTEM, items, deviations.get(SYSTEM, {})))
    return results


LIMITED_USER = 5  # a support engineer: no CRM role, made none of the seeded tasks (seed_data.py)
LIMITED_SCOPES = ("crm", "task", "user")  # no `department`: insufficient_scope for department.get


def limited_webhook(portal: SandboxPortal) -> str:
    """A webhook of the limited user, for the errors of rights and of scope."""
    secret = "limitedrights0005"
    portal.add_webhook(LIMITED_USER, secret, LIMITED_SCOPES)
    return f"{portal.base_url}/rest/{LIMITED_USER}/{secret}/"


@contextmanager
def _portal() -> Iterator[tuple[str, str, Probes]]:
    from b24desk.sandbox import SandboxConfig, run_in_thread

    with run_in_thread(SandboxConfig(seed=120, rate=1000.0, burst=10_000)) as portal:
        limited = limited_webhook(portal)
        with probe_portals(portal, limited) as probes:
            yield portal.webhook_url, limited, probes


def run_conformance(only: list[str] | None = None) -> list[MethodConformance]:
    """Start a sandbox (and the probes' two small ones) and check it."""
    with _portal() as (url, limited, probes), httpx.Client(timeout=30) as client:
        return conformance(url, client, only, limited, probes)


def print_report(results: list[MethodConformance], details: bool = False) -> None:
    """Per method: matched / documented (deviations listed), then the total."""
    width = max((len(r.name) for r in results), default=10)
    total = matched = deviated = 0
    for result in results:
        count = len(result.items)
        total += count
        matched += result.matched
        deviated += len(result.deviated)
        share = result.matched / count if count else 1.0
        extra = f", {len(result.deviated)} listed deviations" if result.deviated else ""
        failing = f", {len(result.failing)} UNLISTED" if result.failing else ""
        print(f"{result.name:<{width}}  {result.matched:4}/{count:<4} {share:7.1%}{extra}{failing}")
        if details:
            for item in result.items:
                if not item.ok:
                    reason = result.deviations.get(item.key)
                    tag = f"deviation: {reason}" if reason else item.detail
                    print(f"    - {item.key}: {tag}")
    share = matched / total if total else 1.0
    print(f"{'TOTAL':<{width}}  {matched:4}/{total:<4} {share:7.1%} matched, {deviated} listed deviations")
