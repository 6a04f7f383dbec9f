"""Scanning real folders and real git repositories made in the test: what is read, skipped and found where."""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from b24desk.core.catalogue import load_catalogue
from b24desk.core.leak_scan import ALLOW_MARK, scan_git_history, scan_paths
from b24desk.core.leak_scan.files import BINARY, TOO_LARGE

SECRET = "z8x6c4v2b9n7m5k3"  # b24desk-scan: allow (made up for these tests)
URL = f"https://b24-q1w2e3.bitrix24.com/rest/3/{SECRET}/"
TOKEN = "f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5"
ROOT = Path(__file__).resolve().parents[3]


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def _project(folder: Path) -> None:
    """A project with the secret in the kinds of file the issue names, and places it must not look."""
    (folder / "logs").mkdir(parents=True)
    (folder / "node_modules" / "lib").mkdir(parents=True)
    (folder / "app.py").write_text(f'import os\n\nHOOK = "{URL}"\n', encoding="utf-8")
    (folder / ".env").write_text(f"# settings\nB24_WEBHOOK_URL={URL}\n", encoding="utf-8")
    notebook = {"cells": [{"cell_type": "code", "source": [f"hook = '{URL}'\n"], "outputs": []}]}
    (folder / "explore.ipynb").write_text(json.dumps(notebook, indent=1).replace("/", "\\/"), encoding="utf-8")
    postman = {"item": [{"request": {"url": {"raw": f"{URL}crm.deal.list", "path": ["rest", "3"]}}}]}
    (folder / "b24.postman_collection.json").write_text(json.dumps(postman, indent=2), encoding="utf-8")
    har = {"log": {"entries": [{"request": {"postData": {"text": f"auth%5Bapplication_token%5D={TOKEN}"}}}]}}
    (folder / "session.har").write_text(json.dumps(har), encoding="utf-8")
    (folder / "logs" / "2026-11-30.log").write_text(
        f"Array\n(\n    [url] => {URL}crm.lead.add.json\n    [application_token] => {TOKEN}\n)\n", encoding="utf-8"
    )
    (folder / "config.yaml").write_text(f"hook: {base64.b64encode(URL.encode()).decode()}\n", encoding="utf-8")
    (folder / "made_up.py").write_text(f"# {ALLOW_MARK}\nEXAMPLE = '{URL}'\n", encoding="utf-8")
    (folder / "logo.png").write_bytes(b"\x89PNG\0\0" + URL.encode())
    (folder / "node_modules" / "lib" / "index.js").write_text(f"// {URL}\n", encoding="utf-8")
    (folder / "dump.sql").write_text("-- big\n" + "x" * 3000 + f"\n{quote(URL, safe='')}\n", encoding="utf-8")


def test_a_folder_scan_finds_each_file_and_line_and_skips_what_it_should(tmp_path: Path) -> None:
    _project(tmp_path)
    report = scan_paths([tmp_path], max_bytes=2048)
    places = sorted((Path(f.path).name, f.line, f.kind, f.form) for f in report.findings)
    assert places == [
        (".env", 2, "webhook", "plain"),
        ("2026-11-30.log", 3, "webhook", "plain"),
        ("2026-11-30.log", 4, "application_token", "plain"),
        ("app.py", 3, "webhook", "plain"),
        ("b24.postman_collection.json", 6, "webhook", "plain"),
        ("config.yaml", 1, "webhook", "base64"),
        ("explore.ipynb", 6, "webhook", "JSON-escaped"),
        ("session.har", 1, "application_token", "URL-encoded"),
    ]
    skipped = {Path(path).name: reason for path, reason in report.skipped}
    assert skipped == {"logo.png": BINARY, "dump.sql": TOO_LARGE}
    assert report.files_scanned == 8  # node_modules is not walked; made_up.py is read, its line allowed
    assert all(SECRET not in f.shown and TOKEN not in f.shown for f in report.findings)


def test_history_finds_a_secret_added_then_removed_in_the_commit_that_added_it(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    (repo / "README.md").write_text("# demo\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "start")
    (repo / "sync.py").write_text(f"import requests\n\n\nURL = '{quote(URL, safe='')}'\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "add sync")
    leaked = _git(repo, "rev-parse", "HEAD")
    (repo / "sync.py").write_text("import os\n\n\nURL = os.environ['B24_WEBHOOK_URL']\n", encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "read the URL from the environment")
    _git(repo, "checkout", "-q", "-b", "side")
    (repo / "hook.json").write_text(json.dumps({"application_token": TOKEN}), encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "side branch")
    side = _git(repo, "rev-parse", "HEAD")
    _git(repo, "checkout", "-q", "main")

    assert scan_paths([repo]).findings == []  # the working tree is clean now
    report = scan_git_history(repo)
    assert report.commits_scanned == 4
    found = sorted((f.path, f.line, f.commit, f.form, f.kind) for f in report.findings)
    assert found == [
        ("hook.json", 1, side, "plain", "application_token"),
        ("sync.py", 4, leaked, "URL-encoded", "webhook"),
    ]
    assert found[1][2] is not None and report.findings[0].place().startswith("hook.json:1 (commit ")


def test_a_folder_outside_git_has_no_history(tmp_path: Path) -> None:
    from b24desk.core.errors import InputError

    with pytest.raises(InputError, match="not inside a git repository"):
        scan_git_history(tmp_path)


def test_no_false_positive_on_the_project_tree_and_the_bundled_catalogue() -> None:
    report = scan_paths([ROOT], excludes=["build", "dist"])
    found = [f.place() for f in report.findings]
    assert found == [], f"made-up but real-looking URLs? put `# {ALLOW_MARK} (made up)` above each: {found}"
    assert report.files_scanned > 200
    catalogue_files = [path for path in (ROOT / "resources" / "catalogue").iterdir() if path.is_file()]
    assert catalogue_files and load_catalogue() is not None
    assert scan_paths(catalogue_files).findings == []
