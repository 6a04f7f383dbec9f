"""The settings file: JSON written atomically, shared safely between processes.

Every write goes to a temporary file in the same folder, is flushed and fsynced, then renamed over
the old file (`os.replace`), so a crash at any point leaves either the old or the new version.
Changes are made with `update(mutate)`: under an exclusive lock on a side file (`fcntl.flock` on POSIX,
`msvcrt.locking` on Windows) the current file is read again, `mutate` applies the one change to it,
and the result is written; two windows or processes therefore never lose each other's changes.
A file that cannot be read as a JSON object is renamed to a timestamped backup, reported through
`recovered`, and reading goes on with empty settings.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.storage.errors import StorageError
from b24desk.storage.paths import corrupt_backup_path, ensure_private_dir

T = TypeVar("T")
Settings = dict[str, Any]

_CTX = "storage"
_MSG_CORRUPT = QT_TRANSLATE_NOOP(
    "storage",
    "The settings file {path} could not be read ({reason}); it was kept as {backup} and b24desk "
    "started with empty settings. Saved secrets are still in the system keyring.",
)
_MSG_WRITE = QT_TRANSLATE_NOOP("storage", "The settings file {path} could not be written: {reason}.")
_MSG_READ = QT_TRANSLATE_NOOP("storage", "The settings file {path} could not be read: {reason}.")


def recovery_message(path: Path, backup: Path, reason: str) -> str:
    """The message shown when a corrupt settings file was set aside."""
    return translate(_CTX, _MSG_CORRUPT).format(path=path, backup=backup.name, reason=reason)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for about 10 s, then raises
                return
            except OSError:
                continue

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class SettingsFile:
    """One JSON settings file: `read()` a snapshot, `update(mutate)` to change it safely."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self.recovered: list[str] = []  # messages about corrupt files set aside, for the UI/CLI to show
        self._held = threading.local()

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the exclusive inter-process lock of this settings file (not re-entrant: it says so)."""
        if getattr(self._held, "yes", False):
            # flock would wait for ourselves forever; a nested update would also lose the inner change.
            raise RuntimeError("settings file locked twice in one thread: do not nest update() calls")
        try:
            ensure_private_dir(self.path.parent)
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise StorageError(translate(_CTX, _MSG_WRITE).format(path=self.path, reason=error)) from None
        try:
            _lock(fd)
            self._held.yes = True
            try:
                yield
            finally:
                self._held.yes = False
                _unlock(fd)
        finally:
            os.close(fd)

    def read(self) -> Settings:
        """The settings as stored now (empty when there is no file yet)."""
        data = self._parse()
        if data is not None:
            return data
        with self.locked():  # corrupt: set it aside under the lock, unless someone fixed it meanwhile
            return self._read_locked()

    def update(self, mutate: Callable[[Settings], T]) -> T:
        """Re-read the file under the lock, apply `mutate` to it in place, write it; return its result."""
        with self.locked():
            data = self._read_locked()
            result = mutate(data)
            self._write_locked(data)
            return result

    def _parse(self) -> Settings | None:
        """The file's object, {} when missing, None when it is not a JSON object."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise StorageError(translate(_CTX, _MSG_READ).format(path=self.path, reason=error)) from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            return None
        return data if isinstance(data, dict) else None

    def _read_locked(self) -> Settings:
        data = self._parse()
        if data is not None:
            return data
        self._set_aside()
        return {}

    def _set_aside(self) -> None:
        try:
            raw = self.path.read_bytes()
            json.loads(raw.decode("utf-8"))
            reason = "not a JSON object"
        except RecursionError:
            reason = "nested too deep"
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            reason = str(error) if not isinstance(error, UnicodeDecodeError) else "not UTF-8"
        backup = corrupt_backup_path(self.path)
        os.replace(self.path, backup)
        self.recovered.append(recovery_message(self.path, backup, reason))

    def _remove_stale_temporaries(self) -> None:
        # Left by a process killed while writing; safe to delete while we hold the lock.
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()

    def _write_locked(self, data: Settings) -> None:
        import tempfile  # (and shutil, random): only to write; commands that only read start quicker

        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        folder = self.path.parent
        try:
            self._remove_stale_temporaries()
            fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as stream:
                    stream.write(text)
                    stream.flush()
                    os.fsync(stream.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
            _fsync_dir(folder)
        except OSError as error:
            raise StorageError(translate(_CTX, _MSG_WRITE).format(path=self.path, reason=error)) from None
