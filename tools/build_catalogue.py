"""Build the bundled method catalogue from a checkout of the official docs (bitrix24/b24restdocs).

    python -m tools.build_catalogue DOCS_DIR [OUT_FILE]     (OUT_FILE: resources/catalogue/methods.json)

Reads every `api-reference/**/*.md` page that has a `## Method Parameters` section, keeps facts only
(method name, scopes, parameter names, types, required flags, list and deprecated flags, page link),
writes them as compact JSON (one method a line, so a regeneration diffs well) and prints a coverage
report: pages found, methods carried, share with parameters read, and the odd formats met.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from b24desk.core.catalogue_model import MethodInfo, ParamInfo, type_kind
from b24desk.core.catalogue_records import DOC_SITE, FORMAT_VERSION, PARAMS_LINE, method_to_record, params_to_records
from tools.catalogue_pages import PageFacts, RawParam, is_method_page, read_page

REPOSITORY = "https://github.com/bitrix24/b24restdocs"
LICENCE = (
    "Facts (method names, scopes, parameter names and types, flags, page links) taken from the "
    "Bitrix24 REST API documentation, MIT License, Copyright (c) 2024 Bitrix24."
)
DEFAULT_OUT = Path("resources/catalogue/methods.json")


@dataclass
class BuildReport:
    """What a build found: counts for the coverage report and the odd formats met."""

    pages: int = 0
    carried: int = 0
    with_params: int = 0
    unnamed: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)
    oddities: Counter[str] = field(default_factory=Counter)
    odd_examples: dict[str, str] = field(default_factory=dict)

    @property
    def params_share(self) -> float:
        """Share of carried methods whose parameters were read (0..1)."""
        return self.with_params / self.carried if self.carried else 0.0

    def lines(self) -> list[str]:
        """The coverage report as printable lines."""
        out = [
            f"method pages in the docs:   {self.pages}",
            f"methods in the catalogue:   {self.carried}",
            f"with parameters read:       {self.with_params} ({self.params_share:.1%})",
            f"pages without a method name: {len(self.unnamed)} {self.unnamed}",
            f"pages repeating a method name (a REST 3.0 twin, not carried): {len(self.duplicates)}",
            f"methods whose parameters could not be read: {len(self.unparsed)} {self.unparsed}",
            "odd formats met (pages, an example):",
        ]
        out += [f"  {n:4}  {odd}  [{self.odd_examples[odd]}]" for odd, n in self.oddities.most_common()]
        return out


def to_param(raw: RawParam) -> ParamInfo:
    """A ParamInfo (with its type mapped to a kind) from a parameter row as read."""
    kind = type_kind(raw.type_text)
    children = tuple(to_param(child) for child in raw.children)
    return ParamInfo(raw.name, kind, raw.required, children, "" if raw.type_text == kind else raw.type_text)


def to_method(facts: PageFacts) -> MethodInfo:
    """A MethodInfo from a page's facts (`facts.name` must be set)."""
    assert facts.name is not None
    params = tuple(to_param(raw) for raw in facts.params)
    has_start = any(p.name.lower() == "start" for p in params)
    return MethodInfo(
        name=facts.name,
        scope=facts.scopes[0] if facts.scopes else "",
        params=params,
        is_list=has_start or facts.has_paging_answer,
        deprecated=facts.deprecated,
        doc_url=f"{DOC_SITE}{facts.path.removesuffix('.md')}.html",
        scopes=facts.scopes,
        params_known=facts.params_parsed,
    )


def _preference(path: str) -> tuple[bool, bool, str]:
    """Order pages so that, for one method name, the classic current page wins."""
    return ("rest-v3" in path, "/outdated/" in path or "/deprecated/" in path, path)


def collect(docs_dir: Path) -> tuple[list[tuple[MethodInfo, str]], BuildReport]:
    """Read every method page under docs_dir/api-reference; return (method, page path) pairs and a report."""
    report = BuildReport()
    seen: dict[str, str] = {}
    methods: list[tuple[MethodInfo, str]] = []
    paths = sorted(
        (p.relative_to(docs_dir).as_posix() for p in (docs_dir / "api-reference").rglob("*.md")),
        key=_preference,
    )
    for path in paths:
        text = (docs_dir / path).read_text(encoding="utf-8")
        if not is_method_page(text):
            continue
        report.pages += 1
        facts = read_page(text, path)
        for odd in set(facts.oddities):
            report.oddities[odd] += 1
            report.odd_examples.setdefault(odd, path)
        if facts.name is None:
            report.unnamed.append(path)
            continue
        if facts.name.lower() in seen:
            report.duplicates.append(path)
            continue
        seen[facts.name.lower()] = path
        method = to_method(facts)
        methods.append((method, path.removesuffix(".md")))
        report.carried += 1
        if method.params_known:
            report.with_params += 1
        else:
            report.unparsed.append(method.name)
    methods.sort(key=lambda pair: pair[0].name.lower())
    return methods, report


def docs_commit(docs_dir: Path) -> tuple[str, str]:
    """The docs checkout's commit hash and date ("", "" when it is not a git checkout)."""
    try:
        out = subprocess.run(
            ["git", "-C", str(docs_dir), "log", "-1", "--format=%H %cI"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return "", ""
    return (out[0], out[1]) if len(out) == 2 else ("", "")


def render(methods: list[tuple[MethodInfo, str]], commit: str, commit_date: str) -> str:
    """The data file's text: a JSON object whose `methods` array has one method a line, then its `params`
    array one method's parameters a line (b24desk/core/catalogue_records.py)."""
    head = {
        "format": FORMAT_VERSION,
        "source": {
            "repository": REPOSITORY,
            "commit": commit,
            "commit_date": commit_date,
            "licence": LICENCE,
        },
        "doc_site": DOC_SITE,
        "generator": "tools/build_catalogue.py",
    }
    opening = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    lines = [_compact(method_to_record(method, page)) for method, page in methods]
    params = [_compact(params_to_records(method.params)) for method, _ in methods]
    # the reader decodes the methods alone and a method's parameters line when they are first read
    return opening + ',"methods":[\n' + ",\n".join(lines) + PARAMS_LINE + ",\n".join(params) + "\n]}\n"


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def main(argv: list[str] | None = None) -> int:
    """Build the catalogue file and print the coverage report."""
    parser = argparse.ArgumentParser(prog="build_catalogue", description=__doc__.split("\n\n")[0])
    parser.add_argument("docs_dir", type=Path, help="checkout of github.com/bitrix24/b24restdocs")
    parser.add_argument("out_file", type=Path, nargs="?", default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.docs_dir / "api-reference").is_dir():
        parser.error(f"{args.docs_dir} has no api-reference/ folder: is it a b24restdocs checkout?")
    methods, report = collect(args.docs_dir)
    commit, commit_date = docs_commit(args.docs_dir)
    text = render(methods, commit, commit_date)
    args.out_file.parent.mkdir(parents=True, exist_ok=True)
    args.out_file.write_text(text, encoding="utf-8")
    print(f"wrote {args.out_file} ({len(text.encode()):,} bytes) from {REPOSITORY} @ {commit[:12]}")
    print("\n".join(report.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
