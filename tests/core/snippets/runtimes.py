"""How the tests run each snippet language: the command, its environment, where the SDKs live.

Node's SDK is the npm package installed by `make setup` into tests/node (package-lock.json pinned);
a snippet's folder gets a node_modules link to it, so `import` finds the package. Go builds with a throwaway
GOCACHE and GOPATH and no module proxy (the snippets use the standard library only).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

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
