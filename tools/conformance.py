"""The sandbox's conformance to the official docs: build the documented facts, report how far it matches.

    python -m tools.conformance build DOCS_DIR [--also NAME ...]   (writes resources/conformance/methods.json)
    python -m tools.conformance report [--details] [--method NAME]
    python -m tools.conformance prune      (drops listed deviations the sandbox matches again)

`build` reads the page of every method the sandbox serves (and of `--also` names) from a checkout of
bitrix24/b24restdocs and keeps the facts its examples and tables give (tools/conformance_pages.py),
and the system errors any call may meet (_includes/system-errors.md).
`report` starts a sandbox on loopback, replays the examples (tools/conformance_check.py) and prints,
per method, the documented fields and behaviours matched out of those documented, and the total;
deviations kept on purpose are listed with their reason in resources/conformance/deviations.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from tools.build_catalogue import REPOSITORY, docs_commit
from tools.conformance_pages import PageExamples, param_tree, read_examples, read_system_errors

FORMAT_VERSION = 1
CONFORMANCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "conformance"
DEFAULT_OUT = CONFORMANCE_DIR / "methods.json"
CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "catalogue" / "methods.json"
LICENCE = (
    "Facts (method names, parameter and field names and types, example requests and answers, error "
    "statuses, codes and messages) taken from the Bitrix24 REST API documentation, MIT License, "
    "Copyright (c) 2024 Bitrix24."
)
# Pages that are not under api-reference/ or whose file name is not the method's.
EXTRA_PAGES = {"batch": "settings/how-to-call-rest-api/batch.md"}
SYSTEM_ERRORS_PAGE = "_includes/system-errors.md"


def served_methods() -> list[str]:
    """Every method the sandbox serves, `batch` included (read from its registry)."""
    from b24desk.sandbox.dispatch import BATCH
    from b24desk.sandbox.methods import build_registry

    return [*build_registry().names(), BATCH]


def kebab(name: str) -> str:
    """`tasks.task.getFields` -> `tasks-task-get-fields`, the docs' file name of a method."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", name).replace(".", "-").replace("_", "-").lower()


def _catalogue_pages() -> dict[str, str]:
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {record[0].lower(): record[2] + ".md" for record in data["methods"]}


def find_pages(docs_dir: Path, names: list[str]) -> dict[str, str | None]:
    """Method -> its page (relative to docs_dir), from the catalogue, then by file name; None when absent."""
    known = _catalogue_pages()
    pages: dict[str, str | None] = {}
    by_file: dict[str, list[str]] = {}
    for path in sorted(docs_dir.glob("api-reference/**/*.md")):
        by_file.setdefault(path.stem.lower(), []).append(path.relative_to(docs_dir).as_posix())
    for name in names:
        page = EXTRA_PAGES.get(name) or known.get(name.lower())
        if page is None:
            candidates = [p for p in by_file.get(kebab(name), []) if "rest-v3" not in p and "/outdated/" not in p]
            page = candidates[0] if candidates else None
        pages[name] = page if page and (docs_dir / page).is_file() else None
    return pages


def to_record(facts: PageExamples, page: str) -> dict[str, Any]:
    """The stored facts of one method."""
    return {
        "page": page,
        "params": param_tree(facts.params),
        "requests": facts.requests,
        "response_status": facts.response_status,
        "response": facts.response,
        "returned": param_tree(facts.returned),
        "error_statuses": facts.error_statuses,
        "error_example": facts.error_example,
        "errors": [error.as_json() for error in facts.errors],
    }


def build(docs_dir: Path, names: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Records of the named methods and the names whose page was not found."""
    records: dict[str, Any] = {}
    missing: list[str] = []
    for name, page in find_pages(docs_dir, names).items():
        if page is None:
            missing.append(name)
            continue
        facts = read_examples((docs_dir / page).read_text(encoding="utf-8"), page, name)
        records[name] = to_record(facts, page)
    return records, missing


def render(
    records: dict[str, Any], commit: str, commit_date: str, system_errors: list[dict[str, Any]] | None = None
) -> str:
    """The file's text: a JSON object whose `methods` map has one method a line (a regeneration diffs well)."""
    head = {
        "format": FORMAT_VERSION,
        "source": {"repository": REPOSITORY, "commit": commit, "commit_date": commit_date, "licence": LICENCE},
        "generator": "tools/conformance.py",
        "system_errors": system_errors or [],
    }
    opening = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    lines = [
        json.dumps(name, ensure_ascii=False) + ":" + json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        for name, record in sorted(records.items(), key=lambda pair: pair[0].lower())
    ]
    return opening + ',"methods":{\n' + ",\n".join(lines) + "\n}}\n"


def load_system_errors(path: Path = DEFAULT_OUT) -> list[dict[str, Any]]:
    """The errors any call may meet (_includes/system-errors.md), from the generated file."""
    errors: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8")).get("system_errors", [])
    return errors


def load_documented(path: Path = DEFAULT_OUT) -> dict[str, Any]:
    """Method -> its documented facts, from the generated file."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    methods: dict[str, Any] = data["methods"]
    return methods


def _build_command(args: argparse.Namespace) -> int:
    if not (args.docs_dir / "api-reference").is_dir():
        print(f"{args.docs_dir} has no api-reference/ folder: is it a b24restdocs checkout?", file=sys.stderr)
        return 2
    names = list(dict.fromkeys([*served_methods(), *args.also]))
    records, missing = build(args.docs_dir, names)
    commit, commit_date = docs_commit(args.docs_dir)
    system_page = args.docs_dir / SYSTEM_ERRORS_PAGE
    system = read_system_errors(system_page.read_text(encoding="utf-8")) if system_page.is_file() else []
    text = render(records, commit, commit_date, [error.as_json() for error in system])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode()):,} bytes): {len(records)} methods from {REPOSITORY} @ {commit[:12]}")
    if missing:
        print(f"no page found for: {', '.join(missing)}")
    return 0


def _report_command(args: argparse.Namespace) -> int:
    from tools.conformance_check import print_report, run_conformance

    results = run_conformance(only=args.method)
    print_report(results, details=args.details)
    return 0


def _prune_command(args: argparse.Namespace) -> int:
    from tools.conformance_check import prune_deviations

    removed = prune_deviations()
    for method, key in removed:
        print(f"removed {method}: {key}")
    print(f"{len(removed)} deviations removed")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Build the documented facts or report the sandbox's conformance to them."""
    parser = argparse.ArgumentParser(prog="python -m tools.conformance", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("build", help="read the docs' pages of the served methods")
    build_parser.add_argument("docs_dir", type=Path, help="checkout of github.com/bitrix24/b24restdocs")
    build_parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    build_parser.add_argument("--also", nargs="*", default=[], metavar="NAME", help="methods not served yet")
    build_parser.set_defaults(run=_build_command)
    report = commands.add_parser("report", help="replay the docs' examples against a sandbox and print figures")
    report.add_argument("--details", action="store_true", help="list each unmatched item")
    report.add_argument("--method", action="append", help="only these methods (repeatable)")
    report.set_defaults(run=_report_command)
    prune = commands.add_parser("prune", help="drop listed deviations the sandbox matches again (after a merge)")
    prune.set_defaults(run=_prune_command)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
