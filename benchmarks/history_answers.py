"""Recording a call with its answer: time to mask and compress, stored size, against recording without one.

    .venv/bin/python benchmarks/history_answers.py [--rows N]

Builds a crm.lead.list-like answer of N rows (default 600: about 1 MiB, the size limit), records it
30 times into a throwaway history with a known secret and three saved fingerprints (as the app
does), and prints the median time per record with and without the answer, the ratio, and the bytes
stored per answer (compressed) against the raw size.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from b24desk.core.secret import Secret
from b24desk.storage.fingerprints import SecretMasker, fingerprint, new_salt
from b24desk.storage.history import CallRecord, HistoryStore

RUNS = 30


def answer(rows: int) -> bytes:
    """A list answer shaped like the portal's crm.lead.list with every field."""
    items = [
        {
            "ID": str(n),
            "TITLE": f"Lead #{n} from the website form",
            "NAME": "Anna",
            "LAST_NAME": "Schmidt",
            "STATUS_ID": "NEW",
            "OPPORTUNITY": f"{n * 10}.00",
            "CURRENCY_ID": "EUR",
            "COMMENTS": "Asked for a call back about the annual plan; prefers mornings.",
            "DATE_CREATE": "2026-11-20T12:00:00+03:00",
            "ASSIGNED_BY_ID": "1",
            "SOURCE_ID": "WEB",
            "UTM_SOURCE": "newsletter",
        }
        for n in range(rows)
    ]
    return json.dumps({"result": items, "total": rows, "time": {"duration": 0.1}}).encode()


def median_ms(store: HistoryStore, body: bytes | None, masker: SecretMasker) -> float:
    times = []
    for _ in range(RUNS):
        call = CallRecord("crm.lead.list", {"select": ["*"]}, 200, None, 10.0, datetime.now(UTC), response=body)
        start = time.perf_counter()
        store.record("w1", call, secrets=masker)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=600)
    rows = parser.parse_args().rows
    body = answer(rows)
    salt = new_salt()
    masker = SecretMasker.of(
        [Secret("k3x9q2w8e7r6t5y4")], salt, [fingerprint(salt, f"old-secret-{n}-xyz") for n in range(3)]
    )
    with tempfile.TemporaryDirectory() as folder:
        store = HistoryStore(Path(folder) / "history.sqlite3", response_limit=max(len(body), 1))
        without = median_ms(store, None, masker)
        with_answer = median_ms(store, body, masker)
        with sqlite3.connect(store.path) as db:
            query = "SELECT length(response) FROM requests WHERE response IS NOT NULL LIMIT 1"
            stored = db.execute(query).fetchone()[0]
    print(f"answer: {rows} rows, {len(body):,} bytes raw, {stored:,} bytes stored ({len(body) / stored:.1f}x smaller)")
    print(f"record without the answer: median {without:.2f} ms")
    print(f"record with the answer:    median {with_answer:.2f} ms (ratio {with_answer / without:.1f})")


if __name__ == "__main__":
    main()
