"""Replay the docs' examples against a running sandbox and compare: fields, types, statuses, errors.

For each method in resources/conformance/methods.json (tools/conformance.py builds it from the docs):
- every request example must answer with the documented status;
- the answer to the first one is compared with the documented answer, path by path: each key the docs
  show must be there, with a compatible JSON type and form (a date stays a date with an offset, `"N"`
  a Y/N flag, `""` a string, an ID a string of digits); the docs' `null` says nothing about the type;
  custom fields of the docs' own portal (`UF_CRM_...`, `ufCrm...`) are not counted;
- every field the `Returned Data` tables name must appear in the answer;
- every documented error is provoked by the recipe that matches its message (RECIPES) and its status,
  code and message compared; an error without a recipe cannot be provoked here and counts as not matched.
Records the examples need (an ID to get, update or delete) are created first with the docs' own `add`
example; references to users of the docs' portal are pointed at user 1.
An item not matched is a deviation when resources/conformance/deviations.json lists it with a reason.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tools.conformance import CONFORMANCE_DIR, load_documented

DEVIATIONS_FILE = CONFORMANCE_DIR / "deviations.json"
MISSING_ID = 999_999_999
USER_KEYS = {
    "ASSIGNED_BY_ID",
    "RESPONSIBLE_ID",
    "CREATED_BY",
    "CREATED_BY_ID",
    "MODIFY_BY_ID",
    "CHANGED_BY",
    "AUDITORS",
    "ACCOMPLICES",
}
ID_PARAMS = ("id", "taskid")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DECIMAL = re.compile(r"^-?\d+\.\d+$")
# Fields of the docs' own portal: its custom fields and its links to its own smart processes.
_CUSTOM_FIELD = re.compile(r"^(UF_|uf_|uf[A-Z]|PARENT_ID_\d+$|parentId\d+$)")

Params = dict[str, Any]


@dataclass
class Item:
    """One documented fact and whether the sandbox matches it."""

    key: str
    ok: bool
    detail: str = ""


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


def load_deviations(path: Path = DEVIATIONS_FILE) -> dict[str, dict[str, str]]:
    """Method -> {item key: reason}."""
    if not path.is_file():
        return {}
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["deviations"]
    return data


# -- comparing values ---------------------------------------------------------------------------------


def form(value: Any) -> str:
    """The JSON type and, for strings, the form of a value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    text = str(value)
    if text == "":
        return "empty"
    if text in ("Y", "N"):
        return "flag"
    if _DATETIME.match(text):
        return "datetime"
    if _DATE.match(text):
        return "date"
    if text.lstrip("-").isdigit():
        return "digits"
    if _DECIMAL.match(text):
        return "decimal"
    return "text"


_COMPATIBLE = {
    "empty": {"empty", "flag", "datetime", "date", "digits", "decimal", "text"},
    "text": {"empty", "flag", "datetime", "date", "digits", "decimal", "text"},
    "flag": {"flag"},
    "datetime": {"datetime"},
    "date": {"date", "datetime"},
    "digits": {"digits"},
    "decimal": {"decimal", "digits"},
    "number": {"number"},
    "bool": {"bool"},
    "list": {"list"},
    "object": {"object"},
}


def compatible(documented: Any, got: Any) -> bool:
    """Whether `got` has the type and form the docs' example value shows."""
    want = form(documented)
    if want == "null":
        return True
    have = form(got)
    if want in ("list", "object") and got in ([], {}):
        return True  # PHP sends an empty array as [] whatever it holds when full

    return have in _COMPATIBLE[want]


def _is_map(value: dict[str, Any]) -> bool:
    """A dict keyed by IDs (`auditorsData: {"13": {...}}`): its values share one shape."""
    return bool(value) and all(str(key).isdigit() for key in value)


def compare(documented: Any, got: Any, path: str, items: list[Item]) -> None:
    """Add an item per documented key (recursively) saying whether `got` has it in a compatible form."""
    if isinstance(documented, dict) and not _is_map(documented):
        for key, value in documented.items():
            if _CUSTOM_FIELD.match(str(key)):
                continue
            where = f"{path}.{key}" if path else str(key)
            if not isinstance(got, dict) or key not in got:
                items.append(Item(f"field {where}", False, "missing"))
                continue
            if isinstance(value, dict | list) and value:
                if compatible(value, got[key]):
                    compare(value, got[key], where, items)
                else:
                    items.append(Item(f"field {where}", False, f"{form(got[key])} where the docs show {form(value)}"))
                continue
            ok = compatible(value, got[key])
            detail = "" if ok else f"{form(got[key])} {got[key]!r} where the docs show {form(value)} {value!r}"
            items.append(Item(f"field {where}", ok, detail))
        return
    if isinstance(documented, dict):  # a map: compare its first entry with any entry of the answer
        sample = next(iter(documented.values()))
        values = list(got.values()) if isinstance(got, dict) else []
        if not values:  # an empty map ([] from PHP): the record has no entries, the form is right
            items.append(Item(f"field {path}{{*}}", got in ([], {}), "no entries to compare"))
            return
        compare(sample, values[0], f"{path}{{*}}", items)
        return
    if isinstance(documented, list) and documented and isinstance(documented[0], dict | list):
        if not isinstance(got, list) or not got:
            items.append(Item(f"field {path}[]", False, "no items to compare"))
            return
        compare(documented[0], got[0], f"{path}[]", items)


def key_names(value: Any) -> set[str]:
    """Every dict key anywhere in a JSON value."""
    if isinstance(value, dict):
        found = {str(key) for key in value}
        for item in value.values():
            found |= key_names(item)
        return found
    if isinstance(value, list):
        found = set()
        for item in value:
            found |= key_names(item)
        return found
    return set()


def table_names(tree: list[Any]) -> list[str]:
    """Field names of a Returned Data tree ([name, type, required, [children]])."""
    names: list[str] = []
    for node in tree:
        names.append(node[0])
        if len(node) > 3:
            names.extend(table_names(node[3]))
    return names


# -- provoking documented errors ------------------------------------------------------------------------

Mutation = Callable[[Params, "re.Match[str]", "Replayer"], Params]


def _id_key(params: Params) -> str:
    return next((key for key in params if key.lower() in ID_PARAMS), "id")


def _set(name: str, value: Any) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        wanted = match.group(1) if name == "\\1" else name
        for key in [k for k in params if k.lower() == wanted.lower()]:  # `ORDER` and `order` are one param
            del params[key]
        params[wanted] = value
        return params

    return mutate


def _set_id(value: Any) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        params[_id_key(params)] = value
        return params

    return mutate


def _drop(name: str) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        for key in [k for k in params if k.lower() == name.lower()]:
            del params[key]
        return params

    return mutate


def fields_of(params: Params) -> dict[str, Any]:
    """The example's `fields` (however its name is written), made when absent."""
    key = next((k for k in params if k.lower() == "fields" and isinstance(params[k], dict)), None)
    if key is None:
        params["fields"] = {}
        key = "fields"
    fields: dict[str, Any] = params[key]
    return fields


def _field(name: str, value: Any) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        fields = fields_of(params)
        if value is _DROP:
            fields.pop(name, None)
        else:
            fields[name] = value
        return params

    return mutate


def _fields(values: Params) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        fields_of(params).update(values)
        return params

    return mutate


def _own_parent(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    fields_of(params)["PARENT_ID"] = params.get(_id_key(params))
    return params


def _cycle(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    """Make a task under this one, then ask to put this one under it."""
    parent = params.get(_id_key(params))
    child = {"fields": {"TITLE": "child", "RESPONSIBLE_ID": 1, "PARENT_ID": parent}}
    fields_of(params)["PARENT_ID"] = _first_id(replayer.call("tasks.task.add", child).json().get("result"))
    return params


def _long_batch(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    return {"cmd": {f"c{i}": "server.time" for i in range(51)}}


def _nested_batch(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    return {"halt": 0, "cmd": {"inner": "batch?cmd[0]=server.time"}}


_DROP = object()
LATE = "2025-01-01"
# (message pattern, how to provoke it from the method's first example); the first match wins.
RECIPES: list[tuple[str, Mutation]] = [
    (r"Parameter '(\w+)' must be (?:an )?array", _set("\\1", "x")),
    (r"ID is not defined or invalid", _set_id(0)),
    (r"^(Not found|\w+ is not found|Element not found)$", _set_id(MISSING_ID)),
    (r"^wrong task id$", _set_id("abc")),
    (r"^CTaskItem All parameters", _drop("taskId")),
    (r"^Action on the task is not allowed", _set_id(MISSING_ID)),
    (r"Invalid sorting key", _set("order", {"NO_SUCH_FIELD": "ASC"})),
    (r"Could not find value for parameter \{fields\}", _drop("fields")),
    (r"Invalid value .* to match with parameter \{(\w+)\}", _set("\\1", "x")),
    (r"^Task title (is )?not specified", _field("TITLE", "")),
    (r"^Responsible person not specified", _field("RESPONSIBLE_ID", _DROP)),
    (r'user specified in the "Responsible" field (was )?not found', _field("RESPONSIBLE_ID", MISSING_ID)),
    (r'task specified in the "Parent Task" field (was )?not found', _field("PARENT_ID", MISSING_ID)),
    (r"^(Incorrect|Invalid) status", _field("STATUS", 99)),
    (
        r"end date .*earlier than the start date",
        _fields({"START_DATE_PLAN": "2025-02-01", "END_DATE_PLAN": "2025-01-01"}),
    ),
    (r"duration .*too long", _fields({"START_DATE_PLAN": "2025-01-01", "END_DATE_PLAN": "2999-01-01"})),
    (r"^Cannot bind the node to itself", _own_parent),
    (r"^Creating cyclic links", _cycle),
    (r'^Invalid value for the "Currency" field', _field("CURRENCY_ID", "XXX")),
    (r"contains an invalid address", _field("EMAIL", [{"VALUE": "not-an-address", "VALUE_TYPE": "WORK"}])),
    (r"^Invalid parameters", _set("filter", "x")),
    (r"^Max batch length exceeded", _long_batch),
    (r"^Method is not allowed for batch usage", _nested_batch),
]


def normal_message(text: str) -> str:
    """A message as compared: JSON escapes and `<br>` resolved, case, spaces and the final dot ignored."""
    plain = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    plain = plain.replace("<br>", " ").replace("<br/>", " ")
    return re.sub(r"\s+", " ", plain).strip().rstrip(".").strip().lower()


def message_matches(documented: str, got: str) -> bool:
    """Whether an answer's message says the documented one (`{placeholder}` stands for any text)."""
    parts = re.split(r"\{[^}]*\}", normal_message(documented))
    pattern = ".*?".join(re.escape(part) for part in parts)
    return re.fullmatch(pattern, normal_message(got)) is not None


# -- replaying ---------------------------------------------------------------------------------------------


class Replayer:
    """Calls a sandbox's methods with the docs' examples, adapting IDs to the sandbox's records."""

    def __init__(self, client: httpx.Client, webhook_url: str, documented: dict[str, Any]) -> None:
        self.client = client
        self.url = webhook_url
        self.documented = documented

    def call(self, method: str, params: Params) -> httpx.Response:
        """POST a JSON body, as the official SDK does."""
        return self.client.post(f"{self.url}{method}", json=params)

    def _new_record(self, method: str) -> Any:
        prefix = method.rsplit(".", 1)[0]
        add = self.documented.get(f"{prefix}.add")
        params = self.adapt(copy.deepcopy(add["requests"][0])) if add and add["requests"] else {}
        fields = fields_of(params)
        fields.setdefault("TITLE", "conformance")
        fields.setdefault("RESPONSIBLE_ID", 1)
        answer = self.call(f"{prefix}.add", params).json().get("result")
        return _first_id(answer)

    def adapt(self, params: Params, method: str | None = None) -> Params:
        """The example's params pointed at this sandbox: a fresh record's ID, user 1 for users."""
        fields = next((v for k, v in params.items() if k.lower() == "fields"), None)
        if isinstance(fields, dict):
            for key in [k for k in fields if k.upper() in USER_KEYS]:
                fields[key] = [1] if isinstance(fields[key], list) else 1
            fields.pop("PARENT_ID", None)
        if method is not None and not method.endswith(".add"):
            for key in [k for k in params if k.lower() in ID_PARAMS]:
                params[key] = self._new_record(method)
        return params

    def example(self, method: str, index: int = 0) -> Params:
        """The method's `index`-th request example, adapted."""
        requests = self.documented[method]["requests"]
        return self.adapt(copy.deepcopy(requests[index]), method) if index < len(requests) else {}


def _first_id(answer: Any) -> Any:
    if isinstance(answer, int | str):
        return answer
    if isinstance(answer, dict):
        for key in ("id", "ID"):
            if key in answer:
                return answer[key]
        for value in answer.values():
            found = _first_id(value)
            if found is not None:
                return found
    return None


def _answer_items(documented: dict[str, Any], first: dict[str, Any], record: dict[str, Any]) -> list[Item]:
    items: list[Item] = []
    for key in documented:
        if key == "next" and "next" not in first:
            items.append(Item("field next", first.get("total", 0) <= 50, "no next page although total > 50"))
        elif key not in ("result", "time", "next"):
            compare({key: documented[key]}, first, "", items)
    compare({"result": documented.get("result")}, first, "", items)
    compare({"time": documented.get("time")}, first, "", items)
    shown = {name.lower() for name in key_names(documented)}
    present = {name.lower() for name in key_names(first)}
    for name in table_names(record["returned"]):
        known = name.lower() in present
        if name.lower() in shown or name == "next" or _CUSTOM_FIELD.match(name) or not re.match(r"^\w+$", name):
            continue
        items.append(Item(f"field {name} (table)", known, "" if known else "missing"))
    return items


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
    candidates = [_answer_items(documented, answer, record) for answer in answers]
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


def _recipe(*texts: str) -> tuple[re.Match[str], Mutation] | None:
    """The first recipe whose pattern one of the texts matches (the message, then the code)."""
    for text in texts:
        for pattern, mutate in RECIPES:
            match = re.search(pattern, text, re.I)
            if match is not None:
                return match, mutate
    return None


def _check_error(replayer: Replayer, method: str, status: int | None, code: str | None, message: str) -> Item:
    label = f"error {status or '4xx'} {code if code is not None else '?'} {message}"
    recipe = _recipe(message, code or "")
    if recipe is None:
        return Item(label, False, "no way to provoke it here")
    match, mutate = recipe
    params = mutate(replayer.example(method), match, replayer)
    response = replayer.call(method, params)
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


def conformance(webhook_url: str, client: httpx.Client, only: list[str] | None = None) -> list[MethodConformance]:
    """Check every served and documented method (or `only` these) against the sandbox at `webhook_url`."""
    from tools.conformance import served_methods

    documented = load_documented()
    deviations = load_deviations()
    replayer = Replayer(client, webhook_url, documented)
    served = {name.lower() for name in served_methods()}
    results = []
    for method in sorted(documented, key=str.lower):
        if (only and method not in only) or method.lower() not in served:
            continue
        results.append(
            MethodConformance(method, check_method(replayer, method, documented[method]), deviations.get(method, {}))
        )
    return results


@contextmanager
def _portal() -> Iterator[str]:
    from b24desk.sandbox import SandboxConfig, run_in_thread

    with run_in_thread(SandboxConfig(seed=120, rate=1000.0, burst=10_000)) as portal:
        yield portal.webhook_url


def run_conformance(only: list[str] | None = None) -> list[MethodConformance]:
    """Start a sandbox and check it."""
    with _portal() as url, httpx.Client(timeout=30) as client:
        return conformance(url, client, only)


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
