"""Request history per webhook, in SQLite: method, parameters, status, error code, duration, time.

Parameters are stored as JSON after masking (`fingerprints.SecretMasker`): every webhook URL found in
a string, every known secret value, and every token whose fingerprint is a saved or earlier secret is
replaced by its masked form, in keys and values alike, so a secret pasted into a parameter by mistake
never reaches the disk.
Every call is recorded, under the saved webhook's id, `sandbox` for the built-in portal, or
`portal:URL/rest/USER` for a webhook used without saving it (app_storage.history_key). The answer's
body is kept too, masked the same way and compressed (zlib), when it is no larger than
`response_limit` bytes; a larger one is marked as not kept (its size is still recorded).
History is bounded per webhook (the newest `limit` calls are kept) and cleared in one call. Each call
opens its own connection, so any thread or process may use it; WAL mode lets readers and a writer
work at once, and `secure_delete` overwrites rows that are trimmed or cleared.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.request import ApiRequest, HttpMethod
from b24desk.core.secret import Secret
from b24desk.storage.errors import StorageError
from b24desk.storage.fingerprints import SecretMasker
from b24desk.storage.paths import corrupt_backup_path, ensure_private_dir
from b24desk.storage.preferences import HISTORY_LIMIT

DEFAULT_LIMIT: int = HISTORY_LIMIT.default  # declared with the other preferences
DEFAULT_RESPONSE_LIMIT = 1024 * 1024  # bytes of an answer's body kept (before compression)
SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    webhook_id  TEXT    NOT NULL,
    started_at  REAL    NOT NULL,  -- Unix time, seconds (UTC)
    method      TEXT    NOT NULL,
    params      TEXT    NOT NULL,  -- JSON, secrets masked
    http_status INTEGER,           -- NULL: no answer (network error, timeout)
    error_code  TEXT,              -- NULL: success
    duration_ms REAL    NOT NULL,
    http_method TEXT    NOT NULL DEFAULT 'POST',
    fetch_all   INTEGER NOT NULL DEFAULT 0,
    response    BLOB,              -- the answer's body, secrets masked, zlib; NULL: none or not kept
    response_size INTEGER          -- the body's size in bytes; NULL: no answer recorded
);
CREATE INDEX IF NOT EXISTS requests_by_webhook ON requests (webhook_id, started_at);
"""
# Columns added after version 1 (a version-1 database gets them with their defaults).
_ADDED_COLUMNS = (
    ("http_method", "TEXT NOT NULL DEFAULT 'POST'"),
    ("fetch_all", "INTEGER NOT NULL DEFAULT 0"),
    ("response", "BLOB"),
    ("response_size", "INTEGER"),
)
_ENTRY_COLUMNS = (
    "id, webhook_id, started_at, method, params, http_status, error_code, duration_ms, http_method, fetch_all,"
    " response IS NOT NULL, response_size"
)
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
    http_method: str = "POST"
    fetch_all: bool = False
    response: bytes | None = field(default=None, repr=False, compare=False)  # the body, when recording

    @property
    def failed(self) -> bool:
        """Whether the call is counted as an error (an error code, no answer, or HTTP >= 400)."""
        return self.error_code is not None or self.http_status is None or self.http_status >= 400


def outcome_code(http_status: int | None, error_code: str | None) -> str | None:
    """The error code history keeps: an empty code of a failed call becomes `HTTP_<status>` (or `ERROR`).

    A portal that answers 400 with `{"error": ""}` failed all the same; stored as "" it would read as
    success wherever an empty code is taken for none.
    """
    if error_code is not None and not error_code.strip():
        return f"HTTP_{http_status}" if http_status is not None and http_status >= 400 else "ERROR"
    return error_code


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One stored request: the call as recorded, parameters masked."""

    id: int
    webhook_id: str
    call: CallRecord
    response_size: int | None = None  # bytes of the answer's body; None: no answer recorded
    response_kept: bool = False  # False with a size: larger than the limit, not kept

    def request(self) -> ApiRequest:
        """The request as it was sent (parameters masked where they held a secret), to open again."""
        params = self.call.params if isinstance(self.call.params, dict) else {}
        http_method: HttpMethod = "GET" if self.call.http_method == "GET" else "POST"
        return ApiRequest(self.call.method, params, http_method, self.call.fetch_all)


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

    def __init__(self, path: Path, *, limit: int = DEFAULT_LIMIT, response_limit: int = DEFAULT_RESPONSE_LIMIT) -> None:
        self.path = path
        self.limit = max(1, limit)
        self.response_limit = max(0, response_limit)
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
                    _add_missing_columns(connection)
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
        code = outcome_code(call.http_status, call.error_code)
        error_code = None if code is None else mask_value(code, secrets)
        response, size = self._kept_response(call.response, secrets)
        with self.connect() as db:
            cursor = db.execute(
                "INSERT INTO requests (webhook_id, started_at, method, params, http_status, error_code,"
                " duration_ms, http_method, fetch_all, response, response_size)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    webhook_id,
                    call.started_at.timestamp(),
                    mask_value(call.method, secrets),
                    params,
                    call.http_status,
                    error_code,
                    float(call.duration_ms),
                    "GET" if call.http_method == "GET" else "POST",
                    int(call.fetch_all),
                    response,
                    size,
                ),
            )
            db.execute(
                "DELETE FROM requests WHERE webhook_id = ? AND id <= (SELECT id FROM requests"
                " WHERE webhook_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
                (webhook_id, webhook_id, self.limit),
            )
            return int(cursor.lastrowid or 0)

    def _kept_response(self, body: bytes | None, masker: SecretMasker) -> tuple[bytes | None, int | None]:
        """The body to store (masked, compressed) and its size; None when there is none or it is too large."""
        if body is None:
            return None, None
        if len(body) > self.response_limit:
            return None, len(body)
        text = body.decode("utf-8", errors="replace")  # answers are JSON (UTF-8); anything else is shown as text
        return zlib.compress(masker.mask(text).encode("utf-8")), len(body)

    def select(self, where: str = "1", args: Iterable[object] = (), *, limit: int | None = None) -> list[HistoryEntry]:
        """Stored calls matching an SQL condition over `requests`, newest first (history_search builds them)."""
        with self.connect() as db:
            rows = db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM requests WHERE {where} ORDER BY id DESC LIMIT ?",
                (*args, -1 if limit is None else limit),
            ).fetchall()
        return [_entry(row) for row in rows]

    def entries(self, webhook_id: str, *, limit: int | None = None) -> list[HistoryEntry]:
        """The webhook's stored calls, newest first (at most `limit`)."""
        return self.select("webhook_id = ?", (webhook_id,), limit=limit)

    def entry(self, entry_id: int) -> HistoryEntry | None:
        """One stored call by its id."""
        found = self.select("id = ?", (entry_id,), limit=1)
        return found[0] if found else None

    def response(self, entry_id: int) -> bytes | None:
        """The kept answer body of a stored call (secrets masked), or None when none was kept."""
        with self.connect() as db:
            row = db.execute("SELECT response FROM requests WHERE id = ?", (entry_id,)).fetchone()
        if row is None or row[0] is None:
            return None
        try:
            return zlib.decompress(row[0])
        except zlib.error:
            return None

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


def _add_missing_columns(connection: sqlite3.Connection) -> None:
    """Bring a database written by an older b24desk to this schema (new columns, their defaults)."""
    present = {row[1] for row in connection.execute("PRAGMA table_info(requests)")}
    for name, declaration in _ADDED_COLUMNS:
        if name not in present:
            connection.execute(f"ALTER TABLE requests ADD COLUMN {name} {declaration}")


def _entry(row: tuple[Any, ...]) -> HistoryEntry:
    return HistoryEntry(
        id=row[0],
        webhook_id=row[1],
        call=CallRecord(
            method=row[3],
            params=json.loads(row[4]),
            http_status=row[5],
            error_code=row[6],
            duration_ms=row[7],
            started_at=datetime.fromtimestamp(row[2], UTC),
            http_method=row[8],
            fetch_all=bool(row[9]),
        ),
        response_size=row[11],
        response_kept=bool(row[10]),
    )
