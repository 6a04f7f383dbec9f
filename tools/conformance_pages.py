"""Read what a method page of the docs (bitrix24/b24restdocs) says a call does: examples, fields, errors.

Beside the parameters (read by tools.catalogue_pages) a page shows:
- `## Code Examples`: a `cURL (Webhook)` tab per example, `curl ... -d '{JSON}' .../rest/1/SECRET/METHOD`;
- `## Response Handling`: `HTTP status: **200**`, a JSON answer, and under `### Returned Data` YFM tables
  of the returned fields (nested ones under `#### Type x {#x}` headings, linked as parameters are);
- `## Error Handling`: the error statuses, an example error body, and a table of possible errors whose
  columns differ from page to page (Status | Code | Description | Value, Code | Description | Value,
  Error Message | Description, ...).
Only facts are kept: names, types, statuses, codes, messages and the examples' JSON.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from b24desk.core.query import decode
from tools.catalogue_pages import RawParam, method_name, parse_params, read_page
from tools.yfm_tables import find_tables

_H2 = re.compile(r"^## +(.*?)\s*$", re.M)
_H3 = re.compile(r"^### +(.*?)\s*$", re.M)
_FENCE = re.compile(r"^[ \t]*```(\w*)[ \t]*\n(.*?)^[ \t]*```", re.M | re.S)
_STATUS = re.compile(r"(?:HTTP[ -][Ss]tatus|^>)[^\n]*?\*\*(\d{3})\*\*|^>[^\n]*?\b(\d{3})\b", re.M)
_STATUSES = re.compile(r"\*\*(\d{3})\*\*|\b([1-5]\d\d)\b")
_CURL_TAB = re.compile(r"^\s*- cURL \(Webhook\)\s*$", re.M)
_DATA = re.compile(r"(?:-d|--data(?:-raw)?)\s+'(.*?)'\s*\\?\s*$", re.M | re.S)
_URL_METHOD = re.compile(r"/rest/[^\s/]+/[^\s/]+/([A-Za-z][\w.]*?)(?:\.json)?/?(?:\?(\S*))?(?:['\"\s]|$)")
_SHELL_VALUE = re.compile(r"'\"\$\([^)]*\)\"'")
SHELL_VALUE_STANDIN = "2025-01-01"  # what the spliced `$(date ...)` stands for in a stored example
_EMPTY_CODE = re.compile(r"^(empty( value| string)?|—|-|)$", re.I)


@dataclass
class ErrorFact:
    """One documented error: HTTP status (None when the page gives none), code and message."""

    status: int | None
    code: str | None
    message: str

    def as_json(self) -> dict[str, Any]:
        """The record stored in the conformance file."""
        return {"status": self.status, "code": self.code, "message": self.message}


@dataclass
class PageExamples:
    """What one page documents about a method's behaviour."""

    name: str | None
    params: list[RawParam]
    requests: list[dict[str, Any]] = field(default_factory=list)
    response_status: int | None = None
    response: Any = None
    returned: list[RawParam] = field(default_factory=list)
    error_statuses: list[int] = field(default_factory=list)
    error_example: dict[str, Any] | None = None
    errors: list[ErrorFact] = field(default_factory=list)
    oddities: list[str] = field(default_factory=list)


def sections(text: str, heading: re.Pattern[str]) -> dict[str, str]:
    """Heading text (lowercase, no `{#anchor}`) -> the text under it up to the next heading of that level."""
    found = list(heading.finditer(text))
    out: dict[str, str] = {}
    for i, match in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        title = re.sub(r"\{#[^}]*\}", "", match.group(1)).strip().lower()
        out.setdefault(title, text[match.end() : end])
    return out


def _section(text: str, *titles: str) -> str | None:
    by_title = sections(text, _H2)
    for title, body in by_title.items():
        if any(title.startswith(wanted) for wanted in titles):
            return body
    return None


def _strip_comments(text: str) -> str:
    """JSON with `//` comments and `...` lines cut, outside strings."""
    out: list[str] = []
    in_string = escaped = False
    i = 0
    while i < len(text):
        char = text[i]
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
            out.append(char)
        elif text.startswith("//", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        else:
            out.append(char)
        i += 1
    cleaned = "".join(out)
    cleaned = re.sub(r"^\s*(\.\.\.|…)\s*,?\s*$", "", cleaned, flags=re.M)
    # a line of prose standing for more items ("48 more leads with similar structure")
    cleaned = re.sub(r"^\s*[\w(][^\"{}\[\]:]*$", "", cleaned, flags=re.M)
    cleaned = re.sub(r",\s*(\.\.\.|…)\s*(?=[}\]])", "", cleaned)
    return re.sub(r",(\s*[}\]])", r"\1", cleaned)


def loose_json(text: str) -> Any:
    """Parse the JSON of a docs example (comments, `...` and trailing commas allowed); None when it is not JSON."""
    for attempt in (text, _strip_comments(text)):
        try:
            return json.loads(attempt)
        except ValueError:
            continue
    return None


def _json_blocks(text: str) -> list[Any]:
    blocks = []
    for match in _FENCE.finditer(text):
        if match.group(1).lower() in ("json", "js", "") and match.group(2).lstrip().startswith(("{", "[")):
            parsed = loose_json(match.group(2))
            if parsed is not None:
                blocks.append(parsed)
    return blocks


def _query_params(query: str) -> dict[str, Any]:
    return dict(decode(query))


def read_requests(text: str, method: str) -> list[dict[str, Any]]:
    """The params of each `cURL (Webhook)` example calling `method` (JSON body or query string)."""
    section = _section(text, "code example", "examples") or ""
    requests: list[dict[str, Any]] = []
    for tab in _CURL_TAB.finditer(section):
        fence = _FENCE.search(section, tab.end())
        if fence is None:
            continue
        command = fence.group(2)
        url = _URL_METHOD.search(command)
        if url is None or url.group(1).lower() != method.lower():
            continue
        params: dict[str, Any] = _query_params(url.group(2) or "")
        data = _DATA.search(command)
        if data is not None:
            # a shell-computed value spliced into the quoted JSON: '"$(date --date='-6 months' +%Y-%m-%d)"'
            body = loose_json(_SHELL_VALUE.sub(SHELL_VALUE_STANDIN, data.group(1)))
            if not isinstance(body, dict):
                continue
            params.update(body)
        params.pop("auth", None)
        requests.append(params)
    return requests


def _first_status(text: str) -> int | None:
    match = _STATUS.search(text)
    if match is None:
        return None
    return int(match.group(1) or match.group(2))


def read_response(text: str, facts: PageExamples) -> None:
    """The success status, the example answer and the returned-field tables."""
    section = _section(text, "response handling", "response")
    if section is None:
        facts.oddities.append("no Response Handling section")
        return
    facts.response_status = _first_status(section)
    blocks = [block for block in _json_blocks(section) if isinstance(block, dict) and "result" in block]
    facts.response = blocks[0] if blocks else None
    returned = next((body for title, body in sections(section, _H3).items() if title.startswith("returned")), None)
    if returned is not None:
        params, _ = parse_params(returned, facts.oddities)
        facts.returned = params


def _header_roles(header: tuple[str, ...]) -> list[str]:
    """What each column of an error table holds: status, code, message or note."""
    names = [re.sub(r"[*`\s]+", " ", cell).strip().lower() for cell in header]
    has_value = any(name.startswith("value") for name in names)
    roles: list[str] = []
    for name in names:
        if name.startswith("status"):
            roles.append("status")
        elif name.startswith("code") and ("message" in name or "text" in name):
            roles.append("code+message")
        elif name.startswith("code"):
            roles.append("code")
        elif "message" in name or "text" in name or (name.startswith("description") and has_value):
            roles.append("message")
        else:
            roles.append("note")
    if "message" not in roles and "code+message" not in roles and "note" in roles:
        roles[roles.index("note")] = "message"  # `Code | Description`: the description is the message
    return roles


def _cell(text: str) -> str:
    plain = text.replace("\\\n", "\n").strip()
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", plain)
    plain = plain.replace("`", "").replace("\\|", "|").strip()
    return re.sub(r"\s+", " ", plain)


def error_rows(table_rows: tuple[tuple[str, ...], ...], statuses: list[int]) -> list[ErrorFact]:
    if not table_rows:
        return []
    roles = _header_roles(table_rows[0])
    default_status = statuses[0] if len(statuses) == 1 else None
    facts = []
    for row in table_rows[1:]:
        status: int | None = default_status
        code: str | None = None
        message = ""
        for role, raw in zip(roles, row, strict=False):
            value = _cell(raw)
            if role == "status" and value.isdigit():
                status = int(value)
            elif role == "code+message":
                first, _, rest = raw.strip().partition("\n")
                code, message = _cell(first), _cell(rest)
            elif role == "code":
                code = value
            elif role == "message":
                message = value
        if code is not None and re.fullmatch(r"[2-5]\d\d", code) and "status" not in roles:
            status, code = int(code), None  # a `Code` column holding the HTTP status (crm-status-list.md)
        if code is not None and _EMPTY_CODE.match(code):
            code = ""
        if message:
            facts.append(ErrorFact(status, code, message.strip()))
    return facts


def read_system_errors(text: str) -> list[ErrorFact]:
    """The errors of _includes/system-errors.md (any call may meet them): status, code, message."""
    return [error for table in find_tables(text) for error in error_rows(table.rows, [])]


def read_errors(text: str, facts: PageExamples) -> None:
    """The documented error statuses, the example error body and the possible-error tables."""
    section = _section(text, "error handling", "errors")
    if section is None:
        return
    head = re.split(r"^#{3,} ", section, maxsplit=1, flags=re.M)[0]
    status_line = next((line for line in head.splitlines() if "**" in line or line.startswith(">")), "")
    facts.error_statuses = [int(a or b) for a, b in _STATUSES.findall(status_line)]
    blocks = [b for b in _json_blocks(section) if isinstance(b, dict) and "error" in b]
    facts.error_example = blocks[0] if blocks else None
    for table in find_tables(section):
        facts.errors.extend(error_rows(table.rows, facts.error_statuses))


def read_examples(text: str, path: str, name: str | None = None) -> PageExamples:
    """Everything a page documents about a method's calls (`name` overrides the page's H1)."""
    page = read_page(text, path)
    oddities = list(page.oddities)
    method = name or page.name or method_name(text, path, oddities)
    facts = PageExamples(method, page.params, oddities=oddities)
    if method:
        facts.requests = read_requests(text, method)
    read_response(text, facts)
    read_errors(text, facts)
    return facts


def param_tree(params: list[RawParam]) -> list[Any]:
    """Parameters or returned fields as compact JSON: [name, type, required, [children]]."""
    return [[p.name, p.type_text, int(p.required), *([param_tree(p.children)] if p.children else [])] for p in params]
