"""Time the bundled catalogue: file size, load (read + parse + objects), index build, and search.

    make bench            (or: .venv/bin/python -m benchmarks.catalogue_bench [--rounds N])

Run on demand, not in `make test`; prints figures. The target is under 5 ms per search over the
whole catalogue.
"""

from __future__ import annotations

import argparse
import statistics
import time

from b24desk.core.catalogue import bundled_catalogue_path, load_catalogue, read_catalogue

QUERIES = (
    "crm.lead.add",  # exact
    "crm.deal.",  # prefix
    "lead add",  # words
    "task",  # one common word
    "a",  # one letter: almost everything matches
    "entityTypeId",  # a parameter name
    "TITLE",  # a nested field name
    "userfield list",
    "zzzzqqq",  # nothing matches
    "",  # everything, sorted
)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=200, help="searches per query (default 200)")
    args = parser.parse_args(argv)
    path = bundled_catalogue_path()
    print(f"file: {path} ({path.stat().st_size:,} bytes)")

    loads = []
    for _ in range(10):
        start = time.perf_counter()
        read_catalogue(path)
        loads.append(time.perf_counter() - start)
    print(f"load (read + parse + build objects), 10 runs: median {_ms(statistics.median(loads))}")

    load_catalogue.cache_clear()
    start = time.perf_counter()
    catalogue = load_catalogue()
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    catalogue.search("warm up")
    indexed = time.perf_counter() - start
    print(f"first load_catalogue(): {_ms(loaded)}; first search (builds the index): {_ms(indexed)}")
    print(f"methods: {len(catalogue)}, scopes: {len(catalogue.scopes())}")

    worst = 0.0
    print(f"search, {args.rounds} rounds per query, limit 50 (median / 95th percentile / max):")
    for query in QUERIES:
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            found = catalogue.search(query)
            times.append(time.perf_counter() - start)
        worst = max(worst, statistics.median(times))
        p95 = statistics.quantiles(times, n=20)[-1]
        median = _ms(statistics.median(times))
        print(f"  {query!r:18} {len(found):3} hits  {median} / {_ms(p95)} / {_ms(max(times))}")
    scoped = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        catalogue.search("list", scope="crm")
        scoped.append(time.perf_counter() - start)
    print(f"  'list' in scope crm: {_ms(statistics.median(scoped))} median")
    verdict = "OK" if worst < 0.005 else "OVER"
    print(f"slowest query median: {_ms(worst)} (target < 5 ms: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
