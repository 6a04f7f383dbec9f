"""Request history per webhook, in SQLite: method, parameters, status, error code, duration, time.

Parameters are stored as JSON after masking (`fingerprints.SecretMasker`): every webhook URL found in
a string, every known secret value, and every token whose fingerprint is a saved or earlier secret is
replaced by its masked form, in keys and values alike, so a secret pasted into a parameter by mistake
never reaches the disk.
History is bounded per webhook (the newest `limit` calls are kept) and cleared in one call. Each call
opens its own connection, so any thread or process may use it; WAL mode lets readers and a writer
work at once, and `secure_delete` overwrites rows that are trimmed or cleared.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.secret import Secret
from b24desk.storage.errors import StorageError
from b24desk.storage.fingerprints import SecretMasker
from b24desk.storage.paths import corrupt_backup_path, ensure_private_dir

DEFAULT_LIMIT = 500
SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    webhook_id  TEXT    NOT NULL,
    started_at  REAL    NOT NULL,  -- Unix time, seconds (UTC)
    method      TEXT    NOT NULL,
    params      TEXT    NOT NULL,  -- JSON, secrets masked
    http_status INTEGER,           -- NULL: no answer (network error, timeout)
    error_code  TEXT,              -- NULL: success
    duration_ms REAL    NOT NULL
);
CREATE INDEX IF NOT EXISTS requests_by_webhook ON requests (webhook_id, started_at);
"""
_CTX = "storage"
_MSG_DB = QT_TRANSLATE_NOOP("storage", "The history database {path} could not be used: {reason}.")
_MSG_DB_CORRUPT = QT_TRANSLATE_NOOP(
    "storage",
    "The history database {path} was damaged ({reason}); it was kept as {backup} and a new, empty history was started.",
)


@dataclass(frozen=True, slots=True)
class CallRecord:
    """One executed request as the caller reports it (parameters not yet masked)."""

    method: str
    params: Any
    http_status: int | None
    error_code: str | None
    duration_ms: float
    started_at: datetime

    @property
    def failed(self) -> bool:
        """Whether the call is counted as an error (an error code, no answer, or HTTP >= 400)."""
        return self.error_code is not None or self.http_status is None or self.http_status >= 400


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One stored request: the call as recorded, parameters masked."""

    id: int
    webhook_id: str
    call: CallRecord


def mask_value(value: Any, masker: SecretMasker | Iterable[Secret] = ()) -> Any:
    """A copy of a JSON-like value with every string (keys too) masked by `masker`."""
    if not isinstance(masker, SecretMasker):
        masker = SecretMasker.of(masker)

    def walk(item: Any) -> Any:
        if isinstance(item, str):
            return masker.mask(item)
        if isinstance(item, dict):
            return {masker.mask(str(key)): walk(val) for key, val in item.items()}
        if isinstance(item, list | tuple):
            return [walk(val) for val in item]
        if isinstance(item, Secret):
            return item.masked()
        if item is None or isinstance(item, bool | int | float):
            return item
        return masker.mask(str(item))

    return walk(value)


class HistoryStore:
    """The request history database; every method opens and closes its own connection."""

    def __init__(self, path: Path, *, limit: int = DEFAULT_LIMIT) -> None:
        self.path = path
        self.limit = max(1, limit)
        self._ready = False
        self.recovered: list[str] = []  # messages about a damaged database set aside, to show once

    def _set_aside(self, reason: object) -> None:
        """Move a damaged database (and its WAL files) to `.corrupt-STAMP` so a new one can start."""
        backup = corrupt_backup_path(self.path)
        os.replace(self.path, backup)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{self.path}{suffix}", f"{backup}{suffix}")
        message = translate(_CTX, _MSG_DB_CORRUPT).format(path=self.path, reason=reason, backup=backup.name)
        self.recovered.append(message)

    def _prepare(self) -> None:
        """Create the schema once per store; a file that is not a sound database is set aside, once."""
        for attempt in range(2):
            try:
                ensure_private_dir(self.path.parent)
                os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
                connection = sqlite3.connect(self.path, timeout=10)
                try:
                    connection.execute("PRAGMA journal_mode = WAL")
                    connection.executescript(_SCHEMA)
                    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    check = connection.execute("PRAGMA quick_check").fetchone()
                    if check is None or check[0] != "ok":
                        raise sqlite3.DatabaseError(check[0] if check else "no answer to quick_check")
                finally:
                    connection.close()
            except sqlite3.DatabaseError as error:
                if attempt or isinstance(error, sqlite3.OperationalError):  # locked, I/O: not damage
                    raise self._error(error) from None
                self._set_aside(error)
                continue
            except OSError as error:
                raise self._error(error) from None
            self._ready = True
            return

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """An open connection in a transaction (committed on success), schema in place."""
        if not self._ready:
            self._prepare()
        try:
            connection = sqlite3.connect(self.path, timeout=10)
        except (OSError, sqlite3.Error) as error:
            raise self._error(error) from None
        try:
            connection.execute("PRAGMA secure_delete = ON")
            with connection:
                yield connection
        except sqlite3.Error as error:
            raise self._error(error) from None
        finally:
            connection.close()

    def _error(self, error: Exception) -> StorageError:
        return StorageError(translate(_CTX, _MSG_DB).format(path=self.path, reason=error))

    def record(self, webhook_id: str, call: CallRecord, *, secrets: SecretMasker | Iterable[Secret] = ()) -> int:
        """Store one call (parameters masked), trim the webhook's history to `limit`; return the row id."""
        if not isinstance(secrets, SecretMasker):
            secrets = SecretMasker.of(secrets)
        params = json.dumps(mask_value(call.params, secrets), ensure_ascii=False)
        error_code = None if call.error_code is None else mask_value(call.error_code, secrets)
        with self.connect() as db:
            cursor = db.execute(
                "INSERT INTO requests (webhook_id, started_at, method, params, http_status, error_code,"
                " duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    webhook_id,
                    call.started_at.timestamp(),
                    mask_value(call.method, secrets),
                    params,
                    call.http_status,
                    error_code,
                    float(call.duration_ms),
                ),
            )
            db.execute(
                "DELETE FROM requests WHERE webhook_id = ? AND id <= (SELECT id FROM requests"
                " WHERE webhook_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
                (webhook_id, webhook_id, self.limit),
            )
            return int(cursor.lastrowid or 0)

    def entries(self, webhook_id: str, *, limit: int | None = None) -> list[HistoryEntry]:
        """The webhook's stored calls, newest first (at most `limit`)."""
        with self.connect() as db:
            rows = db.execute(
                "SELECT id, started_at, method, params, http_status, error_code, duration_ms FROM requests"
                " WHERE webhook_id = ? ORDER BY id DESC LIMIT ?",
                (webhook_id, -1 if limit is None else limit),
            ).fetchall()
        return [
            HistoryEntry(
                id=row[0],
                webhook_id=webhook_id,
                call=CallRecord(
                    method=row[2],
                    params=json.loads(row[3]),
                    http_status=row[4],
                    error_code=row[5],
                    duration_ms=row[6],
                    started_at=datetime.fromtimestamp(row[1], UTC),
                ),
            )
            for row in rows
        ]

    def count(self, webhook_id: str) -> int:
        """How many calls of the webhook are stored."""
        with self.connect() as db:
            return int(db.execute("SELECT count(*) FROM requests WHERE webhook_id = ?", (webhook_id,)).fetchone()[0])

    def clear(self, webhook_id: str) -> int:
        """Delete the webhook's whole history in one step; return how many calls were deleted."""
        with self.connect() as db:
            return db.execute("DELETE FROM requests WHERE webhook_id = ?", (webhook_id,)).rowcount

    def trim(self, limit: int) -> None:
        """Set a new bound and apply it to every webhook's history now."""
        self.limit = max(1, limit)
        with self.connect() as db:
            db.execute(
                "DELETE FROM requests WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER"
                " (PARTITION BY webhook_id ORDER BY id DESC) AS n FROM requests) WHERE n > ?)",
                (self.limit,),
            )
