"""How the tests run each snippet language (command, environment, SDKs) and compare it with the client.

Node's SDK is the npm package installed by `make setup` into tests/node (package-lock.json pinned);
a snippet's folder gets a node_modules link to it, so `import` finds the package. Go builds with a throwaway
GOCACHE and GOPATH and no module proxy (the snippets use the standard library only).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from b24desk.core.client import B24Client, ClientOptions
from b24desk.core.request import ApiRequest
from b24desk.core.snippets import FILE_SUFFIX, SnippetOptions, generate
from b24desk.core.webhook import parse_webhook_url

NODE_PROJECT = Path(__file__).resolve().parents[2] / "node"


def need(tool: str) -> str:
    """The path of a runtime that make setup installs; a missing one fails the test (not skips)."""
    found = shutil.which(tool)
    assert found, f"{tool} is installed by make setup (tools/setup.sh)"
    return found


def command(language: str, path: Path) -> list[str]:
    """The command that runs the snippet file `path`."""
    if language.startswith("php"):
        return [need("php"), str(path)]
    if language.startswith("python"):
        return [sys.executable, str(path)]
    if language.startswith("node"):
        return [need("node"), str(path)]
    if language == "go":
        return [need("go"), "run", str(path)]
    return ["bash", str(path)]


def go_environment(folder: Path) -> dict[str, str]:
    """GOCACHE/GOPATH in `folder`, no network: what `go run` needs to build a standard-library program."""
    return {
        "GOCACHE": str(folder / "gocache"),
        "GOPATH": str(folder / "gopath"),
        "GOPROXY": "off",
        "GOFLAGS": "-mod=mod",
        "GOTOOLCHAIN": "local",
        "GO111MODULE": "auto",
        "HOME": os.environ.get("HOME", str(folder)),
    }


def link_node_modules(folder: Path) -> None:
    """Make tests/node's installed packages importable from snippets in `folder` (a node_modules link)."""
    installed = NODE_PROJECT / "node_modules"
    assert (installed / "@bitrix24" / "b24jssdk").is_dir(), "make setup installs tests/node (npm ci)"
    link = folder / "node_modules"
    if not link.exists():
        link.symlink_to(installed, target_is_directory=True)


# A get, a filtered list, a batch whose second command reads the first's result, every page of a list.
REQUESTS = [
    ApiRequest("crm.lead.get", {"id": 7}),
    ApiRequest(
        "crm.lead.list", {"filter": {">=ID": 3, "%TITLE": "#"}, "select": ["ID", "TITLE"], "order": {"ID": "ASC"}}
    ),
    ApiRequest(
        "batch", {"halt": 0, "cmd": {"first": "crm.lead.get?id=2", "same": "crm.lead.get?id=$result[first][ID]"}}
    ),
    ApiRequest("crm.lead.list", {"select": ["ID", "TITLE"]}),
]


async def client_result(url: str, request: ApiRequest, all_pages: bool, ca_file: Path | None = None) -> Any:
    """What b24desk's own client gets for the request (every row when `all_pages`; `ca_file` for https)."""
    options = ClientOptions(verify=str(ca_file) if ca_file is not None else True)
    async with B24Client(parse_webhook_url(url).webhook, options) as client:
        if not all_pages:
            return (await client.call(request.method, request.params)).result
        rows: list[Any] = []
        async for page in client.fetch_all(request.method, request.params):
            rows.extend(page.rows)
        return rows


def timeless(value: Any) -> Any:
    """The answer without timing figures, which differ between any two calls."""
    if isinstance(value, dict):
        return {k: timeless(v) for k, v in value.items() if k not in ("result_time", "time")}
    return value


def assert_snippets_print_what_the_client_gets(
    language: str, client_url: str, env: dict[str, str], folder: Path, ca_file: Path | None = None
) -> None:
    """Run each of REQUESTS (the last one for every page) as a `language` snippet in `folder`; compare."""
    for number, request in enumerate(REQUESTS):
        all_pages = number == len(REQUESTS) - 1
        code = generate(language, request, None, SnippetOptions(all_pages=all_pages))
        path = folder / f"snippet{number}{FILE_SUFFIX[language]}"
        path.write_text(code, encoding="utf-8")
        done = subprocess.run(
            command(language, path), capture_output=True, text=True, env=env, timeout=300, cwd=folder, check=False
        )
        assert done.returncode == 0, done.stderr
        expected = timeless(asyncio.run(client_result(client_url, request, all_pages, ca_file)))
        got = timeless(json.loads(done.stdout))
        if all_pages:  # the snippet may page by `start`, the client by ID: the same rows, maybe in another order
            assert sorted(got, key=lambda r: int(r["ID"])) == sorted(expected, key=lambda r: int(r["ID"]))
            assert len(got) > 50  # more than one page was read
        elif language.startswith("curl"):  # the terminal ones print the portal's whole answer
            assert got["result"] == expected
        else:
            assert got == expected
