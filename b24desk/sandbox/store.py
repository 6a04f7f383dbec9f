"""The portal's data: tables of rows kept sorted by ID, in memory, optionally written through to SQLite.

Each table holds rows in their wire form (the portal sends IDs and numbers as strings) and assigns IDs
as the portal does, one more than the last ever given. With a data file every change is written at once,
so a restarted sandbox finds the data it had.
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Row = dict[str, Any]
TABLES = (
    *("lead", "deal", "contact", "company", "task", "user", "department", "status"),
    *("dynamicitem", "activity", "timeline_comment", "crm_userfield", "product_row", "notification"),
    *("task_comment", "calendar_event", "calendar_section", "iblock", "list_element"),
)


class Table:
    """Rows of one entity by ID, with the IDs in a sorted list for paging and bisection."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.ids: list[int] = []
        self.rows: dict[int, Row] = {}
        self.last_id = 0

    def __len__(self) -> int:
        return len(self.ids)

    def get(self, row_id: int) -> Row | None:
        """The row with `row_id`, or None."""
        return self.rows.get(row_id)

    def put(self, row_id: int, row: Row) -> None:
        """Store a row under an ID (keeps the ID list sorted)."""
        if row_id not in self.rows:
            if not self.ids or row_id > self.ids[-1]:
                self.ids.append(row_id)
            else:
                self.ids.insert(bisect_left(self.ids, row_id), row_id)
        row["ID"] = str(row_id)
        self.rows[row_id] = row
        self.last_id = max(self.last_id, row_id)

    def remove(self, row_id: int) -> bool:
        """Delete a row; False when there was none."""
        if self.rows.pop(row_id, None) is None:
            return False
        del self.ids[bisect_left(self.ids, row_id)]
        return True


class Store:
    """Every table of the portal; `data_file` makes it persistent (SQLite, written through)."""

    def __init__(self, data_file: Path | None = None) -> None:
        self.tables = {name: Table(name) for name in TABLES}
        self._db: sqlite3.Connection | None = None
        self.loaded_from_file = False
        self.sequences: dict[str, int] = {}
        if data_file is not None:
            self._db = sqlite3.connect(str(data_file), check_same_thread=False)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS rows (entity TEXT NOT NULL, id INTEGER NOT NULL,"
                " data TEXT NOT NULL, PRIMARY KEY (entity, id))"
            )
            self._db.execute("CREATE TABLE IF NOT EXISTS counters (entity TEXT PRIMARY KEY, last_id INTEGER)")
            self._load()

    def _load(self) -> None:
        assert self._db is not None
        for entity, row_id, data in self._db.execute("SELECT entity, id, data FROM rows ORDER BY entity, id"):
            if entity in self.tables:
                self.tables[entity].put(int(row_id), json.loads(data))
                self.loaded_from_file = True
        for entity, last_id in self._db.execute("SELECT entity, last_id FROM counters"):
            if entity in self.tables:
                table = self.tables[entity]
                table.last_id = max(table.last_id, int(last_id))
            else:
                self.sequences[entity] = int(last_id)

    def _write(self, entity: str, row_id: int, row: Row | None) -> None:
        if self._db is None:
            return
        if row is None:
            self._db.execute("DELETE FROM rows WHERE entity = ? AND id = ?", (entity, row_id))
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO rows (entity, id, data) VALUES (?, ?, ?)",
                (entity, row_id, json.dumps(row, ensure_ascii=False)),
            )
        last = self.tables[entity].last_id
        self._db.execute("INSERT OR REPLACE INTO counters (entity, last_id) VALUES (?, ?)", (entity, last))
        self._db.commit()

    def next_in_sequence(self, name: str) -> int:
        """The next number of a named counter (e.g. multifield value IDs), kept with the data."""
        value = self.sequences.get(name, 0) + 1
        self.set_sequence(name, value)
        return value

    def set_sequence(self, name: str, value: int) -> None:
        """Set a named counter (the seeder sets where its numbering ended)."""
        self.sequences[name] = value
        if self._db is not None:
            self._db.execute("INSERT OR REPLACE INTO counters (entity, last_id) VALUES (?, ?)", (name, value))
            self._db.commit()

    def table(self, entity: str) -> Table:
        """The table of an entity (`lead`, `deal`, ...)."""
        return self.tables[entity]

    def get(self, entity: str, row_id: int) -> Row | None:
        """One row, or None."""
        return self.tables[entity].get(row_id)

    def add(self, entity: str, row: Row) -> int:
        """Insert a row with the next ID; returns the ID."""
        table = self.tables[entity]
        row_id = table.last_id + 1
        table.put(row_id, row)
        self._write(entity, row_id, row)
        return row_id

    def update(self, entity: str, row_id: int, fields: Row) -> bool:
        """Change fields of a row; False when it does not exist."""
        row = self.tables[entity].get(row_id)
        if row is None:
            return False
        row.update(fields)
        row["ID"] = str(row_id)
        self._write(entity, row_id, row)
        return True

    def delete(self, entity: str, row_id: int) -> bool:
        """Delete a row; False when it does not exist."""
        if not self.tables[entity].remove(row_id):
            return False
        self._write(entity, row_id, None)
        return True

    def bulk_insert(self, entity: str, rows: Iterable[Row]) -> None:
        """Insert many rows with consecutive IDs (seeding), in one transaction."""
        table = self.tables[entity]
        written: list[tuple[str, int, str]] = []
        for row in rows:
            row_id = table.last_id + 1
            table.put(row_id, row)
            if self._db is not None:
                written.append((entity, row_id, json.dumps(row, ensure_ascii=False)))
        if self._db is not None:
            self._db.executemany("INSERT OR REPLACE INTO rows (entity, id, data) VALUES (?, ?, ?)", written)
            self._db.execute("INSERT OR REPLACE INTO counters (entity, last_id) VALUES (?, ?)", (entity, table.last_id))
            self._db.commit()

    @property
    def file_open(self) -> bool:
        """True while a data file is open."""
        return self._db is not None

    def close(self) -> None:
        """Close the data file (if any)."""
        if self._db is not None:
            self._db.close()
            self._db = None
