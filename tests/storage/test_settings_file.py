"""The settings file: atomic writes, corrupt files set aside, no lost updates, survives SIGKILL."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from b24desk.storage.errors import StorageError
from b24desk.storage.settings_file import SettingsFile
from tests.storage.settings_writer import is_whole_version

ROOT = Path(__file__).resolve().parents[2]


def test_missing_file_reads_empty_and_update_creates_it(tmp_path: Path) -> None:
    settings = SettingsFile(tmp_path / "cfg" / "settings.json")
    assert settings.read() == {}
    assert settings.update(lambda data: data.setdefault("a", 1)) == 1
    assert json.loads(settings.path.read_text(encoding="utf-8")) == {"a": 1}
    assert settings.path.stat().st_mode & 0o077 == 0
    assert (tmp_path / "cfg").stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in settings.path.parent.iterdir()) == ["settings.json", "settings.json.lock"]


def test_a_failing_change_writes_nothing(tmp_path: Path) -> None:
    settings = SettingsFile(tmp_path / "settings.json")
    settings.update(lambda data: data.update(a=1))

    def broken(data: dict[str, Any]) -> None:
        data["a"] = 2
        raise ValueError("no")

    with pytest.raises(ValueError):
        settings.update(broken)
    assert settings.read() == {"a": 1}


def test_corrupt_file_is_kept_as_backup_reported_and_settings_start_empty(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"webhooks": {"x": ', encoding="utf-8")
    settings = SettingsFile(path)
    assert settings.read() == {}
    backups = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(backups) == 1
    assert backups[0].read_text(encoding="utf-8") == '{"webhooks": {"x": '
    assert len(settings.recovered) == 1
    assert backups[0].name in settings.recovered[0] and "empty settings" in settings.recovered[0]
    settings.update(lambda data: data.update(a=1))
    assert settings.read() == {"a": 1}


def test_non_object_and_non_utf8_files_are_set_aside_too(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = SettingsFile(path)
    path.write_text("[1, 2]", encoding="utf-8")
    assert settings.update(lambda data: data.update(b=2)) is None
    path.write_bytes(b"\xff\xfe{}")
    assert settings.read() == {}
    assert len(list(tmp_path.glob("settings.json.corrupt-*"))) == 2
    assert "not a JSON object" in settings.recovered[0]
    assert "not UTF-8" in settings.recovered[1]


def test_a_nested_update_fails_loudly_instead_of_waiting_for_itself(tmp_path: Path) -> None:
    settings = SettingsFile(tmp_path / "settings.json")
    with pytest.raises(RuntimeError, match="do not nest"):
        settings.update(lambda data: settings.update(lambda inner: None))
    settings.update(lambda data: data.update(a=1))  # the lock was released
    assert settings.read() == {"a": 1}


def test_an_unwritable_folder_is_a_storage_error_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    settings = SettingsFile(blocker / "cfg" / "settings.json")  # a folder cannot be made inside a file
    with pytest.raises(StorageError, match="could not be read"):
        settings.read()
    with pytest.raises(StorageError, match="could not be written"):
        settings.update(lambda data: data.update(a=1))


_ADDER = """
import sys
from pathlib import Path
from b24desk.storage.errors import StorageError
from b24desk.storage.settings_file import SettingsFile
settings = SettingsFile(Path(sys.argv[1]))
tag = sys.argv[2]
for i in range(int(sys.argv[3])):
    settings.update(lambda data: data.setdefault("keys", {}).update({f"{tag}-{i}": i}))
"""


def test_two_processes_do_not_lose_each_others_changes(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    count = 150
    procs = [
        subprocess.Popen([sys.executable, "-c", _ADDER, str(path), tag, str(count)], cwd=ROOT) for tag in ("a", "b")
    ]
    assert [proc.wait(timeout=60) for proc in procs] == [0, 0]
    keys = SettingsFile(path).read()["keys"]
    assert len(keys) == 2 * count
    assert not list(tmp_path.glob(".settings.json.*.tmp"))


def test_sigkill_while_saving_leaves_the_old_or_the_new_version(tmp_path: Path) -> None:
    """Kill a process that saves in a loop at random moments, many times; the file is always whole."""
    path = tmp_path / "settings.json"
    kills, mid_save, last = 400, 0, 0
    rng = random.Random(7)
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.settings_writer", str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    started = time.monotonic()
    try:
        for _ in range(kills):
            server.stdin.write("fork\n")
            server.stdin.flush()
            pid = int(server.stdout.readline().split()[1])
            time.sleep(rng.uniform(0, 0.01))
            os.kill(pid, signal.SIGKILL)
            server.stdin.write("reap\n")
            server.stdin.flush()
            assert server.stdout.readline().strip() == f"reaped {-signal.SIGKILL}"
            data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"counter": 0}
            assert data["counter"] == 0 or is_whole_version(data)
            assert data["counter"] >= last  # never an older version than one already seen
            last = data["counter"]
            mid_save += bool(list(tmp_path.glob(".settings.json.*.tmp")))
    finally:
        server.stdin.close()
        server.wait(timeout=10)
    elapsed = time.monotonic() - started
    print(f"SIGKILL test: {kills} kills, {mid_save} during a write, {last} versions saved, {elapsed:.1f} s")
    assert last >= kills // 20  # the writer really saved between kills (fewer on a busy machine)
    assert mid_save > 0  # and some kills really landed in the middle of a save
    assert list(tmp_path.glob("settings.json.corrupt-*")) == []


def test_deeply_nested_brackets_are_set_aside_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    settings = SettingsFile(path)
    assert settings.read() == {}
    assert len(list(tmp_path.glob("settings.json.corrupt-*"))) == 1
    assert "nested too deep" in settings.recovered[0]
    settings.update(lambda data: data.update(a=1))
    assert json.loads(path.read_text(encoding="utf-8")) == {"a": 1}
