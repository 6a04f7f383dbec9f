"""Leak scanner speed: files/s and MB/s over a generated source tree, against `grep -r` over the same tree.

The tree is made in a temporary folder: FILES text files (Python, JavaScript, JSON, .env, logs) of a few
KiB each, a handful holding webhook URLs in the forms the scanner knows, a few binaries and one file
over the size limit. `b24desk scan` is timed in-process (scan_paths) and as the CLI (a pre-commit
hook's cost: process start included); the baseline is `grep -rlE` for the plain `/rest/N/SECRET` form
only, so the ratio is what finding every form and telling secrets from placeholders costs.

    .venv/bin/python benchmarks/scan_speed.py [--files 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import base64
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from b24desk.core.leak_scan import scan_paths

_WORDS = ["lead", "deal", "contact", "company", "task", "select", "filter", "order", "result", "total", "next"]
_EXT = [".py", ".js", ".json", ".env", ".log", ".md", ".yaml", ".php"]


def _line(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(4, 14))
    return f"{rng.choice(['#', '//', ''])} " + " ".join(words) + f" = {rng.randint(0, 10**6)}\n"


def make_tree(root: Path, files: int, seed: int = 7) -> tuple[int, int]:
    """Write the tree; return (bytes written, secrets planted)."""
    rng = random.Random(seed)
    written = planted = 0
    for number in range(files):
        folder = root / f"pkg{number % 97}" / f"mod{number % 13}"
        folder.mkdir(parents=True, exist_ok=True)
        lines = [_line(rng) for _ in range(rng.randint(20, 120))]
        if number % 400 == 0:
            secret = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=16))
            url = f"https://b24-{number}.bitrix24.com/rest/1/{secret}/"
            form = [url, quote(url, safe=""), url.replace("/", "\\/"), base64.b64encode(url.encode()).decode()]
            lines.insert(len(lines) // 2, f"HOOK = '{form[planted % 4]}'\n")
            planted += 1
        elif number % 50 == 0:
            lines.insert(3, "see https://your-portal.bitrix24.com/rest/1/SECRET/ in the docs\n")
        text = "".join(lines)
        (folder / f"file{number}{_EXT[number % len(_EXT)]}").write_text(text, encoding="utf-8")
        written += len(text.encode())
    for number in range(20):
        (root / f"image{number}.png").write_bytes(b"\x89PNG\r\n\x1a\n\0" + rng.randbytes(40_000))
    (root / "huge.log").write_bytes(b"x" * (21 * 1024 * 1024))
    return written, planted


def _best(runs: int, work: object) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="b24desk-scan-bench-") as folder:
        root = Path(folder)
        size, planted = make_tree(root, args.files)
        report = scan_paths([root])
        assert len(report.findings) == planted, (len(report.findings), planted)
        core = _best(args.runs, lambda: scan_paths([root]))
        cli = _best(
            args.runs,
            lambda: subprocess.run(
                [sys.executable, "-m", "b24desk", "scan", str(root)], capture_output=True, check=False
            ),
        )
        grep = shutil.which("grep") or "grep"
        pattern = r"/rest/[0-9]+/[a-z0-9]{16}"
        baseline = _best(args.runs, lambda: subprocess.run([grep, "-rlE", pattern, str(root)], capture_output=True))
        megabytes = size / 1024 / 1024
        print(
            f"tree: {args.files} text files, {megabytes:.1f} MB, 20 binaries, 1 file over the limit; {planted} secrets"
        )
        print(f"scan_paths (in-process): {core:.2f} s = {args.files / core:,.0f} files/s, {megabytes / core:.1f} MB/s")
        print(f"b24desk scan (CLI):      {cli:.2f} s = {args.files / cli:,.0f} files/s, {megabytes / cli:.1f} MB/s")
        print(f"grep -rlE (plain form):  {baseline:.2f} s = {args.files / baseline:,.0f} files/s")
        print(f"ratio scan_paths / grep: {core / baseline:.2f}; CLI / grep: {cli / baseline:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
