"""`b24desk scan`: exit statuses, text and JSON output with the secret masked, --git over a real repository."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from tests.cli.test_url_commands import b24desk

SECRET = "d4f6g8h2j5k7l9m3"
URL = f"https://b24-cli.bitrix24.eu/rest/9/{SECRET}/"
ROOT = Path(__file__).resolve().parents[2]


def test_a_clean_folder_exits_0_and_says_what_it_read(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("print('hello')\n", encoding="utf-8")
    done = b24desk("scan", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and "No Bitrix24 secrets found; 1 files read" in done.stderr


def test_a_secret_exits_1_with_file_line_and_the_secret_masked(tmp_path: Path) -> None:
    (tmp_path / "b.env").write_text(f"A=1\nHOOK={URL}\n", encoding="utf-8")
    done = b24desk("scan", str(tmp_path))
    assert done.returncode == 1
    assert (
        f"{tmp_path / 'b.env'}:2: webhook URL with its secret (as plain text): https://b24-cli.bitrix24.eu/rest/9/d4"
        in (done.stdout)
    )
    assert SECRET not in done.stdout + done.stderr
    report = json.loads(b24desk("scan", "--json", str(tmp_path)).stdout)
    assert [(f["line"], f["kind"], f["commit"]) for f in report["findings"]] == [(2, "webhook", None)]
    assert SECRET not in json.dumps(report)


def test_git_history_and_usage_errors(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    (repo / "hook.txt").write_text(URL + "\n", encoding="utf-8")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "oops"], check=True)
    subprocess.run([*git, "rm", "-q", "hook.txt"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "remove"], check=True)
    assert b24desk("scan", str(repo)).returncode == 0
    done = b24desk("scan", "--git", str(repo))
    assert done.returncode == 1
    assert "hook.txt:1 (commit " in done.stdout and SECRET not in done.stdout
    assert "2 commits" in done.stderr
    missing = b24desk("scan", str(tmp_path / "nothing-here"))
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    outside = b24desk("scan", "--git", str(tmp_path))
    assert outside.returncode == 2 and "not inside a git repository" in outside.stderr


def test_the_pre_commit_hook_runs_the_scan_on_the_files_it_is_given(tmp_path: Path) -> None:
    """.pre-commit-hooks.yaml's entry, run as pre-commit runs it: the entry plus the staged file names."""
    definition = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.search(r"^- id: b24desk-scan$", definition, re.M)
    entry = re.search(r"^  entry: (.+)$", definition, re.M)
    assert entry is not None and entry[1].split()[0] == "b24desk"
    clean, leaky = tmp_path / "clean.py", tmp_path / "leaky.json"
    clean.write_text("print(1)\n", encoding="utf-8")
    leaky.write_text(json.dumps({"hook": URL}), encoding="utf-8")
    assert b24desk(*entry[1].split()[1:], str(clean)).returncode == 0
    done = b24desk(*entry[1].split()[1:], str(clean), str(leaky))
    assert done.returncode == 1 and "leaky.json:1" in done.stdout and SECRET not in done.stdout
