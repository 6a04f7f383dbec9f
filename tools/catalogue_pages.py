"""Read the facts of one method page of the Bitrix24 docs (bitrix24/b24restdocs): no prose is kept.

A method page has an H1 ending with the method name, a `> Scope:` line, perhaps a DEPRECATED note,
and a `## Method Parameters` section whose first YFM table lists the parameters (`**name***` marks a
required one, the type follows as a code span) and whose `### ... {#anchor}` subsections list the
fields of a parameter that links to `#anchor`. The odd formats met are counted in `PageFacts.oddities`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tools.yfm_tables import Table, find_tables

METHOD_NAME = re.compile(r"^[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$")
_SYSTEM_NAME = re.compile(r"^[a-z][a-z0-9_]*$")  # `scope`, `methods`, `events`: names without a dot
_PARAMS_HEADING = re.compile(r"^## +Method +[Pp]arameters\b.*$", re.M)
_NEXT_H2 = re.compile(r"^## ", re.M)
_SUBHEADING = re.compile(r"^#{3,6} +(.*?)\s*$", re.M)
_ANCHOR = re.compile(r"\{#([^}\s]+)\}")
_SCOPE_LINE = re.compile(r"^> *Scope: *(.*)$", re.M)
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_EXAMPLE_URL = re.compile(r"/rest/[^\s/]+/[^\s/]+/([a-zA-Z][\w.]*\w)|callMethod\(\s*['\"]([\w.]+)['\"]")
_NO_PARAMS = re.compile(
    r"^(no parameters|the method (is called )?(has|does not|takes|without) |without parameters|"
    r"this method (has|does not|takes) no|the method is called without)",
    re.I,
)
_DEPRECATED_NOTE = re.compile(r'\{% *note +\w+ +"[^"]*deprecat[^"]*" *%\}|^\*\*DEPRECATED\*\*', re.I | re.M)
_HEADER_NAMES = ("name", "parameter", "key", "field", "fields")
_LINK_TARGET = re.compile(r"\]\(#([^)\s]+)\)")
_PARAM_NAME = re.compile(r"^[A-Za-z_$@<][\w\[\].:$@*<>-]*$")
_MORE_PARAMS = re.compile(r"\b(additional|optional|other|more) parameters\b", re.I)
_STAR = "\x00"  # stands for an escaped `\*` while the bold markers are read


@dataclass
class RawParam:
    """A parameter row as the page lists it, before its type is mapped."""

    name: str
    type_text: str
    required: bool
    links: tuple[str, ...]
    children: list[RawParam] = field(default_factory=list)


@dataclass
class PageFacts:
    """What one page says: the method, its scopes, flags and parameters, and the odd formats met."""

    path: str
    name: str | None
    scopes: tuple[str, ...]
    deprecated: bool
    params: list[RawParam]
    params_parsed: bool
    has_paging_answer: bool
    oddities: list[str] = field(default_factory=list)


def _kebab_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def method_name(text: str, path: str, oddities: list[str]) -> str | None:
    """The method a page documents: the H1's last word, checked against the example call URLs."""
    title = text.split("\n", 1)[0].lstrip("# ").strip()
    words = [word.strip("`*.,:;()") for word in title.split()]
    in_title = [word for word in words if METHOD_NAME.match(word)]
    found: list[tuple[str, str]] = _EXAMPLE_URL.findall(text)
    in_urls = {(url or call).removesuffix(".json") for url, call in found}
    in_urls = {name for name in in_urls if METHOD_NAME.match(name) or _SYSTEM_NAME.match(name)}
    stem = _kebab_key(path.rsplit("/", 1)[-1].removesuffix(".md"))
    if in_title and not METHOD_NAME.match(words[-1]):
        oddities.append("method name inside the H1, not at its end")
    name = in_title[-1] if in_title else None
    if name is None:
        url_names = sorted(n for n in in_urls if _kebab_key(n) == stem) or sorted(in_urls)
        if len(url_names) == 1:
            oddities.append("H1 has no method name: taken from the example call URL")
            return url_names[0]
        spans: list[str] = [s for s in _CODE_SPAN.findall(text) if METHOD_NAME.match(s) and _kebab_key(s) == stem]
        if spans:
            oddities.append("H1 has no method name: taken from the text matching the file name")
            return spans[0]
        oddities.append("no method name found")
        return None
    lowered = {n.lower() for n in in_urls}
    if in_urls and name.lower() not in lowered:
        matching = sorted(n for n in in_urls if _kebab_key(n) == stem)
        if matching and _kebab_key(name) != stem:
            oddities.append("H1 method name differs from the example call URL and the file name")
            return matching[0]
    return name


def scopes_of(text: str) -> tuple[str, ...]:
    """The scope codes on the page's `> Scope:` line (code spans in link texts), in order."""
    match = _SCOPE_LINE.search(text)
    if not match:
        return ()
    line = re.sub(r"\([^)]*\)", "", match.group(1))  # drop link targets, keep link texts
    found: list[str] = []
    for code in re.findall(r"\[`([^`]+)`\]", line):
        if code not in found:
            found.append(code)
    return tuple(found)


def is_deprecated(text: str, path: str) -> bool:
    """Deprecated: the page is in an outdated/deprecated folder or carries a DEPRECATED note."""
    folders = path.split("/")[:-1]
    if any(folder in ("outdated", "deprecated") for folder in folders):
        return True
    head = _PARAMS_HEADING.split(text, maxsplit=1)[0]
    return bool(_DEPRECATED_NOTE.search(head))


def _clean(cell: str) -> str:
    return cell.replace("\\\n", "\n").strip()


def _parse_name_cell(cell: str, oddities: list[str]) -> tuple[str, bool, str] | None:
    """(name, required, type text) from a first cell such as `**name***` + a type link, or None."""
    text = _clean(cell).replace("\\*", _STAR)
    bold = re.match(r"^\*\*(.+?)\*\*([*^]*)", text, re.S)
    if bold:
        inner, after = bold.group(1), bold.group(2)
        rest = text[bold.end() :]
        alias = re.match(r"^\\\|\*\*[^*]+\*\*\**", rest)
        if alias:
            oddities.append("two names for one parameter (**A**\\|**B**)")
            rest = rest[alias.end() :]
        required = False
        if inner.endswith("^*^") or after.startswith("^*^"):
            oddities.append("required marked with superscript ^*^")
            required = True
        if after.startswith("*"):
            required = True
            if after.startswith("**"):
                oddities.append("required marked with more than one *")
        inner = inner.removesuffix("^*^")
        if inner.endswith("*") and not after:
            oddities.append("required * inside the bold name")
            inner, required = inner.rstrip("*"), True
        name = inner.strip().strip("`").strip().replace(_STAR, "*")
    else:
        span = re.match(r"^`([^`]+)`(.*)$", text, re.S)
        if span is None:
            return None
        oddities.append("parameter name in a code span, not bold")
        name, rest, required = span.group(1).strip(), span.group(2), False
    if not _PARAM_NAME.match(name):
        return None
    type_line = next((line.strip() for line in rest.split("\n") if line.strip()), "")
    types = _CODE_SPAN.findall(type_line) if type_line.startswith(("[", "`")) else []
    if not types:
        plain = type_line.strip(" \\[]")
        if plain and re.match(r"^[a-z_]+(\[\])?$", plain):
            oddities.append("type not in a code span")
            types = [plain]
        elif plain:
            oddities.append("description where the type should be")
    elif len(types) > 1:
        oddities.append("several types for one parameter")
    type_text = " | ".join(t.strip() for t in types if t.strip())
    if not type_text:
        oddities.append("parameter without a type")
    return name, required, type_text


def _is_header(row: tuple[str, ...]) -> bool:
    first = _clean(row[0]).lower()
    word = re.match(r"^\*\*([^*]+)\*\*", first)
    return bool(word) and word.group(1).strip() in _HEADER_NAMES if word else False


def _table_params(table: Table, oddities: list[str]) -> list[RawParam] | None:
    """The parameters a table lists, or None when it is not a parameter table (e.g. value lists)."""
    rows = [row for row in table.rows if row and any(cell.strip() for cell in row)]
    if not rows:
        return None
    if _is_header(rows[0]):
        rows = rows[1:]
    else:
        header = _clean(rows[0][0])
        first = _parse_name_cell(rows[0][0], [])
        if first is None or not first[2]:
            if header.startswith("**") and len(rows[0]) > 1 and _clean(rows[0][1]).startswith("**"):
                oddities.append(f"table of values, not parameters ({header.strip('*')[:20]})")
            return None
        oddities.append("parameter table without a header row")
    params: list[RawParam] = []
    for row in rows:
        parsed = _parse_name_cell(row[0], oddities)
        if parsed is None:
            oddities.append("row that is not a parameter (group caption or value)")
            continue
        name, required, type_text = parsed
        links = tuple(_LINK_TARGET.findall("|".join(row)))  # a type may link too: [`relation[]`](#relation)
        params.append(RawParam(name, type_text, required, links))
    return params


def _section(text: str) -> str | None:
    match = _PARAMS_HEADING.search(text)
    if not match:
        return None
    following = _NEXT_H2.search(text, match.end())
    return text[match.end() : following.start() if following else len(text)]


def _attach(owner_tables: list[list[RawParam]], anchor: str, heading: str, params: list[RawParam]) -> RawParam | None:
    """Hang `params` under the earlier parameter that links to `anchor` (or that the heading names)."""
    linking = [p for t in owner_tables for p in _walk(t) if anchor and anchor in p.links and not p.children]
    for param in linking:  # several parameters may share one definition (`parent`, `child`: relation[])
        param.children = params
    if linking:
        return linking[0]
    words = {word.lower() for word in re.findall(r"[\w.\[\]]+", heading.replace("`", " "))}
    for table in owner_tables:
        for param in table:
            if param.name.lower() in words and not param.children and param.type_text:
                param.children = params
                return param
    return None


def _merge(owner: RawParam, params: list[RawParam]) -> None:
    """Add the rows of another table under the same heading (tabs per variant) to `owner`."""
    known = {param.name for param in owner.children}
    owner.children.extend(param for param in params if param.name not in known)


def _walk(params: list[RawParam]) -> list[RawParam]:
    found: list[RawParam] = []
    for param in params:
        found.append(param)
        found.extend(_walk(param.children))
    return found


def _merge_variants(variants: list[list[RawParam]], oddities: list[str]) -> list[RawParam]:
    """One parameter list from alternative sets: required marks dropped when there are several."""
    if len(variants) == 1:
        oddities.append("parameter table under a sub-heading")
        return variants[0]
    oddities.append("alternative parameter sets (a table per way to call): merged, required dropped")
    merged: dict[str, RawParam] = {}
    for params in variants:
        for param in params:
            param.required = False
            merged.setdefault(param.name, param)
    return list(merged.values())


def parse_params(section: str, oddities: list[str]) -> tuple[list[RawParam], bool]:
    """The parameter tree of a `## Method Parameters` section, and whether it could be read."""
    tables = find_tables(section)
    headings = [(m.start(), m.group(1)) for m in _SUBHEADING.finditer(section)]
    top: list[RawParam] = []
    nested: list[list[RawParam]] = []
    owners: dict[int, RawParam | None] = {}
    variants: list[list[RawParam]] = []  # tables under headings when no table precedes them
    found_table = False
    for table in tables:
        params = _table_params(table, oddities)
        if params is None:
            continue
        if table.unclosed_row:
            oddities.append("last row not closed with || before |#")
        before = [(start, title) for start, title in headings if start < table.start]
        if not before:
            top.extend(params)
            found_table = True
            continue
        if not found_table:  # "### 1. By ID", "### 2. By element": alternative ways to call
            variants.append(params)
            continue
        heading_start, heading = before[-1]
        owner = owners.get(heading_start)
        if owner is not None:
            oddities.append("several tables under one heading (variants): merged")
            _merge(owner, params)
            continue
        anchor_match = _ANCHOR.search(heading)
        anchor = anchor_match.group(1) if anchor_match else ""
        owner = _attach([top, *nested], anchor, _ANCHOR.sub("", heading), params)
        owners[heading_start] = owner
        if owner is None and _MORE_PARAMS.search(heading):
            oddities.append("more top-level parameters under an 'Additional Parameters' heading")
            top.extend(params)
            continue
        if owner is None:
            oddities.append("nested table not linked to any parameter")
        nested.append(params)
    if variants and not found_table:
        return _merge_variants(variants, oddities), True
    if found_table:
        return top, True
    plain = re.sub(r"\{%.*?%\}", "", re.sub(r"```.*?```", "", section, flags=re.S)).strip()
    if _NO_PARAMS.match(plain):
        return [], True
    if "list-methods-pecularities" in section or "common/index.md" in section:
        oddities.append("no table: points to the general list-method parameters")
    elif "{% include" in section:
        oddities.append("parameters only in an included file")
    else:
        oddities.append("no parameter table")
    return [], False


def read_page(text: str, path: str) -> PageFacts:
    """The facts of one page (`path` is relative to the docs root, with `/` separators)."""
    oddities: list[str] = []
    name = method_name(text, path, oddities)
    scopes = scopes_of(text)
    if not scopes:
        oddities.append("no > Scope: line")
    section = _section(text)
    params, parsed = parse_params(section, oddities) if section is not None else ([], False)
    paging = bool(re.search(r'"next"\s*:\s*\d', text))
    return PageFacts(path, name, scopes, is_deprecated(text, path), params, parsed, paging, oddities)


def is_method_page(text: str) -> bool:
    """A method page has a `## Method Parameters` section."""
    return _PARAMS_HEADING.search(text) is not None
